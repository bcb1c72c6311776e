"""serve's address: a port outside 0-65535 or an empty host is refused in one line; a non-loopback host is announced."""
from __future__ import annotations

import pytest

from factcheck.cli import main
from factcheck.pipeline.serve import beyond_this_machine, site_url


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


@pytest.mark.parametrize("binds, host", [(True, "0.0.0.0"), (False, "0.0.0.0"), (True, "127.0.0.1")])
def test_serving_beyond_this_machine_is_said_with_the_port_it_listens_on_once_it_does(binds, host, monkeypatch,
                                                                                        tmp_path, capsys):
    """`--host 0.0.0.0 --port 0` was announced as listening "on port 0", before the port was open, and even where
    the address then failed."""
    import multiprocessing.forkserver
    import signal

    import tornado.netutil

    from factcheck.pipeline import parallel, serve

    class Bound:
        def getsockname(self):
            return ("0.0.0.0", 43210)

    def bind(*arguments, **options):
        if not binds:
            raise OSError(-2, "Name or service not known")
        return [Bound()]

    def first_build(self, why):
        raise serve.CannotStart("stopped by the test before its first build")

    monkeypatch.setattr(parallel, "forkserver_context", lambda **options: None)
    monkeypatch.setattr(multiprocessing.forkserver, "ensure_running", lambda: None)
    monkeypatch.setattr(tornado.netutil, "bind_sockets", bind)
    monkeypatch.setattr(serve.LiveSite, "watch", lambda self: self.watching.set())
    monkeypatch.setattr(serve.LiveSite, "rebuild", first_build)
    monkeypatch.setenv("PYTHONPATH", "")
    monkeypatch.setattr(signal, "signal", lambda *arguments: None)
    assert main(["serve", "--root", str(tmp_path), "--host", host, "--port", "0"]) == 1
    printed = capsys.readouterr().err
    if host == "127.0.0.1":   # this machine only: nothing to warn of
        assert "beyond this machine" not in printed and "stopped by the test" in printed
    elif binds:
        assert "beyond this machine: anyone who can reach it on port 43210 can read" in printed, printed
    else:
        assert "listening" not in printed and "cannot listen on 0.0.0.0:0: Name or service not known" in printed


def test_the_site_address_writes_an_ipv6_host_in_brackets():
    assert site_url("127.0.0.1", 8000) == "http://127.0.0.1:8000/" and site_url("example.org", 80) == "http://example.org:80/"
    assert site_url("::", 43210) == "http://[::]:43210/" and site_url("[::1]", 8000) == "http://[::1]:8000/"
