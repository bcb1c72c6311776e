"""Corrections kept by the machine: the verdicts each release published, and every change to one since.

data/published_verdicts.csv records, for each release (dated by data/report.yml's
`reviewed`), every statement's published verdict. `python -m factcheck release`
adds the current verdicts as a release; the file is committed with it. A verdict
that differs from the one published before it (between two releases, or between
the last release and the data now) is a correction: the About page lists it,
dated, old -> new with the reason now given, and its ClaimReview carries
`dateModified`. Nobody writes these lines by hand, so none is forgotten. A reason
rewritten under the same rating is no correction on the About page, but it modifies
the review: its ClaimReview's `dateModified` says so.
"""
from __future__ import annotations

import csv
import datetime as dt
import io
from dataclasses import dataclass
from pathlib import Path

from factcheck import paths
from factcheck.files.problems import Collector, raise_if_any

PUBLISHED = Path("data") / "published_verdicts.csv"
FIELDS = ("release", "statement_id", "rating", "materiality", "why")


@dataclass(frozen=True)
class Change:
    date: dt.date
    statement_id: str
    quote: str
    article: str
    old: str                 # "wrong, material"
    new: str                 # "accurate, minor", or "withdrawn"
    why: str

    @property
    def line(self) -> str:
        return f"“{self.quote}” ({self.article}): {self.old} → {self.new}. {self.why}".strip()


def releases(root: Path | None = None) -> dict[dt.date, dict[str, tuple[str, str, str]]]:
    """Each release's verdicts, oldest release first: {date: {statement_id: (rating, materiality, why)}}."""
    path = Path(root or paths.ROOT) / PUBLISHED
    if not path.exists():
        return {}
    problems = Collector(path)
    found: dict[dt.date, dict] = {}
    rows = csv.DictReader(io.StringIO(path.read_text(encoding="utf-8")))
    if tuple(rows.fieldnames or ()) != FIELDS:
        problems.add(1, None, f"expected the columns {', '.join(FIELDS)}")
        raise_if_any(problems)
    for number, row in enumerate(rows, start=2):
        try:
            date = dt.date.fromisoformat(row["release"])
        except (TypeError, ValueError):
            problems.add(number, "release", f"expected a date, YYYY-MM-DD; found {row['release']!r}")
            continue
        found.setdefault(date, {})[row["statement_id"]] = (row["rating"], row["materiality"], row["why"])
    raise_if_any(problems)
    return dict(sorted(found.items()))


def current(results) -> dict[str, tuple[str, str, str]]:
    from factcheck.checks.statements import statements_of

    return {s.id: (s.rating, s.materiality, s.rating_why) for s in statements_of(results)}


def _steps(root: Path | None, results) -> list[tuple[tuple, tuple]]:
    """Each release's verdicts paired with the next's, then the last release's with the verdicts now (dated the
    review date, or the last release's) where they differ; none before the first release."""
    from factcheck.checks.desk import load_desk

    steps = list(releases(root).items())
    now = current(results)
    if steps and steps[-1][1] != now:
        steps.append((max(load_desk(root).reviewed, steps[-1][0]), now))
    return list(zip(steps, steps[1:]))


def changes(root: Path | None, ledger, results=None) -> list[Change]:
    """Every change of a published verdict, newest first: release to release, then the last release to now."""
    from factcheck.checks.statements import statements_of
    from factcheck.report.chapters import article_name
    from factcheck.report.register import outcomes

    results = results if results is not None else outcomes(ledger)
    statements = {s.id: s for s in statements_of(results)}
    found = []
    for (_, before), (date, after) in _steps(root, results):
        for statement_id, old in before.items():
            new = after.get(statement_id)
            if new is not None and new[:2] == old[:2]:
                continue
            statement = statements.get(statement_id)
            found.append(Change(date, statement_id, statement.quote if statement else statement_id,
                                article_name(statement.doc_id, ledger) if statement else "",
                                f"{old[0]}, {old[1]}", f"{new[0]}, {new[1]}" if new else "withdrawn",
                                new[2] if new else "The statement is no longer rated."))
    return sorted(found, key=lambda c: c.date, reverse=True)


def history(root: Path | None, ledger, results) -> dict[str, tuple[dt.date, dt.date | None]]:
    """For each of these statements (outcomes or statements) a release published as a review: (first published,
    last changed or None). A statement is published as a review from the first release that rates it other than
    "cannot be checked" (which is no review); the change that rated it then is its publication, not a change.
    Changed means any part of the published verdict: its rating, its materiality, or its reason alone (a review
    whose explanation was rewritten was modified, though its rating held)."""
    from factcheck.checks.statements import statements_of
    from factcheck.report.register import outcomes

    published = releases(root)
    results = results if results is not None else outcomes(ledger)
    wanted = {s.id for s in statements_of(results)}
    dates: dict[str, tuple[dt.date, dt.date | None]] = {}
    for date, verdicts in published.items():
        for statement_id, (rating, _, _) in verdicts.items():
            if rating != "cannot be checked" and statement_id in wanted:
                dates.setdefault(statement_id, (date, None))
    for (_, before), (date, after) in _steps(root, results):
        for statement_id, verdict in after.items():
            if statement_id not in wanted or before.get(statement_id) in (None, verdict):
                continue
            if statement_id in dates:
                first = dates[statement_id][0]
                if date > first:
                    dates[statement_id] = (first, date)
            elif verdict[0] != "cannot be checked":   # rated now, after releases that could not check it
                dates[statement_id] = (date, None)
    return dates


def record_release(root: Path | None, ledger, results=None) -> Path:
    """Add the current verdicts as the release dated data/report.yml's `reviewed` (replacing that date's rows)."""
    from factcheck.checks.desk import load_desk
    from factcheck.report.register import outcomes

    root = Path(root or paths.ROOT)
    date = load_desk(root).reviewed
    published = releases(root)
    published[date] = current(results if results is not None else outcomes(ledger))
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(FIELDS)
    for release, verdicts in sorted(published.items()):
        for statement_id, (rating, materiality, why) in sorted(verdicts.items()):
            writer.writerow([release.isoformat(), statement_id, rating, materiality, why])
    path = root / PUBLISHED
    path.write_text(out.getvalue(), encoding="utf-8")
    return path


def register(commands) -> None:
    release = commands.add_parser(
        "release", help="record the current verdicts as a release in data/published_verdicts.csv",
        description="Record every statement's current verdict as the release dated by data/report.yml's reviewed "
                    "(replacing that date's rows). Commit the file with the release: a verdict that changes after it "
                    "adds a dated line to the About page's corrections log and dateModified to its ClaimReview.")
    release.add_argument("--root", default=None, help="repository root (default: this checkout)")
    release.set_defaults(run=run_release)


def run_release(args) -> int:
    import sys

    from factcheck.files.problems import ValidationFailed
    from factcheck.ledger.claims import load_ledger

    try:
        ledger = load_ledger(args.root)
        path = record_release(args.root, ledger)
    except ValidationFailed as failed:
        print(failed, file=sys.stderr)
        return 1
    print(f"recorded {len(releases(args.root)[max(releases(args.root))])} verdicts in {path}")
    return 0
