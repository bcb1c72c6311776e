"""A subprocess's output read with a bound: a process that stays up and says nothing must fail the test that waits
for a line, not hold the suite (a bare `readline()` or `for line in stream` waits for ever)."""
from __future__ import annotations

import queue
import re
import threading
import time


def wait_for_line(stream, pattern: str, timeout: float, seen: list[str] | None = None) -> re.Match | None:
    """The first match of `pattern` in the lines `stream` gives within `timeout` seconds, or None (the process
    ended, or said nothing that matches in time). Every line read is appended to `seen`; a daemon thread keeps
    reading after a match, so the process never blocks on a full pipe."""
    lines: queue.Queue = queue.Queue()
    seen = [] if seen is None else seen

    def read() -> None:
        for line in stream:
            lines.put(line)
        lines.put(None)

    threading.Thread(target=read, daemon=True).start()
    deadline = time.monotonic() + timeout
    while (left := deadline - time.monotonic()) > 0:
        try:
            line = lines.get(timeout=left)
        except queue.Empty:
            return None
        if line is None:
            return None
        seen.append(line)
        if found := re.search(pattern, line):
            return found
    return None
