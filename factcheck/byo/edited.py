"""A chapter notebook a participant edited is set aside before it is rebuilt, never overwritten.

`new-article --check` and `class-book` rebuild DIR/ID.ipynb from the folder's data each time, and the tools tell
the participant to open it in JupyterLab: a cell they added there was lost without a word. Each chapter the tools
write carries a digest of its cells' sources in its metadata; a chapter whose cells no longer match it was edited,
and is moved to DIR/ID.edited-N.ipynb first. Outputs, metadata and a save that only re-wraps the lines do not count
as edits. A chapter without the digest (written before it existed) is rebuilt as before.
"""
from __future__ import annotations

import hashlib
import json
from pathlib import Path

KEY = "factcheck"            # the notebook metadata the tools own
LARGEST = 50 * 1024 * 1024   # a chapter the tools wrote is far smaller: a larger file is not read, but set aside


def cells_digest(notebook: dict) -> str:
    """What a participant's edit changes: each cell's kind and source (a list of lines or one string, as saved)."""
    cells = [[cell.get("cell_type"), "".join(source) if isinstance(source := cell.get("source", ""), list)
              else source] for cell in notebook.get("cells", []) if isinstance(cell, dict)]
    return hashlib.sha256(json.dumps(cells, ensure_ascii=False).encode("utf-8")).hexdigest()


def stamp(chapter: Path) -> None:
    """Record the digest of the chapter's cells, as the tools wrote them, in its metadata."""
    import nbformat

    from factcheck.files.atomic import write_atomically

    notebook = nbformat.read(str(chapter), as_version=nbformat.NO_CONVERT)
    notebook.metadata[KEY] = {"cells": cells_digest(notebook)}
    write_atomically(chapter, (nbformat.writes(notebook) + "\n").encode("utf-8"))


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
    if chapter.stat().st_size > LARGEST:
        return True
    try:
        notebook = json.loads(chapter.read_bytes())
    except ValueError:   # not JSON, or not UTF-8: not as the tools wrote it
        return True
    if not isinstance(notebook, dict):
        return True
    written = (notebook.get("metadata") or {}).get(KEY) if isinstance(notebook.get("metadata"), dict) else None
    if not isinstance(written, dict) or "cells" not in written:
        return False   # written before chapters carried the digest: nothing to tell an edit by
    return written["cells"] != cells_digest(notebook)
