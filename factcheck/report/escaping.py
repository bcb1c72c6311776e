"""Data on its way into a page: JSON inside <script>, and text inside markdown, so it stays text.

Text inside HTML elements and attributes is escaped with `html.escape` where it is
written (display, chapters, source_view); these two cases need more than that:

* JSON in a <script> element ends the element at the first `</script>`, whatever
  JSON's own quoting says; `<`, `>` and `&` written as `\\u003c`, `\\u003e`, `\\u0026`
  read back as the same characters and can never close it.
* Markdown (and MyST) read punctuation as syntax: `<img ...>` is raw HTML,
  `[x](javascript:...)` a link, `` {glue}`x` `` a role, `$x$` maths. CommonMark lets
  any ASCII punctuation character be escaped with a backslash, which turns it into
  that character as plain text.
"""
from __future__ import annotations

import json
import re
import string

SCRIPT_UNSAFE = {"<": "\\u003c", ">": "\\u003e", "&": "\\u0026"}
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


def markdown_text(text) -> str:
    """Text that markdown and MyST show as written, on one line (for a heading or a sentence built from data)."""
    one_line = " ".join(str(text).split())
    return MARKDOWN_PUNCTUATION.sub(r"\\\1", one_line)


def _script_safe(encoded: str) -> str:
    # `<`, `>` and `&` only ever appear inside JSON strings, where the \u escapes mean the same characters.
    for character, escaped in SCRIPT_UNSAFE.items():
        encoded = encoded.replace(character, escaped)
    return encoded
