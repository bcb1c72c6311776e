"""A kernel or a render process forked by a zygote is the process one started anew would be, and a zygote that cannot
fork that process leaves it to be started anew (factcheck/pipeline/zygote.py)."""
from __future__ import annotations

import json
import os
import shutil
import signal
import socket
import struct
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import psutil
import pytest

from factcheck.pipeline import zygote
from factcheck.pipeline.kernel import _use_our_launcher
from factcheck.pipeline.kernel_sockets import SocketFolderKernelManager
from factcheck.pipeline.zygote import KERNELS, VARIABLE, ForkedProcess
from zygotes import started_zygote, zygote_environment

REPO = Path(__file__).resolve().parents[2]
# What the kernel says of itself: where it imports from, where it works, what it was given, how it hashes, draws
# random numbers and reads its input.
SAYS_WHAT_IT_IS = textwrap.dedent("""\
    import json, os, random, select, stat, sys
    import numpy
    import factcheck
    from ipykernel.kernelapp import IPKernelApp
    print(json.dumps({"path": sys.path, "cwd": os.getcwd(),
                      "argv": [a if not a.endswith("kernel.json") else "its connection file" for a in sys.argv],
                      "environment": {k: v for k, v in os.environ.items() if k != "FACTCHECK_ZYGOTES"},
                      "flags": repr(sys.flags), "hash": hash("a claim"), "package": factcheck.__file__,
                      "modules": sorted(sys.modules), "stdin": [stat.S_ISFIFO(os.fstat(0).st_mode),
                                os.read(0, 10).decode() if select.select([0], [], [], 1)[0] else "open"],
                      "random": [random.random(), float(numpy.random.random())],
                      "parent": IPKernelApp.instance().parent_handle, "group": os.getpgid(0) == os.getpid(),
                      "ppid": os.getppid(), "pid": os.getpid()}))
""")


@pytest.fixture
def zygote_folder():
    from factcheck.pipeline.socket_folder import make_socket_folder

    folder = Path(make_socket_folder("factcheck-zygote-test-"))
    yield folder
    shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture
def checkout(tmp_path, monkeypatch):
    """A folder put first on PYTHONPATH (a checkout, as a build's worker puts its own), the package imported from
    this repository after it; kernels work in a folder of their own."""
    root = tmp_path / "checkout"
    root.mkdir()
    monkeypatch.setenv("PYTHONPATH", os.pathsep.join([str(root), str(REPO)]))
    monkeypatch.setenv("PYTHONHASHSEED", "0")   # as a build's worker gives its kernels
    (tmp_path / "pages").mkdir()
    monkeypatch.chdir(tmp_path / "pages")
    return root


def kernel_manager(kind: str) -> SocketFolderKernelManager:
    """A manager of the kernels a build starts (kernel_launcher) or papermill and nbval do (ipykernel_launcher)."""
    km = SocketFolderKernelManager(kernel_name="python3")
    if kind == "kernel_launcher":
        _use_our_launcher(km.kernel_spec)
    return km


def kernel_says(kind: str, zygotes: str, monkeypatch) -> tuple[dict, object]:
    """Start a kernel of `kind` (FACTCHECK_ZYGOTES set to `zygotes`, "" for none), ask it what it is, end it:
    (what it said, the process object jupyter_client held for it)."""
    monkeypatch.setenv(VARIABLE, zygotes)
    km = kernel_manager(kind)
    km.start_kernel()
    process = km.provisioner.process
    client = km.client()
    client.start_channels()
    printed = []
    try:
        client.wait_for_ready(timeout=60)
        reply = client.execute_interactive(SAYS_WHAT_IT_IS, timeout=60, output_hook=lambda message: printed.append(
            message["content"].get("text", "")) if message["msg_type"] == "stream" else None)
        assert reply["content"]["status"] == "ok", reply["content"]
    finally:
        client.stop_channels()
        km.shutdown_kernel(now=False)
    return json.loads("".join(printed)), process


def log_of(folder: Path, kind: str) -> str:
    return (folder / f"{kind}.log").read_text(encoding="utf-8")


@pytest.mark.parametrize("kind", KERNELS)
def test_a_forked_kernel_is_the_process_a_kernel_started_anew_would_be(kind, zygote_folder, checkout, monkeypatch):
    # a variable the zygote has and the kernel is not given must not reach the fork (one read only after the fork
    # may differ: zygote.READ_AFTER_THE_FORK)
    with started_zygote(zygote_folder, kind, zygote_environment(kind, FACTCHECK_ZYGOTE_ONLY="1")) as (zygote, _):
        forked, forked_process = kernel_says(kind, str(zygote_folder), monkeypatch)
        forked_again, _ = kernel_says(kind, str(zygote_folder), monkeypatch)
    started, started_process = kernel_says(kind, "", monkeypatch)
    assert isinstance(forked_process, ForkedProcess) and isinstance(started_process, subprocess.Popen)
    assert forked.pop("ppid") == zygote.pid and started.pop("ppid") == os.getpid()
    assert forked.pop("pid") != started.pop("pid")
    # the zygote's imports are there ahead, none of the package's: it comes from the checkout's PYTHONPATH
    ours = [[name for name in said.pop("modules") if name.split(".")[0] == "factcheck"] for said in (forked, started)]
    assert ours[0] == ours[1]
    assert forked["package"] == str(REPO / "factcheck" / "__init__.py")
    assert forked["parent"] == os.getpid()   # the process it ends with, as jupyter_client named it
    assert forked["group"] and forked["stdin"] == [True, ""]   # a session of its own; its input a pipe, closed
    assert "FACTCHECK_ZYGOTE_ONLY" not in forked["environment"]
    # each fork draws its own random numbers, Python's and numpy's, as kernels started anew do
    drawn = forked.pop("random"), forked_again["random"]
    started.pop("random")
    assert drawn[0][0] != drawn[1][0] and drawn[0][1] != drawn[1][1]
    assert forked == started
    # asked to shut down, both ended (by themselves, or by jupyter_client's signal: see kernel_sockets.SHUTDOWN_WAIT)
    assert forked_process.poll() is not None and started_process.poll() is not None


@pytest.mark.parametrize(("zygote_has", "kernel_has", "reason"), [
    ({}, {"PYTHONHASHSEED": "1"}, "the variables PYTHONHASHSEED differ"),
    ({}, {"PANDAS_COPY_ON_WRITE": "1"}, "the variables PANDAS_COPY_ON_WRITE differ"),   # read as pandas is imported
    # the same, but every fork would share the zygote's seed where kernels started anew each draw their own
    ({"PYTHONHASHSEED": "random"}, {"PYTHONHASHSEED": "random"}, "no fixed hash seed"),
])
def test_a_zygote_that_read_another_environment_leaves_the_kernel_to_be_started_anew(
        zygote_has, kernel_has, reason, zygote_folder, checkout, monkeypatch):
    kind = "kernel_launcher"
    with started_zygote(zygote_folder, kind, zygote_environment(kind, **zygote_has)):
        for name, value in kernel_has.items():
            monkeypatch.setenv(name, value)
        said, process = kernel_says(kind, str(zygote_folder), monkeypatch)
    assert isinstance(process, subprocess.Popen) and said["ppid"] == os.getpid()
    assert f"refused: {reason}" in log_of(zygote_folder, kind)


def test_a_checkout_with_a_sitecustomize_gets_a_kernel_started_anew_which_runs_it(zygote_folder, checkout,
                                                                                   monkeypatch):
    """A kernel started anew imports it before anything else: a fork, made after the zygote's imports, cannot."""
    (checkout / "sitecustomize.py").write_text("import os\nos.environ['CUSTOMIZED'] = __file__\n", encoding="utf-8")
    kind = "kernel_launcher"
    with started_zygote(zygote_folder, kind, zygote_environment(kind)):
        said, process = kernel_says(kind, str(zygote_folder), monkeypatch)
    assert isinstance(process, subprocess.Popen)
    assert said["environment"]["CUSTOMIZED"] == str(checkout / "sitecustomize.py")
    assert "refused: another sitecustomize" in log_of(zygote_folder, kind)


def test_no_zygote_at_the_address_leaves_the_kernel_to_be_started_anew(zygote_folder, checkout, monkeypatch):
    said, process = kernel_says("kernel_launcher", str(zygote_folder), monkeypatch)   # (no zygote started there)
    assert isinstance(process, subprocess.Popen) and said["ppid"] == os.getpid()


def test_a_zygote_folder_others_may_enter_is_not_used(zygote_folder, checkout, monkeypatch):
    kind = "kernel_launcher"
    with started_zygote(zygote_folder, kind, zygote_environment(kind)):
        zygote_folder.chmod(0o755)
        said, process = kernel_says(kind, str(zygote_folder), monkeypatch)
    assert isinstance(process, subprocess.Popen)
    assert "forked" not in log_of(zygote_folder, kind)


def test_a_forked_kernel_killed_reports_its_signal(zygote_folder, checkout, monkeypatch):
    kind = "kernel_launcher"
    with started_zygote(zygote_folder, kind, zygote_environment(kind)):
        monkeypatch.setenv(VARIABLE, str(zygote_folder))
        km = kernel_manager(kind)
        km.start_kernel()
        process = km.provisioner.process
        try:
            assert isinstance(process, ForkedProcess) and process.poll() is None
            process.kill()   # (what jupyter_client's provisioner does to a kernel that would not end)
            assert process.wait(timeout=30) == -signal.SIGKILL
            assert not km.is_alive()
        finally:
            end(process.pid)
            km.cleanup_resources()


def send_raw(address: Path, payload: bytes, with_streams: bool = True) -> str:
    """A request as a client of the same user could send it, whatever its shape; the zygote's answer."""
    connection = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    connection.settimeout(10)
    connection.connect(str(address))
    socket.send_fds(connection, [payload], [1, 2] if with_streams else [])
    connection.shutdown(socket.SHUT_WR)
    said = connection.recv(4096).decode()
    connection.close()
    return said


def request(body) -> bytes:
    encoded = json.dumps(body).encode()
    return struct.pack("!I", len(encoded)) + encoded


def test_a_malformed_or_hostile_request_is_refused_and_the_zygote_keeps_serving(zygote_folder, checkout,
                                                                              monkeypatch):
    kind = "kernel_launcher"
    launcher = str(REPO / "factcheck" / "pipeline" / "kernel_launcher.py")
    with started_zygote(zygote_folder, kind, zygote_environment(kind)) as (zygote, address):
        for payload, reason in [
                (b"\x00\x00\x00\x05nojs", "a request cut short"),
                (request({"argv": [], "cwd": "/", "env": ["not", "a", "dict"]}), "a request of another shape"),
                (request({"argv": [sys.executable, "/tmp/evil.py"], "cwd": "/", "env": dict(os.environ)}),
                 "not a process of kernel_launcher's"),
                (request({"argv": ["/bin/sh", launcher], "cwd": "/", "env": dict(os.environ)}),
                 "not a process of kernel_launcher's"),
                (struct.pack("!I", 1 << 30) + b"{", "a request longer than any process's")]:
            assert "refused" in send_raw(address, payload)
            assert reason in log_of(zygote_folder, kind).splitlines()[-1]
        assert "refused" in send_raw(address, request({"argv": [sys.executable, launcher], "cwd": "/",
                                                       "env": dict(os.environ)}), with_streams=False)
        assert "a request of another shape" in log_of(zygote_folder, kind).splitlines()[-1]
        # a client that connects and says nothing holds the zygote 2 s at most (CONNECT_SECONDS)
        silent = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        silent.settimeout(10)
        silent.connect(str(address))
        began = time.monotonic()
        assert "refused" in silent.recv(4096).decode() and time.monotonic() - began < 5
        silent.close()
        assert zygote.poll() is None and "forked" not in log_of(zygote_folder, kind)
        said, process = kernel_says(kind, str(zygote_folder), monkeypatch)
        assert isinstance(process, ForkedProcess), log_of(zygote_folder, kind)


def test_a_kernel_the_asker_gave_up_waiting_for_is_never_left_running(zygote_folder, checkout, monkeypatch):
    """A zygote too slow to answer (here: stopped) makes the asker start the kernel anew; the fork it makes later
    must end at once, not run beside it on the same connection file."""
    kind = "kernel_launcher"
    with started_zygote(zygote_folder, kind, zygote_environment(kind)) as (zygote, _):
        zygote.send_signal(signal.SIGSTOP)
        try:
            monkeypatch.setenv(VARIABLE, str(zygote_folder))
            km = kernel_manager(kind)
            km.start_kernel()
            assert isinstance(km.provisioner.process, subprocess.Popen)
        finally:
            zygote.send_signal(signal.SIGCONT)
        try:
            deadline = time.monotonic() + 15
            while time.monotonic() < deadline and "forked" not in log_of(zygote_folder, kind):
                time.sleep(0.1)
            assert "forked" in log_of(zygote_folder, kind), "the zygote forked the request it found"
            while time.monotonic() < deadline and psutil.Process(zygote.pid).children():
                time.sleep(0.1)
            assert psutil.Process(zygote.pid).children() == []
        finally:
            km.shutdown_kernel(now=True)


ASKS_AND_WAITS = textwrap.dedent("""\
    import sys, time
    from factcheck.pipeline.kernel import _use_our_launcher
    from factcheck.pipeline.kernel_sockets import SocketFolderKernelManager
    km = SocketFolderKernelManager(kernel_name="python3")
    if sys.argv[1] == "kernel_launcher":
        _use_our_launcher(km.kernel_spec)
    km.start_kernel()
    print(type(km.provisioner.process).__name__, km.provisioner.pid, flush=True)
    time.sleep(600)
""")


def gone(pid: int, seconds: float = 15) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if not Path(f"/proc/{pid}").exists():
            return True
        time.sleep(0.1)
    return False


def end(pid: int) -> None:
    """(A test that fails leaves no kernel behind.)"""
    try:
        os.kill(pid, signal.SIGKILL)
    except OSError:
        pass


@pytest.mark.parametrize("kind", KERNELS)
def test_a_forked_kernel_ends_with_the_process_that_asked_for_it_not_with_its_zygote(kind, zygote_folder, checkout):
    with started_zygote(zygote_folder, kind, zygote_environment(kind)) as (zygote, _):
        asker = subprocess.Popen([sys.executable, "-c", ASKS_AND_WAITS, kind], stdout=subprocess.PIPE, text=True,
                                 env={**os.environ, VARIABLE: str(zygote_folder)})
        kind_started, pid = asker.stdout.readline().split()
    pid = int(pid)
    try:
        assert kind_started == "ForkedProcess"
        assert not gone(pid, seconds=2), "the kernel ended with its zygote"
        asker.kill()   # as `kill -9`: nothing of its own ends the kernel
        asker.wait(timeout=30)
        assert gone(pid), f"kernel {pid} outlived the process that asked for it"
    finally:
        asker.kill()
        asker.stdout.close()
        end(pid)


STARTS_A_ZYGOTE = textwrap.dedent("""\
    import os, subprocess, sys, time
    zygote = subprocess.Popen([sys.executable, sys.argv[1], sys.argv[2], str(os.getpid())], stdout=subprocess.PIPE,
                              text=True)
    if sys.argv[3] == "ready":
        assert zygote.stdout.readline() == "ready\\n"
    print(zygote.pid, flush=True)
    time.sleep(0.3 if sys.argv[3] == "importing" else 600)   # (importing: it ends while the zygote imports)
""")


@pytest.mark.parametrize("when", ["ready", "importing", "starting"])
def test_the_zygote_ends_with_the_process_that_started_it_and_takes_its_files(when, zygote_folder):
    address = zygote_folder / "kernel_launcher"
    starter = subprocess.Popen([sys.executable, "-c", STARTS_A_ZYGOTE, zygote.__file__, str(address),
                                when],
                               stdout=subprocess.PIPE, text=True, env=zygote_environment("kernel_launcher"))
    try:
        pid = int(starter.stdout.readline())
        assert when != "ready" or address.exists()
        if when == "importing":
            starter.wait(timeout=30)   # it ends by itself, 0.3 s after starting the zygote
    finally:
        starter.kill()
        starter.wait(timeout=30)
        starter.stdout.close()
    try:
        assert gone(pid), "the zygote outlived the process that started it"
        assert not zygote_folder.exists(), "its socket, its log and the folder they were alone in go with it"
    finally:
        end(pid)


# --- render processes ---------------------------------------------------------------------------------------------


def html_of(folder: Path) -> dict[str, bytes]:
    return {path.relative_to(folder).as_posix(): path.read_bytes() for path in sorted(folder.rglob("*"))
            if path.is_file()}


def rendered(root: Path, work: Path, zygotes: str, monkeypatch) -> tuple[object, int, str, tuple[int, int]]:
    """Render root's book into work with FACTCHECK_ZYGOTES set to `zygotes` ("" for none): (the process object,
    its status, what it printed, its process group and parent while it waited for its order)."""
    from factcheck.pipeline.site import Renderer

    monkeypatch.setenv(VARIABLE, zygotes)
    renderer = Renderer(root, work)
    assert renderer.wait_until_ready(120), "the render process set Sphinx up"
    waiting = os.getpgid(renderer.process.pid), psutil.Process(renderer.process.pid).ppid()
    status, printed = renderer.render()
    return renderer.process, status, printed, waiting


@pytest.fixture(scope="module")
def book(tmp_path_factory) -> Path:
    """A copy of the repository with its executed pages, as a build renders it."""
    from buildcopies import clean_copy

    return clean_copy(tmp_path_factory.mktemp("zygote-book") / "repo", executed_pages=True)


def test_a_forked_render_process_renders_what_one_started_anew_renders(book, zygote_folder, tmp_path, monkeypatch):
    """It reads its orders on its input, prints to the build's log file, runs in its asker's process group, and
    writes the same site, byte for byte."""
    from factcheck.pipeline.render import RENDER_IMPORTS

    assert zygote.PRELOADED["render"] == RENDER_IMPORTS, "the zygote imports what a render process imports first"
    with started_zygote(zygote_folder, "render", zygote_environment("render")) as (render_zygote, _):
        forked, status, printed, (group, parent) = rendered(book, tmp_path / "forked", str(zygote_folder),
                                                            monkeypatch)
    started, started_status, _, (started_group, started_parent) = rendered(book, tmp_path / "started", "",
                                                                           monkeypatch)
    assert isinstance(forked, ForkedProcess) and isinstance(started, subprocess.Popen)
    assert parent == render_zygote.pid and started_parent == os.getpid()
    assert "forked render process" in log_of(zygote_folder, "render")
    assert status == started_status == 0, printed
    assert "render ready" in printed and "build succeeded" in printed, printed
    assert group == started_group == os.getpgid(0), "in the process group of the process that asked for it"
    forked_html, started_html = html_of(tmp_path / "forked" / "render" / "html"), \
        html_of(tmp_path / "started" / "render" / "html")
    assert "book/register.html" in forked_html and forked_html == started_html


# A stand-in for the render's module, in a checkout of the package's own __init__ files and execution_clients: it
# starts as the render does (the execution clients deferred, the render's imports), reads its order, and says what it
# is, as SAYS_WHAT_IT_IS has a kernel say it.
RENDER_SAYS_WHAT_IT_IS = textwrap.dedent("""\
    import importlib, json, multiprocessing, os, random, stat, sys
    from factcheck.pipeline import execution_clients
    execution_clients.defer()
    for name in json.loads(os.environ["FACTCHECK_RENDER_IMPORTS"]):
        importlib.import_module(name)
    order = sys.stdin.readline()
    print(json.dumps({"path": sys.path, "cwd": os.getcwd(), "argv": sys.argv, "order": order,
                      "environment": {k: v for k, v in os.environ.items() if k != "FACTCHECK_ZYGOTES"},
                      "flags": repr(sys.flags), "hash": hash("a claim"), "modules": sorted(sys.modules),
                      "stdin": stat.S_ISFIFO(os.fstat(0).st_mode), "output": os.path.samestat(os.fstat(1), os.fstat(2)),
                      "group": os.getpgid(0), "random": random.random(),
                      "authkey": multiprocessing.current_process().authkey.hex()}), flush=True)
    print("to its errors", file=sys.stderr, flush=True)
""")
# What a forked render has imported that one started anew has not: what myst-nb's execution clients import, which
# its zygote imports whole (zygote.PRELOADED), where one started anew has stand-ins of the same names; and gc, which
# the zygote imports (the real render imports it too, as it sets up).
ONLY_IN_A_FORKED_RENDER = ("jupyter_cache", "sqlalchemy", "gc")


@pytest.fixture
def render_stand_in(tmp_path) -> Path:
    root = tmp_path / "stand-in"
    (root / "factcheck" / "pipeline").mkdir(parents=True)
    for name in ("__init__.py", "pipeline/__init__.py", "pipeline/execution_clients.py"):
        shutil.copy(REPO / "factcheck" / name, root / "factcheck" / name)
    (root / "factcheck" / "pipeline" / "render.py").write_text(RENDER_SAYS_WHAT_IT_IS, encoding="utf-8")
    return root


def test_a_forked_render_process_is_the_process_one_started_anew_would_be(render_stand_in, zygote_folder, tmp_path,
                                                                          monkeypatch):
    from factcheck.pipeline.render import RENDER_IMPORTS
    from factcheck.pipeline.site import Renderer

    monkeypatch.setenv("FACTCHECK_RENDER_IMPORTS", json.dumps(RENDER_IMPORTS))
    said = {}
    with started_zygote(zygote_folder, "render", zygote_environment("render")) as (render_zygote, _):
        for way, zygotes in (("forked", str(zygote_folder)), ("again", str(zygote_folder)), ("started", "")):
            monkeypatch.setenv(VARIABLE, zygotes)
            renderer = Renderer(render_stand_in, tmp_path / way)
            parent = psutil.Process(renderer.process.pid).ppid()
            status, printed = renderer.render()
            assert status == 0, printed
            said_line = next(line for line in printed.splitlines() if line.startswith("{"))   # (not a warning)
            said[way] = {**json.loads(said_line.replace(str(tmp_path / way), "its work folder")),
                         "parent": parent, "kind": type(renderer.process)}
            assert "to its errors" in printed
    forked, again, started = said["forked"], said["again"], said["started"]
    assert (forked.pop("kind"), started.pop("kind")) == (ForkedProcess, subprocess.Popen)
    assert (forked.pop("parent"), started.pop("parent")) == (render_zygote.pid, os.getpid())
    assert forked["order"] == "go\n" and forked["stdin"] and forked["output"]   # its orders on a pipe; one log
    assert forked["group"] == os.getpgid(0)
    # each draws its own random numbers and multiprocessing key, as processes started anew do
    assert forked.pop("random") != again["random"] and forked.pop("authkey") != again["authkey"]
    started.pop("random"), started.pop("authkey")
    modules = set(forked.pop("modules")), set(started.pop("modules"))
    assert modules[1] <= modules[0], "a forked render has imported all that one started anew has"
    assert not [name for name in modules[0] - modules[1] if name.split(".")[0] not in ONLY_IN_A_FORKED_RENDER]
    assert "lark" not in modules[0], "rfc3987_syntax marked absent in the zygote, as the package marks it"
    assert forked == started


ASKS_FOR_A_RENDER = textwrap.dedent("""\
    import sys
    from pathlib import Path
    from factcheck.pipeline.site import Renderer
    renderer = Renderer(Path(sys.argv[1]), Path(sys.argv[2]))
    print(type(renderer.process).__name__, renderer.wait_until_ready(120), flush=True)
    renderer.cancel()
    print(renderer.process.returncode, flush=True)
""")


@pytest.mark.parametrize("session", ["the zygote's", "its own"])
def test_a_render_process_asked_for_from_another_session_is_started_anew(session, book, zygote_folder, tmp_path):
    """A fork cannot join a process group of another session: the render process is started anew. Either way, one
    told to stop before rendering ends with 0, having rendered nothing."""
    environment = {**os.environ, "PYTHONPATH": str(book), VARIABLE: str(zygote_folder)}
    with started_zygote(zygote_folder, "render", zygote_environment("render")):
        asker = subprocess.run([sys.executable, "-c", ASKS_FOR_A_RENDER, str(book), str(tmp_path / "work")],
                               capture_output=True, text=True, env=environment, timeout=180,
                               start_new_session=session == "its own")
    assert asker.returncode == 0, asker.stderr
    if session == "its own":
        assert asker.stdout.split() == ["Popen", "True", "0"]
        assert "refused: asked for from another session" in log_of(zygote_folder, "render")
    else:
        assert asker.stdout.split() == ["ForkedProcess", "True", "0"]
    assert not list((tmp_path / "work").rglob("*.html")), "told to stop, it rendered nothing"


@pytest.mark.parametrize("kind", KERNELS)
def test_a_forked_kernel_writes_its_output_and_its_errors_where_it_was_told(kind, zygote_folder, checkout,
                                                                          monkeypatch, tmp_path):
    """The two streams jupyter_client gives a kernel (here, two files) are its standard output and error, each in its
    place."""
    monkeypatch.setenv(VARIABLE, str(zygote_folder))
    with started_zygote(zygote_folder, kind, zygote_environment(kind)):
        km = kernel_manager(kind)
        with open(tmp_path / "output", "wb") as output, open(tmp_path / "errors", "wb") as errors:
            km.start_kernel(stdout=output, stderr=errors)
        client = km.client()
        client.start_channels()
        try:
            assert isinstance(km.provisioner.process, ForkedProcess), log_of(zygote_folder, kind)
            client.wait_for_ready(timeout=60)
            reply = client.execute_interactive("import sys\nprint('to its output', file=sys.__stdout__, flush=True)\n"
                                               "print('to its errors', file=sys.__stderr__, flush=True)", timeout=60)
            assert reply["content"]["status"] == "ok", reply["content"]
        finally:
            client.stop_channels()
            km.shutdown_kernel(now=False)
    written = {name: (tmp_path / name).read_text(encoding="utf-8") for name in ("output", "errors")}
    assert "to its output" in written["output"] and "to its errors" not in written["output"], written
    assert "to its errors" in written["errors"] and "to its output" not in written["errors"], written


def test_a_zygote_started_without_its_standard_input_does_not_start(zygote_folder):
    """A fork's streams are its zygote's: one whose input was closed as it started would fork renders that cannot
    read their orders."""
    address = zygote_folder / "render"
    started = subprocess.run([sys.executable, zygote.__file__, str(address), str(os.getpid())], capture_output=True,
                             text=True, timeout=60, env=zygote_environment("render"), preexec_fn=lambda: os.close(0))
    assert started.returncode == 1 and "must be open" in started.stderr, started.stderr
    assert not address.exists()


def test_an_option_it_does_not_know_or_pythonsafepath_leaves_the_process_to_be_started_anew(
        render_stand_in, zygote_folder, tmp_path, monkeypatch):
    from factcheck.pipeline.zygote import fork_process

    command = [sys.executable, "-m", "factcheck.pipeline.render", "site", "state", "2", "--wait"]
    monkeypatch.setenv(VARIABLE, str(zygote_folder))
    with open(tmp_path / "log", "w", encoding="utf-8") as log:
        options = dict(stdin=subprocess.PIPE, stdout=log, stderr=subprocess.STDOUT, text=True, cwd=render_stand_in,
                       env={**os.environ, "FACTCHECK_RENDER_IMPORTS": "[]"})
        with started_zygote(zygote_folder, "render", zygote_environment("render")):
            forked = fork_process(command, options)
            assert isinstance(forked, ForkedProcess), log_of(zygote_folder, "render")   # as it is asked for
            forked.communicate("go\n")
            assert forked.returncode == 0
            assert fork_process(command, {**options, "close_fds": True}) is None
        safe = {"PYTHONSAFEPATH": "1"}
        with started_zygote(zygote_folder, "render", zygote_environment("render", **safe)):
            assert fork_process(command, {**options, "env": {**options["env"], **safe}}) is None
            assert log_of(zygote_folder, "render").splitlines()[-1] == "refused: PYTHONSAFEPATH set"
