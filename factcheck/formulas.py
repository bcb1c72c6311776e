"""Evaluate a small arithmetic formula ("100 * part / whole") on numbers or intervals, safely.

Only + - * /, parentheses, numbers and input names are allowed: a formula in
data/checks.yml can never run code.
"""
from __future__ import annotations

import ast
import operator

OPERATORS = {ast.Add: operator.add, ast.Sub: operator.sub, ast.Mult: operator.mul, ast.Div: operator.truediv}


class FormulaError(ValueError):
    pass


def names_in(formula: str) -> set[str]:
    return {node.id for node in ast.walk(_parse(formula)) if isinstance(node, ast.Name)}


def repeated_names(formula: str) -> list[str]:
    """Names used more than once. Interval arithmetic treats each use as free to vary on its own, so
    a formula like held / (held + released) gets a range wider than the true one (never narrower)."""
    names = [node.id for node in ast.walk(_parse(formula)) if isinstance(node, ast.Name)]
    return sorted({name for name in names if names.count(name) > 1})


def evaluate(formula: str, values: dict):
    """Evaluate formula with each name bound to a number or an Interval."""
    return _eval(_parse(formula).body, values)


def _parse(formula: str) -> ast.Expression:
    try:
        tree = ast.parse(formula, mode="eval")
    except SyntaxError as error:
        raise FormulaError(f"cannot read formula {formula!r}: {error.msg}") from None
    for node in ast.walk(tree):
        if not isinstance(node, (ast.Expression, ast.BinOp, ast.UnaryOp, ast.USub, ast.Constant, ast.Name, ast.Load,
                                 *OPERATORS)):
            raise FormulaError(f"formula {formula!r} may use only + - * /, parentheses, numbers and input names")
        if isinstance(node, ast.Constant) and not isinstance(node.value, (int, float)):
            raise FormulaError(f"formula {formula!r} has a constant that is not a number: {node.value!r}")
    return tree


def _eval(node, values):
    if isinstance(node, ast.Constant):
        return node.value
    if isinstance(node, ast.Name):
        if node.id not in values:
            raise FormulaError(f"formula uses {node.id!r}, which is not one of its inputs ({', '.join(sorted(values))})")
        return values[node.id]
    if isinstance(node, ast.UnaryOp):
        return -_eval(node.operand, values)
    return OPERATORS[type(node.op)](_eval(node.left, values), _eval(node.right, values))
