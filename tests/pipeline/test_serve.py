"""`python -m factcheck serve`: serves the site, rebuilds after a change to the data, tells open pages to reload."""
from __future__ import annotations

import asyncio
import os
import re
import subprocess
import sys
import threading
import urllib.request

from buildcopies import copy_of_built, edit_claim

WAIT_SECONDS = 300  # bounds, not timings: a busy machine may take long, a broken one never answers


class Server:
    """The serve command in a subprocess, its terminal read line by line."""

    def __init__(self, root):
        env = {**os.environ, "PYTHONPATH": str(root)}
        self.process = subprocess.Popen([sys.executable, "-m", "factcheck", "serve", "--port", "0"], cwd=root,
                                        env=env, stderr=subprocess.PIPE, stdout=subprocess.DEVNULL, text=True)
        self.lines: list[str] = []
        self.changed = threading.Condition()
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        for line in self.process.stderr:
            with self.changed:
                self.lines.append(line)
                self.changed.notify_all()

    def wait_for(self, pattern: str, after: int = 0) -> re.Match:
        with self.changed:
            found = self.changed.wait_for(
                lambda: next((m for line in self.lines[after:] if (m := re.search(pattern, line))), None)
                or self.process.poll() is not None, timeout=WAIT_SECONDS)
        match = next((m for line in self.lines[after:] if (m := re.search(pattern, line))), None)
        assert found and match, f"no line matching {pattern!r}:\n{''.join(self.lines)}"
        return match

    def stop(self) -> None:
        self.process.terminate()
        try:
            self.process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()


def test_serve_rebuilds_after_a_change_and_reloads_the_page(build_base, tmp_path):
    import tornado.websocket

    root = copy_of_built("first", build_base, tmp_path / "repo")
    server = Server(root)
    try:
        url = server.wait_for(r"serving .* at (http://127\.0\.0\.1:\d+/)").group(1)
        page = urllib.request.urlopen(url + "book/themes/caseloads.html", timeout=60).read().decode("utf-8")
        assert "/_factcheck/reload" in page, "pages are served with the reload script"
        assert "/_factcheck/reload" not in (root / "_build" / "html" / "book" / "themes" / "caseloads.html").read_text(
            encoding="utf-8"), "the script is added when serving, never written into the site"

        async def edit_and_wait_for_reload() -> str:
            socket = await tornado.websocket.websocket_connect(url.replace("http", "ws") + "_factcheck/reload")
            before = len(server.lines)
            edit_claim(root, "oig17-03", "population", "changed while serving")
            server.wait_for(r"changed: data/claims\.csv", after=before)  # (blocks this loop; the message waits)
            message = await asyncio.wait_for(socket.read_message(), timeout=WAIT_SECONDS)
            socket.close()
            return message

        assert asyncio.run(edit_and_wait_for_reload()) == "reload"
        rebuilt = "".join(server.lines)
        assert re.search(r"rebuilt in [\d.]+ s; reloading open pages", rebuilt)
        assert "queued  book/themes/caseloads.ipynb" in rebuilt and "queued  book/documents/pep16.ipynb" not in rebuilt
        page = urllib.request.urlopen(url + "book/themes/caseloads.html", timeout=60).read().decode("utf-8")
        assert "changed while serving" in page
    finally:
        server.stop()
    assert server.process.returncode is not None
