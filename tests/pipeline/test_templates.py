"""Each template, opened as it is (say in JupyterLab), runs top to bottom with its default parameters.

A page of the book whose code is a template's, run with that template's defaults on the same kernel, is the template
as it is: nbval runs every page of the book top to bottom in a fresh kernel (tests/pipeline/test_nbval.py). A
template with such a page (its twin) is not run a second time here: its test is skipped, naming the page. One without
(a template whose pages all take other values, or whose pages are out of date) runs here, in a fresh kernel of its
own, from its own folder. Where the template or the page has a cell nbval would skip or let raise (`# NBVAL_SKIP`,
`raises-exception` and the like), the page is no twin: nbval would not show that the cell runs.

What a twin does not show: a template that reads a file by a path relative to its own folder, as nbval runs the page
from the page's folder (book/documents/ for an article). No template reads one, and the build runs each page from its
template's folder, so such a read fails the build where a reader would meet it.
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
EXCUSED = {"skip", "check_exception"}   # nbval's markers that let a cell fail unseen (nbval.plugin's names)


def code_cells(notebook: dict) -> list[dict]:
    return [cell for cell in notebook["cells"]
            if cell["cell_type"] == "code" and INJECTED not in cell["metadata"].get("tags", [])]


def excused_by_nbval(cell: dict) -> bool:
    from nbval.plugin import find_comment_markers, find_metadata_tags

    source = "".join(cell["source"])
    markers = dict(find_comment_markers(source)) | dict(find_metadata_tags(cell["metadata"]) or ())
    return any(markers.get(kind) for kind in EXCUSED)


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
    """The first of the pages with the template's code and kernel whose parameters are its defaults, the same values
    of the same types (a page given 0 for a default of False is not run as the template is), and none of whose cells
    nbval would skip or let raise."""
    notebook = json.loads(template.read_text(encoding="utf-8"))
    cells, values = code_cells(notebook), defaults(template)
    if values is None or any(excused_by_nbval(cell) for cell in cells):
        return None
    code, kernel = ["".join(cell["source"]) for cell in cells], notebook["metadata"].get("kernelspec", {}).get("name")
    for page in pages:
        candidate = json.loads(page.read_text(encoding="utf-8"))
        given, page_cells = candidate["metadata"].get("papermill", {}).get("parameters", {}), code_cells(candidate)
        if (["".join(cell["source"]) for cell in page_cells] == code
                and not any(excused_by_nbval(cell) for cell in page_cells)
                and candidate["metadata"].get("kernelspec", {}).get("name") == kernel
                and all(name in values and type(values[name]) is type(value) and values[name] == value
                        for name, value in given.items())):
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


def run_each(templates: list[Path], out: Path) -> dict[Path, str]:
    """Each template run once, two at a time, each in its own process and fresh kernel (as in JupyterLab)."""
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    with ProcessPoolExecutor(max_workers=min(2, len(templates)),
                             mp_context=multiprocessing.get_context("spawn")) as pool:
        return dict(zip(templates, pool.map(run_as_is, templates, [out] * len(templates))))


@pytest.fixture(scope="module")
def runs(tmp_path_factory) -> dict[Path, str | Path]:
    """A template's twin, or what its run here gave."""
    twins = {template: twin(template) for template in TEMPLATES}
    alone = [template for template, page in twins.items() if page is None]
    return {**twins, **(run_each(alone, tmp_path_factory.mktemp("templates")) if alone else {})}


@pytest.mark.parametrize("template", TEMPLATES, ids=[t.stem for t in TEMPLATES])
def test_template_runs_as_is_with_its_defaults(template, runs):
    if isinstance(runs[template], Path):
        pytest.skip(f"nbval runs it as {runs[template].relative_to(REPO)} (tests/pipeline/test_nbval.py)")
    assert runs[template] == "", runs[template]


def _edited(notebook_path: Path, to: Path, change) -> Path:
    notebook = json.loads(notebook_path.read_text(encoding="utf-8"))
    change(notebook)
    to.write_text(json.dumps(notebook), encoding="utf-8")
    return to


def test_a_page_is_a_twin_only_with_the_templates_code_kernel_and_defaults(tmp_path):
    """A page of the book run with its template's defaults is its twin (one each for these three); a page run with
    another value, a value of another type, a parameter the template does not have or another kernel is not, nor is
    any page once a cell of the template has changed, or once a cell of either is one nbval would skip or let raise."""
    for name, page in (("document", "documents/hearing16"), ("theme", "themes/deportations"), ("methods", "methods")):
        assert twin(REPO / "notebooks" / f"{name}.ipynb") == REPO / "book" / f"{page}.ipynb"
    template, page = REPO / "notebooks" / "document.ipynb", REPO / "book" / "documents" / "hearing16.ipynb"
    assert twin(template, [REPO / "book" / "documents" / "pep16.ipynb"]) is None   # doc_id="pep16", not the default

    def given(extra: dict):
        return lambda notebook: notebook["metadata"]["papermill"]["parameters"].update(extra)

    def kernel(notebook):
        notebook["metadata"]["kernelspec"]["name"] = "another-kernel"

    for n, change in enumerate((given({"draft": 0}), given({"undeclared": None}), kernel)):
        assert twin(template, [_edited(page, tmp_path / f"page{n}.ipynb", change)]) is None, n

    def last_code(notebook) -> dict:
        return [cell for cell in notebook["cells"] if cell["cell_type"] == "code"][-1]

    def changed(notebook):
        last_code(notebook)["source"] = ["raise SystemExit('a cell changed by a test')"]

    def skipped(notebook):   # the same cell in both, marked for nbval to skip
        cell = last_code(notebook)
        cell["source"] = "# NBVAL_SKIP\n" + "".join(cell["source"])

    def let_raise(notebook):   # or tagged for nbval to let it raise
        last_code(notebook)["metadata"].setdefault("tags", []).append("raises-exception")

    assert twin(_edited(template, tmp_path / "changed.ipynb", changed)) is None
    for name, mark in (("skipped", skipped), ("raising", let_raise)):
        marked_page = _edited(page, tmp_path / f"{name}-page.ipynb", mark)
        assert twin(_edited(template, tmp_path / f"{name}.ipynb", mark), [marked_page]) is None, name
        assert twin(template, [_edited(page, tmp_path / f"{name}-page-only.ipynb", mark)]) is None, name


def test_a_template_without_a_twin_runs_here_and_its_error_is_named(tmp_path):
    """The run this file makes for a template no page matches: a fresh kernel, and the error a cell raised."""
    def failing(notebook):
        notebook["cells"].append({"cell_type": "code", "execution_count": None, "id": "added-by-a-test",
                                  "metadata": {}, "outputs": [], "source": ["raise ValueError('raised by a test')"]})

    template = _edited(REPO / "notebooks" / "about.ipynb", tmp_path / "about.ipynb", failing)
    assert twin(template) is None
    (tmp_path / "out").mkdir()
    told = run_each([template], tmp_path / "out")[template]
    assert told.startswith("PapermillExecutionError") and "raised by a test" in told, told
