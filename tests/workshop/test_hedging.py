"""The hedge checker: each end's number and bracket, under the standard rules or others."""
from __future__ import annotations

import pytest

from factcheck.ledger.hedges import rules_from
from factcheck.ledger.intervals import Interval
from factcheck.workshop.feedback import CAP, NOT_ANSWERED, NOT_YET, RIGHT, SHOWN, Attempts, number
from factcheck.workshop.hedging import check_interval, check_intervals, hedge_questions, parse_interval, report_interval

STANDARD = rules_from("standard")


@pytest.fixture
def questions(tiny_ledger):
    # tiny-01 "almost 100", tiny-02 "a little more than 6,000", tiny-03 "about 1.6 percent"
    return hedge_questions(["tiny-01", "tiny-02", "tiny-03"], STANDARD, tiny_ledger)


def as_text(interval: Interval) -> str:
    return f"{interval.bounds[0]}{interval.low!r}, {interval.high!r}{interval.bounds[1]}"


def honest(question, rules=STANDARD):
    """The answer with its reason: the interval the rules give, and the rule its words follow."""
    return as_text(report_interval(question, rules)), question.shape


def test_the_rules_intervals_with_their_rule_are_right(questions):
    feedback = check_intervals([honest(q) for q in questions], questions)
    assert feedback.statuses == [RIGHT] * 3


def test_intervals_as_objects_are_right_too(questions):
    assert check_intervals([(report_interval(q), q.shape) for q in questions], questions).all_right


def test_an_interval_without_its_reason_is_not_read_and_costs_nothing(questions, fresh_attempts):
    result = check_interval(as_text(report_interval(questions[0])), questions[0])
    assert result.status == NOT_YET and "with its reason" in result.reasons[0]
    assert fresh_attempts.used(f"interval:standard:{questions[0].claim_id}") == 0


def test_the_right_interval_under_the_wrong_rule_is_not_yet_and_names_no_rule(questions):
    almost = questions[0]
    result = check_interval((report_interval(almost), "around"), almost)
    assert result.status == NOT_YET and result.reasons[0].startswith("The rule you give is not the one 'almost' follows")
    assert "just_below" not in " ".join(result.reasons) and "10 %" not in " ".join(result.reasons)


def test_the_placeholder_is_not_answered_yet_for_each_quote(questions):
    assert check_intervals(..., questions).statuses == [NOT_ANSWERED] * 3
    assert check_intervals([..., ..., ...], questions).statuses == [NOT_ANSWERED] * 3


def test_a_bound_off_either_way_gets_the_same_words(questions):
    """The feedback names the rule broken, never the direction: too low and too high read alike."""
    for question in questions:
        expected = report_interval(question)
        low_side = Interval(expected.low * 0.9, expected.high, expected.low_closed, expected.high_closed)
        high_side = Interval((expected.low + expected.high) / 2, expected.high, expected.low_closed, expected.high_closed)
        bracket = Interval(expected.low, expected.high, not expected.low_closed, expected.high_closed)
        said = {check_interval((answer, question.shape), question, rules=STANDARD, attempts=Attempts(9)).reasons[:-1]
                for answer in (low_side, high_side, bracket)}
        assert len(said) == 1, said
        words = " ".join(said.pop())
        assert "The low end" in words and "high end" not in words
        assert not any(w in words for w in ("too low", "too high", "below what", "above what", "write '", "leaves out",
                                             "takes in"))


def test_the_rule_named_is_the_hedges_rule_in_words(questions):
    little_more = questions[1]
    expected = report_interval(little_more)
    result = check_interval((Interval(expected.low, expected.high * 0.99, False, True), "just_above"), little_more)
    assert result.reasons[0] == (f"The high end (its number or its bracket) does not follow the rule for 'a little more "
                                 f"than' under the standard rules: +{number(100 * STANDARD.a_little_more)} %, included.")


def test_other_rules_change_the_right_answer(tiny_ledger):
    loose = rules_from("loose")
    question = hedge_questions(["tiny-02"], loose, tiny_ledger)[0]
    assert report_interval(question, loose) != report_interval(question, STANDARD)
    standard_answer = report_interval(hedge_questions(["tiny-02"], STANDARD, tiny_ledger)[0], STANDARD)
    result = check_interval((standard_answer, question.shape), question, loose)
    assert result.status == NOT_YET and "under the loose rules" in result.reasons[0]


def test_after_the_cap_the_worked_solution_shows(questions):
    almost, attempts = questions[0], Attempts(cap=2)
    assert check_interval(("[1, 2]", "around"), almost, attempts=attempts).status == NOT_YET
    last = check_interval(("[1, 3]", "around"), almost, attempts=attempts)
    assert last.status == SHOWN and str(report_interval(almost)) in last.reasons[-1] and "just_below" in last.reasons[-1]
    assert check_interval(honest(almost), almost, attempts=attempts).status == SHOWN


def test_a_blind_search_that_follows_the_feedback_cannot_pass_within_the_cap(questions):
    """The loop of issue 23: move a bound by what the feedback says, try every bracket and rule; capped, it fails."""
    from factcheck.workshop.hedging import RULE_CHOICES

    for question in questions:
        attempts, v = Attempts(), question.value
        candidates = [(f"{o}{low!r}, {high!r}{c}", rule) for rule in RULE_CHOICES for o in "[(" for c in ")]"
                      for low, high in ((v * 0.95, v * 1.05), (v * 0.9, v), (v, v * 1.1), (0.0, v), (v, float("inf")))]
        statuses = []
        for answer in candidates:
            status = check_interval(answer, question, attempts=attempts).status
            statuses.append(status)
            if status in (RIGHT, SHOWN):
                break
        assert RIGHT not in statuses and statuses[-1] == SHOWN and len(statuses) == CAP, (question.quote, statuses)


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
    result = check_intervals([("[1, 2]", "around")], questions).results[0]
    assert result.reasons == (f"Give one answer per quote, {len(questions)} in all, in a list; found 1.",)


def test_wrong_bounds_never_print_the_right_ones(questions):
    """For every question, answers off at either end: the feedback names the rule, never the target bound."""
    for question in questions:
        expected = report_interval(question)
        for low, high in ((expected.low * 0.5, expected.high), (expected.low, expected.high * 2 + 1),
                          (expected.low * 0.9, expected.high * 0.95)):
            said = " ".join(check_interval((Interval(low, high, True, True), question.shape), question,
                                           attempts=Attempts(99)).reasons)
            for bound in (expected.low, expected.high):
                if bound not in (low, high):
                    assert number(bound) not in said.replace(number(question.value), ""), (question.quote, said)


def test_the_rules_card_gives_each_rule_once_with_every_hedge_word_in_its_row():
    from factcheck.ledger.hedges import HEDGES, PRESETS
    from factcheck.workshop.hedging import rules_by_shape

    card = rules_by_shape(PRESETS["standard"], "6.6", (40.0, 55.0))
    assert card["shape"].is_unique and set(card["shape"]) == set(HEDGES.values())
    for _, row in card.iterrows():
        assert len(row["hedge words"].split("; ")) == list(HEDGES.values()).count(row["shape"]), row["shape"]
    listed = "; ".join(card["hedge words"]).replace("\u00a0", " ").split("; ")
    assert "a little more than …" in listed and "… or more" in listed and "(no hedge word)" in listed
    assert card.loc[card["shape"] == "just_above", "example"].item() == \
        "a little more than 6.6 (to the nearest 0.1) → (6.6, 7.26]"
    assert card.loc[card["shape"] == "order_of_magnitude", "example"].item() == "tens of thousands → [20,000, 100,000)"


def test_the_rules_card_reads_its_bare_example_as_the_claims_are_read_and_never_a_questions_number():
    """The card's example is a printed number read to the digit the finder drafts claims at (the methods page's "How
    a number is read"), said in words, not a precision set by hand ("70 (p = 1)" read a bare count of 70 to the unit,
    where a claim reads it exactly); no example is a question's number, the magnitude words' included."""
    from factcheck.ledger.hedges import PRESETS
    from factcheck.workshop.hedging import HedgeQuestion, rules_by_shape, rules_card

    def examples(questions):
        card = rules_by_shape(PRESETS["standard"], "6.6", (40.0, 55.0))   # the card's own choice follows
        shown = rules_card(PRESETS["standard"], questions).text
        return card, shown

    card, shown = examples([])
    assert card.loc[card["shape"] == "rounding", "example"].item() == "6.6 (to the nearest 0.1) → [6.55, 6.65)"
    assert "tens of thousands → [20,000, 100,000)" in shown and "(p = " not in shown
    asked = [HedgeQuestion("x-01", "6.6 percent", 6.6, None, "", 0.1, "percent"),
             HedgeQuestion("x-02", "tens of thousands of people", 10_000.0, None, "tens of", 1, "people")]
    _, shown = examples(asked)
    assert "7.4 (to the nearest 0.1) → [7.35, 7.45)" in shown and "6.6 (" not in shown
    assert "tens of millions → [20,000,000, 100,000,000)" in shown and "tens of thousands →" not in shown


def test_each_magnitude_word_is_said_for_the_unit_it_counts_not_worked_on_ten_thousand():
    from factcheck.ledger.hedges import rules_table

    table = rules_table().set_index("hedge")
    assert table.loc["tens of", "example"] == "tens of thousands → [20,000, 100,000)"
    assert table.loc["hundreds of", "example"] == "hundreds of: from twice to ten times the unit it counts"
    assert "10,000" not in table.loc["decades", "example"]


def test_the_questions_say_what_each_number_is_read_to_and_the_feedback_never_names_a_unit_an_exact_number_lacks():
    from factcheck.ledger.hedges import PRESETS
    from factcheck.workshop.feedback import Attempts
    from factcheck.workshop.hedging import HedgeQuestion, check_interval, questions_card, worked_interval

    round_one = HedgeQuestion("corpus:x-01", "6,000 requests", 6000.0, None, "", 1000.0, "requests")
    exact = HedgeQuestion("corpus:x-02", "about 120 people", 120.0, None, "about", 0.0, "people")
    count = HedgeQuestion("corpus:x-03", "660 arrests", 660.0, None, "", 0.0, "people")
    text = questions_card([round_one, exact, count]).text
    assert "read to: the nearest 1,000" in text and "read to: exact" in text and "last stated digit" not in text
    told = " ".join(check_interval(("[100, 130]", "around"), exact, attempts=Attempts(9)).reasons)
    assert "±5 % of 120; both ends included" in told and "half the unit" not in told
    assert worked_interval(count, PRESETS["standard"]).endswith(
        "the low end 660 itself, the number being exact; the high end 660 itself, the number being exact.")
    told = " ".join(check_interval(("[5900, 6100)", "rounding"), round_one, attempts=Attempts(9)).reasons)
    assert "half the unit it is read to" in told


def test_the_exercise_quotes_the_methods_pages_rule_for_a_bare_number():
    from factcheck.report.methods import default_reading_text
    from factcheck.workshop.hedging import how_a_number_is_read

    assert how_a_number_is_read().text == default_reading_text()
