"""The site as a reader's browser sees it: served on localhost, opened in headless Chromium.

Every page loads with no console error and no request to another host, and every
chart holds a rendered SVG or canvas. Screenshots of a document page and of the
chart page go to tests/artifacts/ (git-ignored) for a person to look at.
"""
from __future__ import annotations

from pathlib import Path

import pytest

ARTIFACTS = Path(__file__).resolve().parents[1] / "artifacts"
SCREENSHOTS = {"book/documents/pep16.html": "document-page.png", "book/methods.html": "chart-page.png"}


def site_pages(built_site: Path) -> list[str]:
    return sorted(p.relative_to(built_site).as_posix() for p in built_site.rglob("*.html")
                  if not p.relative_to(built_site).parts[0].startswith("_"))


def test_every_page_loads_offline_without_errors_and_every_chart_renders(built_site, site_url, browser):
    pages = site_pages(built_site)
    assert "book/methods.html" in pages and "book/documents/pep16.html" in pages
    ARTIFACTS.mkdir(exist_ok=True)
    problems, charts_seen = [], 0
    for path in pages:
        page = browser.new_page()
        errors, foreign = [], []
        page.on("console", lambda message: message.type == "error" and errors.append(message.text))
        page.on("pageerror", lambda error: errors.append(str(error)))
        page.on("request", lambda request: request.url.startswith(site_url) or request.url.startswith("data:")
                or foreign.append(request.url))
        page.goto(f"{site_url}{path}", wait_until="networkidle")
        charts = page.locator("div[id^='chart-']")
        for index in range(charts.count()):
            chart = charts.nth(index)
            chart.locator("svg, canvas").first.wait_for(timeout=10_000)
            charts_seen += 1
        if errors:
            problems.append(f"{path}: console errors {errors}")
        if foreign:
            problems.append(f"{path}: requests to other hosts {foreign}")
        if path in SCREENSHOTS:
            page.screenshot(path=str(ARTIFACTS / SCREENSHOTS[path]), full_page=True)
        page.close()
    assert problems == []
    assert charts_seen >= 1, "the methods page has a chart"


def test_every_chart_has_a_short_caption_and_says_its_numbers_to_a_screen_reader(built_site):
    import html as html_module
    import re

    methods = (built_site / "book" / "methods.html").read_text(encoding="utf-8")
    assert 'id="chart-hedge-intervals"' in methods and "<figcaption" in methods
    described = [html_module.unescape(label) for label in re.findall(r'role="img" aria-label="([^"]*)"', methods)]
    assert any("[99.5, 100.5)" in label for label in described)   # the numbers, in words, for a screen reader
    for page in built_site.joinpath("book").rglob("*.html"):
        text = page.read_text(encoding="utf-8")
        for caption in re.findall(r"<figcaption[^>]*>(.*?)</figcaption>", text, re.S):
            assert len(caption.split()) <= 60, f"{page.name}: a caption of {len(caption.split())} words"


# Moderate, but they decide whether a screen-reader user can jump around the page: everything in a landmark,
# and no two landmarks with the same name.
LANDMARK_RULES = {"region", "landmark-unique"}


def serious_axe_violations(page) -> list[str]:
    """axe-core's serious and critical findings on an open page, and any landmark finding (axe is injected from the
    installed package: offline)."""
    from axe_playwright_python.sync_playwright import Axe

    return [f"{violation['id']} ({violation['impact']}): {violation['help']} at "
            f"{[node['target'] for node in violation['nodes'][:3]]}"
            for violation in Axe().run(page).response["violations"]
            if violation["impact"] in ("serious", "critical") or violation["id"] in LANDMARK_RULES]


def test_the_axe_check_catches_a_page_with_a_serious_violation(browser):
    page = browser.new_page()
    page.set_content('<html lang="en"><title>t</title><main><p style="color:#ddd;background:#fff">faint text</p>'
                     '<button></button></main><p>a paragraph outside every landmark</p></html>')
    found = " ".join(serious_axe_violations(page))
    page.close()
    assert "color-contrast" in found and "button-name" in found and "region" in found


def test_every_page_passes_axe_with_no_serious_critical_or_landmark_violation(built_site, site_url, browser):
    problems = []
    for path in site_pages(built_site):
        page = browser.new_page()
        page.goto(f"{site_url}{path}", wait_until="networkidle")
        problems += [f"{path}: {finding}" for finding in serious_axe_violations(page)]
        page.close()
    assert problems == []
