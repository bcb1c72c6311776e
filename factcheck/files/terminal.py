"""What the command line prints, with control characters shown, not obeyed.

The tools print names and words a participant chose: a folder's name, a link's target, a cell quoted in a
message. A terminal acts on some characters instead of showing them: an escape sequence recolours the text,
moves the cursor, rewrites a line already printed or sets the window's title, and a carriage return lets the rest
of a line print over its start; Unicode's direction marks reorder what follows them. Printed through `showing()`,
each such character is written as its Python escape (the four characters `\\x1b`), as `repr` writes it; line
ends and tabs are printed as they are. The class book's first page names folders the same way.
"""
from __future__ import annotations

import re
import sys
from contextlib import contextmanager

# C0 controls but tab and line end, DEL, C1 controls, the marks that change the direction of text, and the bytes of
# a name that is not UTF-8 (Python holds each as a lone surrogate; printed, it is the raw byte, a C1 control among them)
OBEYED = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\udc80-\udcff]")


def shown(text: str) -> str:
    """text with every character a terminal would act on written as its escape."""
    return OBEYED.sub(lambda found: found.group().encode("unicode_escape").decode("ascii"), text)


def one_line(text: str) -> str:
    """text with its line ends written as escapes, for a message that must stay one line whatever names it holds."""
    for end in "\r\n\u2028\u2029":   # (Unicode's line and paragraph separators break a line in logs and viewers)
        text = text.replace(end, end.encode("unicode_escape").decode("ascii"))
    return text


class Shown:
    """A text stream that writes what it is given through `shown`; all else is the stream's own."""

    def __init__(self, stream):
        self._stream = stream

    def write(self, text: str) -> int:
        self._stream.write(shown(text))
        return len(text)   # (what a stream answers: the characters it was given)

    def writelines(self, lines) -> None:
        self._stream.writelines(shown(line) for line in lines)

    def __getattr__(self, name: str):
        return getattr(self._stream, name)


@contextmanager
def showing():
    """sys.stdout and sys.stderr through `shown` while inside; as they were after."""
    out, err = sys.stdout, sys.stderr
    sys.stdout, sys.stderr = (None if stream is None else Shown(stream) for stream in (out, err))   # None: closed
    try:
        yield
    finally:
        sys.stdout, sys.stderr = out, err


def excepthook(kind, error, trace) -> None:
    """sys.excepthook for `python -m factcheck`: a traceback's messages may quote a participant's names too."""
    import traceback

    if sys.stderr is not None:
        sys.stderr.write(shown("".join(traceback.format_exception(kind, error, trace))))
