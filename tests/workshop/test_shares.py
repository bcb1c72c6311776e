"""The share checker: the share and the verdict, with the usual slips named."""
from __future__ import annotations

import pytest

from factcheck.workshop.feedback import NOT_ANSWERED, NOT_YET, RIGHT, number
from factcheck.workshop.shares import check_share, share_question


@pytest.fixture
def question(tiny_ledger, tiny_checks):
    return share_question("refusal-rate", tiny_ledger, tiny_checks)


def counts_share(q) -> float:
    return 100 * q.inputs["part"] / q.inputs["whole"]


def test_the_reports_share_and_verdict_are_right(question):
    feedback = check_share(counts_share(question), question.outcome.verdict, question)
    assert feedback.statuses == [RIGHT, RIGHT]
    assert question.outcome.explanation in repr(feedback)


def test_the_share_as_an_interval_is_right_too(question):
    interval = 100 * question.intervals["part"] / question.intervals["whole"]
    assert check_share(interval, question.outcome.verdict, question).statuses == [RIGHT, RIGHT]


def test_placeholders_are_not_answered_yet(question):
    assert check_share(..., ..., question).statuses == [NOT_ANSWERED, NOT_ANSWERED]


def test_a_fraction_is_told_to_multiply_by_100(question):
    result = check_share(counts_share(question) / 100, ..., question).results[0]
    assert result.reasons[1] == "That looks like a fraction of 1; multiply by 100 for a percentage."


def test_the_complement_is_named(question):
    result = check_share(100 - counts_share(question), ..., question).results[0]
    assert result.reasons[1].startswith("That is the complement")


def test_rounding_too_early_is_named(question):
    rounded = round(counts_share(question), 1)
    result = check_share(rounded, ..., question).results[0]
    assert result.status == NOT_YET and result.reasons[1].startswith("Close, but rounded too early")


def test_within_rounding_is_wrong_when_the_share_does_not_round_to_the_stated_figure(question):
    assert question.outcome.verdict == "within the words"  # the fixture's point: "about 1.6" allows 1.67, rounding does not
    result = check_share(counts_share(question), "within rounding", question).results[1]
    point, stated = number(question.outcome.point), number(question.stated)
    assert result.reasons == (f"{point} does not round to the stated {stated}: a stated {stated} means "
                              f"{question.rounding}, and {point} is outside it.",)


def test_outside_the_words_is_wrong_when_the_hedges_meet(question):
    result = check_share(counts_share(question), "outside what the words allow", question).results[1]
    assert result.reasons[0].startswith("They are consistent: the counts allow")


def test_an_unknown_verdict_lists_the_choices(question):
    result = check_share(counts_share(question), "roughly right", question).results[1]
    assert result.reasons[0].startswith("Choose one of 'exact', 'within the words', 'within rounding', 'within hedges'")


def test_a_count_left_out_is_named_with_its_quote():
    question = share_question("parole-at-large")  # the shipped check: three counts
    without_custody = 100 * (question.inputs["released"] - question.inputs["gone"]) / question.inputs["released"]
    result = check_share(without_custody, ..., question).results[0]
    claim_id, quote = question.quotes["in_custody"]
    assert result.reasons[1] == f"It leaves out in_custody (“{quote}”, {claim_id}): does that count belong in the share?"


def test_a_check_that_tests_nothing_is_refused(tiny_ledger, tiny_checks):
    with pytest.raises(ValueError, match="does not test a stated figure"):
        share_question("declined-per-request", tiny_ledger, tiny_checks)
