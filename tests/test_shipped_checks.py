"""Every check in data/checks.yml, evaluated, against the verdicts a person approved.

A change to the data or the rules that flips a verdict fails here, and must be
accepted on purpose:  .venv/bin/python -m factcheck verdicts --csv > tests/approved_verdicts.csv
"""
from __future__ import annotations

import csv
from pathlib import Path

from factcheck.register import outcomes

APPROVED = Path(__file__).with_name("approved_verdicts.csv")


def test_every_verdict_is_the_approved_one():
    with APPROVED.open(encoding="utf-8") as handle:
        approved = {row["check_id"]: row["verdict"] for row in csv.DictReader(handle)}
    computed = {o.check.id: o.verdict for o in outcomes()}
    changed = {k: (approved.get(k), computed.get(k)) for k in approved.keys() | computed.keys()
               if approved.get(k) != computed.get(k)}
    assert not changed, f"verdicts changed (approved, computed): {changed}. If intended, re-approve: {__doc__.split(':', 1)[1].strip()}"


def test_every_not_comparable_and_flag_carries_a_reason():
    for o in outcomes():
        if o.verdict in ("not comparable", "flagged"):
            assert o.explanation and len(o.explanation.split()) >= 5, o.check.id


def test_every_verdict_kind_that_the_sources_support_occurs():
    verdicts = {o.verdict for o in outcomes()}
    assert {"exact", "within rounding", "within hedges", "inconsistent", "not comparable", "flagged"} <= verdicts
