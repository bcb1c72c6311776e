"""Exercise: anchor a claim. Given a quote and its sentence, find start and end so text[start:end] is the quote.

Offsets are Python string indices: start is the first character, end is one
past the last, so text[start:end] has end - start characters. The checker
compares each offset with the ledger's and says which end is off, and by what.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from html import escape

from ..display import Block
from .feedback import Feedback, is_placeholder, not_answered, not_yet, right

# A sentence ends at . ! or ? (perhaps followed by a closing quote) before a space.
SENTENCE_END = re.compile(r"[.!?][\"”’]?(?=\s)")


@dataclass(frozen=True)
class AnchorTask:
    claim_id: str
    doc_id: str
    file: str
    quote: str
    text: str            # the article's full text, as in seeds/
    start: int           # the ledger's offsets
    end: int
    sentence_start: int  # the sentence the quote is in
    sentence_end: int

    @property
    def sentence(self) -> str:
        return self.text[self.sentence_start:self.sentence_end]

    def card(self) -> Block:
        """The task as the participant sees it: which article, which words, in which sentence."""
        html = (f'<div class="factcheck-task"><p>Article <code>{escape(self.doc_id)}</code> '
                f"(<code>seeds/{escape(self.file)}</code>, {len(self.text):,} characters).</p>"
                f"<p>Quote to anchor: <strong>“{escape(self.quote)}”</strong></p>"
                f"<p>It is in this sentence:</p><blockquote>{escape(self.sentence)}</blockquote></div>")
        text = (f"article {self.doc_id} (seeds/{self.file}, {len(self.text):,} characters)\n"
                f"quote to anchor: {self.quote!r}\nin the sentence: {self.sentence!r}")
        return Block(html, text)


def anchor_task(claim_id: str, ledger=None) -> AnchorTask:
    from ..ledger import load_ledger

    ledger = ledger or load_ledger()
    row = ledger.claim(claim_id)
    document = ledger.documents[row["doc_id"]]
    start, end = int(row["start"]), int(row["end"])
    sentence_start, sentence_end = sentence_around(document.text, start, end)
    return AnchorTask(claim_id, row["doc_id"], document.file, row["quote"], document.text, start, end,
                      sentence_start, sentence_end)


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
    if (start, end) == (task.start, task.end):
        return Feedback([right(question, f"text[{start}:{end}] is {found!r}.")])
    if found == task.quote:
        return Feedback([not_yet(question, f"text[{start}:{end}] is {found!r}, but that is another place the same "
                                           "words occur; the claim is the one in the sentence shown.")])
    reasons = [f"text[{start}:{end}] is {found!r}, not {task.quote!r}."]
    if end <= task.start or start >= task.end:
        reasons.append("Those characters are not part of the quote at all: search for it, e.g. text.find(quote).")
        return Feedback([not_yet(question, *reasons)])
    reasons += _edge_reasons(start, task.start, text, "start")
    reasons += _edge_reasons(end, task.end, text, "end")
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


def validator_message(task: AnchorTask, start: int, end: int, root=None) -> Block:
    """What `python -m factcheck check` would report if the ledger row had these offsets (file:line: column).

    root is the repository whose ledger to use (default: this checkout)."""
    from ..ledger import LedgerFiles, check_anchor, load_ledger
    from ..problems import Collector, ValidationFailed
    from ..tables import load_schema, read_table

    files = LedgerFiles.under(root)
    # read_table keeps each row's line in the file, which the message names.
    rows = read_table(files.claims, load_schema(files.datapackage, "claims"), Collector(files.claims))
    row = next(r for r in rows if r["claim_id"] == task.claim_id)
    problems = Collector(files.claims)
    check_anchor({**row, "start": start, "end": end}, "quote", load_ledger(root).documents, problems)
    message = str(ValidationFailed(problems.problems)) if problems else "no problems found"
    return Block(f'<pre class="factcheck-message">{escape(message)}</pre>', message)
