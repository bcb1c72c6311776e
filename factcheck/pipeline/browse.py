"""The built site as a reader's browser meets it: served locally, opened in Debian's headless Chromium
(`chromium-headless-shell`: see HEADLESS_CHROMIUM).

Shared by the browser tests, the screenshot tool and the page-weight benchmark, so that all three
serve the site the same way (`python -m http.server`: no compression) and count the same bytes.
Playwright is imported only by the functions that need it.
"""
from __future__ import annotations

import contextlib
import functools
import http.server
import shutil
import threading
from collections.abc import Iterator
from pathlib import Path

# One page of each kind a reader or a workshop participant opens.
PAGE_KINDS = {"landing": "book/index.html", "article with a chart": "book/documents/ndd24.html",
              "theme": "book/themes/docket.html", "register": "book/register.html", "claims index": "book/claims.html",
              "methods": "book/methods.html", "about": "book/about.html",
              "exercise": "book/workshop/percentage-vs-counts.html", "guide": "book/workshop/guide.html"}
# Bytes a page may transfer with no compression: the landing page is what most readers open, a chart page
# draws its charts into the page (no chart library), and the long tables (register, claims) get more. In KiB: the
# chart pages' budget was 500 until the hearing article's page, its HTML 243 KiB for 15 rated statements and their
# sources, reached 500.07 (7 December 2026, run F1; the theme's styles and scripts are 249 KiB of every page). It is
# 520 now: less headroom than that page's own charts (31 KiB of SVG), so a chart drawn twice still fails.
LANDING_BUDGET, CHART_PAGE_BUDGET, OTHER_PAGE_BUDGET = 350 * 1024, 520 * 1024, 1024 * 1024
CHART_PAGES = ("article with a chart", "theme", "methods")


def budget(kind: str) -> int:
    """The most bytes a page of this kind may transfer."""
    return LANDING_BUDGET if kind == "landing" else CHART_PAGE_BUDGET if kind in CHART_PAGES else OTHER_PAGE_BUDGET
CHROMIUM_FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                  "--no-first-run"]


# Chromium's separate headless-only build, the "old headless" (Debian's package of it: the same version and engine,
# Blink, as Debian's `chromium`), which Playwright itself runs for headless Chromium (microsoft/playwright#33566; the
# issue notes that the old headless is not exactly the browser users run, as `chromium --headless` is).
# Measured on this project's 2-core machine: a launch cost 0.6 core-seconds instead of 1.1 (two runs of five each),
# and the Chromium processes of tests/browser/test_site.py 77 core-seconds instead of 97 (one run each). Of the 72
# screenshots tools/screenshots.py takes (first screens and whole pages), two runs of `chromium` differed in 12 (the
# contents' highlight in the margin, the register's sidebar, whole pages). Where the two agreed, the shell's differed
# in three: the methods page's highlight in the margin (dark scheme), and two whole-page images (the theme page; the
# article page, dark), where the left sidebar was 7 px narrower, so the main column's text wrapped otherwise and all
# below it moved. No first screen (the page at a window's height) differed.
HEADLESS_CHROMIUM = "chromium-headless-shell"


def chromium_path() -> str:
    found = shutil.which(HEADLESS_CHROMIUM)
    if not found:
        raise SystemExit(f"Debian's {HEADLESS_CHROMIUM} is not installed: run `make browser` (`make test` does)")
    return found


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


@contextlib.contextmanager
def served(site: Path) -> Iterator[str]:
    """The site on a free local port; yields its base URL, ending in '/'."""
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(_Quiet, directory=str(site)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()


@contextlib.contextmanager
def chromium() -> Iterator[object]:
    """A headless Chromium browser (Playwright's sync API), Debian's HEADLESS_CHROMIUM."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=chromium_path(), args=CHROMIUM_FLAGS)
        try:
            yield browser
        finally:
            browser.close()


def transferred(browser, url: str) -> int:
    """Bytes a fresh visitor's browser fetches to show the page, once the network is quiet (charts included)."""
    context = browser.new_context()
    page = context.new_page()
    sizes: dict[str, int] = {}
    page.on("response", lambda response: sizes.__setitem__(response.url, len(response.body()) if response.ok else 0))
    page.goto(url, wait_until="networkidle")  # no request for 500 ms (charts are drawn into the page: no bundle)
    # what a page may still fetch once painted: the fonts its text uses (fetched when it is laid out), and images
    page.evaluate("() => document.fonts.ready.then(() => true)")
    page.wait_for_function("[...document.images].every(image => image.complete || image.loading === 'lazy')",
                           timeout=10_000)
    context.close()
    return sum(sizes.values())


def page_weights(site: Path) -> dict[str, int]:
    """Bytes transferred for each kind of page in PAGE_KINDS."""
    with served(site) as base, chromium() as browser:
        return {kind: transferred(browser, base + path) for kind, path in PAGE_KINDS.items()}
