"""Value rules written from heldout42's and heldout46's first scores (factcheck/ledger/mentions.py): a fraction of one
percent in words is that fraction of a percent ("half a percent" is 0.5 percent, not a share of 50), and of a unit of
measure that fraction of the unit ("a half mile"); an adverb of focus after "from" still makes "from X to Y" a change,
two figures, not a range, and an adverb after a verb of ranging keeps the range. Sentences written for this file."""
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


@pytest.mark.parametrize("text, value, unit", [
    ("Agents carried the man for a half mile through the desert.", 0.5, "miles"),
    ("The wall ends half a mile from the river.", 0.5, "miles"),
    ("The gap is a quarter-mile wide.", 0.25, "miles"),
    ("Each lot is a third of an acre.", 1 / 3, "acres"),
])
def test_a_fraction_of_a_unit_of_measure_is_that_fraction_of_the_unit(text, value, unit):
    [found] = quantities(text)
    assert (found.value, found.unit) == (pytest.approx(value), unit)


def test_an_adverb_between_a_verb_of_ranging_and_from_keeps_the_range():
    [found] = quantities("Totals ranged generally from 1 to 3 inches around the region.")
    assert (found.value, found.value_to, found.unit) == (1.0, 3.0, "inches")


@pytest.mark.parametrize("text, value, value_to", [
    ("ICE deported between four and six Mauritanians.", 4.0, 6.0),
    ("It cost between two and three million dollars.", 2e6, 3e6),
    ("It took one hundred and five days.", 105.0, None),
])
def test_and_joins_two_numbers_in_words_unless_it_follows_a_scale_word(text, value, value_to):
    [found] = quantities(text)
    assert (found.value, found.value_to) == (value, value_to)
