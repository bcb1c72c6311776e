"""The built reader pages speak plainly: no interval brackets, no code font for names from the code, no snake_case
words, and every figure the report works out carries its unit (read from the HTML of the session's clean build).

Reader pages are the landing page, the articles, the themes, the register, the claims index, the methods and
about pages; the workshop's pages teach the notation on purpose and are not read here. Text quoted from the
articles is theirs and is left as printed (their scraping debris included); text from the desk's data files is
being rewritten (issue 20), so its offenders are listed once, below, by the statement or check that carries them.
"""
from __future__ import annotations

import re

import pytest
from bs4 import BeautifulSoup

from factcheck.report.readable import dictionary

READER_PAGES = ["book/index.html", "book/register.html", "book/claims.html", "book/methods.html", "book/about.html",
                *(f"book/documents/{d}.html" for d in ("hearing16", "pep16", "oig17", "parole24", "ndd24")),
                *(f"book/themes/{t}.html" for t in ("deportations", "detainers", "docket", "caseloads"))]

BRACKETS = re.compile(r"[\[(]\s*-?[\d,.]+\s*,\s+-?[\d,.∞]+\s*[\])]")     # "(0, 15]", "[234,500, 235,500)"
SNAKE = re.compile(r"\b[a-z][a-z0-9]*(?:_[a-z0-9]+)+\b")                # "in_custody", "check_id"

# Words that are legitimately on a reader page although they look like code: the articles' own scraping debris,
# quoted as printed (WordPress shortcodes in the hearing article, documented in its provenance).
ALLOWED_SNAKE = {"lz_table", "lz_third_party", "lz_"}

# Text from data/statements.yml, data/checks.yml and data/references.csv that breaks these rules, by the statement
# or check that carries it: issue 20 rewrites these texts, then this list shrinks to nothing. Empty today.
KNOWN_DATA_TEXT_OFFENDERS: dict[str, str] = {}


def reader_text(built_site, page: str, drop: str = "") -> tuple[BeautifulSoup, str]:
    soup = BeautifulSoup((built_site / page).read_text(encoding="utf-8"), "html.parser")
    main = soup.find("main")
    for hidden in main.select("script, style, pre, details.factcheck-rerun" + (f", {drop}" if drop else "")):
        hidden.decompose()   # the rerun note is for people running the code: its commands are meant to be typed
    return main, main.get_text(" ")


def _known(element) -> bool:
    return any(parent.get("id") in KNOWN_DATA_TEXT_OFFENDERS for parent in element.parents if parent.name)


@pytest.mark.parametrize("page", READER_PAGES)
def test_no_interval_brackets_or_code_font_or_snake_case_on_a_reader_page(built_site, page):
    main, text = reader_text(built_site, page)
    for element in main.find_all(string=True):
        if _known(element):
            element.extract()
    text = main.get_text(" ")
    assert not main.find_all("code"), [c.get_text() for c in main.find_all("code")]
    assert not BRACKETS.findall(text), BRACKETS.findall(text)
    snake = {w for w in SNAKE.findall(text) if w not in ALLOWED_SNAKE}
    assert not snake, snake


def _unit_words() -> set[str]:
    words = dictionary()
    return {w for pair in words.units.values() for w in pair} | {"times", "per", "%"}


NUMBER = re.compile(r"(?<![\w.,])\$?\d[\d,]*(?:\.\d+)?(?:\s(?:million|billion|trillion))?")


def figures_without_unit(text: str, units: set[str]) -> list[str]:
    """Each figure in text with no unit after it (or $ before it); constants of a sum ("100 × ...", "÷ 15", "− 1") and
    figures inside quotation marks (the articles' words) are left alone."""
    text = re.sub(r"“[^”]*”", "“”", text)
    missing = []
    for match in NUMBER.finditer(text):
        figure, after, before = match.group(0), text[match.end():match.end() + 20], text[:match.start()]
        if figure.startswith("$") or after.startswith("%"):
            continue
        following = re.match(r"\s*([^\s.,;:)]+)", after)
        if following and following.group(1) in units:
            continue
        if re.match(r"\s*[×÷−+]", after) or re.search(r"[×÷−+]\s*$", before):
            continue   # a constant of the sum: twelve months, a hundred for a percentage, one less
        missing.append(text[max(0, match.start() - 40):match.end() + 20])
    return missing


@pytest.mark.parametrize("page", READER_PAGES)
def test_every_figure_the_report_works_out_has_its_unit(built_site, page):
    main, _ = reader_text(built_site, page, drop=".factcheck-reason")   # the desk's reason is data, as written
    units = _unit_words()
    generated = main.select(".factcheck-outcome, .factcheck-arithmetic p, table.factcheck-derived td")
    missing = [m for element in generated if not _known(element)
               for m in figures_without_unit(element.get_text(" "), units)]
    assert not missing, missing


def test_the_unit_test_finds_a_share_shown_without_its_unit_and_a_count_as_a_bare_number():
    units = {"people", "%", "times"}
    assert figures_without_unit("The figures give 3.636.", units) == ["The figures give 3.636."]
    assert figures_without_unit("between 6,703 and 6,744", units)
    assert not figures_without_unit("100 × 2,348 people ÷ (2,348 people + 62,231 people) = 3.636%.", units)
    assert not figures_without_unit("12 × 900,000 people ÷ 15 = 720,000 people; “more than 99%” fits", units)
    assert len(figures_without_unit("100 × (1 − 235,000 people ÷ 409,000 people) = 42.54.", units)) == 1


def test_the_bracket_and_snake_case_rules_find_what_they_are_for():
    assert BRACKETS.findall("read as (0, 15] and [234,500, 235,500)") == ["(0, 15]", "[234,500, 235,500)"]
    assert not BRACKETS.findall("TRAC's count for FY 2012 (273,982) is lower")
    assert SNAKE.findall("uses in_custody and check_id, not FY2015") == ["in_custody", "check_id"]
