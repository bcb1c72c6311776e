"""`python -m factcheck serve`: the site on localhost, rebuilt when the data or a template changes, reloaded in the browser.

The approach of sphinx-autobuild, with the libraries this project already has:
watchfiles watches data/, seeds/, notebooks/ (and pages.yml, _config.yml, the
prose pages in book/); each change runs the ordinary incremental build (only the
pages that read what changed are executed and rendered again), on worker
processes kept from one build to the next, whose kernels stay warm (imports,
ledger and verdicts ready; they are replaced when the package code changes);
tornado serves _build/html and
tells every open page, over a websocket, to reload once the new site is in
place. Each open page says which page it shows; after a change those pages are
built (executed and rendered) first and reloaded, then the rest follow. The reload script is added to pages as they are served, never written
into the site. A failed build leaves the previous site up and says why in the
terminal.
"""
from __future__ import annotations

import argparse
import os
import sys
import threading
import time
from pathlib import Path

RELOAD_PATH = "/_factcheck/reload"
# Once loaded, the page tells the server where it is (so that page is built first after an edit, and the rest waits
# until it has loaded again); it reloads when told.
RELOAD_SCRIPT = (b'<script>addEventListener("load",function(){'
                 b'var ws=new WebSocket((location.protocol==="https:"?"wss://":"ws://")+location.host+"'
                 + RELOAD_PATH.encode() + b'");ws.onopen=function(){ws.send(location.pathname);};'
                 b'ws.onmessage=function(){location.reload();};});</script>')
# After the open pages are reloaded, the rest of the site waits until they report again, loaded (or this bound
# passes: a page closed meanwhile), so that the browser has the processors while it loads them.
RELOAD_GRACE_SECONDS = 2.0
WATCH_START_SECONDS = 30  # a bound: setting up the watcher takes a fraction of a second
WATCHED_FOLDERS = ("data", "seeds", "notebooks")
WATCHED_FILES = ("pages.yml", "_config.yml")
IGNORED_PARTS = (".ipynb_checkpoints", "__pycache__", ".git")

DESCRIPTION = """\
Build the site (incrementally), serve _build/html at http://HOST:PORT, and watch
data/, seeds/ and notebooks/ (and pages.yml, _config.yml, book/**/*.md). After
each change, the build runs again: only the pages that read what changed are
executed and rendered (the pages open in a browser first, then the rest), and
every open page reloads itself when the new site is in place. A failed build keeps the previous site and prints why. Stop with Ctrl-C."""


def register(commands) -> None:
    parser = commands.add_parser(
        "serve", help="serve the site locally, rebuild on changes, reload the browser",
        description=DESCRIPTION, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--port", type=port_number, default=8000,
                        help="port to serve on, 0-65535 (default: %(default)s; 0: any free one)")
    parser.add_argument("--host", type=host_address, default="127.0.0.1",
                        help="address to serve on (default: %(default)s, this machine only; another address is "
                             "announced as reachable from other machines)")
    parser.add_argument("--root", type=Path, default=None, help="repository to build and watch (default: this checkout)")
    parser.set_defaults(run=run_serve)


def port_number(text: str) -> int:
    """--port: a whole number from 0 to 65535 (the operating system would take 70000 as 70000 - 65536)."""
    try:
        port = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a port number: give a whole number from 0 to 65535") from None
    if not 0 <= port <= 65535:
        raise argparse.ArgumentTypeError(f"{port} is not a port number: give a whole number from 0 to 65535")
    return port


def host_address(text: str) -> str:
    """--host: a non-empty address (an empty one would listen on every interface without a word)."""
    if not text.strip():
        raise argparse.ArgumentTypeError("an empty address listens on every network interface: give 127.0.0.1 for "
                                         "this machine only, or 0.0.0.0 to serve other machines on purpose")
    return text.strip()


def site_url(host: str, port: int) -> str:
    """The address a browser opens: an IPv6 address in brackets, as a URL writes it (http://[::1]:8000/)."""
    return f"http://[{host.strip('[]')}]:{port}/" if ":" in host else f"http://{host}:{port}/"


def beyond_this_machine(host: str) -> bool:
    """True unless host is a loopback address (127.0.0.0/8, ::1) or 'localhost'."""
    import ipaddress

    if host.lower() == "localhost":
        return False
    try:
        return not ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return True  # a name: it may resolve to any interface


def run_serve(args) -> int:
    from factcheck import paths

    import signal

    signal.signal(signal.SIGTERM, signal.default_int_handler)  # stop as on Ctrl-C: close the port, say so
    root = Path(args.root or paths.ROOT).resolve()
    server = LiveSite(root, args.host, args.port)
    try:
        server.run()
    except CannotListen as error:  # the port is taken, the address does not exist
        print(f"serve: cannot listen on {args.host}:{args.port}: {error}", file=sys.stderr)
        return 1
    except CannotStart as error:   # (before, told as a port it could not listen on)
        print(f"serve: cannot start: {error}", file=sys.stderr)
        return 1
    return 0


class CannotListen(Exception):
    """The port serve was given cannot be listened on (taken, or an address this machine does not have)."""


class CannotStart(Exception):
    """Something serve starts first cannot start: its forkserver (say, no room for its socket's path)."""


class LiveSite:
    def __init__(self, root: Path, host: str, port: int):
        self.root, self.host, self.port = root, host, port
        self.html = root / "_build" / "html"
        self.stop = threading.Event()
        self.loop = None
        from factcheck.pipeline.pipeline import WorkerPools

        self.pools = WorkerPools()
        self.sockets: dict = {}             # each open page's socket -> the page it shows (book/x.ipynb), once told
        self.watching = threading.Event()   # set once the watcher sees changes: nothing saved after is missed
        self.building = threading.Lock()    # one build at a time (the first, then one per change)
        self.reported = threading.Condition()
        self.reported_pages: set[str] = set()  # the pages open sockets said they show since the last reload

    def say(self, line: str) -> None:
        print(line, file=sys.stderr, flush=True)

    def run(self) -> None:
        import asyncio

        # The build's workers and kernels import the package of the checkout being served.
        os.environ["PYTHONPATH"] = os.pathsep.join(filter(None, [str(self.root), os.environ.get("PYTHONPATH")]))
        # The forkserver its workers and render processes start from imports Sphinx and Jupyter Book once, now,
        # while the first build validates.
        import multiprocessing.forkserver

        from factcheck.pipeline.parallel import forkserver_context

        try:
            forkserver_context(render_too=True)
            multiprocessing.forkserver.ensure_running()
        except OSError as error:
            raise CannotStart(error) from error

        import tornado.httpserver
        import tornado.netutil
        import tornado.web

        try:
            sockets = tornado.netutil.bind_sockets(self.port, self.host)  # fail now if the port is taken
        except OSError as error:
            raise CannotListen(error.strerror or str(error)) from error
        port = sockets[0].getsockname()[1]
        # said once the port is open (it said "port 0" for --port 0, and "listening" where the address then failed)
        if beyond_this_machine(self.host):
            print(f"serve: listening on {self.host}, beyond this machine: anyone who can reach it on port {port} "
                  "can read the site (use --host 127.0.0.1 to keep it to this machine)", file=sys.stderr)
        # Watch before the first build: a file saved while it runs is rebuilt right after it.
        threading.Thread(target=self.watch, name="watch", daemon=True).start()
        self.watching.wait(timeout=WATCH_START_SECONDS)
        self.rebuild("first build")
        self.warm_up()
        app = tornado.web.Application([
            (RELOAD_PATH, _reload_socket(self)),
            (r"/(.*)", _site_files_class(), {"path": str(self.html), "default_filename": "index.html"}),
        ])

        async def serve() -> None:
            self.loop = asyncio.get_running_loop()
            server = tornado.httpserver.HTTPServer(app)
            server.add_sockets(sockets)
            self.say(f"serving {self.html} at {site_url(self.host, port)}  "
                     f"(watching {', '.join(WATCHED_FOLDERS)}; Ctrl-C stops)")
            try:
                while not self.stop.is_set():
                    await asyncio.sleep(0.2)
            finally:
                server.stop()

        try:
            asyncio.run(serve())
        except KeyboardInterrupt:
            self.say("stopped")
        finally:
            self.stop.set()
            self.pools.close()
            from factcheck.pipeline.site import Renderer

            Renderer.drop_spares()

    def warm_up(self) -> None:
        """Start, before the first edit, what an edit would otherwise wait for: the worker processes with their
        kernels (imports done; `WorkerPools` keeps them while the code is unchanged) and a render process with
        Sphinx set up. The workers are made as the build makes them (same key), so the first edit uses them."""
        from factcheck.pipeline.fingerprint import environment_digest, package_digest
        from factcheck.pipeline.kernel import template_imports
        from factcheck.pipeline.pipeline import main_target
        from factcheck.pipeline.plan import load_plan

        with self.building:
            work = main_target(self.root).work
            self._keep_renderer_ready()
            try:
                templates = sorted({self.root / page.template for page in load_plan(self.root).executed})
                pool = self.pools.get(BUILD_JOBS, str(self.root), str(work / "kernels.log"), template_imports(templates),
                                      package_digest(self.root) + environment_digest(self.root))
                for _ in range(BUILD_JOBS):  # each takes a few seconds: the other worker takes the next one
                    pool.executor.submit(start_kernel)
            except Exception as error:  # (a broken plan: the first edit's build says why)
                self.say(f"serve: kernels not started ahead ({error}); the first edit starts them")
            _import_what_an_edit_reads(self.root)

    def _keep_renderer_ready(self) -> None:
        from factcheck.pipeline.pipeline import main_target
        from factcheck.pipeline.site import Renderer

        try:
            Renderer.keep_one_ready(self.root, main_target(self.root).work, forked=True)
        except OSError as error:
            self.say(f"serve: no render process started ahead ({error})")

    def watch(self) -> None:
        from watchfiles import watch

        targets = [self.root / name for name in WATCHED_FOLDERS + WATCHED_FILES if (self.root / name).exists()]
        targets.append(self.root / "book")
        # yield_on_timeout: an empty first yield says the watcher is set up.
        for changes in watch(*targets, watch_filter=self.wanted, stop_event=self.stop, debounce=400,
                             raise_interrupt=False, yield_on_timeout=True, rust_timeout=200):
            self.watching.set()
            if not changes:
                continue
            names = sorted({os.path.relpath(path, self.root) for _, path in changes})
            self.rebuild("changed: " + ", ".join(names[:5]) + (f" and {len(names) - 5} more" if len(names) > 5 else ""))

    def wanted(self, change, path: str) -> bool:
        relative = Path(os.path.relpath(path, self.root))
        if any(part in IGNORED_PARTS for part in relative.parts) or relative.name.startswith(".") \
                or relative.name.endswith(("~", ".tmp", ".swp")):
            return False
        if relative.parts[0] == "book":  # the build writes the executed pages there; only prose is watched
            return relative.suffix == ".md"
        return True

    def rebuild(self, why: str) -> None:
        from factcheck.pipeline.pipeline import NOTHING_STALE

        with self.building:
            self.say(f"\n{why}: building...")
            started = time.perf_counter()
            viewed = frozenset(page for page in list(self.sockets.values()) if page)
            if viewed:  # the page a reader is looking at first, shown as soon as it is ready; the others follow
                first = self._build(only=viewed)
                if first not in (0, NOTHING_STALE):
                    self.say("build failed (see above); the previous site is still served")
                    return
                if first == 0:
                    self.say(f"open page(s) rebuilt in {time.perf_counter() - started:.1f} s; reloading them")
                    self.reload_pages()
                    self.wait_until_reported(viewed, RELOAD_GRACE_SECONDS)
                    self._keep_renderer_ready()  # for the pages that follow: it sets up while they execute
            status = self._build()
            self._keep_renderer_ready()  # for the next edit
        if status == 0:
            self.say(f"rebuilt in {time.perf_counter() - started:.1f} s; reloading open pages")
            self.reload_pages()
        else:
            self.say("build failed (see above); the previous site is still served")

    def _build(self, only: frozenset[str] | None = None) -> int:
        from factcheck.files.problems import ValidationFailed
        from factcheck.pipeline.pipeline import build

        try:
            return build(self.root, echo=self.say, pools=self.pools, only=only)
        except ValidationFailed as failed:
            self.say(str(failed))
        except (ValueError, OSError) as error:
            self.say(f"build: {error}")
        return 1

    def reload_pages(self) -> None:
        if self.loop is None:
            return
        with self.reported:
            self.reported_pages.clear()
        for socket in list(self.sockets):
            self.loop.call_soon_threadsafe(_send_reload, socket)

    def page_reported(self, socket, page: str | None) -> None:
        """A socket said which page it shows (the reload script does once its page has loaded)."""
        self.sockets[socket] = page
        with self.reported:
            if page:
                self.reported_pages.add(page)
            self.reported.notify_all()

    def wait_until_reported(self, pages: frozenset[str], timeout: float) -> None:
        with self.reported:
            self.reported.wait_for(lambda: pages <= self.reported_pages, timeout)


BUILD_JOBS = 2  # build()'s default number of workers, which serve's builds use


def _import_what_an_edit_reads(root: Path) -> None:
    """Validate once now, and import pandas: the first edit's build would otherwise import the validators and pandas
    (which keeps the ledger for the kernels) before its first page, about 1 s of it. What the validation finds is the
    first edit's build's to say; it keeps nothing but what `check` keeps (the answers for unchanged files)."""
    try:
        from factcheck.pipeline.validate import validate

        validate(root)
    except Exception:
        pass
    import pandas  # noqa: F401


def start_kernel() -> None:
    """Run in a kept worker process: start its kernel now (imports included) rather than at its first page."""
    from factcheck.pipeline import execute

    if execute._kernel is not None:
        execute._kernel.ensure_started()


def _send_reload(socket) -> None:
    try:
        socket.write_message("reload")
    except Exception:
        pass  # a page closed meanwhile


def _reload_socket(site: LiveSite):
    import tornado.websocket

    class ReloadSocket(tornado.websocket.WebSocketHandler):
        def open(self) -> None:
            site.sockets[self] = None

        def on_message(self, message) -> None:
            site.page_reported(self, page_of(str(message)))

        def on_close(self) -> None:
            site.sockets.pop(self, None)

    return ReloadSocket


def page_of(url_path: str) -> str | None:
    """The executed page a URL path shows ('/book/themes/caseloads.html' -> 'book/themes/caseloads.ipynb'), or None
    for anything else (a page's own report is untrusted text: only a plain book/....html path is taken)."""
    import re

    path = url_path.split("?")[0].split("#")[0].lstrip("/") or "index.html"
    if path == "index.html":
        path = "book/index.html"
    if len(path) > 200 or not re.fullmatch(r"book/(?:[A-Za-z0-9_-]+/)*[A-Za-z0-9_-]+\.html", path):
        return None
    return path[: -len(".html")] + ".ipynb"


def _site_files_class():
    import hashlib

    import tornado.web

    class SiteFiles(tornado.web.StaticFileHandler):
        """The site's files as they are, except that HTML pages get the reload script before </body>.

        Each request reads its file once, when the path is validated, and answers from that copy: its length, its
        ETag and its bytes. Read again for each (as the handler does by default), a page a rebuild rewrote or swapped
        out between two reads gave a length that did not match the bytes sent, or a file gone: a 500."""

        _snapshot = b""

        def parse_url_path(self, url_path: str) -> str:
            # No file name holds a NUL: Tornado's handler would stat it and answer 500, printing its traceback in
            # the terminal of whoever serves (the hostile-input probe's GET /%00).
            if "\x00" in url_path:
                raise tornado.web.HTTPError(404)
            return super().parse_url_path(url_path)

        def validate_absolute_path(self, root: str, absolute_path: str) -> str | None:
            absolute_path = super().validate_absolute_path(root, absolute_path)
            if absolute_path is None:   # a folder without its slash: redirected
                return None
            try:
                data = Path(absolute_path).read_bytes()
            except OSError:   # gone since it was found: the site was swapped for a rebuilt one meanwhile
                raise tornado.web.HTTPError(404) from None
            self._snapshot = with_reload_script(data) if absolute_path.endswith(".html") else data
            return absolute_path

        def get_content_size(self) -> int:
            return len(self._snapshot)

        # An instance's, where Tornado's is a class method: it returns the copy read for this request. Only
        # static_url and get_version call it on the class; serve uses neither.
        def get_content(self, abspath, start=None, end=None):
            return self._snapshot[start:end]

        def compute_etag(self) -> str:
            return f'"{hashlib.sha512(self._snapshot).hexdigest()}"'

        def set_extra_headers(self, path: str) -> None:
            self.set_header("Cache-Control", "no-store")  # a rebuilt page must not come from the cache

    return SiteFiles


def with_reload_script(page: bytes) -> bytes:
    at = page.rfind(b"</body>")
    return page + RELOAD_SCRIPT if at < 0 else page[:at] + RELOAD_SCRIPT + page[at:]
