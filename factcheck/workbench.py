"""A participant's article folder (made by `new-article`): validate it and build its chapter.

Validation is the ledger's own (`load_ledger` on the folder), so a participant's
work meets the same rules as the report's. Blanks left to fill and real mistakes
are told apart: the chapter is built while only blanks remain (they read "to
fill"), and not while a mistake does (the template would fail on it anyway).
"""
from __future__ import annotations

import os
import sys
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from . import paths
from .ledger import load_ledger
from .problems import Problem, ValidationFailed

TEMPLATE = paths.NOTEBOOKS / "document.ipynb"
FAILED_DIR = "_failed"  # inside the folder: a failed chapter's traceback and partial notebook


@dataclass
class Review:
    """What validation found in a folder: mistakes to fix and blanks left to fill."""
    mistakes: list[Problem] = field(default_factory=list)
    blanks: list[Problem] = field(default_factory=list)
    titles: dict[str, str | None] = field(default_factory=dict)  # doc_id -> headline (None while blank)

    @property
    def done(self) -> bool:
        return not (self.mistakes or self.blanks)


def review(folder: Path | str) -> Review:
    """Validate everything in folder at once; unless there are mistakes, also each document's title."""
    try:
        ledger = load_ledger(folder, draft=True)
    except ValidationFailed as failed:
        return Review(mistakes=[p for p in failed.problems if not p.to_fill],
                      blanks=[p for p in failed.problems if p.to_fill])
    return Review(blanks=list(ledger.to_fill),
                  titles={doc_id: d.headline.get("text") or None for doc_id, d in ledger.documents.items()})


def report(review: Review, folder: Path | str) -> str:
    """The review in words: what to fix, then what is left to fill, each as file:line: column '...': advice."""
    name = paths.relative(Path(folder))
    if review.done:
        return f"{name}: everything is filled in and valid."
    counts = []
    if review.mistakes:
        counts.append(f"{len(review.mistakes)} mistake{'s' if len(review.mistakes) != 1 else ''} to fix")
    if review.blanks:
        counts.append(f"{len(review.blanks)} blank{'s' if len(review.blanks) != 1 else ''} left to fill")
    lines = [f"{name}: {' and '.join(counts)}."]
    if review.mistakes:
        lines += ["", "To fix:"] + [f"  {p}" for p in review.mistakes]
    if review.blanks:
        lines += ["", "Left to fill:"] + [f"  {p}" for p in review.blanks]
    return "\n".join(lines)


def chapter_path(folder: Path | str, doc_id: str) -> Path:
    return Path(folder) / f"{doc_id}.ipynb"


def build_chapter(folder: Path | str, doc_id: str, title: str | None = None):
    """Execute the document template on the folder's data (draft: blanks read "to fill") into <folder>/<doc_id>.ipynb.

    Returns the build's Outcome; on failure the traceback is kept in <folder>/_failed/."""
    from .build.execute import Job, execute

    folder = Path(folder).resolve()
    job = Job(page=str(chapter_path(folder, doc_id)), name=doc_id, template=str(TEMPLATE),
              output=str(chapter_path(folder, doc_id)),
              parameters={"doc_id": doc_id, "project_root": str(folder), "draft": True},
              failed_dir=str(folder / FAILED_DIR), title=title or f"{doc_id} (draft)")
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
