"""A kernel forked by the kernel zygote is the process a kernel started anew would be, and a zygote that cannot
serve a kernel leaves it to be started anew (factcheck/pipeline/kernel_zygote.py)."""
from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from factcheck.pipeline.kernel import _use_our_launcher
from factcheck.pipeline.kernel_sockets import SocketFolderKernelManager
from factcheck.pipeline.kernel_zygote import FLAVOURS, VARIABLE, ForkedKernel
from zygotes import started_zygote, zygote_environment

REPO = Path(__file__).resolve().parents[2]
# What the kernel says of itself: where it imports from, where it works, what it was given, how it hashes.
SAYS_WHAT_IT_IS = textwrap.dedent("""\
    import builtins, json, os, sys
    import factcheck
    from ipykernel.kernelapp import IPKernelApp
    print(json.dumps({"path": sys.path, "cwd": os.getcwd(),
                      "argv": [a if not a.endswith("kernel.json") else "its connection file" for a in sys.argv],
                      "environment": {k: v for k, v in os.environ.items() if k != "FACTCHECK_KERNEL_ZYGOTE"},
                      "flags": repr(sys.flags), "hash": hash("a claim"), "package": factcheck.__file__,
                      "customized": getattr(builtins, "CUSTOMIZED", None), "modules": sorted(sys.modules),
                      "parent": IPKernelApp.instance().parent_handle, "ppid": os.getppid(), "pid": os.getpid()}))
""")


@pytest.fixture
def zygote_folder(tmp_path):
    from factcheck.pipeline.socket_folder import make_socket_folder
    import shutil

    folder = Path(make_socket_folder("factcheck-zygote-test-"))
    yield folder
    shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture
def checkout(tmp_path, monkeypatch):
    """A folder put first on PYTHONPATH, holding a sitecustomize (a new process runs it as it starts), the
    package imported from this repository after it; kernels work in a folder of their own."""
    root = tmp_path / "checkout"
    root.mkdir()
    (root / "sitecustomize.py").write_text("import builtins\nbuiltins.CUSTOMIZED = __file__\n", encoding="utf-8")
    monkeypatch.setenv("PYTHONPATH", os.pathsep.join([str(root), str(REPO)]))
    monkeypatch.setenv("PYTHONHASHSEED", "0")   # as a build's worker sets it for its kernels
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
    """Start a kernel of `kind` (FACTCHECK_KERNEL_ZYGOTE set to `zygotes`, "" for none), ask it what it is, end it:
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


@pytest.mark.parametrize("kind", FLAVOURS)
def test_a_forked_kernel_is_the_process_a_kernel_started_anew_would_be(kind, zygote_folder, checkout, monkeypatch):
    with started_zygote(zygote_folder, kind, zygote_environment(kind)) as (zygote, _):
        forked, forked_process = kernel_says(kind, str(zygote_folder), monkeypatch)
    started, started_process = kernel_says(kind, "", monkeypatch)
    assert isinstance(forked_process, ForkedKernel) and isinstance(started_process, subprocess.Popen)
    assert forked.pop("ppid") == zygote.pid and started.pop("ppid") == os.getpid()
    assert forked.pop("pid") != started.pop("pid")
    # the zygote's imports are there ahead, none of the package's: it comes from the checkout's PYTHONPATH
    ours = [[name for name in said.pop("modules") if name.split(".")[0] == "factcheck"] for said in (forked, started)]
    assert ours[0] == ours[1]
    assert forked["package"] == str(REPO / "factcheck" / "__init__.py")
    assert forked["customized"] == str(checkout / "sitecustomize.py")
    assert forked["parent"] == os.getpid()   # the process it ends with, as jupyter_client named it
    assert forked == started
    # asked to shut down, both ended (by themselves, or by jupyter_client's signal: see kernel_sockets.SHUTDOWN_WAIT)
    assert forked_process.poll() is not None and started_process.poll() is not None


def test_a_zygote_of_another_environment_leaves_the_kernel_to_be_started_anew(zygote_folder, checkout, monkeypatch):
    kind = "kernel_launcher"
    with started_zygote(zygote_folder, kind, zygote_environment(kind, PYTHONHASHSEED="1")):
        said, process = kernel_says(kind, str(zygote_folder), monkeypatch)
    assert isinstance(process, subprocess.Popen) and said["ppid"] == os.getpid()
    log = (zygote_folder / f"{kind}.log").read_text(encoding="utf-8")
    assert "refused: the variables PYTHONHASHSEED differ" in log, log


def test_no_zygote_at_the_address_leaves_the_kernel_to_be_started_anew(zygote_folder, checkout, monkeypatch):
    said, process = kernel_says("kernel_launcher", str(zygote_folder), monkeypatch)   # (no zygote started there)
    assert isinstance(process, subprocess.Popen) and said["customized"] == str(checkout / "sitecustomize.py")


def test_a_forked_kernel_killed_reports_its_signal(zygote_folder, checkout, monkeypatch):
    kind = "kernel_launcher"
    with started_zygote(zygote_folder, kind, zygote_environment(kind)):
        monkeypatch.setenv(VARIABLE, str(zygote_folder))
        km = kernel_manager(kind)
        km.start_kernel()
        process = km.provisioner.process
        assert isinstance(process, ForkedKernel) and process.poll() is None
        process.kill()   # (what jupyter_client's provisioner does to a kernel that would not end)
        assert process.wait(timeout=30) == -signal.SIGKILL
        assert not km.is_alive()
        km.cleanup_resources()


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


@pytest.mark.parametrize("kind", FLAVOURS)
def test_a_forked_kernel_ends_with_the_process_that_asked_for_it(kind, zygote_folder, checkout):
    with started_zygote(zygote_folder, kind, zygote_environment(kind)):
        asker = subprocess.Popen([sys.executable, "-c", ASKS_AND_WAITS, kind], stdout=subprocess.PIPE, text=True,
                                 env={**os.environ, VARIABLE: str(zygote_folder)})
        try:
            kind, pid = asker.stdout.readline().split()
        finally:
            asker.kill()   # as `kill -9`: nothing of its own ends the kernel
            asker.wait(timeout=30)
            asker.stdout.close()
        assert kind == "ForkedKernel"
        assert gone(int(pid)), f"kernel {pid} outlived the process that asked for it"


STARTS_A_ZYGOTE = textwrap.dedent("""\
    import subprocess, sys, time
    zygote = subprocess.Popen([sys.executable, sys.argv[1], sys.argv[2]], stdout=subprocess.PIPE, text=True)
    assert zygote.stdout.readline() == "ready\\n"
    print(zygote.pid, flush=True)
    time.sleep(600)
""")


def test_the_zygote_ends_with_the_process_that_started_it_and_takes_its_socket(zygote_folder):
    from factcheck.pipeline import kernel_zygote

    address = zygote_folder / "kernel_launcher"
    starter = subprocess.Popen([sys.executable, "-c", STARTS_A_ZYGOTE, kernel_zygote.__file__, str(address)],
                               stdout=subprocess.PIPE, text=True, env=zygote_environment("kernel_launcher"))
    try:
        pid = int(starter.stdout.readline())
        assert address.exists()
    finally:
        starter.kill()
        starter.wait(timeout=30)
        starter.stdout.close()
    assert gone(pid), "the zygote outlived the process that started it"
    assert not address.exists()
