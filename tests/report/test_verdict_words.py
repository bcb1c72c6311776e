"""A check's outcome told in sentences (factcheck.report.verdict_words): units from the data, ranges in words."""
from __future__ import annotations

import re

import pytest

from factcheck.ledger.claims import load_ledger
from factcheck.ledger.intervals import INF, Interval
from factcheck.report.register import outcomes
from factcheck.report.verdict_words import arithmetic, between, result_unit, sentence

BRACKETS = re.compile(r"[\[(]\s*-?[\d,.]+\s*,\s*-?[\d,.∞]+\s*[\])]")


@pytest.fixture(scope="module")
def report():
    ledger = load_ledger()
    return ledger, {outcome.check.id: outcome for outcome in outcomes(ledger)}


@pytest.mark.parametrize("interval, unit, words", [
    (Interval(42.35, 42.74, False, False), "percent", "between 42.35% and 42.74%"),
    (Interval(0, 15, False, True), "percent", "above zero and at most 15%"),
    (Interval(-INF, 15, False, True), "percent", "at most 15%"),
    (Interval(-100, 18.4, False, False), "percent", "less than 18.4%"),   # a change from "more than" a figure
    (Interval(-100, 18.4, True, False), "percent", "between -100% and 18.4%"),   # all of it, at most
    (Interval(99, INF, False, False), "percent", "more than 99%"),
    (Interval(234500, 235500, True, False), "people", "between 234,500 people and 235,500 people"),
    (Interval.point(2572), "people", "exactly 2,572 people"),
    (Interval(6703.2, 6744.4), "usd per person", "between $6,703 per person and $6,744 per person"),
    (Interval(2.89, 3.49), "times", "between 2.89 times and 3.49 times"),
])
def test_a_range_reads_in_words_with_its_unit(interval, unit, words):
    assert between(interval, unit) == words


def test_a_percentage_change_of_dollars_per_person_is_a_percentage_not_dollars(report):
    ledger, by_id = report
    growth = by_id["cost-per-removal-change"]            # 100 * (budget15 / removals15 - ...) / (...): about 117 percent
    assert result_unit(growth, ledger) == "percent"
    assert sentence(growth, ledger).startswith("The printed figures give 117.1%;")
    assert "$117" not in sentence(growth, ledger)


def test_a_share_of_people_is_a_percentage_not_people(report):
    ledger, by_id = report
    share = by_id["assault-detained-share"]              # 100 * held / (held + released)
    assert result_unit(share, ledger) == "percent"
    assert sentence(share, ledger) == "The figures give 3.636%."


@pytest.mark.parametrize("formula, unit", [
    ("held / (held + released) * 100", "percent"),   # was published as "50 people"
    ("held / released", "times"),                      # was "0.5 people"
    ("100 * (held / released - 1)", "percent"),
    ("12 * held / 15", "people"),
])
def test_a_formulas_result_takes_its_unit_from_its_inputs_in_whatever_order_it_is_written(report, formula, unit):
    import dataclasses

    ledger, by_id = report
    share = by_id["assault-detained-share"]
    written = dataclasses.replace(share, check=dataclasses.replace(share.check, formula=formula))
    assert result_unit(written, ledger) == unit


@pytest.mark.parametrize("formula, unit", [
    ("dollars / people", "usd per person"),
    ("100 * arrests / people", "percent"), ("arrests / people * 100", "percent"),   # unlike counts: was "arrests per
    ("(people + 100) / others", "times"),            # person", 100 times too large; a constant added is no scale
    ("(people - 100) / others * 100", "percent"),
    ("100 * (dollars / people - dollars / others) / (dollars / others)", "percent"),   # rates over a rate
    ("dollars + people", None), ("people * others", None),   # units that do not combine
    ("people / others * 1000", None), ("arrests / people * 1000", None),   # per 1,000: no unit to name
    ("blank / people", None),                          # a unit a participant has not filled in yet
])
def test_a_formulas_unit_comes_from_its_inputs_and_is_none_where_a_reader_could_not_be_told(formula, unit):
    from factcheck.checks.formulas import unit_of

    units = {"dollars": "usd", "people": "people", "others": "people", "arrests": "arrests", "blank": ""}
    assert unit_of(formula, units, lambda u: {"people": "person"}.get(u, u)) == unit


def test_a_word_claim_reads_as_a_sentence_with_its_reading_in_words(report):
    ledger, by_id = report
    dipped = sentence(by_id["words-deportations-dipped"], ledger)
    assert dipped == ("The figures give 42.54% (allowing for every hedge, between 42.35% and 42.74%), so “dipped”, "
                      "which we read as above zero and at most 15%, does not fit.")


def test_no_outcome_sentence_or_arithmetic_carries_interval_brackets_or_an_input_name(report):
    ledger, by_id = report
    for outcome in by_id.values():
        told = " ".join([sentence(outcome, ledger)] + arithmetic(outcome, ledger))
        generated = told.replace((outcome.check.reason or "").strip(), "")   # the desk's reason is data, as written
        assert not BRACKETS.search(generated), (outcome.check.id, generated)
        for line in arithmetic(outcome, ledger):
            assert not any(re.search(rf"(?<![\w“]){re.escape(name)}(?![\w”])", line)
                           for name in outcome.check.inputs if len(name) > 1), (outcome.check.id, line)


def test_the_arithmetic_puts_the_printed_figures_into_the_sum_with_their_units(report):
    ledger, by_id = report
    assert arithmetic(by_id["parole-unaccounted"], ledger) == [
        "With the figures as printed: 100 × (2,572 people − 14 people) ÷ 2,572 people = 99.46%."]
    decline = arithmetic(by_id["removals-decline-fy2012-fy2015"], ledger)
    assert decline[0] == "With the figures as printed: 100 × (1 − 235,000 people ÷ 409,000 people) = 42.54%."
    assert decline[1].endswith("gives between 42.35% and 42.74%.")
    assert arithmetic(by_id["same-test-group"], ledger) == []   # one figure set beside another: no sum to show
