"""Every numeric mention in every seed must be accounted for: a claim, or a non-claim with a reason."""
from __future__ import annotations

from factcheck.ledger.mentions import find_mentions
from factcheck.paths import relative
from factcheck.files.problems import Collector


def spans_by_document(rows: list[dict]) -> dict[str, list[tuple[int, int]]]:
    spans: dict[str, list[tuple[int, int]]] = {}
    for row in rows:
        if row.get("doc_id") is not None and row.get("start") is not None and row.get("end") is not None:
            spans.setdefault(row["doc_id"], []).append((row["start"], row["end"]))
    return spans


def check_accounting(documents, claims: list[dict], non_claims: list[dict], files,
                     seed_problems: Collector, non_claim_problems: Collector) -> dict[str, int]:
    """Report unaccounted mentions (by seed file and line) and non-claims that hold no mention.

    Returns the number of mentions found per document."""
    covered = spans_by_document(claims + non_claims)
    counts = {}
    mentions_in = {doc_id: find_mentions(document.text) for doc_id, document in documents.items()}  # once per seed
    for doc_id, document in documents.items():
        mentions = mentions_in[doc_id]
        counts[doc_id] = len(mentions)
        spans = covered.get(doc_id, [])
        for m in mentions:
            if not any(start <= m.start and m.end <= end for start, end in spans):
                line = document.text.count("\n", 0, m.start) + 1
                seed_problems.problems.append(_seed_problem(relative(files.seeds / document.file), line, m))
    for row in non_claims:
        document = documents.get(row.get("doc_id"))
        if document is None or row.get("start") is None or row.get("end") is None:
            continue
        if not any(row["start"] <= m.start and m.end <= row["end"] for m in mentions_in[row["doc_id"]]):
            non_claim_problems.add(row["_line"], "start", "no numeric mention lies in this span: the row is stale or its offsets are wrong")
    return counts


def _seed_problem(file: str, line: int, mention):
    from factcheck.files.problems import Problem

    return Problem(file, line, None,
                   f"the {mention.kind} mention {mention.text!r} (offsets {mention.start}:{mention.end}) is not accounted for: "
                   "add it to data/claims.csv, or to data/non_claims.csv with a reason")
