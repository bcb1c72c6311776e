"""`python -m factcheck serve` driven from outside, for the serve tests and benchmarks/serve.py.

`Server` runs the command in a subprocess and reads its terminal line by line; `edit_and_wait_for_reload` edits one
claim while a browser shows a page and returns how long the page took to reload itself with the edit in it."""
from __future__ import annotations

import os
import re
import subprocess
import sys
import threading
import time
from pathlib import Path

from buildcopies import edit_claim

WAIT_SECONDS = 300  # bounds, not timings: a busy machine may take long, a broken one never answers


class Server:
    """The serve command in a subprocess, its terminal read line by line."""

    def __init__(self, root: Path):
        # kernels and render processes started anew, which processes_of sees when the test asks what serve left
        # (tests/leftovers.py)
        env = {**os.environ, "PYTHONPATH": str(root), "FACTCHECK_ZYGOTES": ""}
        self.process = subprocess.Popen([sys.executable, "-m", "factcheck", "serve", "--port", "0"], cwd=root,
                                        env=env, stderr=subprocess.PIPE, stdout=subprocess.DEVNULL, text=True)
        self.lines: list[str] = []
        self.stamps: list[float] = []  # time.perf_counter() when each line was read
        self.changed = threading.Condition()
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        for line in self.process.stderr:
            with self.changed:
                self.stamps.append(time.perf_counter())
                self.lines.append(line)
                self.changed.notify_all()

    def wait_for(self, pattern: str, after: int = 0, timeout: float = WAIT_SECONDS) -> re.Match:
        with self.changed:
            found = self.changed.wait_for(
                lambda: next((m for line in self.lines[after:] if (m := re.search(pattern, line))), None)
                or self.process.poll() is not None, timeout=timeout)
        match = next((m for line in self.lines[after:] if (m := re.search(pattern, line))), None)
        assert found and match, f"no line matching {pattern!r}:\n{''.join(self.lines)}"
        return match

    def url(self) -> str:
        return self.wait_for(r"serving .* at (http://127\.0\.0\.1:\d+/)").group(1)

    def stop(self) -> None:
        self.process.terminate()
        try:
            self.process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()


def edit_and_wait_for_reload(page, server: Server, root: Path, claim_id: str, column: str, value: str,
                             timeout: float = WAIT_SECONDS, timeline: list | None = None) -> tuple[float, str]:
    """Seconds from saving one cell of data/claims.csv to `page` (a Playwright page open on the served site) having
    reloaded itself and showing `value`, and what the server said about that edit's build. The page must already be
    open; a second's pause first lets its reload script tell the server which page it is (it does so once loaded)."""
    page.wait_for_timeout(1000)  # a reader's pause: a page just reloaded has told the server where it is by then
    before = len(server.lines)
    from playwright.sync_api import Error

    try:
        with page.expect_event("load", timeout=timeout * 1000):
            started = time.perf_counter()
            edit_claim(root, claim_id, column, value)
        _wait_until_shown(page, value, started + timeout)  # the pages that follow may reload it first on a slow machine
    except (Error, AssertionError) as error:  # what the server said is what explains a page that never reloaded
        raise AssertionError(f"{error}\nthe server said after the edit:\n{''.join(server.lines[before:])}") from error
    elapsed = time.perf_counter() - started
    server.wait_for(r"rebuilt in [\d.]+ s; reloading open pages", after=before, timeout=timeout)
    if timeline is not None:  # (seconds after the save, what happened): the server's lines, then the reload
        with server.changed:
            timeline.extend((stamp - started, line.rstrip()) for stamp, line in
                            zip(server.stamps[before:], server.lines[before:]))
        timeline.append((elapsed, "the page has reloaded with the edit"))
        timeline.sort(key=lambda item: item[0])
    return elapsed, "".join(server.lines[before:])


def _wait_until_shown(page, text: str, deadline: float) -> None:
    """Until the open page shows `text`, across its reloads, by `deadline` (time.perf_counter()). Playwright's
    page.content() has no timeout and can wait for ever on a page caught mid-reload; a bounded wait_for_function
    is asked again when a reload destroys the page it was polling in."""
    from playwright.sync_api import Error

    while (left := deadline - time.perf_counter()) > 0:
        try:
            page.wait_for_function("text => document.documentElement.outerHTML.includes(text)",
                                   arg=text, timeout=left * 1000)
            return
        except Error as error:  # (TimeoutError is an Error too: it ends the loop with the deadline)
            if "context was destroyed" not in str(error) and "navigat" not in str(error):
                raise
    raise AssertionError(f"the page did not show {text!r} in time")

