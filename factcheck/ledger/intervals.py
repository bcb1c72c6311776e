"""Closed, open and half-open intervals with the arithmetic a fact-checker needs.

A hedged or rounded number is not a point: "about 1.6 percent" is a range, and
so is "66 percent" (it means [65.5, 66.5)). Every derivation in the report
propagates such ranges through + - * /, keeping track of whether each end is
included, so that "is 98 / 6,000 about 1.6 percent?" gets an honest answer.
"""
from __future__ import annotations

import math
from dataclasses import dataclass

INF = math.inf


@dataclass(frozen=True)
class Interval:
    low: float
    high: float
    low_closed: bool = True
    high_closed: bool = True

    def __post_init__(self):
        if math.isnan(self.low) or math.isnan(self.high):
            raise ValueError("an interval bound cannot be NaN")
        if self.low > self.high:
            raise ValueError(f"interval low {self.low} is above high {self.high}")
        # An infinite end is never attained, whatever was asked.
        if math.isinf(self.low) and self.low_closed:
            object.__setattr__(self, "low_closed", False)
        if math.isinf(self.high) and self.high_closed:
            object.__setattr__(self, "high_closed", False)
        if self.low == self.high and not (self.low_closed and self.high_closed):
            raise ValueError(f"empty interval at {self.low}")

    # ---- construction -------------------------------------------------
    @classmethod
    def point(cls, value: float) -> "Interval":
        return cls(value, value, True, True)

    @classmethod
    def from_bounds(cls, low: float, high: float, bounds: str) -> "Interval":
        """Build from the ledger's notation: bounds is one of [] [) (] ()."""
        if bounds not in BOUNDS:
            raise ValueError(f"bounds must be one of {', '.join(BOUNDS)}, got {bounds!r}")
        return cls(low, high, bounds[0] == "[", bounds[1] == "]")

    @property
    def bounds(self) -> str:
        return ("[" if self.low_closed else "(") + ("]" if self.high_closed else ")")

    # ---- questions ----------------------------------------------------
    @property
    def is_point(self) -> bool:
        return self.low == self.high

    @property
    def width(self) -> float:
        return self.high - self.low

    @property
    def midpoint(self) -> float:
        if math.isinf(self.low) or math.isinf(self.high):
            return self.low if math.isinf(self.high) else self.high
        return (self.low + self.high) / 2

    def __contains__(self, x: float) -> bool:
        above = x > self.low or (self.low_closed and x == self.low)
        below = x < self.high or (self.high_closed and x == self.high)
        return above and below

    def contains_interval(self, other: "Interval") -> bool:
        """True when every point of other lies in self."""
        low_ok = other.low > self.low or (other.low == self.low and (self.low_closed or not other.low_closed))
        high_ok = other.high < self.high or (other.high == self.high and (self.high_closed or not other.high_closed))
        return low_ok and high_ok

    def intersects(self, other: "Interval") -> bool:
        if self.high < other.low or other.high < self.low:
            return False
        if self.high == other.low:
            return self.high_closed and other.low_closed
        if other.high == self.low:
            return other.high_closed and self.low_closed
        return True

    def clip(self, domain: "Interval") -> "Interval":
        """The part of self inside domain: a share computed from hedged counts cannot leave [0, 100]."""
        if not self.intersects(domain):
            raise ValueError(f"{self} lies wholly outside {domain}, the range such a result can take")
        if domain.low > self.low or (domain.low == self.low and not domain.low_closed):
            low, low_closed = domain.low, domain.low_closed
        else:
            low, low_closed = self.low, self.low_closed
        if domain.high < self.high or (domain.high == self.high and not domain.high_closed):
            high, high_closed = domain.high, domain.high_closed
        else:
            high, high_closed = self.high, self.high_closed
        return Interval(low, high, low_closed, high_closed)

    # ---- arithmetic ---------------------------------------------------
    def __add__(self, other):
        other = _as_interval(other)
        return Interval(self.low + other.low, self.high + other.high,
                        self.low_closed and other.low_closed,
                        self.high_closed and other.high_closed)

    __radd__ = __add__

    def __neg__(self):
        return Interval(-self.high, -self.low, self.high_closed, self.low_closed)

    def __sub__(self, other):
        return self + (-_as_interval(other))

    def __rsub__(self, other):
        return _as_interval(other) - self

    def __mul__(self, other):
        other = _as_interval(other)
        candidates = []
        for a, a_closed in ((self.low, self.low_closed), (self.high, self.high_closed)):
            for b, b_closed in ((other.low, other.low_closed), (other.high, other.high_closed)):
                candidates.append((_mul(a, b), a_closed and b_closed))
        return _hull(candidates)

    __rmul__ = __mul__

    def reciprocal(self) -> "Interval":
        if 0 in self or (self.low < 0 < self.high):
            raise ZeroDivisionError(f"cannot divide by {self}: it contains zero")
        if self.low == 0:  # (0, b] -> [1/b, inf)
            return Interval(1 / self.high, INF, self.high_closed, False)
        if self.high == 0:  # [a, 0) -> (-inf, 1/a]
            return Interval(-INF, 1 / self.low, False, self.low_closed)
        return Interval(_inv(self.high), _inv(self.low), self.high_closed, self.low_closed)

    def __truediv__(self, other):
        return self * _as_interval(other).reciprocal()

    def __rtruediv__(self, other):
        return _as_interval(other) * self.reciprocal()

    def scale(self, factor: float) -> "Interval":
        return self * factor

    def __str__(self) -> str:
        low, high = _ends(self.low, self.high)
        return f"{self.bounds[0]}{low}, {high}{self.bounds[1]}"


BOUNDS = ("[]", "[)", "(]", "()")


def _as_interval(x) -> Interval:
    return x if isinstance(x, Interval) else Interval.point(float(x))


def _inv(x: float) -> float:
    return 0.0 if math.isinf(x) else 1 / x


def _mul(a: float, b: float) -> float:
    # 0 * inf appears when an unbounded interval meets a zero end: the product is 0.
    if a == 0 or b == 0:
        return 0.0
    return a * b


def _hull(candidates: list[tuple[float, bool]]) -> Interval:
    low = min(v for v, _ in candidates)
    high = max(v for v, _ in candidates)
    low_closed = any(c for v, c in candidates if v == low)
    high_closed = any(c for v, c in candidates if v == high)
    return Interval(low, high, low_closed, high_closed)


def _ends(low: float, high: float) -> tuple[str, str]:
    """Both ends as a reader reads them, with more digits where the interval is narrow for the digits shown.

    "21.38 percent" allows [21.375, 21.385): at four figures both ends would read 21.38 (an interval that looks
    empty), or 21.38 and 21.39 (one that looks twice as wide). More digits are added until the interval spans at
    least ten units of the last digit shown, so most intervals read as before."""
    extra = 0
    while extra < 12 and low != high and not math.isinf(high - low) and (high - low) < 10 * _last_digit(low, high, extra):
        extra += 1
    return _fmt(low, extra), _fmt(high, extra)


def _last_digit(low: float, high: float, extra: int) -> float:
    """The value of the last digit `_fmt` shows for the larger end."""
    largest = max(abs(low), abs(high))
    if largest >= 1000:
        return 10.0 ** -extra if not (float(low).is_integer() and float(high).is_integer()) else 1.0
    return 10.0 ** (math.floor(math.log10(largest)) - 3 - extra) if largest > 0 else 0.0


def _fmt(x: float, extra: int = 0) -> str:
    """An end as a reader reads it: whole numbers in full, others to four significant figures (plus `extra`)."""
    if math.isinf(x):
        return "∞" if x > 0 else "-∞"
    if float(x).is_integer():
        return f"{x:,.0f}"
    if abs(x) >= 1000:
        return f"{x:,.{extra}f}"
    return f"{x:,.{4 + extra}g}"
