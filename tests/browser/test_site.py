"""The site as a reader's browser sees it: served on localhost, opened in headless Chromium.

Every page loads with no console error and no request to another host, every
chart holds a rendered SVG or canvas, and axe finds nothing serious in the light or the
dark colour scheme at a desktop or a phone width. Screenshots of a document page and of the
chart page go to tests/artifacts/ (git-ignored) for a person to look at.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import pytest

ARTIFACTS = Path(__file__).resolve().parents[1] / "artifacts"
SCREENSHOTS = {"book/documents/pep16.html": "document-page.png", "book/methods.html": "chart-page.png"}


def site_pages(built_site: Path) -> list[str]:
    return sorted(p.relative_to(built_site).as_posix() for p in built_site.rglob("*.html")
                  if not p.relative_to(built_site).parts[0].startswith("_"))


@dataclass
class Visit:
    """What one page did when opened: the tests below read it, so each page is loaded once per scheme and width."""
    errors: list[str] = field(default_factory=list)
    foreign: list[str] = field(default_factory=list)
    charts: int = 0
    axe: list[str] = field(default_factory=list)   # each finding names the scheme and the width


# The theme follows the reader's system setting (default_mode: auto), so a reader may see either scheme.
SCHEMES = ("light", "dark")
WIDTHS = (1280, 390)
VIEWS = [(scheme, width) for scheme in SCHEMES for width in WIDTHS]


# One set of visits per scheme and width (tests/conftest.py runs each as a unit of its own, so both test processes
# share the work): every page is loaded at each width, as a phone would (the theme sets up its scrolling boxes on load).
@pytest.fixture(scope="module", params=VIEWS, ids=[f"{scheme}-{width}" for scheme, width in VIEWS])
def visits(request, built_site, site_url, browser) -> dict[str, Visit]:
    ARTIFACTS.mkdir(exist_ok=True)
    seen = {path: Visit() for path in site_pages(built_site)}
    scheme, width = request.param
    context = browser.new_context(color_scheme=scheme, viewport={"width": width, "height": 900})
    for path, visit in seen.items():
        page, errors, foreign = context.new_page(), [], []
        page.on("console", lambda message: message.type == "error" and errors.append(message.text))
        page.on("pageerror", lambda error: errors.append(str(error)))
        page.on("request", lambda request: request.url.startswith(site_url) or request.url.startswith("data:")
                or foreign.append(request.url))
        page.goto(f"{site_url}{path}", wait_until="networkidle")
        charts = page.locator("div[id^='chart-']")
        for index in range(charts.count()):
            charts.nth(index).locator("svg:visible").first.wait_for(timeout=10_000)   # the drawing for this width
        # What the page itself did, copied before axe runs: axe fetches the stylesheets again to
        # read them, resolving the theme's `@import "../basic.css"` against the page (a 404).
        visit.errors += [f"{scheme}, {width} px: {error}" for error in errors]
        visit.foreign += foreign
        visit.charts = max(visit.charts, charts.count())
        visit.axe += [f"{scheme}, {width} px: {finding}" for finding in serious_axe_violations(page)]
        if path in SCREENSHOTS and width == WIDTHS[0]:
            name = SCREENSHOTS[path].replace(".png", "" if scheme == "light" else "-dark")
            page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)
        page.close()
    context.close()
    return seen


def test_every_page_loads_offline_without_errors_and_every_chart_renders(visits):
    assert "book/methods.html" in visits and "book/documents/pep16.html" in visits
    problems = [f"{path}: console errors {visit.errors}" for path, visit in visits.items() if visit.errors]
    problems += [f"{path}: requests to other hosts {visit.foreign}" for path, visit in visits.items() if visit.foreign]
    assert problems == []
    assert visits["book/methods.html"].charts >= 1, "the methods page has a chart"


def test_every_chart_has_a_short_caption_and_says_its_numbers_to_a_screen_reader(built_site):
    import html as html_module
    import re

    methods = (built_site / "book" / "methods.html").read_text(encoding="utf-8")
    assert 'id="chart-hedge-intervals"' in methods and "<figcaption" in methods
    described = [html_module.unescape(label) for label in re.findall(r'role="img" aria-label="([^"]*)"', methods)]
    assert any("between 99.5 and 100.5" in label for label in described)   # the numbers, in words, for a screen reader
    assert not any(re.search(r"[\[(]-?[\d.,]+, ", label) for label in described)   # never in interval notation
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


def test_every_page_passes_axe_with_no_serious_critical_or_landmark_violation(visits):
    problems = [f"{path}: {finding}" for path, visit in visits.items() for finding in visit.axe]
    assert problems == []
