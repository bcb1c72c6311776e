"""Formulas in checks.yml are arithmetic only, on numbers or intervals."""
import pytest

from factcheck.formulas import FormulaError, evaluate, names_in
from factcheck.intervals import Interval


def test_evaluates_on_numbers_and_intervals():
    assert evaluate("100 * (new - old) / old", {"old": 200, "new": 150}) == -25
    assert str(evaluate("a + b", {"a": Interval(1, 2), "b": Interval(3, 4)})) == "[4, 6]"


def test_names_in_a_formula():
    assert names_in("100 * part / whole") == {"part", "whole"}


@pytest.mark.parametrize("formula", ["__import__('os')", "a ** 2", "a.real", "'x'", "a if b else c", "[a]"])
def test_anything_but_arithmetic_is_refused(formula):
    with pytest.raises(FormulaError):
        names_in(formula)


def test_an_unknown_name_is_named():
    with pytest.raises(FormulaError, match="uses 'c'"):
        evaluate("a + c", {"a": 1, "b": 2})
