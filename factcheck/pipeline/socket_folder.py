"""Where the project makes its Unix sockets: under a folder whose paths fit in a socket's address.

A Unix socket's path may hold 107 bytes on Linux and 103 on macOS. The kernels' sockets (kernel_sockets), the warm
pool's (warm_server) and a forkserver's (`serve`'s, or a build's when it loses a warm worker: multiprocessing's own
folder, `pymp-*`) are made in folders of their own under the temporary folder (TMPDIR). Under a long TMPDIR their
paths no longer fit: a test's folder deep under pytest's took 76 bytes, the forkserver's socket under it 108, and
`serve` could not start ("AF_UNIX path too long"). Then they are made under /tmp instead, and only they: everything
else still goes to TMPDIR.
"""
from __future__ import annotations

import os
import tempfile
import threading

LIMIT = 103   # bytes a socket's path may hold on macOS (107 on Linux): the smaller
# The longest path made under the folder: multiprocessing's "/pymp-xxxxxxxx/listener-xxxxxxxx" (32 bytes), a
# kernel's "/factcheck-kernel-xxxxxxxx/k-5" (30), the warm pool's "/factcheck-warm-xxxxxxxx/pool.sock" (34) and its
# workers' "/factcheck-warm-xxxxxxxx/worker-N-STARTS.sock" (39 bytes and the digits of its count of starts: 48 holds
# up to 999,999,999 starts).
LONGEST_INSIDE = 48
FALLBACK = "/tmp"


def fits(folder: str, reserve: int = 0) -> bool:
    """Sockets made under `folder` fit, with `reserve` bytes more for a folder made in between."""
    return len(os.fsencode(folder)) + reserve + LONGEST_INSIDE <= LIMIT


def socket_parent(reserve: int = 0) -> str:
    """The temporary folder, or /tmp when the temporary folder's path is too long for a socket made under it (with
    `reserve` bytes more: a folder made in between, as the tests' own temporary folders)."""
    default = tempfile.gettempdir()
    if fits(default, reserve):
        return default
    if os.path.isdir(FALLBACK) and os.access(FALLBACK, os.W_OK | os.X_OK):
        return FALLBACK
    raise OSError(f"the temporary folder {default} is too long a path ({len(os.fsencode(default))} bytes) for the "
                  f"Unix sockets the kernels talk through, and {FALLBACK} cannot be written to: set TMPDIR to a "
                  f"folder with a path of at most {LIMIT - LONGEST_INSIDE - reserve} bytes")


def make_socket_folder(prefix: str) -> str:
    """A new folder, its owner's alone (mode 0700), under socket_parent()."""
    return tempfile.mkdtemp(prefix=prefix, dir=socket_parent())


_multiprocessing_folder: str | None = None   # this process's, once made (keep_multiprocessing_sockets_short)
_making = threading.Lock()   # serve asks from several threads: one swap of tempfile.tempdir at a time


def keep_multiprocessing_sockets_short() -> None:
    """Have multiprocessing make its folder (`pymp-*`, where a forkserver's socket goes) under socket_parent():
    it makes it once per process, under the temporary folder, when first asked (`multiprocessing.util.get_temp_dir`,
    which also removes it when the process ends normally). Call before a forkserver starts."""
    global _multiprocessing_folder
    import multiprocessing.util

    with _making:
        if _multiprocessing_folder is not None:
            return
        parent = socket_parent()
        saved = tempfile.tempdir
        if parent != tempfile.gettempdir():
            tempfile.tempdir = parent   # (what mkdtemp reads: another thread's temporary file made now goes here)
        try:
            _multiprocessing_folder = multiprocessing.util.get_temp_dir()
        finally:
            tempfile.tempdir = saved


def remove_multiprocessing_folder() -> None:
    """multiprocessing's folder, if this process made one, removed: for a process that ends with os._exit (a build,
    factcheck/__main__.py), which runs none of multiprocessing's clean-up (a build that started its own forkserver,
    a warm worker lost, left an empty `pymp-*` folder in /tmp each time)."""
    import shutil

    if _multiprocessing_folder is not None:
        shutil.rmtree(_multiprocessing_folder, ignore_errors=True)
