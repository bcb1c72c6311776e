"""Each template, opened as it is (say in JupyterLab), runs top to bottom with its default parameters."""
from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
# The report's pages and the workshop's exercises (run as they are, solutions included).
TEMPLATES = sorted((REPO / "notebooks").glob("*.ipynb")) + sorted((REPO / "notebooks" / "workshop").glob("*.ipynb"))


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
    """Every template run once, two at a time, each in its own process and fresh kernel (as in JupyterLab)."""
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    out = tmp_path_factory.mktemp("templates")
    with ProcessPoolExecutor(max_workers=2, mp_context=multiprocessing.get_context("spawn")) as pool:
        return dict(zip(TEMPLATES, pool.map(run_as_is, TEMPLATES, [out] * len(TEMPLATES))))


@pytest.mark.parametrize("template", TEMPLATES, ids=[t.stem for t in TEMPLATES])
def test_template_runs_as_is_with_its_defaults(template, runs):
    assert runs[template] == "", runs[template]
