"""`python -m factcheck new-article`, run as a participant runs it: scaffold, chapter, check, fill in, check again."""
from __future__ import annotations

import csv
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from participant import ARTICLE_TEXT, PROVENANCE_VALUES, Participant, fill_judgements

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
    for words in ("--id SLUG", "--out DIR", "--check DIR", "--force", "data/claims.csv", "to fill", "--first N",
                  "not yet filled in (draft, not reviewed)"):
        assert words in " ".join(result.stdout.split()), words


@pytest.mark.parametrize("given, message", [("0", "expected at least 1 claim, found 0"),
                                            ("five", "expected a whole number of claims, found 'five'")])
def test_first_takes_a_whole_number_of_claims(tmp_path, given, message):
    (tmp_path / "a.txt").write_text("240 people", encoding="utf-8")
    result = new_article("a.txt", "--id", "wire17", "--out", "out", "--first", given, cwd=tmp_path)
    assert result.returncode == 2 and result.stderr.strip().splitlines()[-1].endswith(f"--first: {message}")
    assert not (tmp_path / "out").exists()


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
    notebook = json.loads(chapter.read_text(encoding="utf-8"))   # a cell of the participant's own, in JupyterLab
    notebook["cells"].append({"cell_type": "markdown", "metadata": {}, "source": ["MY OWN ANALYSIS"]})
    chapter.write_text(json.dumps(notebook), encoding="utf-8")
    done = new_article("--check", out)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "everything is filled in and valid" in done.stdout
    assert "MY OWN ANALYSIS" in (out / "wire17.edited-1.ipynb").read_text(encoding="utf-8")   # kept, and said
    assert "wire17.edited-1.ipynb" in done.stdout and "MY OWN ANALYSIS" not in chapter.read_text(encoding="utf-8")
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
    assert (f"the provenance and the first 2 claim rows are filled in and valid ({len(rows) - 2} more blanks in "
            f"{len(rows) - 2} rows left for later)") in first.stdout


JUDGEMENTS = ("metric", "period", "population", "speaker")


def test_a_scripted_participant_fills_the_first_n_claims_and_reads_them_in_the_chapter(tmp_path):
    """Bring your own in its slot (issue 23), as the guide tells a participant: scaffold with --first N, fill in only
    what `--check --first N` lists, run it again until it exits 0; the chapter shows those N claims with what their
    words allow and what they measure, and lists every other claim as not yet filled in (draft, not reviewed)."""
    n = 3
    article = tmp_path / "article.txt"
    article.write_text(ARTICLE_TEXT, encoding="utf-8")
    out = tmp_path / "wire17"
    scaffolded = new_article(article, "--id", "wire17", "--out", out, "--first", n, "--no-chapter")
    assert scaffolded.returncode == 0, scaffolded.stderr
    rows = quotes(out)
    assert f"the first {n} of {len(rows)} claim rows" in scaffolded.stdout
    assert all(f"\u201c{quote}\u201d" in scaffolded.stdout for quote in rows[:n])        # named, so the person finds them
    assert f"new-article --check {out} --first {n}" in scaffolded.stdout

    person = Participant(out, "wire17", n, lambda folder, first: new_article("--check", folder, "--first", first))
    result = person.play()
    assert result.returncode == 0, result.stdout + result.stderr
    assert person.runs == 2  # the first run lists every blank at once; the second passes
    claim_cells = [(line, column) for file, line, column in person.typed if file == "data/claims.csv"]
    assert sorted({line for line, _ in claim_cells}) == list(range(2, n + 2))  # the first N rows, nothing after
    assert sorted(claim_cells) == sorted((line, c) for line in range(2, n + 2) for c in JUDGEMENTS)
    assert {column for file, _, column in person.typed if file == "seeds/sources.yml"} == set(PROVENANCE_VALUES)
    assert f"{len(rows) - n} claims as not yet filled in (draft, not reviewed)" in result.stdout

    shown = chapter_text(out / "wire17.ipynb")
    assert f"{n} claims filled in, in numbers and in words" in shown
    table, listed = shown.split("Not yet filled in", 1)
    for quote in rows[:n]:
        assert quote in table
    assert "Removal cost" in table and "FY2016" in table   # what the participant wrote, as a reader reads it
    assert f"(draft, not reviewed): {len(rows) - n} claims" in listed
    for number, quote in enumerate(rows[n:], start=n + 1):
        assert f"\u201c{quote}\u201d (wire17-{number:02d}): " in listed  # each one, with what is left to fill
    page = (out / "_site" / "html" / "articles" / "wire17.html").read_text(encoding="utf-8")
    assert "draft, not reviewed" in page and "Not yet filled in" in page and "checked by" not in page

    print(f"\n--first {n}: {len(claim_cells)} claim cells and {person.values - len(claim_cells)} provenance values "
          f"typed in {person.runs} runs of --check; {len(rows) * len(JUDGEMENTS)} claim cells for the whole article")


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


# ---- a rate is drafted as one claim (finder v4, issue 23) ----------------------------------------------------

RATE_TEXT = ("The county's overdose rate reached 32.6 per 100,000 residents in 2023, up from 28.1 the year before, "
             "the health department said on March 3, 2017.\nIt counted 912 deaths.\n")


def test_a_unit_the_draft_took_from_the_words_around_a_number_is_marked_to_confirm():
    from factcheck.byo.scaffold import UNIT_TO_CONFIRM, draft_rows

    claims, _ = draft_rows("jail22", "The jail booked 2,310 inmates in May. By June the count rose to 2,604.")
    notes = {row["quote"]: row["note"] for row in claims}
    assert notes["2,310"] is None  # its own noun
    assert notes["2,604"] == UNIT_TO_CONFIRM


def test_a_rate_is_drafted_as_one_claim_its_unit_counted_per_the_base():
    from factcheck.byo.scaffold import draft_rows

    claims, non_claims = draft_rows("health23", RATE_TEXT)
    drafted = [(row["quote"], row["value"], row["unit"], row["precision"], row["low"], row["high"], row["bounds"])
               for row in claims]
    assert drafted == [
        ("32.6 per 100,000", 32.6, "overdoses_per_100000", pytest.approx(0.1), pytest.approx(32.55),
         pytest.approx(32.65), "[)"),
        ("28.1", 28.1, "overdoses_per_100000", pytest.approx(0.1), pytest.approx(28.05), pytest.approx(28.15), "[)"),
        ("912", 912, "deaths", 0, 912, 912, "[]"),
    ]   # no claim of its own for the base, 100,000
    assert [row["text"] for row in non_claims] == ["2023", "March 3, 2017"]


def test_a_drafted_rate_passes_the_check_once_the_judgements_are_filled(tmp_path):
    article = tmp_path / "article.txt"
    article.write_text(RATE_TEXT, encoding="utf-8")
    out = tmp_path / "health23"
    made = new_article(article, "--id", "health23", "--out", out, "--no-chapter")
    assert made.returncode == 0, made.stdout + made.stderr
    fill_judgements(out, "health23")
    done = new_article("--check", out, "--no-chapter")
    assert done.returncode == 0, done.stdout + done.stderr
    assert "32.6 per 100,000" in quotes(out)


# ---- a signed change and a hedge after the number are drafted as the finder reads them (finder v5, issue 23) ---------

SIGNED_TEXT = ("Overdose deaths fell in most counties. Marion County (-18.4 percent; 412 deaths) and Lane County "
               "(+2.5 percent; 233 deaths) were the extremes, the health department said on March 3, 2017.\n"
               "Officials expect clinic turnout to stay at 70% or higher, and each clinic will get 2,000-plus kits "
               "this year.\n")


def test_a_signed_change_and_a_hedge_after_the_number_are_drafted_with_their_intervals():
    from factcheck.byo.scaffold import draft_rows

    claims, _ = draft_rows("health24", SIGNED_TEXT)
    drafted = [(row["quote"], row["value"], row["unit"], row["hedge"], row["low"], row["high"], row["bounds"])
               for row in claims]
    assert drafted == [
        ("most", None, "percent", None, 50, 100, "(]"),   # finder v8: "in most counties", a majority (a word claim)
        ("-18.4 percent", -18.4, "percent", "", pytest.approx(-18.45), pytest.approx(-18.35), "[)"),  # the sign kept
        ("412", 412, "deaths", "", 412, 412, "[]"),
        ("+2.5 percent", 2.5, "percent", "", pytest.approx(2.45), pytest.approx(2.55), "[)"),
        ("233", 233, "deaths", "", 233, 233, "[]"),
        ("70% or higher", 70, "percent", "or higher", 70, 100, "[]"),      # at least 70, a share capped at 100
        ("2,000-plus", 2000, "kits", "plus", 2000, float("inf"), "()"),   # more than 2,000
    ]
    for row in claims:
        assert SIGNED_TEXT[row["start"]:row["end"]] == row["quote"]


def test_a_drafted_signed_change_and_hedge_after_pass_the_check_once_the_judgements_are_filled(tmp_path):
    article = tmp_path / "article.txt"
    article.write_text(SIGNED_TEXT, encoding="utf-8")
    out = tmp_path / "health24"
    made = new_article(article, "--id", "health24", "--out", out, "--no-chapter")
    assert made.returncode == 0, made.stdout + made.stderr
    fill_judgements(out, "health24")
    done = new_article("--check", out, "--no-chapter")
    assert done.returncode == 0, done.stdout + done.stderr
    assert {"-18.4 percent", "70% or higher", "2,000-plus"} <= set(quotes(out))


def test_a_rates_base_written_apart_is_drafted_as_a_non_claim():
    from factcheck.byo.scaffold import draft_rows

    text = "In 2023 the county's overdose death rate per 100,000 residents rose to 41.2, the health department said.\n"
    claims, non_claims = draft_rows("health23", text)
    assert [(row["quote"], row["unit"]) for row in claims] == [("41.2", "deaths_per_100000")]
    assert [(row["text"], row["kind"]) for row in non_claims] == [("2023", "year"), ("100,000", "name")]
    assert "rate's base" in non_claims[1]["reason"]


def test_finder_v6_drafts_a_rank_as_a_non_claim_an_age_in_years_and_a_shared_unit_on_each_number():
    from factcheck.byo.scaffold import draft_rows
    from factcheck.ledger.words import WORD_RULES

    text = ("Ohio stayed in the top five as the clinic rate rose from 3.2 to 4.1 visits per 1,000 adults. "
            "Adults between 18 and 64 filed the most claims.\n")
    claims, non_claims = draft_rows("clinic24", text)
    assert [(row["quote"], row["unit"]) for row in claims if not row["words"]] == [
        ("3.2", "visits_per_1000"), ("4.1 visits per 1,000", "visits_per_1000"), ("between 18 and 64", "years")]
    assert [(row["quote"], row["words"]) for row in claims if row["words"]] == [("the most claims", "the most")]
    assert all(row["words"] in WORD_RULES for row in claims if row["words"])
    [rank] = [row for row in non_claims if row["text"] == "five"]
    assert rank["kind"] == "ordinal" and "rank" in rank["reason"]
