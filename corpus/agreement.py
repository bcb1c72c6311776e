"""Agreement between two readings of the same texts: a held-out set's gold and a second reader's labels.

    python corpus/agreement.py FIRST_GOLD SECOND_GOLD [--names FIRST_NAME SECOND_NAME]

Only the texts the second file labels are compared. Rows are matched within a text by overlapping offsets (each
row at most once; pairs of the same kind first, then the largest overlap, so a value row is matched to the value
row it overlaps, not to a rate's base beside it). For matched rows: agreement on kind, and, where both readers
scored the row as a quantity (quantity, duration, multiplier, fraction), on value (and value_to), reading and unit
(units compared singular or plural alike, word by word and case-insensitively, by corpus/score.py's own function). Rows only one
reader labelled are listed. Used by the second readings in corpus/heldout5/ and corpus/heldout6/.
"""
import argparse
import csv
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from score import same_unit  # noqa: E402  (corpus/score.py's own comparison, so the scorer and this never differ)

SCORED = {"quantity", "duration", "multiplier", "fraction"}


def load(path: Path, docs: set[str] | None) -> list[dict]:
    with open(path, encoding="utf-8", newline="") as handle:
        rows = [row for row in csv.DictReader(handle) if docs is None or row["doc"] in docs]
    for row in rows:
        row["start"], row["end"] = int(row["start"]), int(row["end"])
    return rows


def same_number(a: str, b: str) -> bool:
    if a == b == "":
        return True
    try:
        return abs(float(a) - float(b)) < 1e-6 * max(1.0, abs(float(a)))
    except ValueError:
        return False




def match(first: list[dict], second: list[dict]) -> list[tuple[dict, dict]]:
    candidates = []
    for i, a in enumerate(first):
        for j, b in enumerate(second):
            overlap = min(a["end"], b["end"]) - max(a["start"], b["start"])
            if a["doc"] == b["doc"] and overlap > 0:
                candidates.append((a["kind"] != b["kind"], -overlap, i, j))
    used_a, used_b, pairs = set(), set(), []
    for _, _, i, j in sorted(candidates):
        if i not in used_a and j not in used_b:
            used_a.add(i)
            used_b.add(j)
            pairs.append((i, j))
    return sorted(pairs)


def show(row: dict) -> str:
    fields = [row["kind"], row["value"], row["value_to"], row["reading"], row["unit"]]
    return f"{row['doc']}:{row['start']} {row['quote']!r} " + "/".join(fields).rstrip("/")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("first", type=Path, help="the gold file of the set (its first reading)")
    parser.add_argument("second", type=Path, help="the second reader's gold file")
    parser.add_argument("--names", nargs=2, default=("the set's gold", "the second reading"),
                        metavar=("FIRST", "SECOND"), help="what to call the two readings in the output")
    args = parser.parse_args()
    first_name, second_name = args.names
    second = load(args.second, None)
    docs = {row["doc"] for row in second}
    first = load(args.first, docs)
    pairs = match(first, second)
    paired_a = {i for i, _ in pairs}
    paired_b = {j for _, j in pairs}
    print(f"{first_name} rows {len(first)}, {second_name} rows {len(second)}, matched by offsets {len(pairs)}")
    kind_agree = sum(first[i]["kind"] == second[j]["kind"] for i, j in pairs)
    print(f"kind agrees: {kind_agree} of {len(pairs)} matched rows")
    scored = [(i, j) for i, j in pairs if first[i]["kind"] in SCORED and second[j]["kind"] in SCORED]
    checks = {
        "value": lambda a, b: same_number(a["value"], b["value"]) and same_number(a["value_to"], b["value_to"]),
        "reading": lambda a, b: a["reading"] == b["reading"],
        "unit": lambda a, b: same_unit(a["unit"], b["unit"]),
    }
    for name, check in checks.items():
        agree = sum(check(first[i], second[j]) for i, j in scored)
        print(f"{name} agrees: {agree} of {len(scored)} rows both readers scored as quantities")
    print(f"\nmatched rows that differ ({first_name} | {second_name}):")
    for i, j in pairs:
        a, b = first[i], second[j]
        differs = a["kind"] != b["kind"] or a["quote"] != b["quote"]
        if (i, j) in scored:
            differs = differs or not all(check(a, b) for check in checks.values())
        elif a["kind"] == b["kind"] == "word":
            differs = differs or a["reading"] != b["reading"] or not same_unit(a["unit"], b["unit"])
        if differs:
            print(f"  {show(a)}  |  {show(b)}")
    print(f"\nonly in {first_name}:")
    for i, row in enumerate(first):
        if i not in paired_a:
            print(f"  {show(row)}")
    print(f"\nonly in {second_name}:")
    for j, row in enumerate(second):
        if j not in paired_b:
            print(f"  {show(row)}")


if __name__ == "__main__":
    main()
