"""What a verdict may rest on, and which statements the public record could not settle.

Two rules, run by `python -m factcheck check` and the build (factcheck/pipeline/validate.py):

- A statement rated worse than "imprecise" whose evidence is the public record alone (no
  check of it reads the article's words outside the statement itself) must cite at least one reference read
  somewhere other than a proxy, mirror or aggregator (data/hosts.yml): a copy of unknown
  fidelity is never the only support of such a rating.
- Every statement in review/references/not-found.yml exists in data/statements.yml, and every
  reference its `facts:` name exists in data/references.csv, and every `unrated:` statement
  (words of an article no statement rates yet) is anchored: the article's text[start:end] is its quote.
"""
from __future__ import annotations

from pathlib import Path

from factcheck.checks.ratings import WORST_TO_BEST
from factcheck.checks.statements import statements_path
from factcheck.files.problems import Collector, raise_if_any
from factcheck.files.yamlfile import load_located
from factcheck.sources.documents import quote_hint, shown_words
from factcheck.sources.record import NOT_FOUND_FILE, is_weak, load_hosts, load_not_found, not_found_facts, not_found_unrated

WORSE_THAN_IMPRECISE = frozenset(WORST_TO_BEST[:WORST_TO_BEST.index("imprecise")])


def check_support(statements, checks, references: dict, ledger, root: Path, checks_file: Path) -> None:
    """Refuse a rating worse than imprecise resting only on weak copies, and an unknown id in not-found.yml."""
    hosts = load_hosts(root)
    not_found = load_not_found(root)
    by_id = {c.id: c for c in checks}
    problems = Collector(statements_path(checks_file))
    for statement in statements:
        if statement.rating not in WORSE_THAN_IMPRECISE:
            continue
        evidence = [by_id[c] for c in statement.evidence if c in by_id]
        if any(_other_words(statement, c, ledger) for c in evidence):
            continue   # the article's own words elsewhere are evidence too: the rating does not rest on the record alone
        cited = sorted({r for c in evidence for r in c.references if r in references})
        if cited and all(is_weak(references[r], hosts) for r in cited):
            problems.add(statement.line, "verdict",
                         f"{statement.id}: rated {statement.rating!r} on references read only on a proxy, mirror or "
                         f"aggregator ({', '.join(cited)}; hosts in data/hosts.yml): cite the original publisher or "
                         "another source, or rate it no worse than 'imprecise'")
    known = {s.id for s in statements}
    listed = Collector(Path(root) / NOT_FOUND_FILE)
    for ident, entry in not_found.items():
        if ident not in known:
            listed.add(entry.line, "statement", f"no statement {ident!r} in data/statements.yml")
    for line, ref_id in not_found_facts(root):
        if ref_id not in references:
            listed.add(line, "facts", f"no reference {ref_id!r} in data/references.csv")
    listed.problems += unrated_problems(root, ledger.documents)
    raise_if_any(problems, listed)


def unrated_problems(root: Path, documents: dict) -> list:
    """What is wrong with the statements listed as not checked against the record (`unrated:` in
    review/references/not-found.yml): an article that is not one of documents, a wrong anchor, no searches. A
    participant's chapter lists them as the article's words, so a folder's own file is checked as the report's is
    (factcheck/byo/workbench.py)."""
    path = Path(root) / NOT_FOUND_FILE
    listed = Collector(path)
    data = load_located(path, listed) if path.is_file() else None
    unrated = data.get("unrated") if isinstance(data, dict) else None
    if unrated is not None and not isinstance(unrated, list):
        listed.add(data.line_of("unrated"), "unrated", "expected a list of statements, each with its article "
                                                     "(doc_id), start, end, quote and the searches tried")
    for line, entry in not_found_unrated(root) if not listed else []:
        doc_id = entry.get("doc_id") if isinstance(entry, dict) else None
        document = documents.get(doc_id) if isinstance(doc_id, str) else None   # (a list for an id: no article)
        if document is None:
            listed.add(line, "unrated", f"no article {entry.get('doc_id') if isinstance(entry, dict) else entry!r}: "
                                        "each unrated statement names its article (doc_id), start, end and quote")
            continue
        anchor = f"{entry['doc_id']}[{entry.get('start')}:{entry.get('end')}]"
        if entry.get("kind") is not None and not isinstance(entry.get("kind"), str):
            listed.add(line, "unrated", f"{anchor}: kind is one word for what the claim is about (law, history...)")
        problem = _unrated_anchor_problem(entry, document.text)
        if problem:
            listed.add(line, "unrated", f"{anchor}: {problem}")
        if not entry.get("searches"):
            listed.add(line, "unrated", f"{anchor}: list the searches tried")
    return listed.problems


def _unrated_anchor_problem(entry: dict, text: str) -> str | None:
    """What is wrong with an unrated statement's anchor in its article's text, said so it can be mended; None if
    nothing is. (A slice reads past the end, or from it backwards, without complaint: each bound is checked.)"""
    start, end, quote = entry.get("start"), entry.get("end"), entry.get("quote")
    if not isinstance(quote, str) or not quote:
        return "give the statement's words as quote, exactly as the article prints them"
    if not all(isinstance(n, int) and not isinstance(n, bool) and n >= 0 for n in (start, end)):
        return ("start and end must be whole numbers of characters, 0 or more (Python string indices)"
                + quote_hint(text, quote))
    if end <= start:
        return f"end must be greater than start{quote_hint(text, quote)}"
    if end > len(text):
        return f"end is past the end of the article ({len(text):,} characters){quote_hint(text, quote)}"
    if text[start:end] != quote:
        return (f"these are the words {shown_words(text[start:end])}, not the quoted words {shown_words(quote)}"
                f"{quote_hint(text, quote)}: fix the offsets or the quote")
    return None


def _other_words(statement, check, ledger) -> bool:
    """Does the check lean on words of the article outside the statement itself (a quote, or a figure it reads)?"""
    for piece in check.evidence:
        if piece["doc_id"] != statement.doc_id or not statement.holds(int(piece["start"]), int(piece["end"])):
            return True
    for claim_id in [*check.inputs.values(), *([check.tests] if check.tests else [])]:
        row = ledger.claim(claim_id)
        if row["doc_id"] != statement.doc_id or not statement.holds(int(row["start"]), int(row["end"])):
            return True
    return False
