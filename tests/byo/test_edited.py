"""A chapter notebook a participant edited is set aside before it is rebuilt (factcheck.byo.edited)."""
from __future__ import annotations

import json

import nbformat

from factcheck.byo import edited
from factcheck.byo.edited import set_aside_if_edited
from factcheck.pipeline.normalize import CELLS_KEY, with_cells_digest


def _chapter(tmp_path):
    """A chapter as the tools write one: its cells' digest in its metadata."""
    code = nbformat.v4.new_code_cell("x = 1\nprint(x)")
    code.metadata["tags"] = ["remove-cell"]
    notebook = nbformat.v4.new_notebook(cells=[nbformat.v4.new_markdown_cell("# A title\nline two"), code])
    path = tmp_path / "wire17.ipynb"
    path.write_text(nbformat.writes(with_cells_digest(notebook)), encoding="utf-8")
    return path


def _rewritten(chapter, change) -> None:
    notebook = json.loads(chapter.read_text(encoding="utf-8"))
    change(notebook)
    chapter.write_text(json.dumps(notebook), encoding="utf-8")


def test_a_chapter_as_the_tools_wrote_it_or_only_resaved_is_rebuilt_in_place(tmp_path):
    chapter = _chapter(tmp_path)
    assert set_aside_if_edited(chapter) is None

    def resaved(notebook):   # as JupyterLab saves: sources as lists of lines, outputs and metadata its own
        for cell in notebook["cells"]:
            if isinstance(cell["source"], str):
                cell["source"] = cell["source"].splitlines(keepends=True)
            if cell["cell_type"] == "code":
                cell["outputs"], cell["execution_count"] = [{"output_type": "stream", "name": "stdout", "text": "1"}], 3
                cell["metadata"]["scrolled"] = True
        notebook["metadata"]["widgets"] = {"state": {}}
    _rewritten(chapter, resaved)
    assert set_aside_if_edited(chapter) is None and chapter.is_file()


def test_an_edited_chapter_is_set_aside_under_a_free_name_with_its_edit(tmp_path):
    chapter = _chapter(tmp_path)
    _rewritten(chapter, lambda nb: nb["cells"].append({"cell_type": "markdown", "metadata": {},
                                                        "source": "MY OWN ANALYSIS"}))
    (tmp_path / "wire17.edited-1.ipynb").write_text("an earlier one", encoding="utf-8")
    aside = set_aside_if_edited(chapter)
    assert aside == tmp_path / "wire17.edited-2.ipynb" and not chapter.exists()
    assert "MY OWN ANALYSIS" in aside.read_text(encoding="utf-8")
    assert (tmp_path / "wire17.edited-1.ipynb").read_text(encoding="utf-8") == "an earlier one"


def test_a_cell_turned_to_another_kind_or_a_tag_taken_off_is_an_edit(tmp_path):
    def to_markdown(notebook):
        notebook["cells"][1]["cell_type"] = "markdown"
    def untagged(notebook):   # the participant shows a hidden cell
        notebook["cells"][1]["metadata"]["tags"] = []
    for change in (to_markdown, untagged):
        chapter = _chapter(tmp_path)
        _rewritten(chapter, change)
        assert set_aside_if_edited(chapter) is not None, change.__name__


def test_a_chapter_that_is_not_a_notebook_of_ours_is_set_aside_without_an_error(tmp_path, monkeypatch):
    shapes = {"bytes": b"\xff not json", "deep": b"[" * 200_000 + b"]" * 200_000,
              "sources": json.dumps({"metadata": {CELLS_KEY: {"cells": "x"}},
                                     "cells": [{"cell_type": "code", "source": [1, 2]}]}).encode(),
              "cells": json.dumps({"metadata": {CELLS_KEY: {"cells": "x"}}, "cells": 5}).encode(),
              "list": b"[1, 2]", "metadata": b'{"metadata": 3}',
              "no source": json.dumps({"metadata": {CELLS_KEY: {"cells": "x"}}, "cells": [{"cell_type": "code"}]}).encode()}
    for name, data in shapes.items():
        path = tmp_path / f"{name}.ipynb"
        path.write_bytes(data)
        assert set_aside_if_edited(path) == tmp_path / f"{name}.edited-1.ipynb", name
    chapter = _chapter(tmp_path)   # one past the size a chapter of ours could have is not read
    monkeypatch.setattr(edited, "LARGEST", chapter.stat().st_size - 1)
    assert set_aside_if_edited(chapter) == tmp_path / "wire17.edited-1.ipynb"


def test_a_chapter_without_the_digest_is_rebuilt_as_before(tmp_path):
    older = tmp_path / "b.ipynb"   # written before chapters carried the digest: nothing tells an edit
    nbformat.write(nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell("x = 1")]), str(older))
    assert CELLS_KEY not in json.loads(older.read_text(encoding="utf-8"))["metadata"]
    assert set_aside_if_edited(older) is None and older.is_file()


def test_a_link_in_the_chapters_place_is_left_for_the_build_to_refuse(tmp_path):
    target = tmp_path / "elsewhere.ipynb"
    target.write_text("not a notebook", encoding="utf-8")
    link = tmp_path / "wire17.ipynb"
    link.symlink_to(target)
    assert set_aside_if_edited(link) is None and link.is_symlink()


def test_a_chapter_that_cannot_be_read_is_set_aside_not_a_traceback(tmp_path, monkeypatch):
    from pathlib import Path

    chapter = _chapter(tmp_path)

    def refused(self):
        raise PermissionError(13, "Permission denied", str(self))
    monkeypatch.setattr(Path, "read_bytes", refused)   # (the suite runs as root, which reads every file)
    assert set_aside_if_edited(chapter) == tmp_path / "wire17.edited-1.ipynb"
