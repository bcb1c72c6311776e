"""Exercise: anchor a claim. Given a quote and its sentence, find start and end so text[start:end] is the quote.

Offsets are Python string indices: start is the first character, end is one
past the last, so text[start:end] has end - start characters. The checker
says which rule a wrong answer breaks, never which end is off or by how much,
and caps the attempts per item (feedback.Attempts).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from html import escape

from factcheck.report.escaping import article_words
from factcheck.report.display import Block
from factcheck.workshop.feedback import (ATTEMPTS, Attempts, Feedback, is_placeholder, not_answered, not_yet, right,
                                         unreadable)

# A sentence ends at . ! or ? (perhaps followed by a closing quote) before a space.
SENTENCE_END = re.compile(r"[.!?][\"”’]?(?=\s)")


@dataclass(frozen=True)
class AnchorTask:
    """What the participant sees: the quote, its sentence, the article. No offsets: those are the answer."""
    claim_id: str
    doc_id: str
    file: str
    quote: str
    sentence: str
    text: str = field(repr=False)   # the article's full text, as in seeds/ (or corpus/texts/ for a class variant)
    folder: str = "seeds"            # where the article's file is, for the card

    def card(self) -> Block:
        """The task as the participant sees it: which article, which words, in which sentence."""
        html = (f'<div class="factcheck-task"><p>Article <code>{escape(self.doc_id)}</code> '
                f"(<code>{escape(self.folder)}/{escape(self.file)}</code>, {len(self.text):,} characters).</p>"
                f"<p>Quote to anchor: <strong>“{article_words(self.quote)}”</strong></p>"
                f"<p>It is in this sentence:</p><blockquote>{article_words(self.sentence)}</blockquote></div>")
        text = (f"article {self.doc_id} ({self.folder}/{self.file}, {len(self.text):,} characters)\n"
                f"quote to anchor: {self.quote!r}\nin the sentence: {self.sentence!r}")
        return Block(html, text)

    def __repr__(self) -> str:
        return self.card().text

    @property
    def _offsets(self) -> tuple[int, int]:
        """Where the quote sits in its sentence: what the checker compares with (the ledger's offsets, see anchor_task)."""
        sentence_start = self.text.find(self.sentence)
        start = self.text.find(self.quote, sentence_start)
        return start, start + len(self.quote)


def anchor_task(claim_id: str, ledger=None) -> AnchorTask:
    from factcheck.ledger.claims import load_ledger

    ledger = ledger or load_ledger()
    row = ledger.claim(claim_id)
    document = ledger.documents[row["doc_id"]]
    start, end = int(row["start"]), int(row["end"])
    sentence = document.text[slice(*sentence_around(document.text, start, end))]
    task = AnchorTask(claim_id, row["doc_id"], document.file, row["quote"], sentence, document.text)
    if task._offsets != (start, end):  # the quote occurs earlier in its own sentence: the card would mislead
        raise ValueError(f"claim {claim_id!r}: its sentence does not single out the quote (the sentence or the quote "
                         "occurs again before it); pick another claim")
    return task


def sentence_around(text: str, start: int, end: int) -> tuple[int, int]:
    """The offsets of the sentence (within its paragraph) that holds text[start:end]."""
    paragraph_start = text.rfind("\n", 0, start) + 1
    paragraph_end = text.find("\n", end)
    paragraph_end = len(text) if paragraph_end < 0 else paragraph_end
    sentence_start = paragraph_start
    for match in SENTENCE_END.finditer(text, paragraph_start, start):
        sentence_start = match.end()
    following = SENTENCE_END.search(text, end, paragraph_end)
    sentence_end = following.end() if following else paragraph_end
    while sentence_start < start and text[sentence_start].isspace():
        sentence_start += 1
    return sentence_start, sentence_end


def check_anchor(answer, task: AnchorTask, attempts: Attempts | None = None) -> Feedback:
    """answer is (start, end). Right when text[start:end] is the quote at its place; attempts are capped.

    A wrong answer is told which rule it breaks, never which end is off, by how much, or where the
    quote is: a participant who answers (0, len(text)) learns only that the span holds more than the quote."""
    attempts = ATTEMPTS if attempts is None else attempts
    question = f"the offsets of “{task.quote}” in {task.doc_id}"
    result = _judge_anchor(answer, task, question)
    return Feedback([attempts.judge(f"anchor:{task.doc_id}:{task.claim_id}", answer, result,
                                    lambda: _worked_anchor(task))])


def _worked_anchor(task: AnchorTask) -> str:
    start, end = task._offsets
    return (f"sentence_start = text.find(sentence); start = text.find(quote, sentence_start) gives {start}; "
            f"end = start + len(quote) gives {end}; text[{start}:{end}] is {task.quote!r}.")


def _judge_anchor(answer, task: AnchorTask, question: str):
    if is_placeholder(answer):
        return not_answered(question, "write answer = (start, end), two whole numbers")
    try:
        start, end = answer
    except (TypeError, ValueError):
        return unreadable(question, f"Write two whole numbers, answer = (start, end); found {answer!r}.")
    if not all(isinstance(x, int) and not isinstance(x, bool) for x in (start, end)):
        return unreadable(question, f"Offsets are whole numbers (int); found {start!r} and {end!r}.")
    text = task.text
    if not (0 <= start < end <= len(text)):
        return unreadable(question, f"Offsets must satisfy 0 <= start < end <= {len(text)} (the article's length); "
                                    f"found ({start}, {end}).")
    wanted_start, wanted_end = task._offsets
    if (start, end) == (wanted_start, wanted_end):
        return right(question, f"text[{start}:{end}] is {task.quote!r}.")
    if text[start:end] == task.quote:
        return not_yet(question, "Those are the quote's words at another place in the article; a claim is anchored "
                                 "where it is made, in the sentence shown.")
    if end <= wanted_start or start >= wanted_end:
        return not_yet(question, "The rule: text[start:end] is the quote where the sentence shown makes it. None of "
                                 "the characters you chose is part of it.")
    return not_yet(question, "The rule: text[start:end] is the quote and nothing else, character for character; "
                             "start is the index of its first character and end is one past its last. Your span "
                             "overlaps the quote but is not it.")
