"""The share checker: the share and the rating judged together, readings from the exercise data, slips named."""
from __future__ import annotations

import pytest
import yaml

from factcheck.workshop import exercise_data
from factcheck.workshop.feedback import NOT_ANSWERED, NOT_YET, RIGHT, number
from factcheck.workshop.shares import check_share, readings, share_question


@pytest.fixture
def question(tiny_ledger, tiny_checks):
    return share_question("refusal-rate", tiny_ledger, tiny_checks)


@pytest.fixture
def parole():
    return share_question("parole-at-large")  # the shipped check: three counts, two defensible readings


def test_the_question_holds_no_answer_and_names_its_counts_neutrally(parole):
    shown = repr(parole) + parole.card().text + parole.card()._repr_html_()
    assert [c.name for c in parole.counts] == ["A", "B", "C"]
    for word in ("released", "gone", "in_custody", "custody is", "99.4", "imprecise", "accurate"):
        assert word not in shown.replace(parole.counts[2].sentence, ""), word
    for count in parole.counts:
        assert count.quote in count.sentence and count.sentence in shown


def test_the_report_reading_and_its_rating_are_right(question):
    report = readings(question)[0]
    feedback = check_share(report.share, report.rating, question)
    assert feedback.statuses == [RIGHT, RIGHT]
    assert report.explanation in repr(feedback)


def test_the_reports_reading_takes_the_registers_rating(question):
    report = readings(question)[0]
    assert report.outcome == "within the words"   # "about 1.6 percent" allows the counts' 1.67
    assert report.rating == "accurate"             # the fixture's judgement in data/checks.yml


def test_the_share_as_an_interval_is_right_too(question):
    interval = 100 * question.intervals["A"] / question.intervals["B"]
    assert check_share(interval, readings(question)[0].rating, question).statuses == [RIGHT, RIGHT]


def test_placeholders_are_not_answered_yet(question):
    assert check_share(..., ..., question).statuses == [NOT_ANSWERED, NOT_ANSWERED]


def test_ratings_are_read_in_any_capitals_and_with_their_long_name(parole):
    report = readings(parole)[0]
    assert report.rating == "imprecise"
    for written in ("IMPRECISE", " Imprecise ", "accurate but imprecise"):
        assert check_share(report.share, written, parole).statuses == [RIGHT, RIGHT]


def test_both_readings_of_parole_at_large_are_accepted_each_with_its_rating_and_both_explained(parole):
    first, second = readings(parole)
    assert abs(first.share - second.share) > 0.01 and first.rating != second.rating
    for reading, other in ((first, second), (second, first)):
        feedback = check_share(round(reading.share, 2), reading.rating, parole)
        assert feedback.statuses == [RIGHT, RIGHT]
        assert reading.explanation in repr(feedback) and other.explanation in repr(feedback)
        assert check_share(round(reading.share, 2), other.rating, parole).statuses == [RIGHT, NOT_YET]


def test_a_wrong_share_gets_no_verdict_on_the_rating_and_no_target(parole):
    right_shares = [number(round(r.share, 2)) for r in readings(parole)]
    for wrong in (0.5, 50.0, 99.0, 100.0):
        for rating in exercise_data.rating_choices():
            feedback = check_share(wrong, rating, parole)
            assert feedback.statuses == [NOT_YET, NOT_YET]
            assert feedback.results[1].reasons[0].startswith("The rating follows from the share")
            assert not any(share in repr(feedback) for share in right_shares)


def test_a_wrong_rating_says_why_from_the_arithmetic_without_naming_the_right_one(parole):
    first = readings(parole)[0]
    for rating in exercise_data.rating_choices():
        if rating == first.rating:
            continue
        said = " ".join(check_share(first.share, rating, parole).results[1].reasons)
        assert f"'{first.rating}'" not in said


def test_a_fraction_is_told_to_multiply_by_100(question):
    result = check_share(readings(question)[0].share / 100, ..., question).results[0]
    assert result.reasons[1] == "That looks like a fraction of 1; multiply by 100 for a percentage."


def test_the_complement_is_named(question):
    result = check_share(100 - readings(question)[0].share, ..., question).results[0]
    assert result.reasons[1].startswith("That is the complement")


def test_rounding_too_early_is_named(question):
    rounded = round(readings(question)[0].share, 1)
    result = check_share(rounded, ..., question).results[0]
    assert result.status == NOT_YET and result.reasons[1].startswith("Close, but rounded too early")


def test_an_unknown_rating_lists_the_choices(question):
    result = check_share(readings(question)[0].share, "roughly right", question).results[1]
    assert result.reasons[0].startswith("Choose one of 'accurate', 'imprecise', 'misleading', 'wrong'")


def test_a_check_that_tests_nothing_is_refused(tiny_ledger, tiny_checks):
    with pytest.raises(ValueError, match="does not test a stated figure"):
        share_question("declined-per-request", tiny_ledger, tiny_checks)


def test_the_alternatives_live_in_the_exercise_data():
    data = yaml.safe_load(exercise_data.EXERCISE_DATA.read_text(encoding="utf-8"))
    listed = data["readings"]["parole-at-large"]
    assert len(listed) == 2 and all(r["explanation"] and r["rating"] in data["ratings"] for r in listed)
    # the first reading is the report's: the check's own formula
    from factcheck.report.register import outcomes

    check = next(o.check for o in outcomes() if o.check.id == "parole-at-large")
    assert listed[0]["formula"] == check.formula
    rating = getattr(check, "rating", None)  # when the register rates the check, the key follows it
    if rating:
        assert readings(share_question("parole-at-large"))[0].rating == exercise_data.normalise_rating(rating)
