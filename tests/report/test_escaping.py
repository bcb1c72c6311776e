"""JSON inside <script> and text inside markdown stay data, whatever they hold."""
from __future__ import annotations

import html
import json

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

    shown = article_words("a \u200f-5 and 1\u202e000 <b> \u2067x\u2069")
    assert not any(character in shown for character in "\u200f\u202e\u2067\u2069")
    assert [shown.count(f"[U+{code}]") for code in ("200F", "202E", "2067", "2069")] == [1, 1, 1, 1]
    assert "&lt;b&gt;" in shown and shown.startswith("a <span") and article_words("plain") == "plain"
