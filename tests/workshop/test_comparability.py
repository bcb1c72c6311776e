"""The comparability checker: comparable or not, and the reasons from the fixed set."""
from __future__ import annotations

import pytest

from factcheck.workshop.comparability import (PairReading, check_pair, check_pairs, pair_questions, parse_answer,
                                             reasons_in, report_reading)
from factcheck.workshop.feedback import NOT_ANSWERED, NOT_YET, RIGHT


@pytest.fixture
def questions(tiny_ledger, tiny_checks):
    return pair_questions(["declined-per-request", "declined-vs-rate"], tiny_ledger, tiny_checks)


@pytest.mark.parametrize("reason, kinds", [
    ("Different definitions and periods: a backlog against a docket.", {"definition", "period"}),
    ("Different populations: interior against all.", {"population"}),
    ("Different measures of the same requests: ...", {"definition"}),
    ("Not like-for-like: one month against a year.", set()),
])
def test_the_kinds_of_difference_are_read_from_the_reasons_opening(reason, kinds):
    assert reasons_in(reason) == kinds


@pytest.mark.parametrize("answer, parsed", [
    ("comparable", (True, set())),
    ("Not comparable: periods, unit", (False, {"period", "unit"})),
    ("not comparable: definition and population", (False, {"definition", "population"})),
])
def test_answers_are_read_leniently(answer, parsed):
    comparable, reasons = parse_answer(answer)
    assert (comparable, set(reasons)) == parsed


@pytest.mark.parametrize("answer, error", [
    ("yes", "start with 'comparable' or 'not comparable'"),
    ("not comparable", "say why after a colon"),
    ("not comparable: time", "'time' is not one of the reasons"),
    (False, "write the answer as text"),
])
def test_unreadable_answers_say_how_to_write_them(answer, error):
    with pytest.raises(ValueError, match=error):
        parse_answer(answer)


def test_the_reports_readings_are_right_in_any_capitals(questions):
    answers = [report_reading(q).answer for q in questions]
    assert check_pairs(answers, questions).statuses == [RIGHT, RIGHT]
    assert check_pairs([a.upper() for a in answers], questions).statuses == [RIGHT, RIGHT]


def test_a_question_holds_no_reading_and_shows_each_figures_sentence(questions):
    shown = repr(questions[1]) + questions[1].card(1).text
    assert "comparable" not in shown and "Different units" not in shown
    for row in questions[1].claims:
        assert row["sentence"] in questions[1].card(1).text and row["quote"] in row["sentence"]


def test_the_placeholder_is_not_answered_yet(questions):
    assert check_pairs(..., questions).statuses == [NOT_ANSWERED, NOT_ANSWERED]


def test_comparable_for_a_pair_the_report_refuses_is_not_yet(questions):
    assert check_pair("comparable", questions[1]).status == NOT_YET


def test_not_comparable_for_a_pair_the_report_compares_is_not_yet(questions):
    result = check_pair("not comparable: period", questions[0])
    assert result.status == NOT_YET and result.reasons[0].startswith("The report does compare these two")


def test_a_wrong_reason_is_named(questions):
    result = check_pair("not comparable: population", questions[1])
    assert result.reasons[0] == "A different population is not what keeps them apart."
    assert result.reasons[1].startswith("One more difference keeps them apart")  # without naming it
    assert "unit" not in result.reasons[1].split(":")[0]


def test_a_unit_that_is_the_same_says_so(tiny_ledger, tiny_checks, monkeypatch):
    pair = pair_questions(["declined-per-request"], tiny_ledger, tiny_checks)[0]
    # Read as refused for its definition: the fixture's two counts of requests share their unit.
    monkeypatch.setattr("factcheck.workshop.comparability.report_reading",
                        lambda q: PairReading(False, frozenset({"definition"}), "why"))
    unit = pair.claims[0]["unit"]
    assert check_pair("not comparable: definition, unit", pair).reasons == (
        f"A different unit is not what keeps them apart: both are counted in {unit}.",)


def test_a_reason_missing_and_a_reason_too_many_are_treated_alike():
    backlog = pair_questions(["backlog-vs-supervised"])[0]  # the shipped cross-article check
    reasons = report_reading(backlog).reasons
    assert len(reasons) >= 2
    one = sorted(reasons)[0]
    too_few = check_pair(f"not comparable: {one}", backlog)
    extra = next(r for r in ("unit", "population", "period", "definition") if r not in reasons)
    too_many = check_pair("not comparable: " + ", ".join(sorted(reasons | {extra})), backlog)
    assert too_few.status == too_many.status == NOT_YET
    for result, answer in ((too_few, one), (too_many, extra)):
        missed = reasons - {one} if result is too_few else set()
        assert not any(f"different {m}" in " ".join(result.reasons) for m in missed)  # the target is not named
    assert check_pair("not comparable: " + ", ".join(sorted(reasons)), backlog).status == RIGHT


def test_a_check_whose_reason_names_no_kind_is_refused(tiny_ledger, tiny_checks):
    with pytest.raises(ValueError, match="does not open with a kind of difference"):
        pair_questions(["vague-pair"], tiny_ledger, tiny_checks)
