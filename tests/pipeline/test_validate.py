"""`check` and `build` agree: each fault planted in a copy of the repository fails both, with the same lines.

Before one validator served both, a check citing an unknown reference passed `check` and failed every page
of the build; a metric missing from the dictionary failed `check` while the build published; `check` never
read report.yml or summaries.yml, whose faults reached the build as raw exceptions on every page.
"""
from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from buildcopies import clean_copy, plant, run_build


FAULTS = {
    "a check cites an unknown reference": lambda root: plant(
        root, "data/checks.yml", "references: [ice-fy2015-235413-removals]", "references: [no-such-reference]"),
    "a metric has no words in the dictionary": lambda root: plant(
        root, "data/dictionary.yml", '  criminal_releases: "Noncitizens with criminal records being released"\n', ""),
    "report.yml's review date is not a date": lambda root: plant(
        root, "data/report.yml", r"reviewed: \d{4}-\d{2}-\d{2}", "reviewed: last week", regex=True),
    "summaries.yml is a list, not a mapping": lambda root: (root / "data" / "summaries.yml").write_text(
        "- just a list\n", encoding="utf-8"),
    "summaries.yml types a number": lambda root: plant(
        root, "data/summaries.yml", "Of {rated}", "Of 12"),
    "a share's part and whole are the wrong way round": lambda root: plant(
        root, "data/checks.yml", "inputs: {part: oig17-10, whole: oig17-09}", "inputs: {part: oig17-09, whole: oig17-10}"),
    "pages.yml names a template that is not there": lambda root: plant(
        root, "pages.yml", "notebooks/about.ipynb", "notebooks/no-such-template.ipynb"),
}


def _check(root: Path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "factcheck", "check", "--root", str(root)], cwd=root,
                          env={**os.environ, "PYTHONPATH": str(root)}, capture_output=True, text=True, timeout=300)


def _problem_lines(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if line.startswith("  ")]


@pytest.fixture(scope="module")
def pristine(tmp_path_factory) -> Path:
    return clean_copy(tmp_path_factory.mktemp("validate") / "repo")


def test_the_unplanted_copy_passes_check(pristine):
    checked = _check(pristine)
    assert checked.returncode == 0, checked.stderr


@pytest.mark.parametrize("fault", list(FAULTS))
def test_check_and_build_refuse_the_same_planted_fault(fault, pristine, tmp_path):
    import shutil

    root = tmp_path / "repo"
    shutil.copytree(pristine, root, symlinks=True)
    FAULTS[fault](root)
    checked = _check(root)
    built = run_build(root, "--no-site")
    assert checked.returncode == 1 and built.returncode == 1, (checked.stderr, built.stderr[-2000:])
    said = _problem_lines(checked.stderr)
    assert said and set(said) <= set(_problem_lines(built.stderr)), (said, built.stderr[-2000:])
    assert "Traceback" not in checked.stderr + built.stderr
    assert not list((root / "book").rglob("*.ipynb")), "the build executed a page check refuses"
