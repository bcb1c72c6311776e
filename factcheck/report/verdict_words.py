"""A check's arithmetic told in sentences: figures with their units, ranges in words, no brackets, no formulas.

factcheck.checks.verdicts decides the outcome and keeps a terse explanation for the data package; a
reader gets these sentences instead. Each figure takes its unit from the data (data/dictionary.yml)
and three or four significant figures; a range reads "between 42.35% and 42.74%" or "at most 15%",
never "(0, 15]". The arithmetic itself (the printed figures put into the sum) is told separately,
for the "show the arithmetic" disclosure, in words and numbers, never with the inputs' names.
"""
from __future__ import annotations

import math
import re

from factcheck.checks.verdicts import OUTSIDE, RESTATED, Outcome, rounding_interval, stated_range
from factcheck.ledger.claims import NoInterval, claim_interval
from factcheck.ledger.intervals import Interval
from factcheck.ledger.words import is_word_claim
from factcheck.report import readable

# What a result is measured in, by operation (see result_unit).
PERCENT_OPERATIONS = {"share", "percent_change", "percent_decline"}
PERCENT_DOMAINS = {"share", "change", "decline"}

# The outcomes whose sentence is the arithmetic's; the others are the desk's reason, from the data, as written.
ARITHMETIC = {"exact", "within the words", "within rounding", "within hedges", OUTSIDE, "derived"}


def result_unit(outcome: Outcome, ledger) -> str:
    """What the check's result is measured in: percent for shares and changes (a formula that multiplies by 100 is
    one too), times for a ratio, an amount per item for a per-unit figure, else the inputs' unit."""
    check = outcome.check
    if check.operation in PERCENT_OPERATIONS or (check.operation == "formula" and check.domain is not None
                                                 and _domain_name(check) in PERCENT_DOMAINS):
        return "percent"
    if check.operation == "ratio":
        return "times"
    inputs = [ledger.claim(c) for c in check.inputs.values()]
    if check.operation == "per_unit" and len(inputs) == 2:
        amount, count = inputs
        return f"{amount['unit']} per {readable.dictionary().unit(count['unit'], 1)}"
    if check.tests:
        return ledger.claim(check.tests)["unit"]
    if check.operation == "formula" and check.formula:
        # from the inputs' units, whatever the order it is written in: "a / b * 100" over two counts of people
        # was published as "50 people", and "a / b" as "0.5 people" (the hostile-input probe's finding 3)
        from factcheck.checks.formulas import unit_of

        names = {name: ledger.claim(claim_id)["unit"] for name, claim_id in check.inputs.items()}
        # a bare number where the units say nothing a reader could be told (the first input's unit was wrong
        # for "a / b * 1000", a rate per 1,000)
        return unit_of(check.formula, names, lambda unit: readable.dictionary().unit(unit, 1)) or ""
    return inputs[0]["unit"] if inputs else ""


def _domain_name(check) -> str | None:
    from factcheck.checks.definitions import NAMED_DOMAINS

    return next((name for name, interval in NAMED_DOMAINS.items() if interval == check.domain), None)


def figure(x: float, unit: str) -> str:
    """A computed result with its unit, to three or four significant figures: '117.1%', '3.6 times', '$1,234 per person'."""
    if unit == "times":
        return f"{readable.figure(x, 3)} times"
    if not unit:   # a bare example number, as the methods page gives one
        return readable.figure(x)
    if " per " in unit:
        amount, per = unit.split(" per ", 1)
        return f"{readable.quantity(x, amount)} per {per}"
    return readable.quantity(x, unit)


def between(interval: Interval, unit: str) -> str:
    """A range in words: 'between 42.35% and 42.74%', 'at most 15%', 'more than 99%', 'exactly 2,572 people'."""
    low, high = interval.low, interval.high
    if interval.is_point:
        return f"exactly {figure(low, unit)}"
    if math.isinf(high) and math.isinf(low):
        return "any figure at all"
    if math.isinf(high):
        return f"{'at least' if interval.low_closed else 'more than'} {figure(low, unit)}"
    if math.isinf(low) or (unit == "percent" and low == -100 and not interval.low_closed):
        # (a change open at -100%, from a base with no upper limit ("more than 368,000"), may be any fall short of
        # the whole: "between -100% and 18.4%" told a reader nothing its upper end does not)
        return f"{'at most' if interval.high_closed else 'less than'} {figure(high, unit)}"
    if low == 0 and not interval.low_closed:   # "dipped": anything above nothing, up to a bound
        return f"above zero and {'at most' if interval.high_closed else 'less than'} {figure(high, unit)}"
    shown_low, shown_high = figure(low, unit), figure(high, unit)
    if shown_low == shown_high:   # a range narrower than the figures shown: one figure, once
        return f"about {shown_low}"
    return f"between {shown_low} and {shown_high}"


def _claim_range(row) -> str:
    try:
        return between(claim_interval(row), row["unit"])
    except NoInterval:
        return row["condition"]


def stated(row) -> str:
    """A claim's figure as printed, with its unit; a range as printed reads '40% to 55%'."""
    low, high = stated_range(row)
    unit = row["unit"]
    return figure(low, unit) if low == high else f"{figure(low, unit)} to {figure(high, unit)}"


def sentence(outcome: Outcome, ledger) -> str:
    """What the arithmetic shows, in a sentence or two, followed by the desk's reason where the check has one."""
    words, reason = told(outcome, ledger)
    return f"{words} {reason}".strip()


def told(outcome: Outcome, ledger) -> tuple[str, str]:
    """(what the arithmetic shows, generated here; the desk's reason, from the data as written): a page sets the
    second apart, since its words are the desk's, not this module's."""
    check = outcome.check
    reason = (check.reason or "").strip()
    if outcome.verdict not in ARITHMETIC or outcome.result is None:
        if reason and outcome.explanation.strip() == reason:
            return "", reason
        return outcome.explanation, ""
    return _arithmetic_sentence(outcome, ledger, result_unit(outcome, ledger)), reason


def _arithmetic_sentence(outcome: Outcome, ledger, unit: str) -> str:
    check, verdict = outcome.check, outcome.verdict
    given = figure(outcome.point, unit) if outcome.point is not None else between(outcome.result, unit)
    allowed = between(outcome.result, unit)
    if verdict == "derived":
        if outcome.point is None or outcome.result.is_point:
            return f"The figures give {given}."
        return f"The printed figures give {given}; allowing for every hedge and rounding, {allowed}."
    target = ledger.claim(check.tests)
    reads = _claim_range(target)
    if is_word_claim(target):
        words = f"“{target['words']}”"
        if verdict == "within the words":
            return f"The figures give {given}, so {words}, which we read as {reads}, fits."
        if verdict == "within hedges":
            return (f"The figures as printed give {given}, so {words}, which we read as {reads}, does not fit them; "
                    f"only the hedges reconcile the two: the figures allow {allowed}.")
        return (f"The figures give {given} (allowing for every hedge, {allowed}), so {words}, which we read as "
                f"{reads}, does not fit.")
    said = stated(target)
    if check.operation in RESTATED and len(check.inputs) == 1 and not any(
            is_word_claim(ledger.claim(c)) for c in check.inputs.values()):
        other = stated(ledger.claim(next(iter(check.inputs.values()))))
        if verdict == "exact":
            return f"Both statements give {said}."
        if verdict == "within the words":
            return f"The other figure, {other}, is what “{target['quote']}” says: its words allow {reads}."
        if verdict == "within rounding":
            return f"The other figure, {other}, rounds to the stated {said}."
        if verdict == "within hedges":
            return (f"The statements differ ({other} against {said}); only their hedges and rounding reconcile them.")
        return (f"The other figure, {other}, lies outside what “{target['quote']}” allows ({reads}), even with "
                f"every hedge.")
    if verdict == "exact":
        return f"The printed figures give exactly {given}, the figure stated."
    if verdict == "within the words":
        return f"The printed figures give {given}, which is what “{target['quote']}” says: its words allow {reads}."
    if verdict == "within rounding":
        if outcome.point is not None and outcome.point in rounding_interval(target):
            return f"The printed figures give {given}, which rounds to the stated {said}."
        return f"The printed figures give {given}; rounding in the figures they start from allows the stated {said}."
    if verdict == "within hedges":
        return (f"The printed figures give {given}, not the stated {said}; only the hedge words reconcile them: "
                f"the figures allow {allowed}, the statement {reads}.")
    return (f"The printed figures give {given}; even allowing for every hedge, the figures allow only {allowed}, "
            f"and the statement {reads}: the two do not meet.")


def arithmetic(outcome: Outcome, ledger) -> list[str]:
    """The sum behind a check, in words and numbers, for the "show the arithmetic" disclosure: the printed figures
    put into it, and the range once every hedge and rounding is allowed for. Empty when there is no sum."""
    check = outcome.check
    if outcome.result is None or not check.formula or NAME.fullmatch(check.formula.strip()):
        return []   # no sum, or a figure set beside another as it stands
    unit = result_unit(outcome, ledger)
    rows = {name: ledger.claim(c) for name, c in check.inputs.items()}
    lines = []
    if outcome.point is not None and not any(is_word_claim(r) for r in rows.values()):
        printed = _substituted(check.formula, {n: stated(r) for n, r in rows.items()})
        lines.append(f"With the figures as printed: {printed} = {figure(outcome.point, unit)}.")
    if not outcome.result.is_point:   # every input exact: the line above is the whole of it
        ranges = _substituted(check.formula, {n: f"({_claim_range(r)})" for n, r in rows.items()})
        lines.append(f"Allowing for every hedge and rounding: {ranges} gives {between(outcome.result, unit)}.")
    return lines


NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")


def _substituted(formula: str, values: dict[str, str]) -> str:
    """The formula with each input's name replaced by its figure in words, and the signs a reader writes."""
    text = NAME.sub(lambda m: values.get(m.group(0), m.group(0)), formula)
    text = text.replace("*", "×").replace("/", "÷")
    return re.sub(r"(?<=\s)-(?=\s)", "−", text)
