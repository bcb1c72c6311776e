"""Class variants: the four exercises drawn per participant from corpus/, answered honestly, never on the public site."""
from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

from factcheck import paths
from factcheck.workshop import variants
from factcheck.workshop.anchoring import check_anchor
from factcheck.workshop.comparability import check_pair
from factcheck.workshop.feedback import RIGHT, Attempts, number
from factcheck.workshop.hedging import check_intervals
from factcheck.workshop.key import _written, variants_markdown, write_variant_key
from factcheck.workshop.shares import check_share, evidence_example
from factcheck.workshop.starters import TEMPLATES, write_starters

CLASS = [f"participant-{n}" for n in range(1, 21)]


@pytest.fixture(scope="module")
def class_variants():
    return {seed: variants.variant_parameters(seed) for seed in CLASS}


def test_a_seed_always_gives_the_same_variant_and_neighbours_get_different_ones(class_variants):
    assert variants.variant_parameters("participant-1") == class_variants["participant-1"]
    anchors = [v["anchor-a-claim"]["corpus_item"] for v in class_variants.values()]
    hedges = [tuple(v["hedge-to-interval"]["corpus_items"]) for v in class_variants.values()]
    assert len(set(anchors)) >= 15 and len(set(hedges)) == len(CLASS)
    for neighbour, other in zip(CLASS, CLASS[1:]):  # seated side by side, they share at most one number to read
        assert class_variants[neighbour] != class_variants[other]
        assert len(set(class_variants[neighbour]["hedge-to-interval"]["corpus_items"])
                   & set(class_variants[other]["hedge-to-interval"]["corpus_items"])) <= 1


def test_a_variant_practises_several_rules(class_variants):
    for parameters in class_variants.values():
        questions = variants.corpus_hedge_questions(parameters["hedge-to-interval"]["corpus_items"])
        assert len(questions) == variants.HEDGE_QUESTIONS and len({q.shape for q in questions}) >= 3


def test_the_honest_answer_with_its_reason_passes_every_variant():
    for seed in CLASS[:6]:
        answers = variants.variant_answers(seed)
        task, offsets = answers["anchor"]
        assert check_anchor(offsets, task, Attempts()).statuses == [RIGHT]
        assert task.text[offsets[0]:offsets[1]] == task.quote and task.folder == "corpus/texts"
        questions = [q for q, _, _ in answers["intervals"]]
        given = [(_written(interval), shape) for _, interval, shape in answers["intervals"]]
        assert check_intervals(given, questions, attempts=Attempts()).all_right
        question, reading = answers["share"]
        assert check_share(round(reading.share, 2), reading.rating, question, reason=reading.outcome,
                           attempts=Attempts(), evidence=evidence_example(reading, question)).all_right
        assert all(check_pair(r.answer, q, Attempts()).status == RIGHT for q, r in answers["pairs"])


def test_an_unknown_item_says_how_to_write_one():
    with pytest.raises(ValueError, match=r"no labelled number 'nowhere:1' in corpus/gold.csv"):
        variants.corpus_anchor_task("nowhere:1")
    with pytest.raises(ValueError, match="needs a seed"):
        variants.variant_parameters("  ")


def test_a_participants_starters_carry_their_variant_and_no_solution(tmp_path, class_variants):
    parameters = class_variants["participant-3"]
    write_starters(tmp_path, parameters=parameters)
    anchor = json.loads((tmp_path / "anchor-a-claim.ipynb").read_text(encoding="utf-8"))
    source = "".join("".join(c["source"]) for c in anchor["cells"])
    assert f'corpus_item = {parameters["anchor-a-claim"]["corpus_item"]!r}' in source
    assert not any("solution" in c.get("metadata", {}).get("tags", []) for c in anchor["cells"])
    hedge = json.loads((tmp_path / "hedge-to-interval.ipynb").read_text(encoding="utf-8"))
    assert repr(parameters["hedge-to-interval"]["corpus_items"]) in "".join("".join(c["source"]) for c in hedge["cells"])
    for name, parameter in (("percentage-vs-counts", "corpus_item"), ("comparable-or-not", "corpus_pairs")):
        notebook = json.loads((tmp_path / f"{name}.ipynb").read_text(encoding="utf-8"))
        source = "".join("".join(c["source"]) for c in notebook["cells"])
        assert f"{parameter} = {parameters[name][parameter]!r}" in source
        assert not any("solution" in c.get("metadata", {}).get("tags", []) for c in notebook["cells"])


def test_the_variants_key_lists_each_participants_answers(tmp_path):
    path = write_variant_key(tmp_path / "instructor-key", CLASS[:2])
    text = path.read_text(encoding="utf-8")
    for seed in CLASS[:2]:
        (start, end) = variants.variant_answers(seed)["anchor"][1]
        answers = variants.variant_answers(seed)
        assert f"## {seed}" in text and f"answer = ({start}, {end})" in text
        assert f"`share = {answers['share'][1].share:.2f}`" in text
        assert f"`answers = {[r.answer for _, r in answers['pairs']]}`" in text
    with pytest.raises(ValueError, match="published site is built from"):
        write_variant_key(paths.ROOT / "book" / "key", CLASS[:1])
    assert variants_markdown([]).startswith("# Workshop")


def test_a_name_with_an_invisible_character_draws_its_variant_and_capitals_still_count_as_the_key_says():
    """The probe's "ana" with a zero-width space drew another variant than "ana", unseen. Capitals are kept: a class
    under way keeps its key ("Ana" drew another variant than "ana" before, and must still)."""
    first = variants.variant_parameters("ana")
    for written in (" ana ", "an\u200ba", "\u2060ana"):   # a zero-width space; a word joiner
        assert variants.variant_parameters(written) == first, written
    assert variants.variant_parameters("Ana") != first and variants.variant_parameters("ben") != first
    text = variants_markdown(["ana", "an\u200ba", "Ana"])
    assert text.count("\n## ") == 2 and "Also given as an\\\\u200ba: the same variant." in text
    assert "capitals included" in text


def test_the_participants_and_the_instructors_folders_are_ignored_by_git():
    result = subprocess.run(["git", "check-ignore", "my-exercises/anchor-a-claim.ipynb", "instructor-key/variants.md"],
                            cwd=paths.ROOT, capture_output=True, text=True)
    assert result.stdout.split() == ["my-exercises/anchor-a-claim.ipynb", "instructor-key/variants.md"]


def _answers_as_printed(seed: str) -> list[str]:
    """Each answer of a variant in the forms the checker, the key and a worked solution print it."""
    answers = variants.variant_answers(seed)
    task, (start, end) = answers["anchor"]
    found = [f"text[{start}:{end}] is {task.quote!r}", f"answer = ({start}, {end})", task.sentence]
    for question, interval, shape in answers["intervals"]:
        found += [f"“{question.quote}”. {interval}", f"“{question.quote}” | `{_written(interval)}`",
                  f"({_written(interval)!r}, {shape!r})"]
    question, reading = answers["share"]  # exercise 3: the share with its rating, as the key and the checker say it
    evidence = evidence_example(reading, question)
    said = check_share(round(reading.share, 2), reading.rating, question, reason=reading.outcome, attempts=Attempts(),
                       evidence=evidence)
    found += [reading.explanation, f"share = {reading.share:.2f}", f"`rating = {reading.rating!r}`, "
              f"`reason = {reading.outcome!r}`, `evidence = {evidence!r}`. {reading.explanation}",
              *(r.line for r in said.results), *([evidence] if any(c.isdigit() for c in evidence) else []),
              f"On {reading.name}, {reading.formula} gives {number(round(reading.share, 2))} percent"]
    for question, reading in answers["pairs"]:  # exercise 4: each pair's expected reasons, in the key's and checker's words
        label = " against ".join(f"“{row['quote']}” ({row['doc_id']})" for row in question.claims)
        found += [reading.explanation, f"{label} | {reading.answer} |",
                  check_pair(reading.answer, question, Attempts()).line]
    return found


def test_the_public_site_holds_no_answer_to_a_class_variant(tmp_path_factory):
    """Build the site, generate the class's variants, and search every file of the site for each answer."""
    from buildcopies import built_copy

    root = built_copy("first", tmp_path_factory.getbasetemp() / "builds")
    published = [p for folder in (root / "_build" / "html", root / "book") for p in folder.rglob("*") if p.is_file()]
    assert any(p.name == "anchor-a-claim.html" for p in published)
    contents = [p.read_bytes().decode("utf-8", errors="replace") for p in published]
    searched = 0
    for seed in CLASS:
        for answer in _answers_as_printed(seed):
            searched += 1
            holding = [str(p.relative_to(root)) for p, text in zip(published, contents) if answer in text]
            assert not holding, f"{seed}'s answer {answer!r} is published in {holding}"
    assert searched >= len(CLASS) * 20
    # and the site does show the exercises worked on the report's own articles, with their solutions
    page = (root / "_build" / "html" / "book" / "workshop" / "anchor-a-claim.html").read_text(encoding="utf-8")
    assert "✔ right" in page
