"""Short text summaries of the ledger, for the command line."""
from __future__ import annotations

import math

from factcheck.ledger.mentions import find_mentions


def summary(ledger) -> str:
    claims, non_claims = ledger.claims, ledger.non_claims
    lines = ["Ledger OK.", "", f"{'document':<10} {'claims':>6} {'non-claims':>10} {'mentions':>8}  file"]
    for doc_id, document in ledger.documents.items():
        n_claims = int((claims["doc_id"] == doc_id).sum()) if len(claims) else 0
        n_non = int((non_claims["doc_id"] == doc_id).sum()) if len(non_claims) else 0
        lines.append(f"{doc_id:<10} {n_claims:>6} {n_non:>10} {len(find_mentions(document.text)):>8}  {document.file}")
    words = claims["words"].astype(bool) if len(claims) else claims["claim_id"].astype(bool)
    numbers = claims[~words]
    unbounded = int(sum(math.isinf(h) for h in numbers["high"]))
    conditions = int((claims[words]["bounds"] == "").sum())
    total_mentions = sum(len(find_mentions(d.text)) for d in ledger.documents.values())
    lines += ["", f"{len(claims)} claims ({len(numbers)} numbers, {int(words.sum())} in words), {len(non_claims)} non-claims; "
                  f"all {total_mentions} numeric mentions accounted for.",
              f"{len(numbers)} intervals computed under the {ledger.rules.name} hedge rules ({unbounded} with no upper limit); "
              f"{int(words.sum()) - conditions} ranges read from quantity words, {conditions} conditions for people to judge.",
              f"{len(ledger.documents)} seeds match their sha256 in seeds/sources.yml."]
    return "\n".join(lines)
