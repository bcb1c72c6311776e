"""Verdicts come from interval arithmetic, in a fixed order: exact, within rounding, within hedges, inconsistent."""
from __future__ import annotations

import pandas as pd
import pytest

from factcheck.checks import Check, OPERATIONS
from factcheck.hedges import interval_for, rules_from
from factcheck.ledger import Ledger, with_rules
from factcheck.verdicts import evaluate_check


def claim(claim_id, value, hedge="", precision=0.0, unit="people", value_to=float("nan")):
    iv = interval_for(value, hedge=hedge, precision=precision, unit=unit,
                      value_to=None if value_to != value_to else value_to)
    return {"claim_id": claim_id, "doc_id": "t", "start": 0, "end": 1, "quote": f"{hedge} {value}".strip(),
            "value": value, "value_to": value_to, "unit": unit, "hedge": hedge, "precision": precision,
            "low": iv.low, "high": iv.high, "bounds": iv.bounds}


def ledger_of(*claims) -> Ledger:
    return Ledger(claims=pd.DataFrame(claims), non_claims=pd.DataFrame(), documents={})


def check(operation, inputs, tests=None, **extra) -> Check:
    formula = extra.pop("formula", None) or OPERATIONS[operation].formula
    if operation == "sum":
        formula = " + ".join(inputs)
    return Check(id="c", title="c", operation=operation, inputs=inputs, formula=formula, tests=tests,
                 reason=extra.pop("reason", None), **extra)


def test_exact_when_the_parts_add_up():
    ledger = ledger_of(claim("a", 435719), claim("b", 226847), claim("total", 662566))
    assert evaluate_check(check("sum", {"p1": "a", "p2": "b"}, "total"), ledger).verdict == "exact"


def test_within_rounding_when_the_precise_figure_rounds_to_the_stated_one():
    ledger = ledger_of(claim("precise", 235413), claim("rounded", 235000, precision=1000))
    outcome = evaluate_check(check("rounding", {"precise": "precise"}, "rounded"), ledger)
    assert outcome.verdict == "within rounding"
    assert "[234,500, 235,500)" in outcome.explanation


def test_truncation_is_not_rounding():
    ledger = ledger_of(claim("precise", 435719), claim("rounded", 435000, precision=1000))
    assert evaluate_check(check("rounding", {"precise": "precise"}, "rounded"), ledger).verdict == "inconsistent"


def test_within_rounding_when_rounded_inputs_allow_the_stated_percentage():
    # (282,000 - 96,000) / 282,000 = 65.96 %, stated as 66 percent
    ledger = ledger_of(claim("old", 282000, precision=1000), claim("new", 96000, precision=1000),
                       claim("pct", 66, precision=1, unit="percent"))
    assert evaluate_check(check("percent_decline", {"old": "old", "new": "new"}, "pct"), ledger).verdict == "within rounding"


def test_within_hedges_when_only_the_hedge_words_reconcile():
    ledger = ledger_of(claim("part", 100, "almost", 100), claim("whole", 6000, "a little more than", 1000),
                       claim("pct", 1.6, "about", 0.1, "percent"))
    outcome = evaluate_check(check("share", {"part": "part", "whole": "whole"}, "pct"), ledger)
    assert outcome.verdict == "within hedges"
    assert outcome.point == pytest.approx(100 / 6000 * 100)


def test_tighter_hedges_can_make_the_same_check_inconsistent():
    ledger = ledger_of(claim("part", 100, "almost", 100), claim("whole", 6000, "a little more than", 1000),
                       claim("pct", 1.6, "about", 0.1, "percent"))
    tight = with_rules(ledger, rules_from("standard", about=0.01, almost=0.001, a_little_more=0.001))
    assert evaluate_check(check("share", {"part": "part", "whole": "whole"}, "pct"), tight).verdict == "inconsistent"


def test_inconsistent_when_nothing_reconciles():
    ledger = ledger_of(claim("docket", 662566), claim("phrase", 10000, "tens of"))
    assert evaluate_check(check("same_metric", {"other": "docket"}, "phrase"), ledger).verdict == "inconsistent"


def test_a_stated_range_is_exact_anywhere_inside_it():
    ledger = ledger_of(claim("lede", 40, "between", 1, "percent", 55), claim("body", 40, "-", 1, "percent", 55))
    assert evaluate_check(check("same_metric", {"other": "body"}, "lede"), ledger).verdict == "exact"


def test_not_comparable_keeps_its_reason_and_still_shows_the_arithmetic():
    ledger = ledger_of(claim("monthly", 6000, "a little more than", 1000))
    outcome = evaluate_check(check("annualise", {"monthly": "monthly"}, comparable=False,
                                   reason="A monthly count is not a fiscal-year total."), ledger)
    assert outcome.verdict == "not comparable"
    assert outcome.explanation == "A monthly count is not a fiscal-year total."
    assert outcome.point == 72000


def test_derived_when_nothing_is_tested():
    ledger = ledger_of(claim("budget", 2.75e9, precision=1e7, unit="usd"), claim("removals", 409000, precision=1000))
    outcome = evaluate_check(check("per_unit", {"amount": "budget", "count": "removals"}), ledger)
    assert outcome.verdict == "derived"
    assert outcome.point == pytest.approx(6723.7, abs=0.1)
    assert outcome.result.low < outcome.point < outcome.result.high


def test_a_flag_is_flagged_with_its_reason():
    outcome = evaluate_check(check("flag", {}, reason="The lede and the body name different officials."), ledger_of())
    assert (outcome.verdict, outcome.explanation) == ("flagged", "The lede and the body name different officials.")


def test_a_chapter_tells_arithmetic_then_comparisons_set_aside_then_flags():
    from factcheck.chapters import sections
    from factcheck.register import outcomes

    results = outcomes()
    arithmetic, set_aside, flags = sections(results)
    assert {o.verdict for o in set_aside} == {"not comparable"} and {o.verdict for o in flags} == {"flagged"}
    assert not {o.verdict for o in arithmetic} & {"not comparable", "flagged"}
    assert len(arithmetic) + len(set_aside) + len(flags) == len(results)


def test_a_divisor_whose_interval_holds_zero_gives_an_outcome_that_says_so():
    ledger = ledger_of(claim("part", 5), claim("whole", 0, hedge="about", precision=1), claim("share", 50, unit="percent"))
    outcome = evaluate_check(check("share", {"part": "part", "whole": "whole"}, "share"), ledger)
    assert outcome.verdict == "not comparable"
    assert outcome.explanation.startswith("The arithmetic is undefined for these figures: ")
    assert "divides by zero" in outcome.explanation
    assert outcome.steps[1].startswith("whole = “about 0” → ")


def test_a_hedged_divisor_that_may_be_zero_is_named_with_its_interval():
    ledger = ledger_of(claim("part", 5), claim("whole", 1, hedge="fewer than", precision=1), claim("share", 50, unit="percent"))
    outcome = evaluate_check(check("share", {"part": "part", "whole": "whole"}, "share"), ledger)
    assert outcome.verdict == "not comparable" and "it contains zero" in outcome.explanation
