"""An article's full text as HTML, every claim highlighted and anchored at #<claim_id>.

The text is escaped piece by piece, so nothing in an article can inject markup
or script; only the highlights and links written here are HTML.
"""
from __future__ import annotations

import html

import pandas as pd


def source_html(text: str, claims: pd.DataFrame, checks_by_claim: dict[str, list[str]] | None = None,
                check_link: str = "../register.html#{check_id}") -> str:
    """The article as paragraphs of escaped text with <mark id=claim_id> around each claim's quote.

    checks_by_claim maps a claim id to the ids of the checks that use it; each becomes
    a small link after the highlight (check_link is formatted with check_id)."""
    checks_by_claim = checks_by_claim or {}
    spans = sorted(claims[["start", "end", "claim_id", "value", "low", "high", "bounds"]].itertuples(index=False))
    pieces, cursor = [], 0
    for start, end, claim_id, value, low, high, bounds in spans:
        if start < cursor:
            raise ValueError(f"claim {claim_id} overlaps the claim before it (starts at {start}, before {cursor})")
        pieces.append(html.escape(text[cursor:start]))
        label = html.escape(f"{claim_id}: interval {bounds[0]}{low:g}, {high:g}{bounds[1]}", quote=True)
        pieces.append(f'<mark class="claim" id="{html.escape(claim_id)}" title="{label}">'
                      f'{html.escape(text[start:end])}</mark>')
        links = [f'<a href="{html.escape(check_link.format(check_id=c), quote=True)}">{html.escape(c)}</a>'
                 for c in checks_by_claim.get(claim_id, [])]
        pieces.append(f'<sup class="claim-ref"><a href="#{html.escape(claim_id)}">{html.escape(claim_id)}</a>'
                      + (" · checks: " + ", ".join(links) if links else "") + "</sup>")
        cursor = end
    pieces.append(html.escape(text[cursor:]))
    body = "".join(pieces)
    paragraphs = [p for p in body.split("\n") if p.strip()]
    return '<div class="source-text">\n' + "\n".join(f"<p>{p}</p>" for p in paragraphs) + "\n</div>"
