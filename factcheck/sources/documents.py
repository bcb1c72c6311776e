"""The source articles: seed texts and their provenance (seeds/sources.yml), validated.

The seeds are never edited. Everything a reader should know about where a text
came from (outlet, date or inferred date range with its evidence, people quoted,
scraping artefacts) is written in sources.yml, each piece of evidence anchored by
offsets into the seed, exactly like a claim.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import re
from dataclasses import dataclass, field
from pathlib import Path

from factcheck.files.guidance import blank_field
from factcheck.files.problems import Collector
from factcheck.files.yamlfile import kind_of, kind_of_text, load_located

ID_PATTERN = re.compile(r"[a-z][a-z0-9]*")
MAX_ID = 40   # characters: an id names files (`<id>.ipynb`, `<id>-claims.csv`), and a system's names stop at 255 bytes


@dataclass
class Document:
    id: str
    file: str
    sha256: str
    text: str
    outlet: dict
    headline: dict
    date: dict
    people_quoted: list = field(default_factory=list)
    artefacts: list = field(default_factory=list)
    url: str | None = None     # the article's own address, where the text itself gives it (ClaimReview's appearance)

    @property
    def date_label(self) -> str:
        """'2016-08-24' when stated; else the inferred range, 'between ... and ...'."""
        if self.date.get("published"):
            return str(self.date["published"])
        if self.date.get("earliest") is None and self.date.get("latest") is None:
            return "date to fill"  # a draft from `new-article`
        return f"between {self.date['earliest']} and {self.date['latest']} (inferred)"


def sha256_of(path: Path) -> str:
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def load_documents(sources_file: Path, seeds_dir: Path, problems: Collector) -> dict[str, Document]:
    """Documents by id. Problems (with the line in sources.yml) go to `problems`."""
    if not Path(sources_file).exists():
        problems.add(None, None, "file not found")
        return {}
    before = len(problems.problems)
    data = load_located(sources_file, problems)
    if len(problems.problems) > before:  # not readable as YAML: the problem names the line
        return {}
    entries = data.get("documents") if isinstance(data, dict) else None
    if not isinstance(entries, list):
        problems.add(getattr(data, "line", 1) or 1, "documents", "expected a top-level 'documents:' list")
        return {}

    documents: dict[str, Document] = {}
    for index, entry in enumerate(entries):
        if not isinstance(entry, dict):
            problems.add(entries.line_of(index), None, "expected a mapping for each document (id, file, sha256, ...)")
            continue
        document = _document(entry, Path(seeds_dir), problems)
        if document is None:
            continue
        if document.id in documents:
            problems.add(entry.line_of("id"), "id", f"duplicate document id {document.id!r}")
            continue
        documents[document.id] = document

    listed = {entry["file"] for entry in entries  # an entry with problems still names its seed
              if isinstance(entry, dict) and isinstance(entry.get("file"), str)}
    for seed in sorted(Path(seeds_dir).glob("*.txt")):
        if seed.name not in listed:
            problems.add(None, "file", f"seed {seed.name} has no entry in this file")
    return documents


REQUIRED = ("id", "file", "sha256", "outlet", "headline", "date", "people_quoted", "artefacts")


def _document(entry, seeds_dir: Path, problems: Collector) -> Document | None:
    missing = [key for key in REQUIRED if key not in entry]
    for key in missing:
        problems.add(entry.line, key, "missing key")
    if missing:
        return None
    doc_id = str(entry["id"])
    if not ID_PATTERN.fullmatch(doc_id):
        problems.add(entry.line_of("id"), "id", f"expected a lower-case id like 'pep16', found {doc_id!r}")
    elif len(doc_id) > MAX_ID:
        problems.add(entry.line_of("id"), "id", f"an id of {len(doc_id):,} characters is too long (at most {MAX_ID}): "
                                                "a short one like 'pep16' names the article's files and claims")
    seed = _seed_path(entry, seeds_dir, problems)
    if seed is None:
        return None
    actual = sha256_of(seed)
    if actual != entry["sha256"]:
        problems.add(entry.line_of("sha256"), "sha256",
                     f"{seed.name} has sha256 {actual}, not {entry['sha256']}: the seed changed (seeds are never edited)")
    raw = seed.read_bytes()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        problems.add(entry.line_of("file"), "file", f"{seed.name} is not UTF-8 text (byte 0x{raw[error.start]:02x} "
                                                    f"at position {error.start} cannot be read)")
        return None
    if not _has_shape(entry, problems):
        return None

    _check_outlet(entry["outlet"], problems)
    _check_headline(entry["headline"], problems)
    _check_date(entry["date"], text, problems)
    if entry["people_quoted"] is None:
        problems.add(entry.line_of("people_quoted"), "people_quoted", blank_field("people_quoted"), to_fill=True)
    for person in entry["people_quoted"] or []:
        if not person.get("name") or not isinstance(person["name"], str):
            problems.add(getattr(person, "line", entry.line_of("people_quoted")), "people_quoted", "each person needs a name")
    for artefact in entry["artefacts"] or []:
        _check_anchor(artefact, text, problems, "artefacts", ("kind", "quote", "start", "end", "note"))
    url = entry.get("url")
    if url is not None and not (isinstance(url, str) and url.startswith(("https://", "http://")) and url in text):
        problems.add(entry.line_of("url"), "url", "the article's own address is given only where its text prints it: "
                                                  "an http(s) address found verbatim in the seed")
        url = None

    return Document(id=doc_id, file=seed.name, sha256=actual, text=text, outlet=dict(entry["outlet"]),
                    headline=dict(entry["headline"]), date=_plain(entry["date"]),
                    people_quoted=(None if entry["people_quoted"] is None  # a draft's blank, shown "to fill"
                                   else [dict(p) for p in entry["people_quoted"]]),
                    artefacts=[dict(a) for a in entry["artefacts"] or []], url=url)


def unread_seed(name: str) -> bool:
    """A name no seed may have: a hidden file or an editor's backup (`.DS_Store`, `._ana.txt`, `ana.txt~`), which
    a folder's limits do not count (byo/guard.py)."""
    return name.startswith(".") or name.endswith("~")


def _seed_path(entry, seeds_dir: Path, problems: Collector) -> Path | None:
    """The seed file, which must be a plain file name inside seeds/ (never a path out of it)."""
    name = entry["file"]
    line = entry.line_of("file")
    if not isinstance(name, str) or not name or name in (".", "..") or "/" in name or "\\" in name:
        problems.add(line, "file", f"expected the name of a file in {seeds_dir.name}/ (like 'pep16.txt'), found {name!r}; "
                                   f"the seeds stay inside {seeds_dir.name}/")
        return None
    if unread_seed(name):
        problems.add(line, "file", f"{name} is a hidden file or an editor's backup, which no seed may be: name the "
                                   "article's own file (like 'pep16.txt')")
        return None
    seed = seeds_dir / name
    if not seed.resolve().is_relative_to(seeds_dir.resolve()):
        problems.add(line, "file", f"{name} leads out of {seeds_dir.name}/ (a link?); the seeds stay inside it")
        return None
    if not seed.is_file():
        problems.add(line, "file", f"no seed file {name} in {seeds_dir.name}/")
        return None
    return seed


# The keys whose value must be a mapping or a list: anything else is a shape problem, reported and skipped.
MAPPINGS = {"outlet": "name, stated, evidence", "headline": "text, own", "date": "published, earliest, latest, evidence"}
LISTS = {"people_quoted": "one '- name: ...' per person, or []", "artefacts": "one anchored item per artefact, or []"}


def _has_shape(entry, problems: Collector) -> bool:
    """Report every value of the wrong kind (a string where a mapping belongs, ...); True when all are right."""
    ok = True
    for key, keys in MAPPINGS.items():
        if not isinstance(entry[key], dict):
            problems.add(entry.line_of(key), key, f"expected a mapping with {keys}; found {kind_of(entry[key])}")
            ok = False
    for key, what in LISTS.items():
        value = entry[key]
        if value is not None and not isinstance(value, list):
            problems.add(entry.line_of(key), key, f"expected a list ({what}); found {kind_of(value)}")
            ok = False
        for index, item in enumerate(value if isinstance(value, list) else []):
            if not isinstance(item, dict):
                problems.add(value.line_of(index), key, f"expected a mapping for each item; found {kind_of(item)}")
                ok = False
    evidence = entry["date"].get("evidence") if isinstance(entry["date"], dict) else None
    if evidence is not None and not isinstance(evidence, list):
        problems.add(entry["date"].line_of("evidence"), "date.evidence",
                     f"expected a list of anchored quotes (- {{quote, start, end, why}}); found {kind_of(evidence)}")
        ok = False
    record = entry["date"].get("record") if isinstance(entry["date"], dict) else None
    if record is not None and not isinstance(record, list):
        problems.add(entry["date"].line_of("record"), "date.record",
                     f"expected a list of references (- {{ref, why}}); found {kind_of(record)}")
        ok = False
    for index, piece in enumerate(evidence if isinstance(evidence, list) else []):
        if not isinstance(piece, dict):
            problems.add(evidence.line_of(index), "date.evidence", f"expected a mapping with quote, start, end, why; "
                                                                   f"found {kind_of(piece)}")
            ok = False
    return ok



def _check_outlet(outlet, problems: Collector) -> None:
    _check_filled(outlet, "outlet", ("name", "stated", "evidence"), problems)


def _check_headline(headline, problems: Collector) -> None:
    _check_filled(headline, "headline", ("text", "own"), problems)


def _check_filled(mapping, where: str, keys: tuple, problems: Collector) -> None:
    """Each key present; a blank one (null or '') is a judgement left to fill, with advice on what to write."""
    for key in keys:
        if key not in mapping:
            problems.add(mapping.line, f"{where}.{key}", "missing key")
        elif mapping[key] is None or mapping[key] == "":
            problems.add(mapping.line_of(key), f"{where}.{key}", blank_field(f"{where}.{key}"), to_fill=True)
        elif key in ("stated", "own") and not isinstance(mapping[key], bool):
            problems.add(mapping.line_of(key), f"{where}.{key}", f"expected true or false, found {mapping[key]!r}")
        elif key in ("name", "evidence", "text") and not isinstance(mapping[key], str):
            problems.add(mapping.line_of(key), f"{where}.{key}", f"expected text, found {kind_of_text(mapping[key])}")


def _is_day(value) -> bool:
    """A date alone: YAML reads `2017-03-03 10:00:00` as a datetime, which is a date in Python but cannot be
    compared with one."""
    return isinstance(value, dt.date) and not isinstance(value, dt.datetime)


def _shown(value) -> str:
    return f"{value.isoformat(sep=' ')} (a time of day too)" if isinstance(value, dt.datetime) else repr(value)


def _check_date(date, text: str, problems: Collector) -> None:
    if not isinstance(date, dict):
        problems.add(None, "date", "expected a mapping with published, earliest, latest, evidence")
        return
    for key in ("published", "earliest", "latest", "evidence"):
        if key not in date:
            problems.add(date.line, f"date.{key}", "missing key")
    earliest, latest = date.get("earliest"), date.get("latest")
    no_date_yet = date.get("published") is None and earliest is None and latest is None
    if no_date_yet:  # one blank to fill, not two bad dates
        problems.add(date.line, "date", blank_field("date"), to_fill=True)
    for key in ("earliest", "latest"):
        if key in date and not _is_day(date[key]) and not no_date_yet:
            problems.add(date.line_of(key), f"date.{key}", f"expected a date YYYY-MM-DD, found {_shown(date[key])}")
    if _is_day(earliest) and _is_day(latest) and earliest > latest:
        problems.add(date.line_of("earliest"), "date.earliest", f"earliest {earliest} is after latest {latest}")
    published = date.get("published")
    if published is not None and not _is_day(published):
        problems.add(date.line_of("published"), "date.published",
                     f"expected a date or null, found {_shown(published)}")
    if not date.get("evidence"):
        problems.add(date.line_of("evidence"), "date.evidence", blank_field("date.evidence"), to_fill=True)
    for piece in date.get("evidence") or []:  # a list (see _has_shape)
        _check_anchor(piece, text, problems, "date.evidence", ("quote", "start", "end", "why"))
    # What the public record says about the date: ids in data/references.csv (resolved with the checks' citations).
    record = date.get("record") or []
    for index, item in enumerate(record):
        if not (isinstance(item, dict) and isinstance(item.get("ref"), str) and isinstance(item.get("why"), str)):
            problems.add(getattr(item, "line", None) or record.line_of(index), "date.record",
                         "each item needs ref (an id in data/references.csv) and why")


def _check_anchor(item, text: str, problems: Collector, where: str, keys: tuple) -> None:
    if not isinstance(item, dict):
        problems.add(getattr(item, "line", None), where, f"expected a mapping with {', '.join(keys)}")
        return
    for key in keys:
        if key not in item:
            problems.add(item.line, f"{where}.{key}", "missing key")
    start, end, quote = item.get("start"), item.get("end"), item.get("quote")
    if check_offsets(item, where, problems) and isinstance(quote, str) and within_text(item, text, where, problems):
        if text[start:end] != quote:
            problems.add(item.line_of("quote"), f"{where}.quote",
                         f"text[{start}:{end}] is {shown_words(text[start:end])}, not {shown_words(quote)}"
                         f"{quote_hint(text, quote)}")


def check_offsets(item, where: str, problems: Collector) -> bool:
    """start and end are whole numbers, 0 <= start < end; True when they are."""
    ok = True
    for key in ("start", "end"):
        value = item.get(key)
        if key in item and (isinstance(value, bool) or not isinstance(value, int) or value < 0):
            problems.add(item.line_of(key), f"{where}.{key}", f"expected a whole number of characters, 0 or more; found {value!r}")
            ok = False
    start, end = item.get("start"), item.get("end")
    if ok and isinstance(start, int) and isinstance(end, int) and end <= start:
        problems.add(item.line_of("end"), f"{where}.end", f"end {end} must be greater than start {start}")
        ok = False
    return ok and isinstance(start, int) and isinstance(end, int)


def within_text(item, text: str, where: str, problems: Collector) -> bool:
    """item's end lies within the text; else the problem is noted. (A slice stops at the text's end, so
    text[start:end] could equal a quote that reaches it, and a page would link to words that are not there.)"""
    if item["end"] > len(text):
        problems.add(item.line_of("end"), f"{where}.end",
                     f"end {item['end']} is past the end of the text ({len(text)} characters)")
        return False
    return True


def quote_hint(text: str, quote: str) -> str:
    """Where the quote is in the text, said after a message that offsets miss it (its first place, and how many
    more it has, overlapping ones too: a repeated phrase's right place may be another)."""
    found = text.find(quote) if quote else -1
    if found < 0:
        return " (the quote is not in the text)"
    more, at = 0, text.find(quote, found + 1)
    while at >= 0:
        more, at = more + 1, text.find(quote, at + 1)
    again = f", and {more} more time{'s' if more > 1 else ''}" if more else ""
    return f" (the quote occurs at {found}:{found + len(quote)}{again})"


SHOWN = 200   # characters of a text a message quotes at most: a wide wrong anchor, or a long quote, is cut short


def shown_words(words: str) -> str:
    """Words a message quotes, in quotation marks, cut short after SHOWN characters ('…' outside the marks: the
    words' own end is not shown)."""
    return repr(words) if len(words) <= SHOWN else repr(words[:SHOWN]) + "…"


def _plain(value):
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    return value
