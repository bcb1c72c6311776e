"""The anchoring checker: right offsets, each kind of slip with its reason, and the validator's own message."""
from __future__ import annotations

import re

import pytest

from factcheck.workshop.anchoring import AnchorTask, anchor_task, check_anchor, sentence_around
from factcheck.workshop.key import validator_message
from factcheck.workshop.feedback import CAP, NOT_ANSWERED, NOT_YET, RIGHT, SHOWN, Attempts

TWICE = "The count was 2,572. Later, of the 2,572 migrants, few left.\nNext paragraph."


def task_for(text: str, quote: str, occurrence: int = 0) -> AnchorTask:
    start = -1
    for _ in range(occurrence + 1):
        start = text.find(quote, start + 1)
    end = start + len(quote)
    return AnchorTask("t-01", "t", "t.txt", quote, text[slice(*sentence_around(text, start, end))], text)


class Offsets:
    """A task with the ledger's offsets beside it: the tests know the answer, the task does not."""

    def __init__(self, task, start, end):
        self.task, self.start, self.end = task, start, end

    def __getattr__(self, name):
        return getattr(self.task, name)


@pytest.fixture
def task(tiny_ledger):
    row = tiny_ledger.claim("tiny-01")
    return Offsets(anchor_task("tiny-01", tiny_ledger), int(row["start"]), int(row["end"]))


def test_printing_the_task_shows_the_quote_and_its_sentence_but_no_offsets(task):
    shown = repr(task.task) + task.task.card().text + task.task.card()._repr_html_()
    assert task.quote in shown and task.sentence in shown
    offsets = re.compile(rf"(?<![\d,]){task.start}(?![\d,])|(?<![\d,]){task.end}(?![\d,])")
    assert not offsets.search(shown.replace(task.sentence, "").replace(task.quote, ""))


def test_the_ledgers_offsets_are_right(task):
    feedback = check_anchor((task.start, task.end), task.task)
    assert feedback.statuses == [RIGHT]
    assert f"text[{task.start}:{task.end}] is {task.quote!r}." in repr(feedback)


def test_the_placeholder_is_not_answered_yet(task):
    assert check_anchor(..., task.task).statuses == [NOT_ANSWERED]


def test_a_wrong_span_names_the_rule_never_the_end_or_the_distance(task):
    """Too early, too late, too wide, too narrow: the same words, so feedback cannot be followed blindly."""
    said = set()
    for answer in [(task.start, task.end - 1), (task.start - 1, task.end), (task.start + 2, task.end + 3)]:
        result = check_anchor(answer, task.task, Attempts(cap=9)).results[0]
        assert result.status == NOT_YET
        said.add(result.reasons[0])
        shown = " ".join(result.reasons)
        assert not re.search(r"(?<![\d,])(%d|%d)(?![\d,])" % (task.start, task.end), shown)
        assert not re.search(r"\b(start|end) offset is right|cuts|takes in|early|late|before the quote|after the quote", shown)
    assert len(said) == 1 and "character for character" in said.pop()


def test_the_whole_text_as_the_answer_reveals_nothing(task):
    """The attack of issue 23: answer (0, len(text)) and read both offsets off the feedback."""
    shown = repr(check_anchor((0, len(task.text)), task.task))
    assert str(task.start) not in shown and str(task.end) not in shown and "not yet" in shown


def test_offsets_elsewhere_name_the_rule(task):
    result = check_anchor((0, 3), task.task).results[0]
    assert "None of the characters you chose is part of it" in result.reasons[0]


def test_after_the_cap_the_solution_shows_and_no_answer_counts(task):
    attempts = Attempts(cap=2)
    first = check_anchor((0, 3), task.task, attempts).results[0]
    assert first.status == NOT_YET and first.reasons[-1] == "1 attempt left for this item."
    assert check_anchor((0, 3), task.task, attempts).results[0].reasons[-1] == "1 attempt left for this item."  # the same answer again is free
    last = check_anchor((0, 4), task.task, attempts).results[0]
    assert last.status == SHOWN and f"text[{task.start}:{task.end}]" in last.reasons[-1]
    assert check_anchor((task.start, task.end), task.task, attempts).statuses == [SHOWN]


def test_an_unreadable_answer_costs_no_attempt(task):
    attempts = Attempts(cap=1)
    check_anchor("3746:3756", task.task, attempts)
    assert attempts.used(f"anchor:{task.doc_id}:{task.claim_id}") == 0
    assert check_anchor((task.start, task.end), task.task, attempts).statuses == [RIGHT]


def test_a_blind_search_cannot_pass_within_the_cap(task):
    """Blind loops that read only the feedback: (0, len(text)) first, then spans walked in from both ends."""
    text, attempts = task.text, Attempts()
    tries = [(0, len(text))] + [(i, len(text) - i) for i in range(1, 200)] + [(i, i + len(task.quote)) for i in range(len(text))]
    statuses = []
    for answer in tries:
        if not (0 <= answer[0] < answer[1] <= len(text)):
            continue
        result = check_anchor(answer, task.task, attempts).results[0]
        statuses.append(result.status)
        if result.status in (RIGHT, SHOWN):
            break
    assert RIGHT not in statuses and statuses[-1] == SHOWN and len(statuses) == CAP


@pytest.mark.parametrize("answer, reason_start", [
    ("3746:3756", "Write two whole numbers"),
    ((1.0, 5), "Offsets are whole numbers"),
    ((5, 5), "Offsets must satisfy 0 <= start < end"),
])
def test_malformed_answers_say_what_is_expected(task, answer, reason_start):
    result = check_anchor(answer, task.task).results[0]
    assert result.status == NOT_YET and result.reasons[0].startswith(reason_start)


def test_the_same_words_elsewhere_are_not_the_claim():
    second = task_for(TWICE, "2,572", occurrence=1)
    first_start = TWICE.find("2,572")
    result = check_anchor((first_start, first_start + len("2,572")), second).results[0]
    assert result.status == NOT_YET and "another place in the article" in result.reasons[0]


def test_the_sentence_stops_at_sentence_ends_and_paragraphs():
    second = task_for(TWICE, "2,572", occurrence=1)
    assert second.sentence == "Later, of the 2,572 migrants, few left."


def test_the_validator_message_names_file_line_and_column(tiny_repo, task):
    message = repr(validator_message(task.task, task.start, task.end - 1, root=tiny_repo))
    assert "claims.csv:2: column 'quote': does not match the seed at" in message
    assert f"{task.quote!r} occurs at {task.start}:{task.end}" in message
