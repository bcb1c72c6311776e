"""Reconcile the second reading with the ledger: what each found, and what was done about the difference.

The second reader read the five articles with only the method in hand, never the
ledger, and listed every checkable statement (second-reading/statements.yml) and
every pair that could conflict (second-reading/conflicts.yml). A statement is
"found by both" when its words overlap a claim, a non-claim or a quote of a check
in the ledger. Each statement only the second reader found has a resolution in
second-reading/resolutions.yml; this script fails if one is missing.

    .venv/bin/python review/reconcile.py
"""
from __future__ import annotations

import sys
from collections import Counter, defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from factcheck.files.problems import Collector, Problem, ValidationFailed, raise_if_any  # noqa: E402
from factcheck.files.yamlfile import load_located  # noqa: E402
from factcheck.ledger.claims import load_ledger  # noqa: E402
from factcheck.report.register import outcomes  # noqa: E402

READING = HERE / "second-reading"
SIDE_KEYS = ("file", "quote")
KEYS = {"statements.yml": SIDE_KEYS, "conflicts.yml": ("a", "b", "about", "judgement"),
        "resolutions.yml": ("quote", "decision"), "pair-resolutions.yml": ("about", "decision")}


def read_list(name: str, documents: dict) -> list:
    """One file of the second reading: a list of mappings with its keys, every quote in its article.

    Each problem names the file and line and says what to write (raised together, as ValidationFailed)."""
    path = READING / name
    problems = Collector(path)
    if not path.exists():
        problems.add(None, None, "file not found: the second reading needs it (see review/reconcile.py)")
        raise_if_any(problems)
    data = load_located(path, problems)
    raise_if_any(problems)
    if data is None and name in ("resolutions.yml", "pair-resolutions.yml"):
        return []
    if not isinstance(data, list):
        found = "an empty file" if data is None else f"a {type(data).__name__}"
        problems.add(1, None, f"expected a list of entries ('- {KEYS[name][0]}: ...'), found {found}")
        raise_if_any(problems)
    texts = {d.file: d.text for d in documents.values()}
    for index, item in enumerate(data):
        line = data.line_of(index)
        if not isinstance(item, dict):
            problems.add(line, None, f"expected an entry with {', '.join(KEYS[name])}")
            continue
        for key in KEYS[name]:
            if key not in item:
                problems.add(line, key, "missing: every entry needs it")
        sides = [item] if name == "statements.yml" else [s for k in ("a", "b") for s in
                                                         (item.get(k) if isinstance(item.get(k), list) else [item.get(k)])
                                                         if k in item]
        for side in sides:
            where = getattr(side, "line", line)
            if not (isinstance(side, dict) and all(isinstance(side.get(k), str) for k in SIDE_KEYS)):
                problems.add(where, None, "each side needs file and quote, as text")
            elif side["file"] not in texts:
                problems.add(where, "file", f"no article {side['file']!r} in seeds/sources.yml; known: "
                                            f"{', '.join(sorted(texts))}")
            elif side["quote"] not in texts[side["file"]]:
                problems.add(where, "quote", f"these words are not in {side['file']}: copy them exactly from the seed")
    raise_if_any(problems)
    return data


def ledger_spans(ledger, results):
    """(doc_id) -> [(start, end, what)] for every claim, non-claim and check quote."""
    spans = defaultdict(list)
    for r in ledger.claims.itertuples():
        spans[r.doc_id].append((r.start, r.end, f"claim {r.claim_id}"))
    for r in ledger.non_claims.itertuples():
        spans[r.doc_id].append((r.start, r.end, f"non-claim ({r.kind})"))
    for o in results:
        for piece in o.check.evidence:
            spans[piece["doc_id"]].append((piece["start"], piece["end"], f"check {o.check.id}"))
    for d in ledger.documents.values():
        for piece in (d.date.get("evidence") or []) + list(d.artefacts):
            spans[d.id].append((piece["start"], piece["end"], "provenance"))
    return spans


def locate(ledger, item):
    document = next(d for d in ledger.documents.values() if d.file == item["file"])  # read_list checked both
    start = document.text.find(item["quote"])
    return document.id, start, start + len(item["quote"])


def checks_reading(ledger, results, side) -> set[str]:
    """The checks that quote, or use a claim inside, any of the side's statements."""
    found = set()
    for item in side if isinstance(side, list) else [side]:
        doc_id, start, end = locate(ledger, item)
        for o in results:
            pieces = [(p["doc_id"], p["start"], p["end"]) for p in o.check.evidence]
            pieces += [(ledger.claim(c)["doc_id"], ledger.claim(c)["start"], ledger.claim(c)["end"]) for c in o.check.claim_ids]
            if any(d == doc_id and s < end and start < e for d, s, e in pieces):
                found.add(o.check.id)
    return found


def main() -> int:
    try:
        ledger = load_ledger()
        results = outcomes(ledger)
        found: list[Problem] = []
        files = {}
        for name in KEYS:
            try:
                files[name] = read_list(name, ledger.documents)
            except ValidationFailed as failed:
                found += failed.problems
        if found:
            raise ValidationFailed(found)
    except ValidationFailed as failed:
        print(failed, file=sys.stderr)
        return 1
    spans = ledger_spans(ledger, results)
    statements, conflicts = files["statements.yml"], files["conflicts.yml"]
    resolutions = files["resolutions.yml"]

    both, only_second, touched = [], [], set()
    for item in statements:
        doc_id, start, end = locate(ledger, item)
        hits = [what for s, e, what in spans[doc_id] if s < end and start < e]
        touched.update((doc_id, s, e) for s, e, what in spans[doc_id] if s < end and start < e)
        (both if hits else only_second).append(item)
    only_ledger = [r for r in ledger.claims.itertuples() if (r.doc_id, r.start, r.end) not in touched]

    by_quote = {r["quote"]: r for r in resolutions}
    unresolved = [i for i in only_second if i["quote"] not in by_quote]
    print(f"second reading: {len(statements)} statements, {len(conflicts)} pairs")
    print(f"found by both: {len(both)}")
    print(f"only by the second reader: {len(only_second)}")
    for decision, n in sorted(Counter(by_quote[i['quote']]['decision'] for i in only_second
                                      if i["quote"] in by_quote).items()):
        print(f"  {decision}: {n}")
    print(f"only in the ledger (claims the second reader did not list): {len(only_ledger)}")
    for r in only_ledger:
        print(f"  {r.claim_id}: {r.quote!r}")

    # every pair the second reader judged a conflict or a tension: does one check read both sides?
    pair_resolutions = {r["about"]: r for r in files["pair-resolutions.yml"]}
    serious = [c for c in conflicts if c["judgement"] != "compatible"]
    read_together, unresolved_pairs = 0, []
    for pair in serious:
        a, b = (checks_reading(ledger, results, side) for side in (pair["a"], pair["b"]))
        if a & b:
            read_together += 1
        elif pair["about"] not in pair_resolutions:
            unresolved_pairs.append(pair)
    print(f"pairs the second reader judged a conflict or a tension: {len(serious)}; read together by one check: "
          f"{read_together}; the rest resolved in pair-resolutions.yml: "
          f"{len(serious) - read_together - len(unresolved_pairs)}")
    for decision, n in sorted(Counter(r["decision"] for r in pair_resolutions.values()).items()):
        print(f"  {decision}: {n}")
    if unresolved_pairs:
        print(f"\n{len(unresolved_pairs)} pairs have no check and no resolution:")
        for pair in unresolved_pairs:
            print(f"  - about: {pair['about']!r}")
    if unresolved or unresolved_pairs:
        print(f"\n{len(unresolved)} statements only the second reader found have no resolution:")
        for item in unresolved:
            print(f"  - file: {item['file']}\n    quote: {item['quote']!r}")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
