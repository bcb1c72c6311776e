"""Executed notebooks keep what a reader and nbval need, and nothing that changes from run to run."""
from __future__ import annotations

import copy

from factcheck.pipeline.normalize import normalise, notebook_bytes


def executed_by_papermill() -> dict:
    return {
        "nbformat": 4, "nbformat_minor": 5,
        "metadata": {"kernelspec": {"name": "python3"}, "papermill": {
            "parameters": {"doc_id": "pep16"}, "default_parameters": {}, "start_time": "2026-11-23T10:00:00",
            "end_time": "2026-11-23T10:00:05", "duration": 5.1, "input_path": "/tmp/a/notebooks/document.ipynb",
            "output_path": "/tmp/a/book/documents/pep16.ipynb", "environment_variables": {}, "version": "2.7.0",
            "exception": None}},
        "cells": [
            {"cell_type": "code", "id": "3f9c2a7e", "source": "doc_id = 'pep16'", "execution_count": 1,
             "outputs": [], "metadata": {"tags": ["injected-parameters"], "papermill": {"duration": 0.01},
                                         "execution": {"iopub.execute_input": "2026-11-23T10:00:01"}}},
            {"cell_type": "markdown", "id": "intro", "source": "# Title", "metadata": {}},
        ],
    }


def test_run_times_and_paths_go_and_the_parameters_stay():
    notebook = normalise(executed_by_papermill(), "pep16")
    assert notebook["metadata"]["papermill"] == {"parameters": {"doc_id": "pep16"}, "default_parameters": {}}
    # papermill's cell stays in the notebook, but never reaches the site
    assert notebook["cells"][0]["metadata"] == {"tags": ["injected-parameters", "remove-cell"]}


def test_cell_ids_are_stable_and_carry_the_page_name():
    notebook = normalise(executed_by_papermill(), "pep16")
    assert [c["id"] for c in notebook["cells"]] == ["pep16-00", "pep16-01"]


def test_two_runs_that_differ_only_in_timing_give_identical_bytes():
    later = executed_by_papermill()
    later["metadata"]["papermill"]["start_time"] = "2027-01-01T00:00:00"
    later["cells"][0]["id"] = "0b1d2e3f"
    first = notebook_bytes(normalise(executed_by_papermill(), "pep16"))
    assert notebook_bytes(normalise(later, "pep16")) == first
    assert notebook_bytes(normalise(copy.deepcopy(normalise(later, "pep16")), "pep16")) == first  # idempotent


def test_kernel_stderr_never_lands_in_a_page():
    """On a full disk the kernel's warnings were written into committed pages as if they were output."""
    from factcheck.pipeline.normalize import normalise

    cell = {"cell_type": "code", "metadata": {}, "source": "x", "execution_count": 1, "outputs": [
        {"output_type": "stream", "name": "stderr", "text": "OSError: [Errno 28] No space left on device\n"},
        {"output_type": "stream", "name": "stdout", "text": "42\n"}]}
    page = normalise({"cells": [cell], "metadata": {}}, "page")
    assert page["cells"][0]["outputs"] == [{"output_type": "stream", "name": "stdout", "text": "42\n"}]


def test_a_patch_release_of_python_gives_the_same_bytes():
    """Debian's Python 3.11.2 and this project's 3.11.7 ran the same pages: a participant's build on one left every
    page committed from the other modified, by its language_info version alone."""
    def run_by(release: str) -> bytes:
        notebook = executed_by_papermill()
        notebook["metadata"]["language_info"] = {"name": "python", "version": release}
        return notebook_bytes(normalise(notebook, "pep16"))

    assert run_by("3.11.2") == run_by("3.11.7")
    assert b'"version": "3.11"' in run_by("3.11.7")
    assert run_by("3.12.1") != run_by("3.11.7")   # another series may give other output: it shows


def test_the_environment_digest_names_python_s_series_not_its_patch_release(monkeypatch, tmp_path):
    import sys

    from factcheck.pipeline import fingerprint

    (tmp_path / "requirements.txt").write_text("pandas==2.2.3\n")
    digests = {}
    for release in [(3, 11, 2), (3, 11, 7), (3, 12, 1)]:
        monkeypatch.setattr(sys, "version_info", release)
        digests[release] = fingerprint.environment_digest(tmp_path)
    assert digests[(3, 11, 2)] == digests[(3, 11, 7)] != digests[(3, 12, 1)]
