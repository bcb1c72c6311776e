"""Evaluate a small arithmetic formula ("100 * part / whole") on numbers or intervals, safely.

Only + - * /, parentheses, numbers and input names are allowed: a formula in
data/checks.yml can never run code.
"""
from __future__ import annotations

import ast
import functools
import math
import operator

OPERATORS = {ast.Add: operator.add, ast.Sub: operator.sub, ast.Mult: operator.mul, ast.Div: operator.truediv}


class FormulaError(ValueError):
    pass


class UndefinedResult(ArithmeticError):
    """The formula has no numeric answer for these values (infinity minus infinity, an overflow)."""


def names_in(formula: str) -> set[str]:
    return {node.id for node in ast.walk(_parse(formula)) if isinstance(node, ast.Name)}


def repeated_names(formula: str) -> list[str]:
    """Names used more than once. Interval arithmetic treats each use as free to vary on its own, so
    a formula like held / (held + released) gets a range wider than the true one (never narrower)."""
    names = [node.id for node in ast.walk(_parse(formula)) if isinstance(node, ast.Name)]
    return sorted({name for name in names if names.count(name) > 1})


def evaluate(formula: str, values: dict):
    """Evaluate formula with each name bound to a number or an Interval.

    Raises ZeroDivisionError (dividing by zero, or by an interval that holds zero) or
    UndefinedResult when the arithmetic has no answer for these values."""
    result = _eval(_parse(formula).body, values)
    if isinstance(result, float) and not math.isfinite(result):
        raise UndefinedResult(f"{_short(formula)} gives {result} for these values")
    return result


MAX_DEPTH = 50  # operations nested in one another; a check's formula needs a handful


def _parse(formula: str) -> ast.Expression:
    if not isinstance(formula, str):
        raise FormulaError(f"a formula is text like '100 * part / whole', not {formula!r}")
    return _parsed(formula)


@functools.lru_cache(maxsize=1024)
def _parsed(formula: str) -> ast.Expression:
    """The tree of a formula, read once: a check's formula is evaluated for each rule set, and a workshop's items
    again for each answer (the tree is only read, never changed)."""
    try:
        tree = ast.parse(formula, mode="eval")
    except SyntaxError as error:
        if "digits" in (error.msg or "") and "limit" in error.msg:   # Python's limit on a number's digits (4,300)
            raise FormulaError(f"formula {_short(formula)} has a number too long to read") from None
        raise FormulaError(f"cannot read formula {_short(formula)}: {error.msg}") from None
    except (RecursionError, MemoryError):  # the parser's own limit on nesting
        raise FormulaError(f"formula {_short(formula)} is nested too deeply to read; "
                           f"write it with at most {MAX_DEPTH} operations inside one another") from None
    depth = {tree.body: 1}
    for node in ast.walk(tree):  # breadth first, without recursion: a parent's depth is known before its children's
        if not isinstance(node, (ast.Expression, ast.BinOp, ast.UnaryOp, ast.USub, ast.Constant, ast.Name, ast.Load,
                                 *OPERATORS)):
            raise FormulaError(f"formula {_short(formula)} may use only + - * /, parentheses, numbers and input names")
        if isinstance(node, ast.Constant) and (isinstance(node.value, bool) or not isinstance(node.value, (int, float))
                                               or not _finite(node.value)):
            if isinstance(node.value, int) and not isinstance(node.value, bool):
                raise FormulaError(f"formula {_short(formula)} has a number too large to compute with (past about "
                                   "1.8e308)")
            raise FormulaError(f"formula {_short(formula)} has a constant that is not a number: {node.value!r}")
        for child in ast.iter_child_nodes(node):
            depth[child] = depth.get(node, 0) + 1
            if depth[child] > MAX_DEPTH:
                raise FormulaError(f"formula {_short(formula)} is nested too deeply; "
                                   f"write it with at most {MAX_DEPTH} operations inside one another")
    return tree


def _finite(value: int | float) -> bool:
    """A float's finiteness; a whole number's as a float (10**400 written out overflowed the test itself)."""
    try:
        return math.isfinite(value)
    except OverflowError:
        return False


def _short(formula: str) -> str:
    return repr(formula if len(formula) <= 60 else formula[:57] + "...")


def _eval(node, values):
    if isinstance(node, ast.Constant):
        return node.value
    if isinstance(node, ast.Name):
        if node.id not in values:
            raise FormulaError(f"formula uses {node.id!r}, which is not one of its inputs ({', '.join(sorted(values))})")
        return values[node.id]
    if isinstance(node, ast.UnaryOp):
        return -_eval(node.operand, values)
    left, right = _eval(node.left, values), _eval(node.right, values)
    if isinstance(node.op, ast.Div) and isinstance(right, (int, float)) and right == 0:
        raise ZeroDivisionError(f"{ast.unparse(node)} divides by zero")
    return OPERATORS[type(node.op)](left, right)


RATIO = "times"   # like over like: a number of times, or, times 100, a percentage


def unit_of(formula: str, units: dict[str, str], singular=lambda unit: unit) -> str | None:
    """What a formula's result is measured in, from its inputs' units: 'percent' for a ratio times 100 ("a / b * 100"
    as well as "100 * a / b", over like or unlike counts), 'times' for like over like, 'usd per person' for unlike
    over unlike, else the unit its terms share ("12 * a / 15": people). None where a reader could not be told
    (people plus dollars, people times people, a ratio times 1,000, an input whose unit is blank).
    singular: the unit's singular, for the part after 'per'."""
    class Mixed(Exception):
        pass

    def walk(node) -> tuple[str | None, float]:   # (unit, the constant factor applied to it); None: a plain number
        if isinstance(node, ast.Constant):
            return None, float(node.value)
        if isinstance(node, ast.Name):
            unit = units[node.id]
            if not isinstance(unit, str) or not unit.strip():
                raise Mixed   # a unit left to fill: no unit to name
            return unit, 1.0
        if isinstance(node, ast.UnaryOp):
            return walk(node.operand)
        (left, left_factor), (right, right_factor) = walk(node.left), walk(node.right)
        if isinstance(node.op, (ast.Add, ast.Sub)):
            if left is None and right is None:
                return None, 1.0
            if left is not None and right is not None:
                if left != right or (left_factor != right_factor and RATIO in (left, right)):
                    raise Mixed
                return left, left_factor
            return (left, left_factor) if left is not None else (right, right_factor)   # a constant added: no scale
        if isinstance(node.op, ast.Mult):
            if left is not None and right is not None:
                raise Mixed
            return left or right, left_factor * right_factor
        if right is None:   # divided by a constant
            return left, left_factor / right_factor
        if left is None:
            raise Mixed
        factor = left_factor / right_factor
        if left == right:   # like over like, rates included ("(d/a - d/b) / (d/b)")
            return RATIO, factor
        if RATIO in (left, right) or " per " in left or " per " in right:
            raise Mixed
        return f"{left} per {singular(right)}", factor

    try:
        unit, factor = walk(_parse(formula).body)
    except (Mixed, KeyError, FormulaError, ZeroDivisionError):
        return None
    if unit is not None and (unit == RATIO or " per " in unit):
        # over another count: times it, a percentage times 100, a rate per person as it stands; a rate per 1,000
        # (or any other scale) is one a reader could not be told from these units
        return {1.0: unit, 100.0: "percent"}.get(factor)
    return unit
