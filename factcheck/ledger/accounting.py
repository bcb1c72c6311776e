"""Every numeric mention in every seed must be accounted for: a claim, or a non-claim with a reason."""
from __future__ import annotations

import bisect
import math

from factcheck.files import memo
from factcheck.paths import relative
from factcheck.files.problems import Collector

# Where each seed's numeric mentions are, and the numbers each quote states: pure functions of the text,
# kept between runs (files/memo.py), so `check` after an edit neither finds them again nor imports the
# finder (factcheck.ledger.mentions compiles its patterns at import). read_ledger saves them.
MENTIONS = memo.TextTable("mention-spans")
NUMBERS = memo.TextTable("numbers-read")   # [value, precision] for each number a quote states


def mention_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of every numeric mention in text, in order (factcheck.ledger.mentions.find_mentions)."""
    def find(text: str) -> list[list[int]]:
        from factcheck.ledger.mentions import find_mentions

        return [[m.start, m.end] for m in find_mentions(text)]

    return [(start, end) for start, end in MENTIONS.get(text, find)]


def numbers_read(quote: str) -> list[tuple[float, float | None]]:
    """Every value a quote states (both ends of a range), each with the precision the default reading gives it (the
    finder's: the methods page, "How a number is read"); None for a factor (factcheck.ledger.mentions.numbers_in)."""
    def find(quote: str) -> list[list[float]]:
        from factcheck.ledger.mentions import numbers_in

        return [list(read) for read in numbers_in(quote)]

    return [(value, precision) for value, precision in NUMBERS.get(quote, find)]


def numbers_stated(quote: str) -> list[float]:
    """Every value a quote states."""
    return [value for value, _ in numbers_read(quote)]


def rule_precision(quote: str, value: float) -> float | None:
    """The precision the default reading gives the quote's number equal to value (the first, if it states it
    twice); None when the quote states no such number, or states it as a factor. A claim with another precision is a
    reading of ours, whose reason ends its note after 'Reading:' (ledger.claims.check_reading)."""
    return next((precision for stated, precision in numbers_read(quote) if math.isclose(stated, value, rel_tol=1e-9)),
                None)


def spans_by_document(rows: list[dict]) -> dict[str, list[tuple[int, int]]]:
    spans: dict[str, list[tuple[int, int]]] = {}
    for row in rows:
        if row.get("doc_id") is not None and row.get("start") is not None and row.get("end") is not None:
            spans.setdefault(row["doc_id"], []).append((row["start"], row["end"]))
    return spans


def check_accounting(documents, claims: list[dict], non_claims: list[dict], files,
                     seed_problems: Collector, non_claim_problems: Collector) -> dict[str, int]:
    """Report unaccounted mentions (by seed file and line) and non-claims that hold no mention.

    Returns the number of mentions found per document. Linear in mentions and rows (after sorting):
    an article of 10,000 numbers is checked in a second, not minutes."""
    covered = spans_by_document(claims + non_claims)
    counts = {}
    mentions_in = {doc_id: mention_spans(document.text) for doc_id, document in documents.items()}  # once per seed
    for doc_id, document in documents.items():
        spans = mentions_in[doc_id]
        counts[doc_id] = len(spans)
        is_covered = _coverage(covered.get(doc_id, []))
        uncovered = [span for span in spans if not is_covered(*span)]
        if not uncovered:
            continue
        from factcheck.ledger.mentions import find_mentions   # to name what each one is

        found = {(m.start, m.end): m for m in find_mentions(document.text)}
        line_starts = [i for i, c in enumerate(document.text) if c == "\n"]
        for start, end in uncovered:
            line = bisect.bisect_left(line_starts, start) + 1  # newlines before the mention, plus one
            seed_problems.problems.append(_seed_problem(relative(files.seeds / document.file), line, found[start, end]))
    holds_mention = {doc_id: _holds_mention(spans) for doc_id, spans in mentions_in.items()}
    for row in non_claims:
        document = documents.get(row.get("doc_id"))
        if document is None or row.get("start") is None or row.get("end") is None:
            continue
        if not holds_mention[row["doc_id"]](row["start"], row["end"]):
            non_claim_problems.add(row["_line"], "start", "no numeric mention lies in this span: the row is stale or its offsets are wrong")
    return counts


def _coverage(spans: list[tuple[int, int]]):
    """A test 'does some span hold start:end?': the spans sorted by start, with the furthest end reached so far."""
    spans = sorted(spans)
    starts = [start for start, _ in spans]
    furthest, reach = [], float("-inf")
    for _, end in spans:
        reach = max(reach, end)
        furthest.append(reach)

    def covered(start: int, end: int) -> bool:
        before = bisect.bisect_right(starts, start)  # spans starting at or before start
        return before > 0 and furthest[before - 1] >= end
    return covered


def _holds_mention(spans: list[tuple[int, int]]):
    """A test 'does start:end hold a whole mention?': mentions sorted by start, with the nearest end from there on."""
    ordered = sorted(spans)
    starts = [start for start, _ in ordered]
    nearest, reach = [0] * len(ordered), float("inf")
    for index in range(len(ordered) - 1, -1, -1):
        reach = min(reach, ordered[index][1])
        nearest[index] = reach

    def holds(start: int, end: int) -> bool:
        first = bisect.bisect_left(starts, start)  # mentions starting at or after start
        return first < len(ordered) and nearest[first] <= end
    return holds


def _seed_problem(file: str, line: int, mention):
    from factcheck.files.problems import Problem

    return Problem(file, line, None,
                   f"the {mention.kind} mention {mention.text!r} (offsets {mention.start}:{mention.end}) is not accounted for: "
                   "add it to data/claims.csv, or to data/non_claims.csv with a reason")
