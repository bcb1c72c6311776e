"""Interval arithmetic keeps track of open and closed ends."""
import math

import pytest

from factcheck.ledger.intervals import Interval


def test_sum_of_half_open_intervals_is_half_open():
    a = Interval(65.5, 66.5, True, False)
    assert str(a + a) == "[131, 133)"


def test_subtraction_swaps_the_ends():
    assert str(Interval(281500, 282500, True, False) - Interval(95500, 96500, True, False)) == "(185,000, 187,000)"


def test_division_of_hedged_counts():
    almost_100 = Interval(90, 100, True, False)
    a_little_more_than_6000 = Interval(6000, 6600, False, True)
    share = almost_100 / a_little_more_than_6000 * 100
    assert share.low == pytest.approx(90 / 6600 * 100) and share.high == pytest.approx(100 / 6000 * 100)
    assert share.bounds == "[)"


def test_division_by_an_interval_that_contains_zero_is_refused():
    with pytest.raises(ZeroDivisionError, match="contains zero"):
        Interval(1, 2) / Interval(-1, 1)
    with pytest.raises(ZeroDivisionError):
        Interval(1, 2) / Interval(0, 1)


def test_division_by_an_interval_open_at_zero_is_unbounded():
    result = Interval(1, 2) / Interval(0, 1, False, True)
    assert result.low == 1 and math.isinf(result.high)


def test_unbounded_above():
    more_than_60 = Interval(60, math.inf, False, False)
    assert 61 in more_than_60 and 60 not in more_than_60
    assert (more_than_60 * 2).high == math.inf


def test_membership_respects_open_ends():
    rounding = Interval(65.5, 66.5, True, False)
    assert 65.5 in rounding and 66.5 not in rounding
    assert rounding.contains_interval(Interval(65.6, 66.4))
    assert not rounding.contains_interval(Interval(65.6, 66.5))


def test_intersection_at_a_shared_end_needs_both_closed():
    assert Interval(0, 1, True, True).intersects(Interval(1, 2, True, True))
    assert not Interval(0, 1, True, False).intersects(Interval(1, 2, True, True))


def test_invalid_intervals_are_refused():
    with pytest.raises(ValueError, match="above high"):
        Interval(2, 1)
    with pytest.raises(ValueError, match="empty"):
        Interval(1, 1, True, False)


def test_bounds_notation_round_trips():
    for bounds in ("[]", "[)", "(]", "()"):
        assert Interval.from_bounds(0, 1, bounds).bounds == bounds


@pytest.mark.parametrize("low, high, shown", [
    (21.38 - 0.005, 21.38 + 0.005, "[21.375, 21.385)"),   # four figures would read [21.38, 21.38): empty to a reader
    (1234 - 0.5, 1234 + 0.5, "[1,233.5, 1,234.5)"),       # whole-number rounding of a large figure
    (65.5, 66.5, "[65.5, 66.5)"),                         # wide enough for four figures: as before
    (46.8312, 47.6519, "[46.83, 47.65)"),
    (434_500, 435_500, "[434,500, 435,500)"),
])
def test_a_narrow_interval_is_shown_with_the_digits_that_tell_its_ends_apart(low, high, shown):
    assert str(Interval(low, high, True, False)) == shown
