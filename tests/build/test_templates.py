"""Each template, opened as it is (say in JupyterLab), runs top to bottom with its default parameters."""
from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
# The report's pages and the workshop's exercises (run as they are, solutions included).
TEMPLATES = sorted((REPO / "notebooks").glob("*.ipynb")) + sorted((REPO / "notebooks" / "workshop").glob("*.ipynb"))


@pytest.mark.parametrize("template", TEMPLATES, ids=[t.stem for t in TEMPLATES])
def test_template_runs_as_is_with_its_defaults(template, tmp_path):
    import papermill

    papermill.execute_notebook(str(template), str(tmp_path / template.name), cwd=str(template.parent),
                               kernel_name="python3", progress_bar=False, request_save_on_cell_execute=False)
