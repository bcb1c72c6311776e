"""The site built from hostile data (tests/hostile.py), opened in Chromium: no page opens a dialog.

Every attack in the data calls alert(); an alert that runs opens a dialog, which
Playwright reports. A control page with the same attack as markup shows the check can fail.
"""
from __future__ import annotations

import pytest
from hostile import HOSTILE, hostile_chapter, hostile_site
from test_site import site_pages

from factcheck.pipeline.browse import served


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    return hostile_site(tmp_path_factory.getbasetemp() / "builds")


@pytest.fixture(scope="module")
def server(site):
    with served(site) as base:
        yield base


def dialogs_on(browser, open_page) -> list[str]:
    """The messages of every dialog a page opens while it loads and renders its charts."""
    page = browser.new_page()
    opened: list[str] = []

    def dismiss(dialog):
        opened.append(dialog.message)
        dialog.dismiss()

    page.on("dialog", dismiss)
    open_page(page)
    charts = page.locator("div[id^='chart-']")
    for index in range(charts.count()):
        charts.nth(index).locator("svg, canvas").first.wait_for(timeout=10_000)
    page.wait_for_timeout(200)  # an onerror handler runs after the failed image load
    page.close()
    return opened


def test_the_dialog_check_catches_an_attack_that_runs(browser):
    control = "<html><body>" + "".join(HOSTILE[:2]) + "</body></html>"
    assert dialogs_on(browser, lambda page: page.set_content(control)) != []


def test_no_page_of_the_hostile_site_opens_a_dialog(site, server, browser):
    paths = site_pages(site)
    assert "book/documents/hostile.html" in paths and "book/themes/deportations.html" in paths
    opened = {path: dialogs_on(browser, lambda page: page.goto(f"{server}{path}", wait_until="networkidle"))
              for path in paths}
    assert {path: found for path, found in opened.items() if found} == {}


def test_a_participants_hostile_chapter_opens_no_dialog(tmp_path_factory, browser):
    from nbconvert import HTMLExporter

    chapter = hostile_chapter(tmp_path_factory.getbasetemp() / "participant")
    body, _ = HTMLExporter().from_filename(str(chapter))
    exported = chapter.with_suffix(".html")
    exported.write_text(body, encoding="utf-8")
    assert "&lt;img src=x onerror=alert(1)&gt;" in body
    assert dialogs_on(browser, lambda page: page.goto(exported.as_uri(), wait_until="load")) == []
