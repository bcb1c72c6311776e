"""Exercise: check a stated percentage against the counts it comes from, and rate it.

The question is a real check from data/checks.yml (a share or a formula that
tests a stated percentage). The participant computes the share from the counts and
rates the printed figure on the register's scale. The two are judged together:
a share is matched to a *reading* of the counts (the report's, or another the
workshop's data accepts, `notebooks/workshop/exercises.yml`), and the rating is
judged against that reading's. A share that matches no reading gets the usual slips
named (a fraction instead of a percentage, the complement, a count left out, too few
decimals) and no verdict on the rating yet. Feedback never prints the share the
counts give: only what the participant wrote, and why it is not that yet. A rating
is read only with its reason (what the share does to the printed figure: exact,
within rounding, ...), and a reason only with its evidence from the article (the hedge
words quoted, or what the printed figure stands for: reasons.py), so that trying each
reason in turn does not pass; a wrong one is told the scale's rule, never whether to rate
higher or lower. Attempts are capped per part (feedback.Attempts).

The question the participant sees holds no answer: the counts go by neutral names
(A, B, C) and the readings are looked up when an answer is checked.
"""
from __future__ import annotations

import math
import string
from dataclasses import dataclass, field, replace
from typing import Callable
from html import escape
from pathlib import Path

import pandas as pd

from factcheck.report.escaping import article_words
from factcheck.report.display import Block, csv_download
from factcheck.checks.formulas import evaluate
from factcheck.ledger.intervals import Interval
from factcheck.workshop import reasons
from factcheck.workshop.anchoring import sentence_around
from factcheck.workshop.exercise_data import load_exercise_data, normalise_rating, rating_choices
from factcheck.workshop.feedback import (ATTEMPTS, PLACEHOLDER, RIGHT, Attempts, Feedback, is_placeholder, not_answered,
                                         not_yet, number, right, unreadable)

DECIMALS_NEEDED = 0.005   # a share within this of a reading's is right (two decimals suffice)


@dataclass(frozen=True)
class Count:
    name: str          # the neutral name the participant uses: A, B, C
    quote: str
    sentence: str
    value: float
    interval: Interval
    hedge: str = ""             # the hedge word as the ledger (or the item file) records it
    precision: float = 0.0      # the unit of the last stated digit (0: exact)
    unit: str = ""

    @property
    def rounding(self) -> Interval | None:
        """What the count stands for by its last digit alone (None for a count given to the unit, or a range)."""
        return _rounding(self.value, self.hedge, self.precision, self.unit)


@dataclass(frozen=True)
class Printed:
    """The printed figure under test, as the checker reads its evidence (reasons.py); never shown on the card."""
    quote: str
    value: float
    hedge: str = ""
    precision: float = 0.0
    unit: str = ""
    interval: Interval | None = None     # with its hedge words
    words: str = ""                       # a word claim's words ("nearly every"), which stand for its hedge

    @property
    def rounding(self) -> Interval | None:
        return _rounding(self.value, self.hedge, self.precision, self.unit)

    @property
    def hedge_words(self) -> str:
        """What "within the words" quotes: the hedge word, or a word claim's words."""
        return self.hedge or self.words


def _rounding(value: float, hedge: str, precision: float, unit: str) -> Interval | None:
    from factcheck.ledger.hedges import HEDGES, interval_for

    if not precision or math.isnan(precision) or math.isnan(value) or HEDGES.get((hedge or "").lower()) == "range":
        return None  # a count given to the unit, a range, or a word claim with no number
    return interval_for(value, precision=precision, unit=unit)


def _printed(row: dict, interval: Interval | None) -> Printed:
    words = row.get("words")
    return Printed(row["quote"], float(row["value"]), str(row.get("hedge") or ""), float(row.get("precision") or 0),
                   str(row.get("unit") or ""), interval, words if isinstance(words, str) else "")


@dataclass(frozen=True)
class ShareQuestion:
    """What the participant sees: the counts and the printed percentage, each with its sentence."""
    check_id: str
    counts: tuple[Count, ...]
    tested_quote: str
    context: str            # the sentence the printed percentage is in
    stated: float
    root: Path | None = None  # the repository whose ledger and checks the checker reads
    checks_file: Path | None = None
    # A class variant (variants.py) brings its own readings: a function of the question, in place of the report's.
    readings_from: Callable | None = field(default=None, compare=False)
    tested: Printed | None = field(default=None, compare=False)  # what the evidence of a reason is read against

    @property
    def inputs(self) -> dict[str, float]:
        return {c.name: c.value for c in self.counts}

    @property
    def intervals(self) -> dict[str, Interval]:
        return {c.name: c.interval for c in self.counts}

    def card(self) -> Block:
        rows = "".join(f'<tr><th scope="row"><code>{escape(c.name)}</code></th><td>“{article_words(c.quote)}”</td>'
                       f"<td>{escape(number(c.value))}</td><td>{escape(str(c.interval))}</td>"
                       f"<td>{article_words(c.sentence)}</td></tr>" for c in self.counts)
        head = "".join(f'<th scope="col">{h}</th>' for h in ("name", "quote", "stated value", "interval", "sentence"))
        html = (f'<table class="factcheck-table"><caption>The counts, as <code>inputs[name]</code> and '
                f"<code>intervals[name]</code></caption><thead><tr>{head}</tr></thead><tbody>{rows}</tbody></table>"
                f"<p>The percentage to check: “{article_words(self.tested_quote)}”, printed as {escape(number(self.stated))}, "
                f"in the sentence:</p><blockquote>{article_words(self.context)}</blockquote>")
        frame = pd.DataFrame([(c.name, c.quote, c.value, str(c.interval), c.sentence) for c in self.counts],
                             columns=["name", "quote", "stated value", "interval", "sentence"])
        html += "\n" + csv_download(frame, f"{self.check_id}-counts.csv")
        text = "\n".join(f"inputs[{c.name!r}] = {number(c.value)}  # “{c.quote}”, interval {c.interval}, "
                         f"in: {c.sentence!r}" for c in self.counts)
        text += f"\nto check: “{self.tested_quote}”, printed as {number(self.stated)}, in: {self.context!r}"
        return Block(html, text)

    def __repr__(self) -> str:
        return self.card().text


@dataclass(frozen=True)
class Reading:
    """One defensible reading of the counts: its share, what the arithmetic says, the rating it supports."""
    name: str
    formula: str            # in the check's own input names
    share: float
    share_range: Interval
    outcome: str            # exact, within the words, within rounding, within hedges, outside what the words allow
    rating: str
    explanation: str


def share_question(check_id: str, ledger=None, checks_file=None) -> ShareQuestion:
    from factcheck.ledger.claims import load_ledger

    ledger = ledger or load_ledger()
    outcome = _outcome(check_id, ledger, checks_file)
    check = outcome.check
    tested = ledger.claim(check.tests)
    text = ledger.documents[tested["doc_id"]].text
    counts = []
    for letter, claim_id in zip(string.ascii_uppercase, check.inputs.values()):
        row = ledger.claim(claim_id)
        document = ledger.documents[row["doc_id"]].text
        sentence = document[slice(*sentence_around(document, int(row["start"]), int(row["end"])))]
        counts.append(Count(letter, row["quote"], sentence, float(row["value"]), ledger.interval(claim_id),
                            str(row.get("hedge") or ""), float(row.get("precision") or 0), str(row.get("unit") or "")))
    context = text[slice(*sentence_around(text, int(tested["start"]), int(tested["end"])))]
    return ShareQuestion(check_id, tuple(counts), tested["quote"], context, float(tested["value"]),
                         Path(ledger.root) if ledger.root else None, Path(checks_file) if checks_file else None,
                         tested=_printed(tested, ledger.interval(check.tests)))


def _outcome(check_id: str, ledger, checks_file=None):
    from factcheck.workshop.report_cache import report

    outcome = report(Path(ledger.root) if ledger.root else None, checks_file)[1].get(check_id)
    if outcome is None:
        raise KeyError(f"no check {check_id!r} in data/checks.yml")
    check = outcome.check
    if not check.tests or check.formula is None or not check.comparable:
        raise ValueError(f"check {check_id!r} does not test a stated figure with a formula; pick a 'share' "
                         "or 'formula' check that names the claim it tests")
    return outcome


def readings(question: ShareQuestion) -> list[Reading]:
    """The readings the workshop accepts for this check: the report's first, then those of exercises.yml."""
    from factcheck.checks.verdicts import evaluate_check, rounding_interval
    from factcheck.workshop.report_cache import report

    if question.readings_from is not None:  # a class variant: counts of an article of corpus/
        return question.readings_from(question)
    ledger, _ = report(question.root, question.checks_file)
    outcome = _outcome(question.check_id, ledger, question.checks_file)
    data = load_exercise_data()
    listed = data["readings"].get(question.check_id) or [{"name": "the report's reading", "formula": outcome.check.formula,
                                                          "rating": None, "explanation": outcome.explanation}]
    register_rating = normalise_rating(outcome.judgement.rating) if outcome.judgement else None
    tested = ledger.claim(outcome.check.tests)
    found = []
    for index, entry in enumerate(listed):
        result = evaluate_check(replace(outcome.check, formula=entry["formula"]), ledger)
        rating = (register_rating if index == 0 and register_rating else entry.get("rating")) \
            or data["ratings_by_outcome"][result.verdict]
        rounds = result.point in rounding_interval(tested)
        words = {**{k: number(float(ledger.claim(c)["value"])) for k, c in outcome.check.inputs.items()},
                 "share": number(round(result.point, 2)),
                 "rounds": (f"which rounds to the printed {number(question.stated)}" if rounds else
                            f"which does not round to the printed {number(question.stated)} "
                            f"({_stands_for(question.stated, rounding_interval(tested))})")}
        found.append(Reading(entry["name"], entry["formula"], result.point, result.result, result.verdict,
                             normalise_rating(rating), entry["explanation"].format(**words)))
    return found


def _stands_for(stated: float, interval) -> str:
    """'a printed 99.5 stands for anything from 99.45 up to, but not including, 99.55': the rounding, in words."""
    high = "" if interval.high_closed else "but not including, "
    return f"a printed {number(stated)} stands for anything from {number(interval.low)} up to, {high}{number(interval.high)}"


def reason_choices() -> tuple[str, ...]:
    """What the share does to the printed figure: the arithmetic outcomes (exercises.yml's ratings_by_outcome)."""
    return tuple(load_exercise_data()["ratings_by_outcome"])


def check_share(share, rating, question: ShareQuestion, reason=PLACEHOLDER, attempts: Attempts | None = None,
                evidence=PLACEHOLDER) -> Feedback:
    """share: the percentage the participant computed; rating: their rating of the printed figure; reason: what
    the share does to the printed figure (one of reason_choices()), without which the rating is not read; evidence:
    what shows the reason in the article (reasons.py: the hedge words quoted, or what the printed figure stands
    for; nothing for "exact"). Each part has its attempts capped (feedback.Attempts); past the cap the worked
    solution shows."""
    attempts = ATTEMPTS if attempts is None else attempts
    all_readings = readings(question)
    matched = _matching_reading(share, all_readings)
    share_result = attempts.judge(f"share:{question.check_id}", share,
                                  _share_result(share, matched, question, all_readings),
                                  lambda: _worked_share(question, all_readings))
    if share_result.status != RIGHT:
        matched = None
    said = _said_reason(reason)
    answer = (normalise_rating(rating) if isinstance(rating, str) else rating, said,
              "" if said == reasons.EXACT or not isinstance(evidence, str) else reasons.normalise(evidence))
    rating_result = attempts.judge(f"rating:{question.check_id}", answer,
                                   _rating_result(rating, reason, evidence, matched, all_readings, question),
                                   lambda: _worked_rating(all_readings, question))
    return Feedback([share_result, rating_result])


def _said_reason(reason) -> str | None:
    return " ".join(reason.lower().split()) if isinstance(reason, str) else None


def _worked_share(question: ShareQuestion, all_readings: list[Reading]) -> str:
    return " ".join(f"On {r.name}, {r.formula} gives {number(round(r.share, 2))} percent." for r in all_readings)


def _worked_rating(all_readings: list[Reading], question: ShareQuestion) -> str:
    return " ".join(f"On {r.name}: {r.explanation} The arithmetic: {r.outcome}; the rating: '{r.rating}'"
                    + _evidence_words(r, question) + "." for r in all_readings)


def _evidence_words(reading: Reading, question: ShareQuestion) -> str:
    """'; the evidence: "nearly"' (nothing for an exact share, which needs none)."""
    shown = evidence_example(reading, question)
    return f"; the evidence: {shown!r}" if shown else ""


def evidence_example(reading: Reading, question: ShareQuestion) -> str:
    """Evidence an honest participant may give with the reading's reason (reasons.example)."""
    return reasons.example(reading.outcome, question, reading.share) if question.tested is not None else ""


def _matching_reading(share, all_readings: list[Reading]) -> Reading | None:
    if isinstance(share, Interval):
        return next((r for r in all_readings if _same_interval(share, r.share_range)), None)
    if isinstance(share, (int, float)) and not isinstance(share, bool):
        return next((r for r in all_readings if abs(share - r.share) <= DECIMALS_NEEDED), None)
    return None


def _same_interval(a: Interval, b: Interval) -> bool:
    """The same ends (an end at infinity equals only itself: "over 750,000" leaves a share's interval open above)."""
    return all(x == y or abs(x - y) <= 1e-9 for x, y in ((a.low, b.low), (a.high, b.high)))


def _share_result(share, matched: Reading | None, q: ShareQuestion, all_readings: list[Reading]):
    label = "the share the counts give"
    if is_placeholder(share):
        return not_answered(label, "set share to the percentage the counts give, e.g. 100 * part / whole")
    if matched:
        what = f"With every hedge and rounding the counts allow {share}." if isinstance(share, Interval) \
            else f"The counts give {number(round(share, 2))} percent on {matched.name}."
        return right(label, what)
    if isinstance(share, Interval):
        return not_yet(label, f"Your interval {share} is not what the counts' intervals give on any reading; "
                              "compute it from intervals[name] with the same formula as the share.")
    if not isinstance(share, (int, float)) or isinstance(share, bool):
        return unreadable(label, f"The share is a number (a percentage); found {share!r}.")
    return not_yet(label, *_share_slips(float(share), q, all_readings))


def _share_slips(share: float, q: ShareQuestion, all_readings: list[Reading]) -> list[str]:
    said = f"Your share is {number(share)}."
    points = [r.share for r in all_readings]
    if any(abs(100 * share - p) <= DECIMALS_NEEDED for p in points):
        return [said, "That looks like a fraction of 1; multiply by 100 for a percentage."]
    if any(abs((100 - share) - p) <= DECIMALS_NEEDED for p in points):
        return [said, "That is the complement: the share of the others. Subtract it from 100."]
    for count in q.counts:
        try:
            without = [evaluate(r.formula, {**_named_inputs(q, r), _input_name(q, count.name): 0.0})
                       for r in all_readings]
        except ZeroDivisionError:
            continue
        if any(abs(share - w) <= DECIMALS_NEEDED for w in without):
            return [said, f"It leaves out {count.name} (“{count.quote}”): does that count belong in the share?"]
    if any(abs(share - p) < 0.05 for p in points):
        return [said, "Close, but rounded too early: keep at least two decimals, since whether the printed "
                      f"{number(q.stated)} holds depends on them."]
    return [said, "The counts give something else on every reading: say which count is the part and which the "
                  "whole, and whether any count must be taken away from the part; then build it from inputs[name]."]


def _input_name(q: ShareQuestion, neutral: str) -> str:
    """The check's own name for the count the participant knows as A, B or C."""
    return _check_names(q)[string.ascii_uppercase.index(neutral)]


def _named_inputs(q: ShareQuestion, reading: Reading) -> dict[str, float]:
    return dict(zip(_check_names(q), (c.value for c in q.counts)))


def _check_names(q: ShareQuestion) -> list[str]:
    from factcheck.workshop.report_cache import report

    if q.check_id.startswith("corpus:"):  # a class variant's formula is written in the neutral names
        return [c.name for c in q.counts]

    return list(_outcome(q.check_id, report(q.root, q.checks_file)[0], q.checks_file).check.inputs)


def _rating_result(rating, reason, evidence, matched: Reading | None, all_readings: list[Reading],
                   question: ShareQuestion):
    label = "the rating, with its reason"
    choices = ", ".join(repr(c) for c in rating_choices())
    reason_list = ", ".join(repr(c) for c in reason_choices())
    if is_placeholder(rating) or is_placeholder(reason):
        return not_answered(label, f"set rating to one of {choices}, reason to what your share does to the "
                                   f"printed figure, one of {reason_list}, and evidence to what shows it in the "
                                   "article (the hedge words quoted, or what the printed figure stands for)")
    given = normalise_rating(rating) if isinstance(rating, str) else None
    if given not in rating_choices():
        return unreadable(label, f"Choose the rating from {choices}; found {rating!r}.")
    said = _said_reason(reason)
    if said not in reason_choices():
        return unreadable(label, f"Choose the reason from {reason_list}; found {reason!r}.")
    if reasons.needs_evidence(said) and (is_placeholder(evidence) or not isinstance(evidence, str)
                                         or not evidence.strip()):
        return unreadable(label, f"The reason '{said}' is read with its evidence: set evidence to "
                                 f"{reasons.NEEDS[said]}.")
    if matched is None:
        return unreadable(label, "The rating follows from the share: get the share right first, then rate the "
                                 "printed figure against it.")
    # One message for a wrong reason and for a right reason with the wrong evidence: it names the rule and what the
    # given reason's evidence is, never which of the two is wrong.
    if said != matched.outcome or (question.tested is not None and not reasons.fits(said, evidence, question)):
        return not_yet(label, "The reason with its evidence does not describe what your share does to the printed "
                              "figure. The rule: a printed figure stands for an interval (its rounding, widened by "
                              "its hedge words); compare your share with that interval, and show it in the article: "
                              f"'{said}' needs {reasons.NEEDS[said]}.")
    if given != matched.rating:
        return not_yet(label, _why_not(given))
    others = [r for r in all_readings if r is not matched]
    also = "".join(f" Another defensible reading, {r.name}: {r.explanation} It supports '{r.rating}'." for r in others)
    return right(label, f"On {matched.name}: {matched.explanation}{also}")


def _why_not(given: str) -> str:
    """Why a rating does not fit a right share and reason: the rule, never the direction or the expected rating."""
    meaning = load_exercise_data()["ratings"].get(given, "")
    return (f"On the register's scale '{given}' means: {meaning}. That is not what the share and the reason you "
            "give show: match the outcome to the scale's words.")
