"""Two value rules written from heldout42's first score (factcheck/ledger/mentions.py): a fraction of one percent in
words is that fraction of a percent ("half a percent" is 0.5 percent, not a share of 50), and an adverb of focus after
"from" still makes "from X to Y" a change, two figures, not a range. Sentences written for this file."""
import pytest

from tests.mentions_found import quantities


@pytest.mark.parametrize("text, value, reading", [
    ("A recount is allowed if the margin is half a percent or less.", 0.5, "at_most"),
    ("Turnout among them was less than a half-percent.", 0.5, "below"),
    ("It would be one-tenth of 1 percent of the budget.", 0.1, "rounding"),
    ("Fees take about a quarter of a percent of the sum.", 0.25, "around"),
    ("Only half of 1% of applicants were chosen.", 0.5, "rounding"),
])
def test_a_fraction_of_one_percent_is_that_fraction_of_a_percent(text, value, reading):
    [found] = quantities(text)
    assert (found.value, found.unit, found.reading) == (pytest.approx(value), "percent", reading)


def test_a_fraction_of_a_larger_percent_or_a_percentage_point_keeps_its_reading():
    assert [(m.value, m.unit) for m in quantities("Half of the 40 percent went home.")] == [
        (50.0, "percent"), (40.0, "percent")]
    [points] = quantities("The rate fell half a percentage point.")
    assert (points.value, points.unit) == (0.5, "percentage points")


@pytest.mark.parametrize("text", ["The fee rose sharply—from just $10 to $215.",
                                  "Staff grew from only 12 to 40 last year."])
def test_from_with_an_adverb_of_focus_starts_a_change_not_a_range(text):
    found = quantities(text)
    assert len(found) == 2 and all(m.value_to is None for m in found), [(m.value, m.value_to) for m in found]


def test_a_range_after_a_verb_of_ranging_is_still_a_range():
    [found] = quantities("Fees ranged from just $10 to $215.")
    assert (found.value, found.value_to) == (10.0, 215.0)
