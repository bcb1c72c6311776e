"""The build as a person runs it: deterministic, incremental, atomic, and what-if runs kept apart.

Each test works in a clean copy of the repository (tests/buildcopies.py); the two
clean builds are shared with the browser tests.
"""
from __future__ import annotations

import hashlib
import json
import re
from pathlib import Path

from buildcopies import copy_of_built, edit_claim, run_build

from factcheck.build.plan import load_plan


def tree_digests(folder: Path) -> dict[str, str]:
    return {p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


def differing(a: Path, b: Path) -> list[str]:
    left, right = tree_digests(a), tree_digests(b)
    return sorted(name for name in set(left) | set(right) if left.get(name) != right.get(name))


def test_two_clean_builds_give_byte_identical_pages_and_html(first_build, second_build):
    assert differing(first_build / "book", second_build / "book") == []
    # The whole site, file by file (search index, objects.inv and _sources included).
    assert differing(first_build / "_build" / "html", second_build / "_build" / "html") == []


def test_a_noop_rebuild_executes_nothing(first_build):
    """Nothing is executed or rendered again (how long it takes is benchmarks/build.py's business)."""
    result = run_build(first_build)
    assert result.returncode == 0, result.stderr
    assert re.search(r"\b(\d+) of \1 pages unchanged; executing 0\b", result.stderr), result.stderr
    assert "site unchanged" in result.stderr


def test_changing_one_claim_executes_only_the_page_that_shows_it(build_base, tmp_path):
    root = copy_of_built("first", build_base, tmp_path / "repo")
    edit_claim(root, "pep16-01", "note", "changed by a test")
    result = run_build(root, "--no-site")
    assert result.returncode == 0, result.stderr
    queued = set(re.findall(r"queued  (\S+)  \(data\)", result.stderr))
    plan = load_plan(root)
    expected = {page.path for page in plan.executed if page.reads is None or "pep16" in page.reads}
    assert queued == expected
    assert "book/documents/pep16.ipynb" in queued and "book/documents/ndd24.ipynb" not in queued


def test_a_failing_template_keeps_the_previous_page_and_site_and_names_the_cell(build_base, tmp_path):
    root = copy_of_built("second", build_base, tmp_path / "repo")
    page, index = root / "book" / "methods.ipynb", root / "_build" / "html" / "book" / "methods.html"
    page_before, index_before = page.read_bytes(), index.read_bytes()
    template = root / "notebooks" / "methods.ipynb"
    notebook = json.loads(template.read_text(encoding="utf-8"))
    appended_at = len(notebook["cells"]) + 1  # counted from 0, after papermill's injected parameters cell
    notebook["cells"].append({"cell_type": "code", "id": "broken", "metadata": {}, "execution_count": None,
                              "outputs": [], "source": "rules.no_such_tolerance"})
    template.write_text(json.dumps(notebook), encoding="utf-8")

    result = run_build(root)
    assert result.returncode == 1
    assert "FAILED book/methods.ipynb" in result.stderr
    assert "rules.no_such_tolerance" in result.stderr and "AttributeError" in result.stderr
    assert f"cell {appended_at}" in result.stderr
    assert page.read_bytes() == page_before and index.read_bytes() == index_before
    log = (root / "_build" / "failed" / "methods.log").read_text(encoding="utf-8")
    assert "AttributeError" in log and "no_such_tolerance" in log


def test_a_failing_site_build_keeps_the_previous_html(build_base, tmp_path):
    root = copy_of_built("second", build_base, tmp_path / "repo")
    html = root / "_build" / "html"
    before = tree_digests(html)
    landing = root / "book" / "index.md"
    landing.write_text(landing.read_text(encoding="utf-8") + "\nSee {doc}`no-such-page`.\n", encoding="utf-8")
    result = run_build(root)
    assert result.returncode == 1
    assert "no-such-page" in result.stderr, "the broken cross-reference is named"
    assert tree_digests(html) == before


def test_a_whatif_run_writes_its_own_folder_and_never_book(build_base, tmp_path):
    root = copy_of_built("first", build_base, tmp_path / "repo")
    book_before = tree_digests(root / "book")
    result = run_build(root, "-p", "hedge_preset=strict")
    assert result.returncode == 0, result.stderr
    assert tree_digests(root / "book") == book_before
    whatif = root / "_build" / "whatif" / "hedge_preset-strict"
    assert (whatif / "html" / "book" / "methods.html").exists()
    methods = json.loads((whatif / "book" / "methods.ipynb").read_text(encoding="utf-8"))
    assert methods["metadata"]["papermill"]["parameters"]["hedge_preset"] == "strict"
    refused = run_build(root, "-p", "hedge_preset=strict", "--out", str(root / "book" / "x"))
    assert refused.returncode == 2 and "must not write into book/" in refused.stderr
