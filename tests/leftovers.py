"""The processes a command started in a copy of the repository, found after it was killed: none may be left."""
from __future__ import annotations

import os
import subprocess
import sys
import threading
from contextlib import contextmanager
from pathlib import Path


@contextmanager
def killed_when_done(arguments: list[str], root: Path, temporary: Path):
    """`python -m factcheck ARGUMENTS` started in root (importing root's package, with `temporary` for its temporary
    folder, its stderr to read), killed outright (SIGKILL, as `kill -9`) when the block ends, and reaped."""
    # kernels and render processes started anew: a fork of a zygote (tests/conftest.py) shows the zygote's
    # environment, not its own, and processes_of would not see it
    env = {**os.environ, "PYTHONPATH": str(root), "TMPDIR": str(temporary), "FACTCHECK_ZYGOTES": ""}
    process = subprocess.Popen([sys.executable, "-m", "factcheck", *arguments], cwd=root, env=env,
                               stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    try:
        yield process
    finally:
        process.kill()
        process.wait(timeout=30)


def processes_of(root: Path) -> list[str]:
    """'pid: command line' of every process (but this one) started for root: its PYTHONPATH names root, as the
    tests set it for a command run in a copy and as that command's workers, kernels and forkserver inherit it."""
    import psutil

    found = []
    for process in psutil.process_iter(["pid", "cmdline", "environ"]):
        environment = process.info.get("environ") or {}
        if str(root) in environment.get("PYTHONPATH", "") and process.pid != os.getpid():
            found.append(f"{process.pid}: {' '.join(process.info.get('cmdline') or [])}")
    return found


def left_running(root: Path, seconds: float = 10) -> list[str]:
    """processes_of(root) once none is left, or after `seconds` (a worker's signal and a kernel's check of its
    parent take a moment): what is still running then."""
    for _ in range(int(seconds * 10)):
        if not processes_of(root):
            return []
        threading.Event().wait(0.1)
    return processes_of(root)


def short_temporary_folder() -> Path:
    """A new folder for a command's temporary files (its TMPDIR), short enough that the sockets the command makes
    stay in it (factcheck/pipeline/socket_folder.py): under tmp_path, deep in pytest's folders, they would go to /tmp,
    and a test looking there for what the command left would look in the wrong place. The caller removes it."""
    import tempfile

    from factcheck.pipeline.socket_folder import fits, socket_parent

    prefix = "factcheck-test-"
    folder = Path(tempfile.mkdtemp(prefix=prefix, dir=socket_parent(reserve=len(f"/{prefix}xxxxxxxx"))))
    assert fits(str(folder)), folder
    return folder


def kernel_files_left(temporary: Path, within: float = 0) -> list[str]:
    """The kernel files in a command's temporary folder: socket folders (factcheck-kernel-*) and connection files
    (jupyter_client's tmp*.json, naming the kernel's transport and ports); within: seconds to wait for none to be
    left (a kernel ends a moment after its worker)."""
    import json
    import time

    def is_connection_file(path: Path) -> bool:
        try:
            return {"transport", "shell_port"} <= set(json.loads(path.read_text(encoding="utf-8")))
        except (OSError, ValueError, TypeError):
            return False

    deadline = time.monotonic() + within
    while True:
        left = sorted(path.name for path in temporary.iterdir() if path.name.startswith("factcheck-kernel-")
                      or (path.suffix == ".json" and is_connection_file(path)))
        if not left or time.monotonic() >= deadline:
            return left
        time.sleep(0.1)
