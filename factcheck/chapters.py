"""Building blocks of the chapters: derivations shown step by step, verdict badges, summaries.

Every number shown here comes from the ledger or from evaluating a check; every
input links to its quote in the source view (`documents/<doc_id>.html#<claim_id>`).
Verdicts carry a symbol and a word, never colour alone.
"""
from __future__ import annotations

from html import escape

import pandas as pd

from .display import Block
from .intervals import Interval
from .verdicts import VERDICTS, Outcome

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


def number(x: float) -> str:
    if float(x).is_integer() and abs(x) < 1e15:
        return f"{int(x):,}"
    return f"{x:,.4g}" if abs(x) < 1000 else f"{x:,.1f}"


def _quoted(claim_id: str, ledger, base: str) -> str:
    row = ledger.claim(claim_id)
    interval = Interval.from_bounds(float(row["low"]), float(row["high"]), row["bounds"])
    return (f"“<a href=\"{escape(claim_url(claim_id, ledger, base))}\">{escape(row['quote'])}</a>” "
            f"→ {escape(str(interval))} <small>({escape(claim_id)}, {escape(row['doc_id'])})</small>")
