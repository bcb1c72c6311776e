"""The comparability checker: comparable or not, and the reasons from the fixed set."""
from __future__ import annotations

import pytest

from factcheck.workshop.comparability import (THE_RULE, check_pair, check_pairs, pair_questions, parse_answer,
                                             reasons_in, report_reading)
from factcheck.workshop.feedback import NOT_ANSWERED, NOT_YET, RIGHT, SHOWN, Attempts


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
    assert result.status == NOT_YET and result.reasons[0] == THE_RULE


def test_every_wrong_answer_to_a_pair_gets_the_same_words():
    """All four reasons, too few, one wrong, 'comparable': the same rule, so no loop can follow the feedback."""
    backlog = pair_questions(["backlog-vs-supervised"])[0]  # the shipped cross-article check
    reasons = report_reading(backlog).reasons
    assert len(reasons) >= 2
    extra = next(r for r in ("unit", "population", "period", "definition") if r not in reasons)
    wrong = ["not comparable: period, definition, population, unit", f"not comparable: {sorted(reasons)[0]}",
             "not comparable: " + ", ".join(sorted(reasons | {extra})), f"not comparable: {extra}", "comparable"]
    said = {check_pair(answer, backlog, Attempts(99)).reasons[:-1] for answer in wrong}
    assert said == {(THE_RULE,)}
    assert check_pair("not comparable: " + ", ".join(sorted(reasons)), backlog, Attempts()).status == RIGHT


def test_past_the_cap_the_reports_reading_shows(questions):
    attempts = Attempts(cap=2)
    check_pair("comparable", questions[1], attempts)
    last = check_pair("not comparable: period", questions[1], attempts)
    assert last.status == SHOWN and report_reading(questions[1]).answer in last.reasons[-1]
    assert check_pair(report_reading(questions[1]).answer, questions[1], attempts).status == SHOWN


def test_blind_searches_cannot_pass_the_exercise_within_the_cap(blind_pair_search):
    """Issue 23's loop (all four reasons first, then drop what the feedback names) and 500 random orders of every
    possible answer: capped per pair, the blind searcher passes the shipped exercise in under 2 % of the orders."""
    import itertools
    import random

    from factcheck.workshop.starters import template_defaults
    from factcheck import paths

    check_ids = template_defaults(paths.NOTEBOOKS / "workshop" / "comparable-or-not.ipynb")["check_ids"]
    questions = pair_questions(check_ids)
    kinds = ("period", "definition", "population", "unit")
    every = ["comparable"] + ["not comparable: " + ", ".join(c) for n in range(4, 0, -1)
                              for c in itertools.combinations(kinds, n)]

    def passes(order_for) -> bool:
        return blind_pair_search(questions, order_for)

    assert not passes(lambda q: every)  # all four first, then three, two, one: the feedback names nothing to drop
    chance = random.Random(23)
    wins = sum(passes(lambda q: chance.sample(every, len(every))) for _ in range(500))
    assert wins / 500 < 0.02, wins


def test_a_check_whose_reason_names_no_kind_is_refused(tiny_ledger, tiny_checks):
    with pytest.raises(ValueError, match="does not open with a kind of difference"):
        pair_questions(["vague-pair"], tiny_ledger, tiny_checks)
