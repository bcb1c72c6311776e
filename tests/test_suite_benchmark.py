"""benchmarks/suite.py: the suite's processor time put down to its tests, subprocesses included."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "benchmarks"))
from suite import BETWEEN_TESTS, Process, TimedTest, attribute, pytest_command, read_clock  # noqa: E402


def test_each_process_is_put_down_to_the_test_running_when_it_started_in_the_test_process_it_descends_from():
    runs = [TimedTest(100, 0.0, 5.0, 1.0, "tests/test_a.py::test_one"),
            TimedTest(100, 5.2, 10.0, 2.0, "tests/test_b.py::test_two"),
            TimedTest(400, 7.0, 8.0, 0.25, "book/page.ipynb::Cell 0")]   # a pytest a test started: a clock of its own
    processes = [Process(50, 1, "python -m pytest -n 2", 0.5, -2.0),        # the controller: no test runs in it
                 Process(100, 50, "python -c import sys;exec(eval(...))", 9.0, -1.0),   # the test process
                 Process(200, 100, "python -m factcheck build --force", 3.0, 4.9),   # in test_one's last moment
                 Process(300, 200, "python factcheck/pipeline/kernel_launcher.py -f k.json", 4.0, 6.0),
                 Process(200, 1, "a daemon given the build's pid once the build ended", 0.5, 6.5),
                 Process(310, 200, "python -m factcheck.pipeline.render", 1.5, 6.2),    # its parent: the build
                 Process(400, 100, "python -m pytest --nbval book/page.ipynb", 5.0, 7.0),
                 Process(500, 400, "/usr/lib/chromium/chromium --type=renderer", 1.0, 7.5),
                 Process(600, 100, "python -m factcheck check", 0.75, 10.5),             # after the last test
                 Process(650, 100, "python -c pass", 0.25, 5.1),                           # between two tests
                 Process(700, 1, "[kdamond.0]", 2.0, -5.0)]
    by_test, by_kind, left = attribute(processes, runs)
    # each process goes to the test running when it started (a zygote's kernels, to the tests they run pages for)
    assert by_test == {"tests/test_a.py::test_one": 1.0 + 3.0,
                       "tests/test_b.py::test_two": 2.0 + 4.0 + 1.5 + 5.0 + 1.0,   # the nested pytest's clock: no test
                       BETWEEN_TESTS: 0.75 + 0.25}
    assert left == 0.5 + 0.5 + 2.0
    assert by_kind == {"python -m factcheck build": 3.0, "kernels started anew": 4.0,
                       "render processes started anew": 1.5, "pytest run by a test": 5.0,
                       "Chromium and Playwright's driver": 1.0, "python -m factcheck check": 0.75, "python -c": 0.25}


def test_the_benchmark_runs_the_makefiles_pytest_command():
    command = pytest_command()
    assert command[0] == sys.executable and command[1:3] == ["-m", "pytest"]
    assert " ".join(command).endswith("-n 2 --dist loadgroup --no-loadscope-reorder --max-worker-restart=0")


def test_the_recorder_writes_one_line_per_test_when_the_variable_names_a_folder(tmp_path):
    # its own --basetemp: else its pytest makes a numbered folder beside the suite's and deletes the oldest unlocked
    # ones, an earlier run's (2 GB took 35 s and more to delete on a machine that had run the suite before)
    result = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-p", "no:xdist",
                             "--basetemp", str(tmp_path / "basetemp"), "tests/test_scheduling.py"],
                            cwd=REPO, capture_output=True, text=True, timeout=300,
                            env={**os.environ, "FACTCHECK_SUITE_CLOCK": str(tmp_path),
                                 "FACTCHECK_ZYGOTES": "off"})   # (its tests start no kernel: no zygote to start)
    assert result.returncode == 0, result.stdout[-2000:]
    assert (tmp_path / "basetemp").is_dir()   # its pytest's folders went there (without --basetemp, none does)
    runs = read_clock(tmp_path)
    passed = int(result.stdout.rsplit(" passed", 1)[0].rsplit(None, 1)[-1])
    assert len(runs) == passed and len({run.pid for run in runs}) == 1
    assert all(run.test.startswith("tests/test_scheduling.py::") and run.start <= run.end and run.own >= 0
               for run in runs)
    assert sum(run.own for run in runs) > 0 and sorted(runs, key=lambda run: run.start)[-1].end > runs[0].start
