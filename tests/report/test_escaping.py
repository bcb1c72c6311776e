"""JSON inside <script> and text inside markdown stay data, whatever they hold."""
from __future__ import annotations

import html
import json
import re

import pytest
from hostile import HOSTILE, ONE_LINE, myst_html

from factcheck.report.escaping import ScriptSafeEncoder, markdown_text, script_json


@pytest.mark.parametrize("text", HOSTILE + [ONE_LINE])
def test_json_in_a_script_cannot_end_it_and_reads_back_the_same(text):
    data = {"quote": text, "nested": [{"period": text}]}
    encoded = script_json(data, ensure_ascii=False)
    assert "<" not in encoded and ">" not in encoded and "&" not in encoded
    assert json.loads(encoded) == data


def test_the_encoder_escapes_when_a_library_streams_its_json():
    data = {"a": ["</script>"] * 3}
    streamed = "".join(ScriptSafeEncoder().iterencode(data))
    assert "</" not in streamed and json.loads(streamed) == data


@pytest.mark.parametrize("text", HOSTILE + [ONE_LINE, "ICE's $1.2 billion: *not* a #1 story \\ 100%"])
def test_markdown_text_renders_as_exactly_the_text(text):
    rendered = myst_html("# " + markdown_text(text))
    assert rendered.strip() == f"<h1>{html.escape(text, quote=False)}</h1>"


def test_markdown_text_keeps_a_heading_on_one_line():
    assert myst_html("# " + markdown_text("Two\n\n# lines")).strip() == "<h1>Two # lines</h1>"


def test_an_articles_words_show_each_character_that_would_change_the_direction_of_what_follows():
    """An article's "1\\u202e000" showed the rest reversed, and "\\u200f-5" showed "5-": every quote of an article's
    words on a page (claims tables, statements, evidence) goes through article_words."""
    from factcheck.report.escaping import article_words

    from factcheck.report.escaping import markdown_text, plain_words

    text = "a \u200f-5 and 1\u202e000 <b> \u2067x\u2069 \u200ey \u061cz"
    codes = ("200F", "202E", "2067", "2069", "200E", "061C")
    for shown in (article_words(text), plain_words(text), markdown_text(text)):
        assert not any(chr(int(code, 16)) in shown for code in codes), shown
        assert [shown.replace("\\", "").count(f"[U+{code}]") for code in codes] == [1] * len(codes), shown
    assert "&lt;b&gt;" in article_words(text) and article_words(text).startswith("a <span")
    assert article_words("plain") == plain_words("plain") == "plain"
    assert "\\[U+202E\\]" in markdown_text("1\u202e000")   # its brackets escaped: never a link's


def test_no_article_words_reach_a_page_escaped_another_way():
    """Every quote of an article's words (a quote, the sentence around it) goes through article_words: a module
    that escaped one with html.escape showed a direction character raw (the claims table, the workshop's cards)."""
    import inspect

    from factcheck.report import chapters, display, drafts, pages, source_view
    from factcheck.workshop import anchoring, hedging, shares

    pattern = re.compile(r"\bescape\((?:str\()?(?:in_quotes\()?(?:\w+\[.quote.\]|\w+\.quote\b|quote\)|\w+\.sentence\b"
                         r"|\w+\.context\b|\w+\.tested_quote\b)")
    for module in (chapters, display, drafts, pages, source_view, anchoring, hedging, shares):
        assert not pattern.findall(inspect.getsource(module)), module.__name__


def test_a_direction_character_is_shown_as_its_code_in_tooltips_links_and_chart_rows():
    """Where no markup can go (a tooltip, an aria-label, a chart's data and label), the code is written as text."""
    import pandas as pd

    from factcheck.report.chapters import permalink
    from factcheck.report.claim_charts import _label, _rows
    from factcheck.report.source_view import Marker, source_html

    assert "1[U+202E]000" in permalink("x", "check", "1\u202e000") and "\u202e" not in permalink("x", "check", "1\u202e0")
    row = {"claim_id": "d-01", "doc_id": "d", "quote": "1\u202e000", "start": 5, "end": 10, "value": 1000.0,
           "value_to": None, "low": 1000.0, "high": 1000.0, "bounds": "[]", "unit": "people", "words": "",
           "condition": "", "metric": "m", "period": "2024"}
    page = source_html("said 1\u202e000 came", pd.DataFrame([row]), {"d-01": Marker("s-1", "wrong", 1)})
    assert "\u202e" not in page and 'aria-label="“1[U+202E]000”: in a statement rated wrong"' in page
    word = {**row, "bounds": "", "words": "record", "condition": "higher \u202eever"}
    assert 'title="the words claim: higher [U+202E]ever"' in source_html("said 1\u202e000 came", pd.DataFrame([word]))
    (drawn,) = _rows(pd.DataFrame([row]), None)
    assert drawn["quote"] == "1[U+202E]000" and drawn["label"] == "“1[U+202E]000”"
    long = _label({"quote": "more than twenty-two thou\u202esand people"}, None)
    assert long == "“more than twenty-two thou…”"   # never cut inside a code
    assert _label({"quote": "fewer than 20,000 \u202epeople"}, None) == "“fewer than 20,000 [U+202E]…”"
    assert _label({"quote": "1\u202e000 people were held"}, None) == "“1[U+202E]000 people were h…”"
    assert _label({"quote": "a" * 28}, None) == f"“{'a' * 28}”" and _label({"quote": "a" * 29}, None) == f"“{'a' * 26}…”"
