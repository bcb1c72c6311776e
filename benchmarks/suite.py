"""Benchmark the test suite: where its processor time goes (a script, not a test): python benchmarks/suite.py

Issue 24's target is the suite in under 5 minutes on CI's two cores. The suite keeps both cores busy (pytest-xdist,
two test processes), so its wall time is about the processor time of everything it runs, over two: this says
which tests that time goes to, their subprocesses' included (builds, kernels, render processes, Chromium).

It runs `make test`'s pytest command in this checkout (already installed: `make install browser`) with two
recorders:
  - tests/suite_clock.py, loaded by tests/conftest.py in each test process when FACTCHECK_SUITE_CLOCK is set:
    each test's start and end, and the processor time of the test process itself in it;
  - a sampler in this script, reading every process's processor time from /proc four times a second.
A process is put down to the test that was running when it started, in the test process it descends from; a
process whose parent had ended before it was first seen (a daemon, a kernel whose launcher exited) is left
unattributed, as is the machine's own work (kernel threads, this sampler) and the test processes' own time
outside any test (starting, collecting). The machine's busy time from /proc/stat is printed beside it: what the two
cores did, whatever ran. The difference is what the sampler did not see: processes that lived less than a sampling
interval, and what each process did after it was last sampled.

What a test is charged with is what it started: the session's set-up (the zygotes, a built copy of the
repository) goes to the first test that needs it, and a process that outlives the test (a zygote, the browser of a
module's tests) goes, whole, to the test that started it.

Figures move by a tenth or more between runs on one machine (its other work, its memory manager's threads):
compare tests within one run, and runs only by their attributed totals.
"""
from __future__ import annotations

import argparse
import collections
import os
import re
import shlex
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
TICKS = os.sysconf("SC_CLK_TCK")


@dataclass
class Process:
    pid: int
    parent: int
    command: str
    seconds: float   # processor time since the run began (since it started, or since the run's first look at it)
    started: float   # wall clock


@dataclass
class TimedTest:
    pid: int       # the test process's
    start: float
    end: float
    own: float     # the test process's own processor time in the test
    test: str


def pytest_command() -> list[str]:
    """The Makefile's test command (its pytest line), run with this checkout's interpreter."""
    makefile = (REPO / "Makefile").read_text(encoding="utf-8")
    line = next(line for line in makefile.splitlines() if "-m pytest" in line)
    return [sys.executable, *shlex.split(line.split("/python", 1)[1])]


def sample(seen: dict[str, Process], stop: threading.Event, every: float = 0.25) -> None:
    """Read every process's processor time until stop is set; seen: by pid and start time (pids are reused). The
    time a process had used before the run began (it was running at the first look) is not counted."""
    boot = time.time() - float(Path("/proc/uptime").read_text().split()[0])   # to 10 ms (/proc/stat's btime: 1 s)
    began, baseline = time.time(), {}
    while not stop.is_set():
        for name in os.listdir("/proc"):
            if not name.isdigit():
                continue
            try:
                stat = Path(f"/proc/{name}/stat").read_text()
            except OSError:
                continue
            fields = stat[stat.rfind(")") + 2:].split()
            key = f"{name}-{fields[19]}"
            seconds = (int(fields[11]) + int(fields[12])) / TICKS
            if key in seen:
                seen[key].seconds = seconds - baseline.get(key, 0.0)
                continue
            started = boot + int(fields[19]) / TICKS
            if started < began:
                baseline[key] = seconds
            try:
                command = Path(f"/proc/{name}/cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
            except OSError:
                command = ""
            name_only = f"[{stat[stat.find('(') + 1:stat.rfind(')')]}]"   # a kernel thread has no command line
            seen[key] = Process(int(name), int(fields[1]), command.strip() or name_only,
                                seconds - baseline.get(key, 0.0), started)
        stop.wait(every)


def busy_seconds() -> tuple[float, float]:
    """The machine's busy and idle processor seconds since it started (/proc/stat), idle counting waits on disk."""
    fields = [int(x) for x in Path("/proc/stat").read_text().splitlines()[0].split()[1:]]
    idle = fields[3] + fields[4]
    return (sum(fields[:8]) - idle) / TICKS, idle / TICKS


def read_clock(folder: Path) -> list[TimedTest]:
    runs = []
    for path in folder.glob("clock-*.tsv"):
        for line in path.read_text(encoding="utf-8").splitlines():
            pid, start, end, own, test = line.split("\t", 4)
            runs.append(TimedTest(int(pid), float(start), float(end), float(own), test))
    return runs


BETWEEN_TESTS = "(no test running: a test process's start, collection, end)"


def attribute(processes: list[Process], runs: list[TimedTest]) -> tuple[dict[str, float], dict[str, float], float]:
    """(processor seconds by test: the test process's own in it and its descendants' (BETWEEN_TESTS for those
    started while none ran), processor seconds of the descendants by kind of process, seconds left unattributed)."""
    by_pid = collections.defaultdict(list)
    for process in processes:
        by_pid[process.pid].append(process)
    runs_of = collections.defaultdict(list)
    for run in runs:
        runs_of[run.pid].append(run)

    def known(pid: int, at: float) -> Process | None:
        """The process that had this pid at that time: of those given it, the last started by then."""
        candidates = [p for p in by_pid.get(pid, ()) if p.started <= at]
        return max(candidates, key=lambda p: p.started) if candidates else None

    def test_process(pid: int, at: float) -> int | None:
        """The outermost test process the process pid (alive at `at`) descends from (a pytest that a test starts
        keeps a clock of its own, and is a descendant like any other)."""
        found, hops = None, 0
        while pid > 1 and hops < 64:
            if pid in runs_of:
                found = pid
            process = known(pid, at)
            if process is None:
                break
            pid, hops = process.parent, hops + 1
        return found

    def running(pid: int, at: float) -> str:
        return next((run.test for run in runs_of[pid] if run.start <= at <= run.end), BETWEEN_TESTS)

    outermost = {run.pid for run in runs if test_process(run.pid, run.start) == run.pid}
    by_test = collections.Counter()
    for run in runs:
        if run.pid in outermost:
            by_test[run.test] += run.own
    by_kind, left = collections.Counter(), 0.0
    for process in processes:
        if process.pid in outermost:
            continue
        owner = test_process(process.parent, process.started)
        if owner is None:
            left += process.seconds
            continue
        by_test[running(owner, process.started)] += process.seconds
        by_kind[kind(process.command)] += process.seconds
    return dict(by_test), dict(by_kind), left


def kind(command: str) -> str:
    """A short name for what a process was."""
    if "chrom" in command or "playwright" in command:
        return "Chromium and Playwright's driver"
    if "zygote" in command:
        return "kernels and render processes forked by a zygote, and the zygotes"
    if "-m pytest" in command:
        return "pytest run by a test"
    if "kernel_launcher" in command:
        return "kernels started anew"
    if "pipeline.render" in command:
        return "render processes started anew"
    found = re.search(r"-m factcheck (\S+)", command)
    if found:
        return f"python -m factcheck {found.group(1)}"
    if " -c " in command:
        return "python -c"
    return "other: " + " ".join(Path(part).name for part in command.split()[:2])


def report(by_test: dict[str, float], by_kind: dict[str, float], left: float, top: int, busy: float) -> str:
    """The figures, as printed; busy: the machine's busy processor seconds over the run."""
    between = by_test.pop(BETWEEN_TESTS, 0.0)
    by_file = collections.Counter()
    for test, seconds in by_test.items():
        by_file[test.split("::", 1)[0]] += seconds
    tests = sum(by_test.values())
    unseen = busy - tests - between - left
    lines = [f"processor s: in the tests {tests:.1f}; started while no test ran {between:.1f}; not a test's (the "
             f"machine's own, this sampler, daemons) {left:.1f}; not seen {unseen:.1f} (the machine's busy time less "
             "the rest: processes shorter than a sampling interval, each one's last moments, the test processes "
             "outside tests)", "", "by test file (processor s):"]
    lines += [f"  {seconds:7.1f}  {name}" for name, seconds in by_file.most_common(top)]
    lines += ["", f"the {top} tests that took most (processor s, their subprocesses' included):"]
    lines += [f"  {seconds:7.1f}  {name}" for name, seconds in collections.Counter(by_test).most_common(top)]
    lines += ["", "the tests' subprocesses by kind (processor s):"]
    lines += [f"  {seconds:7.1f}  {name}" for name, seconds in collections.Counter(by_kind).most_common()]
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--top", type=int, default=25, help="files and tests listed (default 25)")
    parser.add_argument("pytest_args", nargs="*", help="more arguments for pytest (after --)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="suite-clock-") as folder:
        seen, stop = {}, threading.Event()
        sampler = threading.Thread(target=sample, args=(seen, stop), daemon=True)
        busy, idle = busy_seconds()
        started = time.time()
        sampler.start()
        result = subprocess.run([*pytest_command(), *args.pytest_args], cwd=REPO,
                                env={**os.environ, "FACTCHECK_SUITE_CLOCK": folder},
                                stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
        wall = time.time() - started
        stop.set()
        sampler.join()
        busy_after, idle_after = busy_seconds()
        runs = read_clock(Path(folder))
    summary = next((line for line in reversed(result.stdout.splitlines()) if " in " in line and "=" in line), "")
    print(f"pytest: {summary.strip('= ')} (exit {result.returncode}); {len(runs)} tests timed")
    for line in result.stdout.splitlines():
        if line.startswith(("FAILED ", "ERROR ")):
            print(f"  {line[:200]}")
    print(f"wall {wall:.1f} s; the machine busy {busy_after - busy:.1f} processor s, idle {idle_after - idle:.1f} "
          f"(on {os.cpu_count()} cores; load after {'/'.join(f'{x:.1f}' for x in os.getloadavg())})")
    print(report(*attribute(list(seen.values()), runs), top=args.top, busy=busy_after - busy))
    return result.returncode


if __name__ == "__main__":
    sys.exit(main())
