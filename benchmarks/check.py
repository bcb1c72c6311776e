"""Benchmark `python -m factcheck check` (a script, not a test): python benchmarks/check.py [--runs 7] [--baseline main]

In a scratch copy of the repository (its own package, its own _build/), in one run,
each figure the median of --runs runs (wall clock, and CPU time, which the machine's
other work disturbs less), beside the load:

  python startup        `python -c pass`: what no command can go below
  unchanged             `check` when no file it read changed (the summary it printed last)
  one-claim edit        `check` right after the population of oig17-03 changed (the edit the
                        desk and the workshops make; each run is a new edit, validated in full,
                        reusing the answers kept for the files that did not change: files/memo.py)
  edit, nothing kept    the same with _build/memo/ deleted first (the first check after the
                        package or a pinned library changed)
  --full                `check --full`: trusts nothing kept, every table read by frictionless
  edit, no bytecode     the one-claim edit again with no compiled bytecode for the package, as under
                        PYTHONDONTWRITEBYTECODE=1 (set in some environments, this one's included):
                        Python then compiles every module it imports, on every run

The copy's package is compiled first (`compileall`), as Python itself does on a first run
where it may write bytecode.

The issue's target: `check` <= 0.3 s for the five articles on an idle machine, after a
one-claim edit too. State the machine's load when you quote the figures; on a loaded
machine, `--baseline main` gives the edit's ratio to main's in the same run.
"""
from __future__ import annotations

import argparse
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))
from buildcopies import clean_copy, edit_claim  # noqa: E402

EDITED_CLAIM = ("oig17-03", "population")


def load() -> str:
    return "/".join(f"{x:.1f}" for x in os.getloadavg()) + f" on {os.cpu_count()} cores"


def run(root: Path, *argv: str) -> tuple[float, float]:
    """(wall seconds, CPU seconds) of one `python ARGV` in root, importing root's own package."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    result = subprocess.run([sys.executable, *argv], cwd=root, capture_output=True, text=True,
                            env={**os.environ, "PYTHONPATH": str(root), "PYTHONDONTWRITEBYTECODE": "1"})
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if result.returncode != 0:
        raise SystemExit(f"python {' '.join(argv)} failed in {root}:\n{result.stdout[-2000:]}{result.stderr[-2000:]}")
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def measure(runs: int, step) -> tuple[float, float]:
    """Median wall and CPU seconds of `runs` calls of step() (each returns (wall, cpu))."""
    figures = [step(i) for i in range(runs)]
    return statistics.median(w for w, _ in figures), statistics.median(c for _, c in figures)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=7, help="runs per figure (the median is printed)")
    parser.add_argument("--baseline", metavar="REV",
                        help="also time the one-claim edit on this git revision (e.g. main), in the same run: "
                             "the ratio holds where the absolute figures depend on the load")
    args = parser.parse_args()
    print(f"load before: {load()}", flush=True)
    scratch = Path(tempfile.mkdtemp(prefix="check-bench-"))
    try:
        root = clean_copy(scratch / "repo")
        subprocess.run([sys.executable, "-m", "compileall", "-q", str(root / "factcheck")], check=True)
        check = ("-m", "factcheck", "check")
        run(root, *check, "--full")   # compiles the copy's bytecode; fills _build/memo

        def edited(i: int):
            edit_claim(root, *EDITED_CLAIM, f"edited by the benchmark, run {i}")
            return run(root, *check)

        def cold(i: int):
            shutil.rmtree(root / "_build" / "memo", ignore_errors=True)
            return edited(i + 100)

        edit = f"check after a one-claim edit ({EDITED_CLAIM[0]} {EDITED_CLAIM[1]})"
        figures = {
            "python startup (python -c pass)": measure(args.runs, lambda i: run(root, "-c", "pass")),
            "check, nothing changed": measure(args.runs, lambda i: run(root, *check)),
            edit: measure(args.runs, edited),
            "  the same, nothing kept (_build/memo/ deleted)": measure(args.runs, cold),
            "check --full (trusts nothing kept; frictionless)": measure(args.runs, lambda i: run(root, *check, "--full")),
        }
        if args.baseline:
            base = scratch / "baseline"
            base.mkdir()
            archive = subprocess.run(["git", "-C", str(ROOT), "archive", args.baseline], capture_output=True, check=True)
            subprocess.run(["tar", "-x", "-C", str(base)], input=archive.stdout, check=True)
            subprocess.run([sys.executable, "-m", "compileall", "-q", str(base / "factcheck")], check=True)
            run(base, *check, "--full")

            def edited_base(i: int):
                edit_claim(base, *EDITED_CLAIM, f"edited by the benchmark, run {i}")
                return run(base, *check)

            figures[f"{edit}, at {args.baseline}"] = measure(args.runs, edited_base)
        for compiled in (root / "factcheck").rglob("__pycache__"):
            shutil.rmtree(compiled)
        figures["  the edit with no bytecode for the package"] = measure(args.runs, lambda i: edited(i + 200))
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    width = max(map(len, figures))
    print(f"\n{'':<{width}}  {'wall s':>7}  {'CPU s':>6}  (median of {args.runs})")
    for name, (wall, cpu) in figures.items():
        print(f"{name:<{width}}  {wall:>7.3f}  {cpu:>6.3f}")
    full = figures["check --full (trusts nothing kept; frictionless)"]
    print(f"\none-claim edit / check --full: {figures[edit][0] / full[0]:.2f} wall, {figures[edit][1] / full[1]:.2f} CPU "
          "(target: the edit <= 0.3 s on an idle machine)")
    if args.baseline:
        base = figures[f"{edit}, at {args.baseline}"]
        print(f"one-claim edit / the same at {args.baseline}: {figures[edit][0] / base[0]:.2f} wall, "
              f"{figures[edit][1] / base[1]:.2f} CPU")
    print(f"load after: {load()}")


if __name__ == "__main__":
    main()
