"""Exercise: are two figures comparable? If not, why: a different period, definition, population or unit.

Each question is a real check from data/checks.yml that sets two claims side by
side. The report's verdict says whether they are comparable; the reason it gives
opens with the kind of difference ("Different definitions and periods: ..."),
which is read into the fixed set of reasons below. An answer is text:
"comparable", or "not comparable: period, definition".
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from html import escape

import pandas as pd

from factcheck.report.display import Block, csv_download
from factcheck.workshop.feedback import Feedback, Result, is_placeholder, not_answered, not_yet, number, right

REASONS = ("period", "definition", "population", "unit")
# Words a check's reason opens with -> the reason they name ("Different measures of ..." is a definition).
REASON_WORDS = {"period": "period", "periods": "period", "definition": "definition", "definitions": "definition",
                "measure": "definition", "measures": "definition", "population": "population",
                "populations": "population", "unit": "unit", "units": "unit"}
SHOWN_COLUMNS = ("quote", "sentence", "period", "population", "unit")


@dataclass(frozen=True)
class PairQuestion:
    """Two figures side by side, as the participant sees them. The report's reading is looked up when checked."""
    check_id: str
    claims: tuple[dict, dict]    # the two figures: doc_id, quote, value, sentence, period, population, unit
    root: Path | None = field(default=None, repr=False)
    checks_file: Path | None = field(default=None, repr=False)

    def card(self, number_in_list: int) -> Block:
        head = "".join(f'<th scope="col">{c}</th>' for c in ("article", *SHOWN_COLUMNS))
        body = "".join(f'<tr><th scope="row">{escape(row["doc_id"])}</th>'
                       + "".join(f"<td>{escape(_shown(row, c))}</td>" for c in SHOWN_COLUMNS) + "</tr>"
                       for row in self.claims)
        caption = f"answers[{number_in_list}]: two figures from {' and '.join(r['doc_id'] for r in self.claims)}"
        html = (f'<table class="factcheck-table"><caption>{escape(caption)}</caption><thead><tr>{head}</tr></thead>'
                f"<tbody>{body}</tbody></table>")
        frame = pd.DataFrame([{"article": r["doc_id"], **{c: _shown(r, c) for c in SHOWN_COLUMNS}} for r in self.claims])
        html += "\n" + csv_download(frame, f"pair-{number_in_list}.csv")
        text = caption + "\n" + "\n".join(
            f"  {row['doc_id']}: " + "; ".join(f"{c}: {_shown(row, c)}" for c in SHOWN_COLUMNS) for row in self.claims)
        return Block(html, text)


@dataclass(frozen=True)
class PairReading:
    """The report's reading of a pair (for the checker and the instructor's key)."""
    comparable: bool
    reasons: frozenset[str]      # empty when comparable
    explanation: str

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


def check_pairs(answers, questions: list[PairQuestion]) -> Feedback:
    """answers is a list, one text per question, in order."""
    if is_placeholder(answers):
        return Feedback([not_answered(_label(q)) for q in questions])
    if not isinstance(answers, (list, tuple)) or len(answers) != len(questions):
        count = len(answers) if isinstance(answers, (list, tuple)) else "not a list"
        return Feedback([not_yet("the list of answers", f"Give one answer per pair, {len(questions)} in all, "
                                                       f"in a list; found {count}.")])
    return Feedback([check_pair(answer, q) for answer, q in zip(answers, questions)])


def check_pair(answer, q: PairQuestion) -> Result:
    label = _label(q)
    if is_placeholder(answer):
        return not_answered(label, "write 'comparable' or 'not comparable: <reason>'")
    try:
        comparable, reasons = parse_answer(answer)
    except ValueError as error:
        return not_yet(label, str(error)[0].upper() + str(error)[1:] + ".")
    report = report_reading(q)
    if comparable and report.comparable:
        return right(label, "The report compares them." + (f" Its note: {report.explanation}" if report.explanation else ""))
    if comparable:
        return not_yet(label, "The report does not compare these two: look again at what each counts, when, "
                              "of whom, and in what unit.")
    if report.comparable:
        return not_yet(label, "The report does compare these two: the differences in the table do not change "
                              "what is measured.")
    extra = sorted(reasons - report.reasons)
    missing = report.reasons - reasons
    if not extra and not missing:
        return right(label, f"Not comparable: a different {' and '.join(sorted(reasons))}. "
                            f"In the report's words: {report.explanation}")
    # A reason too many and a reason too few are both "not yet", and neither names the report's reasons.
    notes = [f"A different {w} is not what keeps them apart" + (_same_unit(q) if w == "unit" else "") + "."
             for w in extra]
    if missing:
        notes.append("One more difference keeps them apart: read each figure's sentence again, then the "
                     "period, population and unit." if len(missing) == 1 else
                     f"{len(missing)} more differences keep them apart: read each figure's sentence again.")
    return not_yet(label, *notes)


def _same_unit(q: PairQuestion) -> str:
    units = {row["unit"] for row in q.claims}
    return f": both are counted in {units.pop()}" if len(units) == 1 else ""


def _label(q: PairQuestion) -> str:
    return " against ".join(f"“{row['quote']}” ({row['doc_id']})" for row in q.claims)
