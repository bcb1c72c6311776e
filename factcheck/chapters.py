"""Building blocks of the chapters: derivations shown step by step, verdict badges, summaries.

Every number shown here comes from the ledger or from evaluating a check; every
input links to its quote in the source view (`documents/<doc_id>.html#<claim_id>`).
Verdicts carry a symbol and a word, never colour alone.
"""
from __future__ import annotations

from html import escape
from typing import NamedTuple

import pandas as pd

from .display import Block, csv_download
from .intervals import Interval
from .verdicts import CONSISTENT, VERDICTS, Outcome, number  # noqa: F401  (CONSISTENT: the document template reads chapters.CONSISTENT)

BADGES = {
    "exact": "✔ exact",
    "within rounding": "✔ within rounding",
    "within hedges": "≈ within hedges",
    "inconsistent": "✘ inconsistent",
    "not comparable": "≠ not comparable",
    "derived": "= derived",
    "flagged": "⚑ flagged",
}
assert set(BADGES) == set(VERDICTS)


def claim_url(claim_id: str, ledger, base: str = "../") -> str:
    """Where a claim's quote is highlighted: its article's page, at #claim_id."""
    return f"{base}documents/{ledger.claim(claim_id)['doc_id']}.html#{claim_id}"


def badge(verdict: str) -> str:
    css = "verdict-" + verdict.replace(" ", "-")
    return f'<span class="factcheck-verdict {css}">{escape(BADGES[verdict])}</span>'


def derivation(outcome: Outcome, ledger, base: str = "../", anchor: bool = False) -> Block:
    """One check, step by step: each input with its quote (linked), the arithmetic, the verdict and why."""
    check = outcome.check
    steps = []
    for name, claim_id in check.inputs.items():
        steps.append(f"<li><code>{escape(name)}</code> = {_quoted(claim_id, ledger, base)}</li>")
    if outcome.point is not None:
        steps.append(f"<li><code>{escape(check.formula)}</code> = <strong>{escape(number(outcome.point))}</strong> "
                     f"from the stated values, and lies in {escape(str(outcome.result))} given every hedge and rounding</li>")
    if check.tests:
        steps.append(f"<li>tested against {_quoted(check.tests, ledger, base)}</li>")
    for piece in check.evidence:
        steps.append(f"<li>“<a href=\"{base}documents/{escape(piece['doc_id'])}.html\">{escape(piece['quote'])}</a>” "
                     f"({escape(piece['doc_id'])}, characters {piece['start']}–{piece['end']})</li>")
    ident = f' id="{escape(check.id)}"' if anchor else ""
    html = (f'<div class="factcheck-derivation"{ident}><p><strong>{escape(check.title)}</strong> {badge(outcome.verdict)}</p>'
            f"<ol>{''.join(steps)}</ol><p>{escape(outcome.explanation)}</p></div>")
    text = f"{check.id}: {outcome.verdict}. {outcome.explanation}"
    return Block(html, text)


def derivations(results: list[Outcome], ledger, base: str = "../", anchor: bool = False) -> Block:
    blocks = [derivation(o, ledger, base, anchor) for o in results]
    if not blocks:
        return Block("<p>No checks use these numbers.</p>", "no checks")
    return Block("\n".join(b.html for b in blocks), "\n".join(b.text for b in blocks))


def touching(results: list[Outcome], ledger, doc_id: str) -> list[Outcome]:
    """The checks that use a claim of this document, or quote it as evidence."""
    claims = set(ledger.claims_for(doc_id)["claim_id"])
    return [o for o in results
            if claims & set(o.check.claim_ids) or any(e["doc_id"] == doc_id for e in o.check.evidence)]


class Sections(NamedTuple):
    """A chapter's checks in the order it tells them: arithmetic, comparisons set aside, non-numeric flags."""
    arithmetic: list[Outcome]   # consistent, inconsistent or derived
    set_aside: list[Outcome]    # not comparable, each with its reason
    flags: list[Outcome]


def sections(results: list[Outcome]) -> Sections:
    return Sections([o for o in results if o.verdict not in ("not comparable", "flagged")],
                    [o for o in results if o.verdict == "not comparable"],
                    [o for o in results if o.verdict == "flagged"])


def checks_by_claim(results: list[Outcome]) -> dict[str, list[str]]:
    index: dict[str, list[str]] = {}
    for o in results:
        for claim_id in o.check.claim_ids:
            index.setdefault(claim_id, []).append(o.check.id)
    return index


def verdict_summary(results: list[Outcome]) -> pd.DataFrame:
    """Counts per verdict, in the fixed order, with its badge."""
    counts = pd.Series([o.verdict for o in results]).value_counts()
    return pd.DataFrame({"verdict": [BADGES[v] for v in VERDICTS], "checks": [int(counts.get(v, 0)) for v in VERDICTS]})


def _quoted(claim_id: str, ledger, base: str) -> str:
    row = ledger.claim(claim_id)
    interval = Interval.from_bounds(float(row["low"]), float(row["high"]), row["bounds"])
    return (f"“<a href=\"{escape(claim_url(claim_id, ledger, base))}\">{escape(row['quote'])}</a>” "
            f"→ {escape(str(interval))} <small>({escape(claim_id)}, {escape(row['doc_id'])})</small>")


def with_download(block: Block, frame: pd.DataFrame, filename: str) -> Block:
    return Block(block.html + "\n" + csv_download(frame, filename), block.text)


def linked_claims_table(claims: pd.DataFrame, ledger, base: str = "../", caption: str = "") -> Block:
    """Claims from several articles, each quote linking to its highlight in the source view."""
    columns = ("article", "quote", "value", "interval", "metric", "period", "population", "speaker")
    head = "".join(f'<th scope="col">{escape(c)}</th>' for c in columns)
    body, records = [], []
    for row in claims.itertuples(index=False):
        interval = str(Interval.from_bounds(row.low, row.high, row.bounds))
        record = {"claim_id": row.claim_id, "article": row.doc_id, "quote": row.quote, "value": row.value,
                  "unit": row.unit, "interval": interval, "metric": row.metric, "period": row.period,
                  "population": row.population, "speaker": row.speaker}
        records.append(record)
        cells = [f'<th scope="row">{escape(row.doc_id)}</th>',
                 f'<td>“<a href="{escape(claim_url(row.claim_id, ledger, base))}">{escape(row.quote)}</a>”</td>',
                 f"<td>{escape(number(row.value))} {escape(row.unit.replace('_', ' '))}</td>",
                 f"<td>{escape(interval)}</td>"] + [f"<td>{escape(str(v))}</td>" for v in
                                                   (row.metric, row.period, row.population, row.speaker)]
        body.append(f"<tr>{''.join(cells)}</tr>")
    caption = caption or f"{len(records)} claims"
    html = (f'<table class="factcheck-table"><caption>{escape(caption)}</caption><thead><tr>{head}</tr></thead>'
            f"<tbody>{''.join(body)}</tbody></table>")
    frame = pd.DataFrame(records)
    return Block(html, f"{caption}\n{frame.to_string(index=False)}")


def verdict_table(results: list[Outcome]) -> Block:
    from .display import table

    return table(verdict_summary(results), "Checks per verdict")


def verdicts_per_document(results: list[Outcome], ledger) -> Block:
    """How many checks of each verdict touch each article (a check across two articles counts for both)."""
    from .display import table

    rows = []
    for doc_id in ledger.documents:
        touched = touching(results, ledger, doc_id)
        rows.append({"article": doc_id, **{BADGES[v]: sum(o.verdict == v for o in touched) for v in VERDICTS}})
    return table(pd.DataFrame(rows), "Checks per article and verdict")


def register_block(register: pd.DataFrame, ledger) -> Block:
    """The register as an accessible table (caption, header scopes), with CSV downloads of it and of the ledger."""
    head = "".join(f'<th scope="col">{c}</th>' for c in ("check", "verdict", "what is checked", "articles", "why"))
    body = []
    for row in register.itertuples(index=False):
        body.append(f'<tr><th scope="row"><a href="#{escape(row.check_id)}">{escape(row.check_id)}</a></th>'
                    f"<td>{badge(row.verdict)}</td><td>{escape(row.title)}</td><td>{escape(row.documents)}</td>"
                    f"<td>{escape(row.explanation)}</td></tr>")
    html = (f'<table class="factcheck-table factcheck-register"><caption>{len(register)} checks and their verdicts</caption>'
            f"<thead><tr>{head}</tr></thead><tbody>{''.join(body)}</tbody></table>"
            + csv_download(register, "register.csv", "Download the register as CSV (register.csv)")
            + csv_download(ledger.claims, "claims.csv", "Download the claim ledger as CSV (claims.csv)"))
    return Block(html, register[["check_id", "verdict"]].to_string(index=False))


def source_block(document, claims: pd.DataFrame, results: list[Outcome]) -> Block:
    """The article's full text with every claim highlighted (see source_view)."""
    from .source_view import source_html

    html = source_html(document.text, claims, checks_by_claim(results))
    return Block(html, f"full text of {document.file}: {len(document.text)} characters, {len(claims)} claims highlighted")
