"""tests/streams.py: waiting for a line is bounded, whether the process speaks, ends, or stays silent."""
from __future__ import annotations

import subprocess
import sys
import time

from streams import wait_for_line


def _process(code: str) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True)


def test_the_matching_line_is_found_and_the_lines_before_it_are_kept():
    process = _process("print('starting'); print('ready at http://127.0.0.1:8/', flush=True); import time; time.sleep(30)")
    seen: list[str] = []
    try:
        found = wait_for_line(process.stdout, r"ready at (\S+)", 20, seen)
        assert found and found.group(1) == "http://127.0.0.1:8/"
        assert seen[0] == "starting\n"
    finally:
        process.kill()
        process.wait()


def test_a_silent_process_that_stays_up_gives_none_after_the_bound():
    process = _process("import time; time.sleep(60)")
    try:
        started = time.monotonic()
        assert wait_for_line(process.stdout, "anything", 1) is None
        assert time.monotonic() - started < 10
    finally:
        process.kill()
        process.wait()


def test_a_process_that_ends_without_the_line_gives_none_at_once():
    process = _process("print('something else')")
    seen: list[str] = []
    assert wait_for_line(process.stdout, "ready", 60, seen) is None
    assert seen == ["something else\n"]
    process.wait()
