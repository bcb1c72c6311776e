"""Benchmark a fresh kernel's end (a script, not a test): python benchmarks/kernels.py [--kernels 12]

A page run outside a build's workers (papermill, a participant's chapter, the workshop's self-test) gets a fresh
kernel from factcheck.pipeline.kernel_sockets and, once its last cell is done, asks it to shut down and waits for it
to end. For each way of starting the kernel this starts that many kernels one after another, runs one cell on each,
asks it to shut down and prints: how many ended by themselves (exit code 0) and how many only when jupyter_client
sent them a signal, and the seconds from the request to the end (median and longest).

The ways: the project's own (the history in memory, the wait of kernel_sockets.SHUTDOWN_WAIT), and the two it
replaced, the history turned off with jupyter_client's own wait (5 s) or with the project's.
State the machine's load when you quote the figures: it is printed first and last.
"""
from __future__ import annotations

import argparse
import asyncio
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from build import load  # noqa: E402  (benchmarks/build.py)

from factcheck.pipeline import kernel_sockets  # noqa: E402

HISTORY_OFF = "--HistoryManager.enabled=False"
WAYS = {"history in memory, wait %.1f s (the project's)" % kernel_sockets.SHUTDOWN_WAIT:
        (kernel_sockets.IN_MEMORY, kernel_sockets.SHUTDOWN_WAIT),
        "history off, wait 5.0 s (before)": (HISTORY_OFF, 5.0),
        "history off, wait %.1f s" % kernel_sockets.SHUTDOWN_WAIT: (HISTORY_OFF, kernel_sockets.SHUTDOWN_WAIT)}


async def one_kernel(history: str, wait: float) -> tuple[int, float]:
    """(the kernel's exit code, seconds from the request to shut down to its end)."""
    class Manager(kernel_sockets.SocketFolderAsyncKernelManager):
        pass

    Manager.history = history
    manager = Manager(kernel_name="python3", shutdown_wait_time=wait)
    await manager.start_kernel()
    client = manager.client()
    client.start_channels()
    await client.wait_for_ready(timeout=60)
    await client.execute_interactive("print(1)", timeout=60, output_hook=lambda message: None)
    client.stop_channels()
    process = manager.provisioner.process
    started = time.perf_counter()
    await manager.shutdown_kernel(now=False)
    return process.returncode, time.perf_counter() - started


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kernels", type=int, default=12, help="kernels for each way (default: %(default)s)")
    args = parser.parse_args()
    print(f"load at start: {load()}")
    print(f"{'way':46} {'ended by themselves':>20} {'by a signal':>12} {'median s':>9} {'longest s':>10}")
    for name, (history, wait) in WAYS.items():
        ended = [asyncio.run(one_kernel(history, wait)) for _ in range(args.kernels)]
        seconds = [s for _, s in ended]
        by_themselves = sum(code == 0 for code, _ in ended)
        print(f"{name:46} {by_themselves:>20} {len(ended) - by_themselves:>12} "
              f"{statistics.median(seconds):>9.2f} {max(seconds):>10.2f}")
    print(f"load at end: {load()}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
