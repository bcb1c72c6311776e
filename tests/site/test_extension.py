"""The site's search indexes numbers as printed, so "435,000" and "99.5" can be found."""
from __future__ import annotations

import re

from factcheck import paths
from factcheck.site.extension import WORD, SearchEnglishWithNumbers


def test_numbers_keep_their_separators_and_decimals_as_search_words():
    assert WORD.findall("435,000 people; 99.5% at large") == ["435,000", "people", "99.5", "at", "large"]
    assert SearchEnglishWithNumbers.split(SearchEnglishWithNumbers.__new__(SearchEnglishWithNumbers),
                                          "$2.75 billion") == ["2.75", "billion"]


def test_the_search_box_splits_a_query_the_same_way():
    script = (paths.ROOT / "_static" / "factcheck.js").read_text(encoding="utf-8")
    pattern = re.search(r"query\.match\(/(.*?)/gu\)", script).group(1)
    assert pattern.startswith(WORD.pattern.split("|")[0] + "|")
