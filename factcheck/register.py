"""The inconsistency register: every check, its verdict and reason, and the claims it rests on."""
from __future__ import annotations

from collections import Counter

import pandas as pd

from .checks import load_checks
from .hedges import HedgeRules
from .ledger import STANDARD, Ledger, load_ledger
from .verdicts import VERDICTS, Outcome, evaluate_all


def outcomes(ledger: Ledger | None = None, checks_file=None) -> list[Outcome]:
    """Evaluate every check in checks.yml against the ledger (loaded from this checkout by default)."""
    ledger = ledger or load_ledger()
    checks = load_checks(checks_file or ledger.checks_file, set(ledger.claims["claim_id"]), ledger.documents)
    return evaluate_all(checks, ledger)


def register_table(results: list[Outcome], ledger: Ledger) -> pd.DataFrame:
    """One row per check: what a reader sees in the register and downloads as CSV."""
    rows = []
    for o in results:
        claim_ids = o.check.claim_ids
        documents = sorted({ledger.claim(c)["doc_id"] for c in claim_ids} | {e["doc_id"] for e in o.check.evidence})
        rows.append({
            "check_id": o.check.id,
            "title": o.check.title,
            "operation": o.check.operation,
            "verdict": o.verdict,
            "explanation": o.explanation,
            "result": None if o.point is None else o.point,
            "result_low": None if o.result is None else o.result.low,
            "result_high": None if o.result is None else o.result.high,
            "tests": o.check.tests or "",
            "claims": " ".join(claim_ids),
            "documents": " ".join(documents),
            "themes": " ".join(o.check.themes),
        })
    return pd.DataFrame(rows)


def verdict_counts(results: list[Outcome]) -> pd.Series:
    counts = Counter(o.verdict for o in results)
    return pd.Series({v: counts.get(v, 0) for v in VERDICTS}, name="checks")


def verdict_changes(ledger: Ledger, rules: HedgeRules) -> pd.DataFrame:
    """Checks whose verdict differs between the standard hedge rules and `rules` (for the methods page)."""
    from .ledger import with_rules

    standard = {o.check.id: o.verdict for o in outcomes(ledger if ledger.rules == STANDARD else with_rules(ledger, STANDARD))}
    other = {o.check.id: o.verdict for o in outcomes(with_rules(ledger, rules))}
    changed = [{"check_id": k, "standard": standard[k], rules.name: other[k]} for k in standard if standard[k] != other[k]]
    return pd.DataFrame(changed, columns=["check_id", "standard", rules.name])
