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
from pathlib import Path

from factcheck import paths, usage
from factcheck.ledger.hedges import HedgeRules
from factcheck.ledger.intervals import Interval

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


@usage.remembered(maxsize=8)
def _load(path: str, mtime: float) -> Dictionary:
    """The dictionary, read with the project's YAML rules (no aliases) and checked: file:line for each bad entry."""
    from factcheck.files.problems import Collector, raise_if_any
    from factcheck.files.yamlfile import load_located

    problems = Collector(path)
    data = load_located(path, problems)
    raise_if_any(problems)
    if not isinstance(data, dict):
        problems.add(1, None, "expected a mapping with units: and metrics:")
        raise_if_any(problems)
    units, metrics = data.get("units") or {}, data.get("metrics") or {}
    for key, value in units.items():
        if not (isinstance(value, list) and len(value) == 2 and all(isinstance(v, str) and v for v in value)):
            problems.add(units.line_of(key), f"units.{key}", "expected [singular, plural], like [person, people]")
    for key, value in metrics.items():
        if not (isinstance(value, str) and value.strip()):
            problems.add(metrics.line_of(key), f"metrics.{key}", "expected the measure in words, for a reader")
    raise_if_any(problems)
    return Dictionary({k: tuple(v) for k, v in units.items()}, dict(metrics))


_dictionary_paths: dict = {}   # root -> its data/dictionary.yml (a theme page asks thousands of times)


def dictionary(root: Path | None = None) -> Dictionary:
    import os

    base = root or paths.ROOT
    path = _dictionary_paths.get(base)
    if path is None:
        path = _dictionary_paths[base] = Path(base) / "data" / "dictionary.yml"
    usage.note("file", "data/dictionary.yml")   # read from a cache after the first page: note it for every page
    try:
        mtime = os.stat(path).st_mtime
    except (FileNotFoundError, NotADirectoryError):   # a participant's folder may have none: names fall back to tidied ids
        return Dictionary({}, {})
    return _load(str(path), mtime)


def check_dictionary(claims, root: Path | None = None) -> None:
    """For `check`: every metric and unit the claims use has words for readers in data/dictionary.yml (when the
    project keeps one; a participant's folder does not, and its names fall back to tidied ids)."""
    from factcheck.files.problems import Collector, raise_if_any

    path = Path(root or paths.ROOT) / "data" / "dictionary.yml"
    if not path.exists():
        return
    words, problems = dictionary(root), Collector(path)
    for column, known, example in (("metric", words.metrics, 'removals: "Removals (deportations)"'),
                                   ("unit", words.units, "people: [person, people]")):
        for name in sorted({v for v in claims[column] if v and v not in known}):
            problems.add(None, f"{column}s", f"data/claims.csv uses the {column} {name!r}, which has no words for "
                                             f"readers here: add it under {column}s:, like {example}")
    raise_if_any(problems)


def mid_sentence(label: str) -> str:
    """A label as it reads inside a sentence: 'Removals' becomes 'removals', but 'ICE budget' keeps its capitals."""
    if len(label) > 1 and label[0].isupper() and not label[1].isupper():
        return label[0].lower() + label[1:]
    return label


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
    """'39.5% to 55.5%', 'more than 368,000 people', 'exactly 2,572 people', 'more than 0%, up to 100%'."""
    if interval.is_point:
        return f"exactly {quantity(interval.low, unit, root)}"
    if math.isinf(interval.high):
        return f"{'at least' if interval.low_closed else 'more than'} {quantity(interval.low, unit, root)}"
    if math.isinf(interval.low):
        return f"{'at most' if interval.high_closed else 'less than'} {quantity(interval.high, unit, root)}"
    if interval.low == 0 and not interval.low_closed:  # a word like "declining": anything above nothing
        return f"more than {quantity(0, unit, root)}, up to {quantity(interval.high, unit, root)}"
    return f"{quantity(interval.low, unit, root)} to {quantity(interval.high, unit, root)}"


def plural(count: int, singular: str, plural_form: str | None = None) -> str:
    return f"{count:,} {singular if count == 1 else (plural_form or singular + 's')}"


def statements_rated(count: int) -> str:
    """'12 statements rated'; with none, words, not '0 statements rated' (a participant's draft chapter)."""
    return "No statement here was rated" if count == 0 else f"{plural(count, 'statement')} rated"


MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def period(text: str) -> str:
    """A claim's period as a reader reads it: the ledger's '2008-10' (October 2008, which a reader took for 2008 to
    2010) is 'Oct 2008', '2014-06/2014-07' 'Jun–Jul 2014', '2024-07-21' '21 Jul 2024', 'FY2012/FY2015'
    'FY2012–FY2015'; every other word as written (a year range such as '2015-2016' included)."""
    import re

    def month(match: re.Match) -> str:
        number = int(match.group(2))
        return f"{MONTHS[number - 1]} {match.group(1)}" if 1 <= number <= 12 else match.group(0)

    def date(match: re.Match) -> str:
        number = int(match.group(2))
        return (f"{int(match.group(3))} {MONTHS[number - 1]} {match.group(1)}" if 1 <= number <= 12
                else match.group(0))

    text = re.sub(r"\b(\d{4})-(\d{2})-(\d{2})\b", date, text or "")
    text = re.sub(r"\b(\d{4})-(\d{2})\b(?!-\d)", month, text)
    text = re.sub(r"\b([A-Z][a-z]{2}) (\d{4})/([A-Z][a-z]{2}) \2\b", r"\1–\3 \2", text)   # Jun–Jul 2014
    return re.sub(r"(?<=\d)/(?=(?:[A-Z][a-z]{2} |FY)?\d)", "–", text)


def day(date: dt.date) -> str:
    """'24 August 2016'."""
    return f"{date.day} {date:%B %Y}"


def _provenance(document) -> None:
    """Note that the running page read an article's provenance (its outlet, headline, date): a page listing the
    articles was not run again when sources.yml changed a headline (the landing page kept the old one)."""
    usage.note("source", getattr(document, "id", ""))


def article_date(document) -> str:
    """When the article appeared, as a reader reads it, saying when it is inferred."""
    _provenance(document)
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
    _provenance(document)
    name = document.outlet.get("name") or "unknown outlet"
    if name.lower() == "unknown":
        return "Outlet unknown"
    return name if document.outlet.get("stated") else bracketed(name, "outlet inferred")


# a bracketed group, not empty, at the very end of a name: ' (wane.com)'; not ' ()', which a note would turn into
# '(; note)'
ENDING_GROUP = r"\s*\([^()]*[^()\s][^()]*\)$"


def bracketed(text: str, note: str) -> str:
    """'text (note)', or 'WANE 15 (wane.com; note)' when the text ends in brackets of its own: never two in a row."""
    import re

    if re.search(ENDING_GROUP, text):
        return f"{text[:-1]}; {note})"
    return f"{text} ({note})"


def without_brackets(name: str) -> str:
    """A name without the brackets at its end ('WANE 15 (wane.com)' -> 'WANE 15'), for a reference that is itself
    in brackets: '(WANE 15, 2024)', not '(WANE 15 (wane.com), 2024)'."""
    import re

    return re.sub(ENDING_GROUP, "", name) or name


def description(document) -> str:
    """The report's own neutral description of an article: its page title everywhere, never the outlet's words.
    An article whose headline is its own (or given by a record) has a `description` beside it; otherwise the
    headline field holds the description (`own: false`)."""
    _provenance(document)
    headline = document.headline
    return headline.get("description") or headline.get("text") or document.id


def outlets_headline(document) -> str | None:
    """The outlet's own headline, where the text (or a record it carries) gives it; else None."""
    _provenance(document)
    headline = document.headline
    return headline.get("text") if headline.get("own") else None


def headline_note(document) -> str:
    """The headline, quoted and marked as the outlet's, or that none is known: the same words on every page."""
    _provenance(document)
    headline = document.headline
    if headline.get("own") is None:
        return "headline: to fill"
    theirs = outlets_headline(document)
    if theirs is None:
        return "no headline of its own survives in the text"
    given = f", as {headline['given_by']} gives it" if headline.get("given_by") else ""
    return f"the outlet's headline{given}: “{theirs}”"


def short_name(document) -> str:
    """An article named in a list: 'The Daily Signal, 2016' ('WANE 15, 2024' for 'WANE 15 (wane.com)'); by the
    start of its headline when the outlet is unknown. The article's own page says what was inferred, and from what."""
    _provenance(document)
    name = document.outlet.get("name") or ""
    if not name or name.lower() == "unknown":
        words = description(document).split()
        name = ("“" + " ".join(words[:5]) + ("…”" if len(words) > 5 else "”")) if words else "An unnamed article"
    name = without_brackets(name)
    return f"{name}, {year(document)}" if year(document) else name


def year(document) -> str:
    """'2016', or '2024–25' when the article's date is known only to lie across two years; '' when unknown."""
    _provenance(document)
    date = document.date
    if date.get("published"):
        return str(date["published"].year)
    earliest, latest = date.get("earliest"), date.get("latest")
    if earliest is None or latest is None:
        return ""
    return str(earliest.year) if earliest.year == latest.year else f"{earliest.year}–{latest.year % 100:02d}"


def short_date(document) -> str:
    """'May 2016', '24 August 2016' or 'June 2024 to January 2025': when an article appeared, briefly."""
    _provenance(document)
    date = document.date
    if date.get("published"):
        return day(date["published"])
    earliest, latest = date.get("earliest"), date.get("latest")
    if earliest is None or latest is None:
        return "date to fill"
    if earliest == latest:
        return day(earliest)
    if (earliest.year, earliest.month) == (latest.year, latest.month):
        return f"{earliest:%B %Y}"
    return f"{earliest:%B %Y} to {latest:%B %Y}"


def tolerances_sentence(rules: HedgeRules) -> str:
    """The rule set's tolerances in one sentence, for a reader rather than as a table of field names."""
    def share(fraction: float) -> str:
        return f"{figure(100 * fraction)}%"

    return (f"Under the {rules.name} rules, “about” allows {share(rules.about)} either side of the stated number, "
            f"“almost” up to {share(rules.almost)} below it, and “a little more than” up to "
            f"{share(rules.a_little_more)} above it.")
