"""Benchmark a fresh kernel's end (a script, not a test): python benchmarks/kernels.py [--kernels 12]

A page run outside a build's workers (papermill, a participant's chapter, the workshop's self-test) gets a fresh
kernel from factcheck.pipeline.kernel_sockets and, once its last cell is done, asks it to shut down and waits for it
to end. For each way of starting the kernel this starts that many kernels one after another, runs one cell on each,
asks it to shut down (tests/kernel_ends.py) and prints how many ended by themselves (exit code 0) and how many only
when jupyter_client sent them a signal, and the seconds from the request to the end (median and longest).

The ways: the project's own (the history in memory, the wait of kernel_sockets.SHUTDOWN_WAIT); the one it replaced
(the history turned off, jupyter_client's own wait of 5 s); and the history turned off with the project's wait.
The ways take turns, one kernel each, so that a change in the machine's load falls on all of them alike.
State the machine's load when you quote the figures: it is printed first and last.
"""
from __future__ import annotations

import argparse
import asyncio
import statistics
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT))
from build import load  # noqa: E402  (benchmarks/build.py)
from kernel_ends import ask_to_shut_down  # noqa: E402

from factcheck.pipeline import kernel_sockets  # noqa: E402

HISTORY_OFF = "--HistoryManager.enabled=False"
WAYS = {f"history in memory, wait {kernel_sockets.SHUTDOWN_WAIT:.1f} s (the project's)":
        (kernel_sockets.HISTORY_IN_MEMORY, kernel_sockets.SHUTDOWN_WAIT),
        "history off, wait 5.0 s (before)": (HISTORY_OFF, 5.0),
        f"history off, wait {kernel_sockets.SHUTDOWN_WAIT:.1f} s": (HISTORY_OFF, kernel_sockets.SHUTDOWN_WAIT)}


def one_kernel(history_argument: str, wait: float) -> tuple[int, float]:
    class Manager(kernel_sockets.SocketFolderAsyncKernelManager):
        pass

    Manager.history_argument = history_argument
    return asyncio.run(ask_to_shut_down(Manager(kernel_name="python3", shutdown_wait_time=wait)))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kernels", type=int, default=12, help="kernels for each way (default: %(default)s)")
    args = parser.parse_args()
    print(f"load at start: {load()}")
    print(f"{'way':46} {'ended by themselves':>20} {'by a signal':>12} {'otherwise':>10} {'median s':>9} "
          f"{'longest s':>10}")
    ended = {name: [] for name in WAYS}
    for _ in range(args.kernels):
        for name, (history_argument, wait) in WAYS.items():
            ended[name].append(one_kernel(history_argument, wait))
    for name, ends in ended.items():
        codes, seconds = [code for code, _ in ends], [s for _, s in ends]
        print(f"{name:46} {codes.count(0):>20} {sum(code < 0 for code in codes):>12} "
              f"{sum(code > 0 for code in codes):>10} {statistics.median(seconds):>9.2f} {max(seconds):>10.2f}")
    print(f"load at end: {load()}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
