"""Exercise: are two figures comparable? If not, why: a different period, definition, population or unit.

Each question is a real check from data/checks.yml that sets two claims side by
side. The report's verdict says whether they are comparable; the reason it gives
opens with the kind of difference ("Different definitions and periods: ..."),
which is read into the fixed set of reasons below. An answer is text:
"comparable", or "not comparable: period, definition". Every wrong answer to a
pair is told the same rule (never which reason is extra or missing), and attempts
are capped per pair (feedback.Attempts).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable
from html import escape

import pandas as pd

from factcheck.report.display import Block, csv_download
from factcheck.workshop.feedback import (ATTEMPTS, Attempts, Feedback, Result, is_placeholder, not_answered, not_yet,
                                         number, right, unreadable)

REASONS = ("period", "definition", "population", "unit")
# Words a check's reason opens with -> the reason they name ("Different measures of ..." is a definition).
REASON_WORDS = {"period": "period", "periods": "period", "definition": "definition", "definitions": "definition",
                "measure": "definition", "measures": "definition", "population": "population",
                "populations": "population", "unit": "unit", "units": "unit"}
SHOWN_COLUMNS = ("quote", "sentence", "period", "population", "unit")
# A class variant's pair (corpus/workshop.yml) shows the words and the article's date, not the labels: those are the key.
CORPUS_COLUMNS = ("quote", "sentence", "published")


@dataclass(frozen=True)
class PairQuestion:
    """Two figures side by side, as the participant sees them. The report's reading is looked up when checked."""
    check_id: str
    claims: tuple[dict, dict]    # the two figures: doc_id, quote, value, sentence, period, population, unit
    root: Path | None = field(default=None, repr=False)
    checks_file: Path | None = field(default=None, repr=False)
    columns: tuple[str, ...] = field(default=SHOWN_COLUMNS, repr=False)
    # A class variant (variants.py) brings its own reading: a function of the question, in place of the report's.
    reading_from: Callable | None = field(default=None, repr=False, compare=False)

    def card(self, number_in_list: int) -> Block:
        columns = self.columns
        head = "".join(f'<th scope="col">{c}</th>' for c in ("article", *columns))
        body = "".join(f'<tr><th scope="row">{escape(row["doc_id"])}</th>'
                       + "".join(f"<td>{escape(_shown(row, c))}</td>" for c in columns) + "</tr>"
                       for row in self.claims)
        caption = f"answers[{number_in_list}]: two figures from {' and '.join(r['doc_id'] for r in self.claims)}"
        html = (f'<table class="factcheck-table"><caption>{escape(caption)}</caption><thead><tr>{head}</tr></thead>'
                f"<tbody>{body}</tbody></table>")
        frame = pd.DataFrame([{"article": r["doc_id"], **{c: _shown(r, c) for c in columns}} for r in self.claims])
        html += "\n" + csv_download(frame, f"pair-{number_in_list}.csv")
        text = caption + "\n" + "\n".join(
            f"  {row['doc_id']}: " + "; ".join(f"{c}: {_shown(row, c)}" for c in columns) for row in self.claims)
        return Block(html, text)


@dataclass(frozen=True)
class PairReading:
    """The report's reading of a pair (for the checker and the instructor's key)."""
    comparable: bool
    reasons: frozenset[str]      # empty when comparable
    explanation: str
    said_by: str = "In the report's words"   # whose reading: the report's, or a class variant's labels

    @property
    def answer(self) -> str:
        """The report's reading, written the way a participant answers."""
        return "comparable" if self.comparable else "not comparable: " + ", ".join(sorted(self.reasons))


def _shown(row: dict, column: str) -> str:
    return f"“{row['quote']}” ({number(row['value'])})" if column == "quote" else str(row[column])


def pair_questions(check_ids: list[str], ledger=None, checks_file=None) -> list[PairQuestion]:
    from factcheck.ledger.claims import load_ledger
    from factcheck.workshop.anchoring import sentence_around

    ledger = ledger or load_ledger()
    questions = []
    for check_id in check_ids:
        outcome = _pair_outcome(check_id, ledger, checks_file)
        rows = []
        for claim_id in outcome.check.claim_ids:
            row = ledger.claim(claim_id).to_dict()
            text = ledger.documents[row["doc_id"]].text
            sentence = text[slice(*sentence_around(text, int(row["start"]), int(row["end"])))]
            rows.append({**{k: row[k] for k in ("doc_id", "quote", "value", "period", "population", "unit")},
                         "sentence": sentence})
        questions.append(PairQuestion(check_id, tuple(rows), Path(ledger.root) if ledger.root else None,
                                      Path(checks_file) if checks_file else None))
    return questions


def _pair_outcome(check_id: str, ledger, checks_file=None):
    from factcheck.workshop.report_cache import report

    outcome = report(Path(ledger.root) if ledger.root else None, checks_file)[1].get(check_id)
    if outcome is None:
        raise KeyError(f"no check {check_id!r} in data/checks.yml")
    claim_ids = outcome.check.claim_ids
    if len(claim_ids) != 2 or outcome.verdict == "flagged":
        raise ValueError(f"check {check_id!r} does not set two figures side by side (it uses {len(claim_ids)})")
    if outcome.verdict == "not comparable" and not reasons_in(outcome.check.reason or ""):
        raise ValueError(f"the reason of check {check_id!r} does not open with a kind of difference "
                         f"({', '.join(REASONS)}): {outcome.check.reason!r}")
    return outcome


def report_reading(question: PairQuestion) -> PairReading:
    if question.reading_from is not None:  # a class variant: the reading follows from the corpus labels
        return question.reading_from(question)
    from factcheck.workshop.report_cache import report

    ledger, _ = report(question.root, question.checks_file)
    outcome = _pair_outcome(question.check_id, ledger, question.checks_file)
    comparable = outcome.verdict != "not comparable"
    reasons = frozenset() if comparable else reasons_in(outcome.check.reason or "")
    return PairReading(comparable, reasons, (outcome.check.reason or "").strip())


def reasons_in(reason: str) -> frozenset[str]:
    """The kinds of difference a check's reason opens with: 'Different definitions and periods: ...'."""
    opening = reason.split(":", 1)[0].lower()
    if not opening.startswith("different"):
        return frozenset()
    return frozenset(REASON_WORDS[w] for w in re.findall(r"[a-z]+", opening) if w in REASON_WORDS)


def parse_answer(answer: str) -> tuple[bool, frozenset[str]]:
    """'comparable' -> (True, {}); 'not comparable: periods, unit' -> (False, {'period', 'unit'})."""
    if not isinstance(answer, str):
        raise ValueError(f"write the answer as text, 'comparable' or 'not comparable: period'; found {answer!r}")
    head, _, tail = answer.strip().lower().partition(":")
    head = head.strip()
    if head == "comparable" and not tail.strip():
        return True, frozenset()
    if head != "not comparable":
        raise ValueError(f"start with 'comparable' or 'not comparable'; found {answer!r}")
    words = [w.strip() for w in re.split(r",|\band\b", tail) if w.strip()]
    if not words:
        raise ValueError(f"say why after a colon, e.g. 'not comparable: period' (one or more of {', '.join(REASONS)})")
    unknown = [w for w in words if w not in REASON_WORDS]
    if unknown:
        raise ValueError(f"{', '.join(repr(w) for w in unknown)} is not one of the reasons: choose from "
                         f"{', '.join(REASONS)}")
    return False, frozenset(REASON_WORDS[w] for w in words)


THE_RULE = ("The rule: two figures compare when they count the same thing (definition), over the same period, "
            "of the same people (population), in the same unit; an answer names every kind of difference that "
            "changes what is measured, and only those. Your answer does not fit what the two sentences say.")


def check_pairs(answers, questions: list[PairQuestion], attempts: Attempts | None = None) -> Feedback:
    """answers is a list, one text per question, in order."""
    if is_placeholder(answers):
        return Feedback([not_answered(_label(q)) for q in questions])
    if not isinstance(answers, (list, tuple)) or len(answers) != len(questions):
        count = len(answers) if isinstance(answers, (list, tuple)) else "not a list"
        return Feedback([unreadable("the list of answers", f"Give one answer per pair, {len(questions)} in all, "
                                                          f"in a list; found {count}.")])
    return Feedback([check_pair(answer, q, attempts) for answer, q in zip(answers, questions)])


def check_pair(answer, q: PairQuestion, attempts: Attempts | None = None) -> Result:
    """Right or not yet; a wrong answer is told the rule, never which reasons are extra or missing, nor how many.

    Every wrong answer to a pair gets the same words, so answering all four reasons and reading the feedback
    teaches nothing a blind loop can use; attempts are capped (feedback.Attempts)."""
    attempts = ATTEMPTS if attempts is None else attempts
    result = _judge_pair(answer, q)
    key = answer
    try:
        key = parse_answer(answer)
    except ValueError:
        pass
    return attempts.judge(f"pair:{q.check_id}", key, result, lambda: _worked_pair(q))


def _worked_pair(q: PairQuestion) -> str:
    report = report_reading(q)
    return f"'{report.answer}'." + (f" {report.said_by}: {report.explanation}" if report.explanation else "")


def _judge_pair(answer, q: PairQuestion) -> Result:
    label = _label(q)
    if is_placeholder(answer):
        return not_answered(label, "write 'comparable' or 'not comparable: <reason>'")
    try:
        comparable, reasons = parse_answer(answer)
    except ValueError as error:
        return unreadable(label, str(error)[0].upper() + str(error)[1:] + ".")
    report = report_reading(q)
    if comparable and report.comparable:
        if report.said_by != PairReading.said_by:
            return right(label, f"They compare: the same measure, at most at another date. {report.said_by}: "
                                f"{report.explanation}")
        return right(label, "The report compares them." + (f" Its note: {report.explanation}" if report.explanation else ""))
    if not comparable and not report.comparable and reasons == report.reasons:
        return right(label, f"Not comparable: a different {' and '.join(sorted(reasons))}. "
                            f"{report.said_by}: {report.explanation}")
    return not_yet(label, THE_RULE)


def _label(q: PairQuestion) -> str:
    return " against ".join(f"“{row['quote']}” ({row['doc_id']})" for row in q.claims)
