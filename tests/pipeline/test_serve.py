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
        assert "book/documents/oig17.ipynb" not in log_at_first, "the other pages follow the open one"
        assert second == "reload"
        rebuilt = "".join(server.lines)
        assert re.search(r"rebuilt in [\d.]+ s; reloading open pages", rebuilt)
        # the claim's article follows; the register shows no claim's population (it runs only if an outcome moved)
        assert "queued  book/documents/oig17.ipynb" in rebuilt and "queued  book/documents/pep16.ipynb" not in rebuilt
        assert "queued  book/register.ipynb" not in rebuilt
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


def _append_cell(root, text: str) -> None:
    import json

    page = root / "book" / "documents" / "oig17.ipynb"
    notebook = json.loads(page.read_text(encoding="utf-8"))
    notebook["cells"].append({"cell_type": "markdown", "id": "serve-test", "metadata": {}, "source": [text]})
    page.write_text(json.dumps(notebook, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")


def _tree(folder) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def test_a_render_process_set_up_ahead_renders_what_a_fresh_one_does_even_when_the_state_it_loaded_is_gone(
        build_base, tmp_path):
    """serve keeps a render process ready, Sphinx set up with the environment of the last render. If the build then
    drops that state (the site's frame changed, the last render failed), the process must not render from what it
    loaded: it would think every page up to date and write only the changed one into an empty folder."""
    import shutil

    from factcheck.pipeline.site import Renderer, build_site

    ahead, fresh = (copy_of_built("first", build_base, tmp_path / name) for name in ("ahead", "fresh"))
    for root in (ahead, fresh):
        _append_cell(root, "A cell the render test added.")
    renderer = Renderer(ahead, ahead / "_build")
    assert renderer.wait_until_ready(WAIT_SECONDS), "the render process sets Sphinx up and says so"
    shutil.rmtree(ahead / "_build" / "render")  # what build_site does when the frame changed
    lines: list[str] = []
    outcome = build_site(ahead, ahead / "_build" / "html", ahead / "_build", renderer=renderer, echo=lines.append)
    assert outcome.ok and not outcome.skipped, outcome
    assert "set up ahead" not in "".join(lines), "the application set up ahead was dropped, not used"
    assert build_site(fresh, fresh / "_build" / "html", fresh / "_build").ok
    html = _tree(ahead / "_build" / "html")
    assert "A cell the render test added." in html["book/documents/oig17.html"].decode("utf-8")
    assert html == _tree(fresh / "_build" / "html")


def test_a_render_process_kept_ready_is_taken_only_while_the_sites_frame_is_the_one_it_was_started_for(
        build_base, tmp_path):
    from factcheck.pipeline import site
    from factcheck.pipeline.site import Renderer

    root = copy_of_built("first", build_base, tmp_path / "repo")
    work = root / "_build"
    started: list[Renderer] = []
    try:
        Renderer.keep_one_ready(root, work)
        waiting = list(site._SPARES.values())
        Renderer.keep_one_ready(root, work)
        assert list(site._SPARES.values()) == waiting, "one is waiting already: no second is started"
        started.append(Renderer(root, work))
        assert started[0].process.pid == waiting[0].process.pid and not site._SPARES, "the build takes the one ready"

        Renderer.keep_one_ready(root, work)
        (kept,) = site._SPARES.values()
        (root / "_static" / "serve-test.css").write_text("p{}\n", encoding="utf-8")  # the site's frame changes
        started.append(Renderer(root, work))
        assert started[1].process.pid != kept.process.pid, "a process set up for the old frame is not taken"
        assert kept.process.poll() is not None, "it is ended instead"
    finally:
        for renderer in started:
            renderer.cancel()
        Renderer.drop_spares()
