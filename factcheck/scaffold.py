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
import hashlib
import io
import math
import re
import shutil
from dataclasses import dataclass
from pathlib import Path

from . import paths
from .hedges import HEDGES, interval_for
from .mentions import Mention, find_mentions, numbers_in
from .sources import ID_PATTERN

CLAIM_COLUMNS = ("claim_id", "doc_id", "start", "end", "quote", "value", "value_to", "unit", "hedge", "precision",
                 "low", "high", "bounds", "metric", "period", "population", "speaker", "note", "words", "condition")
NON_CLAIM_COLUMNS = ("doc_id", "start", "end", "text", "kind", "reason")

# Mentions that say when or in what order, not how many: suggested as non-claims, with a reason to keep or change.
NON_CLAIM_REASONS = {
    "date": "A calendar date: it says when something happened, not how many.",
    "fiscal_year": "A fiscal year: it names the period other numbers refer to, not a quantity.",
    "year": "A year: it says when, not how many. If it counts something ('2000 officers'), move it to claims.csv.",
    "ordinal": "An ordinal: it gives an order ('first', '21st'), not a quantity.",
}

# Hedge words a number can follow ("nearly 40 percent"); the longest first, so "a little more than"
# wins over "more than". Ranges ("between", "-") and "tens of" are read from the mention itself.
PRECEDING_HEDGES = sorted((h for h in HEDGES if h and h not in ("-", "between", "tens of")), key=len, reverse=True)
HEDGE_BEFORE = re.compile(rf"(?<![\w-])({'|'.join(re.escape(h) for h in PRECEDING_HEDGES)})\s+$", re.IGNORECASE)
BETWEEN_BEFORE = re.compile(r"(?<![\w-])between\s+$", re.IGNORECASE)
AND_BETWEEN = re.compile(r"\s+and\s+")
NEXT_WORD = re.compile(r"\s+([A-Za-z]+)")
# Words after a number that are not what it counts ("100 of them", "6,000 were refused").
NOT_A_UNIT = frozenset("""a an and are as at be been by each for from had has have in into is it its more less of on
or out over per than that the their them these they this those to under up was were which who with""".split())
LOOKBEHIND = 40  # characters searched for a hedge word before a number


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


def read_article(path: Path | str) -> bytes:
    """The article's bytes, when they are non-empty UTF-8 text."""
    path = Path(path)
    if not path.is_file():
        raise ArticleError(f"{path}: file not found" if not path.exists() else f"{path}: not a file")
    data = path.read_bytes()
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        raise ArticleError(f"{path}: not UTF-8 text (byte {error.start} cannot be decoded); "
                           "save the article as plain text in UTF-8") from None
    if "\x00" in text:
        raise ArticleError(f"{path}: not plain text (it contains NUL bytes); save the article as plain text")
    if not text.strip():
        raise ArticleError(f"{path}: the file is empty; paste the article's text into it")
    return data


def check_id(doc_id: str) -> str:
    if not ID_PATTERN.fullmatch(doc_id or ""):
        raise ArticleError(f"--id {doc_id!r} is not a valid id: use lower-case letters and digits, "
                           "starting with a letter (for example 'ice24'); it starts every claim id")
    return doc_id


def draft_rows(doc_id: str, text: str) -> tuple[list[dict], list[dict]]:
    """Claim rows and non-claim rows for every numeric mention in text, in order of position."""
    mentions = find_mentions(text)
    claims, non_claims = [], []
    index = 0
    while index < len(mentions):
        mention = mentions[index]
        if mention.kind in NON_CLAIM_REASONS:
            non_claims.append({"doc_id": doc_id, "start": mention.start, "end": mention.end, "text": mention.text,
                               "kind": mention.kind, "reason": NON_CLAIM_REASONS[mention.kind]})
            index += 1
            continue
        following = mentions[index + 1] if index + 1 < len(mentions) else None
        pair = _between(text, mention, following)
        claims.append(pair or _claim(text, mention))
        index += 2 if pair else 1
    for number, row in enumerate(claims, start=1):
        row["claim_id"] = f"{doc_id}-{number:02d}"
        row["doc_id"] = doc_id
    return [{c: row.get(c) for c in CLAIM_COLUMNS} for row in claims], non_claims


def _claim(text: str, mention: Mention) -> dict:
    start, hedge, precision = mention.start, "", mention.precision
    if mention.kind == "range":
        hedge = "-"  # "40-55 percent": the range is in the mention itself
    elif mention.kind == "spelled" and mention.text.lower().startswith("tens of"):
        hedge, precision = "tens of", mention.value  # an order of magnitude, as the ledger records it
    else:
        before = HEDGE_BEFORE.search(text, max(0, mention.start - LOOKBEHIND), mention.start)
        if before:
            start, hedge = before.start(1), before.group(1).lower()
    return _row(text, start, mention.end, mention.value, mention.value_to, precision, hedge, _unit(text, mention))


def _between(text: str, first: Mention, second: Mention | None) -> dict | None:
    """'between 40 and 55 percent' as one claim with value and value_to, or None when it is not that."""
    if second is None or second.kind in NON_CLAIM_REASONS or first.kind == "range" or second.kind == "range":
        return None
    before = BETWEEN_BEFORE.search(text, max(0, first.start - LOOKBEHIND), first.start)
    if not before or not AND_BETWEEN.fullmatch(text, first.end, second.start):
        return None
    low, high = first.value, second.value
    quote = text[before.start():second.end]
    # "between 2 and 3 million": the first number is not stated in base units, so no single row fits.
    if low is None or high is None or low > high or not {low, high} <= set(numbers_in(quote)):
        return None
    stated = [p for p in (first.precision, second.precision) if p]
    unit = _unit(text, second) or _unit(text, first)
    return _row(text, before.start(), second.end, low, high, min(stated) if stated else 0.0, "between", unit)


def _row(text: str, start: int, end: int, value: float, value_to: float | None, precision: float, hedge: str,
         unit: str) -> dict:
    interval = interval_for(value, hedge=hedge, precision=precision, unit=unit, value_to=value_to)
    return {"start": start, "end": end, "quote": text[start:end], "value": value, "value_to": value_to, "unit": unit,
            "hedge": hedge, "precision": precision, "low": interval.low, "high": interval.high,
            "bounds": interval.bounds}


def _unit(text: str, mention: Mention) -> str:
    """A guess at what is counted: percent and dollars from the mention, else the word after the number."""
    if mention.kind in ("percent", "range"):
        return "percent"
    if mention.kind == "money":
        return "usd" if mention.text.startswith("$") else ""
    word = NEXT_WORD.match(text, mention.end)
    if word and word.group(1).lower() not in NOT_A_UNIT:
        return word.group(1).lower()
    return ""


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
    """Write the project for one article into folder. Checks everything before writing anything."""
    data = read_article(article)
    check_id(doc_id)
    folder = Path(folder)
    if folder.exists() and not folder.is_dir():
        raise FolderExists(f"{paths.relative(folder)} exists and is not a folder")
    if folder.exists() and any(folder.iterdir()) and not force:
        raise FolderExists(f"{paths.relative(folder)} already exists and is not empty: nothing was written. "
                           "Choose another --out, or add --force to replace it (your edits there would be lost)")
    if folder.exists() and any(folder.iterdir()) and not _made_by_scaffold(folder):
        raise FolderExists(f"{paths.relative(folder)} is not a folder new-article made (no seeds/sources.yml "
                           "and data/claims.csv): --force replaces only those; choose another --out")
    if folder.exists():
        shutil.rmtree(folder)  # --force: start clean, so no stale file survives from an earlier scaffold

    text = data.decode("utf-8")
    seed_name = f"{doc_id}.txt"
    claims, non_claims = draft_rows(doc_id, text)
    (folder / "seeds").mkdir(parents=True)
    (folder / "data").mkdir()
    (folder / "seeds" / seed_name).write_bytes(data)
    _write(folder / "seeds" / "sources.yml", sources_yaml(doc_id, seed_name, hashlib.sha256(data).hexdigest(), text))
    _write(folder / "data" / "claims.csv", table_text(CLAIM_COLUMNS, claims))
    _write(folder / "data" / "non_claims.csv", table_text(NON_CLAIM_COLUMNS, non_claims))
    shutil.copyfile(paths.DATAPACKAGE_FILE, folder / "data" / "datapackage.json")
    _write(folder / "data" / "checks.yml", CHECKS_YAML)
    return Scaffold(folder=folder, doc_id=doc_id, claims=claims, non_claims=non_claims)


def _made_by_scaffold(folder: Path) -> bool:
    return (folder / "seeds" / "sources.yml").is_file() and (folder / "data" / "claims.csv").is_file()


def _write(path: Path, text: str) -> None:
    path.write_bytes(text.encode("utf-8"))  # bytes: the same '\n' line ends on every platform
