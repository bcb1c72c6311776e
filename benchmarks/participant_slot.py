"""Bring your own in a class's slot: what a participant types for `--first N` on a real article (prints figures).

    .venv/bin/python benchmarks/participant_slot.py                 # the five seeds, N = 5
    .venv/bin/python benchmarks/participant_slot.py --first 3 --time seeds/001_be99e01cdf5c7947.txt

Each article is scaffolded as `new-article ARTICLE --first N` does; the cells a participant must type are
counted from what the first `new-article --check DIR --first N` lists (tests/participant.py reads that list as
the scripted participant does): the judgement cells of the first N claim rows, and the provenance's values (a
date is three values, its evidence four, a person quoted two). The first N rows the finder pre-filled are set
against the report's own ledger (data/claims.csv) for the same article: a row the desk has with the same
quote and value is right as it is; one whose words the desk quotes differently (more words, another value)
is one to correct; one the desk has no claim on is one to move to non_claims.csv. Those are the rows the guide asks a person to "check". For the whole article the
same count is given, for scale. --time also times each `--check --first N` run with its chapter and page
(the machine's part of the slot; noisy on a shared machine: give `uptime` beside it).
"""
from __future__ import annotations

import argparse
import csv
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]


def desk_rows(seed: Path) -> list[dict]:
    """The report's claims for the article in this seed file (none for a text the report does not check)."""
    import yaml

    sources = yaml.safe_load((ROOT / "seeds" / "sources.yml").read_text(encoding="utf-8"))["documents"]
    ids = [d["id"] for d in sources if d["file"] == seed.name]
    with open(ROOT / "data" / "claims.csv", encoding="utf-8", newline="") as handle:
        return [row for row in csv.DictReader(handle) if ids and row["doc_id"] == ids[0]]


def count(seed: Path, first: int, timed: bool) -> dict:
    from participant import PROVENANCE_VALUES, listed_blanks
    from factcheck.byo.scaffold import scaffold

    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch) / "art"
        made = scaffold(seed, "art", folder)
        run = lambda *extra: subprocess.run([sys.executable, "-m", "factcheck", "new-article", "--check", str(folder),
                                            *extra], cwd=ROOT, capture_output=True, text=True)
        slot = listed_blanks(run("--first", str(first), "--no-chapter").stdout)
        whole = listed_blanks(run("--no-chapter").stdout)
        seconds = []
        if timed:
            for _ in range(2):
                started = time.perf_counter()
                run("--first", str(first))
                seconds.append(time.perf_counter() - started)

    def cells(blanks):
        claim = sum(1 for file, _, _ in blanks if file.endswith("claims.csv"))
        provenance = sum(PROVENANCE_VALUES[column] for file, _, column in blanks if file.endswith("sources.yml"))
        return claim, provenance

    desk = desk_rows(seed)
    verdicts = {"right": 0, "correct": 0, "move": 0}
    for row in made.claims[:first]:
        overlapping = [r for r in desk if int(r["start"]) < row["end"] and int(r["end"]) > row["start"]]
        if not overlapping:
            verdicts["move" if desk else "correct"] += 1  # no desk to compare with: counted as one to look at
        elif any((int(r["start"]), int(r["end"])) == (row["start"], row["end"]) and r["value"]
                 and float(r["value"]) == float(row["value"]) for r in overlapping):
            verdicts["right"] += 1
        else:
            verdicts["correct"] += 1  # the desk quotes more or fewer words, or reads another value
    return {"claims": len(made.claims), "slot": cells(slot), "whole": cells(whole), "rows": verdicts,
            "desk": len(desk), "seconds": seconds}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("articles", nargs="*", type=Path, help="plain-text articles (default: the five seeds)")
    parser.add_argument("--first", type=int, default=5, help="the slot's N (default: %(default)s)")
    parser.add_argument("--time", action="store_true", help="also time two --check --first N runs with the chapter")
    args = parser.parse_args()
    articles = args.articles or sorted((ROOT / "seeds").glob("*.txt"))
    print(f"--first {args.first}: cells a participant types (claim cells + provenance values)")
    print(f"{'article':<30} {'claims':>6} {'slot':>12} {'whole':>12}  first {args.first} rows vs the desk")
    for seed in articles:
        found = count(seed, args.first, args.time)
        slot, whole = found["slot"], found["whole"]
        rows = found["rows"]
        vs = (f"{rows['right']} right, {rows['correct']} to correct, {rows['move']} not a claim"
              if found["desk"] else "no desk ledger")
        timing = "  --check runs: " + ", ".join(f"{s:.0f} s" for s in found["seconds"]) if found["seconds"] else ""
        print(f"{seed.name:<30} {found['claims']:>6} {f'{slot[0]}+{slot[1]}={sum(slot)}':>12} "
              f"{f'{whole[0]}+{whole[1]}={sum(whole)}':>12}  {vs}{timing}")


if __name__ == "__main__":
    main()
