"""Kill builds at random moments and count what they leave (a script, not a test):
python benchmarks/kill_race.py [--trials 12] [--seed 1] [--latest 6.0]

A build killed outright (kill -9, a test's timeout, a closed terminal) must take its workers, their kernels and the
kernels' socket folders with it. tests/pipeline/test_pipeline.py kills one build at one moment (after its first page);
the moments in between (a worker whose kernel is still starting, a folder made for a kernel not yet launched) are
races a single test rarely hits. This kills --trials cold builds of a scratch copy of the repository, each at a
moment drawn uniformly from 0.5 s to --latest s after its start, and prints, per trial and in total, the processes
still running 10 s later and the factcheck-kernel-* folders left in the build's own temporary folder.
"""
from __future__ import annotations

import argparse
import os
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import psutil

REPOSITORY = Path(__file__).resolve().parent.parent


def processes_of(root: Path) -> list[int]:
    """Processes whose PYTHONPATH names the copy: the build's workers and kernels inherit it."""
    found = []
    for process in psutil.process_iter(["environ"]):
        environment = process.info.get("environ") or {}
        if str(root) in environment.get("PYTHONPATH", ""):
            found.append(process.pid)
    return found


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--trials", type=int, default=12)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--latest", type=float, default=6.0, help="latest moment of a kill, in seconds")
    options = parser.parse_args()
    moments = random.Random(options.seed)
    work = Path(tempfile.mkdtemp(prefix="factcheck-kill-race-"))
    root = work / "repo"
    shutil.copytree(REPOSITORY, root, symlinks=True,
                    ignore=shutil.ignore_patterns(".venv", ".git", "_build", "corpus", "__pycache__"))
    leaks = 0
    try:
        for trial in range(options.trials):
            temporary = work / f"tmp{trial}"
            temporary.mkdir()
            env = {**os.environ, "PYTHONPATH": str(root), "TMPDIR": str(temporary), "FACTCHECK_WARM": "0"}
            build = subprocess.Popen([sys.executable, "-m", "factcheck", "build", "--force", "--no-site"], cwd=root,
                                     env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            moment = moments.uniform(0.5, options.latest)
            time.sleep(moment)
            build.send_signal(signal.SIGKILL)
            build.wait()
            for _ in range(100):
                if not processes_of(root):
                    break
                time.sleep(0.1)
            running, folders = processes_of(root), list(temporary.glob("factcheck-kernel-*"))
            leaks += bool(running or folders)
            print(f"trial {trial + 1}: killed at {moment:.2f} s; processes left {len(running)}; "
                  f"socket folders left {len(folders)}", flush=True)
    finally:
        for pid in processes_of(root):
            try:
                os.kill(pid, signal.SIGKILL)
            except OSError:
                pass
        shutil.rmtree(work, ignore_errors=True)
    print(f"builds that left something behind: {leaks} of {options.trials}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
