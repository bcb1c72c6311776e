"""Each template, opened as it is (say in JupyterLab), runs top to bottom with its default parameters.

A page of the book whose code is a template's, run with that template's defaults, is the template as it is: nbval
runs every page of the book top to bottom in a fresh kernel (tests/pipeline/test_nbval.py). A template with such a
page (its twin) is not run a second time here; one without (a template whose pages all take other values, or whose
pages are out of date) runs here, in a fresh kernel of its own, from its own folder. What a twin does not show: a
template that reads a file by a path relative to its own folder, as the page runs from book/ (no template reads one).
"""
from __future__ import annotations

import ast
import json
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
# The report's pages and the workshop's exercises (run as they are, solutions included).
TEMPLATES = sorted((REPO / "notebooks").glob("*.ipynb")) + sorted((REPO / "notebooks" / "workshop").glob("*.ipynb"))
PAGES = sorted((REPO / "book").rglob("*.ipynb"))
INJECTED = "injected-parameters"   # papermill's tag for the cell it adds


def code_cells(notebook: dict) -> list[str]:
    return ["".join(cell["source"]) for cell in notebook["cells"]
            if cell["cell_type"] == "code" and INJECTED not in cell["metadata"].get("tags", [])]


def defaults(template: Path) -> dict | None:
    """The values of the template's parameters cell; None if one is not a literal (its value is known only by
    running it)."""
    import papermill

    try:
        return {name: ast.literal_eval(spec["default"])
                for name, spec in papermill.inspect_notebook(str(template)).items()}
    except (ValueError, SyntaxError):
        return None


def twin(template: Path, pages: list[Path] = PAGES) -> Path | None:
    """The first of the pages whose code is the template's and whose parameters are its defaults."""
    code, values = code_cells(json.loads(template.read_text(encoding="utf-8"))), defaults(template)
    if values is None:
        return None
    for page in pages:
        notebook = json.loads(page.read_text(encoding="utf-8"))
        given = notebook["metadata"].get("papermill", {}).get("parameters", {})
        if code_cells(notebook) == code and all(name in values and values[name] == value
                                                for name, value in given.items()):
            return page
    return None


def run_as_is(template: Path, out: Path) -> str:
    """'' when the template ran top to bottom in a fresh kernel, else the error."""
    import factcheck  # noqa: F401  (before papermill: spares this process jsonschema's slow optional import)
    import papermill

    from factcheck.pipeline.kernel_sockets import SocketFolderAsyncKernelManager

    try:
        papermill.execute_notebook(str(template), str(out / template.name), cwd=str(template.parent),
                                   kernel_name="python3", progress_bar=False, request_save_on_cell_execute=False,
                                   kernel_manager_class=SocketFolderAsyncKernelManager)
    except Exception as error:  # reported by the template's own test below
        return f"{type(error).__name__}: {error}"
    return ""


@pytest.fixture(scope="module")
def runs(tmp_path_factory) -> dict[Path, str]:
    """Every template without a twin run once, two at a time, each in its own process and fresh kernel (as in
    JupyterLab); a template with one maps to its twin's name."""
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    twins = {template: twin(template) for template in TEMPLATES}
    alone = [template for template, page in twins.items() if page is None]
    out = tmp_path_factory.mktemp("templates")
    if not alone:
        return twins
    with ProcessPoolExecutor(max_workers=min(2, len(alone)), mp_context=multiprocessing.get_context("spawn")) as pool:
        return {**twins, **dict(zip(alone, pool.map(run_as_is, alone, [out] * len(alone))))}


@pytest.mark.parametrize("template", TEMPLATES, ids=[t.stem for t in TEMPLATES])
def test_template_runs_as_is_with_its_defaults(template, runs):
    """'' (it ran here) or its twin, which nbval runs."""
    assert runs[template] == "" or isinstance(runs[template], Path), runs[template]


def test_a_page_is_a_twin_only_with_the_templates_code_and_defaults(tmp_path):
    """A page of the book run with its template's defaults is its twin (one each for these three); a page run with
    another value is not, nor is any page once a cell of the template has changed."""
    for name, page in (("document", "documents/hearing16"), ("theme", "themes/deportations"), ("methods", "methods")):
        assert twin(REPO / "notebooks" / f"{name}.ipynb") == REPO / "book" / f"{page}.ipynb"
    template = REPO / "notebooks" / "document.ipynb"
    assert twin(template, [REPO / "book" / "documents" / "pep16.ipynb"]) is None   # doc_id="pep16", not the default
    notebook = json.loads(template.read_text(encoding="utf-8"))
    last_code = [cell for cell in notebook["cells"] if cell["cell_type"] == "code"][-1]
    last_code["source"] = ["raise SystemExit('a cell changed by a test')"]
    changed = tmp_path / "document.ipynb"
    changed.write_text(json.dumps(notebook), encoding="utf-8")
    assert twin(changed) is None


def test_a_template_without_a_twin_runs_here_and_its_error_is_named(tmp_path):
    """The run this file makes for a template no page matches: a fresh kernel, and the error a cell raised."""
    notebook = json.loads((REPO / "notebooks" / "about.ipynb").read_text(encoding="utf-8"))
    notebook["cells"].append({"cell_type": "code", "execution_count": None, "id": "added-by-a-test", "metadata": {},
                              "outputs": [], "source": ["raise ValueError('raised by a test')"]})
    template = tmp_path / "about.ipynb"
    template.write_text(json.dumps(notebook), encoding="utf-8")
    assert twin(template) is None
    (tmp_path / "out").mkdir()
    told = run_as_is(template, tmp_path / "out")
    assert told.startswith("PapermillExecutionError") and "raised by a test" in told, told
