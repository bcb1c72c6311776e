"""serve's address: a port outside 0-65535 or an empty host is refused in one line; a non-loopback host is announced."""
from __future__ import annotations

import pytest

from factcheck.cli import main
from factcheck.pipeline.serve import beyond_this_machine


@pytest.mark.parametrize("arguments, said", [
    (["--port", "70000"], "70000 is not a port number"),   # the OS would have taken it modulo 65536
    (["--port", "-1"], "-1 is not a port number"),
    (["--port", "eighty"], "'eighty' is not a port number"),
    (["--host", ""], "an empty address listens on every network interface"),
])
def test_a_bad_address_is_refused_before_anything_runs(arguments, said, capsys):
    with pytest.raises(SystemExit) as stopped:
        main(["serve", *arguments])
    printed = capsys.readouterr()
    assert stopped.value.code == 2 and said in printed.err and "Traceback" not in printed.err


@pytest.mark.parametrize("host, beyond", [("127.0.0.1", False), ("127.0.0.2", False), ("localhost", False),
                                          ("::1", False), ("0.0.0.0", True), ("192.168.1.5", True), ("::", True),
                                          ("example.org", True)])
def test_only_loopback_addresses_stay_on_this_machine(host, beyond):
    assert beyond_this_machine(host) is beyond


@pytest.mark.parametrize("fails, said", [
    ("port", "serve: cannot listen on 127.0.0.1:8000: Address already in use"),
    ("forkserver", "serve: cannot start: AF_UNIX path too long"),
])
def test_only_a_port_that_cannot_be_listened_on_is_told_as_one(fails, said, monkeypatch, tmp_path, capsys):
    """serve told every OSError as a port it could not listen on, among them its forkserver's socket it could not
    make under a long temporary folder: the port's error says so; another says serve cannot start, and why."""
    import multiprocessing.forkserver
    import signal

    import tornado.netutil

    from factcheck.pipeline import parallel

    def port_taken(*arguments, **options):
        raise OSError(98, "Address already in use")

    def no_socket(*arguments, **options):
        raise OSError("AF_UNIX path too long")

    monkeypatch.setattr(parallel, "forkserver_context", no_socket if fails == "forkserver" else lambda **options: None)
    monkeypatch.setattr(multiprocessing.forkserver, "ensure_running", lambda: None)
    monkeypatch.setattr(tornado.netutil, "bind_sockets", port_taken)
    monkeypatch.setenv("PYTHONPATH", "")   # (serve adds the served checkout's folder to it)
    monkeypatch.setattr(signal, "signal", lambda *arguments: None)   # (serve sets its own SIGTERM handler)
    assert main(["serve", "--root", str(tmp_path), "--port", "8000"]) == 1
    printed = capsys.readouterr().err
    assert said in printed and "Traceback" not in printed
