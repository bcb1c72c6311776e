"""The plan (pages.yml) is the one list of pages: the toc is derived from it and templates are checked."""
from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest

from factcheck.pipeline.plan import load_plan, template_parameters, toc_text
from factcheck.files.problems import ValidationFailed

REPO = Path(__file__).resolve().parents[2]


def test_the_committed_toc_is_the_one_derived_from_pages_yml():
    assert (REPO / "_toc.yml").read_text(encoding="utf-8") == toc_text(load_plan(REPO)), \
        "_toc.yml is out of step with pages.yml: run `python -m factcheck build` (it rewrites _toc.yml)"


def test_every_document_of_the_ledger_has_exactly_one_page():
    from factcheck.ledger.claims import load_ledger

    pages = [p for p in load_plan(REPO).executed if p.template == "notebooks/document.ipynb"]
    assert sorted(p.parameters["doc_id"] for p in pages) == sorted(load_ledger().documents)


def test_theme_pages_are_titled_as_their_themes():
    from factcheck.ledger.claims import load_ledger
    from factcheck.report.themes import load_themes

    themes = load_themes(load_ledger())
    pages = {p.parameters["theme_id"]: p.title for p in load_plan(REPO).executed if p.template == "notebooks/theme.ipynb"}
    assert pages == {theme_id: theme.title for theme_id, theme in themes.items()}


def test_every_template_has_a_parameters_cell_and_states_its_purpose_first():
    for template in sorted((REPO / "notebooks").glob("*.ipynb")):
        assert template_parameters(template), f"{template.name} has no cell tagged 'parameters'"
        notebook = json.loads(template.read_text(encoding="utf-8"))
        assert notebook["cells"][0]["cell_type"] == "markdown", f"{template.name} should open with what it does"
        assert all(not c.get("outputs") for c in notebook["cells"]), f"{template.name} is stored with outputs"


def _plan_repo(tmp_path: Path, page_entry: str) -> Path:
    shutil.copytree(REPO / "notebooks", tmp_path / "notebooks")
    (tmp_path / "pages.yml").write_text(
        "root: book/index.md\nparts:\n  - caption: Test\n    pages:\n" + page_entry, encoding="utf-8")
    return tmp_path


def test_a_template_without_a_parameters_cell_is_refused_with_its_line(tmp_path):
    root = _plan_repo(tmp_path, "      - page: book/x.ipynb\n        template: notebooks/x.ipynb\n")
    notebook = json.loads((root / "notebooks" / "methods.ipynb").read_text(encoding="utf-8"))
    for cell in notebook["cells"]:
        cell["metadata"]["tags"] = []
    (root / "notebooks" / "x.ipynb").write_text(json.dumps(notebook), encoding="utf-8")
    with pytest.raises(ValidationFailed, match=r"pages.yml:6: column 'template': .*no cell tagged 'parameters'"):
        load_plan(root)


def test_a_parameter_the_template_does_not_declare_is_refused(tmp_path):
    root = _plan_repo(tmp_path, "      - page: book/m.ipynb\n        template: notebooks/methods.ipynb\n"
                                "        parameters: {hedge_presets: strict}\n")
    with pytest.raises(ValidationFailed, match="has no parameter 'hedge_presets'"):
        load_plan(root)


@pytest.mark.parametrize("path, why", [
    ("../escaped/x.ipynb", "leaves book/"),
    ("/tmp/x.ipynb", "absolute path"),
    ("notebooks/methods.ipynb", "not inside book/"),
    ("book/../notebooks/methods.ipynb", "leaves book/"),
])
def test_a_page_path_outside_book_is_refused_with_its_line(tmp_path, path, why):
    root = _plan_repo(tmp_path, f"      - page: {path}\n        template: notebooks/methods.ipynb\n")
    with pytest.raises(ValidationFailed, match=rf"pages.yml:5: column 'page': .*{re.escape(why)}"):
        load_plan(root)


def test_a_page_that_is_its_own_template_or_not_a_notebook_is_refused(tmp_path):
    root = _plan_repo(tmp_path, "      - page: book/methods.md\n        template: notebooks/methods.ipynb\n")
    with pytest.raises(ValidationFailed, match=r"pages.yml:5: column 'page': .*must be an .ipynb file"):
        load_plan(root)
    (tmp_path / "book").mkdir()
    shutil.copy(tmp_path / "notebooks" / "methods.ipynb", tmp_path / "book" / "methods.ipynb")
    root = _plan_repo(tmp_path / "again", "      - page: book/methods.ipynb\n        template: book/methods.ipynb\n")
    shutil.copytree(tmp_path / "book", root / "book")
    with pytest.raises(ValidationFailed, match=r"pages.yml:5: column 'page': .*the template itself"):
        load_plan(root)


def test_broken_yaml_in_the_plan_is_a_message_with_its_line(tmp_path):
    root = _plan_repo(tmp_path, "      - page: [book/x.ipynb\n")
    with pytest.raises(ValidationFailed, match=r"pages.yml:\d+: not valid YAML"):
        load_plan(root)


def test_reads_is_no_longer_declared_by_hand(tmp_path):
    root = _plan_repo(tmp_path, "      - page: book/m.ipynb\n        template: notebooks/methods.ipynb\n"
                                "        reads: [pep16]\n")
    with pytest.raises(ValidationFailed, match=r"pages.yml:7: column 'reads': .*the build records what each page reads"):
        load_plan(root)
