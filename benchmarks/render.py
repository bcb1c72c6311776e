"""Benchmark rendering alone (a script, not a test): python benchmarks/render.py [--sizes 5,50,200] [--repeat 3]

For each size, a synthetic corpus of N articles (benchmarks/corpus.py; 5 is the report itself) is built clean
(`build --force`, its time the yardstick), then one article page changes (a markdown cell appended to the
executed page, as an edit's execution would rewrite it) and the site is rendered on its own, two ways:

  cold   what a plain build pays when nothing hides it: the render process started, Sphinx imported and set up,
         the page read and written, the site assembled and swapped in;
  ready  what `serve` pays: the render process was started ahead and has set Sphinx up (environment loaded,
         templates compiled) before the page changes; timed from the change being rendered to the new site in
         place.

Each line prints the seconds, their ratio to the clean build, the render's own phases (from the ready render) and
the machine's load: quote the load with the figures.
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT / "benchmarks"))
sys.path.insert(0, str(ROOT))
from buildcopies import clean_copy, run_build  # noqa: E402
from build import load, succeeded  # noqa: E402  (benchmarks/build.py)
from corpus import make_corpus  # noqa: E402

from factcheck.pipeline.site import Renderer, build_site  # noqa: E402

CHANGED_PAGE = Path("book") / "documents" / "oig17.ipynb"
READY_TIMEOUT = 300


def change_one_page(root: Path, n: int) -> None:
    page = root / CHANGED_PAGE
    notebook = json.loads(page.read_text(encoding="utf-8"))
    notebook["cells"].append({"cell_type": "markdown", "id": f"benchmark-render-{n}", "metadata": {},
                              "source": [f"Rendered alone by the benchmark ({n})."]})
    page.write_text(json.dumps(notebook, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")


def render_once(root: Path, ready: bool) -> tuple[float, str]:
    """Seconds to render the changed site (the render process started ahead and set up, if ready), and its phases."""
    html, work = root / "_build" / "html", root / "_build"
    lines: list[str] = []
    renderer = None
    if ready:
        renderer = Renderer(root, work)
        if not renderer.wait_until_ready(READY_TIMEOUT):
            raise SystemExit("the render process did not get ready")
    started = time.perf_counter()
    outcome = build_site(root, html, work, renderer=renderer, echo=lines.append)
    seconds = time.perf_counter() - started
    if not outcome.ok or outcome.skipped:
        raise SystemExit(f"render failed: {outcome}")
    phases = next((line.strip() for line in lines if line.strip().startswith("render ")), "")
    return seconds, phases


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="5,50,200", help="corpus sizes, comma-separated (default: %(default)s)")
    parser.add_argument("--repeat", type=int, default=3, help="renders of each kind per size (default: %(default)s)")
    args = parser.parse_args()
    os.environ["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")]))
    print(f"load at start: {load()}", flush=True)
    scratch = Path(tempfile.mkdtemp(prefix="render-bench-"))
    try:
        for size in [int(n) for n in args.sizes.split(",") if n.strip()]:
            root = clean_copy(scratch / f"{size}") if size == 5 else make_corpus(size, scratch / f"{size}")
            started = time.perf_counter()
            succeeded(run_build(root, "--force", timeout=3600))
            clean = time.perf_counter() - started
            pages = len(list((root / "book").rglob("*.ipynb")))
            times = {"cold": [], "ready": []}
            phases = ""
            for n in range(args.repeat):
                for kind in ("cold", "ready"):
                    change_one_page(root, 2 * n + (kind == "ready"))
                    seconds, said = render_once(root, kind == "ready")
                    times[kind].append(seconds)
                    phases = said if kind == "ready" else phases
            cold, ready = statistics.median(times["cold"]), statistics.median(times["ready"])
            print(f"{size:>4} articles, {pages} executed pages: clean build {clean:.1f} s; one page changed, render "
                  f"cold {cold:.2f} s ({cold / clean:.3f} of clean), ready {ready:.2f} s ({ready / clean:.3f}); "
                  f"medians of {args.repeat}; load {load()}", flush=True)
            print(f"      last ready render: {phases}", flush=True)
            shutil.rmtree(root, ignore_errors=True)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    print(f"load at end: {load()}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
