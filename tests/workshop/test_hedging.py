"""The hedge checker: each end's number and bracket, under the standard rules or others."""
from __future__ import annotations

import pytest

from factcheck.ledger.hedges import rules_from
from factcheck.ledger.intervals import Interval
from factcheck.workshop.feedback import NOT_ANSWERED, NOT_YET, RIGHT, number
from factcheck.workshop.hedging import check_interval, check_intervals, hedge_questions, parse_interval, report_interval

STANDARD = rules_from("standard")


@pytest.fixture
def questions(tiny_ledger):
    # tiny-01 "almost 100", tiny-02 "a little more than 6,000", tiny-03 "about 1.6 percent"
    return hedge_questions(["tiny-01", "tiny-02", "tiny-03"], STANDARD, tiny_ledger)


def as_text(interval: Interval) -> str:
    return f"{interval.bounds[0]}{interval.low!r}, {interval.high!r}{interval.bounds[1]}"


def test_the_rules_intervals_written_as_text_are_right(questions):
    feedback = check_intervals([as_text(report_interval(q)) for q in questions], questions)
    assert feedback.statuses == [RIGHT] * 3


def test_intervals_as_objects_are_right_too(questions):
    assert check_intervals([report_interval(q) for q in questions], questions).all_right


def test_the_placeholder_is_not_answered_yet_for_each_quote(questions):
    assert check_intervals(..., questions).statuses == [NOT_ANSWERED] * 3
    assert check_intervals([..., ..., ...], questions).statuses == [NOT_ANSWERED] * 3


def test_a_high_bound_below_a_little_more_than_names_the_rule(questions):
    little_more = questions[1]
    stated = little_more.value
    allowed = stated * (1 + STANDARD.a_little_more)
    too_low = (stated + allowed) / 2
    result = check_interval(f"({stated!r}, {too_low!r}]", little_more)
    assert result.status == NOT_YET
    assert result.reasons[1:] == (
        "Your low bound is right.",
        f"Your high bound {number(too_low)} is below what 'a little more than' allows under the standard rules "
        f"(+{number(100 * STANDARD.a_little_more)} %, included), "
        "so it leaves out values the words allow.")
    assert number(allowed) not in " ".join(result.reasons)  # the feedback never prints the target


def test_closing_the_top_of_almost_is_wrong_because_almost_stays_below(questions):
    almost = questions[0]
    closed = Interval(report_interval(almost).low, report_interval(almost).high, True, True)
    reason = check_interval(closed, almost).reasons[2]
    assert reason == (f"Your interval includes {number(almost.value)} itself, but 'almost' excludes it "
                      f"('almost' stays below {number(almost.value)}, so {number(almost.value)} is excluded): write ')'.")


def test_opening_the_ends_of_about_is_wrong_because_about_includes_them(questions):
    about = questions[2]
    opened = Interval(report_interval(about).low, report_interval(about).high, False, False)
    reasons = check_interval(opened, about).reasons
    assert reasons[1].startswith(f"Your interval leaves out {number(report_interval(about).low)} itself, but 'about' includes it")
    assert reasons[1].endswith("write '['.") and reasons[2].endswith("write ']'.")


def test_a_low_bound_too_high_leaves_out_values(questions):
    almost = questions[0]
    higher = report_interval(almost).low + 1
    reason = check_interval(Interval(higher, almost.value, True, False), almost).reasons[1]
    assert reason.startswith(f"Your low bound {number(higher)} is above what 'almost' allows under the standard rules")
    assert reason.endswith("so it leaves out values the words allow.")


def test_other_rules_change_the_right_answer(tiny_ledger):
    loose = rules_from("loose")
    question = hedge_questions(["tiny-02"], loose, tiny_ledger)[0]
    assert report_interval(question, loose) != report_interval(question, STANDARD)
    standard_answer = report_interval(hedge_questions(["tiny-02"], STANDARD, tiny_ledger)[0], STANDARD)
    result = check_interval(standard_answer, question, loose)
    assert result.status == NOT_YET and "under the loose rules" in result.reasons[2]


def test_a_bound_too_wide_takes_in_values_the_words_rule_out(questions):
    almost = questions[0]
    lower = report_interval(almost).low - 1
    reason = check_interval(Interval(lower, almost.value, True, False), almost).reasons[1]
    assert reason.endswith("so it takes in values the words rule out.")


@pytest.mark.parametrize("text, error", [
    ("6000-6600", "cannot read"),
    ("(6,000, 6,600]", "cannot read"),
    ("(6000, many]", "'many' is not a number"),
    ("(6600, 6000]", "is above high"),
])
def test_unreadable_intervals_say_how_to_write_them(text, error):
    with pytest.raises(ValueError, match=error):
        parse_interval(text)


def test_no_upper_limit_is_written_inf():
    assert parse_interval("(300, inf)") == Interval(300, float("inf"), False, False)


def test_a_list_of_the_wrong_length_says_how_many(questions):
    result = check_intervals(["[1, 2]"], questions).results[0]
    assert result.reasons == (f"Give one interval per quote, {len(questions)} in all, in a list; found 1.",)


def test_wrong_bounds_never_print_the_right_ones(questions):
    """For every question, answers off at either end: the feedback names the rule, never the target bound."""
    for question in questions:
        expected = report_interval(question)
        for low, high in ((expected.low * 0.5, expected.high), (expected.low, expected.high * 2 + 1),
                          (expected.low * 0.9, expected.high * 0.95)):
            said = " ".join(check_interval(Interval(low, high, True, True), question).reasons)
            for bound in (expected.low, expected.high):
                if bound not in (low, high):
                    assert number(bound) not in said.replace(number(question.value), ""), (question.quote, said)
