"""Validation problems that name the file, the line and the column, and say what was expected.

Validators collect every problem they find (not just the first) and raise
`ValidationFailed` once, so a person fixing a file sees the whole list.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from .paths import relative


@dataclass(frozen=True)
class Problem:
    file: str
    line: int | None
    column: str | None
    message: str

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
        self.file = relative(Path(path))
        self.problems: list[Problem] = []

    def add(self, line: int | None, column: str | None, message: str) -> None:
        self.problems.append(Problem(self.file, line, column, message))

    def __bool__(self) -> bool:
        return bool(self.problems)


def raise_if_any(*collectors: Collector) -> None:
    problems = [p for c in collectors for p in c.problems]
    if problems:
        raise ValidationFailed(problems)
