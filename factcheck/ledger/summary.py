"""Short text summaries of the ledger, for the command line."""
from __future__ import annotations

import math

from factcheck.ledger.accounting import mention_spans


def summary(ledger) -> str:
    """`check`'s summary of a validated ledger (its rows, `read_ledger`, or its DataFrames, `load_ledger`)."""
    claims, non_claims = ledger.claims, ledger.non_claims
    claim_docs, non_claim_docs = list(claims["doc_id"]), list(non_claims["doc_id"]) if len(non_claims) else []
    lines = ["Ledger OK.", "", f"{'document':<10} {'claims':>6} {'non-claims':>10} {'mentions':>8}  file"]
    for doc_id, document in ledger.documents.items():
        lines.append(f"{doc_id:<10} {claim_docs.count(doc_id):>6} {non_claim_docs.count(doc_id):>10} "
                     f"{len(mention_spans(document.text)):>8}  {document.file}")
    words = [bool(w) for w in claims["words"]]   # a word claim names its words; a number claim leaves them blank
    highs, bounds = list(claims["high"]), list(claims["bounds"])
    numbers, in_words = words.count(False), words.count(True)
    unbounded = sum(math.isinf(high) for high, word in zip(highs, words) if not word)
    conditions = sum(bound == "" for bound, word in zip(bounds, words) if word)
    total_mentions = sum(len(mention_spans(d.text)) for d in ledger.documents.values())
    lines += ["", f"{len(claims)} claims ({numbers} numbers, {in_words} in words), {len(non_claims)} non-claims; "
                  f"all {total_mentions} numeric mentions accounted for.",
              f"{numbers} intervals computed under the {ledger.rules.name} hedge rules ({unbounded} with no upper limit); "
              f"{in_words - conditions} ranges read from quantity words, {conditions} conditions for people to judge.",
              f"{len(ledger.documents)} seeds match their sha256 in seeds/sources.yml."]
    return "\n".join(lines)
