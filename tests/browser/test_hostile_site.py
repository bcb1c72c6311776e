"""The site built from hostile data (tests/hostile.py), opened in Chromium: no page opens a dialog.

Every attack in the data calls alert(); an alert that runs opens a dialog, which
Playwright reports. A control page with the same attack as markup shows the check can fail.
"""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from hostile import HOSTILE, hostile_chapter, hostile_site
from test_site import followed, site_pages

from factcheck.pipeline.browse import served


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    return hostile_site(tmp_path_factory.getbasetemp() / "builds")


@pytest.fixture(scope="module")
def server(site):
    with served(site) as base:
        yield base


def _listening(browser) -> tuple[object, list[str]]:
    """A new page that records and dismisses every dialog it opens."""
    page = browser.new_page()
    opened: list[str] = []

    def dismiss(dialog):
        opened.append(dialog.message)
        dialog.dismiss()

    page.on("dialog", dismiss)
    return page, opened


def _rendered(page) -> None:
    """Wait for page's charts and images, then close it."""
    charts = page.locator("div[id^='chart-']")
    for index in range(charts.count()):
        charts.nth(index).locator("svg, canvas").first.wait_for(timeout=10_000)
    # An onerror handler runs when the image's load has failed: in the task that marks the image broken, which
    # `complete` then says (a lazy image below the fold loads, and fails, only when scrolled to: not waited for).
    page.wait_for_function("[...document.images].every(image => image.complete || image.loading === 'lazy')",
                           timeout=10_000)
    page.close()


def dialogs_on(browser, open_page) -> list[str]:
    """The messages of every dialog a page opens while it loads and renders its charts."""
    page, opened = _listening(browser)
    open_page(page)
    _rendered(page)
    return opened


def dialogs_on_each(browser, urls: list[str], at_once: int = 4) -> dict[str, list[str]]:
    """dialogs_on(page.goto(url, wait_until="load")) for each url (a refresh followed to its page, as
    test_site.opened does), at_once pages loading side by side. An image's error handler runs before the page's
    load event (the image delays it until it has failed), and _rendered waits for every image."""
    opened = {}
    for start in range(0, len(urls), at_once):
        loading = []
        for url in urls[start:start + at_once]:
            page, opened[url] = _listening(browser)
            page.goto(url, wait_until="commit")
            loading.append((page, url))
        for page, url in loading:
            page.wait_for_load_state("load")
            followed(page, url)
            _rendered(page)
    return opened


def test_the_dialog_check_catches_an_attack_that_runs(browser, tmp_path):
    control = "<html><body>" + "".join(HOSTILE[:2]) + "</body></html>"
    assert dialogs_on(browser, lambda page: page.set_content(control)) != []
    # each attack alone in a served page, as the site's pages are opened: the image's handler runs only once the
    # server has answered that there is no such image
    for number, attack in enumerate(HOSTILE[:2]):
        (tmp_path / f"{number}.html").write_text(f"<html><body><p>text</p>{attack}</body></html>", encoding="utf-8")
    with served(tmp_path) as base:
        for number, attack in enumerate(HOSTILE[:2]):
            opened = dialogs_on(browser, lambda page: page.goto(f"{base}{number}.html", wait_until="load"))
            assert opened != [], attack
        # and the pages loading side by side, as the hostile site's are opened
        side_by_side = dialogs_on_each(browser, [f"{base}{number}.html" for number in range(2)], at_once=2)
        assert [found != [] for found in side_by_side.values()] == [True, True], side_by_side


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
    assert dialogs_on(browser, lambda page: page.goto(exported.as_uri(), wait_until="load")) == []


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
    assert "already" in index and "onerror=alert(2)" in index, said  # the clash names the hostile folder
    assert str(base) not in index  # folders are named from where the command ran, not by absolute path
    opened = {}
    for site in (class_book, participant_site):
        with served(site) as url:
            for page in sorted(site.rglob("*.html")):
                path = page.relative_to(site).as_posix()
                found = dialogs_on(browser, lambda tab: tab.goto(f"{url}{path}", wait_until="load"))
                if found:
                    opened[f"{site.parent.name}/{path}"] = found
    assert opened == {}
