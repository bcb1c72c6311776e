"""Under `python -m factcheck serve`, the page a reader is looking at reloads itself with an edit in it.

A browser (headless Chromium) holds a theme page open while one claim's cell is edited: the page must reload by
itself, show the edit, and do so before the rest of the site is rebuilt. The bound is generous (on a 2-core
machine at a load of 10-18 the edit took 5-10 s, against about 2-3 s idle); benchmarks/serve.py prints the figure
the issue asks for (under 3 s at five articles)."""
from __future__ import annotations

from buildcopies import copy_of_built
from serving import Server, edit_and_wait_for_reload

BOUND_SECONDS = 60
OPEN_PAGE = "book/themes/caseloads.html"


def test_the_open_page_reloads_itself_with_the_edit_before_the_rest_is_rebuilt(browser, tmp_path_factory, tmp_path):
    root = copy_of_built("first", tmp_path_factory.getbasetemp() / "builds", tmp_path / "repo")
    server = Server(root)
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    try:
        page.goto(server.url() + OPEN_PAGE)
        page.wait_for_function("document.readyState === 'complete'")
        page.wait_for_timeout(500)  # the reload script has told the server which page this is
        seconds, log = edit_and_wait_for_reload(page, server, root, "oig17-03", "population",
                                                "edited in the browser test", timeout=BOUND_SECONDS)
        assert seconds < BOUND_SECONDS
        assert "first the page(s) open in the browser: executing 1" in log
        assert log.index("open page(s) rebuilt") < log.index("queued  book/documents/oig17.ipynb"), \
            "the open page comes first"
        assert "edited in the browser test" in (root / "_build" / "html" / OPEN_PAGE).read_text(encoding="utf-8")
    finally:
        # The server first: its last "reload" may reach the page while it closes, and Playwright's close() waited
        # for ever on a page caught mid-reload (twice, at the end of a fresh-clone run). Without waiting: the
        # module's browser closes it anyway.
        server.stop()
        page.close(run_before_unload=True)
