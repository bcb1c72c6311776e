"""scaffold: a new article's project, pre-filled by the mention finder, judgement left blank, never clobbered."""
from __future__ import annotations

import csv
import hashlib
import math
import os
from pathlib import Path

import pytest
import yaml

from participant import ARTICLE_TEXT
from factcheck.ledger.hedges import interval_for
from factcheck.ledger.intervals import Interval
from factcheck.ledger.claims import load_ledger
from factcheck.ledger.mentions import find_mentions
from factcheck import paths
from factcheck.byo.scaffold import (CLAIM_COLUMNS, MARKER, MAX_ARTICLE_CHARACTERS, NON_CLAIM_REASONS, ArticleError,
                                FolderExists, draft_rows, scaffold)

JUDGEMENT = ("metric", "period", "population", "speaker")


def rows_of(path: Path) -> list[dict]:
    with open(path, encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def claim_quoting(rows: list[dict], words: str) -> dict:
    return next(r for r in rows if words in r["quote"])


@pytest.fixture
def project(article_file, tmp_path) -> Path:
    return scaffold(article_file, "wire17", tmp_path / "wire17").folder


def test_the_project_has_the_repository_layout_and_a_byte_identical_seed(project, article_file):
    for part in ("seeds/wire17.txt", "seeds/sources.yml", "data/claims.csv", "data/non_claims.csv",
                 "data/datapackage.json", "data/checks.yml"):
        assert (project / part).is_file(), part
    assert (project / "seeds" / "wire17.txt").read_bytes() == article_file.read_bytes()
    assert yaml.safe_load((project / "data" / "checks.yml").read_text()) == {"checks": []}


def test_provenance_has_the_computed_fields_and_leaves_the_judgement_blank(project, article_file):
    entry = yaml.safe_load((project / "seeds" / "sources.yml").read_text())["documents"][0]
    assert (entry["id"], entry["file"]) == ("wire17", "wire17.txt")
    assert entry["sha256"] == hashlib.sha256(article_file.read_bytes()).hexdigest()
    assert entry["outlet"] == {"name": None, "stated": None, "evidence": None}
    assert entry["headline"] == {"text": None, "own": None}
    assert entry["date"] == {"published": None, "earliest": None, "latest": None, "evidence": []}
    assert entry["people_quoted"] is None
    assert (project / "seeds" / "sources.yml").read_text().count("TO FILL") >= 8


def test_every_claim_row_is_anchored_and_its_interval_is_the_standard_rules(project):
    rows = rows_of(project / "data" / "claims.csv")
    assert rows and list(rows[0]) == list(CLAIM_COLUMNS)
    for number, row in enumerate(rows, start=1):
        assert row["claim_id"] == f"wire17-{number:02d}"
        assert ARTICLE_TEXT[int(row["start"]):int(row["end"])] == row["quote"]
        value_to = float(row["value_to"]) if row["value_to"] else None
        expected = interval_for(float(row["value"]), hedge=row["hedge"], precision=float(row["precision"]),
                                unit=row["unit"], value_to=value_to)
        assert Interval.from_bounds(float(row["low"]), float(row["high"]), row["bounds"]) == expected
        assert all(row[c] == "" for c in JUDGEMENT), row


def test_a_hedge_word_before_a_number_joins_the_quote(project):
    rows = rows_of(project / "data" / "claims.csv")
    for hedge in ("nearly", "about", "more than"):
        row = claim_quoting(rows, "240,000" if hedge == "nearly" else "62 percent" if hedge == "about" else "6,000")
        assert row["hedge"] == hedge
        assert row["quote"].lower().startswith(hedge + " ")
    plain = claim_quoting(rows, "$1.2 billion")
    assert plain["hedge"] == "" and plain["quote"] == "$1.2 billion"


def test_units_are_guessed_from_the_mention_or_the_word_after_it(project):
    rows = rows_of(project / "data" / "claims.csv")
    assert claim_quoting(rows, "62 percent")["unit"] == "percent"
    assert claim_quoting(rows, "$1.2 billion")["unit"] == "usd"
    assert float(claim_quoting(rows, "$1.2 billion")["value"]) == 1.2e9
    assert claim_quoting(rows, "240,000")["unit"] == "people"
    assert claim_quoting(rows, "6,000")["unit"] == "beds"


def test_a_spelled_out_number_is_a_claim_with_its_value(project):
    row = claim_quoting(rows_of(project / "data" / "claims.csv"), "Four dozen")
    assert float(row["value"]) == 4 * 12 and row["unit"] == "officers"


def test_between_x_and_y_is_one_claim_with_both_ends(project):
    row = claim_quoting(rows_of(project / "data" / "claims.csv"), "Between 40 and 55")
    assert row["quote"] == "Between 40 and 55 percent"
    assert (float(row["value"]), float(row["value_to"]), row["hedge"], row["unit"]) == (40, 55, "between", "percent")


def test_dates_years_and_ordinals_go_to_non_claims_with_a_suggested_reason(project):
    rows = rows_of(project / "data" / "non_claims.csv")
    by_text = {r["text"]: r for r in rows}
    assert by_text["March 3, 2017"]["kind"] == "date"
    assert by_text["fiscal year 2016"]["kind"] == "fiscal_year"
    assert by_text["first"]["kind"] == "ordinal"
    for row in rows:
        assert ARTICLE_TEXT[int(row["start"]):int(row["end"])] == row["text"]
        assert row["reason"] == NON_CLAIM_REASONS[row["kind"]]
    claims = rows_of(project / "data" / "claims.csv")
    assert not any("2017" in c["quote"] or "2016" in c["quote"] for c in claims)


def test_every_mention_is_accounted_for(project):
    spans = [(int(r["start"]), int(r["end"])) for name in ("claims.csv", "non_claims.csv")
             for r in rows_of(project / "data" / name)]
    for mention in find_mentions(ARTICLE_TEXT):
        assert any(s <= mention.start and mention.end <= e for s, e in spans), mention
    ledger = load_ledger(project, draft=True)  # accounting runs; only blanks are left
    assert ledger.to_fill and all(p.to_fill for p in ledger.to_fill)
    assert len(ledger.claims) == len(rows_of(project / "data" / "claims.csv"))


def test_the_same_article_gives_byte_identical_files(article_file, tmp_path):
    first = scaffold(article_file, "wire17", tmp_path / "one").folder
    second = scaffold(article_file, "wire17", tmp_path / "two").folder
    files = sorted(p.relative_to(first) for p in first.rglob("*") if p.is_file())
    assert files == sorted(p.relative_to(second) for p in second.rglob("*") if p.is_file())
    for name in files:
        assert (first / name).read_bytes() == (second / name).read_bytes(), name


def test_numbers_are_written_without_float_noise(project):
    for row in rows_of(project / "data" / "claims.csv"):
        for column in ("value", "precision", "low", "high"):
            decimals = row[column].partition(".")[2]
            assert len(decimals) <= 6, (column, row[column])  # 1.52, not 1.5200000000000002


def test_an_existing_folder_is_not_overwritten_without_force(article_file, project):
    claims = project / "data" / "claims.csv"
    claims.write_text(claims.read_text() + "edited\n")
    with pytest.raises(FolderExists, match="already exists.*--force"):
        scaffold(article_file, "wire17", project)
    assert claims.read_text().endswith("edited\n")


def test_force_moves_the_old_folder_aside_instead_of_deleting_it(article_file, project):
    claims = project / "data" / "claims.csv"
    claims.write_text(claims.read_text() + "edited\n")
    made = scaffold(article_file, "wire17", project, force=True)
    assert made.moved_aside == project.with_name("wire17.old-1")
    assert (made.moved_aside / "data" / "claims.csv").read_text().endswith("edited\n")  # the edits survive
    assert not claims.read_text().endswith("edited\n") and (project / MARKER).is_file()
    again = scaffold(article_file, "wire17", project, force=True)
    assert again.moved_aside == project.with_name("wire17.old-2") and made.moved_aside.is_dir()


def test_force_replaces_only_a_folder_new_article_made(article_file, tmp_path):
    other = tmp_path / "not-mine"
    (other / "seeds").mkdir(parents=True)  # even one laid out like an article, if new-article did not make it
    (other / "seeds" / "sources.yml").write_text("documents: []\n")
    (other / "data").mkdir()
    (other / "data" / "claims.csv").write_text("claim_id\n")
    with pytest.raises(FolderExists, match="not a folder new-article made"):
        scaffold(article_file, "wire17", other, force=True)
    assert (other / "data" / "claims.csv").read_text() == "claim_id\n"
    assert not list(tmp_path.glob("*.old-*"))


@pytest.mark.parametrize("target", ["nowhere", "empty"])
def test_an_out_that_is_a_symbolic_link_is_refused_and_nothing_is_written(article_file, tmp_path, target):
    """A link to nothing failed with a traceback (mkdir's FileExistsError); a link to an empty folder was written
    through, and --check then refused the folder it had made."""
    (tmp_path / "empty").mkdir()
    link = tmp_path / "out"
    link.symlink_to(tmp_path / target)
    with pytest.raises(FolderExists, match="symbolic link"):
        scaffold(article_file, "wire17", link)
    assert sorted(p.name for p in tmp_path.iterdir() if p.name != "article.txt") == ["empty", "out"]
    assert not any((tmp_path / "empty").iterdir())


def marked_checkout(folder: Path) -> Path:
    """A folder that looks like a checkout with uncommitted work, and (wrongly) carries the marker."""
    (folder / ".git").mkdir(parents=True)
    (folder / "work.txt").write_text("uncommitted")
    (folder / MARKER).write_text("planted")
    return folder


@pytest.mark.parametrize("where", ["repository", "current folder", "parent of the current folder", "git checkout"])
def test_force_never_replaces_the_repository_the_current_folder_or_a_parent(article_file, tmp_path, monkeypatch,
                                                                            where):
    root = marked_checkout(tmp_path / "checkout")
    if where == "repository":
        monkeypatch.setattr(paths, "ROOT", root)
        target, message = root, "is the repository"
    elif where == "current folder":
        monkeypatch.chdir(root)
        target, message = Path("."), "is the current folder"
    elif where == "parent of the current folder":
        (root / "sub").mkdir()
        monkeypatch.chdir(root / "sub")
        target, message = Path(".."), "or holds it"
    else:
        target, message = root, "holds a git repository"
    with pytest.raises(FolderExists, match=message):
        scaffold(article_file, "wire17", target, force=True)
    assert (root / "work.txt").read_text() == "uncommitted" and (root / ".git").is_dir()
    assert not list(tmp_path.glob("*.old-*"))


def test_claim_ids_keep_their_order_past_99_claims():
    text = " ".join(f"{n} people." for n in range(101, 221))  # 120 numbers, none a year
    claims, _ = draft_rows("big", text)
    ids = [c["claim_id"] for c in claims]
    assert ids[0] == "big-001" and ids[99] == "big-100" and ids[-1] == "big-120" and ids == sorted(ids)


def test_claim_ids_past_99_pass_the_validator(tmp_path):
    article = tmp_path / "big.txt"
    article.write_text(" ".join(f"{n} people." for n in range(101, 221)), encoding="utf-8")
    folder = scaffold(article, "big", tmp_path / "big").folder
    ledger = load_ledger(folder, draft=True)  # raises on a mistake; blanks are only 'left to fill'
    assert len(ledger.claims) == 120
    assert not [p for p in ledger.to_fill if p.column == "claim_id"]


def test_an_article_longer_than_the_limit_is_refused_with_its_size(tmp_path):
    article = tmp_path / "huge.txt"
    article.write_text("240 people were removed. " * (MAX_ARTICLE_CHARACTERS // 20), encoding="utf-8")
    with pytest.raises(ArticleError, match=r"more than one article \(the limit is 200,000 characters"):
        scaffold(article, "huge", tmp_path / "out")
    assert not (tmp_path / "out").exists()


def test_a_text_of_more_numbers_than_a_folder_can_check_is_refused_before_it_is_read(tmp_path):
    from factcheck.byo.guard import MAX_CLAIMS

    article = tmp_path / "numbers.txt"
    article.write_text("1 " * (3 * MAX_CLAIMS + 1), encoding="utf-8")  # inside the character limit
    with pytest.raises(ArticleError, match=r"30,001 numerals, past what one folder can check \(10,000 claims"):
        scaffold(article, "dense", tmp_path / "out")
    assert not (tmp_path / "out").exists()


def test_more_claims_than_a_folder_can_check_are_refused_with_the_count(tmp_path):
    from factcheck.byo.guard import MAX_CLAIMS

    article = tmp_path / "counts.txt"
    article.write_text("".join(f"{20_000 + n:,} people. " for n in range(MAX_CLAIMS + 5)), encoding="utf-8")
    with pytest.raises(ArticleError, match=r"10,005 numbers to check, past what one folder can check"):
        scaffold(article, "counts", tmp_path / "out")
    assert not (tmp_path / "out").exists()


@pytest.mark.parametrize("content, message", [
    (b"", "empty"),
    (b"  \n\n", "empty"),
    ("caf\u00e9 240 people".encode("latin-1"), "not UTF-8"),
])
def test_unusable_articles_are_refused_and_nothing_is_written(tmp_path, content, message):
    article = tmp_path / "bad.txt"
    article.write_bytes(content)
    with pytest.raises(ArticleError, match=message):
        scaffold(article, "bad", tmp_path / "out")
    assert not (tmp_path / "out").exists()


def test_a_missing_article_and_a_bad_id_are_refused(article_file, tmp_path):
    with pytest.raises(ArticleError, match="file not found"):
        scaffold(tmp_path / "nowhere.txt", "ok", tmp_path / "out")
    for bad in ("Wire", "wire-17", "17wire", ""):
        with pytest.raises(ArticleError, match="not a valid id"):
            scaffold(article_file, bad, tmp_path / "out")
    with pytest.raises(ArticleError, match="--id is 240 characters long: use at most 40"):   # (its files' names
        scaffold(article_file, "w" * 240, tmp_path / "out")   # passed the system's limit: an OSError, later)
    assert not (tmp_path / "out").exists()


def test_an_id_too_long_in_a_folders_sources_is_named_with_its_line(article_file, tmp_path):
    from factcheck.byo.workbench import review

    folder = scaffold(article_file, "wire17", tmp_path / "wire17").folder
    sources = folder / "seeds" / "sources.yml"
    sources.write_text(sources.read_text(encoding="utf-8").replace("id: wire17", "id: " + "w" * 240, 1),
                       encoding="utf-8")
    mistakes = [f"{p.file}:{p.line}: {p.message}" for p in review(folder).mistakes]
    assert any("sources.yml:" in m and "an id of 240 characters is too long (at most 40)" in m for m in mistakes), \
        mistakes


def test_draft_rows_need_no_files():
    claims, non_claims = draft_rows("x", "Almost 100 of 2,572 were released in 2015.")
    assert [(c["quote"], c["hedge"]) for c in claims] == [("Almost 100", "almost"), ("2,572", "")]
    assert claims[1]["precision"] == 0 and math.isclose(claims[1]["low"], 2572)
    assert [n["kind"] for n in non_claims] == ["year"]


CORPUS_TEXTS = sorted((Path(__file__).resolve().parents[2] / "corpus" / "texts").glob("*.txt"))


@pytest.mark.parametrize("article", CORPUS_TEXTS, ids=[p.stem for p in CORPUS_TEXTS])
def test_every_row_drafted_from_a_published_article_passes_the_ledgers_validation(article, tmp_path):
    """What the finder pre-fills (ranges written 'X to Y', vague magnitudes, fractions...) is valid ledger data."""
    from factcheck.byo.workbench import review

    folder = scaffold(article, "news", tmp_path / "news").folder
    found = review(folder)
    assert found.mistakes == [], "\n".join(map(str, found.mistakes))


@pytest.mark.parametrize("kind", ["symbolic link", "named pipe", "folder"])
def test_an_article_that_is_not_a_file_of_its_own_is_refused_unread(article_file, tmp_path, kind):
    """The article is copied into the folder and shown in its chapter: a link handed in could name any file the
    instructor can read; a named pipe would be waited on for ever."""
    given = tmp_path / "given.txt"
    if kind == "symbolic link":
        given.symlink_to(article_file)
    elif kind == "named pipe":
        os.mkfifo(given)
    else:
        given.mkdir()
    with pytest.raises(ArticleError, match="a symbolic link, not a file" if kind == "symbolic link" else "not a file"):
        scaffold(given, "given", tmp_path / "out")
    assert not (tmp_path / "out").exists()



def test_thousands_typeset_with_no_break_or_thin_spaces_are_one_number_and_a_phone_number_is_not():
    """A decimal comma and a plain space stay two numbers (a citation "(2,3)" and "rows 2 500 and 2 501" are
    English too); a typeset thousands space is one, except where digits run on or start with a nought."""
    read = lambda text: [(m.text, m.value, m.precision) for m in find_mentions(text)]   # noqa: E731
    assert read("About 2\u00a0500 people") == [("2\u00a0500", 2500, 100)]
    assert read("2\u202f500\u2009000 people")[0][1:] == (2_500_000, 100_000)
    assert [v for _, v, _ in read("Call 020\u00a07946\u00a00958")] == [20, 7946, 958]
    assert [v for _, v, _ in read("0\u00a0500 hours")] == [0, 500]
    spaced, _ = draft_rows("nb", "The rate was 12 per 100\u00a0000 residents.")
    commas, _ = draft_rows("nb", "The rate was 12 per 100,000 residents.")
    assert [(r["value"], r["unit"]) for r in spaced] == [(r["value"], r["unit"]) for r in commas] == [(12, "per_100000")]
    huge = "They held 1" + "\u00a0000" * 105 + " people."
    with pytest.raises(ArticleError, match="too large to compute with"):
        draft_rows("big", huge)
