"""The plan (pages.yml) is the one list of pages: the toc is derived from it and templates are checked."""
from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from factcheck.build.plan import load_plan, template_parameters, toc_text
from factcheck.problems import ValidationFailed

REPO = Path(__file__).resolve().parents[2]


def test_the_committed_toc_is_the_one_derived_from_pages_yml():
    assert (REPO / "_toc.yml").read_text(encoding="utf-8") == toc_text(load_plan(REPO)), \
        "_toc.yml is out of step with pages.yml: run `python -m factcheck build` (it rewrites _toc.yml)"


def test_every_document_of_the_ledger_has_exactly_one_page():
    from factcheck.ledger import load_ledger

    pages = [p for p in load_plan(REPO).executed if p.template == "notebooks/document.ipynb"]
    assert sorted(p.parameters["doc_id"] for p in pages) == sorted(load_ledger().documents)
    assert all(p.reads[0] == p.parameters["doc_id"] for p in pages), "a document page reads its own document first"


def test_a_document_page_reads_every_document_its_checks_compare_it_with():
    from factcheck.chapters import touching
    from factcheck.ledger import load_ledger
    from factcheck.register import outcomes

    ledger = load_ledger()
    results = outcomes(ledger)
    for page in (p for p in load_plan(REPO).executed if p.template == "notebooks/document.ipynb"):
        doc_id = page.parameters["doc_id"]
        shown = {doc_id}
        for outcome in touching(results, ledger, doc_id):
            shown |= {ledger.claim(c)["doc_id"] for c in outcome.check.claim_ids}
            shown |= {e["doc_id"] for e in outcome.check.evidence}
        assert shown <= set(page.reads), f"{page.path} shows {sorted(shown)} but reads only {list(page.reads)}"


def test_theme_pages_are_titled_as_their_themes():
    from factcheck.ledger import load_ledger
    from factcheck.themes import load_themes

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
