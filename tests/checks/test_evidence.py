"""Every sentence the desk publishes names its evidence or says it is a judgement; `check` refuses one that does neither.

Faults are planted in a scratch copy of the report's own data (a marker dropped, two sentences under one
marker, an id that names nothing, a reference row without its address, words or date) and each must come
back as one line naming the file, the line and the column.
"""
from __future__ import annotations

import csv
import io
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from buildcopies import plant

from factcheck.checks.evidence import check_sentence_evidence, plain, published_sentences, sentences
from factcheck.files.problems import ValidationFailed
from factcheck.paths import ROOT as REPO


# ---- reading the markers ------------------------------------------------------------------------------------

def test_each_sentence_takes_the_evidence_its_marker_names():
    found = sentences("ICE removed 409,849 people. [[ref:ice-fy2012, hearing16-05]] It matters little. [[judgement]]")
    assert [(s.text, s.evidence, s.kind) for s in found] == [
        ("ICE removed 409,849 people.", ("ref:ice-fy2012", "hearing16-05"), "fact"),
        ("It matters little.", (), "judgement")]


def test_a_judgement_may_also_name_evidence():
    [found] = sentences("A large share. [[judgement, hearing16-02]]")
    assert found.kind == "judgement" and found.evidence == ("hearing16-02",)


def test_a_marker_covering_two_sentences_leaves_the_first_without_evidence():
    found = sentences("The letter counts a stock. It does not count releases. [[ref:letter]]")
    assert [(s.text, s.kind) for s in found] == [("The letter counts a stock.", "missing"),
                                                 ("It does not count releases.", "fact")]


def test_a_sentence_after_the_last_marker_has_no_evidence():
    found = sentences("Signed in October 2013. [[ref:signed]] The 2012 bill was vetoed.")
    assert [s.kind for s in found] == ["fact", "missing"]


def test_text_without_any_marker_is_all_missing_and_abbreviations_do_not_split_a_sentence():
    found = sentences("The U.S. Border Patrol wrote the memo. Mayorkas did not.")
    assert [(s.text, s.kind) for s in found] == [("The U.S. Border Patrol wrote the memo.", "missing"),
                                                 ("Mayorkas did not.", "missing")]


def test_readers_never_see_the_markers():
    text = "Removals fell by {point} percent. [[words-deportations-declining]] That is the question. [[judgement]]"
    assert plain(text) == "Removals fell by {point} percent. That is the question."
    assert plain("A clause [[hearing16-01]]; another. [[judgement]]") == "A clause; another."
    assert plain(None) is None and plain("no markers here") == "no markers here"


# ---- the shipped report -------------------------------------------------------------------------------------

def test_every_shipped_sentence_names_evidence_or_is_a_judgement():
    found = published_sentences(REPO)
    assert len(found) > 200, "the desk's prose was not found: did a file move?"
    missing = [f"{name}:{line}: {sentence.text}" for name, line, _, sentence in found if sentence.kind == "missing"]
    assert missing == []
    facts = [sentence for *_, sentence in found if sentence.kind == "fact"]
    assert facts and all(sentence.evidence for sentence in facts)


def test_no_page_shows_a_marker():
    pages = list((REPO / "book").rglob("*.ipynb"))
    assert pages
    shown = [p.name for p in pages if re.search(r"\[\[[^\[\]]*(judgement|ref:|article:|register)", p.read_text("utf-8"))]
    assert shown == []


# ---- faults planted in a copy, refused by `check` -------------------------------------------------------------

def _line_of(root: Path, name: str, words: str) -> int:
    for number, line in enumerate((root / name).read_text(encoding="utf-8").splitlines(), start=1):
        if words in line:
            return number
    raise AssertionError(f"{words!r} not in {name}")


def _problems(root: Path) -> list[str]:
    from factcheck.pipeline.validate import validate

    with pytest.raises(ValidationFailed) as failed:
        validate(root)
    return [str(p).replace(f"{root}/", "") for p in failed.value.problems]


TRUST_ACT_WHY = "[[ref:ca-trust-act-signed-oct-2013, ref:ca-trust-act-2012-veto, ref:ca-ab1081-vetoed-2012]]"


def test_a_factual_sentence_without_evidence_is_refused_with_its_line(real_data_copy):
    plant(real_data_copy, "data/statements.yml", " " + TRUST_ACT_WHY, "")
    line = _line_of(real_data_copy, "data/statements.yml", "A Trust Act passed the legislature in 2012")
    assert _problems(real_data_copy) == [
        f"data/statements.yml:{line}: column 'verdict.why': statement hearing16-record-trust-act-2012: the sentence "
        "“A Trust Act passed the legislature in 2012, but the governor vetoed it; the law that limits coope...” "
        "names no evidence: "
        "end it with its evidence in double brackets: [[claim-id]], [[check-id]], [[statement-id]], "
        "[[ref:reference-id]], [[article:doc-id]] or [[register]]; or [[judgement]] if it is the desk's opinion"]


def test_one_marker_for_two_sentences_names_the_first(real_data_copy):
    plant(real_data_copy, "data/checks.yml", "one fiscal year. [[ndd24-13, hearing16-07]] Scaled",
             "one fiscal year. Scaled")
    [problem] = _problems(real_data_copy)
    assert problem.startswith("data/checks.yml:") and "column 'reason': check dhs-removals-returns-vs-ice-removals:" in problem
    assert "“Not like-for-like: DHS removals plus returns" in problem and "names no evidence" in problem


def test_a_summary_sentence_without_evidence_is_refused(real_data_copy):
    plant(real_data_copy, "data/summaries.yml", "checked statement by statement.\n  [[register]]",
             "checked statement by statement.\n ")
    [problem] = _problems(real_data_copy)
    assert problem.startswith("data/summaries.yml:") and "column 'landing':" in problem and "names no evidence" in problem


@pytest.mark.parametrize("planted, said", [
    ("ref:ca-trust-act-no-such-row", "no reference 'ca-trust-act-no-such-row' in data/references.csv"),
    ("hearing16-99", "'hearing16-99' is no claim, check or statement id (a reference is written ref:hearing16-99)"),
    ("article:hearing99", "no article 'hearing99' in seeds/sources.yml"),
])
def test_evidence_that_names_nothing_is_refused(real_data_copy, planted, said):
    plant(real_data_copy, "data/statements.yml", TRUST_ACT_WHY, f"[[{planted}]]")
    line = _line_of(real_data_copy, "data/statements.yml", "A Trust Act passed the legislature in 2012")
    [problem] = _problems(real_data_copy)
    assert problem.startswith(f"data/statements.yml:{line}: column 'verdict.why': statement hearing16-record-trust-act-2012:")
    assert problem.endswith("cites evidence that does not exist: " + said)


def test_a_correction_sentence_without_evidence_is_refused(real_data_copy):
    plant(real_data_copy, "data/report.yml", " [[judgement]]\"", "\"")
    [problem] = _problems(real_data_copy)
    assert problem.startswith("data/report.yml:") and "column 'corrections.why': correction 1: the sentence" in problem


def _reference_rows(root: Path) -> tuple[list[str], list[dict]]:
    rows = list(csv.DictReader(io.StringIO((root / "data" / "references.csv").read_text(encoding="utf-8"))))
    return list(rows[0]), rows


@pytest.mark.parametrize("column", ["url", "quoted", "date"])
def test_a_reference_without_its_address_words_or_date_fails_check(real_data_copy, column):
    fields, rows = _reference_rows(real_data_copy)
    rows[2][column] = ""
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=fields, lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    (real_data_copy / "data" / "references.csv").write_text(out.getvalue(), encoding="utf-8")
    assert f"data/references.csv:4: column '{column}': is empty" in "\n".join(_problems(real_data_copy))


def test_check_on_the_command_line_fails_on_a_planted_sentence(real_data_copy):
    plant(real_data_copy, "data/statements.yml", " " + TRUST_ACT_WHY, "")
    shutil_copy = (REPO / "pages.yml").read_bytes()
    (real_data_copy / "pages.yml").write_bytes(shutil_copy)
    done = subprocess.run([sys.executable, "-m", "factcheck", "check", "--full", "--root", str(real_data_copy)],
                          cwd=REPO, env={**os.environ}, capture_output=True, text=True, timeout=300)
    assert done.returncode == 1
    assert "column 'verdict.why': statement hearing16-record-trust-act-2012: the sentence" in done.stdout + done.stderr


def test_a_participants_folder_without_statements_is_not_held_to_it(real_data_copy):
    from factcheck.ledger.claims import load_ledger

    (real_data_copy / "data" / "statements.yml").unlink()
    ledger = load_ledger(real_data_copy)
    check_sentence_evidence(real_data_copy, ledger, [], [], {})   # no statements.yml: nothing to refuse
