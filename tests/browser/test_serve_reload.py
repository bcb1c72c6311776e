"""Under `python -m factcheck serve`, the page a reader is looking at reloads itself with an edit in it.

A browser (headless Chromium) holds a theme page open while one claim's cell is edited: the page must reload by
itself, show the edit, and do so before the rest of the site is rebuilt. The bound is generous (on a 2-core
machine at a load of 10-18 the edit took 5-10 s, against about 2-3 s idle); benchmarks/serve.py prints the figure
the issue asks for (under 3 s at five articles).

The same serve session is also asked what tests/pipeline/test_serve.py asked of one of its own (the same copy,
page and edit: one session is started, built and edited for both): pages are served with the reload script, and a
socket that says it shows the page, as the script's does, is told "reload" once the open page is rebuilt (which it
then shows, the other pages not yet queued) and again once the rest is. That socket is the test's own, in a thread
of its own: the page's socket closes as the page reloads, so the page may miss the second message."""
from __future__ import annotations

import asyncio
import re
import threading
import urllib.request

from buildcopies import copy_of_built
from leftovers import left_running
from serving import WAIT_SECONDS, Server, edit_and_wait_for_reload

BOUND_SECONDS = 60
OPEN_PAGE = "book/themes/caseloads.html"
EDIT = "edited in the browser test"


class Listener(threading.Thread):
    """A reload socket that says it shows OPEN_PAGE, as the page's script does, and reads two messages; with each, the
    page as served right then and what the server had said by then."""

    def __init__(self, server: Server, url: str):
        super().__init__(name="reload-socket", daemon=True)
        self.server, self.url = server, url
        self.told = threading.Event()  # the socket has said which page it shows
        self.received: list[tuple[str, str, str]] = []  # (message, the page served then, what the server had said)
        self.failed: BaseException | None = None

    def run(self) -> None:
        import tornado.websocket

        async def listen() -> None:
            socket = await tornado.websocket.websocket_connect(self.url.replace("http", "ws") + "_factcheck/reload")
            await socket.write_message("/" + OPEN_PAGE)  # what the reload script says on opening
            await asyncio.sleep(0.5)
            self.told.set()
            for _ in range(2):
                message = await asyncio.wait_for(socket.read_message(), timeout=WAIT_SECONDS)
                shown = urllib.request.urlopen(self.url + OPEN_PAGE, timeout=60).read().decode("utf-8")
                self.received.append((message, shown, "".join(self.server.lines)))
            socket.close()

        try:
            asyncio.run(listen())  # (Playwright's sync API holds this test's own thread's event loop)
        except BaseException as error:  # raised in the test, below
            self.failed = error
        finally:
            self.told.set()


def test_the_open_page_reloads_itself_with_the_edit_before_the_rest_is_rebuilt(browser, tmp_path_factory, tmp_path):
    root = copy_of_built("first", tmp_path_factory.getbasetemp() / "builds", tmp_path / "repo")
    server = Server(root)
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    try:
        url = server.url()
        served = urllib.request.urlopen(url + OPEN_PAGE, timeout=60).read().decode("utf-8")
        assert "/_factcheck/reload" in served, "pages are served with the reload script"
        assert "/_factcheck/reload" not in (root / "_build" / "html" / OPEN_PAGE).read_text(encoding="utf-8"), \
            "the script is added when serving, never written into the site"
        listener = Listener(server, url)
        listener.start()
        assert listener.told.wait(WAIT_SECONDS) and listener.failed is None, listener.failed
        page.goto(url + OPEN_PAGE)
        page.wait_for_function("document.readyState === 'complete'")
        # (edit_and_wait_for_reload pauses a second first: the page's reload script tells the server where it is)
        seconds, log = edit_and_wait_for_reload(page, server, root, "oig17-03", "population", EDIT,
                                                timeout=BOUND_SECONDS)
        assert seconds < BOUND_SECONDS
        assert "first the page(s) open in the browser: executing 1" in log
        assert log.index("open page(s) rebuilt") < log.index("queued  book/documents/oig17.ipynb"), \
            "the open page comes first"
        assert EDIT in (root / "_build" / "html" / OPEN_PAGE).read_text(encoding="utf-8")

        listener.join(WAIT_SECONDS)
        assert listener.failed is None, listener.failed
        assert [message for message, _, _ in listener.received] == ["reload", "reload"], listener.received
        _, shown_first, said_at_first = listener.received[0]
        assert EDIT in shown_first, "the open page is rebuilt and reloaded first"
        assert "first the page(s) open in the browser: executing 1" in said_at_first
        assert "book/documents/oig17.ipynb" not in said_at_first, "the other pages follow the open one"
        rebuilt = "".join(server.lines)
        assert re.search(r"rebuilt in [\d.]+ s; reloading open pages", rebuilt)
        # the claim's article follows; the register shows no claim's population (it runs only if an outcome moved)
        assert "queued  book/documents/oig17.ipynb" in rebuilt and "queued  book/documents/pep16.ipynb" not in rebuilt
        assert "queued  book/register.ipynb" not in rebuilt
        assert "queued  book/themes/caseloads.ipynb" not in rebuilt.split("open page(s) rebuilt")[1]
    finally:
        # The server first: its last "reload" may reach the page while it closes, and Playwright's close() waited
        # for ever on a page caught mid-reload (twice, at the end of a fresh-clone run). Without waiting: the
        # module's browser closes it anyway.
        server.stop()
        page.close(run_before_unload=True)
    assert server.process.returncode is not None
    left = left_running(root)   # its workers, their kernels, its forkserver and render process end with it
    assert not left, "serve, stopped, left these running:\n" + "\n".join(left)
