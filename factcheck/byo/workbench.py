"""A participant's article folder (made by `new-article`): validate it and build its chapter.

Validation is the ledger's own (`load_ledger` on the folder), so a participant's
work meets the same rules as the report's. Blanks left to fill and real mistakes
are told apart: the chapter is built while only blanks remain (they read "to
fill"), and not while a mistake does (the template would fail on it anyway).
"""
from __future__ import annotations

import math
import os
import sys
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from factcheck import paths
from factcheck.byo.guard import FAILED_DIR, WHAT, guard
from factcheck.byo.scaffold import _cell
from factcheck.ledger.claims import load_ledger
from factcheck.files.problems import Problem, ValidationFailed

TEMPLATE = paths.NOTEBOOKS / "document.ipynb"
CHAPTERS = "articles"   # the folder of the chapters' pages, in a participant's own site and in a class book


@dataclass
class Review:
    """What validation found in a folder: mistakes to fix, blanks left to fill, and blanks left for later."""
    mistakes: list[Problem] = field(default_factory=list)
    blanks: list[Problem] = field(default_factory=list)
    titles: dict[str, str | None] = field(default_factory=dict)  # doc_id -> headline (None while blank)
    later: list[Problem] = field(default_factory=list)   # blanks in claim rows set aside (--first N, or 'later')
    first: int | None = None                              # --first N: only the first N claim rows count
    filled: int = 0                                       # intervals --check computed and wrote in

    @property
    def done(self) -> bool:
        return not (self.mistakes or self.blanks)

    @property
    def later_rows(self) -> list[int]:
        """The lines of claims.csv with blanks set aside: the claims a chapter lists as not yet filled in."""
        return sorted({p.line for p in self.later if p.line is not None})


LATER = "later"  # a claim row whose note says this is left for later

def review(folder: Path | str, first: int | None = None) -> Review:
    """Validate everything in folder at once, and every check it defines; unless there are mistakes, each title.

    first: only the first N claim rows count; blanks in the others, and in rows whose note says 'later',
    are set aside and counted, not listed."""
    folder = Path(folder)
    unsafe = guard(folder)
    if unsafe:
        return Review(mistakes=unsafe)
    filled = fill_computed(folder)
    try:
        ledger = load_ledger(folder, draft=True)
    except ValidationFailed as failed:
        found = Review(mistakes=[p for p in failed.problems if not p.to_fill],
                       blanks=[p for p in failed.problems if p.to_fill], filled=filled)
    else:
        found = Review(blanks=list(ledger.to_fill), filled=filled,
                       mistakes=checks_not_computable(ledger) + _unrated_problems(folder, ledger),
                       titles={doc_id: d.headline.get("text") or None for doc_id, d in ledger.documents.items()})
    deferred = _deferred_lines(folder, first)
    claims_file = paths.relative(folder / "data" / "claims.csv")
    found.later = [p for p in found.blanks if p.file == claims_file and p.line in deferred]
    found.first = first
    found.blanks = [p for p in found.blanks if p not in found.later]
    return found


def _deferred_lines(folder: Path, first: int | None) -> set[int]:
    """The lines of claims.csv set aside: after the first N rows, or with 'later' in their note."""
    rows = _claim_rows(folder / "data" / "claims.csv")[1]
    return {line for line, row in rows if (first is not None and line - 1 > first)
            or LATER in (row.get("note") or "").lower()}


def filled_in(folder: Path | str) -> dict[str, tuple[int, int]]:
    """Per article id in the folder's claims.csv: (claims filled in, claims in all); a claim row is filled in once
    no judgement cell of it is blank (report/drafts.py: the chapter lists the others as not yet filled in)."""
    from factcheck.report.drafts import blank_columns

    counts: dict[str, tuple[int, int]] = {}
    for _, row in _claim_rows(Path(folder) / "data" / "claims.csv")[1]:
        done, total = counts.get(row.get("doc_id") or "", (0, 0))
        counts[row.get("doc_id") or ""] = (done + (not blank_columns(row)), total + 1)
    return counts


def _unrated_problems(folder: Path, ledger) -> list[Problem]:
    """The folder's record file (review/references/not-found.yml, if it has one), for what its chapter reads of it:
    its shape (`statements:` and `facts:`, read once a statement is rated) and its `unrated:` statements, whose words
    the chapter lists as the article's, each anchor checked. (The report's own check also asks that each statement
    and reference named exists.) Every problem at once, each once."""
    from factcheck.checks.sourcing import unrated_problems
    from factcheck.sources.record import load_not_found

    problems = unrated_problems(folder, ledger.documents)
    try:
        load_not_found(folder)
    except ValidationFailed as failed:
        problems += [p for p in failed.problems if p not in problems]   # (a file that does not parse: said once)
    return problems


def checks_not_computable(ledger) -> list[Problem]:
    """Evaluate every check now, so a check the chapter could not compute is a mistake here, not a failed chapter."""
    from factcheck.checks.definitions import load_checks
    from factcheck.checks.verdicts import evaluate_check

    try:
        checks = load_checks(ledger.checks_file, set(ledger.claims["claim_id"]), ledger.documents)
    except ValidationFailed as failed:
        return list(failed.problems)
    problems = []
    for check in checks:
        try:
            outcome = evaluate_check(check, ledger)
            error = outcome.explanation if outcome.verdict == "undefined" else None
        except (ArithmeticError, ValueError) as raised:
            error = str(raised)
        if error:
            advice = ("the formula has no answer even with the figures as printed (a division by zero?): check the formula"
                      if _undefined_as_printed(check, ledger) else
                      "an input's range may hold zero or run the wrong way; check its hedge and value")
            problems.append(Problem(paths.relative(ledger.checks_file), check.line, "formula",
                                    f"check {check.id!r} cannot be computed from its inputs' intervals "
                                    f"({error.rstrip('.')}): {advice}"))
    return problems


def _undefined_as_printed(check, ledger) -> bool:
    """Whether a formula has no answer with each input at its printed value ("a / (b - b)"), not only over ranges."""
    import math

    from factcheck.checks.formulas import evaluate

    if check.operation != "formula" or not check.formula:
        return False
    try:
        printed = {name: float(ledger.claim(claim_id)["value"]) for name, claim_id in check.inputs.items()}
    except (TypeError, ValueError, KeyError):
        return False
    if not all(math.isfinite(value) for value in printed.values()):   # a word claim prints no figure: cannot tell
        return False
    try:
        evaluate(check.formula, printed)
    except (ArithmeticError, ValueError):
        return True
    return False


def fill_computed(folder: Path) -> int:
    """Write in the intervals a claim row leaves blank but its value, hedge and precision determine; the count."""
    from factcheck.ledger.hedges import interval_for

    path = folder / "data" / "claims.csv"
    header, rows = _claim_rows(path)
    if not rows or not {"value", "precision", "low", "high", "bounds"} <= set(header):
        return 0
    if len(set(header)) < len(header) or any(None in row or None in row.values() for _, row in rows):
        return 0   # a column named twice, a row of too many or too few cells: left as written for validation to
                   # name (rewritten, the table would lose cells or pad the row)
    filled = 0
    for _, row in rows:
        if any(row.get(c) for c in ("low", "high", "bounds")) or not row.get("value") or row.get("precision") in (None, ""):
            continue
        try:
            interval = interval_for(float(row["value"]), hedge=row.get("hedge") or "", precision=float(row["precision"]),
                                    unit=row.get("unit") or "",
                                    value_to=float(row["value_to"]) if row.get("value_to") else None)
        except ValueError:
            continue  # validation names what is wrong with the row
        row.update(low=_cell(interval.low), high=_cell(interval.high), bounds=interval.bounds)
        filled += 1
    if filled:
        import csv
        import io

        out = io.StringIO()
        writer = csv.DictWriter(out, fieldnames=header, lineterminator="\n")
        writer.writeheader()
        writer.writerows(row for _, row in rows)
        path.write_bytes(out.getvalue().encode("utf-8"))
    return filled


def _claim_rows(path: Path) -> tuple[list[str], list[tuple[int, dict]]]:
    """The header and (line, row) pairs of a claims.csv, or nothing when it cannot be read as CSV."""
    import csv

    try:
        with open(path, encoding="utf-8", newline="") as handle:
            reader = csv.DictReader(handle)
            rows = [(reader.line_num, row) for row in reader]
            return list(reader.fieldnames or []), rows
    except (OSError, UnicodeDecodeError, csv.Error):
        return [], []


def report(review: Review, folder: Path | str) -> str:
    """The review in plain words: what to fix, then what is left to fill, the same advice given once for many lines."""
    name = paths.relative(Path(folder))
    lines = []
    if review.filled:
        lines.append(f"{name}: wrote in {review.filled} interval{'s' if review.filled != 1 else ''} the value, hedge and "
                     "precision determine (data/claims.csv).")
    rows = len(review.later_rows)
    later = (f" ({len(review.later)} more blank{'s' if len(review.later) != 1 else ''} in {rows} "
             f"row{'s' if rows != 1 else ''} left for later)" if review.later else "")
    if review.done:
        done = ("everything is filled in and valid" if not review.later else
                f"the provenance and the first {review.first} claim rows are filled in and valid"
                if review.first is not None else "everything but the rows left for later is filled in and valid")
        return "\n".join(lines + [f"{name}: {done}{later}."])
    counts = []
    if review.mistakes:
        counts.append(f"{len(review.mistakes)} mistake{'s' if len(review.mistakes) != 1 else ''} to fix")
    if review.blanks:
        counts.append(f"{len(review.blanks)} blank{'s' if len(review.blanks) != 1 else ''} left to fill")
    lines.append(f"{name}: {' and '.join(counts)}{later}.")
    if review.mistakes:
        lines += ["", "To fix:"] + [f"  {plain(str(p))}" for p in review.mistakes]
    if review.blanks:
        lines += ["", "Left to fill:"] + [f"  {line}" for line in grouped(review.blanks)]
    return "\n".join(lines)


def grouped(problems: list[Problem]) -> list[str]:
    """One line per file, column and advice, naming every line it applies to: 'claims.csv lines 2-5, 8: ...'."""
    groups: dict[tuple, list[int | None]] = {}
    for p in problems:
        groups.setdefault((p.file, p.column, p.message), []).append(p.line)
    out = []
    for (file, column, message), numbers in groups.items():
        where = file if numbers == [None] else f"{file}:{numbers[0]}" if len(numbers) == 1 else \
            f"{file} lines {_spans(sorted(n for n in numbers if n is not None))}"
        out.append(plain(f"{where}:{f' column {column!r}:' if column else ''} {message}"))
    return out


def _spans(numbers: list[int]) -> str:
    spans, start = [], None
    for index, n in enumerate(numbers):
        if start is None:
            start = n
        if index + 1 == len(numbers) or numbers[index + 1] != n + 1:
            spans.append(str(start) if start == n else f"{start}-{n}")
            start = None
    return ", ".join(spans)


# Validation messages written for the report's maintainers, said in plain words for a participant.
PATTERN_WORDS = {
    r"[a-z][a-z0-9]*-[0-9]{2}": "the article's id, a dash and a number of two or more digits (for example 'ice24-07')",
    r"[a-z][a-z0-9]*-[0-9]{2,}": "the article's id, a dash and a number of two or more digits (for example 'ice24-07')",
    r"[a-z][a-z0-9_]*": "lower-case letters, digits and '_', starting with a letter (for example 'removals_fy2015')",
}


def plain(message: str) -> str:
    """No regular expression and no scientific notation in what a participant reads."""
    import re

    def pattern(match: re.Match) -> str:
        words = PATTERN_WORDS.get(match.group(1))
        return f"must be {words}" if words else "is not written in the expected form"

    message = re.sub(r"must match the pattern (\S+?)(?=[;,]? |$)", pattern, message)
    return re.sub(r"(?<![\w.])(-?\d+(?:\.\d+)?[eE][+-]?\d+)(?![\w.])", lambda m: _plain_number(float(m.group(1))), message)


def _plain_number(x: float) -> str:
    if not math.isfinite(x):   # 1e999: past what a float holds
        return "a number too large to compute with"
    return f"{int(x):,}" if x == int(x) and abs(x) < 1e18 else f"{x:,.6f}".rstrip("0").rstrip(".")


def chapter_path(folder: Path | str, doc_id: str) -> Path:
    return Path(folder) / f"{doc_id}.ipynb"


def build_chapter(folder: Path | str, doc_id: str, title: str | None = None):
    """Execute the document template on the folder's data (draft: blanks read "to fill") into <folder>/<doc_id>.ipynb.

    Returns the build's Outcome; on failure the traceback is kept in <folder>/_failed/."""
    from factcheck.files.confine import Unconfined, inside, refuse_links
    from factcheck.pipeline.execute import Job, Outcome, execute

    try:  # guard() refused links already; this holds even if one appeared since
        refuse_links(Path(folder) / FAILED_DIR, WHAT)
        inside(folder, chapter_path(folder, doc_id))
    except Unconfined as refused:
        return Outcome(str(chapter_path(folder, doc_id)), False, 0.0, "before the first cell", str(refused))
    folder = Path(folder).resolve()
    job = Job(page=str(chapter_path(folder, doc_id)), name=doc_id, template=str(TEMPLATE),
              output=str(chapter_path(folder, doc_id)),
              parameters={"doc_id": doc_id, "project_root": str(folder), "draft": True,
                          "article_pages": CHAPTERS},   # where its site and a class book put the articles' pages
              failed_dir=str(folder / FAILED_DIR), title=title or f"{doc_id} (draft)",
              cells_digest=True)   # so that an edit made in JupyterLab is told apart (edited.py)
    kernel_log = folder / FAILED_DIR / "kernel.log"
    with _kernel_environment(kernel_log):
        outcome = execute(job)
    if outcome.ok:
        kernel_log.unlink(missing_ok=True)
        _remove_if_empty(folder / FAILED_DIR)
    return outcome


@contextmanager
def _kernel_environment(kernel_log: Path):
    """The kernel imports this checkout's package, with the hash seed the book's build uses (stable output).

    Its chatter on stderr (ipykernel's TCP warning) goes to kernel_log, as in the book's build;
    the outcome carries the real errors."""
    saved = {key: os.environ.get(key) for key in ("PYTHONPATH", "PYTHONHASHSEED")}
    os.environ["PYTHONPATH"] = os.pathsep.join(filter(None, [str(paths.ROOT), saved["PYTHONPATH"]]))
    os.environ["PYTHONHASHSEED"] = "0"
    kernel_log.parent.mkdir(parents=True, exist_ok=True)
    sys.stderr.flush()
    stderr = os.dup(2)
    try:
        with open(kernel_log, "a", encoding="utf-8") as log:
            os.dup2(log.fileno(), 2)
            yield
    finally:
        os.dup2(stderr, 2)
        os.close(stderr)
        for key, value in saved.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value


def _remove_if_empty(folder: Path) -> None:
    if folder.is_dir() and not any(folder.iterdir()):
        folder.rmdir()
