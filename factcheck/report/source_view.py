"""An article's full text as HTML (anchored at #full_text), every claim highlighted and anchored at #<claim_id>.

The text is escaped piece by piece, so nothing in an article can inject markup
or script; only the highlights and links written here are HTML. Each highlight is
tinted by the verdict of the statement it sits in (the rating named in the tooltip and
in words for screen readers, so colour is never alone), and carries one marker that
links to that statement on the same page. A number outside every rated statement that
a check uses as evidence gets a neutral mark (→) linking to the first check using it.
"""
from __future__ import annotations

import html
from typing import NamedTuple

import pandas as pd

FULL_TEXT = "full_text"   # the full text's id; the underscore keeps it apart from every check's, claim's and
                          # heading's id (those use hyphens): no participant's check id can take it


class Marker(NamedTuple):
    """What a highlighted claim links to: the statement it sits in, else the first check that uses it."""
    check_id: str             # the anchor: a statement's id, or a check's
    rating: str | None        # the statement's rating; None: evidence only (no rated statement holds it)
    checks: int               # how many checks use the claim


def source_html(text: str, claims: pd.DataFrame, markers: dict[str, Marker] | None = None) -> str:
    """The article as paragraphs of escaped text with <mark id=claim_id> around each claim's quote."""
    from factcheck.report.claim_words import allows

    markers = markers or {}
    rows = sorted(claims.to_dict("records"), key=lambda r: (r["start"], r["end"]))
    pieces, cursor = [], 0
    for row in rows:
        start, end, claim_id = int(row["start"]), int(row["end"]), row["claim_id"]
        if start < cursor:
            raise ValueError(f"claim {claim_id} overlaps the claim before it (starts at {start}, before {cursor})")
        pieces.append(html.escape(text[cursor:start]))
        marker = markers.get(claim_id)
        rated = f"; in a statement rated {marker.rating}" if marker and marker.rating else ""
        said_by_words = "the words allow" if row["bounds"] else "the words claim:"
        tooltip = html.escape(f"{said_by_words} {allows(row)}{rated}", quote=True)
        css = "claim" + (f" rating-{marker.rating.replace(' ', '-')}" if marker and marker.rating else "")
        pieces.append(f'<mark class="{css}" id="{html.escape(claim_id)}" title="{tooltip}">'
                      f'{html.escape(text[start:end])}</mark>')
        if marker:
            said = f"in a statement rated {marker.rating}" if marker.rating else "used as evidence: see the check"
            pieces.append(f'<a class="claim-marker" href="#{html.escape(marker.check_id, quote=True)}" '
                          f'aria-label="{html.escape(f"“{text[start:end]}”: {said}", quote=True)}">'
                          f'<span aria-hidden="true">{_symbol(marker.rating)}</span></a>')
        cursor = end
    pieces.append(html.escape(text[cursor:]))
    body = "".join(pieces)
    paragraphs = [p for p in body.split("\n") if p.strip()]
    return f'<div class="source-text" id="{FULL_TEXT}">\n' + "\n".join(f"<p>{p}</p>" for p in paragraphs) + "\n</div>"


def _symbol(rating: str | None) -> str:
    from factcheck.checks.ratings import RATING

    return RATING[rating].symbol if rating else "→"
