"""A claim in words: the value as printed, and what its words allow, with units a reader uses.

Pages, the full-text view and the claims table all read claims through these, so a
claim is described the same way everywhere.
"""
from __future__ import annotations

import pandas as pd

from factcheck.ledger.claims import NoInterval, claim_interval, default_reading, reading_reason
from factcheck.report import readable


def figure(x: float, unit: str) -> str:
    """A computed result with its unit, to three or four significant figures."""
    if unit == "times":
        return f"{readable.figure(x, 3)} times"
    if " per " in unit:
        amount, per = unit.split(" per ", 1)
        return f"{readable.quantity(x, amount)} per {per}"
    return readable.quantity(x, unit)


def span(interval, unit: str) -> str:
    if unit == "times" or " per " in unit:
        return f"{figure(interval.low, unit)} to {figure(interval.high, unit)}"
    return readable.span(interval, unit)


def allows(row) -> str:
    """What a claim's words allow, in the words a verdict uses: 'between 39.5% and 55.5%', 'above zero and at most
    15%', or its condition; and where we read the number otherwise than the printed number alone, both readings and
    our reason (`reading`)."""
    from factcheck.report.verdict_words import between

    try:
        allowed = between(claim_interval(row), row["unit"])
    except NoInterval:
        return row["condition"]
    how = reading(row)
    return f"{allowed} ({how})" if how else allowed


def reading(row) -> str:
    """For a number we read otherwise than the default reading of the printed number, the two readings and our
    reason (the note's, after 'Reading:', which the ledger requires then: ledger.claims.check_reading): 'our reading:
    <reason>. The printed number alone would allow between 5,000 officers and 15,000 officers.' Where only the
    rounding differs (which "within rounding" verdicts read), both roundings. '' for a claim read by default."""
    from factcheck.report.verdict_words import between

    readings = default_reading(row)
    if readings is None:
        return ""
    (default_range, default_rounding), (own_range, own_rounding) = readings
    unit = row["unit"]
    if default_range != own_range:
        differs = f"The printed number alone would allow {between(default_range, unit)}."
    else:
        differs = (f"We take it as rounded from {between(own_rounding, unit)}; the printed number alone is "
                   f"rounded from {between(default_rounding, unit)}.")
    reason = reading_reason(row)
    return f"our reading: {reason}{'' if reason.endswith(('.', '!', '?')) else '.'} {differs}"


def stated(row) -> str:
    """The value as printed, with its unit; a word claim prints its words instead."""
    words = row["words"] if isinstance(row, (dict, pd.Series)) else getattr(row, "words", "")
    if words:
        return f"“{words}” (in words)"
    value = row["value"] if isinstance(row, (dict, pd.Series)) else row.value
    unit = row["unit"] if isinstance(row, (dict, pd.Series)) else row.unit
    value_to = row["value_to"] if isinstance(row, (dict, pd.Series)) else row.value_to
    if isinstance(value_to, float) and value_to == value_to:
        return f"{readable.quantity(value, unit)} to {readable.quantity(value_to, unit)}"
    return readable.quantity(value, unit)
