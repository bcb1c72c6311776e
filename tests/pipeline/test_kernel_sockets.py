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

from factcheck.pipeline.kernel_sockets import SocketFolderAsyncKernelManager

REPO = Path(__file__).resolve().parents[2]
# The kernel says how it is reached (from the connection file it was started with) and where it keeps its history.
SAYS_ITS_TRANSPORT = ("import ipykernel.connect, os\n"
                      "info = ipykernel.connect.get_connection_info(unpack=True)\n"
                      "print(info['transport'], os.path.basename(os.path.dirname(info['ip']))[:17],\n"
                      "      'history in', get_ipython().history_manager.hist_file)")
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


def test_a_fresh_kernel_asked_to_shut_down_ends_soon_and_leaves_no_folder(temporary, monkeypatch):
    """papermill (nbclient) ends its kernel with a request and waits for it to end; a kernel of ipykernel 7.4 may
    miss its own end (kernel_sockets.SHUTDOWN_WAIT), and is then ended by jupyter_client's signal half that wait
    after the request, not 2.5 s after (its own default). Either way it ends (exit code 0 by itself, -15 by the
    signal) and its folder goes. How often each happens: benchmarks/kernels.py."""
    import asyncio
    import signal

    from factcheck.pipeline.kernel_sockets import SHUTDOWN_WAIT

    monkeypatch.setattr(tempfile, "tempdir", str(temporary))

    async def shut_down_when_asked() -> int:
        manager = SocketFolderAsyncKernelManager(kernel_name="python3")
        assert manager.shutdown_wait_time == SHUTDOWN_WAIT <= 1
        await manager.start_kernel()
        client = manager.client()
        client.start_channels()
        await client.wait_for_ready(timeout=60)
        await client.execute_interactive("print(1)", timeout=60, output_hook=lambda message: None)
        client.stop_channels()
        process = manager.provisioner.process
        await manager.shutdown_kernel(now=False)
        return process.returncode

    assert {asyncio.run(shut_down_when_asked()) for _ in range(2)} <= {0, -signal.SIGTERM}
    assert not list(temporary.iterdir()), "the socket folders go with the kernels"
