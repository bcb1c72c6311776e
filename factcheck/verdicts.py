"""Evaluate each check with interval arithmetic and give it a verdict from a small fixed set.

For a check that tests a claim T, the formula is evaluated twice:

* on the *stated values* (a point r), and
* on the *intervals* the inputs' hedges and precision allow (an interval R).

Then, in order:

exact            r equals T's stated value (or lies in T's stated range)
within rounding  r lies in T's rounding interval, or the inputs' rounding intervals
                 (hedges ignored) can give T's rounding interval
within hedges    only the hedged intervals overlap: R meets T's full interval
inconsistent     not even the hedges reconcile them

A check that tests nothing is `derived` (its result is shown), a comparison the
data declares unlike-for-like is `not comparable` (always with its reason), and
a non-numeric problem is `flagged`.
"""
from __future__ import annotations

import math
from dataclasses import dataclass, field

from . import usage
from .checks import Check
from .formulas import evaluate
from .hedges import HEDGES, interval_for
from .intervals import Interval

VERDICTS = ("exact", "within rounding", "within hedges", "inconsistent", "not comparable", "derived", "flagged")
CONSISTENT = {"exact", "within rounding", "within hedges"}


@dataclass
class Outcome:
    check: Check
    verdict: str
    explanation: str
    point: float | None = None            # the formula on the stated values
    result: Interval | None = None        # the formula on the hedged intervals
    tested: Interval | None = None        # the tested claim's interval
    steps: list[str] = field(default_factory=list)


usage.note_reads(Outcome, ("verdict", "explanation", "point", "result", "tested"), "check", lambda o: o.check.id)


def evaluate_check(check: Check, ledger) -> Outcome:
    if check.operation == "flag":
        return Outcome(check, "flagged", check.reason.strip())
    inputs = {name: ledger.claim(claim_id) for name, claim_id in check.inputs.items()}
    steps = [f"{name} = {_describe(row)} ({row['claim_id']})" for name, row in inputs.items()]
    if check.operation == "not_comparable" or check.formula is None:
        return Outcome(check, "not comparable", check.reason.strip(), steps=steps)

    point = evaluate(check.formula, {n: float(r["value"]) for n, r in inputs.items()})
    result = evaluate(check.formula, {n: _full(r, ledger) for n, r in inputs.items()})
    steps.append(f"{check.formula} = {number(point)} from the stated values")
    steps.append(f"{check.formula} lies in {result} given the hedges and rounding")
    if not check.comparable:
        return Outcome(check, "not comparable", check.reason.strip(), point, result, steps=steps)
    if not check.tests:
        return Outcome(check, "derived", f"{number(point)}, within {result}", point, result, steps=steps)

    target = ledger.claim(check.tests)
    tested = _full(target, ledger)
    steps.append(f"tested: {_describe(target)} ({target['claim_id']})")
    verdict, why = _verdict(check, point, result, inputs, target, tested)
    if check.reason:
        why = f"{why} {check.reason.strip()}"
    return Outcome(check, verdict, why, point, result, tested, steps)


def evaluate_all(checks: list[Check], ledger) -> list[Outcome]:
    return [evaluate_check(check, ledger) for check in checks]


def _verdict(check, point, result, inputs, target, tested) -> tuple[str, str]:
    stated_low = float(target["value"])
    stated_high = _value_to(target) if _value_to(target) is not None else stated_low
    if stated_low - 1e-9 * abs(stated_low) <= point <= stated_high + 1e-9 * abs(stated_high):
        return "exact", f"The stated figures give exactly {number(point)}."
    target_rounding = rounding_interval(target)
    if point in target_rounding and point in tested:
        return "within rounding", f"The stated figures give {number(point)}, which rounds to the stated {number(stated_low)} (its rounding interval is {target_rounding})."
    # Rounding can explain a gap only where no input is hedged; a hedged input's interval is its hedge.
    unhedged = all(HEDGES.get((r.get("hedge") or "").lower()) in ("rounding", "range") for r in inputs.values())
    rounded_inputs = evaluate(check.formula, {n: rounding_interval(r) for n, r in inputs.items()}) if unhedged else None
    if rounded_inputs is not None and rounded_inputs.intersects(target_rounding) and rounded_inputs.intersects(tested):
        return "within rounding", (f"The stated figures give {number(point)}, but rounding in the inputs allows {rounded_inputs}, "
                                   f"which meets the stated figure's rounding interval {target_rounding}.")
    if result.intersects(tested):
        return "within hedges", (f"The stated figures give {number(point)}, outside {target_rounding}; only the hedge words "
                                 f"reconcile them: the inputs allow {result}, the tested claim allows {tested}.")
    return "inconsistent", (f"The stated figures give {number(point)}; even with every hedge the inputs allow only {result}, "
                            f"which does not meet the tested claim's {tested}.")


def _value_to(row):
    value = row.get("value_to")
    return None if value is None or (isinstance(value, float) and math.isnan(value)) else float(value)


def _full(row, ledger) -> Interval:
    return Interval.from_bounds(float(row["low"]), float(row["high"]), row["bounds"])


def rounding_interval(row) -> Interval:
    """The claim's interval from its precision alone, as if no hedge word were written."""
    hedge = (row.get("hedge") or "")
    range_hedge = HEDGES.get(hedge.lower()) == "range"
    return interval_for(float(row["value"]), hedge=hedge if range_hedge else "", precision=float(row["precision"]),
                        unit=row["unit"], value_to=_value_to(row) if range_hedge else None)


def _describe(row) -> str:
    return f"“{row['quote']}” → {Interval.from_bounds(float(row['low']), float(row['high']), row['bounds'])}"


def number(x: float) -> str:
    if float(x).is_integer() and abs(x) < 1e15:
        return f"{int(x):,}"
    return f"{x:,.4g}" if abs(x) < 1000 else f"{x:,.1f}"
