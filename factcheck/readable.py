"""Numbers, units, dates and names as a reader reads them: the one place pages turn data into words.

* Quantities get their unit from the data dictionary (data/dictionary.yml) and three or
  four significant figures: "409,000 people", "$2.75 billion", "1.67%".
* Ranges read "39.5% to 55.5%"; the exact bracket notation stays in tooltips and CSV.
* Plurals are right: "1 check", "2 checks".
* Metrics, units and articles are named in words, never by their internal ids.
"""
from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from . import paths
from .intervals import Interval

SCALES = ((1e12, "trillion"), (1e9, "billion"), (1e6, "million"))


@dataclass(frozen=True)
class Dictionary:
    units: dict[str, tuple[str, str]]
    metrics: dict[str, str]

    def metric(self, metric: str) -> str:
        return self.metrics.get(metric, metric.replace("_", " ").capitalize() if metric else "")

    def unit(self, unit: str, count: float = 2) -> str:
        singular, plural = self.units.get(unit, (unit.replace("_", " "), unit.replace("_", " ")))
        return singular if count == 1 else plural


@lru_cache(maxsize=8)
def _load(path: str, mtime: float) -> Dictionary:
    import yaml

    data = yaml.safe_load(Path(path).read_text(encoding="utf-8")) or {}
    return Dictionary({k: tuple(v) for k, v in (data.get("units") or {}).items()}, dict(data.get("metrics") or {}))


def dictionary(root: Path | None = None) -> Dictionary:
    path = Path(root or paths.ROOT) / "data" / "dictionary.yml"
    if not path.exists():   # a participant's folder may have none: names fall back to tidied ids
        return Dictionary({}, {})
    return _load(str(path), path.stat().st_mtime)


def missing_words(claims, root: Path | None = None) -> list[str]:
    """Metrics and units the claims use that the dictionary does not name (for `check`)."""
    words = dictionary(root)
    missing = sorted({f"metric {m!r}" for m in claims["metric"] if m and m not in words.metrics}
                     | {f"unit {u!r}" for u in claims["unit"] if u and u not in words.units})
    return missing


def figure(x: float, digits: int = 4) -> str:
    """A number to three or four significant figures, with thousands separators and no trailing zeros."""
    if x is None or (isinstance(x, float) and math.isnan(x)):
        return "–"
    if math.isinf(x):
        return "no upper limit" if x > 0 else "no lower limit"
    if float(x).is_integer() and abs(x) < 1e6:
        return f"{int(x):,}"
    for size, word in SCALES:
        if abs(x) >= size:
            return f"{_sig(x / size, digits)} {word}"
    if abs(x) >= 1000:
        return f"{round(x):,}"
    return _sig(x, digits)


def _sig(x: float, digits: int) -> str:
    if x == 0:
        return "0"
    decimals = max(0, digits - 1 - int(math.floor(math.log10(abs(x)))))
    text = f"{x:,.{decimals}f}"
    return text.rstrip("0").rstrip(".") if "." in text else text


def quantity(x: float, unit: str, root: Path | None = None, digits: int = 4) -> str:
    """'409,000 people', '$2.75 billion', '66%'."""
    shown = figure(x, digits)
    if math.isinf(x) or (isinstance(x, float) and math.isnan(x)):
        return shown
    if unit == "percent":
        return f"{shown}%"
    if unit == "usd":
        return f"${shown}"
    return f"{shown} {dictionary(root).unit(unit, x)}"


def span(interval: Interval, unit: str, root: Path | None = None) -> str:
    """'39.5% to 55.5%', 'more than 368,000 people', 'exactly 2,572 people'."""
    if interval.is_point:
        return f"exactly {quantity(interval.low, unit, root)}"
    if math.isinf(interval.high):
        return f"{'at least' if interval.low_closed else 'more than'} {quantity(interval.low, unit, root)}"
    if math.isinf(interval.low):
        return f"{'at most' if interval.high_closed else 'less than'} {quantity(interval.high, unit, root)}"
    return f"{quantity(interval.low, unit, root)} to {quantity(interval.high, unit, root)}"


def plural(count: int, singular: str, plural_form: str | None = None) -> str:
    return f"{count:,} {singular if count == 1 else (plural_form or singular + 's')}"


def day(date: dt.date) -> str:
    """'24 August 2016'."""
    return f"{date.day} {date:%B %Y}"


def article_date(document) -> str:
    """When the article appeared, as a reader reads it, saying when it is inferred."""
    date = document.date
    if date.get("published"):
        return day(date["published"])
    earliest, latest = date.get("earliest"), date.get("latest")
    if earliest is None and latest is None:
        return "date to fill"
    if earliest == latest:
        return f"{day(earliest)} (not printed; from the record)" if date.get("record") else f"{day(earliest)} (inferred)"
    return f"between {day(earliest)} and {day(latest)} (not printed; inferred)"


def outlet(document) -> str:
    """The outlet's name, saying so when the text does not state it."""
    name = document.outlet.get("name") or "unknown outlet"
    if name.lower() == "unknown":
        return "Outlet unknown"
    return name if document.outlet.get("stated") else f"{name} (inferred)"
