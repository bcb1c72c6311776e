"""Every check in data/checks.yml, evaluated, against the verdicts a person approved.

A change to the data or the rules that flips a verdict fails here, and must be
accepted on purpose:  .venv/bin/python -m factcheck verdicts --csv > tests/approved_verdicts.csv
"""
from __future__ import annotations

import csv
from pathlib import Path

from factcheck.report.register import outcomes
from factcheck.checks.verdicts import OUTSIDE

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
    assert {"exact", "within the words", "within rounding", OUTSIDE, "not comparable", "derived", "conflict", "record",
            "flagged"} <= verdicts


def test_every_check_that_judges_a_claim_is_evidence_of_a_statement_and_carries_no_rating_itself():
    for o in outcomes():
        assert o.check.judgement is None, o.check.id
        if o.check.rates_a_claim:
            assert o.statement is not None, o.check.id


def test_a_slip_and_an_error_never_share_a_rating():
    ratings = {o.check.id: o.judgement.rating for o in outcomes() if o.judgement}
    assert ratings["parole-at-large"] == "imprecise"                # one person in 2,572
    assert ratings["record-ndd-released-by-the-agency"] == "wrong"  # a docket read as releases


def test_both_leads_are_one_statement_each_rated_wrong_whatever_their_arithmetic():
    results = {o.check.id: o for o in outcomes()}
    for arithmetic, record in (("parole-unaccounted", "record-parole-unaccounted-for"),
                               ("ndd-headline-rounding", "record-ndd-released-by-the-agency")):
        assert results[arithmetic].statement is results[record].statement
        assert (results[record].statement.rating, results[record].statement.materiality) == ("wrong", "material")
    assert results["parole-unaccounted"].verdict == "within the words"   # the figure holds; the statement does not


def test_two_definitions_never_share_one_metric():
    from factcheck.ledger.claims import load_ledger

    ledger = load_ledger()
    for o in outcomes(ledger):
        if o.verdict == "not comparable" and (o.check.reason or "").startswith("Different definitions"):
            metrics = {ledger.claim(c)["metric"] for c in o.check.claim_ids}
            assert len(metrics) == len(o.check.claim_ids), o.check.id
        if o.check.operation in ("rounding", "same_metric") and o.check.comparable:
            assert len({ledger.claim(c)["metric"] for c in o.check.claim_ids}) == 1, o.check.id
