"""What a checker says: right, not yet (with the reason), not answered yet, or solution shown.

Feedback is text first: every result starts with a symbol *and* a word, so it
reads the same in a terminal, on a screen reader and in a page without colour.
It is deterministic (no ids, no times), so executed pages compare byte for byte.

Feedback teaches without steering: a "not yet" names the rule an answer breaks, in
words, never which way to move or which items are extra. Attempts are capped per
item (`Attempts`, CAP different wrong answers): after the last one the item is
closed, the worked solution shows, and no later answer to it counts as right. An
answer that cannot be read (a typo, a missing reason) costs no attempt.
"""
from __future__ import annotations

import math
from dataclasses import dataclass
from html import escape

RIGHT, NOT_YET, NOT_ANSWERED, SHOWN = "right", "not yet", "not answered yet", "solution shown"
SYMBOLS = {RIGHT: "✔", NOT_YET: "✘", NOT_ANSWERED: "…", SHOWN: "⊘"}
CAP = 3  # different wrong answers per item before its worked solution shows

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
    counts: bool = True   # False for an answer that could not be read: it costs no attempt

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


def unreadable(question: str, *reasons: str) -> Result:
    """Not yet, because the answer could not be read (its form, a missing reason): no attempt is used."""
    return Result(NOT_YET, question, tuple(reasons), counts=False)


class Attempts:
    """Different wrong answers per item, capped; past the cap the item shows its worked solution.

    One per notebook kernel (`ATTEMPTS`), so re-running a cell with the same answer costs nothing,
    and a new wrong answer costs one. It keeps honest people honest; it is no lock (restarting the
    kernel starts again), which is why the class works on variants whose answers are on no page.
    """

    def __init__(self, cap: int = CAP):
        if cap < 1:
            raise ValueError(f"the attempt cap must be 1 or more; found {cap!r}")
        self.cap = cap
        self._wrong: dict[str, set[str]] = {}

    def used(self, item: str) -> int:
        return len(self._wrong.get(item, ()))

    def closed(self, item: str) -> bool:
        return self.used(item) >= self.cap

    def judge(self, item: str, answer, result: Result, solution) -> Result:
        """The result as the participant sees it: counted, capped, and past the cap the solution (a callable)."""
        if result.status == NOT_ANSWERED or not result.counts:
            return result
        if self.closed(item):
            return Result(SHOWN, result.question, (f"The {self.cap} attempts for this item are used, so no answer to "
                                                   f"it counts now. The worked solution: {solution()}",))
        if result.status == RIGHT:
            return result
        wrong = self._wrong.setdefault(item, set())
        wrong.add(repr(answer))
        if self.closed(item):
            return Result(SHOWN, result.question, result.reasons + (
                f"That was attempt {self.cap} of {self.cap}. The worked solution: {solution()}",))
        left = self.cap - len(wrong)
        return Result(NOT_YET, result.question, result.reasons + (
            f"{left} attempt{'s' if left != 1 else ''} left for this item.",))

    def reset(self) -> None:
        self._wrong.clear()


ATTEMPTS = Attempts()


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
