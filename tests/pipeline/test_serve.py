"""`python -m factcheck serve`: serves the site, rebuilds after a change to the data, tells open pages to reload."""
from __future__ import annotations

from buildcopies import copy_of_built
from leftovers import kernel_files_left, killed_when_done, left_running, processes_of
from serving import WAIT_SECONDS
from streams import wait_for_line


# That serve rebuilds the open page first, then the rest, and tells open pages to reload after each (its socket
# told "reload" twice, the page shown at the first, what was queued when): tests/browser/test_serve_reload.py, in
# the serve session its browser test starts (one session for both: the same copy, page and edit).


def test_a_page_reports_where_it_is_and_only_a_plain_page_path_is_taken():
    from factcheck.pipeline.serve import RELOAD_SCRIPT, page_of

    assert b"ws.send(location.pathname)" in RELOAD_SCRIPT
    assert page_of("/book/themes/caseloads.html") == "book/themes/caseloads.ipynb"
    assert page_of("/") == page_of("/index.html") == "book/index.ipynb"
    assert page_of("/book/documents/oig17.html?x=1#oig17-03") == "book/documents/oig17.ipynb"
    for hostile in ("/book/../pages.yml.html", "/../../etc/passwd", "javascript:alert(1)", "/book/x.ipynb",
                    "/book/" + "a/" * 200 + "x.html", "/_static/x.html", "\x00"):
        assert page_of(hostile) is None


def _fetch_each(site, paths) -> dict:
    """Each path as serve's file handler answers it, on a server of its own: {path: response}."""
    import asyncio

    import tornado.httpclient
    import tornado.httpserver
    import tornado.netutil
    import tornado.web

    from factcheck.pipeline.serve import _site_files_class

    app = tornado.web.Application([(r"/(.*)", _site_files_class(), {"path": str(site), "default_filename": "index.html"})])

    async def fetch_each():
        sockets = tornado.netutil.bind_sockets(0, "127.0.0.1")
        server = tornado.httpserver.HTTPServer(app)
        server.add_sockets(sockets)
        client = tornado.httpclient.AsyncHTTPClient()
        port = sockets[0].getsockname()[1]
        try:
            return {path: await client.fetch(f"http://127.0.0.1:{port}{path}", raise_error=False) for path in paths}
        finally:
            server.stop()

    return asyncio.run(fetch_each())


def test_a_path_holding_a_nul_or_leaving_the_site_is_answered_as_not_there_and_prints_no_traceback(tmp_path, caplog):
    (tmp_path / "site").mkdir()
    (tmp_path / "site" / "index.html").write_text("<html><body>the site</body></html>", encoding="utf-8")
    (tmp_path / "secret.txt").write_text("not the site's", encoding="utf-8")
    answers = _fetch_each(tmp_path / "site", ["/", "/%00", "/index.html%00", "/a%00/b.html", "/..%2fsecret.txt", "/%FF"])
    codes = {path: answer.code for path, answer in answers.items()}
    assert codes["/"] == 200
    assert {path: code for path, code in codes.items() if path != "/"} == {
        "/%00": 404, "/index.html%00": 404, "/a%00/b.html": 404, "/..%2fsecret.txt": 403, "/%FF": 400}
    assert not [record for record in caplog.records if record.exc_info or record.levelname == "ERROR"]


def test_a_page_the_site_swap_replaces_mid_request_is_answered_whole_as_it_was_read(tmp_path, caplog, monkeypatch):
    """A rebuild swaps the site in by renames while a browser asks for a page: the answer is the page as read once,
    its length and bytes one copy (read twice, a page rewritten in between gave a length its bytes did not match)."""
    from factcheck.pipeline import serve

    site = tmp_path / "html"
    site.mkdir()
    (site / "page.html").write_text("<html><body>the page before</body></html>", encoding="utf-8")
    inject = serve.with_reload_script
    swapped = []

    def swap_then_inject(page: bytes) -> bytes:   # the build's swap, right after the handler's first read
        if not swapped:
            site.rename(tmp_path / "old")
            site.mkdir()
            (site / "page.html").write_text("<html><body>the page after the rebuild, longer</body></html>",
                                            encoding="utf-8")
            swapped.append(True)
        return inject(page)

    monkeypatch.setattr(serve, "with_reload_script", swap_then_inject)
    answer = _fetch_each(site, ["/page.html"])["/page.html"]
    assert answer.code == 200 and swapped
    assert answer.body == inject(b"<html><body>the page before</body></html>")
    assert int(answer.headers["Content-Length"]) == len(answer.body)
    assert not [record for record in caplog.records if record.exc_info or record.levelname == "ERROR"]


def test_a_page_gone_between_its_check_and_its_read_is_answered_as_not_there(tmp_path, caplog, monkeypatch):
    """The swap renames the site away between the handler's check that the file is there and its read: a 404, with
    no traceback (it was a 500)."""
    from pathlib import Path

    site = tmp_path / "html"
    site.mkdir()
    (site / "page.html").write_text("<html><body>the page</body></html>", encoding="utf-8")
    read_bytes = Path.read_bytes

    def gone_first(path):   # the rename lands just before the read
        if path.name == "page.html" and site.exists():
            site.rename(tmp_path / "old")
        return read_bytes(path)

    monkeypatch.setattr(Path, "read_bytes", gone_first)
    assert _fetch_each(site, ["/page.html"])["/page.html"].code == 404
    assert not [record for record in caplog.records if record.exc_info or record.levelname == "ERROR"]


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


def test_a_render_process_forked_from_the_forkserver_renders_what_a_started_one_does(build_base, tmp_path,
                                                                                     monkeypatch):
    """serve forks its render processes from a forkserver that has imported Sphinx and Jupyter Book, so one is ready
    soon after the last render: what it prints is the render's log, and what it renders is what a process started
    afresh renders."""
    from factcheck.pipeline import site
    from factcheck.pipeline.site import Renderer, build_site
    from factcheck.pipeline.zygote import VARIABLE

    monkeypatch.setenv(VARIABLE, "")   # the one it is compared with started anew, not forked by the suite's zygote

    forked, started = (copy_of_built("first", build_base, tmp_path / name) for name in ("forked", "started"))
    for root in (forked, started):
        _append_cell(root, "A cell the forked render test added.")
    try:
        Renderer.keep_one_ready(forked, forked / "_build", forked=True)
        renderer = Renderer(forked, forked / "_build")
        assert isinstance(renderer.process, site._Forked) and not site._SPARES, "the build takes the forked one"
        assert renderer.wait_until_ready(WAIT_SECONDS), "the forked process sets Sphinx up and says so"
        lines: list[str] = []
        outcome = build_site(forked, forked / "_build" / "html", forked / "_build", renderer=renderer,
                             echo=lines.append)
    finally:
        Renderer.drop_spares()
    assert outcome.ok and not outcome.skipped, outcome
    assert renderer.process.returncode == 0
    assert "set up ahead" in "".join(lines), "the application it set up was used"
    assert "build succeeded" in (forked / "_build" / "jupyter-book.log").read_text(encoding="utf-8"), \
        "what the forked process printed is the render's log"
    assert build_site(started, started / "_build" / "html", started / "_build").ok
    html = _tree(forked / "_build" / "html")
    assert "A cell the forked render test added." in html["book/documents/oig17.html"].decode("utf-8")
    assert html == _tree(started / "_build" / "html")


def test_a_forked_render_process_told_to_stop_ends_without_rendering(build_base, tmp_path):
    from factcheck.pipeline.site import Renderer

    root = copy_of_built("first", build_base, tmp_path / "repo")
    before = _tree(root / "_build" / "render" / "html")
    Renderer.keep_one_ready(root, root / "_build", forked=True)
    renderer = Renderer(root, root / "_build")
    assert renderer.wait_until_ready(WAIT_SECONDS)
    renderer.cancel()
    assert renderer.process.poll() == 0
    assert _tree(root / "_build" / "render" / "html") == before
    assert not list((root / "_build").glob(".render-*")), "its output file is removed with it"


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


def test_the_forkserver_preloads_no_module_of_the_package_that_an_edit_could_change():
    """serve's workers and render processes are forked from one forkserver, started with serve: a module of the
    package it had imported would stay, in every process forked after the code changed, as it was at the start.
    It imports the package's __init__ first (which keeps rfc3987_syntax out of Sphinx's imports) and, for serve,
    the render's third-party imports."""
    from factcheck.pipeline import parallel
    from factcheck.pipeline.render import RENDER_IMPORTS

    parallel.forkserver_context(render_too=True)
    preload = list(parallel._FORKSERVER_PRELOAD)
    assert preload[0] == "factcheck" and set(RENDER_IMPORTS) <= set(preload)
    assert not [name for name in preload if name.startswith("factcheck.")]


def test_serve_killed_outright_leaves_no_worker_kernel_or_forkserver_running(build_base, tmp_path, temporary):
    """kill -9 of `serve` ends its own process only. Its workers come from a forkserver, which is their parent and
    lives as long as they do: they must notice that `serve` is gone and end, their kernels with them, and the
    forkserver after them (before, the forkserver, both workers, both kernels and multiprocessing's resource tracker
    were left running for good: first seen after a suite run)."""
    import threading

    root = copy_of_built("first", build_base, tmp_path / "repo")
    with killed_when_done(["serve", "--port", "0"], root, temporary) as serve:
        said: list[str] = []
        assert wait_for_line(serve.stderr, r"^serving ", WAIT_SECONDS, said), "serve did not start:\n" + "".join(said)
        for _ in range(WAIT_SECONDS * 10):  # its workers' kernels are started ahead of the first edit
            if sum("kernel_launcher" in line for line in processes_of(root)) == 2:
                break
            threading.Event().wait(0.1)
        assert sum("kernel_launcher" in line for line in processes_of(root)) == 2, "\n".join(processes_of(root))

    left = left_running(root)
    assert not left, "a killed serve left these running:\n" + "\n".join(left)
    assert kernel_files_left(temporary) == [], "a killed serve's kernels left their socket folders or connection files"
