"""Zygotes (factcheck/pipeline/zygote.py) run for the tests: the suite's own, one of each flavour per test process
(tests/conftest.py), and the ones tests/pipeline/test_zygote.py starts with environments of its choosing."""
from __future__ import annotations

import os
import subprocess
import sys
from contextlib import ExitStack, contextmanager
from pathlib import Path

from factcheck.pipeline import zygote


def zygote_environment(kind: str, **changes: str) -> dict[str, str]:
    """This process's environment as the processes of `kind` get it, less PYTHONPATH, which each puts in front
    of its module path; with `changes`. A build's worker gives its kernels a hash seed of 0
    (execute.prepare_worker); papermill and nbval give theirs this process's (the run's: tests/conftest.py), as a
    build gives its render process its own, which the suite gives every build."""
    environment = {name: value for name, value in os.environ.items() if name != "PYTHONPATH"}
    seed = {"PYTHONHASHSEED": "0"} if kind == "kernel_launcher" else {}
    return {**environment, **seed, **changes}


@contextmanager
def started_zygote(folder: Path, kind: str, environment: dict[str, str]):
    """A zygote forking processes of `kind` (zygote.FLAVOURS) for this process, listening on folder/kind
    (folder: private, short enough for a socket), its log in folder/kind.log; (its process, its address). Ended
    with the block. It leads a process group of its own, in this session, so that a test can tell a render process
    that joined the group of the process that asked for it, as it must, from one left in its zygote's."""
    address = folder / kind
    with open(folder / f"{kind}.log", "w", encoding="utf-8") as log:
        process = subprocess.Popen([sys.executable, zygote.__file__, str(address), str(os.getpid())],
                                   env=environment, stdout=subprocess.PIPE, stderr=log, text=True, process_group=0)
    try:
        said = process.stdout.readline()
        assert said == "ready\n", (folder / f"{kind}.log").read_text(encoding="utf-8")
        yield process, address
    finally:
        process.terminate()
        process.wait(timeout=30)
        process.stdout.close()


@contextmanager
def zygotes_for_this_process(folder: Path):
    """Every flavour's zygote in folder, one after the other, each with this process's environment."""
    with ExitStack() as stack:
        for kind in zygote.FLAVOURS:
            stack.enter_context(started_zygote(folder, kind, zygote_environment(kind)))
        yield folder
