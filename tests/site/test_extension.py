"""The site's search indexes numbers as printed, so "435,000" and "99.5" can be found."""
from __future__ import annotations

import pytest

from factcheck import paths
from factcheck.site.extension import SearchEnglishWithNumbers, search_words


def test_numbers_keep_their_separators_and_decimals_as_search_words():
    assert search_words("435,000 people; 99.5% at large") == ["435,000", "people", "99.5", "99.5%", "at", "large"]
    assert SearchEnglishWithNumbers.split(SearchEnglishWithNumbers.__new__(SearchEnglishWithNumbers),
                                          "$2.75 billion") == ["2.75", "billion"]


def test_a_percentage_is_found_however_it_is_printed_and_a_long_bare_number_as_articles_print_it():
    assert search_words("more than 99% of") == ["more", "than", "99", "99%", "of"]
    assert search_words("about 40 percent") == ["about", "40", "40%", "percent"]
    assert search_words("435000 and 2016") == ["435,000", "and", "2016"]
    hostile = "9" * 5000   # past Python's int() digit limit: kept as it is, never converted
    assert search_words(hostile) == [hostile]


def _query_words(query: str) -> list[str]:
    """The search box's splitQuery, run by Node on the query (the function the site ships)."""
    import json
    import shutil
    import subprocess

    node = shutil.which("node")
    assert node, "node is needed to run the search box's script (Node 20 is part of this machine's kind)"
    script = (paths.ROOT / "_static" / "factcheck.js").read_text(encoding="utf-8")
    function = script[script.index("var splitQuery"):script.index("};", script.index("var splitQuery")) + 2]
    program = function + f"\nprocess.stdout.write(JSON.stringify(splitQuery({json.dumps(query)})));"
    return json.loads(subprocess.run([node, "-e", program], capture_output=True, text=True, check=True).stdout)


@pytest.mark.parametrize(("query", "words"), [
    ("99%", ["99%"]), ("99 percent", ["99%"]), ("435000", ["435,000"]), ("435,000", ["435,000"]),
    ("99.5", ["99.5"]), ("at large", ["at", "large"]), ("9" * 40, ["9" * 40]),
])
def test_the_search_box_reads_a_query_as_the_index_reads_the_page(query, words):
    assert _query_words(query) == words
    indexed = set(search_words(f"the page says {query} here"))
    assert set(words) <= indexed


def test_the_root_page_carries_the_landing_pages_description_and_social_tags_but_not_its_address():
    from factcheck.site.extension import landing_meta

    landing = ('<meta property="og:title" content="T" />\n<meta property="og:url" content="https://x/book/index.html" />\n'
               '<meta name="description" content="What we found &amp; why" />\n<meta name="viewport" content="w" />')
    assert landing_meta(landing) == ('<meta property="og:title" content="T" />\n'
                                     '<meta name="description" content="What we found &amp; why" />\n')


def test_with_a_base_url_each_page_shares_its_kinds_card_and_without_one_no_relative_address():
    from factcheck.site.extension import CARDS, card_for, social_tags

    tags = ('<meta property="og:title" content="T" />\n<meta property="og:url" content="https://x.org/r/book/a.html" />\n'
            '<meta property="og:image" content="https://x.org/r/_static/social-card.png" />\n'
            '<meta property="og:image:alt" content="A" />')
    shared = social_tags(tags, "book/documents/ndd24", "https://x.org/r/")
    assert '<meta property="og:image" content="https://x.org/r/_static/cards/article.png" />' in shared
    assert 'og:url" content="https://x.org/r/book/a.html"' in shared and 'og:image:alt" content="A"' in shared
    assert [card_for(p) for p in ("book/index", "book/themes/docket", "book/register", "book/methods", "book/about")] == [
        "report", "theme", "register", "methods", "report"]
    assert "og:url" not in social_tags(tags, "book/index", "") and "og:image" not in social_tags(tags, "book/index", "")
    for kind in CARDS:   # every card a page can name is in the site's assets (tools/social_cards.py draws them)
        card = paths.ROOT / "_static" / "cards" / f"{kind}.png"
        assert card.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n", card
