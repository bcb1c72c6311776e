"""Formulas in checks.yml are arithmetic only, on numbers or intervals."""
import pytest

from factcheck.checks.formulas import FormulaError, UndefinedResult, evaluate, names_in
from factcheck.ledger.intervals import Interval


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


@pytest.mark.parametrize("formula", ["(" * 300 + "a" + ")" * 300, "-" * 100_000 + "a", " + ".join(["a"] * 100_000),
                                     " * ".join(["a"] * 60)])
def test_a_formula_nested_too_deep_is_refused_with_a_message(formula):
    with pytest.raises(FormulaError, match="nested too deeply|too many nested parentheses"):
        evaluate(formula, {"a": 1})


def test_a_formula_that_is_not_text_is_refused():
    with pytest.raises(FormulaError, match="a formula is text"):
        names_in(["a", "b"])


def test_an_infinite_constant_is_refused():
    with pytest.raises(FormulaError, match="not a number"):
        evaluate("1e999 * a", {"a": 1})


def test_a_whole_number_past_any_float_or_past_pythons_digits_is_refused_with_a_message_not_a_traceback():
    with pytest.raises(FormulaError, match="has a number too large to compute with"):
        evaluate("a * 1" + "0" * 400, {"a": 1})   # OverflowError from the finiteness test itself
    with pytest.raises(FormulaError, match="has a number too long to read"):
        evaluate("a * 1" + "0" * 5000, {"a": 1})   # Python's own ValueError, naming sys.set_int_max_str_digits


def test_dividing_by_a_stated_zero_says_which_division():
    with pytest.raises(ZeroDivisionError, match="100 \\* a / b divides by zero"):
        evaluate("100 * a / b", {"a": 5, "b": 0})


def test_a_result_with_no_value_is_undefined_not_nan():
    with pytest.raises(UndefinedResult, match="gives nan"):
        evaluate("a * a - a * a", {"a": 1e200})
