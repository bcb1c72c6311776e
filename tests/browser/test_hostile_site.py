"""The site built from hostile data (tests/hostile.py), opened in Chromium: no page opens a dialog.

Every attack in the data calls alert(); an alert that runs opens a dialog, which
Playwright reports. A control page with the same attack as markup shows the check can fail.
"""
from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from hostile import HOSTILE, ONE_LINE, hostile_chapter, hostile_site
from test_site import opened, site_pages

from factcheck.pipeline.browse import served


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    return hostile_site(tmp_path_factory.getbasetemp() / "builds")


@pytest.fixture(scope="module")
def server(site):
    with served(site) as base:
        yield base


class DialogTab:
    """One browser tab that records and dismisses every dialog a page opens, under the name the page was opened as.

    Pages are opened one after another in the same tab, as a reader goes from page to page: a new tab for each,
    in a context of its own (as `browser.new_page` makes one), four loading side by side, took 13.5-13.9 s for the
    hostile site's pages; one tab, 4.7-4.9 s (two runs each, alone on this project's 2-core machine). Each page is
    waited for until its charts are drawn and its images loaded or failed before the next is opened, so a dialog
    is heard under its own page."""

    def __init__(self, browser):
        self.context = browser.new_context()
        self.page = self.context.new_page()
        self.opened: dict[str, list[str]] = {}
        self._current = ""
        self.page.on("dialog", self._dismiss)

    def _dismiss(self, dialog) -> None:
        self.opened.setdefault(self._current, []).append(dialog.message)
        dialog.dismiss()

    def dialogs(self, name: str, open_page) -> list[str]:
        """The messages of every dialog the page opens while open_page(tab) loads it and its charts render."""
        self._current = name
        self.opened[name] = []
        open_page(self.page)
        _rendered(self.page)
        return self.opened[name]

    def close(self) -> None:
        self.context.close()


@contextlib.contextmanager
def dialog_tab(browser):
    tab = DialogTab(browser)
    try:
        yield tab
    finally:
        tab.close()


def _rendered(page) -> None:
    """Wait for page's charts and images."""
    charts = page.locator("div[id^='chart-']")
    for index in range(charts.count()):
        charts.nth(index).locator("svg, canvas").first.wait_for(timeout=10_000)
    # An onerror handler runs when the image's load has failed: in the task that marks the image broken, which
    # `complete` then says (a lazy image below the fold loads, and fails, only when scrolled to: not waited for).
    page.wait_for_function("[...document.images].every(image => image.complete || image.loading === 'lazy')",
                           timeout=10_000)


def dialogs_on_each(browser, urls: list[str]) -> dict[str, list[str]]:
    """The dialogs each url opens, loaded in one tab (a refresh followed to its page, as test_site.opened does)."""
    def loaded(url):
        return lambda page: opened(page, url)

    with dialog_tab(browser) as tab:
        return {url: tab.dialogs(url, loaded(url)) for url in urls}


def test_the_dialog_check_catches_an_attack_that_runs(browser, tmp_path):
    control = "<html><body>" + "".join(HOSTILE[:2]) + "</body></html>"
    with dialog_tab(browser) as tab:
        assert tab.dialogs("control", lambda page: page.set_content(control)) != []
    # each attack alone in a served page, the pages opened one after another in one tab as the site's are: the
    # image's handler runs only once the server has answered that there is no such image, and each dialog is
    # heard under the page that opened it
    for number, attack in enumerate(HOSTILE[:2]):
        (tmp_path / f"{number}.html").write_text(f"<html><body><p>text</p>{attack}</body></html>", encoding="utf-8")
    (tmp_path / "calm.html").write_text("<html><body><p>text</p></body></html>", encoding="utf-8")
    with served(tmp_path) as base:
        found = dialogs_on_each(browser, [f"{base}{name}.html" for name in ("0", "calm", "1")])
    assert [messages != [] for messages in found.values()] == [True, False, True], found


def test_no_page_of_the_hostile_site_opens_a_dialog(site, server, browser):
    paths = site_pages(site)
    assert "book/documents/hostile.html" in paths and "book/themes/deportations.html" in paths
    opened = dialogs_on_each(browser, [f"{server}{path}" for path in paths])
    assert len(opened) == len(paths)
    assert {url: found for url, found in opened.items() if found} == {}


def test_a_participants_hostile_chapter_opens_no_dialog(tmp_path_factory, browser):
    from nbconvert import HTMLExporter

    chapter = hostile_chapter(tmp_path_factory.getbasetemp() / "participant")
    body, _ = HTMLExporter().from_filename(str(chapter))
    exported = chapter.with_suffix(".html")
    exported.write_text(body, encoding="utf-8")
    assert "&lt;img src=x onerror=alert(1)&gt;" in body
    with dialog_tab(browser) as tab:
        assert tab.dialogs("chapter", lambda page: page.goto(exported.as_uri(), wait_until="load")) == []


HOSTILE_FOLDER_NAME = "`ana` <img src=x onerror=alert(2)> [x](javascript:alert(3))"  # a folder name can hold no '/'


def _class_book_of_hostile_folders(base: Path) -> tuple[Path, str, Path]:
    """The participant's hostile folder and a copy under a hostile name, built into one class book from base."""
    chapter = hostile_chapter(base / "participant")
    folder = chapter.parent
    renamed = base / HOSTILE_FOLDER_NAME
    if not renamed.exists():
        shutil.copytree(folder, renamed, ignore=shutil.ignore_patterns("_site", "_failed"))
    out = base / "class-book"
    repo = Path(__file__).resolve().parents[2]
    made = subprocess.run([sys.executable, "-m", "factcheck", "class-book", str(folder), str(renamed), "--out", str(out)],
                          cwd=base, env={**os.environ, "PYTHONPATH": str(repo)}, capture_output=True, text=True,
                          timeout=600)
    assert (out / "html" / "index.html").is_file(), made.stdout + made.stderr
    return out / "html", made.stdout + made.stderr, folder


def test_the_participant_page_and_every_class_book_page_open_no_dialog(tmp_path_factory, browser):
    """A hostile headline reached the theme's hidden print header raw, class-book wrote it unescaped, and a
    backtick in a folder name broke out of the index's code span; the index named the instructor's folders."""
    base = tmp_path_factory.getbasetemp() / "class"
    base.mkdir(exist_ok=True)
    class_book, said, folder = _class_book_of_hostile_folders(base)
    participant_site = folder / "_site" / "html"  # written by its new-article --check
    assert (participant_site / "articles" / "wire17.html").is_file()
    index = (class_book / "index.html").read_text(encoding="utf-8")
    assert "is also" in index and "onerror=alert(2)" in index, said  # the clash names the hostile folder
    assert (class_book / "articles" / "wire17-2.html").is_file(), said   # whose chapter is in the book too
    assert str(base) not in index  # folders are named from where the command ran, not by absolute path
    opened, searched = {}, {}
    for site in (class_book, participant_site):
        with served(site) as url:
            found = dialogs_on_each(browser, [f"{url}{page.relative_to(site).as_posix()}"
                                              for page in sorted(site.rglob("*.html"))])
            searched[site.parent.name] = _search_for_the_headline(site, url, browser)
        opened.update({f"{site.parent.name}/{address.removeprefix(url)}": messages
                       for address, messages in found.items() if messages})
    assert opened == {}
    for where, (dialogs, shown) in searched.items():   # the headline found, shown as its words, running nothing
        assert dialogs == [] and any(ONE_LINE in text for text in shown), (where, dialogs, shown)


def _search_for_the_headline(site: Path, url: str, browser) -> tuple[list[str], list[str]]:
    """The dialogs the search page opens when a reader searches for the hostile headline among the titles, and
    the results it shows (their text). Sphinx 7.4 wrote titles into the index's `alltitles` as plain text and showed
    one it found there as HTML: the headline `<img src=x onerror=...>` ran (factcheck/pipeline/render.py)."""
    import html
    import json
    import re
    import urllib.parse

    written = (site / "searchindex.js").read_text(encoding="utf-8")
    titles = json.loads(re.fullmatch(r"Search\.setIndex\((.*)\)\s*", written, re.S).group(1))["alltitles"]
    as_html = html.escape(ONE_LINE, quote=False)
    assert not any(ONE_LINE in title for title in titles) and any(as_html in title for title in titles), titles
    query = urllib.parse.quote(as_html)   # the words as the index holds them: the page finds the title

    def search(page) -> None:
        page.goto(f"{url}search.html?q={query}", wait_until="load")
        page.wait_for_selector("#search-results li a", timeout=60_000)

    with dialog_tab(browser) as tab:
        dialogs = tab.dialogs("search", search)
        return dialogs, tab.page.eval_on_selector_all("#search-results li a", "links => links.map(a => a.textContent)")

