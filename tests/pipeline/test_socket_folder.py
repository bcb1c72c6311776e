"""Sockets go under the temporary folder while their paths fit in a socket's address, and under /tmp when not: a
forkserver and a kernel start under a temporary folder too long for them (`serve` once failed to start there)."""
from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

from factcheck.pipeline import socket_folder

REPO = Path(__file__).resolve().parents[2]


def too_long(tmp_path: Path) -> Path:
    """A folder whose path, with the longest name made under it, is past what a socket's address may hold on
    Linux (107 bytes): a kernel's or the forkserver's socket made there could not be bound."""
    folder = tmp_path / ("t" * max(1, 90 - len(os.fsencode(tmp_path))))
    folder.mkdir()
    assert len(os.fsencode(folder)) + socket_folder.LONGEST_INSIDE > 107
    return folder


def test_a_temporary_folder_that_fits_holds_the_sockets(temporary, monkeypatch):
    monkeypatch.setattr(tempfile, "tempdir", str(temporary))
    assert socket_folder.socket_parent() == str(temporary)
    made = Path(socket_folder.make_socket_folder("factcheck-kernel-"))
    assert made.parent == temporary and (made.stat().st_mode & 0o777) == 0o700


def test_a_temporary_folder_too_long_gives_way_to_tmp(tmp_path, monkeypatch):
    monkeypatch.setattr(tempfile, "tempdir", str(too_long(tmp_path)))
    assert socket_folder.socket_parent() == "/tmp"


def test_a_forkserver_and_a_kernel_start_under_a_temporary_folder_too_long_for_their_sockets(tmp_path):
    """What `serve` starts first (its forkserver, from which its workers and render processes come) and a kernel
    on sockets of its own: both failed with "AF_UNIX path too long" under such a TMPDIR."""
    script = """
import multiprocessing.forkserver, multiprocessing.util, os, tempfile
from factcheck.pipeline.parallel import forkserver_context
from factcheck.pipeline.kernel_sockets import SocketFolderKernelManager

context = forkserver_context()
multiprocessing.forkserver.ensure_running()
with context.Pool(1) as pool:
    print(pool.apply(abs, (-2,)), multiprocessing.util.get_temp_dir().startswith("/tmp/pymp-"))
manager = SocketFolderKernelManager(kernel_name="python3")
manager.start_kernel()
client = manager.client()
client.start_channels()
client.wait_for_ready(timeout=60)
print(manager.socket_folder.startswith("/tmp/factcheck-kernel-"))
client.stop_channels()
manager.shutdown_kernel(now=True)
print(tempfile.gettempdir() == os.environ["TMPDIR"])   # only the sockets went elsewhere
"""
    long = too_long(tmp_path)
    run = subprocess.run([sys.executable, "-c", script], cwd=tmp_path, capture_output=True, text=True, timeout=300,
                         env={**os.environ, "TMPDIR": str(long), "PYTHONPATH": str(REPO)})
    assert run.returncode == 0, run.stderr[-3000:]
    assert run.stdout.split() == ["2", "True", "True", "True"], run.stdout + run.stderr[-2000:]
    assert not list(long.iterdir()), "nothing of theirs went under the long folder"
