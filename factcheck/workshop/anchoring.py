"""Exercise: anchor a claim. Given a quote and its sentence, find start and end so text[start:end] is the quote.

Offsets are Python string indices: start is the first character, end is one
past the last, so text[start:end] has end - start characters. The checker
compares each offset with the ledger's and says which end is off, and by what.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from html import escape

from factcheck.report.display import Block
from factcheck.workshop.feedback import Feedback, is_placeholder, not_answered, not_yet, right

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
    text: str = field(repr=False)   # the article's full text, as in seeds/

    def card(self) -> Block:
        """The task as the participant sees it: which article, which words, in which sentence."""
        html = (f'<div class="factcheck-task"><p>Article <code>{escape(self.doc_id)}</code> '
                f"(<code>seeds/{escape(self.file)}</code>, {len(self.text):,} characters).</p>"
                f"<p>Quote to anchor: <strong>“{escape(self.quote)}”</strong></p>"
                f"<p>It is in this sentence:</p><blockquote>{escape(self.sentence)}</blockquote></div>")
        text = (f"article {self.doc_id} (seeds/{self.file}, {len(self.text):,} characters)\n"
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


def check_anchor(answer, task: AnchorTask) -> Feedback:
    """answer is (start, end). Right when text[start:end] is the quote at the ledger's place."""
    question = f"the offsets of “{task.quote}” in {task.doc_id}"
    if is_placeholder(answer):
        return Feedback([not_answered(question, "write answer = (start, end), two whole numbers")])
    try:
        start, end = answer
    except (TypeError, ValueError):
        return Feedback([not_yet(question, f"Write two whole numbers, answer = (start, end); found {answer!r}.")])
    if not all(isinstance(x, int) and not isinstance(x, bool) for x in (start, end)):
        return Feedback([not_yet(question, f"Offsets are whole numbers (int); found {start!r} and {end!r}.")])
    text = task.text
    if not (0 <= start < end <= len(text)):
        return Feedback([not_yet(question, f"Offsets must satisfy 0 <= start < end <= {len(text)} "
                                           f"(the article's length); found ({start}, {end}).")])
    found = text[start:end]
    wanted_start, wanted_end = task._offsets
    if (start, end) == (wanted_start, wanted_end):
        return Feedback([right(question, f"text[{start}:{end}] is {found!r}.")])
    if found == task.quote:
        return Feedback([not_yet(question, f"text[{start}:{end}] is {found!r}, but that is another place the same "
                                           "words occur; the claim is the one in the sentence shown.")])
    reasons = [f"text[{start}:{end}] is {found!r}, not {task.quote!r}."]
    if end <= wanted_start or start >= wanted_end:
        reasons.append("Those characters are not part of the quote at all: search for it, e.g. text.find(quote).")
        return Feedback([not_yet(question, *reasons)])
    reasons += _edge_reasons(start, wanted_start, text, "start")
    reasons += _edge_reasons(end, wanted_end, text, "end")
    return Feedback([not_yet(question, *reasons)])


def _edge_reasons(given: int, wanted: int, text: str, which: str) -> list[str]:
    if given == wanted:
        return [f"Your {which} offset is right."]
    count = abs(given - wanted)
    between = text[min(given, wanted):max(given, wanted)]
    some = "character" if count == 1 else f"{count} characters"
    extra = "one character" if count == 1 else f"{count} characters"
    if which == "start":
        if given > wanted:
            return [f"Your start offset cuts the first {some} ({between!r})."]
        return [f"Your start offset takes in {extra} before the quote ({between!r})."]
    if given < wanted:
        hint = ": end is one past the last character" if count == 1 else ""
        return [f"Your end offset cuts the last {some} ({between!r}){hint}."]
    return [f"Your end offset takes in {extra} after the quote ({between!r})."]
