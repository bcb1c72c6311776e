"""What the notebooks show, as small HTML blocks, so templates read like articles.

Each helper returns an object Jupyter displays (`_repr_html_`) and the book
renders as is. Everything shown comes from the ledger; nothing is retyped.
Output is deterministic (no random ids), so nbval can compare runs.
"""
from __future__ import annotations

import math
import re
from html import escape

import pandas as pd

from .intervals import Interval

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


def article_header(document) -> Block:
    headline = document.headline
    whose = ("whose headline: to fill" if headline.get("own") is None
             else "the outlet's headline" if headline["own"] else "a descriptive headline (the text has none of its own)")
    html = (f'<p class="factcheck-headline"><strong>{escape(shown(headline["text"]))}</strong><br>'
            f'<small>{escape(whose)}; {escape(shown(document.outlet["name"]))}, {escape(document.date_label)}; '
            f'source file <code>seeds/{escape(document.file)}</code></small></p>')
    return Block(html, f"{shown(headline['text'])} ({shown(document.outlet['name'])}, {document.date_label})")


def provenance(document, references: dict | None = None) -> Block:
    """Outlet, date (or inferred range) with evidence and the public record, people quoted, scraping artefacts."""
    outlet, date = document.outlet, document.date
    parts = ['<dl class="factcheck-provenance">',
             _item("Outlet", f'{escape(shown(outlet["name"]))} ({_stated(outlet["stated"])}). '
                             f'{escape(shown(outlet["evidence"]))}')]
    if date.get("published"):
        when = f'published {escape(str(date["published"]))}'
    elif date.get("earliest") is None and date.get("latest") is None:
        when = TO_FILL
    else:
        when = f'not printed; inferred: between {escape(str(date["earliest"]))} and {escape(str(date["latest"]))}'
    evidence = "".join(f"<li>“{escape(str(e['quote']))}” (characters {e['start']}–{e['end']}): "
                       f"{escape(str(e['why']))}</li>" for e in date.get("evidence") or [])
    evidence += "".join(_record_item(item, (references or {}).get(item["ref"])) for item in date.get("record") or [])
    parts.append(_item("Date", f"{when}<ul>{evidence}</ul>"))
    people = "".join(f"<li>{escape(str(p['name']))}{': ' + escape(str(p['role'])) if p.get('role') else ''}</li>"
                     for p in document.people_quoted or []) or ("<li>nobody</li>" if document.people_quoted == [] else f"<li>{TO_FILL}</li>")
    parts.append(_item("People quoted", f"<ul>{people}</ul>"))
    artefacts = "".join(f"<li><em>{escape(str(a['kind']))}</em>: “{escape(str(a['quote']))}” "
                        f"(characters {a['start']}–{a['end']}). {escape(str(a['note']))}</li>"
                        for a in document.artefacts) or "<li>none found</li>"
    parts.append(_item("Scraping artefacts", f"<ul>{artefacts}</ul>"))
    parts.append("</dl>")
    text = (f"outlet: {shown(outlet['name'])}; date: {document.date_label}; "
            f"{shown(None) if document.people_quoted is None else len(document.people_quoted)} people quoted; {len(document.artefacts)} artefacts")
    return Block("\n".join(parts), text)


CLAIM_COLUMNS = ("claim", "quote", "value", "interval", "metric", "period")


def claims_rows(claims: pd.DataFrame) -> pd.DataFrame:
    """The claims as a reader sees them: quote, value as stated, interval, what is measured."""
    rows = []
    for claim in claims.itertuples(index=False):
        if getattr(claim, "words", ""):
            value = f"“{claim.words}” (words)"
            allows = (claim.condition if not claim.bounds
                      else _interval_text(Interval.from_bounds(claim.low, claim.high, claim.bounds), claim.unit))
        else:
            value = _value(claim)
            allows = _interval_text(Interval.from_bounds(claim.low, claim.high, claim.bounds), claim.unit)
        rows.append({"claim": claim.claim_id, "quote": claim.quote, "value": value,
                     "interval": allows, "metric": shown(claim.metric), "period": shown(claim.period)})
    return pd.DataFrame(rows, columns=list(CLAIM_COLUMNS))


def claims_table(claims: pd.DataFrame) -> Block:
    """One row per claim; each claim id links to its highlight in the full text (#pep16-03) on the same page."""
    rows = claims_rows(claims)
    head = "".join(f'<th scope="col">{escape(c)}</th>' for c in CLAIM_COLUMNS)
    body = []
    for row in rows.itertuples(index=False):
        cells = "".join(f"<td>{escape(str(v))}</td>" for v in row[1:])
        body.append(f'<tr><th scope="row"><a href="#{escape(row.claim)}">{escape(row.claim)}</a></th>{cells}</tr>')
    html = (f'<div style="overflow-x: auto"><table class="factcheck-table factcheck-claims">'
            f"<caption>{len(rows)} claims</caption>"
            f"<thead><tr>{head}</tr></thead><tbody>{''.join(body)}</tbody></table></div>")
    documents = "-".join(sorted(set(claims["doc_id"]))) or "no"
    return Block(html + "\n" + csv_download(claims, f"{documents}-claims.csv"), rows.to_string(index=False))


def table(frame: pd.DataFrame, caption: str, filename: str | None = None) -> Block:
    """Any small table, with a caption and a CSV download of it."""
    html = frame.to_html(index=False, border=0, classes="factcheck-table", escape=True)
    html = html.replace(">\n  <thead>", f">\n  <caption>{escape(caption)}</caption>\n  <thead>", 1)
    html += "\n" + csv_download(frame, filename or slug(caption) + ".csv")
    return Block(html, f"{caption}\n{frame.to_string(index=False)}")


def csv_download(frame: pd.DataFrame, filename: str, label: str | None = None) -> str:
    """A link that downloads the table as CSV, with the data inside the link (works offline, no extra file)."""
    import base64

    payload = base64.b64encode(frame.to_csv(index=False).encode("utf-8")).decode("ascii")
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
    return (f'<li>{escape(str(item["why"]))} Source: <a href="{escape(reference.url)}">{escape(reference.citation)}</a>: '
            f"“{escape(reference.quoted)}”</li>")


def _stated(stated) -> str:
    if stated is None:
        return f"stated or inferred: {TO_FILL}"
    return "stated in the text" if stated else "inferred"


def _item(term: str, definition: str) -> str:
    return f"<dt>{escape(term)}</dt><dd>{definition}</dd>"


def _value(claim) -> str:
    value = _number(claim.value)
    if isinstance(claim.value_to, float) and not math.isnan(claim.value_to):
        value += f" to {_number(claim.value_to)}"
    return f"{value} {claim.unit.replace('_', ' ')}"


def _interval_text(interval: Interval, unit: str) -> str:
    return f"{interval}" + (" percent" if unit == "percent" else "")


def _number(x: float) -> str:
    return f"{x:,.0f}" if float(x).is_integer() else f"{x:,}"
