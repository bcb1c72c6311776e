"""Who stands behind the report and when it was reviewed: data/report.yml, validated.

The review date is an editorial fact kept in data, so the site and ClaimReview say
when people last reviewed the judgements, never when the build happened to run.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

from factcheck import paths
from factcheck.checks.evidence import plain
from factcheck.files.problems import Collector, raise_if_any
from factcheck.files.yamlfile import load_located


@dataclass(frozen=True)
class Correction:
    date: dt.date
    what: str
    why: str


@dataclass(frozen=True)
class Desk:
    name: str
    checked_by: tuple[str, ...]
    reviewed: dt.date
    report_errors: str
    corrections: tuple[Correction, ...] = field(default_factory=tuple)


def reviewed(root: Path | None = None) -> bool:
    """Whether the desk stands behind the data under root: only the report's own (root None, or this checkout).
    Never a participant's folder (new-article), whatever it holds: a data/report.yml of its own could name any desk.
    Its chapter is a draft no desk has reviewed, and names none."""
    return not root or Path(root).resolve() == paths.ROOT.resolve()   # ('': this checkout, as load_ledger reads it)


def load_desk(root: Path | None = None) -> Desk:
    path = Path(root or paths.ROOT) / "data" / "report.yml"
    problems = Collector(path)
    if not path.exists():
        problems.add(None, None, "file not found: the report's desk, review date and corrections live here")
        raise_if_any(problems)
    data = load_located(path)
    if not isinstance(data, dict):
        problems.add(1, None, "expected a mapping with desk, checked_by, reviewed, report_errors, corrections")
        raise_if_any(problems)
    for key, kind in (("desk", str), ("report_errors", str), ("checked_by", list), ("reviewed", dt.date)):
        if not isinstance(data.get(key), kind) or isinstance(data.get(key), dt.datetime):
            want = {str: "text", list: "a list of names", dt.date: "a date, YYYY-MM-DD"}[kind]
            problems.add(data.line_of(key) if key in data else 1, key, f"expected {want}")
    corrections = []
    for entry in data.get("corrections") or []:
        if not (isinstance(entry, dict) and isinstance(entry.get("date"), dt.date)
                and all(isinstance(entry.get(k), str) and entry[k].strip() for k in ("what", "why"))):
            problems.add(getattr(entry, "line", None), "corrections", "each correction needs date (YYYY-MM-DD), what and why")
            continue
        corrections.append(Correction(entry["date"], plain(entry["what"]), plain(entry["why"])))   # markers: the desk's
    raise_if_any(problems)
    return Desk(data["desk"], tuple(data["checked_by"]), data["reviewed"], data["report_errors"],
                tuple(sorted(corrections, key=lambda c: c.date, reverse=True)))
