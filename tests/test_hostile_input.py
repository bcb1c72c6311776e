"""A hostile string in every free-text field reaches the published site as text: never as markup, script or MyST.

The site is built from a copy of the repository with hostile data everywhere (see
hostile.py); tests/browser/test_hostile_site.py opens the same site in Chromium.
"""
from __future__ import annotations

import html
import json
import re

import pytest
from hostile import HOSTILE, HOSTILE_URL, ONE_LINE, QUOTES, hostile_chapter, hostile_site, myst_html

SHOWN = html.escape(HOSTILE[1], quote=False)  # "&lt;img src=x onerror=alert(1)&gt;": the data, shown as text


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    return hostile_site(tmp_path_factory.getbasetemp() / "builds")


def pages(site) -> dict[str, str]:
    return {p.relative_to(site).as_posix(): p.read_text(encoding="utf-8") for p in site.rglob("*.html")
            if not p.relative_to(site).parts[0].startswith("_")}


def test_no_page_carries_an_attack_as_markup(site):
    found = pages(site)
    assert {"book/documents/hostile.html", "book/themes/deportations.html", "book/register.html"} <= set(found)
    for path, page in found.items():
        assert "<script>alert" not in page and "<img src=x" not in page, path
        assert not re.search(r"""href=["']?\s*javascript:""", page, re.IGNORECASE), path
        assert page.count("<script") == page.count("</script>"), f"{path}: a script element was closed early"


@pytest.mark.parametrize("path", ["book/documents/hostile.html", "book/themes/deportations.html", "book/register.html"])
def test_the_hostile_text_is_shown_as_written(site, path):
    page = (site / path).read_text(encoding="utf-8")
    assert SHOWN in page
    assert "{glue:text}`n_claims`" in page and "[x](javascript:alert(1))" in page  # MyST left it alone: plain text


def test_the_article_page_shows_provenance_quotes_and_chart_as_text(site):
    page = (site / "book/documents/hostile.html").read_text(encoding="utf-8")
    assert f'<p class="factcheck-byline"><strong>{html.escape(ONE_LINE)} (outlet inferred)</strong>' in page
    assert re.search('<mark class="claim[^"]*" id="hostile-01"', page) and html.escape("</script><script>alert(1)</script>") in page
    assert 'id="chart-document-hostile"' in page
    assert "40 percent of \\u003c/script\\u003e\\u003cscript\\u003ealert(1)\\u003c/script\\u003e cases" in page


def test_the_theme_page_keeps_its_hostile_title_and_question_as_text(site):
    page = (site / "book/themes/deportations.html").read_text(encoding="utf-8")
    assert "<strong>&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;" in page  # the question, as text
    caption = re.search(r'id="chart-theme-deportations-caption">(.*?)</figcaption>', page, re.S).group(1)
    assert caption.startswith("&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;")  # the title, as text


def test_the_register_publishes_hostile_checks_as_json_that_reads_back(site):
    page = (site / "book/register.html").read_text(encoding="utf-8")
    reviews = [json.loads(body) for body in re.findall(r'<script type="application/ld\+json">(.*?)</script>', page, re.S)]
    rated = next(r for r in reviews if r["claimReviewed"] == QUOTES["hostile-01"])   # the statement, read back as written
    assert rated["reviewRating"]["ratingExplanation"] == ONE_LINE
    assert rated["itemReviewed"]["author"]["name"] == ONE_LINE   # the speaker quoted directly, as written
    # the flag quoting the same words rates no statement: the statement's review is the only one that holds them
    assert sum(HOSTILE[0] in r["claimReviewed"] for r in reviews) == 1


def test_a_hostile_reference_is_a_link_and_text_never_markup(site):
    page = (site / "book/register.html").read_text(encoding="utf-8")
    assert f'href="{html.escape(HOSTILE_URL)}"' in page
    assert "onmouseover='alert" not in page


def test_a_participants_hostile_headline_is_a_plain_heading(tmp_path_factory):

    chapter = json.loads(hostile_chapter(tmp_path_factory.getbasetemp() / "participant").read_text(encoding="utf-8"))
    first = next(cell for cell in chapter["cells"] if cell["cell_type"] == "markdown")
    source = "".join(first["source"])
    assert source.startswith("# ")
    assert myst_html(source.splitlines()[0]).strip() == f"<h1>{html.escape(ONE_LINE, quote=False)}</h1>"
    outputs = "".join("".join(v) if isinstance(v, list) else v for cell in chapter["cells"]
                      for output in cell.get("outputs", []) for kind, v in output.get("data", {}).items()
                      if kind == "text/html")
    assert SHOWN in outputs and "<img src=x" not in outputs and "<script>alert" not in outputs
