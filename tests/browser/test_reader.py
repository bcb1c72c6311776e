"""The site as a reader meets it, in headless Chromium: light pages, no notebook plumbing, anchors that resolve, and
numbers the search box finds (no sideways scroll on a phone: test_site.py's visits)."""
from __future__ import annotations

import re

import pytest

from factcheck.pipeline.browse import PAGE_KINDS, budget, transferred
from factcheck.report.register import outcomes

READER_PAGES = ["book/index.html", "book/about.html", "book/claims.html", "book/register.html", "book/methods.html",
                "book/documents/hearing16.html", "book/documents/pep16.html", "book/documents/oig17.html",
                "book/documents/parole24.html", "book/documents/ndd24.html", "book/themes/deportations.html",
                "book/themes/detainers.html", "book/themes/docket.html", "book/themes/caseloads.html"]
WORKSHOP_PAGES = ["book/workshop/guide.html", "book/workshop/anchor-a-claim.html", "book/workshop/hedge-to-interval.html",
                  "book/workshop/percentage-vs-counts.html", "book/workshop/comparable-or-not.html"]
PLUMBING = re.compile(r"papermill|this notebook|# Parameters|injected-parameters|hedge_preset =|Show code cell|"
                      r"toggle-button|cell_input", re.IGNORECASE)


@pytest.mark.parametrize("kind", PAGE_KINDS)
def test_every_kind_of_page_stays_within_its_budget(site_url, browser, kind):
    """The landing page within 350 KB, a page with charts within 520 KB, the long tables within 1 MB, uncompressed."""
    limit = budget(kind)
    weight = transferred(browser, site_url + PAGE_KINDS[kind])
    assert weight <= limit, f"{kind} page: {weight / 1024:.0f} KB, over its {limit / 1024:.0f} KB"


# PAGE_KINDS's sample article and theme are weighed by the test above against the chart pages' budget (the test
# below asserts it): the test that follows weighs the other articles and themes, so each page is loaded once.
CHART_PAGES_ALSO = [p for p in READER_PAGES if p.startswith(("book/documents/", "book/themes/"))
                    and p not in PAGE_KINDS.values()]


def test_the_sample_article_and_theme_are_weighed_against_the_chart_page_budget():
    samples = {kind: budget(kind) for kind, path in PAGE_KINDS.items()
               if path.startswith(("book/documents/", "book/themes/"))}
    assert samples == {"article with a chart": budget("article with a chart"), "theme": budget("article with a chart")}


@pytest.mark.parametrize("path", CHART_PAGES_ALSO)
def test_every_article_and_theme_page_stays_within_the_chart_page_budget(site_url, browser, path):
    """Not only the sample page of each kind: the longest article (five chart panels) is the one that ran over."""
    weight = transferred(browser, site_url + path)
    limit = budget("article with a chart")
    assert weight <= limit, f"{path}: {weight / 1024:.0f} KB, over {limit // 1024} KB"


def test_a_chart_shows_with_scripts_off_and_no_page_loads_a_chart_library(site_url, browser):
    context = browser.new_context(java_script_enabled=False, viewport={"width": 390, "height": 844})
    page = context.new_page()
    fetched: list[str] = []
    page.on("request", lambda request: fetched.append(request.url))
    page.goto(site_url + "book/documents/ndd24.html", wait_until="load")   # scripts off: nothing is fetched after
    phone_drawing = page.locator("div.factcheck-chart .chart-narrow svg").first
    assert phone_drawing.is_visible() and not page.locator("div.factcheck-chart .chart-wide svg").first.is_visible()
    assert phone_drawing.bounding_box()["width"] <= 390
    assert not any("vega" in url for url in fetched)
    context.close()


# No page scrolls sideways on a phone: tests/browser/test_site.py's visits measure it, at 390 px in both schemes.


def test_reader_pages_show_no_parameters_no_code_toggles_and_no_notebook_language(built_site):
    for path in READER_PAGES:
        # the closed "How to rerun this page" note at the foot is for people rerunning, and may name the tools
        main = re.sub(r'<details class="factcheck-rerun">.*?</details>', "", _main(built_site / path), flags=re.S)
        found = PLUMBING.findall(main)
        assert not found, f"{path}: {found}"
        assert "highlight-ipython3" not in main, f"{path} shows a code cell"


def test_workshop_pages_keep_their_code(built_site):
    assert "highlight-ipython3" in (built_site / "book/workshop/percentage-vs-counts.html").read_text(encoding="utf-8")


def test_every_check_has_an_anchor_on_every_page_that_shows_it(built_site):
    ids = {o.check.id for o in outcomes()}
    register = (built_site / "book/register.html").read_text(encoding="utf-8")
    assert {i for i in ids if f'id="{i}"' not in register} == set(), "every check is on the register"
    for path in READER_PAGES:
        html = (built_site / path).read_text(encoding="utf-8")
        for target in set(re.findall(r'href="#([^"]+)"', html)) & ids:
            assert f'id="{target}"' in html, f"{path} links to #{target}, which it does not show"


@pytest.mark.parametrize(("query", "shown", "page"), [
    ("435,000", "435,000", "ndd24"), ("435000", "435,000", "ndd24"), ("99%", "99%", "parole24"),
    ("99 percent", "99%", "parole24"), ("99.5", "99.5", "methods"), ("662,566", "662,566", None)])
def test_the_search_box_finds_a_number_however_it_is_typed(site_url, desktop, query, shown, page):
    from playwright.sync_api import TimeoutError as NotShown

    desktop.goto(site_url + f"search.html?q={query}", wait_until="load")
    # Sphinx shows the results one at a time (5 ms apart) and then says how many it found. Each result's snippet
    # (p.context) comes later still, from a fetch of its page: a run on a loaded machine read titles only. Read
    # once every result has its snippet.
    desktop.wait_for_function("document.querySelector('#search-results .search-summary')?.innerText",
                              timeout=15_000)
    desktop.wait_for_selector("#search-results li", timeout=15_000)
    try:
        desktop.wait_for_function("[...document.querySelectorAll('#search-results li')]"
                                  ".every(result => result.querySelector('p.context'))", timeout=15_000)
    except NotShown:
        pass   # the assertions below say what was shown
    snippets = desktop.locator("#search-results li").all_inner_texts()
    links = desktop.locator("#search-results li a").evaluate_all("links => links.map(a => a.href)")
    assert any(shown in snippet for snippet in snippets), snippets
    assert page is None or any(f"/{page}.html" in link for link in links), links
    assert not any("import " in snippet or "ledger =" in snippet for snippet in snippets)   # snippets show no code


def test_every_page_has_a_description_and_social_tags_and_the_root_a_title(built_site):
    for path in READER_PAGES:
        html = (built_site / path).read_text(encoding="utf-8")
        assert re.search(r'<meta name="description" content="[^"]{40,}"', html), path
        assert 'property="og:title"' in html and 'name="twitter:card"' in html, path
    root = (built_site / "index.html").read_text(encoding="utf-8")
    assert "<title>" in root
    landing_description = re.search(r'<meta name="description" content="([^"]{40,})"',
                                    (built_site / "book/index.html").read_text(encoding="utf-8")).group(1)
    assert f'<meta name="description" content="{landing_description}"' in root   # a shared address has a preview
    assert 'property="og:title"' in root


def _main(page) -> str:
    html = page.read_text(encoding="utf-8")
    start = html.find('<main id="main-content"')
    return html[start:html.find("</main>", start)] if start >= 0 else html
