"""nbval guards the committed executed pages: they must match a fresh run of themselves.

nbval runs in a subprocess (`pytest --nbval -p factcheck.pipeline.nbval_sockets book/`, the plugin giving each
kernel sockets of its own: see factcheck/pipeline/kernel_sockets.py) so this suite's own configuration (testpaths =
tests) stays as it is. No sanitizer is needed: charts have stable ids and the pages print nothing that varies
between runs.
"""
from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

from buildcopies import copy_of_built, edit_claim

REPO = Path(__file__).resolve().parents[2]


def nbval_command(root: Path, *targets: str) -> list[str]:
    # (the plugins pytest loads are the ones pyproject.toml names, in the root's configuration)
    return [sys.executable, "-m", "pytest", "--nbval", "-q", "-p", "no:cacheprovider",
            "-p", "factcheck.pipeline.nbval_sockets",
            "--rootdir", str(root), *targets]


def nbval(root: Path, *targets: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(root)}  # the kernel imports root's package and reads root's data
    return subprocess.run(nbval_command(root, *targets), cwd=root, env=env, capture_output=True, text=True,
                          timeout=600)


def test_the_committed_pages_pass_nbval():
    pages = sorted(str(p.relative_to(REPO)) for p in (REPO / "book").rglob("*.ipynb"))
    assert pages, "book/ holds no executed pages: run `python -m factcheck build` and commit them"
    # Two nbval processes, half the pages each (nbval starts a fresh kernel per page; the machine has two cores).
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    runs = [subprocess.Popen(nbval_command(REPO, *half), cwd=REPO, env=env, stdout=subprocess.PIPE,
                             stderr=subprocess.STDOUT, text=True) for half in (pages[0::2], pages[1::2])]
    for run in runs:
        output, _ = run.communicate(timeout=600)
        assert run.returncode == 0, output[-4000:]


def test_nbval_fails_when_a_claim_the_page_shows_changes(build_base, tmp_path):
    """One nbval run, after the edit: it must fail on the changed output itself (the unchanged page passing is
    test_the_committed_pages_pass_nbval's; a run before the edit here would execute the page a second time)."""
    root = copy_of_built("first", build_base, tmp_path / "repo")
    page = "book/documents/pep16.ipynb"
    edit_claim(root, "pep16-01", "period", "changed period")
    result = nbval(root, page)
    assert result.returncode != 0, result.stdout[-3000:]
    assert re.search(r"^\s*[-+] .*changed period", result.stdout, re.M), result.stdout[-3000:]
