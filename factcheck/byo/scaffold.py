"""Scaffold a new article: the seed, its provenance and claim tables pre-filled by the mention finder.

What a machine can read from the text is filled in: offsets, the exact quote, the
value, a unit guess, the hedge word in front of the number, the interval the
standard rules give. What needs a reader's judgement is left blank for the
participant (metric, period, population, speaker; outlet, headline, date, people
quoted), and validation then lists each blank with advice (`factcheck.guidance`).
The same article always gives byte-identical files.
"""
from __future__ import annotations

import csv
import errno
import hashlib
import io
import math
import os
import re
import shutil
import stat
from dataclasses import dataclass
from pathlib import Path

from factcheck import paths
from factcheck.byo.guard import MAX_ARTICLE_CHARACTERS, MAX_CLAIMS, MAX_NUMERALS, NUMERAL
from factcheck.ledger.hedges import interval_for
from factcheck.ledger.mentions import Mention, find_mentions, ledger_unit, unit_to_confirm
from factcheck.ledger.words import draft_claim
from factcheck.sources.documents import ID_PATTERN, MAX_ID

CLAIM_COLUMNS = ("claim_id", "doc_id", "start", "end", "quote", "value", "value_to", "unit", "hedge", "precision",
                 "low", "high", "bounds", "metric", "period", "population", "speaker", "note", "words", "condition")
NON_CLAIM_COLUMNS = ("doc_id", "start", "end", "text", "kind", "reason")

# Mentions that say when, in what order or what, not how many: suggested as non-claims, with a reason to keep or change.
NON_CLAIM_REASONS = {
    "date": "A calendar date: it says when something happened, not how many.",
    "time": "A time of day: it says when, not how many.",
    "fiscal_year": "A fiscal year: it names the period other numbers refer to, not a quantity.",
    "decade": "A decade ('the 1990s'): it names a period, not a quantity.",
    "year": "A year: it says when, not how many. If it counts something ('2000 officers'), move it to claims.csv.",
    "ordinal": "An ordinal or a rank: it gives an order ('first', '21st', 'the top ten'), not a quantity.",
    "name": "Part of a name ('Title 42', 'COVID-19'): it names something, not how many.",
    "pronoun": "The pronoun 'one' ('each one', 'one can assume'): it stands for something, it counts nothing.",
    "base": "A rate's base ('the death rate per 1,000 births'): part of the rate's unit, not a count of its own.",
}


# The finder's unit is a guess when the number has no symbol or noun of its own: it took one from the words around it
# (corpus/score.py counts how often such a guess is wrong on each labelled set).
UNIT_TO_CONFIRM = ("Unit to confirm: the number names no unit of its own, so the draft took one from the words around "
                   "it. Read the sentence (and the one before) and write what the number counts.")

# The finder's kinds the ledger's schema (data/datapackage.json) has no name for: the nearest kind it has.
LEDGER_KINDS = {"time": "date", "decade": "year", "base": "name"}  # a base names the unit's size, as a name's number


class ArticleError(ValueError):
    """The article or the id given to `new-article` cannot be used (nothing is written)."""


class FolderExists(ArticleError):
    pass


@dataclass(frozen=True)
class Scaffold:
    folder: Path
    doc_id: str
    claims: list[dict]
    non_claims: list[dict]
    moved_aside: Path | None = None   # where --force put the folder it replaced




def read_article(path: Path | str) -> bytes:
    """The article's bytes, when they are non-empty UTF-8 text of a sensible length, in a file of its own.

    The article is copied into the folder (and shown in its chapter): a symbolic link at ARTICLE.txt itself is not
    followed (one handed in by a participant could name any file the instructor can read; the folders above it are
    the path the instructor typed) and a named pipe is not waited on. Opened once, then checked, so that the file
    checked is the file read."""
    path = Path(path)
    try:
        handle = os.open(path, os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK)   # (no wait: a pipe is refused below)
    except FileNotFoundError:
        raise ArticleError(f"{path}: file not found") from None
    except OSError as error:
        if error.errno == errno.ELOOP:
            raise ArticleError(f"{path}: a symbolic link, not a file: new-article follows no link at the article's "
                               "name, since it copies what it reads into the folder; copy the article's text into a "
                               "file") from None
        raise ArticleError(f"{path}: cannot be read ({error.strerror})") from None
    info = os.fstat(handle)
    if not stat.S_ISREG(info.st_mode):
        os.close(handle)
        raise ArticleError(f"{path}: not a file")
    with os.fdopen(handle, "rb") as article:
        if info.st_size > 4 * MAX_ARTICLE_CHARACTERS:  # four bytes at most per character: not even read
            raise ArticleError(_too_long(path, info.st_size, "bytes"))
        data = article.read(4 * MAX_ARTICLE_CHARACTERS + 1)   # (a file still growing is read no further)
    if len(data) > 4 * MAX_ARTICLE_CHARACTERS:
        raise ArticleError(_too_long(path, len(data), "bytes"))
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        raise ArticleError(f"{path}: not UTF-8 text (byte {error.start} cannot be decoded); "
                           "save the article as plain text in UTF-8") from None
    if "\x00" in text:
        raise ArticleError(f"{path}: not plain text (it contains NUL bytes); save the article as plain text")
    if not text.strip():
        raise ArticleError(f"{path}: the file is empty; paste the article's text into it")
    if len(text) > MAX_ARTICLE_CHARACTERS:
        raise ArticleError(_too_long(path, len(text), "characters"))
    return data


def _too_long(path: Path, size: int, what: str) -> str:
    return (f"{path}: {size:,} {what} is more than one article (the limit is {MAX_ARTICLE_CHARACTERS:,} characters, "
            "several times the longest feature): nothing was written; save only the article's own text")


def _too_many(count: int, what: str, limit: int) -> str:
    return (f"the text holds {count:,} {what}, past what one folder can check ({limit:,} claims; a long feature has a "
            "few hundred): nothing was written; save only the article's own text")


def check_id(doc_id: str) -> str:
    if not ID_PATTERN.fullmatch(doc_id or ""):
        raise ArticleError(f"--id {doc_id!r} is not a valid id: use lower-case letters and digits, "
                           "starting with a letter (for example 'ice24'); it starts every claim id")
    if len(doc_id) > MAX_ID:
        raise ArticleError(f"--id is {len(doc_id):,} characters long: use at most {MAX_ID} (for example 'ice24'); "
                           "it names the chapter's files and starts every claim id")
    return doc_id


def draft_rows(doc_id: str, text: str) -> tuple[list[dict], list[dict]]:
    """Claim rows and non-claim rows for every numeric mention in text, in order of position; and a claim row
    for each place quantity words state no digits ("vast majority", "a record"), its condition left to fill."""
    numerals = sum(1 for _ in NUMERAL.finditer(text))
    if numerals > MAX_NUMERALS:  # counted first: reading each would take minutes for what is not an article
        raise ArticleError(_too_many(numerals, "numerals", MAX_CLAIMS))
    claims, non_claims, words = [], [], []
    for mention in find_mentions(text, words=True):
        if mention.kind == "word":
            words.append(mention)
        elif not mention.is_quantity:
            non_claims.append({"doc_id": doc_id, "start": mention.start, "end": mention.end, "text": mention.text,
                               "kind": LEDGER_KINDS.get(mention.kind, mention.kind),
                               "reason": NON_CLAIM_REASONS[mention.kind]})
        else:
            numbers = [mention.value, mention.value_to, mention.precision]
            if not all(math.isfinite(n) for n in numbers if isinstance(n, (int, float))):
                shown = mention.text if len(mention.text) <= 24 else mention.text[:20] + "..."
                raise ArticleError(f"the number {shown!r} (character {mention.start}) is too large to compute with "
                                   "(past about 1.8e308): nothing was written; is the article's text what you meant?")
            claims.append(_claim(text, mention))
    taken = [(row["start"], row["end"]) for row in claims + non_claims]  # claims may not share characters
    claims += [draft_claim(text, w.quote_start, w.quote_end, w.words) for w in words
               if not any(start < w.quote_end and w.quote_start < end for start, end in taken)]
    claims.sort(key=lambda row: row["start"])
    if len(claims) > MAX_CLAIMS:
        raise ArticleError(_too_many(len(claims), "numbers to check", MAX_CLAIMS))
    for number, row in enumerate(claims, start=1):
        row["claim_id"] = claim_id(doc_id, number, len(claims))
        row["doc_id"] = doc_id
    return [{c: row.get(c) for c in CLAIM_COLUMNS} for row in claims], non_claims


def claim_id(doc_id: str, number: int, count: int) -> str:
    """'ice24-07': numbered with as many digits as the count needs (at least two), so the ids sort in order."""
    return f"{doc_id}-{number:0{max(2, len(str(count)))}d}"


def _claim(text: str, mention: Mention) -> dict:
    """A claim row: what the finder read (the quote with its hedge, value, unit, precision) and the interval it means."""
    row = {"start": mention.quote_start, "end": mention.quote_end, "quote": text[mention.quote_start:mention.quote_end],
           "value": mention.value, "value_to": mention.value_to, "unit": ledger_unit(mention.unit), "hedge": mention.hedge,
           "precision": mention.precision}
    try:
        interval = interval_for(mention.value, hedge=mention.hedge, precision=mention.precision, unit=mention.unit,
                                value_to=mention.value_to)
    except ValueError:  # "over 140%": the standard rules cap a percentage at 100
        interval = interval_for(mention.value, hedge=mention.hedge, precision=mention.precision,
                                value_to=mention.value_to)
        row["unit"] = ""  # left to fill, with the reason
        row["note"] = ("A percentage above 100 (an increase, a share of capacity): the standard rules cap 'percent' "
                       "at 100, so the interval is read without the cap; say in unit what the percentage is of.")
    if not row.get("note") and row["unit"] and unit_to_confirm(text, mention):
        row["note"] = UNIT_TO_CONFIRM
    return {**row, "low": interval.low, "high": interval.high, "bounds": interval.bounds}


def sources_yaml(doc_id: str, seed_name: str, sha256: str, text: str) -> str:
    """The provenance entry: computed fields filled in, judgement fields null and marked TO FILL."""
    dates = [m for m in find_mentions(text) if m.kind in ("date", "fiscal_year", "year")]
    listed = "".join(f"      #   {' '.join(m.text.split())!r} {m.start} {m.end}\n" for m in dates) or "      #   (none)\n"
    return f"""\
# Provenance of one article, scaffolded by `python -m factcheck new-article`.
# Every field marked TO FILL needs your judgement. `python -m factcheck new-article --check <folder>`
# lists the ones still blank and says what to write in each. Offsets are character positions
# in seeds/{seed_name} (Python string indices): the text from start to end must equal the quote.
documents:
  - id: {doc_id}
    file: {seed_name}
    sha256: {sha256}  # computed from the seed; the seed is never edited
    outlet:
      name: null      # TO FILL: the outlet's name (masthead or logo, byline, copyright line, web address)
      stated: null    # TO FILL: true if the article's text names the outlet, false if you found it elsewhere
      evidence: null  # TO FILL: where you found the name, in one sentence
    headline:
      text: null      # TO FILL: the headline as the page shows it (or a descriptive one you write)
      own: null       # TO FILL: true if it is the outlet's own headline, false if you wrote it
    date:
      # TO FILL: printed in the article? published: YYYY-MM-DD, and earliest and latest the same day.
      # Not printed? leave published: null and infer earliest and latest from what the text mentions.
      # Dates and years the text prints ('quote' start end), for the evidence:
{listed}      published: null
      earliest: null
      latest: null
      evidence: []    # TO FILL: one or more of  - {{quote: "...", start: 0, end: 0, why: "..."}}
    people_quoted: null  # TO FILL: one  - {{name: "...", role: "..."}}  per person quoted; [] if nobody
    artefacts: []     # optional: scraping debris (a widget, a repeated paragraph), anchored like evidence
"""


CHECKS_YAML = """\
# Derivations and comparisons for this article (see data/checks.yml in the repository for examples).
checks: []
"""


def table_text(columns: tuple[str, ...], rows: list[dict]) -> str:
    """CSV as the repository writes it: a header, '\\n' line ends, numbers without trailing zeros."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(columns)
    for row in rows:
        writer.writerow([_cell(row.get(c)) for c in columns])
    return out.getvalue()


def _cell(value) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        if math.isinf(value):
            return "INF" if value > 0 else "-INF"
        value = float(f"{value:.12g}")  # 1.6 * 0.95 is 1.5200000000000002: the rules mean 1.52
        return str(int(value)) if value.is_integer() else repr(value)
    return str(value)


def scaffold(article: Path | str, doc_id: str, folder: Path | str, force: bool = False) -> Scaffold:
    """Write the project for one article into folder. Checks everything before writing anything.

    An existing folder is replaced only with force, only when new-article made it (it holds the marker
    file), never when it is the repository, the current folder or one of their parents; the old folder is
    moved aside (to FOLDER.old-N), never deleted."""
    data = read_article(article)
    check_id(doc_id)
    folder = Path(folder)
    if folder.is_symlink():   # a link, even to nothing: the folder would be written elsewhere, or mkdir would fail
        raise FolderExists(f"{paths.relative(folder)} is a symbolic link: nothing was written. Choose another --out")
    if folder.exists() and not folder.is_dir():
        raise FolderExists(f"{paths.relative(folder)} exists and is not a folder")
    occupied = folder.exists() and any(folder.iterdir())
    if occupied and not force:
        raise FolderExists(f"{paths.relative(folder)} already exists and is not empty: nothing was written. "
                           "Choose another --out, or add --force to replace it (it is moved aside, not deleted)")
    if occupied:
        refuse_to_replace(folder)
    text = data.decode("utf-8")
    seed_name = f"{doc_id}.txt"
    claims, non_claims = draft_rows(doc_id, text)

    moved_aside = _move_aside(folder) if occupied else None
    (folder / "seeds").mkdir(parents=True)
    (folder / "data").mkdir()
    _write(folder / MARKER, MARKER_TEXT)
    (folder / "seeds" / seed_name).write_bytes(data)
    _write(folder / "seeds" / "sources.yml", sources_yaml(doc_id, seed_name, hashlib.sha256(data).hexdigest(), text))
    _write(folder / "data" / "claims.csv", table_text(CLAIM_COLUMNS, claims))
    _write(folder / "data" / "non_claims.csv", table_text(NON_CLAIM_COLUMNS, non_claims))
    _write(folder / "data" / "datapackage.json", datapackage_text())
    _write(folder / "data" / "checks.yml", CHECKS_YAML)
    return Scaffold(folder=folder, doc_id=doc_id, claims=claims, non_claims=non_claims, moved_aside=moved_aside)


def datapackage_text() -> str:
    """The repository's table schema, as is (its claim ids allow any number of digits past two)."""
    return paths.DATAPACKAGE_FILE.read_text(encoding="utf-8")


# new-article writes this file into every folder it makes; --force replaces only a folder that holds it.
MARKER = paths.NEW_ARTICLE_MARK
MARKER_TEXT = ("This folder was made by `python -m factcheck new-article`.\n"
               "`new-article --force` may replace it (the old folder is moved aside to FOLDER.old-N, never deleted).\n")


def refuse_to_replace(folder: Path) -> None:
    """Raise FolderExists unless --force may replace folder: new-article made it, and it holds no checkout."""
    name = paths.relative(folder)
    target = folder.resolve()
    protected = {paths.ROOT.resolve(), Path.cwd().resolve()}
    for place in protected:
        if target == place or target in place.parents:
            what = "the repository" if place == paths.ROOT.resolve() else "the current folder"
            raise FolderExists(f"{name} is {what} or holds it: --force never replaces that; choose another --out")
    if (folder / ".git").exists():
        raise FolderExists(f"{name} holds a git repository (.git): --force never replaces that; choose another --out")
    if not (folder / MARKER).is_file():
        raise FolderExists(f"{name} is not a folder new-article made (it has no {MARKER} file): --force replaces "
                           "only those; choose another --out")


SET_ASIDE = re.compile(r"\.old-\d+$")   # the name `--force` gives the folder it replaces: FOLDER.old-N


def _move_aside(folder: Path) -> Path:
    """Rename folder to the first free FOLDER.old-N beside it, and return where it went."""
    number = 1
    while (aside := folder.with_name(f"{folder.name}.old-{number}")).exists():
        number += 1
    folder.rename(aside)
    return aside


def _write(path: Path, text: str) -> None:
    path.write_bytes(text.encode("utf-8"))  # bytes: the same '\n' line ends on every platform
