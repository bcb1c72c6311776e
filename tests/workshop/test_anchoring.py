"""The anchoring checker: right offsets, each kind of slip with its reason, and the validator's own message."""
from __future__ import annotations

import re

import pytest

from factcheck.workshop.anchoring import AnchorTask, anchor_task, check_anchor, sentence_around
from factcheck.workshop.key import validator_message
from factcheck.workshop.feedback import NOT_ANSWERED, NOT_YET, RIGHT

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


def test_an_end_one_short_cuts_the_last_character(task):
    result = check_anchor((task.start, task.end - 1), task.task).results[0]
    assert result.status == NOT_YET
    assert result.reasons == (f"text[{task.start}:{task.end - 1}] is {task.quote[:-1]!r}, not {task.quote!r}.",
                              "Your start offset is right.",
                              f"Your end offset cuts the last character ({task.quote[-1]!r}): "
                              "end is one past the last character.")


def test_a_start_one_early_takes_in_the_character_before(task):
    before = task.text[task.start - 1]
    result = check_anchor((task.start - 1, task.end), task.task).results[0]
    assert result.reasons[1] == f"Your start offset takes in one character before the quote ({before!r})."
    assert result.reasons[2] == "Your end offset is right."


def test_offsets_off_by_several_name_the_characters(task):
    result = check_anchor((task.start + 2, task.end + 3), task.task).results[0]
    assert result.reasons[1] == f"Your start offset cuts the first 2 characters ({task.quote[:2]!r})."
    assert result.reasons[2] == f"Your end offset takes in 3 characters after the quote ({task.text[task.end:task.end + 3]!r})."


def test_offsets_elsewhere_say_to_search(task):
    result = check_anchor((0, 3), task.task).results[0]
    assert "not part of the quote at all" in result.reasons[1]


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
    assert result.status == NOT_YET and "another place the same words occur" in result.reasons[0]


def test_the_sentence_stops_at_sentence_ends_and_paragraphs():
    second = task_for(TWICE, "2,572", occurrence=1)
    assert second.sentence == "Later, of the 2,572 migrants, few left."


def test_the_validator_message_names_file_line_and_column(tiny_repo, task):
    message = repr(validator_message(task.task, task.start, task.end - 1, root=tiny_repo))
    assert "claims.csv:2: column 'quote': does not match the seed at" in message
    assert f"{task.quote!r} occurs at {task.start}:{task.end}" in message
