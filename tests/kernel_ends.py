"""A fresh kernel of the project's asked to shut down, as nbclient (papermill) asks it once a page's last cell is done:
for tests/pipeline/test_kernel_sockets.py and benchmarks/kernels.py."""
from __future__ import annotations

import time


async def ask_to_shut_down(manager, code: str = "print(1)") -> tuple[int, float]:
    """Start manager's kernel, run code on it, ask it to shut down; (its exit code: 0 if it ended by itself, minus the
    signal's number if jupyter_client ended it; seconds from the request to its end)."""
    await manager.start_kernel()
    client = manager.client()
    client.start_channels()
    try:
        await client.wait_for_ready(timeout=60)
        await client.execute_interactive(code, timeout=60, output_hook=lambda message: None)
    finally:
        client.stop_channels()
    process = manager.provisioner.process
    asked = time.perf_counter()
    await manager.shutdown_kernel(now=False)
    return process.returncode, time.perf_counter() - asked
