"""How a check's steps read on a page (factcheck.report.chapters), on the shipped report."""
from __future__ import annotations

import pytest

from factcheck.report.chapters import steps_block
from factcheck.ledger.claims import load_ledger
from factcheck.report.register import outcomes


@pytest.fixture(scope="module")
def report():
    ledger = load_ledger()
    return ledger, {outcome.check.id: outcome for outcome in outcomes(ledger)}


def test_input_names_appear_only_where_a_formula_uses_them(report):
    ledger, by_id = report
    computed = [o for o in by_id.values() if o.result is not None and o.check.inputs]
    not_computed = [o for o in by_id.values() if o.result is None and o.check.inputs]
    assert computed and not_computed
    for outcome in computed:
        steps = steps_block(outcome, ledger, "../")
        assert all(f"<code>{name}</code>:" in steps for name in outcome.check.inputs), outcome.check.id
    for outcome in not_computed:
        steps = steps_block(outcome, ledger, "../")
        assert not any(f"<code>{name}</code>" in steps for name in outcome.check.inputs), outcome.check.id


def test_a_number_is_marked_by_its_statements_verdict_and_evidence_alone_is_neutral():
    from factcheck.ledger.claims import load_ledger
    from factcheck.report.chapters import markers_by_claim
    from factcheck.report.register import outcomes

    ledger = load_ledger()
    markers = markers_by_claim(outcomes(ledger), ledger.claims)
    assert (markers["parole24-01"].check_id, markers["parole24-01"].rating) == ("parole24-lead", "wrong")  # more than 99%
    assert markers["parole24-04"].rating is None            # ICE's own count, 14: evidence, in no rated statement
    assert (markers["ndd24-01"].check_id, markers["ndd24-01"].rating) == ("ndd24-lead", "wrong")          # 435,000
