"""An article's full text as HTML (anchored at #full_text), every claim highlighted and anchored at #<claim_id>,
and every passage the report quotes without a claim of its own (a statement's words, a check's evidence) anchored at
#words_<start>_<end>.

The text is escaped piece by piece, so nothing in an article can inject markup
or script; only the highlights and links written here are HTML. Each highlight is
tinted by the verdict of the statement it sits in (the rating named in the tooltip and
in words for screen readers, so colour is never alone), and carries one marker that
links to that statement on the same page. A number outside every rated statement that
a check uses as evidence gets a neutral mark (→) linking to the first check using it.

A passage is wrapped in a span, which a link to it outlines (`:target`), when the span can hold whole tags: it
stays within one paragraph, starts and ends outside every highlight (a highlight it meets lies wholly inside it),
and lies inside or around or apart from each passage wrapped before it (in the order of the text; of two that start
together, the longer first). Otherwise an empty span marks where it starts (before the highlight, when it starts
inside one), and a link to it shows a mark there: the reader lands on its first words.
"""
from __future__ import annotations

import html
from typing import NamedTuple

import pandas as pd

from factcheck.report.escaping import article_words, plain_words

FULL_TEXT = "full_text"   # the full text's id; the underscore keeps it apart from every check's, claim's and
                          # heading's id (those use hyphens): no participant's check id can take it
PASSAGE = "words"         # a passage's id: words_<start>_<end> (underscores, as FULL_TEXT's)


def passage_id(start: int, end: int) -> str:
    """The id of the article's words text[start:end] on its page."""
    return f"{PASSAGE}_{int(start)}_{int(end)}"


class Marker(NamedTuple):
    """What a highlighted claim links to: the statement it sits in, else the first check that uses it."""
    check_id: str             # the anchor: a statement's id, or a check's
    rating: str | None        # the statement's rating; None: evidence only (no rated statement holds it)
    checks: int               # how many checks use the claim
    # whether the statement's rating is about the claim (the desk's `rated_for:`, factcheck.checks.statements):
    # "$3.43 billion" sits in a sentence rated imprecise for "dipped", and must not read as rated itself
    rated_for: bool = True

    def said(self, row) -> str:
        """'in a statement rated wrong', and, for a claim the rating is not about, that it is not; '' outside every
        rated statement. ("..., not for this figure" read as "wrong, except this figure".)"""
        if not self.rating:
            return ""
        these = "these words" if row.get("words") else "this figure"
        return f"in a statement rated {self.rating}" + ("" if self.rated_for else f"; the rating is not about {these}")


def source_html(text: str, claims: pd.DataFrame, markers: dict[str, Marker] | None = None,
                passages=()) -> str:
    """The article as paragraphs of escaped text with <mark id=claim_id> around each claim's quote, and an anchor
    for each passage (start, end) given (see the module's docstring)."""
    markers = markers or {}
    rows = sorted(claims.to_dict("records"), key=lambda r: (r["start"], r["end"]))
    spans, cursor = [], 0
    for row in rows:
        start, end = int(row["start"]), int(row["end"])
        if start < cursor:
            raise ValueError(f"claim {row['claim_id']} overlaps the claim before it (starts at {start}, before {cursor})")
        spans.append((start, end))
        cursor = end
    wrapped, starts = _placed(text, spans, passages)
    opening: dict[int, list[str]] = {}
    closing: dict[int, int] = {}
    for start, end in wrapped:   # longest first: an outer span opens before an inner one at the same place
        opening.setdefault(start, []).append(f'<span class="passage" id="{passage_id(start, end)}">')
        closing[end] = closing.get(end, 0) + 1
    for at, (start, end) in starts:
        opening.setdefault(at, []).append(f'<span class="passage-start" id="{passage_id(start, end)}"></span>')
    by_start = {int(row["start"]): row for row in rows}
    pieces, cursor = [], 0
    for at in sorted({*opening, *closing, *by_start}):   # (none lies inside a highlight: see _placed)
        pieces.append(article_words(text[cursor:at]))
        pieces.append("</span>" * closing.get(at, 0) + "".join(opening.get(at, ())))
        cursor = at
        if at in by_start:
            row = by_start[at]
            pieces.append(_highlight(text, row, markers.get(row["claim_id"])))
            cursor = int(row["end"])
    pieces.append(article_words(text[cursor:]))
    body = "".join(pieces)
    paragraphs = [p for p in body.split("\n") if p.strip()]
    return f'<div class="source-text" id="{FULL_TEXT}">\n' + "\n".join(f"<p>{p}</p>" for p in paragraphs) + "\n</div>"


def _highlight(text: str, row: dict, marker: Marker | None) -> str:
    """One claim's <mark>, and the marker linking to what it sits in."""
    from factcheck.report.claim_words import allows

    start, end, claim_id = int(row["start"]), int(row["end"]), row["claim_id"]
    rated = f"; {marker.said(row)}" if marker and marker.rating else ""
    said_by_words = "the words allow" if row["bounds"] else "the words claim:"
    tooltip = html.escape(plain_words(f"{said_by_words} {allows(row)}{rated}"), quote=True)
    # tinted and marked with the rating only where the rating is about it: "within 60 days" is right, though it
    # sits in a sentence rated wrong
    tint = marker.rating if marker and marker.rated_for else None
    css = "claim" + (f" rating-{tint.replace(' ', '-')}" if tint else "")
    # A quote across a line break is highlighted in each paragraph it reaches (the text is cut into paragraphs at
    # each one, and a blank one is dropped): the id on the first line that shows words, the marker after the last.
    lines = text[start:end].split("\n")
    shown = [index for index, line in enumerate(lines) if line.strip()] or [0]
    marks = []
    for index, line in enumerate(lines):
        ident = f' id="{html.escape(claim_id)}"' if index == shown[0] else ""
        marks.append(f'<mark class="{css}"{ident} title="{tooltip}">{article_words(line)}</mark>'
                     if index in shown else article_words(line))
    if marker:
        said = marker.said(row) if marker.rating else "used as evidence: see the check"
        quoted = " ".join(text[start:end].split())
        marks[shown[-1]] += (f'<a class="claim-marker" href="#{html.escape(marker.check_id, quote=True)}" '
                             f'aria-label="{html.escape(plain_words(f"“{quoted}”: {said}"), quote=True)}">'
                             f'<span aria-hidden="true">{_symbol(tint)}</span></a>')
    return "\n".join(marks)


def _placed(text: str, claims: list[tuple[int, int]], passages) -> tuple[list, list]:
    """Which passages are wrapped (a list of (start, end), outer first where two start together), and where the
    others are marked as starting ((place, (start, end)): their start, or the start of the highlight holding it).
    Each distinct passage once; one that is empty or outside the text is left out. claims: the highlights'
    (start, end), in order, none overlapping another."""
    from bisect import bisect_left, bisect_right

    starts_at = [start for start, _ in claims]
    breaks = [at for at, character in enumerate(text) if character == "\n"]
    distinct = sorted({(int(s), int(e)) for s, e in passages if 0 <= int(s) < int(e) <= len(text)},
                      key=lambda p: (p[0], -p[1]))
    wrapped, starts, open_ = [], [], []   # open_: the wrapped passages around the place reached, innermost last

    def cut(at: int) -> tuple[int, int] | None:
        """The highlight that at lies strictly inside, if any."""
        index = bisect_right(starts_at, at) - 1
        return claims[index] if index >= 0 and claims[index][0] < at < claims[index][1] else None

    for start, end in distinct:
        while open_ and open_[-1][1] <= start:
            open_.pop()
        holder = cut(start)
        across_a_break = bisect_left(breaks, start) < bisect_left(breaks, end)
        if holder is None and cut(end) is None and not across_a_break and (not open_ or end <= open_[-1][1]):
            wrapped.append((start, end))
            open_.append((start, end))
        else:
            starts.append((holder[0] if holder else start, (start, end)))
    return wrapped, starts


def _symbol(rating: str | None) -> str:
    from factcheck.checks.ratings import RATING

    return RATING[rating].symbol if rating else "→"
