"""A chapter notebook a participant edited is set aside before it is rebuilt (factcheck.byo.edited)."""
from __future__ import annotations

import json

import nbformat

from factcheck.byo.edited import KEY, set_aside_if_edited, stamp


def _chapter(tmp_path):
    notebook = nbformat.v4.new_notebook(cells=[nbformat.v4.new_markdown_cell("# A title\nline two"),
                                               nbformat.v4.new_code_cell("x = 1\nprint(x)")])
    path = tmp_path / "wire17.ipynb"
    nbformat.write(notebook, str(path))
    stamp(path)
    return path


def test_a_chapter_as_the_tools_wrote_it_or_only_resaved_is_rebuilt_in_place(tmp_path):
    chapter = _chapter(tmp_path)
    assert set_aside_if_edited(chapter) is None
    saved = json.loads(chapter.read_text(encoding="utf-8"))
    for cell in saved["cells"]:   # as JupyterLab saves: sources as lists of lines, outputs and metadata its own
        cell["source"] = cell["source"].splitlines(keepends=True) if isinstance(cell["source"], str) else cell["source"]
        if cell["cell_type"] == "code":
            cell["outputs"], cell["execution_count"] = [{"output_type": "stream", "name": "stdout", "text": "1\n"}], 3
    saved["metadata"]["widgets"] = {"state": {}}
    chapter.write_text(json.dumps(saved), encoding="utf-8")
    assert set_aside_if_edited(chapter) is None and chapter.is_file()


def test_an_edited_chapter_is_set_aside_under_a_free_name_with_its_edit(tmp_path):
    chapter = _chapter(tmp_path)
    edited = json.loads(chapter.read_text(encoding="utf-8"))
    edited["cells"].append({"cell_type": "markdown", "metadata": {}, "source": "MY OWN ANALYSIS"})
    chapter.write_text(json.dumps(edited), encoding="utf-8")
    (tmp_path / "wire17.edited-1.ipynb").write_text("an earlier one", encoding="utf-8")
    aside = set_aside_if_edited(chapter)
    assert aside == tmp_path / "wire17.edited-2.ipynb" and not chapter.exists()
    assert "MY OWN ANALYSIS" in aside.read_text(encoding="utf-8")
    assert (tmp_path / "wire17.edited-1.ipynb").read_text(encoding="utf-8") == "an earlier one"


def test_a_chapter_that_is_not_a_notebook_is_set_aside_and_one_without_the_digest_is_not(tmp_path):
    broken = tmp_path / "a.ipynb"
    broken.write_bytes(b"\xff not json")
    assert set_aside_if_edited(broken) == tmp_path / "a.edited-1.ipynb"
    older = tmp_path / "b.ipynb"   # written before chapters carried the digest: nothing tells an edit
    nbformat.write(nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell("x = 1")]), str(older))
    assert KEY not in json.loads(older.read_text(encoding="utf-8"))["metadata"]
    assert set_aside_if_edited(older) is None and older.is_file()


def test_a_link_in_the_chapters_place_is_left_for_the_build_to_refuse(tmp_path):
    target = tmp_path / "elsewhere.ipynb"
    target.write_text("not a notebook", encoding="utf-8")
    link = tmp_path / "wire17.ipynb"
    link.symlink_to(target)
    assert set_aside_if_edited(link) is None and link.is_symlink()
