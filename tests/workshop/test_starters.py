"""Starters: the templates without their solutions, which still run top to bottom and say "not answered yet"."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from factcheck.pipeline.plan import template_parameters
from factcheck.workshop.starters import STRIPPED_TAGS, starter_bytes, starter_download, templates, write_starters

TEMPLATES = templates()


def tags(cell) -> set[str]:
    return set(cell.get("metadata", {}).get("tags", []))


def small_template(tmp_path: Path) -> Path:
    cell = lambda kind, source, *cell_tags: {  # noqa: E731
        "cell_type": kind, "id": f"c{len(source)}", "metadata": {"tags": list(cell_tags)}, "source": source,
        **({"outputs": [{"output_type": "stream", "name": "stdout", "text": "old"}], "execution_count": 3}
           if kind == "code" else {})}
    notebook = {"cells": [cell("markdown", "# A title\n\nWhat it does."),
                          cell("code", 'claim_id = "a-01"  # which claim\nrules = "standard"', "parameters"),
                          cell("code", "answer = ...", ),
                          cell("code", "answer = 42", "solution", "hide-cell"),
                          cell("code", "link()", "page-only")],
                "metadata": {"papermill": {"parameters": {}}}, "nbformat": 4, "nbformat_minor": 5}
    path = tmp_path / "small.ipynb"
    path.write_text(json.dumps(notebook), encoding="utf-8")
    return path


def test_a_starter_drops_solution_and_page_only_cells_and_every_output(tmp_path):
    made = json.loads(starter_bytes(small_template(tmp_path)))
    assert [c["source"] for c in made["cells"]][2:] == ["answer = ..."]
    assert all(not (tags(c) & STRIPPED_TAGS) for c in made["cells"])
    assert all(c["outputs"] == [] and c["execution_count"] is None for c in made["cells"] if c["cell_type"] == "code")
    assert "papermill" not in made["metadata"]


def test_a_starter_takes_the_pages_parameters_and_keeps_the_comments(tmp_path):
    made = json.loads(starter_bytes(small_template(tmp_path), {"claim_id": "b-02", "rules": "standard"}))
    assert made["cells"][1]["source"] == 'claim_id = \'b-02\'  # which claim\nrules = "standard"'


def test_starters_are_the_same_bytes_every_time(tmp_path):
    template = small_template(tmp_path)
    assert starter_bytes(template) == starter_bytes(template)


def test_the_download_link_carries_the_starter_inside_it():
    name = TEMPLATES[0].stem
    html = starter_download(name)._repr_html_()
    assert f'download="{name}.ipynb"' in html and 'href="data:application/x-ipynb+json;base64,' in html


def test_write_starters_keeps_a_participants_file_unless_forced(tmp_path):
    first = write_starters(tmp_path)
    assert {p.name for p, _ in first} == {t.name for t in TEMPLATES} and {w for _, w in first} == {"written"}
    answered = first[0][0]
    answered.write_text("my answers", encoding="utf-8")
    assert dict(write_starters(tmp_path))[answered] == "kept"
    assert answered.read_text(encoding="utf-8") == "my answers"
    assert dict(write_starters(tmp_path, force=True))[answered] == "written"
    assert answered.read_bytes() == starter_bytes(templates()[0])   # the starter again, and the answers kept aside:
    assert (tmp_path / f"{answered.stem}.old-1.ipynb").read_text(encoding="utf-8") == "my answers"
    write_starters(tmp_path, force=True)   # the same starter again: nothing more set aside
    assert sorted(p.name for p in tmp_path.glob("*.old-*")) == [f"{answered.stem}.old-1.ipynb"]


@pytest.mark.parametrize("template", TEMPLATES, ids=[t.stem for t in TEMPLATES])
def test_every_template_marks_a_solution_and_opens_with_what_it_does_and_its_parameters(template):
    notebook = json.loads(template.read_text(encoding="utf-8"))
    assert any("solution" in tags(c) and "hide-cell" in tags(c) for c in notebook["cells"])
    first = "".join(notebook["cells"][0]["source"])
    assert notebook["cells"][0]["cell_type"] == "markdown" and first.startswith("# ")
    for name in template_parameters(template):
        assert f"`{name}`" in first, f"the first cell should say what the parameter {name} does"


@pytest.mark.parametrize("template", TEMPLATES, ids=[t.stem for t in TEMPLATES])
def test_every_starter_runs_top_to_bottom_and_says_not_answered_yet(template, tmp_path, monkeypatch):
    import papermill

    from factcheck.pipeline.kernel_sockets import SocketFolderAsyncKernelManager

    monkeypatch.setenv("PYTHONPATH", str(Path(__file__).resolve().parents[2]))  # the kernel imports this checkout

    made = tmp_path / template.name
    made.write_bytes(starter_bytes(template))
    papermill.execute_notebook(str(made), str(tmp_path / "run.ipynb"), cwd=str(tmp_path), kernel_name="python3",
                               progress_bar=False, request_save_on_cell_execute=False,
                               kernel_manager_class=SocketFolderAsyncKernelManager)
    run = json.loads((tmp_path / "run.ipynb").read_text(encoding="utf-8"))
    printed = "".join("".join(o.get("data", {}).get("text/plain", "")) + "".join(o.get("text", ""))
                      for c in run["cells"] if c["cell_type"] == "code" for o in c["outputs"])
    assert "not answered yet" in printed
    assert "✔ right" not in printed and "✘ not yet" not in printed
    assert not any("solution" in tags(c) for c in run["cells"])
    for answer in answers_of(template):  # what the run shows holds no answer
        assert answer not in printed, answer


def answers_of(template: Path) -> list[str]:
    """The answers to the template's default questions, as text a page could show."""
    from factcheck.workshop import key
    from factcheck.workshop.starters import template_defaults

    defaults = template_defaults(template)
    if template.stem == "anchor-a-claim":
        task = key.anchor_task(defaults["claim_id"])
        return [f"({task._offsets[0]}, {task._offsets[1]})", f"text[{task._offsets[0]}:{task._offsets[1]}]"]
    if template.stem == "hedge-to-interval":
        return [str(key.report_interval(q)) for q in key.hedge_questions(defaults["claim_ids"])]
    if template.stem == "percentage-vs-counts":
        return [key.number(round(r.share, 2)) for r in key.readings(key.share_question(defaults["check_id"]))]
    return [a for a in key.pair_answers(key.pair_questions(defaults["check_ids"])) if a != "comparable"]


# Names that hold or print an answer: a starter's code never uses them.
ANSWER_HELPERS = ("factcheck.workshop.key", "validator_message", "interval_solutions", "pair_explanations",
                  "pair_answers", "share_solution", "readings(", "report_interval", "report_reading", "_offsets")


@pytest.mark.parametrize("template", TEMPLATES, ids=[t.stem for t in TEMPLATES])
def test_a_starters_code_imports_nothing_that_holds_an_answer(template):
    made = json.loads(starter_bytes(template))
    code = "\n".join("".join(c["source"]) for c in made["cells"] if c["cell_type"] == "code")
    for name in ANSWER_HELPERS:
        assert name not in code, name
    original = json.loads(template.read_text(encoding="utf-8"))
    solutions = "\n".join("".join(c["source"]) for c in original["cells"] if "solution" in tags(c))
    assert "factcheck.workshop.key" in solutions or "check_" in solutions  # the page's solution still has them


def test_the_intervals_format_example_is_no_answer():
    from factcheck.workshop.hedging import hedge_questions, parse_interval, report_interval
    from factcheck.workshop.starters import template_defaults

    template = next(t for t in TEMPLATES if t.stem == "hedge-to-interval")
    defaults = template_defaults(template)
    answers = {str(report_interval(q)) for q in hedge_questions(defaults["claim_ids"])}
    text = starter_bytes(template).decode("utf-8")
    for example in ("[2.5, 40)",):
        assert str(parse_interval(example)) not in answers
    for answer in answers:
        assert answer not in text
