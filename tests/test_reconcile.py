"""review/reconcile.py answers every bad input with file:line and what to write, never a traceback."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from buildcopies import clean_copy

STATEMENTS = "review/second-reading/statements.yml"
BAD = {
    "empty": ("", "expected a list of entries"),
    "a mapping": ("file: x\nquote: y\n", "expected a list of entries"),
    "not YAML": ("- file: [unclosed\n", "statements.yml:"),
    "an entry without its quote": ("- file: 000_80ae3813bd17227c.txt\n", "column 'quote': missing"),
    "an unknown article": ("- file: nowhere.txt\n  quote: x\n", "no article 'nowhere.txt'"),
    "words not in the article": ("- file: 000_80ae3813bd17227c.txt\n  quote: words nobody wrote\n",
                                 "these words are not in 000_80ae3813bd17227c.txt"),
    "a list of text": ("- just a line\n", "expected an entry with file, quote"),
}


@pytest.fixture(scope="module")
def repo(tmp_path_factory) -> Path:
    return clean_copy(tmp_path_factory.mktemp("reconcile") / "repo")


def _run(root: Path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "review/reconcile.py"], cwd=root, env={**os.environ, "PYTHONPATH": str(root)},
                          capture_output=True, text=True, timeout=300)


@pytest.mark.parametrize("case", list(BAD))
def test_a_bad_second_reading_is_named_by_file_and_line(case, repo):
    path = repo / STATEMENTS
    original = path.read_bytes()
    text, said = BAD[case]
    try:
        path.write_text(text, encoding="utf-8")
        ran = _run(repo)
    finally:
        path.write_bytes(original)
    assert ran.returncode == 1 and "Traceback" not in ran.stderr, ran.stderr
    assert said in ran.stderr and "statements.yml" in ran.stderr, ran.stderr


def test_a_missing_file_is_named(repo):
    path = repo / "review" / "second-reading" / "conflicts.yml"
    original = path.read_bytes()
    try:
        path.unlink()
        ran = _run(repo)
    finally:
        path.write_bytes(original)
    assert ran.returncode == 1 and "conflicts.yml: file not found" in ran.stderr and "Traceback" not in ran.stderr


def test_the_shipped_second_reading_reconciles(repo):
    ran = _run(repo)
    assert ran.returncode == 0, ran.stdout + ran.stderr
