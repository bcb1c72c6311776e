"""Arithmetic outcomes come from interval arithmetic, in a fixed order: exact, within the words, within rounding,
within hedges, outside what the words allow."""
from __future__ import annotations

import pandas as pd
import pytest

from factcheck.checks.definitions import Check, OPERATIONS
from factcheck.ledger.hedges import interval_for, rules_from
from factcheck.ledger.claims import Ledger, with_rules
from factcheck.ledger.intervals import INF, Interval
from factcheck.checks.verdicts import OUTSIDE, evaluate_check


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
    assert evaluate_check(check("rounding", {"precise": "precise"}, "rounded"), ledger).verdict == OUTSIDE


def test_within_rounding_when_rounded_inputs_allow_the_stated_percentage():
    # (282,000 - 96,000) / 282,000 = 65.96 %, stated as 66 percent
    ledger = ledger_of(claim("old", 282000, precision=1000), claim("new", 96000, precision=1000),
                       claim("pct", 66, precision=1, unit="percent"))
    assert evaluate_check(check("percent_decline", {"old": "old", "new": "new"}, "pct"), ledger).verdict == "within rounding"


def test_within_the_words_when_the_tested_hedge_is_met_and_the_explanation_says_so():
    # 100 / 6,000 = 1.67 %: "about 1.6 percent" allows it by its own hedge, not by rounding
    ledger = ledger_of(claim("part", 100, "almost", 100), claim("whole", 6000, "a little more than", 1000),
                       claim("pct", 1.6, "about", 0.1, "percent"))
    outcome = evaluate_check(check("share", {"part": "part", "whole": "whole"}, "pct"), ledger)
    assert outcome.verdict == "within the words"
    assert "about 1.6" in outcome.explanation and "round" not in outcome.explanation


def test_more_than_99_is_met_by_its_hedge_not_by_rounding():
    ledger = ledger_of(claim("released", 2572), claim("gone", 14), claim("pct", 99, "more than", 1, "percent"))
    outcome = evaluate_check(check("formula", {"released": "released", "gone": "gone"}, "pct",
                                   formula="100 * (released - gone) / released"), ledger)
    assert outcome.verdict == "within the words"
    assert "more than 99" in outcome.explanation and "round" not in outcome.explanation


def test_within_hedges_when_only_the_inputs_hedges_reconcile():
    ledger = ledger_of(claim("part", 100, "almost", 100), claim("whole", 6000, "a little more than", 1000),
                       claim("pct", 1.4, precision=0.1, unit="percent"))
    outcome = evaluate_check(check("share", {"part": "part", "whole": "whole"}, "pct"), ledger)
    assert outcome.verdict == "within hedges"
    assert outcome.point == pytest.approx(100 / 6000 * 100)


def test_tighter_hedges_can_put_the_same_check_outside_the_words():
    ledger = ledger_of(claim("part", 100, "almost", 100), claim("whole", 6000, "a little more than", 1000),
                       claim("pct", 1.4, precision=0.1, unit="percent"))
    tight = with_rules(ledger, rules_from("standard", about=0.01, almost=0.001, a_little_more=0.001))
    assert evaluate_check(check("share", {"part": "part", "whole": "whole"}, "pct"), tight).verdict == OUTSIDE


def test_outside_the_words_when_nothing_reconciles():
    ledger = ledger_of(claim("docket", 662566), claim("phrase", 10000, "tens of"))
    assert evaluate_check(check("same_metric", {"other": "docket"}, "phrase"), ledger).verdict == OUTSIDE


def test_the_same_range_stated_twice_is_exact():
    ledger = ledger_of(claim("lede", 40, "between", 1, "percent", 55), claim("body", 40, "-", 1, "percent", 55))
    assert evaluate_check(check("same_metric", {"other": "body"}, "lede"), ledger).verdict == "exact"


def test_two_ranges_are_compared_end_to_end_not_by_their_lower_ends():
    ledger = ledger_of(claim("lede", 40, "between", 1, "percent", 55), claim("body", 40, "-", 1, "percent", 60))
    outcome = evaluate_check(check("same_metric", {"other": "body"}, "lede"), ledger)
    assert outcome.verdict == "within hedges"
    assert "40 to 60 against 40 to 55" in outcome.explanation


def test_a_share_stays_within_0_and_100_even_from_an_open_ended_count():
    # "more than 368,000" of "2.2 million": the part has no upper limit, the share does
    ledger = ledger_of(claim("part", 368000, "more than", 1000), claim("whole", 2.2e6, precision=1e5))
    outcome = evaluate_check(check("share", {"part": "part", "whole": "whole"}, domain=Interval(0, 100)), ledger)
    assert outcome.result.high == 100 and outcome.result.low == pytest.approx(100 * 368000 / 2.25e6)


def test_a_decline_is_at_most_100_percent():
    ledger = ledger_of(claim("old", 19000, "more than", 1000), claim("new", 6000, "a little more than", 1000))
    outcome = evaluate_check(check("percent_decline", {"old": "old", "new": "new"}, domain=Interval(-INF, 100)), ledger)
    assert outcome.result.high == 100 and not outcome.result.high_closed
    assert outcome.result.low == pytest.approx(100 * (1 - 6600 / 19000))


def test_a_change_from_an_open_ended_floor_is_at_least_minus_100_percent():
    ledger = ledger_of(claim("old", 368000, "more than", 1000), claim("new", 435719))
    outcome = evaluate_check(check("percent_change", {"old": "old", "new": "new"}, domain=Interval(-100, INF)), ledger)
    assert outcome.result.low == -100
    assert outcome.result.high == pytest.approx(100 * (435719 / 368000 - 1))


def test_a_share_whose_part_is_larger_than_its_whole_cannot_be_worked_out_and_says_why():
    """Part and whole the wrong way round: a share of 168.9 percent is no share at all. The outcome says so, with
    the figures it came from, and the validation names the check's line (not a traceback on every page)."""
    from factcheck.checks.verdicts import check_results_possible, impossible_result
    from factcheck.files.problems import ValidationFailed

    ledger = ledger_of(claim("part", 235413), claim("whole", 139368))
    swapped = check("share", {"part": "part", "whole": "whole"}, domain=Interval(0, 100), line=16)
    outcome = evaluate_check(swapped, ledger)
    assert outcome.verdict == "undefined" and impossible_result(swapped, outcome)
    assert outcome.point == pytest.approx(100 * 235413 / 139368) and outcome.result.low > 100
    assert "cannot all be right" in outcome.explanation and "wholly outside [0, 100]" in outcome.steps[-1]
    with pytest.raises(ValidationFailed) as raised:
        check_results_possible([swapped], ledger, "data/checks.yml")
    (problem,) = raised.value.problems
    assert (problem.line, problem.column) == (16, "inputs")
    assert "168.9" in problem.message and "part = part (235413), whole = whole (139368)" in problem.message
    right_way = check("share", {"part": "whole", "whole": "part"}, domain=Interval(0, 100), line=16)
    check_results_possible([right_way], ledger, "data/checks.yml")   # 59.2 percent: nothing to say
    assert not impossible_result(right_way, evaluate_check(right_way, ledger))


def test_the_operations_formulas_use_each_input_once_so_their_ranges_are_exact():
    from factcheck.checks.formulas import repeated_names

    assert all(not repeated_names(op.formula) for op in OPERATIONS.values() if op.formula)


def test_a_divisor_that_may_be_zero_gives_an_undefined_outcome_with_its_reason():
    ledger = ledger_of(claim("part", 5), claim("whole", 0, "up to", 1))
    outcome = evaluate_check(check("share", {"part": "part", "whole": "whole"}), ledger)
    assert outcome.verdict == "undefined" and "divides by zero" in outcome.explanation


def word_claim(claim_id, words, low, high, bounds, unit="percent"):
    return {"claim_id": claim_id, "doc_id": "t", "start": 0, "end": 1, "quote": words, "value": float("nan"),
            "value_to": float("nan"), "unit": unit, "hedge": "", "precision": float("nan"), "low": low, "high": high,
            "bounds": bounds, "words": words, "condition": "as the words say"}


def test_a_word_claim_is_tested_against_its_reading():
    ledger = ledger_of(claim("old", 409000, precision=1000), claim("new", 235000, precision=1000),
                       word_claim("dipped", "dipped", 0, 15, "(]"), word_claim("declining", "declining", 0, 100, "(]"))
    dipped = evaluate_check(check("percent_decline", {"old": "old", "new": "new"}, "dipped"), ledger)
    declining = evaluate_check(check("percent_decline", {"old": "old", "new": "new"}, "declining"), ledger)
    assert (dipped.verdict, declining.verdict) == (OUTSIDE, "within the words")
    assert "“dipped” (read as (0, 15])" in dipped.explanation


def test_a_condition_cannot_enter_arithmetic():
    ledger = ledger_of(claim("share", 59, precision=1, unit="percent"),
                       word_claim("record", "record", "", "", ""))
    outcome = evaluate_check(check("same_metric", {"other": "share"}, "record"), ledger)
    assert outcome.verdict == "undefined" and "as the words say" in outcome.explanation


def test_statements_read_by_people_keep_their_reason():
    ledger = ledger_of(claim("a", 1))
    for operation in ("conflict", "record"):
        outcome = evaluate_check(check(operation, {"a": "a"}, reason="Read side by side."), ledger)
        assert (outcome.verdict, outcome.explanation, outcome.result) == (operation, "Read side by side.", None)


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


def test_a_chapter_tells_ratings_first_then_derivations_then_comparisons_set_aside_then_flags():
    from factcheck.report.chapters import sections
    from factcheck.report.register import outcomes

    results = outcomes()
    rated, derived, set_aside, flags = sections(results)
    assert not any(o.statement for o in derived + set_aside + flags)
    assert [s.severity for s in rated] == sorted(s.severity for s in rated)
    assert {o.verdict for o in set_aside} == {"not comparable"} and {o.verdict for o in flags} == {"flagged"}
    evidence = [o for s in rated for o in s.outcomes]
    assert len(evidence) + len(derived) + len(set_aside) + len(flags) == len(results)   # each check told once


def test_a_divisor_whose_interval_holds_zero_gives_an_outcome_that_says_so():
    ledger = ledger_of(claim("part", 5), claim("whole", 0, hedge="about", precision=1), claim("share", 50, unit="percent"))
    outcome = evaluate_check(check("share", {"part": "part", "whole": "whole"}, "share"), ledger)
    assert outcome.verdict == "undefined"
    assert outcome.explanation.startswith("The arithmetic is undefined for these figures: ")
    assert "divides by zero" in outcome.explanation
    assert outcome.steps[1].startswith("whole = “about 0” → ")


def test_a_hedged_divisor_that_may_be_zero_is_named_with_its_interval():
    ledger = ledger_of(claim("part", 5), claim("whole", 1, hedge="fewer than", precision=1), claim("share", 50, unit="percent"))
    outcome = evaluate_check(check("share", {"part": "part", "whole": "whole"}, "share"), ledger)
    assert outcome.verdict == "undefined" and "it contains zero" in outcome.explanation
