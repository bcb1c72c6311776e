"""A kernel zygote (factcheck/pipeline/kernel_zygote.py) run for the tests: the suite's own, one per test process
(tests/conftest.py), and the ones tests/pipeline/test_kernel_zygote.py starts with environments of its choosing."""
from __future__ import annotations

import os
import subprocess
import sys
from contextlib import contextmanager
from pathlib import Path

from factcheck.pipeline import kernel_zygote


def zygote_environment(**changes: str) -> dict[str, str]:
    """This process's environment as a build's worker gives it to its kernels (execute.prepare_worker: hash seed 0),
    less PYTHONPATH, which each kernel puts in front of its module path; with `changes`."""
    environment = {name: value for name, value in os.environ.items() if name != "PYTHONPATH"}
    return {**environment, "PYTHONHASHSEED": "0", **changes}


@contextmanager
def started_zygote(folder: Path, environment: dict[str, str]):
    """A zygote listening on folder/zygote (folder: private and short enough for a socket), its log in
    folder/zygote.log; (its process, its address). Ended with the block."""
    address = folder / "zygote"
    with open(folder / "zygote.log", "w", encoding="utf-8") as log:
        zygote = subprocess.Popen([sys.executable, kernel_zygote.__file__, str(address)], env=environment,
                                  stdout=subprocess.PIPE, stderr=log, text=True)
    try:
        said = zygote.stdout.readline()
        assert said == "ready\n", (folder / "zygote.log").read_text(encoding="utf-8")
        yield zygote, address
    finally:
        zygote.terminate()
        zygote.wait(timeout=30)
        zygote.stdout.close()
