"""Validation problems that name the file, the line and the column, and say what was expected.

Validators collect every problem they find (not just the first) and raise
`ValidationFailed` once, so a person fixing a file sees the whole list.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from factcheck.paths import relative


@dataclass(frozen=True)
class Problem:
    file: str
    line: int | None
    column: str | None
    message: str
    to_fill: bool = False  # a judgement cell still blank in a draft, not a mistake (see `load_ledger(draft=True)`)

    def __str__(self) -> str:
        where = self.file if self.line is None else f"{self.file}:{self.line}"
        col = f" column '{self.column}':" if self.column else ""
        return f"{where}:{col} {self.message}"


class ValidationFailed(Exception):
    def __init__(self, problems: list[Problem]):
        self.problems = list(problems)
        count = len(self.problems)
        lines = [f"{count} problem{'s' if count != 1 else ''} found:"] + [f"  {p}" for p in self.problems]
        super().__init__("\n".join(lines))


class Collector:
    """Gathers problems for one file."""

    def __init__(self, path: Path | str):
        # named (resolved against the repository) when first needed: a validator makes thousands of collectors
        # (one per claim at 200 articles), most never used; a Path given is kept as it is (Path() parses it again)
        self._path = path if isinstance(path, Path) else Path(path)
        self._file: str | None = None
        self.problems: list[Problem] = []

    @property
    def file(self) -> str:
        if self._file is None:
            self._file = relative(self._path)
        return self._file

    def add(self, line: int | None, column: str | None, message: str, to_fill: bool = False) -> None:
        self.problems.append(Problem(self.file, line, column, message, to_fill))

    def __bool__(self) -> bool:
        return bool(self.problems)

    @property
    def errors(self) -> list[Problem]:
        """The problems that are mistakes, not blanks left to fill."""
        return [p for p in self.problems if not p.to_fill]


def raise_if_any(*collectors: Collector, allow_blanks: bool = False) -> list[Problem]:
    """Raise when any collector holds a problem; returns the blanks left to fill.

    allow_blanks: only mistakes raise; blanks left to fill are returned (a draft)."""
    problems = [p for c in collectors for p in c.problems]
    blocking = [p for p in problems if not (allow_blanks and p.to_fill)]
    if blocking:
        raise ValidationFailed(problems)
    return [p for p in problems if p.to_fill]


def read_bytes(path: Path, problems: Collector) -> bytes | None:
    """A data file's bytes, or None with why it could not be read in problems (a folder, no permission...)."""
    try:
        return Path(path).read_bytes()
    except IsADirectoryError:
        problems.add(None, None, "is a folder, not a file")
    except OSError as error:
        problems.add(None, None, f"cannot be read: {error.strerror}")
    return None
