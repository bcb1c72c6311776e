"""The warm kernel a build worker keeps: sockets nobody else can take, no heartbeat to hang on, nothing left behind."""
from __future__ import annotations

import json
from pathlib import Path

import papermill

from factcheck.pipeline.kernel import WarmKernel, engine_for


def test_a_warm_kernel_listens_on_its_own_sockets_and_runs_a_page_without_a_heartbeat(tmp_path):
    from papermill.engines import papermill_engines

    page = tmp_path / "page.ipynb"
    page.write_text(json.dumps({
        "cells": [{"cell_type": "code", "execution_count": None, "id": "a", "metadata": {}, "outputs": [],
                   "source": "print(6 * 7)"}],
        "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3", "language": "python"}},
        "nbformat": 4, "nbformat_minor": 5}), encoding="utf-8")
    kernel = WarmKernel(modules=[])
    papermill_engines.register("warm-test", engine_for(kernel))
    try:
        kernel.ensure_started()
        info = kernel.km.get_connection_info()
        # TCP ports are picked free by each worker on its own, and two workers can pick the same
        # one; IPC sockets live in a folder of this kernel's own.
        assert info["transport"] == "ipc"
        sockets = Path(kernel.sockets)
        assert Path(info["ip"]).parent == sockets
        for run in range(2):  # the same kernel, page after page
            executed = papermill.execute_notebook(str(page), str(tmp_path / f"out{run}.ipynb"), engine_name="warm-test",
                                                  kernel_name="python3", progress_bar=False)
            assert executed.cells[0].outputs[0]["text"] == "42\n"
        assert kernel.control._hb_channel is None, "no heartbeat channel was ever made"
    finally:
        kernel.shutdown()
    assert not sockets.exists(), "the socket folder goes with the kernel"


def test_a_warm_kernel_starts_without_a_debugger_and_runs_pages_with_the_collector_on():
    """kernel_launcher pauses the collector and leaves debugpy out while the kernel starts; the warm-up must start
    the collector again (pages run as in a fresh kernel), with what start-up made frozen. ipykernel's parent poller
    is left out (kernel_launcher has its own)."""
    kernel = WarmKernel(modules=["json"])
    try:
        kernel.ensure_started()
        assert "kernel_launcher.py" in " ".join(kernel.km.kernel_spec.argv)
        reply = kernel.run_silently("", user_expressions={"state": (
            "(__import__('gc').isenabled(), __import__('gc').get_freeze_count() > 0, "
            "__import__('sys').modules.get('debugpy', 'absent'), "
            "__import__('ipykernel.kernelapp').kernelapp.IPKernelApp.instance().poller)")})
        # (no parent poller of ipykernel's: kernel_launcher watches the worker, and removes what the kernel leaves)
        assert reply["user_expressions"]["state"]["data"]["text/plain"] == "(True, True, None, None)"
    finally:
        kernel.shutdown()
