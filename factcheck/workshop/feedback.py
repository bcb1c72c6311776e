"""What a checker says: right, not yet (with the reason), or not answered yet.

Feedback is text first: every result starts with a symbol *and* a word, so it
reads the same in a terminal, on a screen reader and in a page without colour.
It is deterministic (no ids, no times), so executed pages compare byte for byte.
"""
from __future__ import annotations

import math
from dataclasses import dataclass
from html import escape

RIGHT, NOT_YET, NOT_ANSWERED = "right", "not yet", "not answered yet"
SYMBOLS = {RIGHT: "✔", NOT_YET: "✘", NOT_ANSWERED: "…"}

# What the answer cells hold until the participant writes something.
PLACEHOLDER = Ellipsis


def is_placeholder(answer) -> bool:
    return answer is PLACEHOLDER


@dataclass(frozen=True)
class Result:
    """The verdict on one answer: its status, what was asked, and why (plain sentences)."""
    status: str
    question: str
    reasons: tuple[str, ...] = ()

    @property
    def line(self) -> str:
        why = " ".join(self.reasons)
        return f"{SYMBOLS[self.status]} {self.status}: {self.question}" + (f". {why}" if why else "")


class Feedback:
    """One or more results, shown as a list (HTML) or as lines of text."""

    def __init__(self, results: list[Result]):
        self.results = list(results)

    @property
    def all_right(self) -> bool:
        return all(r.status == RIGHT for r in self.results)

    @property
    def statuses(self) -> list[str]:
        return [r.status for r in self.results]

    def __repr__(self) -> str:
        return "\n".join(r.line for r in self.results)

    def _repr_html_(self) -> str:
        items = []
        for r in self.results:
            why = " ".join(escape(reason) for reason in r.reasons)
            items.append(f'<li class="feedback-{r.status.replace(" ", "-")}"><strong>{SYMBOLS[r.status]} '
                         f"{escape(r.status)}</strong>: {escape(r.question)}" + (f". {why}" if why else "") + "</li>")
        return f'<ul class="factcheck-feedback">{"".join(items)}</ul>'


def right(question: str, *reasons: str) -> Result:
    return Result(RIGHT, question, tuple(reasons))


def not_yet(question: str, *reasons: str) -> Result:
    return Result(NOT_YET, question, tuple(reasons))


def not_answered(question: str, hint: str = "replace the ... in the answer cell with your answer") -> Result:
    return Result(NOT_ANSWERED, question, (hint[0].upper() + hint[1:] + ".",))


def number(x: float) -> str:
    """6600.000000000001 -> '6,600'; 1.5199999999999998 -> '1.52'; inf -> '∞'."""
    if math.isinf(x):
        return "∞" if x > 0 else "-∞"
    rounded = float(f"{x:.6g}")
    if rounded.is_integer() and abs(rounded) < 1e15:
        return f"{int(rounded):,}"
    return f"{rounded:,.6g}" if abs(rounded) < 1e6 else f"{rounded:,.2f}"


def percent(fraction: float) -> str:
    """0.1 -> '10 %' (the tolerances of the hedge rules)."""
    return f"{number(100 * fraction)} %"


def same_number(a: float, b: float) -> bool:
    if math.isinf(a) or math.isinf(b):
        return a == b
    return math.isclose(a, b, rel_tol=1e-9, abs_tol=1e-9)
