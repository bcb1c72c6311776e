"""Hedge words and rounding, turned into intervals. The one place these rules live.

A number in a news article is a range, not a point:

* a plain "66 percent" was rounded, so it means [65.5, 66.5);
* "about 1.6 percent" is wider still, by a tolerance the reader has to choose;
* "almost 100" is below 100 but not far below; "more than 60 percent" is above 60.

The tolerances are parameters (`HedgeRules`), so a workshop can ask "what if
'about' means within 10 percent?" and see which verdicts change. The table
`HEDGES` maps each hedge word, as written in the articles, to a shape; `SHAPES`
says in words what each shape means, and the methods page renders both.
"""
from __future__ import annotations

import math
from dataclasses import asdict, dataclass, fields, replace

from factcheck.ledger.intervals import INF, Interval
from factcheck.ledger.vocabulary import AFTER_HEDGES, BOUND_HEDGES, COMPARATIVE_HEDGES, HEDGE_VERBS, VAGUE_SPAN_UNITS
from factcheck.ledger.vocabulary import INCLUSIVE_BOUND_HEDGES, NEARING_HEDGES


@dataclass(frozen=True)
class HedgeRules:
    """Tolerances that turn hedge words into intervals (fractions of the stated value)."""

    about: float = 0.05          # "about", "roughly", "approximately": within ±5 %
    almost: float = 0.10         # "almost", "nearly": within 10 % below
    a_little_more: float = 0.10  # "a little more than", "just over": within 10 % above
    name: str = "standard"

    def describe(self) -> dict:
        return asdict(self)


PRESETS = {
    "standard": HedgeRules(),
    "strict": HedgeRules(about=0.02, almost=0.05, a_little_more=0.05, name="strict"),
    "loose": HedgeRules(about=0.10, almost=0.20, a_little_more=0.20, name="loose"),
}


def rules_from(preset: str = "standard", **overrides) -> HedgeRules:
    """A preset by name, optionally with some tolerances changed (papermill-friendly)."""
    if preset not in PRESETS:
        raise ValueError(f"unknown hedge preset {preset!r}; choose one of {', '.join(PRESETS)}")
    base = PRESETS[preset]
    known = {f.name for f in fields(HedgeRules)} - {"name"}
    unknown = set(overrides) - known
    if unknown:
        raise ValueError(f"unknown hedge tolerance(s) {sorted(unknown)}; known: {sorted(known)}")
    if not overrides:
        return base
    custom_name = preset + "+" + ",".join(f"{k}={v}" for k, v in sorted(overrides.items()))
    return replace(base, name=custom_name, **overrides)


# shape -> what it means, in words (the methods page renders this)
SHAPES = {
    "rounding": "no hedge: anything that rounds to v at p, the unit it is read to: [v − p/2, v + p/2); exact when p = 0",
    "around": "within ±max(p/2, about × v) of v, both ends included",
    "just_below": "below v but within almost × v of it: [v × (1 − almost), v)",
    "just_above": "above v but within a_little_more × v of it: (v, v × (1 + a_little_more)]",
    "above": "anything above v: (v, ∞), or (v, 100] for a percentage",
    "at_least": "v or above: [v, ∞), or [v, 100] for a percentage",
    "below": "anything under v: [0, v)",
    "at_most": "v or under: [0, v]",
    "range": "from v to v_to, each end widened by its rounding: [v − p/2, v_to + p/2); [v, v_to] when p = 0",
    "order_of_magnitude": "'tens of thousands' with v = 10,000, 'thousands of' with v = 1,000: [2 × v, 10 × v)",
}

# hedge word as written (lower case) -> shape
HEDGES = {
    "": "rounding",
    "about": "around",
    "approximately": "around",
    "roughly": "around",
    "around": "around",
    "some": "around",
    "almost": "just_below",
    "nearly": "just_below",
    "just under": "just_below",
    "a little more than": "just_above",
    "just over": "just_above",
    "slightly more than": "just_above",
    "more than": "above",
    "over": "above",
    "at least": "at_least",
    "less than": "below",
    "fewer than": "below",
    "under": "below",
    "up to": "at_most",
    "between": "range",
    "-": "range",
    "tens of": "order_of_magnitude",
    # more of the words immigration coverage uses (read by factcheck.mentions)
    "an estimated": "around",
    "estimated": "around",
    "perhaps": "around",
    "or so": "around",
    "close to": "just_below",
    "in the ballpark of": "around",
    "in the neighborhood of": "around",
    "on the order of": "around",
    "just shy of": "just_below",
    # the mirror of "slightly more than", "a little over": a little under the number ("slightly less than doubled")
    "slightly less than": "just_below",
    "a little less than": "just_below",
    "slightly fewer than": "just_below",
    "slightly under": "just_below",
    "a little under": "just_below",
    "slightly below": "just_below",
    "just below": "just_below",
    "just short of": "just_below",
    "slightly above": "just_above",
    "just above": "just_above",
    "slightly over": "just_above",
    "a little over": "just_above",
    "upwards of": "above",
    "in excess of": "above",
    "exceeding": "above",
    "exceeds": "above",
    "exceeded": "above",
    "surpassing": "above",
    "surpassed": "above",
    "topped": "above",
    "topping": "above",
    "no fewer than": "at_least",
    "no less than": "at_least",
    "a minimum of": "at_least",
    "a minimum": "at_least",  # finder v19: "a minimum 3,000 hours"
    "plus": "above",  # "10,000-plus": more than 10,000 (a "+" after a number is inclusive: "65+")
    "or more": "at_least",
    "below": "below",
    "above": "above",
    "near": "around",
    "as many as": "at_most",
    "at the very most": "at_most",
    "at the very least": "at_least",
    "top": "above",
    "tops": "above",
    "well over": "above",
    "well above": "above",
    "as much as": "at_most",
    # finder v13: the other sizes of "as ... as" before a number ("as high as 107,000": up to it; "as low as 3%": down to it)
    "as high as": "at_most",
    "a couple": "order_of_magnitude",  # finder v13: "a couple hundred", as "a few hundred"
    "a couple of": "around",  # finder v23, second part: "a couple of months", "a couple weeks": about two
    # finder v13: the family of "upwards of" and "well over": "upward of", "north of $5 million" (above), "south of"
    # (below), "well under", "well below", "far more than", "far fewer than", "far less than", "give or take" (around)
    "upward of": "above",
    "north of": "above",
    "south of": "below",
    "well under": "below",
    "well below": "below",
    "far more than": "above",
    "far fewer than": "below",
    "far less than": "below",
    "give or take": "around",
    "scores": "order_of_magnitude",  # finder v13: "scores of families" (a score is 20), as "dozens"
    "as large as": "at_most",
    "as low as": "at_least",
    "as few as": "at_least",
    "as little as": "at_least",
    "no more than": "at_most",
    "at most": "at_most",
    "a maximum of": "at_most",
    "a maximum": "at_most",  # finder v19: "a maximum $50,000 signing bonus", the "of" left out
    "or fewer": "at_most",
    "or less": "at_most",
    "to": "range",
    "hundreds of": "order_of_magnitude",
    "dozens": "order_of_magnitude",
    "hundreds": "order_of_magnitude",
    "thousands": "order_of_magnitude",
    "millions": "order_of_magnitude",
    "billions": "order_of_magnitude",
    "several": "order_of_magnitude",
    "a few": "order_of_magnitude",
}
# every form of a verb that bounds its object ("exceed 450,000", "surpasses 2,000"): factcheck/ledger/vocabulary.py
HEDGES.update({form: "above" for form in sorted(HEDGE_VERBS) if form not in HEDGES})
# every hedge written after a number ("80% or higher", "1 million +", "65 and over"): factcheck/ledger/vocabulary.py
HEDGES.update({words: shape for words, shape in AFTER_HEDGES.items() if words not in HEDGES})
# a vague span ("decades-long barriers"): the plural time unit is its order of magnitude, as "dozens" is
HEDGES.update({unit: "order_of_magnitude" for unit in VAGUE_SPAN_UNITS})
# comparatives before "than" ("higher than 50%") and a bound on a span ("within 72 hours"): factcheck/ledger/vocabulary.py
HEDGES.update({words: shape for words, shape in {**COMPARATIVE_HEDGES, **BOUND_HEDGES}.items() if words not in HEDGES})
# finder v10: verbs of nearing ("approached 100,000" -> just_below) and inclusive bounds ("at or below 4%" -> at_most)
HEDGES.update({words: shape for words, shape in {**NEARING_HEDGES, **INCLUSIVE_BOUND_HEDGES}.items() if words not in HEDGES})

PERCENT_UNITS = {"percent"}


class UnknownHedge(ValueError):
    pass


def as_written(hedge: str, number: str) -> str:
    """The hedge and the number in the order a reporter writes them: "about 100", but "100 or higher", "100+",
    "100-plus" for the words written after a number ("at minimum" reads either way; it is shown before)."""
    if not hedge:
        return number
    if hedge in AFTER_HEDGES and not hedge.startswith("at "):
        return f"{number}{'' if hedge == '+' else '-' if hedge == 'plus' else ' '}{hedge}"
    return f"{hedge} {number}"


def shape_of(hedge: str) -> str:
    key = (hedge or "").strip().lower()
    if key not in HEDGES:
        from factcheck.sources.documents import shown_words   # (a cell of any length: quoted cut short)

        raise UnknownHedge(f"unknown hedge word {shown_words(hedge or '')}; known: "
                           f"{', '.join(repr(h) for h in HEDGES if h)}")
    return HEDGES[key]


def interval_for(value: float, *, hedge: str = "", precision: float = 0, unit: str = "",
                 value_to: float | None = None, rules: HedgeRules = PRESETS["standard"]) -> Interval:
    """The interval a stated number means, given its hedge word and stated precision.

    value      the number as stated (in the unit's base: 2.75 billion dollars -> 2.75e9)
    precision  the unit of the last stated digit (435,000 -> 1000; 1.6 -> 0.1); 0 = exact
    value_to   the upper number of a range ("between 40 and 55 percent")
    """
    shape = shape_of(hedge)
    half = precision / 2
    cap = 100.0 if unit in PERCENT_UNITS else INF

    if shape == "range":
        if value_to is None:
            raise ValueError(f"hedge {hedge!r} needs value_to (the upper end of the range)")
        if value_to < value:
            raise ValueError(f"range {value} to {value_to} runs backwards")
        return _rounded(value, half, upper=value_to)
    if value_to is not None:
        raise ValueError(f"value_to is only for ranges ('between'), not for hedge {hedge!r}")

    if shape == "rounding":
        return _rounded(value, half)
    if shape == "around":
        spread = max(half, rules.about * abs(value))
        return Interval(max(value - spread, 0.0) if value >= 0 else value - spread, min(value + spread, cap))
    if shape == "just_below":
        return Interval(value * (1 - rules.almost), value, True, False)
    if shape == "just_above":
        return Interval(value, min(value * (1 + rules.a_little_more), cap), False, True)
    if shape == "above":
        return Interval(value, cap, False, not math.isinf(cap))
    if shape == "at_least":
        return Interval(value, cap, True, not math.isinf(cap))
    if shape == "below":
        return Interval(0.0, value, True, False)
    if shape == "at_most":
        return Interval(0.0, value, True, True)
    if shape == "order_of_magnitude":
        return Interval(2 * value, 10 * value, True, False)
    raise AssertionError(f"shape {shape} has no rule")  # HEDGES and SHAPES out of step


def _rounded(value: float, half: float, upper: float | None = None) -> Interval:
    top = value if upper is None else upper
    if half == 0:
        return Interval(value, top, True, True)
    return Interval(value - half, top + half, True, False)


TENS_OF = {"thousands": 1e4, "millions": 1e7}   # "tens of thousands" is recorded as 10,000 (finder v18)


def rules_table(rules: HedgeRules = PRESETS["standard"], example: tuple[str, float, float] = ("6.6", 6.6, 0.1),
                range_example: tuple[float, float] = (40.0, 55.0), tens_of: str = "thousands"):
    """The hedge vocabulary as a table: word, shape, meaning, and a worked example on a printed number, example
    being (as printed, value, precision) as the number finder reads it (a decimal to its last digit: "6.6 (to the
    nearest 0.1)"; the workshop reads it with the finder, which imports this module), so the example never
    contradicts how the report reads a bare number. The words that count a unit ("tens of", "dozens", "decades")
    are worked once, on "tens of thousands" (or of tens_of), as the ledger records it (v = 10,000); the others are
    said in words, each counting its own unit."""
    import pandas as pd

    printed, value, precision = example
    nearest = f"to the nearest {precision:g}" if precision else "exact"
    rows = []
    for word, shape in HEDGES.items():
        if shape == "range":
            low, high = range_example
            worked = interval_for(low, hedge=word, precision=1, unit="percent", value_to=high, rules=rules)
            said = {"between": f"between {low:g} and {high:g}", "-": f"{low:g}–{high:g}"}.get(word,
                                                                                           f"{low:g} {word} {high:g}")
            written = f"{said} percent (each end to the nearest 1)"
        elif shape == "order_of_magnitude":
            if word != "tens of":
                rows.append({"hedge": word, "shape": shape, "meaning": SHAPES[shape],
                             "example": f"{word}: from twice to ten times the unit it counts"})
                continue
            worked = interval_for(TENS_OF[tens_of], hedge=word, precision=1, unit="", rules=rules)
            written = f"tens of {tens_of}"
        else:
            worked = interval_for(value, hedge=word, precision=precision, unit="", rules=rules)
            written = f"{as_written(word, printed)} ({nearest})"
        rows.append({"hedge": word or "(none)", "shape": shape, "meaning": SHAPES[shape],
                     "example": f"{written} → {worked}"})
    return pd.DataFrame(rows)
