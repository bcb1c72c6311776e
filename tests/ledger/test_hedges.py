"""Hedge words and rounding become intervals by one table of rules, with tolerances as parameters."""
import math

import pytest

from factcheck.ledger.hedges import HEDGES, SHAPES, UnknownHedge, interval_for, rules_from, rules_table, shape_of


def iv(*args, **kwargs) -> str:
    return str(interval_for(*args, **kwargs))


def test_a_plain_rounded_percentage_is_half_a_unit_either_side():
    assert iv(66, precision=1, unit="percent") == "[65.5, 66.5)"


def test_a_rounded_count_and_an_exact_count():
    assert iv(435000, precision=1000) == "[434,500, 435,500)"
    assert iv(435719, precision=0) == "[435,719, 435,719]"


def test_about():
    assert iv(1.6, hedge="about", precision=0.1, unit="percent") == "[1.52, 1.68]"


def test_roughly_is_never_narrower_than_the_rounding():
    # 5 % of 1,800 is 90, but the rounding of 1,800 (to the hundred) already spans ±50; the larger wins
    assert iv(1800, hedge="roughly", precision=100) == "[1,710, 1,890]"
    assert iv(7e6, hedge="approximately", precision=1e6) == "[6,500,000, 7,500,000]"


def test_almost_and_nearly_are_just_below():
    assert iv(100, hedge="almost", precision=100) == "[90, 100)"
    assert iv(48, hedge="nearly") == "[43.2, 48)"


def test_a_little_more_than_is_just_above():
    assert iv(6000, hedge="a little more than", precision=1000) == "(6,000, 6,600]"


def test_more_than_is_open_above_and_a_percentage_stops_at_100():
    assert iv(60, hedge="more than", precision=1, unit="percent") == "(60, 100]"
    more = interval_for(19000, hedge="more than", precision=1000)
    assert more.low == 19000 and math.isinf(more.high) and more.bounds == "()"


def test_between_is_a_range_widened_by_rounding():
    assert iv(40, hedge="between", value_to=55, precision=1, unit="percent") == "[39.5, 55.5)"
    assert iv(40, hedge="-", value_to=55, precision=1, unit="percent") == "[39.5, 55.5)"


def test_a_range_needs_its_upper_end():
    with pytest.raises(ValueError, match="needs value_to"):
        interval_for(40, hedge="between")


def test_unknown_hedge_is_an_error_naming_the_word():
    with pytest.raises(UnknownHedge, match="'circa'"):
        interval_for(1, hedge="circa")


def test_hedge_words_are_case_insensitive():
    assert iv(300, hedge="Over", precision=100) == iv(300, hedge="over", precision=100)


def test_tolerances_are_parameters():
    assert iv(1.6, hedge="about", precision=0.1, rules=rules_from("loose")) == "[1.44, 1.76]"
    assert iv(100, hedge="almost", rules=rules_from("standard", almost=0.02)) == "[98, 100)"
    assert rules_from("standard", almost=0.02).name == "standard+almost=0.02"


def test_unknown_preset_or_tolerance_is_refused():
    with pytest.raises(ValueError, match="unknown hedge preset"):
        rules_from("lenient")
    with pytest.raises(ValueError, match="unknown hedge tolerance"):
        rules_from("standard", approximately=0.1)


def test_every_hedge_has_a_documented_shape_and_appears_in_the_methods_table():
    assert set(HEDGES.values()) <= set(SHAPES)
    table = rules_table()
    assert len(table) == len(HEDGES)
    assert set(table["shape"]) == set(HEDGES.values())


def test_the_validator_knows_every_hedge_the_finder_reads():
    """The finder reads a hedge before a number from PRECEDING_HEDGES (every bounding verb's form among them)
    and after it from HEDGE_AFTER; a claim drafted with any of them must pass the validator."""
    from factcheck.ledger.mentions import PRECEDING_HEDGES, find_mentions
    from factcheck.ledger.vocabulary import HEDGE_VERBS

    assert HEDGE_VERBS <= set(PRECEDING_HEDGES)
    for hedge in PRECEDING_HEDGES:
        assert shape_of(hedge)
    read = {m.hedge for m in find_mentions("It could exceed 450,000, 500 or more, 10,000-plus and 2,000 or so.")}
    assert read == {"exceed", "or more", "plus", "or so"} and all(shape_of(h) for h in read)
