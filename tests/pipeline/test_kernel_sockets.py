"""Fresh kernels (papermill's, nbval's, a one-off page's) talk over sockets in a folder of their own, which goes
with the kernel, keep their input history in memory, and end when asked to."""
from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

import papermill
import pytest

from factcheck.pipeline.kernel_sockets import SocketFolderAsyncKernelManager

REPO = Path(__file__).resolve().parents[2]
# The kernel says how it is reached (from the connection file it was started with) and where it keeps its history.
SAYS_ITS_TRANSPORT = ("import ipykernel.connect, os\n"
                      "info = ipykernel.connect.get_connection_info(unpack=True)\n"
                      "history = get_ipython().history_manager\n"
                      "print(info['transport'], os.path.basename(os.path.dirname(info['ip']))[:17],\n"
                      "      f'history in {history.hist_file}' if history.enabled else 'no history')")
ON_OUR_SOCKETS = "ipc factcheck-kernel- history in :memory:\n"


def notebook(path: Path, printed: str | None = None) -> Path:
    """One cell printing the kernel's transport; with `printed`, that output stored as nbval's expectation."""
    outputs = [{"output_type": "stream", "name": "stdout", "text": printed}] if printed is not None else []
    path.write_text(json.dumps({
        "cells": [{"cell_type": "code", "execution_count": 1 if outputs else None, "id": "a", "metadata": {},
                   "outputs": outputs, "source": SAYS_ITS_TRANSPORT}],
        "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3", "language": "python"}},
        "nbformat": 4, "nbformat_minor": 5}), encoding="utf-8")
    return path


def test_papermill_with_the_socket_folder_manager_runs_on_unix_sockets_and_leaves_no_folder(tmp_path, temporary,
                                                                                         monkeypatch):
    monkeypatch.setattr(tempfile, "tempdir", str(temporary))
    executed = papermill.execute_notebook(str(notebook(tmp_path / "page.ipynb")), str(tmp_path / "out.ipynb"),
                                          kernel_name="python3", progress_bar=False,
                                          kernel_manager_class=SocketFolderAsyncKernelManager)
    assert executed.cells[0].outputs[0]["text"] == ON_OUR_SOCKETS
    assert not list(temporary.iterdir()), "the socket folder goes with the kernel"


def test_a_kernel_that_dies_as_it_starts_leaves_no_folder(tmp_path, temporary, monkeypatch):
    """papermill (nbclient) cleans up after a kernel that died before it answered with the manager's
    cleanup_resources alone, which jupyter_client binds to its own method: the folder stayed. (IPython refuses a
    setting given twice: the kernel ends at once.)"""
    monkeypatch.setattr(tempfile, "tempdir", str(temporary))
    twice = ["--HistoryManager.hist_file=:memory:", "--HistoryManager.hist_file=:memory:"]
    with pytest.raises(RuntimeError, match="Kernel died before replying"):
        papermill.execute_notebook(str(notebook(tmp_path / "page.ipynb")), str(tmp_path / "out.ipynb"),
                                   kernel_name="python3", progress_bar=False, extra_arguments=twice,
                                   kernel_manager_class=SocketFolderAsyncKernelManager)
    assert not list(temporary.iterdir()), "the socket folder goes with the kernel that died"


def test_the_nbval_plugin_runs_each_page_on_unix_sockets_and_leaves_no_folder(tmp_path, temporary):
    """The page stores the output of a kernel on sockets of its own: nbval passes it only if the plugin took."""
    page = notebook(tmp_path / "page.ipynb", printed=ON_OUR_SOCKETS)
    environment = {**os.environ, "TMPDIR": str(temporary), "PYTHONPATH": str(REPO)}
    run = subprocess.run([sys.executable, "-m", "pytest", "--nbval", "-q", "-p", "no:cacheprovider",
                          "-p", "no:hypothesispytest", "-p", "factcheck.pipeline.nbval_sockets",
                          "--rootdir", str(tmp_path), str(page)],
                         cwd=tmp_path, env=environment, capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stdout[-3000:] + run.stderr[-2000:]
    assert "1 passed" in run.stdout, run.stdout[-3000:]
    assert not list(temporary.glob("factcheck-kernel-*")), "the socket folder goes with the kernel"


def test_a_one_off_page_runs_on_unix_sockets_and_leaves_no_folder(tmp_path, temporary, monkeypatch):
    """A page run outside a build's workers (a participant's chapter: factcheck.byo.workbench) gets a fresh kernel."""
    from factcheck.pipeline import execute

    monkeypatch.setattr(tempfile, "tempdir", str(temporary))
    assert execute._kernel is None, "this test process holds no warm kernel"
    page = notebook(tmp_path / "page.ipynb")
    outcome = execute.execute(execute.Job(page="page.ipynb", name="page", template=str(page),
                                          output=str(tmp_path / "out.ipynb"), parameters={},
                                          failed_dir=str(tmp_path / "failed")))
    assert outcome.ok, outcome
    cells = json.loads((tmp_path / "out.ipynb").read_text(encoding="utf-8"))["cells"]
    assert "".join(cells[0]["outputs"][0]["text"]) == ON_OUR_SOCKETS
    assert not list(temporary.iterdir()), "the socket folder goes with the kernel"


def test_on_windows_the_managers_keep_tcp_and_make_no_folder(tmp_path, monkeypatch):
    """Nobody has run the project on Windows, where ZeroMQ's Unix sockets are not known to work: TCP, as before."""
    from factcheck.pipeline.kernel_sockets import SocketFolderKernelManager

    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    monkeypatch.setattr(sys, "platform", "win32")
    for manager in (SocketFolderKernelManager(kernel_name="python3"),
                    SocketFolderAsyncKernelManager(kernel_name="python3")):
        assert (manager.transport, manager.socket_folder) == ("tcp", None)
    assert not list(tmp_path.iterdir())


def test_a_fresh_kernel_asked_to_shut_down_ends_and_one_that_hangs_is_signalled(temporary, monkeypatch):
    """A kernel of ipykernel 7.4 may miss its own end when asked to shut down (kernel_sockets.SHUTDOWN_WAIT):
    jupyter_client then ends it with SIGTERM, after half of the manager's wait, which is the module's. A kernel
    that ends by itself exits with 0; one made to hang at its exit (a handler that sleeps) is ended by the signal.
    Either way its folder goes. The seconds each takes are benchmarks/kernels.py's to print, not a test's."""
    import asyncio
    import signal

    from kernel_ends import ask_to_shut_down

    from factcheck.pipeline.kernel_sockets import SHUTDOWN_WAIT

    monkeypatch.setattr(tempfile, "tempdir", str(temporary))
    managers = [SocketFolderAsyncKernelManager(kernel_name="python3") for _ in range(2)]
    assert [manager.shutdown_wait_time for manager in managers] == [SHUTDOWN_WAIT] * 2 and SHUTDOWN_WAIT <= 1
    ordinary, _ = asyncio.run(ask_to_shut_down(managers[0]))
    hanging, _ = asyncio.run(ask_to_shut_down(managers[1], "import atexit, time\natexit.register(time.sleep, 60)"))
    assert ordinary in (0, -signal.SIGTERM) and hanging == -signal.SIGTERM
    assert not list(temporary.iterdir()), "the socket folders go with the kernels"
