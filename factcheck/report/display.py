"""What the notebooks show, as small HTML blocks, so templates read like articles.

Each helper returns an object Jupyter displays (`_repr_html_`) and the book
renders as is. Everything shown comes from the ledger; nothing is retyped.
Output is deterministic (no random ids), so nbval can compare runs.
"""
from __future__ import annotations

import re
from html import escape
from typing import TYPE_CHECKING

from factcheck.report.escaping import article_words

if TYPE_CHECKING:   # imported where a table is made: `check` reads this module and needs no pandas
    import pandas as pd

TO_FILL = "to fill"  # how a blank judgement shows in a draft's chapter (see load_ledger(draft=True))


def shown(value) -> str:
    """A value as a reader sees it; a blank one (a draft's) reads 'to fill'."""
    return TO_FILL if value is None or value == "" else str(value)


class Block:
    """An HTML fragment with a plain-text twin (what nbval and a terminal see)."""

    def __init__(self, html: str, text: str):
        self.html, self.text = html, text

    def _repr_html_(self) -> str:
        return self.html

    def __repr__(self) -> str:
        return self.text


class Markdown:
    """Text a page renders as MyST markdown (so the site's search indexes it); data in it must be escaped first
    (escaping.markdown_text)."""

    def __init__(self, text: str):
        self.text = text

    def _repr_markdown_(self) -> str:
        return self.text

    def __repr__(self) -> str:
        return self.text


def scrolling(table_html: str, name: str) -> str:
    """A wide table that scrolls inside its own box on a phone, with a visible cue (see _static/factcheck.css).

    The box is a landmark a keyboard can reach, so it is named after its table: two boxes on a page never share a name.
    """
    label = escape(f"{name} (table, scrolls sideways)", quote=True)
    return (f'<div class="factcheck-scroll" tabindex="0" role="region" aria-label="{label}">'
            f'{table_html}</div><p class="factcheck-scroll-cue" aria-hidden="true">Swipe the table sideways for '
            f'more columns →</p>')


def article_header(document) -> Block:
    from factcheck.report.readable import description, headline_note, without_brackets

    title = shown(description(document)) if document.headline.get("own") is not None else shown(None)
    html = (f'<p class="factcheck-headline"><strong>{escape(title)}</strong> <small>(our description)</small><br>'
            f'<small>{escape(headline_note(document))}; {escape(shown(document.outlet["name"]))}, '
            f'{escape(document.date_label)}; source file <code>seeds/{escape(document.file)}</code></small></p>')
    return Block(html, f"{title} ({without_brackets(shown(document.outlet['name']))}, {document.date_label})")


def provenance(document, references: dict | None = None) -> Block:
    """Outlet, date (or inferred range) with evidence and the public record, people quoted, scraping artefacts."""
    from factcheck.report.readable import bracketed

    outlet, date = document.outlet, document.date
    parts = ['<dl class="factcheck-provenance">',
             _item("Outlet", f'{escape(bracketed(shown(outlet["name"]), _stated(outlet["stated"])))}. '
                             f'{escape(shown(outlet["evidence"]))}')]
    from factcheck.report.readable import article_date

    when = escape(article_date(document))
    evidence = "".join(f"<li>“{article_words(str(e['quote']))}”: {escape(str(e['why']))}</li>" for e in date.get("evidence") or [])
    evidence += "".join(_record_item(item, (references or {}).get(item["ref"])) for item in date.get("record") or [])
    parts.append(_item("Date", f"{when}<ul>{evidence}</ul>"))
    people = "".join(f"<li>{escape(str(p['name']))}{': ' + escape(str(p['role'])) if p.get('role') else ''}</li>"
                     for p in document.people_quoted or []) or ("<li>nobody</li>" if document.people_quoted == [] else f"<li>{TO_FILL}</li>")
    parts.append(_item("People quoted", f"<ul>{people}</ul>"))
    artefacts = "".join(f"<li><em>{escape(str(a['kind']))}</em>: “{article_words(str(a['quote']))}”. "
                        f"{escape(str(a['note']))}</li>"
                        for a in document.artefacts) or "<li>none found</li>"
    parts.append(_item("Scraping artefacts", f"<ul>{artefacts}</ul>"))
    parts.append("</dl>")
    text = (f"outlet: {shown(outlet['name'])}; date: {document.date_label}; "
            f"{shown(None) if document.people_quoted is None else len(document.people_quoted)} people quoted; {len(document.artefacts)} artefacts")
    return Block("\n".join(parts), text)


CLAIM_COLUMNS = ("claim", "quote", "as printed", "the words allow", "what is measured", "when")


def claims_rows(claims: pd.DataFrame) -> pd.DataFrame:
    """The claims as a reader sees them: quote, value as printed, what the words allow, what is measured, when."""
    from factcheck.report.claim_words import allows, stated
    from factcheck.report.readable import dictionary, period

    words = dictionary()
    rows = [{"claim": row["claim_id"], "quote": row["quote"], "as printed": stated(row),
             "the words allow": allows(row), "what is measured": shown(words.metric(row["metric"]) if row["metric"] else ""),
             "when": shown(period(row["period"]))} for row in claims.to_dict("records")]
    import pandas as pd

    return pd.DataFrame(rows, columns=list(CLAIM_COLUMNS))


def claims_table(claims: pd.DataFrame) -> Block:
    """One row per claim; each quote links to its highlight in the full text (#pep16-03) on the same page.

    In a participant's draft, claims not yet filled in are listed apart, below the table (report/drafts.py)."""
    from factcheck.report.drafts import not_filled_in, not_filled_in_list

    pending = not_filled_in(claims)
    everything, claims = claims, claims[~pending]
    rows = claims_rows(claims)
    head = "".join(f'<th scope="col">{escape(c.capitalize())}</th>' for c in CLAIM_COLUMNS[1:])
    body = []
    for row in rows.to_dict("records"):
        cells = "".join(f'<td data-label="{escape(c.capitalize())}">{escape(str(row[c]))}</td>' for c in CLAIM_COLUMNS[2:])
        body.append(f'<tr><th scope="row">“<a href="#{escape(row["claim"])}">{article_words(row["quote"])}</a>”</th>{cells}</tr>')
    count = len(rows)
    caption = f"{count:,} claim{'s' if count != 1 else ''}{' filled in' if pending.any() else ''}, in numbers and in words"
    html = (f'<table class="factcheck-table factcheck-claims factcheck-cards"><caption>{escape(caption)}</caption>'
            f"<thead><tr>{head}</tr></thead><tbody>{''.join(body)}</tbody></table>") if count or not pending.any() else ""
    text = rows.to_string(index=False) if html else "No claim is filled in yet."
    if pending.any():
        rest_html, rest_text = not_filled_in_list(everything[pending])
        html, text = html + "\n" + rest_html, text + "\n" + rest_text
    documents = "-".join(sorted(set(everything["doc_id"]))) or "no"
    return Block(html + "\n" + csv_download(everything, f"{documents}-claims.csv"), text)


def table(frame: pd.DataFrame, caption: str, filename: str | None = None) -> Block:
    """Any small table, with a caption and a CSV download of it, stacking as cards on a phone (cards_html)."""
    html = cards_html(frame, caption) + "\n" + csv_download(frame, filename or slug(caption) + ".csv")
    return Block(html, f"{caption}\n{frame.to_string(index=False)}")


def cards_html(frame: pd.DataFrame, caption: str = "") -> str:
    """pandas' table of frame, escaped; on a phone each row stacks as a card whose cells name their column (the
    register's layout, _static/factcheck.css), so no column is cut off at the screen's edge."""
    html = frame.to_html(index=False, border=0, classes="factcheck-table factcheck-cards", escape=True)
    if caption:
        html = html.replace(">\n  <thead>", f">\n  <caption>{escape(caption)}</caption>\n  <thead>", 1)
    return _label_cells(html, [str(column) for column in frame.columns])


def _label_cells(html: str, columns: list[str]) -> str:
    """Give each body cell of pandas' table its column's name (data-label), which a phone's card shows before it."""
    head, _, body = html.partition("<tbody>")

    def label_row(row: re.Match) -> str:
        cells = iter(columns)
        return re.sub(r"<td>", lambda _: f'<td data-label="{escape(next(cells), quote=True)}">', row.group(0))

    return head + "<tbody>" + re.sub(r"<tr>.*?</tr>", label_row, body, flags=re.S) if body else html


def csv_download(frame: pd.DataFrame, filename: str, label: str | None = None) -> str:
    """A link that downloads the table as CSV, with the data inside the link (works offline, no extra file); a text
    cell a spreadsheet would run as a formula is written as text (escaping.spreadsheet_text)."""
    import base64

    import pandas as pd

    from factcheck.report.escaping import spreadsheet_text

    safe = frame.copy()
    for column in safe.columns:
        if not pd.api.types.is_numeric_dtype(safe[column]):   # (text: object or pandas' str)
            safe[column] = safe[column].map(spreadsheet_text)
    safe.columns = [spreadsheet_text(str(column)) for column in safe.columns]   # the header row is cells too
    # Rows end as RFC 4180 ends them, CRLF: Python's csv module quotes a cell holding a character of the line ending,
    # so a cell with a lone carriage return (an article's old Mac line ends) stays one cell, not a broken row.
    payload = base64.b64encode(safe.to_csv(index=False, lineterminator="\r\n").encode("utf-8")).decode("ascii")
    label = label or f"Download this table as CSV ({filename})"
    return (f'<p class="factcheck-download"><a download="{escape(filename)}" '
            f'href="data:text/csv;charset=utf-8;base64,{payload}">{escape(label)}</a></p>')


def slug(text: str) -> str:
    """'Checks per verdict' -> 'checks-per-verdict' (file names for downloads)."""
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-") or "table"


def _record_item(item: dict, reference) -> str:
    """What the public record says about the date: the source, linked, the words read, and why it dates the article."""
    if reference is None:
        return f"<li>{escape(str(item['why']))} (reference {escape(str(item['ref']))})</li>"
    return f'<li>{escape(str(item["why"]))} Source: {source_link(reference)}: “{escape(reference.quoted)}”</li>'


def source_link(reference) -> str:
    """Publisher, title and date linked to the original publisher's address; where the words were read in a copy,
    one reader phrase linked to the copy. When only the copy's address is known, the phrase says so. The date reads
    as the claims' periods do ('Jun 2018', '20 Apr 2017'), not as the record writes it ('2018-06')."""
    from factcheck.report.readable import period

    citation = escape(f"{reference.publisher}, “{reference.title}”, {period(reference.date)}")
    if reference.copy_url:
        return (f'<a href="{escape(reference.url)}">{citation}</a> '
                f'(<a href="{escape(reference.copy_url)}">{escape(reference.copy_phrase)}</a>)')
    if reference.copy_kind:
        return (f'{citation} (<a href="{escape(reference.url)}">{escape(reference.copy_phrase)}</a>; '
                "the original publisher's address was not found)")
    return f'<a href="{escape(reference.url)}">{citation}</a>'



def _stated(stated) -> str:
    if stated is None:
        return f"stated or inferred: {TO_FILL}"
    return "stated in the text" if stated else "inferred"


def _item(term: str, definition: str) -> str:
    return f"<dt>{escape(term)}</dt><dd>{definition}</dd>"
