"""The comparability checker: comparable or not, and the reasons from the fixed set."""
from __future__ import annotations

import pytest

from factcheck.workshop.comparability import check_pair, check_pairs, pair_questions, parse_answer, reasons_in
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


def test_the_reports_readings_are_right(questions):
    assert check_pairs([q.answer for q in questions], questions).statuses == [RIGHT, RIGHT]


def test_the_placeholder_is_not_answered_yet(questions):
    assert check_pairs(..., questions).statuses == [NOT_ANSWERED, NOT_ANSWERED]


def test_comparable_for_a_pair_the_report_refuses_is_not_yet(questions):
    assert check_pair("comparable", questions[1]).status == NOT_YET


def test_not_comparable_for_a_pair_the_report_compares_is_not_yet(questions):
    result = check_pair("not comparable: period", questions[0])
    assert result.status == NOT_YET and result.reasons[0].startswith("The report does compare these two")


def test_a_wrong_reason_is_named(questions):
    result = check_pair("not comparable: population", questions[1])
    assert result.reasons == ("A different population is not what keeps them apart.",)


def test_a_unit_that_is_the_same_says_so(tiny_ledger, tiny_checks):
    vague_units = pair_questions(["declined-per-request"], tiny_ledger, tiny_checks)[0]
    # Force a refused pair with the same unit on both sides: the fixture's requests against requests.
    refused = type(vague_units)(vague_units.check_id, vague_units.claims, False, frozenset({"definition"}), "why")
    unit = vague_units.claims[0]["unit"]
    assert check_pair("not comparable: unit", refused).reasons == (
        f"A different unit is not what keeps them apart: both are counted in {unit}.",)


def test_a_reason_missed_is_mentioned_but_the_answer_counts():
    backlog = pair_questions(["backlog-vs-supervised"])[0]  # the shipped cross-article check
    one, *others = sorted(backlog.reasons)
    result = check_pair(f"not comparable: {one}", backlog)
    assert result.status == RIGHT
    assert f"The report also names a different {' and '.join(others)}." in result.reasons[0]


def test_a_check_whose_reason_names_no_kind_is_refused(tiny_ledger, tiny_checks):
    with pytest.raises(ValueError, match="does not open with a kind of difference"):
        pair_questions(["vague-pair"], tiny_ledger, tiny_checks)
