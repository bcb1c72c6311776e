"""Evaluate each check with interval arithmetic and give it an arithmetic outcome from a small fixed set.

The outcome says what the arithmetic shows; it is not the judgement. The desk's
verdict on the statement the check is evidence for (data/statements.yml) says what
it means for a reader.

For a check that tests a claim T, the formula is evaluated twice:

* on the *stated values* (a point r), and
* on the *intervals* the inputs' hedges and precision allow (an interval R),
  cut to the range the result can take at all (a share lies in [0, 100]).

Then, in order:

exact                         r is T's stated value; for two ranges, both ends agree
within the words              T is hedged or worded ("more than 99%", "nearly every") and r satisfies it
within rounding               r lies in T's rounding interval, or the inputs' rounding can give it
within hedges                 only the hedged intervals overlap: R meets T's full interval
outside what the words allow  not even the hedges reconcile them

A check that tests nothing is `derived` (its result is shown); a comparison the
data declares unlike-for-like is `not comparable` (always with its reason); a
result that cannot be computed (a divisor that may be zero) is `undefined`;
statements read side by side are a `conflict`, a statement read against the
public record is `record`, and a problem of the text itself is `flagged`.
"""
from __future__ import annotations

import math
from dataclasses import dataclass, field

from factcheck import usage
from factcheck.checks.definitions import Check
from factcheck.checks.formulas import evaluate
from factcheck.ledger.hedges import HEDGES, interval_for
from factcheck.ledger.intervals import Interval
from factcheck.ledger.claims import NoInterval, claim_interval
from factcheck.ledger.words import is_word_claim

OUTSIDE = "outside what the words allow"
VERDICTS = ("exact", "within the words", "within rounding", "within hedges", OUTSIDE, "undefined",
            "not comparable", "derived", "conflict", "record", "flagged")
CONSISTENT = {"exact", "within the words", "within rounding", "within hedges"}


@dataclass
class Outcome:
    check: Check
    verdict: str
    explanation: str
    point: float | None = None            # the formula on the stated values
    result: Interval | None = None        # the formula on the hedged intervals
    tested: Interval | None = None        # the tested claim's interval
    steps: list[str] = field(default_factory=list)
    statement: object = field(default=None, repr=False, compare=False)  # the statement this check is evidence for (factcheck.checks.statements)

    @property
    def judgement(self):
        """The verdict of the statement this check is evidence for: a check has no rating of its own."""
        return self.statement.verdict if self.statement is not None else None

    @property
    def rating_why(self) -> str:
        return self.statement.rating_why if self.statement is not None else ""

    @property
    def materiality_why(self) -> str:
        return self.statement.materiality_why if self.statement is not None else ""


def outcome_digest(outcome: Outcome) -> str:
    """A hash of what a page can show of an outcome: the check as loaded (every field) and its verdict,
    explanation, figures and steps (not the statement, which a page reads, and depends on, by itself)."""
    import hashlib
    import json

    fields = outcome.__dict__
    shown = [repr(outcome.check), fields["_verdict"], fields["_explanation"], fields["_point"],
             [repr(fields["_result"]), repr(fields["_tested"])], list(outcome.steps)]
    return hashlib.sha256(json.dumps(shown, ensure_ascii=False, default=repr).encode("utf-8")).hexdigest()[:16]


RULES_TAG = "_kept_rules"   # set by factcheck.checks.kept on the outcomes it gives, to the rule set's name


def _noted_kind(outcome: Outcome) -> str:
    """An outcome the kept evaluation gave (its rule set known by name) is noted as what it is; any other (a
    page's own evaluation) by the check's inputs, as before."""
    return "outcome" if outcome.__dict__.get(RULES_TAG) is not None else "check"


def _noted_ident(outcome: Outcome) -> str:
    rules = outcome.__dict__.get(RULES_TAG)
    if rules is None:
        return outcome.check.id
    ident = outcome.__dict__.get("_noted_ident")
    if ident is None:   # worked out on the first read, once
        ident = outcome.__dict__["_noted_ident"] = f"{outcome.check.id}@{rules}={outcome_digest(outcome)}"
    return ident


usage.note_reads(Outcome, ("verdict", "explanation", "point", "result", "tested"), _noted_kind, _noted_ident)


def evaluate_check(check: Check, ledger) -> Outcome:
    try:
        return _evaluate_check(check, ledger)
    except ArithmeticError as error:  # e.g. a divisor whose interval holds zero: no answer, and the outcome says why
        steps = [f"{name} = {describe(ledger.claim(c))} ({c})" for name, c in check.inputs.items()]
        return Outcome(check, "undefined", f"The arithmetic is undefined for these figures: {error}.", steps=steps)


def _evaluate_check(check: Check, ledger) -> Outcome:
    if check.operation == "flag":
        return Outcome(check, "flagged", check.reason.strip())
    inputs = {name: ledger.claim(claim_id) for name, claim_id in check.inputs.items()}
    steps = [f"{name} = {describe(row)} ({row['claim_id']})" for name, row in inputs.items()]
    if check.operation in ("conflict", "record"):
        return Outcome(check, check.operation, check.reason.strip(), steps=steps)
    if check.operation == "not_comparable" or check.formula is None:
        return Outcome(check, "not comparable", check.reason.strip(), steps=steps)

    try:
        point = evaluate(check.formula, {n: stated_value(r) for n, r in inputs.items()}) if all(
            not is_word_claim(r) for r in inputs.values()) else None
        result = evaluate(check.formula, {n: claim_interval(r) for n, r in inputs.items()})
    except ArithmeticError as error:
        return Outcome(check, "undefined", f"The arithmetic is undefined for these figures: {error}.", steps=steps)
    except NoInterval as error:
        return Outcome(check, "undefined", f"{error}; a condition cannot enter arithmetic.", steps=steps)
    if check.domain is not None:
        if not result.intersects(check.domain):   # e.g. a part larger than its whole: validation names the check
            if point is not None:
                steps.append(f"{check.formula} = {number(point)} from the stated values")
            steps.append(f"{check.formula} lies in {result} given the hedges and rounding, wholly outside "
                         f"{check.domain}, the only range such a result can take")
            given = (f"The figures as printed give {number(point)}" if point is not None
                     else "The figures give no single result")
            return Outcome(check, "undefined", f"{given}, and with their hedges and rounding {result}; "
                           f"{result_name(check)} can only lie in {check.domain}, so these figures cannot all be "
                           "right as this check reads them.", point, result, steps=steps)
        result = result.clip(check.domain)
    if point is not None:
        steps.append(f"{check.formula} = {number(point)} from the stated values")
    steps.append(f"{check.formula} lies in {result} given the hedges and rounding"
                 + (f" (and the range such a result can take, {check.domain})" if check.domain is not None else ""))
    if not check.comparable:
        return Outcome(check, "not comparable", check.reason.strip(), point, result, steps=steps)
    if not check.tests:
        shown = number(point) if point is not None else "no single figure"
        return Outcome(check, "derived", f"{shown}, within {result}", point, result, steps=steps)

    target = ledger.claim(check.tests)
    try:
        tested = claim_interval(target)
    except NoInterval as error:
        return Outcome(check, "undefined", f"{error}; it cannot be tested with arithmetic.", point, result, steps=steps)
    steps.append(f"tested: {describe(target)} ({target['claim_id']})")
    verdict, why = _verdict(check, point, result, inputs, target, tested)
    if check.reason:
        why = f"{why} {check.reason.strip()}"
    return Outcome(check, verdict, why, point, result, tested, steps)


def evaluate_all(checks: list[Check], ledger) -> list[Outcome]:
    return [evaluate_check(check, ledger) for check in checks]


# What a result of each operation is, in words, for a range it cannot leave (definitions.DOMAINS)
RESULT_NAMES = {"share": "a share", "percent_decline": "a percentage decline", "percent_change": "a percentage change",
                "ratio": "a ratio", "per_unit": "an amount per unit", "annualise": "a yearly figure", "sum": "a sum"}


def result_name(check: Check) -> str:
    """"a share"; for a range declared in the check (`domain:`), "this check's result"."""
    from factcheck.checks.definitions import DOMAINS

    if check.operation in RESULT_NAMES and check.domain == DOMAINS.get(check.operation):
        return RESULT_NAMES[check.operation]
    return "this check's result"


def impossible_result(check: Check, outcome: Outcome) -> bool:
    """The check's figures give a result wholly outside the range such a result can take (a share above 100)."""
    return (outcome.verdict == "undefined" and check.domain is not None and outcome.result is not None
            and not outcome.result.intersects(check.domain))


def check_results_possible(checks: list[Check], ledger, checks_file) -> None:
    """Raise ValidationFailed naming, at its line in data/checks.yml, each check whose figures give a result it
    cannot take under the report's rules: most often inputs the wrong way round or the wrong claim, which the
    pages would otherwise show as a check that "cannot be worked out". Figures that really disagree are a conflict,
    with its reason: a person's reading, which this arithmetic does not make."""
    from factcheck.files.problems import Collector, raise_if_any

    problems = Collector(checks_file)
    for check in checks:
        outcome = evaluate_check(check, ledger)
        if impossible_result(check, outcome):
            read = ", ".join(f"{name} = {claim_id} ({ledger.claim(claim_id)['quote']})"
                             for name, claim_id in check.inputs.items())
            shown = number(outcome.point) if outcome.point is not None else str(outcome.result)
            declared = result_name(check) == "this check's result"   # its range written in checks.yml (domain:)
            problems.add(check.line, "inputs", f"{check.id}: {check.formula} gives {shown} from {read}, but "
                         f"{result_name(check)} can only lie in {check.domain}"
                         + (" (its domain: in checks.yml)" if declared else "")
                         + ". Are the inputs the right claims, in the right places"
                         + (", and is that domain right?" if declared else "?")
                         + " If the figures really disagree, make it a conflict check with its reason.")
    raise_if_any(problems)


RESTATED = ("rounding", "same_metric")   # one figure set against another statement of the same measure


def _verdict(check, point, result, inputs, target, tested) -> tuple[str, str]:
    if is_word_claim(target):
        return _words_verdict(point, result, target, tested)
    if check.operation in RESTATED and not any(is_word_claim(r) for r in inputs.values()):
        (other,) = inputs.values()
        return _restated_verdict(other, result, target, tested)
    stated = stated_range(target)
    shown = f"{number(point)}" if point is not None else "no single figure"
    if point is not None and stated[0] - 1e-9 * abs(stated[0]) <= point <= stated[1] + 1e-9 * abs(stated[1]):
        return "exact", f"The stated figures give exactly {number(point)}."
    if point is not None and _mentions_a_bound(target) and point in tested:
        return "within the words", (f"The stated figures give {shown}, which is what “{target['quote']}” says "
                                    f"(its words allow {tested}).")
    target_rounding = rounding_interval(target)
    if point is not None and point in target_rounding and point in tested:
        return "within rounding", (f"The stated figures give {shown}, which rounds to the stated {number(stated[0])} "
                                   f"(its rounding interval is {target_rounding}).")
    # Rounding can explain a gap only where no input is hedged; a hedged input's interval is its hedge.
    unhedged = all(HEDGES.get((r.get("hedge") or "").lower()) in ("rounding", "range") and not is_word_claim(r)
                   for r in inputs.values())
    rounded_inputs = evaluate(check.formula, {n: rounding_interval(r) for n, r in inputs.items()}) if unhedged else None
    if rounded_inputs is not None and rounded_inputs.intersects(target_rounding) and rounded_inputs.intersects(tested):
        return "within rounding", (f"The stated figures give {shown}, but rounding in the inputs allows {rounded_inputs}, "
                                   f"which meets the stated figure's rounding interval {target_rounding}.")
    if result.intersects(tested):
        return "within hedges", (f"The stated figures give {shown}, outside {target_rounding}; only the hedge words "
                                 f"reconcile them: the inputs allow {result}, the tested claim allows {tested}.")
    return OUTSIDE, (f"The stated figures give {shown}; even with every hedge the inputs allow only {result}, "
                     f"which does not meet the tested claim's {tested}.")


def _words_verdict(point, result, target, tested) -> tuple[str, str]:
    words = target["words"]
    if point is not None and point in tested:
        return "within the words", (f"The figures give {number(point)}, which fits “{words}” "
                                    f"(read as {tested}).")
    if result.intersects(tested):
        return "within hedges", (f"The figures as printed give {number(point) if point is not None else 'no single figure'}, "
                                 f"outside “{words}” (read as {tested}); only the hedges reconcile them (the inputs "
                                 f"allow {result}).")
    return OUTSIDE, (f"The figures give {number(point) if point is not None else result}; “{words}” (read as {tested}) "
                     f"does not fit even with every hedge (the inputs allow {result}).")


def _restated_verdict(other, result, target, tested) -> tuple[str, str]:
    """Two statements of one measure are compared end to end: a range is never judged by its lower end alone."""
    (other_low, other_high), (low, high) = stated_range(other), stated_range(target)
    said, says = _range_text(other_low, other_high), _range_text(low, high)
    if _close(other_low, low) and _close(other_high, high):
        return "exact", f"Both statements give {says}."
    if _mentions_a_bound(target) and other_low in tested and other_high in tested:
        return "within the words", f"The other figure, {said}, is what “{target['quote']}” says (its words allow {tested})."
    rounding = rounding_interval(target)
    if other_low in rounding and other_high in rounding:
        return "within rounding", (f"The other figure, {said}, rounds to the stated {says} "
                                   f"(its rounding interval is {rounding}).")
    if result.intersects(tested):
        return "within hedges", (f"The statements differ ({said} against {says}); only their hedges and rounding "
                                 f"reconcile them: {result} meets {tested}.")
    return OUTSIDE, (f"The other figure, {said}, lies outside what “{target['quote']}” allows ({tested}), "
                     f"even with every hedge.")


def _range_text(low: float, high: float) -> str:
    return number(low) if _close(low, high) else f"{number(low)} to {number(high)}"


def _mentions_a_bound(row) -> bool:
    """A hedge that states a bound or an approximation ("more than", "almost", "about"), not a plain rounded figure."""
    return HEDGES.get((row.get("hedge") or "").lower()) not in (None, "rounding", "range")


def _close(a: float, b: float) -> bool:
    return math.isclose(a, b, rel_tol=1e-9, abs_tol=1e-12)


def stated_value(row) -> float:
    return float(row["value"])


def stated_range(row) -> tuple[float, float]:
    """(value, value_to) for a stated range, (value, value) otherwise."""
    low = float(row["value"])
    high = _value_to(row)
    return low, (low if high is None else high)


def _value_to(row):
    value = row.get("value_to")
    return None if value is None or (isinstance(value, float) and math.isnan(value)) else float(value)


def rounding_interval(row) -> Interval:
    """The claim's interval from its precision alone, as if no hedge word were written."""
    if is_word_claim(row):
        return claim_interval(row)
    hedge = (row.get("hedge") or "")
    range_hedge = HEDGES.get(hedge.lower()) == "range"
    return interval_for(float(row["value"]), hedge=hedge if range_hedge else "", precision=float(row["precision"]),
                        unit=row["unit"], value_to=_value_to(row) if range_hedge else None)


def describe(row) -> str:
    """“quote” → its interval (or, for a word claim with no range, its condition)."""
    try:
        return f"“{row['quote']}” → {claim_interval(row)}"
    except NoInterval:
        return f"“{row['quote']}”: {row['condition']}"


def number(x: float) -> str:
    """A computed figure as a reader sees it: whole numbers with separators, others to 4 significant figures."""
    if float(x).is_integer() and abs(x) < 1e15:
        return f"{int(x):,}"
    return f"{x:,.4g}" if abs(x) < 1000 else f"{x:,.1f}"
