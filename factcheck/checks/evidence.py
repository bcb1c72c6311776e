"""Every sentence the desk publishes names its evidence, or says it is the desk's judgement.

The desk's prose (a statement's `why` and `matters` in data/statements.yml, a check's
`reason` and `record` in data/checks.yml, the "What we found" paragraphs in data/summaries.yml,
the corrections in data/report.yml) is
written as sentences, each ending with a marker in double square brackets that names
what it rests on:

    why: "The Trust Act that became law was signed in October 2013. [[ref:ca-trust-act-2013-signed]]
          Off by a year; the law's effect does not depend on it. [[judgement]]"

Inside a marker, separated by commas:

    hearing16-05            a claim id (data/claims.csv): the article's own words
    removals-fy2015-...     a check id (data/checks.yml): a derivation or comparison, with its quotes
    hearing16-...           a statement id (data/statements.yml): the sentence of the article rated
    ref:ice-fy2015-...      a reference id (data/references.csv): the record's quoted words
    article:hearing16       the article's full text, for what it says or leaves out as a whole
    register                the counts of the report's own ratings (a summary's {rated}, {problems} ...)
    judgement               the desk's opinion ("this matters because ..."), not a fact

A sentence may carry evidence and be a judgement at once ([[judgement, hearing16-05]]).
The markers are data for the desk and the validator; readers never see them (`plain`).
Sentences are found with pysbd (already used for the articles' sentences), so a marker
that covers two sentences leaves the first without evidence, and `check` names it.
"""
from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from factcheck.files import memo
from factcheck.files.problems import Collector, raise_if_any

MARKER = re.compile(r"\[\[([^\[\]]*)\]\]")
_STRIP = re.compile(r"[ \t]*\[\[[^\[\]]*\]\]")
JUDGEMENT = "judgement"
REGISTER = "register"
PREFIXES = ("ref:", "article:")
HOW = ("end it with its evidence in double brackets: [[claim-id]], [[check-id]], [[statement-id]], "
       "[[ref:reference-id]], [[article:doc-id]] or [[register]]; or [[judgement]] if it is the desk's opinion")
__all__ = ["Sentence", "plain", "sentences", "check_sentence_evidence", "published_sentences"]


@dataclass(frozen=True)
class Sentence:
    text: str                    # as a reader reads it (markers removed)
    evidence: tuple[str, ...]    # ids as written in the marker, 'judgement' removed
    kind: str                    # 'fact', 'judgement', or 'missing' (no marker: refused by `check`)


def plain(text):
    """The text as readers see it: every [[...]] marker removed, with the space before it."""
    if not isinstance(text, str) or "[[" not in text:
        return text
    return re.sub(r"[ \t]{2,}", " ", _STRIP.sub("", text)).strip()


SENTENCES = memo.TextTable("sentences")   # pysbd's answers, kept between runs (most of `check`'s time otherwise)


@lru_cache(maxsize=4096)
def _split(text: str) -> tuple[str, ...]:
    return tuple(SENTENCES.get(text, _segment))


def _segment(text: str) -> list[str]:
    import pysbd

    segmenter = pysbd.Segmenter(language="en", clean=False)
    return [s.strip() for s in segmenter.segment(text) if s.strip()]


def _has_words(text: str) -> bool:
    return bool(re.search(r"\w", re.sub(r"\{[^{}]*\}", "x", text)))


def sentences(text: str) -> list[Sentence]:
    """The text's sentences, each with the evidence its marker names; a sentence without a marker is 'missing'."""
    found, at = [], 0
    for match in MARKER.finditer(text):
        chunk = text[at:match.start()]
        at = match.end()
        items = tuple(i.strip() for i in match.group(1).split(",") if i.strip())
        pieces = _split(chunk) if _has_words(chunk) else ()
        if not pieces:   # a marker right after another one: it adds to the same sentence
            if found and found[-1].kind != "missing":
                last = found.pop()
                merged = last.evidence + tuple(i for i in items if i != JUDGEMENT)
                kind = JUDGEMENT if last.kind == JUDGEMENT or JUDGEMENT in items else "fact"
                found.append(Sentence(last.text, merged, kind))
            continue
        found += [Sentence(piece, (), "missing") for piece in pieces[:-1]]
        kind = JUDGEMENT if JUDGEMENT in items else ("fact" if items else "missing")
        found.append(Sentence(pieces[-1], tuple(i for i in items if i != JUDGEMENT), kind))
    rest = text[at:]
    if _has_words(rest):
        found += [Sentence(piece, (), "missing") for piece in _split(rest)]
    return found


PROSE_FILES = ("data/statements.yml", "data/checks.yml", "data/summaries.yml", "data/report.yml")


def published_sentences(root: Path) -> list[tuple[str, int, str, Sentence]]:
    """(file, line, (column, whose), sentence) for every sentence of the desk's prose under root.

    A function of those four files' bytes alone: kept by their content (factcheck.files.memo.by_content), so a
    build or `check` after an edit to the claims does not locate and split every sentence again."""
    from factcheck.files import memo

    root = Path(root)
    parts = []
    for name in PROSE_FILES:
        try:
            parts.append(name.encode() + b"\0" + hashlib.sha256((root / name).read_bytes()).digest())
        except FileNotFoundError:
            parts.append(name.encode() + b"\0missing")
        except OSError:   # a folder, no permission: read as before, never kept
            return _published_sentences(root)
    return memo.by_content("published-sentences", b"\0".join(parts), lambda: (_published_sentences(root), True))


def _published_sentences(root: Path) -> list[tuple[str, int, str, Sentence]]:
    from factcheck.files.yamlfile import load_located

    out = []
    for name, texts in zip(PROSE_FILES, (_statement_texts, _check_texts, _summary_texts, _correction_texts)):
        path = root / name
        if not path.exists():
            continue
        for line, field, text in texts(load_located(path)):
            out += [(name, line, field, s) for s in sentences(text)]
    SENTENCES.save()
    return out


def _statement_texts(data):
    for entry in (data.get("statements") or []) if isinstance(data, dict) else []:
        verdict = entry.get("verdict") if isinstance(entry, dict) else None
        if not isinstance(verdict, dict):
            continue
        for key in ("why", "matters"):
            if isinstance(verdict.get(key), str):
                yield verdict.line_of(key), (f"verdict.{key}", f"statement {entry.get('id')}: "), verdict[key]


def _check_texts(data):
    for entry in (data.get("checks") or []) if isinstance(data, dict) else []:
        for key in ("reason", "record"):
            if isinstance(entry, dict) and isinstance(entry.get(key), str):
                yield entry.line_of(key), (key, f"check {entry.get('id')}: "), entry[key]


def _summary_texts(data):
    if not isinstance(data, dict):
        return
    if isinstance(data.get("landing"), str):
        yield data.line_of("landing"), ("landing", ""), data["landing"]
    documents = data.get("documents") or {}
    if isinstance(documents, dict):
        for key, text in documents.items():
            if isinstance(text, str):
                yield documents.line_of(key), (f"documents.{key}", ""), text


def _correction_texts(data):
    corrections = data.get("corrections") if isinstance(data, dict) else None
    for index, entry in enumerate(corrections if isinstance(corrections, list) else []):
        for key in ("what", "why"):
            if isinstance(entry, dict) and isinstance(entry.get(key), str):
                yield entry.line_of(key), (f"corrections.{key}", f"correction {index + 1}: "), entry[key]


def _statement_ids_written(root: Path) -> set[str]:
    """The ids statements.yml gives, where it could not be loaded (its own problems are said apart): every sentence
    citing a statement was refused besides, 57 lines for one mistake."""
    from factcheck.files.yamlfile import load_located

    try:
        data = load_located(root / "data" / "statements.yml")
    except Exception:   # unreadable: said where it is loaded
        return set()
    entries = data.get("statements") if isinstance(data, dict) else None
    return {e["id"] for e in entries if isinstance(e, dict) and isinstance(e.get("id"), str)} \
        if isinstance(entries, list) else set()


def check_sentence_evidence(root: Path, ledger, checks, statements, references) -> None:
    """Refuse a sentence of fact without evidence, and evidence that names nothing; one line per fault.

    Applies to the desk's own report (a project with data/statements.yml); a participant's
    new article, rated on its checks, is not held to it.
    """
    root = Path(root)
    if not (root / "data" / "statements.yml").exists():
        return
    known = set(ledger.claims["claim_id"]) | {c.id for c in checks or []} | (
        {s.id for s in statements} if statements is not None else _statement_ids_written(root))
    refs, docs = set(references or {}), set(ledger.documents)
    collectors: dict[str, Collector] = {}
    for name, line, (field, whose), sentence in published_sentences(root):
        problems = collectors.get(name)
        if problems is None:   # (not setdefault: a collector and a path made for each of ~10,000 items at 200 articles)
            problems = collectors[name] = Collector(root / name)
        shown = sentence.text if len(sentence.text) <= 100 else sentence.text[:97] + "..."
        if sentence.kind == "missing":
            problems.add(line, field, f"{whose}the sentence “{shown}” names no evidence: {HOW}")
            continue
        for item in sentence.evidence:
            if item.startswith("ref:"):
                ok, what = item[4:] in refs, f"no reference {item[4:]!r} in data/references.csv"
            elif item == REGISTER:
                ok, what = True, ""
            elif item.startswith("article:"):
                ok, what = item[8:] in docs, f"no article {item[8:]!r} in seeds/sources.yml"
            else:
                ok, what = item in known, (f"{item!r} is no claim, check or statement id (a reference is written "
                                           f"ref:{item})")
            if not ok:
                problems.add(line, field, f"{whose}the sentence “{shown}” cites evidence that does not exist: {what}")
    raise_if_any(*collectors.values())
