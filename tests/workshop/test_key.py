"""The instructor's key: generated from the data, every answer right by the checkers, never inside the site."""
from __future__ import annotations

import pytest

from factcheck import paths
from factcheck.workshop import key
from factcheck.workshop.comparability import check_pairs
from factcheck.workshop.feedback import RIGHT
from factcheck.workshop.hedging import check_intervals
from factcheck.workshop.starters import TEMPLATES, template_defaults


def defaults(name: str) -> dict:
    return template_defaults(TEMPLATES / f"{name}.ipynb")


def test_the_keys_answers_are_what_the_checkers_accept():
    task = key.anchor_task(defaults("anchor-a-claim")["claim_id"])
    assert key.check_anchor(key.anchor_answer(task), task).statuses == [RIGHT]
    questions = key.hedge_questions(defaults("hedge-to-interval")["claim_ids"])
    assert check_intervals([(key._written(key.report_interval(q)), q.shape) for q in questions], questions).all_right
    question = key.share_question(defaults("percentage-vs-counts")["check_id"])
    first = key.readings(question)[0]
    assert key.check_share(first.share, first.rating, question, reason=first.outcome,
                           evidence=key.evidence_example(first, question)).all_right
    pairs = key.pair_questions(defaults("comparable-or-not")["check_ids"])
    assert check_pairs(key.pair_answers(pairs), pairs).all_right


def test_every_slip_in_the_key_is_one_the_checker_does_not_accept():
    task = key.anchor_task(defaults("anchor-a-claim")["claim_id"])
    for _, answer, _ in key.anchor_slips(task):
        assert key.check_anchor(answer, task, key.Attempts()).statuses != [RIGHT]
    for question in key.hedge_questions(defaults("hedge-to-interval")["claim_ids"]):
        for _, answer, _ in key.interval_slips(question, key.PRESETS["standard"]):
            assert key.check_interval(answer, question, attempts=key.Attempts()).status != RIGHT, answer
    question = key.share_question(defaults("percentage-vs-counts")["check_id"])
    for _, (share, rating, reason, evidence), _ in key.share_slips(question):
        assert not key.check_share(share, rating, question, reason=reason, attempts=key.Attempts(),
                                   evidence=evidence).all_right


def test_the_key_names_each_exercise_its_answers_and_the_contested_reading():
    text = key.key_markdown()
    for heading in ("## Exercise 1", "## Exercise 2", "## Exercise 3", "## Exercise 4"):
        assert heading in text
    task = key.anchor_task(defaults("anchor-a-claim")["claim_id"])
    start, end = key.anchor_answer(task)
    assert f"answer = ({start}, {end})" in text
    for reading in key.readings(key.share_question(defaults("percentage-vs-counts")["check_id"])):
        assert reading.explanation in text and reading.rating in text
    assert "The contestable case" in text


def test_the_key_is_written_outside_the_site_and_refused_inside_it(tmp_path):
    written = key.write_key(tmp_path / "instructor")
    assert written == tmp_path / "instructor" / key.KEY_FILE and "## Exercise 3" in written.read_text()
    for inside in ("book", "book/workshop", "_build/html", "_static"):
        with pytest.raises(ValueError, match="published site is built from"):
            key.write_key(paths.ROOT / inside / "key")
    assert not (paths.ROOT / "book" / "key").exists()


def test_the_key_is_never_written_through_a_link_or_onto_a_file(tmp_path):
    victim = tmp_path / "victim.txt"
    victim.write_text("the instructor's own file\n")
    folder = tmp_path / "key"
    folder.mkdir()
    (folder / key.KEY_FILE).symlink_to(victim)
    with pytest.raises(ValueError, match="is a symbolic link"):
        key.write_key(folder)
    linked = tmp_path / "linked-key"
    linked.symlink_to(tmp_path / "elsewhere", target_is_directory=True)
    with pytest.raises(ValueError, match="is a symbolic link"):
        key.write_key(linked)
    with pytest.raises(ValueError, match="is a file, not a folder"):
        key.write_key(victim)
    assert victim.read_text() == "the instructor's own file\n" and not (tmp_path / "elsewhere").exists()


def test_the_published_guide_holds_no_answer():
    guide = (paths.ROOT / "book" / "workshop" / "guide.md").read_text(encoding="utf-8")
    task = key.anchor_task(defaults("anchor-a-claim")["claim_id"])
    start, end = key.anchor_answer(task)
    assert str(start) not in guide and str(end) not in guide
    assert "glue" not in guide  # nothing pulled in from a solution
    for question in key.hedge_questions(defaults("hedge-to-interval")["claim_ids"]):
        assert str(key.report_interval(question)) not in guide
