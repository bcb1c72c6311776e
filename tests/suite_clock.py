"""benchmarks/suite.py's recorder, loaded by tests/conftest.py when FACTCHECK_SUITE_CLOCK names a folder: each test
process writes one line per test to FOLDER/clock-PID.tsv (its pid, the test's start and end on the wall clock,
the processor time this process spent in it, the test's id). Not loaded otherwise."""
from __future__ import annotations

import os
import resource
import time

import pytest

_lines = None


def _own_seconds() -> float:
    used = resource.getrusage(resource.RUSAGE_SELF)
    return used.ru_utime + used.ru_stime


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_protocol(item, nextitem):
    global _lines
    if _lines is None:
        folder = os.environ["FACTCHECK_SUITE_CLOCK"]
        _lines = open(os.path.join(folder, f"clock-{os.getpid()}.tsv"), "a", encoding="utf-8", buffering=1)
    start, own = time.time(), _own_seconds()
    yield
    _lines.write(f"{os.getpid()}\t{start:.3f}\t{time.time():.3f}\t{_own_seconds() - own:.3f}\t{item.nodeid}\n")
