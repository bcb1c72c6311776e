"""`python -m factcheck serve`: serves the site, rebuilds after a change to the data, tells open pages to reload."""
from __future__ import annotations

import asyncio
import re
import urllib.request

from buildcopies import copy_of_built, edit_claim
from serving import WAIT_SECONDS, Server


def test_serve_rebuilds_the_open_page_first_then_the_rest_and_reloads_after_each(build_base, tmp_path):
    import tornado.websocket

    root = copy_of_built("first", build_base, tmp_path / "repo")
    server = Server(root)
    try:
        url = server.url()
        page = urllib.request.urlopen(url + "book/themes/caseloads.html", timeout=60).read().decode("utf-8")
        assert "/_factcheck/reload" in page, "pages are served with the reload script"
        assert "/_factcheck/reload" not in (root / "_build" / "html" / "book" / "themes" / "caseloads.html").read_text(
            encoding="utf-8"), "the script is added when serving, never written into the site"

        async def edit_and_wait_for_reloads() -> tuple[str, str, str, str]:
            socket = await tornado.websocket.websocket_connect(url.replace("http", "ws") + "_factcheck/reload")
            await socket.write_message("/book/themes/caseloads.html")  # what the reload script says on opening
            await asyncio.sleep(0.5)
            before = len(server.lines)
            edit_claim(root, "oig17-03", "population", "changed while serving")
            server.wait_for(r"changed: data/claims\.csv", after=before)  # (blocks this loop; the message waits)
            first = await asyncio.wait_for(socket.read_message(), timeout=WAIT_SECONDS)
            shown_first = urllib.request.urlopen(url + "book/themes/caseloads.html", timeout=60).read().decode("utf-8")
            log_at_first = "".join(server.lines[before:])
            second = await asyncio.wait_for(socket.read_message(), timeout=WAIT_SECONDS)
            socket.close()
            return first, shown_first, log_at_first, second

        first, shown_first, log_at_first, second = asyncio.run(edit_and_wait_for_reloads())
        assert first == "reload" and "changed while serving" in shown_first, "the open page is rebuilt and reloaded first"
        assert "first the page(s) open in the browser: executing 1" in log_at_first
        assert "book/register.ipynb" not in log_at_first, "the other pages follow the open one"
        assert second == "reload"
        rebuilt = "".join(server.lines)
        assert re.search(r"rebuilt in [\d.]+ s; reloading open pages", rebuilt)
        assert "queued  book/register.ipynb" in rebuilt and "queued  book/documents/pep16.ipynb" not in rebuilt
        assert "queued  book/themes/caseloads.ipynb" not in rebuilt.split("open page(s) rebuilt")[1]
    finally:
        server.stop()
    assert server.process.returncode is not None


def test_a_page_reports_where_it_is_and_only_a_plain_page_path_is_taken():
    from factcheck.pipeline.serve import RELOAD_SCRIPT, page_of

    assert b"ws.send(location.pathname)" in RELOAD_SCRIPT
    assert page_of("/book/themes/caseloads.html") == "book/themes/caseloads.ipynb"
    assert page_of("/") == page_of("/index.html") == "book/index.ipynb"
    assert page_of("/book/documents/oig17.html?x=1#oig17-03") == "book/documents/oig17.ipynb"
    for hostile in ("/book/../pages.yml.html", "/../../etc/passwd", "javascript:alert(1)", "/book/x.ipynb",
                    "/book/" + "a/" * 200 + "x.html", "/_static/x.html", "\x00"):
        assert page_of(hostile) is None
