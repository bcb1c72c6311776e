"""Where a build's time goes, phase by phase, across its processes (for `benchmarks/build.py --timeline`).

When the environment names a file in FACTCHECK_TIMELINE, `mark("label")` appends one
line to it: the wall-clock time, the process id and the label. The build, its worker
processes, their kernels and the render process all inherit the variable, so one file
holds the whole build's timeline; the benchmark reads it back and prints each mark in
seconds after it started the build. Unset (always, outside the benchmark), `mark` costs
one dictionary look-up and writes nothing: the build's output is the same either way.
"""
from __future__ import annotations

import os
import time

VARIABLE = "FACTCHECK_TIMELINE"


def mark(label: str) -> None:
    path = os.environ.get(VARIABLE)
    if not path:
        return
    line = f"{time.time():.4f}\t{os.getpid()}\t{label}\n".encode("utf-8")
    descriptor = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)
    try:
        os.write(descriptor, line)   # one write with O_APPEND: lines of several processes do not interleave
    finally:
        os.close(descriptor)


def read(path, since: float) -> list[tuple[float, int, str]]:
    """The marks in a timeline file: (seconds after `since`, process id, label), in time order."""
    marks = []
    try:
        text = open(path, encoding="utf-8").read()
    except OSError:
        return []
    for line in text.splitlines():
        stamp, _, rest = line.partition("\t")
        pid, _, label = rest.partition("\t")
        try:
            marks.append((float(stamp) - since, int(pid), label))
        except ValueError:
            continue
    return sorted(marks)
