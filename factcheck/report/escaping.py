"""Data on its way into a page: JSON inside <script>, text inside markdown, and cells of a CSV download, so it
stays text.

Text inside HTML elements and attributes is escaped with `html.escape` where it is
written (display, chapters, source_view); these cases need more than that:

* JSON in a <script> element ends the element at the first `</script>`, whatever
  JSON's own quoting says; `<`, `>` and `&` written as `\\u003c`, `\\u003e`, `\\u0026`
  read back as the same characters and can never close it.
* Markdown (and MyST) read punctuation as syntax: `<img ...>` is raw HTML,
  `[x](javascript:...)` a link, `` {glue}`x` `` a role, `$x$` maths. CommonMark lets
  any ASCII punctuation character be escaped with a backslash, which turns it into
  that character as plain text.
* A spreadsheet opening a CSV download runs a cell that starts with `=`, `+`, `-` or `@` as a formula
  (`=HYPERLINK(...)` sends what the sheet holds elsewhere): such a text cell gets an apostrophe in front, the mark a
  spreadsheet reads as "this is text" (OWASP's advice on CSV injection). A number, or text that reads as one
  ("-3", "+2.5%"), is left as it is.
"""
from __future__ import annotations

import html
import json
import re
import string

SCRIPT_UNSAFE = {"<": "\\u003c", ">": "\\u003e", "&": "\\u0026"}
# What a spreadsheet may read as the start of a formula: OWASP ASVS requirement 1.2.10 (chapter V1, Encoding and
# Sanitization, as read in a copy of the standard's text) names = + - @, the tab and the NUL character; a carriage
# return is the other character exporters commonly guard against.
FORMULA_START = tuple("=+-@\t\r\0")
PLAIN_NUMBER = re.compile(r"[+-]?(?:\d[\d,]*)?(?:\.\d+)?%?")
MARKDOWN_PUNCTUATION = re.compile("([" + re.escape(string.punctuation) + "])")


class ScriptSafeEncoder(json.JSONEncoder):
    """A JSON encoder whose output can sit inside <script> (pass it as `cls=` to json.dumps, or to Altair)."""

    def encode(self, o) -> str:
        return _script_safe(super().encode(o))

    def iterencode(self, o, _one_shot=False):
        for chunk in super().iterencode(o, _one_shot):
            yield _script_safe(chunk)


def script_json(data, **json_options) -> str:
    """JSON that cannot close its <script> element early, whatever the data's strings contain."""
    return json.dumps(data, cls=ScriptSafeEncoder, **json_options)


# The characters that set the direction of the text after them (marks, embeddings, overrides, isolates): one in an
# article's words ("1\u202e000", "\u200f-5") showed what follows it reversed or a sign moved, unseen. Each is shown
# as its code instead; in the full text it is still one character of the article, so every offset stays as it is.
DIRECTION = re.compile("[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def article_words(text) -> str:
    """An article's words (a quote, a passage) as HTML text: escaped, and each character that would change the
    direction of what follows it shown as its code, in a span a reader can point at."""
    return DIRECTION.sub(lambda found: '<span class="factcheck-invisible" title="an invisible character that changes '
                                       f'the direction of the text after it">{_code(found)}</span>',
                         html.escape(str(text)))


def plain_words(text) -> str:
    """An article's words as plain text where no markup can go (an attribute, a chart's label): each character
    that would change the direction of what follows it written as its code."""
    return DIRECTION.sub(_code, str(text))


def _code(found) -> str:
    return f"[U+{ord(found.group()):04X}]"


def spreadsheet_text(value):
    """A cell of a CSV download as a spreadsheet shows it, never runs it: text that would start a formula gets an
    apostrophe in front; anything else, numbers among them, as it is."""
    if isinstance(value, str) and value.startswith(FORMULA_START) and not PLAIN_NUMBER.fullmatch(value):
        return "'" + value
    return value


def markdown_text(text) -> str:
    """Text that markdown and MyST show as written, on one line (for a heading or a sentence built from data)."""
    one_line = " ".join(str(text).split())
    # (a direction character is written as its code, its brackets escaped as the rest: plain_words)
    return DIRECTION.sub(lambda found: f"\\[U+{ord(found.group()):04X}\\]", MARKDOWN_PUNCTUATION.sub(r"\\\1", one_line))


def _script_safe(encoded: str) -> str:
    # `<`, `>` and `&` only ever appear inside JSON strings, where the \u escapes mean the same characters.
    for character, escaped in SCRIPT_UNSAFE.items():
        encoded = encoded.replace(character, escaped)
    return encoded
