"""Exercise: turn a hedge into an interval ("a little more than 40" -> (40, 44] under the standard rules).

The right answer is what `factcheck.hedges.interval_for` gives under the chosen
rules (the standard ones by default), given with its reason: the rule (shape) the
hedge follows, from the rules table, as ("(40, 44]", "just_above"). A wrong answer
is told which rule it breaks, in words, the same words whichever way it is off (never
"too low" or which bracket to write); attempts are capped per item (feedback.Attempts).
"""
from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from pathlib import Path
from html import escape

import pandas as pd

from factcheck.report.escaping import article_words
from factcheck.report.display import Block, csv_download
from factcheck.ledger.hedges import PRESETS, SHAPES, HedgeRules, shape_of
from factcheck.ledger.intervals import Interval
from factcheck.workshop.feedback import (ATTEMPTS, Attempts, Feedback, Result, is_placeholder, not_answered, not_yet, number,
                                         percent, right, same_number, unreadable)

INTERVAL_TEXT = re.compile(r"^\s*([\[(])\s*([^,\s]+)\s*,\s*([^,\s]+)\s*([\])])\s*$")
INFINITY_WORDS = {"inf", "+inf", "infinity", "∞", "math.inf"}


@dataclass(frozen=True)
class HedgeQuestion:
    """One number to read. It holds no interval: the checker asks the report for it when an answer comes."""
    claim_id: str
    quote: str
    value: float
    value_to: float | None
    hedge: str
    precision: float
    unit: str
    root: Path | None = field(default=None, repr=False)  # the repository whose ledger the checker reads

    @property
    def shape(self) -> str:
        return shape_of(self.hedge)


def hedge_questions(claim_ids: list[str], rules: HedgeRules = PRESETS["standard"], ledger=None) -> list[HedgeQuestion]:
    from factcheck.ledger.claims import load_ledger

    ledger = ledger or load_ledger()
    questions = []
    for claim_id in claim_ids:
        row = ledger.claim(claim_id)
        value_to = None if math.isnan(row["value_to"]) else float(row["value_to"])
        questions.append(HedgeQuestion(claim_id, row["quote"], float(row["value"]), value_to, row["hedge"],
                                       float(row["precision"]), row["unit"], Path(ledger.root) if ledger.root else None))
    return questions


def rules_card(rules: HedgeRules, questions: list[HedgeQuestion]) -> Block:
    """The table of hedge rules, its worked examples on numbers that are none of the questions' (no answer shown)."""
    from factcheck.report.display import table

    values = {q.value for q in questions} | {q.value_to for q in questions if q.value_to is not None}
    example = next(written for written in ("6.6", "7.4", "8.2", "5.8") if float(written) not in values)
    ranges = {(q.value, q.value_to) for q in questions}
    range_example = next(r for r in ((40.0, 55.0), (20.0, 35.0), (60.0, 75.0)) if r not in ranges)
    counted = {q.value for q in questions if q.shape == "order_of_magnitude"}
    tens_of = "thousands" if 10_000.0 not in counted else "millions"
    return table(rules_by_shape(rules, example, range_example, tens_of), f"Hedge words under the {rules.name} rules")


def rules_by_shape(rules: HedgeRules, example: str, range_example: tuple[float, float],
                   tens_of: str = "thousands") -> pd.DataFrame:
    """One row per rule (shape), its hedge words listed in it, worked on the first: a participant looks up a word
    once and reads one rule, not one row per word (the hedge vocabulary has some 150 words and ten rules). The
    example is a printed number read as the report reads it ("6.6", to the nearest 0.1)."""
    from factcheck.ledger.hedges import HEDGES, rules_table
    from factcheck.ledger.mentions import find_mentions
    from factcheck.report.methods import hedge_as_listed

    mention = find_mentions(example)[0]
    by_word = rules_table(rules, (example, mention.value, mention.precision), range_example, tens_of).set_index("hedge")
    rows = {}
    for word, shape in HEDGES.items():
        listed = hedge_as_listed(word, shape) if word else "(no hedge word)"
        if shape not in rows:
            rows[shape] = {"hedge words": [], "shape": shape, "meaning": SHAPES[shape],
                           "example": by_word.loc[word or "(none)", "example"]}
        rows[shape]["hedge words"].append(listed)
    return pd.DataFrame([{**row, "hedge words": "; ".join(row["hedge words"])} for row in rows.values()])


def report_interval(question: HedgeQuestion, rules: HedgeRules = PRESETS["standard"]) -> Interval:
    """The interval the report computes for the question's claim under these rules."""
    if question.claim_id.startswith("corpus:"):  # a class variant: a number of the labelled corpus, read by the rules
        from factcheck.ledger.hedges import interval_for

        return interval_for(question.value, hedge=question.hedge, precision=question.precision, unit=question.unit,
                            value_to=question.value_to, rules=rules)
    from factcheck.workshop.report_cache import ledger_for

    return ledger_for(question.root, rules).interval(question.claim_id)


def how_a_number_is_read() -> Block:
    """The methods page's paragraph on how a number with no hedge word is read, its examples worked by the finder:
    the exercise says what the report says, in the same words."""
    from factcheck.report.methods import default_reading_text

    words = default_reading_text()
    return Block(f'<p class="factcheck-note">{escape(words)}</p>', words)


def read_to(precision: float) -> str:
    """'the nearest 1,000', or 'exact' for a number that stands for itself."""
    return f"the nearest {number(precision)}" if precision else "exact"


def questions_card(questions: list[HedgeQuestion]) -> Block:
    """The quotes to read, numbered, with what the ledger says about each one's digits: the unit it is read to
    ("the nearest 1,000" for a round 6,000), or "exact" for a number that stands for itself."""
    columns = ["answer", "quote", "hedge word", "read to", "unit"]
    rows = [(i, q.quote, q.hedge or "(none)", read_to(q.precision), q.unit) for i, q in enumerate(questions, 1)]
    head = "".join(f'<th scope="col">{c}</th>' for c in columns)
    body = "".join(f'<tr><th scope="row">answers[{i - 1}]</th><td>“{article_words(quote)}”</td><td>{escape(hedge)}</td>'
                   f"<td>{escape(digit)}</td><td>{escape(unit)}</td></tr>" for i, quote, hedge, digit, unit in rows)
    html = (f'<table class="factcheck-table"><caption>{len(rows)} numbers to read</caption>'
            f"<thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>")
    frame = pd.DataFrame([(f"answers[{i - 1}]", quote, hedge, digit, unit) for i, quote, hedge, digit, unit in rows],
                         columns=columns)
    html += "\n" + csv_download(frame, "numbers-to-read.csv")
    text = "\n".join(f"answers[{i - 1}]: {quote!r} (hedge: {hedge}; read to: {digit}; unit: {unit})"
                     for i, quote, hedge, digit, unit in rows)
    return Block(html, text)


def parse_interval(answer) -> Interval:
    """An Interval, or text in the ledger's notation: '[2.5, 40)', '(12, inf)'."""
    if isinstance(answer, Interval):
        return answer
    if not isinstance(answer, str):
        raise ValueError(f"write the interval as text like '[2.5, 40)'; found {answer!r}")
    match = INTERVAL_TEXT.match(answer)
    if not match:
        raise ValueError(f"cannot read {answer!r}: write it like '[2.5, 40)', a bracket, low, a comma, high, "
                         "a bracket, with no thousands separators")
    opening, low, high, closing = match.groups()
    try:
        low_value, high_value = _bound(low), _bound(high)
        return Interval(low_value, high_value, opening == "[", closing == "]")
    except ValueError as error:
        raise ValueError(f"cannot read {answer!r}: {error}") from None


def _bound(text: str) -> float:
    if text.lower() in INFINITY_WORDS:
        return math.inf
    try:
        return float(text)
    except ValueError:
        raise ValueError(f"{text!r} is not a number") from None


RULE_CHOICES = tuple(SHAPES)  # the reason an answer gives: the rule (shape) its hedge follows, from the rules table


def split_answer(answer):
    """(interval, rule) -> both; a bare interval has no reason, and is not read yet."""
    if isinstance(answer, (tuple, list)) and len(answer) == 2 and isinstance(answer[1], str):
        return answer[0], answer[1].strip().lower().replace(" ", "_")
    raise ValueError("give the interval with its reason, the rule its words follow: (\"[low, high)\", rule), "
                     f"rule one of {', '.join(RULE_CHOICES)} (the 'shape' column of the rules table)")


def check_intervals(answers, questions: list[HedgeQuestion], rules: HedgeRules = PRESETS["standard"],
                    attempts: Attempts | None = None) -> Feedback:
    """answers is a list, one (interval, rule) per question, in order."""
    if is_placeholder(answers):
        return Feedback([not_answered(f"“{q.quote}”") for q in questions])
    if not isinstance(answers, (list, tuple)) or len(answers) != len(questions):
        count = len(answers) if isinstance(answers, (list, tuple)) else "not a list"
        return Feedback([unreadable("the list of answers", f"Give one answer per quote, {len(questions)} in all, "
                                                          f"in a list; found {count}.")])
    return Feedback([check_interval(answer, q, rules, attempts) for answer, q in zip(answers, questions)])


def check_interval(answer, question: HedgeQuestion, rules: HedgeRules = PRESETS["standard"],
                   attempts: Attempts | None = None) -> Result:
    attempts = ATTEMPTS if attempts is None else attempts
    result = _judge_interval(answer, question, rules)
    return attempts.judge(f"interval:{rules.name}:{question.claim_id}", answer, result,
                          lambda: worked_interval(question, rules))


def worked_interval(question: HedgeQuestion, rules: HedgeRules) -> str:
    expected = report_interval(question, rules)
    return (f"{expected}, by the rule '{question.shape}' ({SHAPES[question.shape]}): the low end "
            f"{_rule('low', question, rules)}; the high end {_rule('high', question, rules)}.")


def _judge_interval(answer, question: HedgeQuestion, rules: HedgeRules) -> Result:
    label = f"“{question.quote}”"
    if is_placeholder(answer):
        return not_answered(label)
    try:
        interval, rule = split_answer(answer)
        given = parse_interval(interval)
    except ValueError as error:
        return unreadable(label, str(error)[0].upper() + str(error)[1:] + ".")
    if rule not in RULE_CHOICES:
        return unreadable(label, f"{rule!r} is not a rule of the table: choose one of {', '.join(RULE_CHOICES)}.")
    expected = report_interval(question, rules)
    same = (same_number(given.low, expected.low) and same_number(given.high, expected.high)
            and given.bounds == expected.bounds)
    if same and rule == question.shape:
        return right(label, f"{expected}, by the rule '{rule}', under the {rules.name} rules.")
    words = f"'{question.hedge}'" if question.hedge else "a plain (unhedged) number"
    reasons = []
    if rule != question.shape:  # the ends are judged only under the right rule: their words would name it
        return not_yet(label, f"The rule you give is not the one {words} follows: find the words in the table of "
                              "rules, then build both ends from that rule.")
    for end, g, g_closed, w, w_closed in (("low", given.low, given.low_closed, expected.low, expected.low_closed),
                                          ("high", given.high, given.high_closed, expected.high, expected.high_closed)):
        if not same_number(g, w) or g_closed != w_closed:
            reasons.append(f"The {end} end (its number or its bracket) does not follow the rule for {words} under "
                           f"the {rules.name} rules: {_rule(end, question, rules)}.")
    return not_yet(label, *reasons)


def _rule(end: str, q: HedgeQuestion, rules: HedgeRules) -> str:
    """The standard rule for one end of one shape, in a few words."""
    v, half = number(q.value), number(q.precision / 2)
    low = end == "low"
    shape = q.shape
    if shape in ("rounding", "range"):
        top = number(q.value_to) if shape == "range" and not low else v
        if not q.precision:
            return f"{v if low else top} itself, the number being exact"
        return (f"{'−' if low else '+'}{half}, half the unit it is read to, from {v if low else top}"
                + ("" if low else ", excluded because it would round up"))
    if shape == "around":
        wider = ", or half the unit it is read to if wider" if q.precision else ""
        return f"±{percent(rules.about)} of {v}{wider}; both ends included"
    if shape == "just_below":
        return f"−{percent(rules.almost)}, included" if low else f"'{q.hedge}' stays below {v}, so {v} is excluded"
    if shape == "just_above":
        return f"'{q.hedge}' is above {v}, so {v} is excluded" if low else f"+{percent(rules.a_little_more)}, included"
    if shape in ("above", "at_least"):
        if low:
            return f"{v} {'excluded' if shape == 'above' else 'included'}"
        return "no upper limit, except 100 for a percentage"
    if shape in ("below", "at_most"):
        return "down to 0, included" if low else f"{v} {'excluded' if shape == 'below' else 'included'}"
    if shape == "order_of_magnitude":
        return "twice the unit named, included" if low else "ten times the unit named, excluded"
    return shape
