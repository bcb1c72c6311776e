"""`python -m factcheck new-article`, run as a participant runs it: scaffold, chapter, check, fill in, check again."""
from __future__ import annotations

import csv
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from participant import fill_judgements

REPO = Path(__file__).resolve().parents[2]


def new_article(*args: str, cwd: Path = REPO) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    return subprocess.run([sys.executable, "-m", "factcheck", "new-article", *map(str, args)], cwd=cwd, env=env,
                          capture_output=True, text=True, timeout=300)


def chapter_text(path: Path) -> str:
    """Everything the executed chapter shows (its outputs, plain text and HTML)."""
    notebook = json.loads(path.read_text(encoding="utf-8"))
    pieces = []
    for cell in notebook["cells"]:
        for output in cell.get("outputs", []):
            for value in output.get("data", {}).values():
                pieces.append(value if isinstance(value, str) else "".join(value))
    return "\n".join(pieces)


def quotes(folder: Path) -> list[str]:
    with open(folder / "data" / "claims.csv", encoding="utf-8", newline="") as handle:
        return [row["quote"] for row in csv.DictReader(handle)]


def test_help_documents_the_check_and_the_layout():
    result = new_article("--help")
    assert result.returncode == 0
    for words in ("--id SLUG", "--out DIR", "--check DIR", "--force", "data/claims.csv", "to fill"):
        assert words in result.stdout, words


@pytest.mark.parametrize("setup, args, message", [
    (lambda d: None, ["missing.txt", "--id", "wire17"], "file not found"),
    (lambda d: (d / "a.txt").write_bytes(b""), ["a.txt", "--id", "wire17"], "empty"),
    (lambda d: (d / "a.txt").write_bytes("\u00e9t\u00e9 240".encode("latin-1")), ["a.txt", "--id", "wire17"], "not UTF-8"),
    (lambda d: (d / "a.txt").write_text("240 people"), ["a.txt", "--id", "Wire-17"], "not a valid id"),
])
def test_bad_invocations_exit_2_with_one_line_and_write_nothing(tmp_path, setup, args, message):
    setup(tmp_path)
    result = new_article(*args, "--out", "out", cwd=tmp_path)
    assert result.returncode == 2
    assert message in result.stderr and len(result.stderr.strip().splitlines()) == 1, result.stderr
    assert not (tmp_path / "out").exists()


def test_an_existing_folder_is_refused_clearly(article_file, tmp_path):
    out = tmp_path / "wire17"
    assert new_article(article_file, "--id", "wire17", "--out", out, "--no-chapter").returncode == 0
    again = new_article(article_file, "--id", "wire17", "--out", out, "--no-chapter")
    assert again.returncode == 2 and "already exists" in again.stderr and "--force" in again.stderr


def test_a_new_article_gets_its_chapter_and_a_check_that_passes_once_filled_in(article_file, tmp_path):
    out = tmp_path / "wire17"
    made = new_article(article_file, "--id", "wire17", "--out", out)
    assert made.returncode == 0, made.stderr
    chapter = out / "wire17.ipynb"
    shown = chapter_text(chapter)
    for quote in quotes(out):  # every number the article prints is in the executed chapter
        assert quote in shown, quote
    assert "to fill" in shown

    draft = new_article("--check", out)
    assert draft.returncode == 1
    assert "blanks left to fill" in draft.stdout
    rows = len(quotes(out))
    # the same advice once, naming every line it applies to
    assert f"data/claims.csv lines 2-{rows + 1}: column 'metric': is blank: say what this number measures" in draft.stdout
    assert draft.stdout.count("column 'metric'") == 1
    page = out / "_site" / "html" / "articles" / "wire17.html"
    assert page.is_file() and "Page:" in draft.stdout  # the chapter as a web page that works offline
    html = page.read_text(encoding="utf-8")
    assert "{glue" not in html and "cdn.jsdelivr" not in html
    assert not (out / "_site" / "html" / "vendor").exists()   # charts are drawn into the page: no chart library

    fill_judgements(out, "wire17")
    done = new_article("--check", out)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "everything is filled in and valid" in done.stdout
    shown = chapter_text(chapter)
    assert "Measure 01" in shown and "Test Wire" in shown   # the filled-in measure, as a reader reads it and "to fill" not in shown
    assert not (out / "_failed").exists()


def test_check_on_a_folder_that_is_not_an_article_exits_2(tmp_path):
    result = new_article("--check", tmp_path)
    assert result.returncode == 2 and "not an article folder" in result.stderr


def test_check_lists_the_first_rows_only_and_passes_once_they_are_filled(article_file, tmp_path):
    out = tmp_path / "wire17"
    assert new_article(article_file, "--id", "wire17", "--out", out, "--no-chapter").returncode == 0
    fill_judgements(out, "wire17")
    claims = out / "data" / "claims.csv"
    with open(claims, encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    for row in rows[2:]:  # the participant has done the first two rows only
        row["metric"] = ""
    rows[-1]["note"] = "later: the chart"
    with open(claims, "w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]), lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    whole = new_article("--check", out, "--no-chapter")
    assert whole.returncode == 1 and "column 'metric'" in whole.stdout and "left for later" in whole.stdout
    first = new_article("--check", out, "--no-chapter", "--first", "2")
    assert first.returncode == 0, first.stdout
    assert f"({len(rows) - 2} more blanks in rows left for later)" in first.stdout


JUDGEMENTS = ("metric", "period", "population", "speaker")


def test_a_scripted_participant_reaches_a_built_chapter_with_the_first_n_claims(article_file, tmp_path):
    """Bring your own in its slot (issue 23): scaffold, fill the provenance and the first N rows' judgement cells only,
    then --check --first N: exit 0, the chapter and its page built, the other rows counted as left for later."""
    import time

    n = 2
    out = tmp_path / "wire17"
    started = time.perf_counter()
    assert new_article(article_file, "--id", "wire17", "--out", out, "--no-chapter").returncode == 0
    fill_judgements(out, "wire17")
    claims = out / "data" / "claims.csv"
    with open(claims, encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    for row in rows[n:]:  # the participant's own work stops after the first N claims
        row.update({column: "" for column in JUDGEMENTS})
    with open(claims, "w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]), lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    result = new_article("--check", out, "--first", str(n))
    elapsed = time.perf_counter() - started
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Chapter: " in result.stdout and "Page:    " in result.stdout and "left for later" in result.stdout
    assert (out / "wire17.ipynb").is_file()
    page = next(out.rglob("wire17.html"))
    assert "draft, not reviewed" in page.read_text(encoding="utf-8")
    cells = n * len(JUDGEMENTS)
    print(f"\n--first {n}: {cells} claim cells filled of {len(rows) * len(JUDGEMENTS)}; the machine's part took "
          f"{elapsed:.0f} s")


# ---- quantity words without digits are drafted too (issue 23) ---------------------------------------

WORDS_TEXT = (
    "ICE held a record 59,000 people in detention in June, the vast majority of them with no criminal conviction.\n"
    "Arrests peaked in June and doubled from a year before, the agency said on March 3, 2017.\n"
    "The largest operation, in Los Angeles, took a fraction of the agency's officers.\n"
)


def test_quantity_words_are_drafted_as_word_claims_with_their_reading():
    from factcheck.byo.scaffold import draft_rows
    from factcheck.ledger.words import WORD_RULES

    claims, _ = draft_rows("wire18", WORDS_TEXT)
    drafted = [(row["quote"], row["words"], row["unit"], row["low"], row["high"], row["bounds"])
               for row in claims if row["words"]]
    assert drafted == [
        ("a record", "record", "", None, None, None),               # a condition: no range
        ("the vast majority", "vast majority", "percent", 50, 100, "(]"),   # a share: its range from words.py
        ("peaked", "peaked", "", None, None, None),
        ("The largest", "largest", "", None, None, None),
        ("a fraction of", "a fraction of", "percent", None, None, None),
    ]
    for row in claims:
        assert WORDS_TEXT[row["start"]:row["end"]] == row["quote"]
        if row["words"]:
            assert row["words"] in WORD_RULES and row["value"] is None and row["condition"] == ""
            assert "Quantity words" in row["note"] and "condition" in row["note"]
    # numbers keep their rows, in order of position, and "doubled" is a number (a multiplier), not a word
    assert [row["quote"] for row in claims] == ["a record", "59,000", "the vast majority", "peaked", "doubled",
                                                "The largest", "a fraction of"]
    assert [row["claim_id"] for row in claims] == [f"wire18-{n:02d}" for n in range(1, 8)]


def test_check_lists_a_word_claims_condition_as_left_to_fill_and_passes_once_written(tmp_path):
    article = tmp_path / "article.txt"
    article.write_text(WORDS_TEXT, encoding="utf-8")
    out = tmp_path / "wire18"
    made = new_article(article, "--id", "wire18", "--out", out, "--no-chapter")
    assert made.returncode == 0 and "5 quantity words without digits" in made.stdout, made.stdout + made.stderr
    draft = new_article("--check", out, "--no-chapter")
    assert draft.returncode == 1
    left = draft.stdout.split("Left to fill:")[1]   # a blank to fill, not a mistake: the chapter still builds
    assert ("column 'condition': is blank: a word claim must say, in plain words, what must be true for it to hold"
            in left), draft.stdout

    fill_judgements(out, "wire18")   # the participant's part, and a condition for each word claim
    claims = out / "data" / "claims.csv"
    with open(claims, encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    for row in rows:
        if row["words"]:
            row["condition"] = f"the article's {row['words']!r} holds against the agency's own figures"
    with open(claims, "w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]), lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    done = new_article("--check", out)
    assert done.returncode == 0, done.stdout + done.stderr
    shown = chapter_text(out / "wire18.ipynb")
    assert "the vast majority" in shown and "peaked" in shown
