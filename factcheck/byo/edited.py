"""A chapter notebook a participant edited is set aside before it is rebuilt, never overwritten.

`new-article --check` and `class-book` rebuild DIR/ID.ipynb from the folder's data each time, and the tools tell
the participant to open it in JupyterLab: a cell they added there was lost without a word. Each chapter the tools
write carries a digest of its cells (their kinds, sources and tags) in its metadata, written with the notebook
(factcheck.pipeline.execute, `Job.cells_digest`); a chapter whose cells no longer match it was edited, and is moved
to DIR/ID.edited-N.ipynb first, as is one the tools could not have written (not a notebook). Outputs, other
metadata and a save that only re-wraps the lines do not count as edits. A chapter without the digest (written
before it existed) is rebuilt as before; so is one whose digest a person recomputed after editing it.
"""
from __future__ import annotations

import json
from pathlib import Path

from factcheck.pipeline.normalize import CELLS_KEY, cells_digest

LARGEST = 50 * 1024 * 1024   # a chapter the tools wrote is far smaller: a larger file is not read, but set aside


def set_aside_if_edited(chapter: Path) -> Path | None:
    """Move the chapter to ID.edited-N.ipynb if a person changed its cells since the tools wrote it (or it is not
    a notebook the tools could have written); where it went, or None. A link is left where it is: the build
    refuses it."""
    chapter = Path(chapter)
    if chapter.is_symlink() or not chapter.is_file() or not _edited(chapter):
        return None
    number = 1
    while (aside := chapter.with_name(f"{chapter.stem}.edited-{number}{chapter.suffix}")).exists() \
            or aside.is_symlink():
        number += 1
    chapter.rename(aside)
    return aside


def _edited(chapter: Path) -> bool:
    try:
        if chapter.stat().st_size > LARGEST:
            return True
        notebook = json.loads(chapter.read_bytes())
        written = notebook["metadata"].get(CELLS_KEY)
    except (OSError, ValueError, RecursionError, KeyError, TypeError, AttributeError):
        return True   # not a notebook as the tools write one, or one that cannot be read: kept, not overwritten
    if not isinstance(written, dict) or "cells" not in written:
        return False   # written before chapters carried the digest: nothing to tell an edit by
    try:
        return written["cells"] != cells_digest(notebook)
    except (RecursionError, KeyError, TypeError, AttributeError):   # cells of another shape: not the tools'
        return True
