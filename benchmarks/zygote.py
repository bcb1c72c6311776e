"""Benchmark a process forked by a zygote against one started anew (a script, not a test):
python benchmarks/zygote.py [--processes 6]

For each flavour (factcheck/pipeline/zygote.py: a build's warm kernel, papermill's and nbval's kernel, a build's
render process) this starts a zygote, then that many processes of each way, taking turns (so that a change in the
machine's load falls on both alike): each is started, made ready as its users make it (a build's kernel warmed up
with the templates' imports, without starting vl-convert; papermill's having imported pandas, as every page does
first; a render process having set Sphinx up for this repository's book, with no state kept from a build before),
and its own processor time read from /proc before it is ended. It prints, per flavour and way, the median and the
range of the process's processor seconds and of the wall seconds from asking for it to its being ready, and what
its zygote cost to start. State the machine's load when you quote the figures: it is printed first and last.
"""
from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT))
from build import load  # noqa: E402  (benchmarks/build.py)
from zygotes import started_zygote, zygote_environment  # noqa: E402

from factcheck.pipeline.kernel import WarmKernel, template_imports  # noqa: E402
from factcheck.pipeline.kernel_sockets import SocketFolderKernelManager  # noqa: E402
from factcheck.pipeline.site import Renderer  # noqa: E402
from factcheck.pipeline.zygote import FLAVOURS, VARIABLE  # noqa: E402


def processor_seconds(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def one_process(kind: str) -> tuple[float, float]:
    """(the process's processor seconds once ready, wall seconds to ready)."""
    started = time.perf_counter()
    if kind == "render":
        with tempfile.TemporaryDirectory(prefix="factcheck-zygote-bench-render-") as work:
            renderer = Renderer(ROOT, Path(work))
            if not renderer.wait_until_ready(120):
                sys.exit("the render process did not get ready in 120 s")
            ready, pid = time.perf_counter(), renderer.process.pid
            used = processor_seconds(pid)
            renderer.cancel()
        return used, ready - started
    if kind == "kernel_launcher":
        kernel = WarmKernel(template_imports(sorted((ROOT / "notebooks").rglob("*.ipynb"))), draw_ahead=False)
        kernel.ensure_started()
        ready, pid = time.perf_counter(), kernel.km.provisioner.pid
        used = processor_seconds(pid)
        kernel.shutdown()
        return used, ready - started
    km = SocketFolderKernelManager(kernel_name="python3")
    km.start_kernel()
    client = km.client()
    client.start_channels()
    client.wait_for_ready(timeout=60)
    client.execute_interactive("import pandas", timeout=60)   # as every page does first
    ready, pid = time.perf_counter(), km.provisioner.pid
    used = processor_seconds(pid)
    client.stop_channels()
    km.shutdown_kernel(now=False)
    return used, ready - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--processes", type=int, default=6, help="processes of each way, per flavour")
    processes = parser.parse_args().processes
    print(f"load at start: {load()}")
    os.environ["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")]))
    # the hash seed a build's worker gives its kernels (execute.prepare_worker): a zygote forks only with a fixed one
    os.environ["PYTHONHASHSEED"] = "0"
    for kind in FLAVOURS:
        with tempfile.TemporaryDirectory(prefix="factcheck-zygote-bench-") as folder:
            begun = time.perf_counter()
            with started_zygote(Path(folder), kind, zygote_environment(kind)) as (zygote, _):
                zygote_seconds, zygote_wall = processor_seconds(zygote.pid), time.perf_counter() - begun
                figures: dict[str, list[tuple[float, float]]] = {"forked": [], "started anew": []}
                for _ in range(processes):
                    for way, address in (("forked", folder), ("started anew", "")):
                        os.environ[VARIABLE] = address
                        figures[way].append(one_process(kind))
        print(f"\n{kind} (zygote: {zygote_seconds:.2f} processor s, ready in {zygote_wall:.2f} s)")
        for way, pairs in figures.items():
            cpu, wall = [p[0] for p in pairs], [p[1] for p in pairs]
            print(f"  {way:13} processor s: median {statistics.median(cpu):.2f} "
                  f"({min(cpu):.2f}-{max(cpu):.2f}); ready in: median {statistics.median(wall):.2f} s "
                  f"({min(wall):.2f}-{max(wall):.2f})")
    print(f"\nload at end: {load()}")


if __name__ == "__main__":
    main()
