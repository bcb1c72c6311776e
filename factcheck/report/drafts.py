"""A participant's draft chapter (`new-article`): which claims are filled in, and the list of those that are not.

A claim row is filled in once every judgement cell the validator asks a person for is written
(`factcheck.files.guidance.COLUMNS`: unit, metric, period, population, speaker). A chapter shows the
filled-in claims in its table; the others are listed apart, labelled "draft, not reviewed", with what is
left to fill in each, and are never shown as checked. The report's own ledger has no blank, so its pages
are unchanged.
"""
from __future__ import annotations

from html import escape

import pandas as pd

from factcheck.files.guidance import COLUMNS
from factcheck.report.escaping import article_words

DRAFT = "draft, not reviewed"


def blank_columns(row: dict) -> list[str]:
    """The judgement columns of one claim row still blank, in the ledger's column order."""
    return [c for c in row if c in COLUMNS and c != "reason" and (row[c] is None or row[c] == "" or row[c] != row[c])]


def not_filled_in(claims: pd.DataFrame) -> pd.Series:
    """True for each claim row with a judgement cell still blank."""
    return pd.Series([bool(blank_columns(row)) for row in claims.to_dict("records")], index=claims.index, dtype=bool)


def not_filled_in_list(claims: pd.DataFrame) -> tuple[str, str]:
    """The claims not yet filled in, as (html, plain text): each quote (linked to its place in the full text), its id
    and what is left to fill. (display.claims_table shows it under the table of the claims filled in.)"""
    rows = claims.to_dict("records")
    count = len(rows)
    heading = f"Not yet filled in ({DRAFT}): {count:,} claim{'s' if count != 1 else ''}"
    intro = ("The mention finder found these numbers; what each measures, when, who or what it counts and who "
             "states it is not yet written in, so none of them is checked.")
    items, lines = [], []
    for row in rows:
        left = ", ".join(blank_columns(row))
        items.append(f'<li>“<a href="#{escape(row["claim_id"])}">{article_words(row["quote"])}</a>” '
                     f'({escape(row["claim_id"])}): {escape(left)} to fill</li>')
        lines.append(f"- “{row['quote']}” ({row['claim_id']}): {left} to fill")
    html = (f'<div class="factcheck-not-filled"><p><strong>{escape(heading)}.</strong> {escape(intro)}</p>'
            f"<ul>{''.join(items)}</ul></div>")
    return html, "\n".join([f"{heading}. {intro}"] + lines)
