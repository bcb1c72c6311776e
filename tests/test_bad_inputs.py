"""Every bad input in data/README.md's table is planted and run by tools/bad_inputs.py: no traceback, ever.

One test per case, so a failure names its row. `check` cases run in this process
(tools/bad_inputs.py: `main(["check", "--root", copy])`, output captured, an exception
leaving main counted as the traceback it would print); the cases that run other
commands, and a few check cases pinned to a real process, run as a person would, in a
subprocess importing the copy's own package. The script itself runs once, on two cases.
"""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "tools"))

import bad_inputs  # noqa: E402
from bad_inputs import CASES, PINNED_TO_A_PROCESS, case_check, check_here, in_process, run_case  # noqa: E402

HERE = [label for label in CASES if in_process(label)]
IN_A_PROCESS = [label for label in CASES if not in_process(label)]


def short(label: str) -> str:
    """A test id: the row's first words."""
    return label if len(label) <= 60 else label[:57] + "..."


def table_rows() -> list[str]:
    """The first cell of each row of the 'Bad input' table in data/README.md."""
    text = (REPO / "data" / "README.md").read_text(encoding="utf-8")
    section = text[text.index("## Bad input"):]
    rows = []
    for line in section.splitlines():
        if line.startswith("| ") and not line.startswith("| bad input"):
            rows.append(line[2:line.index(" | ")])
        elif rows and not line.startswith("|"):
            break
    return rows


@pytest.fixture(scope="module")
def scratch(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("bad-inputs")


def test_every_row_of_the_table_has_a_case_and_every_case_a_row():
    rows = table_rows()
    assert len(rows) >= 40
    assert sorted(set(rows) - set(CASES)) == [] and sorted(set(CASES) - set(rows)) == []


def test_some_check_cases_and_every_other_command_run_in_their_own_process():
    assert PINNED_TO_A_PROCESS <= set(CASES)
    assert any(not in_process(label) and getattr(CASES[label], "checks_only", False) for label in CASES)
    assert len(HERE) + len(IN_A_PROCESS) == len(CASES) and len(IN_A_PROCESS) >= 10


@pytest.mark.parametrize("label", HERE, ids=short)
def test_a_check_case_answers_with_a_message_not_a_traceback(label, scratch):
    passed, said = run_case(label, scratch, here=True)
    assert passed, said


@pytest.mark.parametrize("label", IN_A_PROCESS, ids=short)
def test_a_case_run_in_its_own_process_answers_with_a_message_not_a_traceback(label, scratch):
    passed, said = run_case(label, scratch)
    assert passed, said


def test_the_script_runs_the_cases_it_is_given_and_counts_them():
    ran = subprocess.run([sys.executable, str(REPO / "tools" / "bad_inputs.py"), "an empty table", "`serve --port"],
                         capture_output=True, text=True, timeout=600)
    assert ran.returncode == 0, ran.stdout[-3000:] + ran.stderr[-2000:]
    assert "2 of 2 bad inputs answered without a traceback" in ran.stdout


def test_an_exception_leaving_check_counts_as_a_traceback(monkeypatch, scratch):
    import factcheck.cli

    def broken(argv):
        raise KeyError("not caught")

    monkeypatch.setattr(factcheck.cli, "main", broken)
    status, said = check_here(scratch)
    assert status == 1 and "Traceback" in said and "KeyError: 'not caught'" in said
    passed, said = run_case("a duplicate row (primary key)", scratch, here=True)
    assert not passed and said.startswith("a traceback")


def test_a_fault_that_check_accepts_or_names_the_wrong_file_fails_its_case(monkeypatch, scratch):
    monkeypatch.setitem(CASES, "nothing planted", case_check(lambda root: None))
    passed, said = run_case("nothing planted", scratch, here=True)
    assert not passed and said.startswith("exit 0 for a fault")

    def planted_elsewhere(root):
        (root / "data" / "non_claims.csv").write_text("", encoding="utf-8")
        bad_inputs._planted.append("data/claims.csv")  # claims.csv is fine: the message names non_claims.csv

    monkeypatch.setitem(CASES, "named elsewhere", case_check(planted_elsewhere))
    passed, said = run_case("named elsewhere", scratch, here=True)
    assert not passed and said.startswith("the message does not name data/claims.csv"), said


def test_the_tables_limits_for_a_participants_folder_are_the_ones_the_tools_apply():
    """The rows on a folder's limits state them in words and in the messages they quote: typed by hand, so read
    against the constants the tools apply (a limit changed in the code and not here fails)."""
    from factcheck.byo.guard import MAX_ARTICLE_CHARACTERS, MAX_CLAIMS, MAX_DOCUMENTS, MAX_FILE_BYTES, MAX_NUMERALS

    text = " ".join((REPO / "data" / "README.md").read_text(encoding="utf-8").split())
    stated = [f"more than {MAX_DOCUMENTS} articles", f"({MAX_DOCUMENTS}, each an article)",
              f"more than {MAX_ARTICLE_CHARACTERS:,} characters", f"({MAX_ARTICLE_CHARACTERS:,}, several times",
              f"more than {MAX_NUMERALS:,} numerals", f"({MAX_CLAIMS:,} claims;",
              f"more than {MAX_CLAIMS:,} claim rows", f"past the limit for one folder ({MAX_CLAIMS:,})",
              f"a file over {MAX_FILE_BYTES:,} bytes", f"({MAX_FILE_BYTES:,} bytes)"]
    assert [words for words in stated if words not in text] == []
