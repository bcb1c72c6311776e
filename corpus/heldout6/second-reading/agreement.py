"""Agreement between the fifth held-out set's gold and this second, independent reading of two of its texts.

Rows are matched within a text by overlapping offsets (each row at most once; pairs of the same kind first, then
the largest overlap, so a value row is matched to the value row it overlaps, not to a rate's base beside it).
For matched rows: agreement on kind, and, where both readers scored the row as a quantity (quantity, duration,
multiplier, fraction), on value (and value_to), reading and unit (units compared singular or plural alike and
case-insensitively, as corpus/score.py compares them). Rows only one reader labelled are listed.
Run: python corpus/heldout6/second-reading/agreement.py
"""
import csv
from pathlib import Path

HERE = Path(__file__).resolve().parent
FIRST = HERE.parent.parent / "heldout5" / "gold.csv"
SECOND = HERE / "gold.csv"
SCORED = {"quantity", "duration", "multiplier", "fraction"}


def load(path: Path, docs: set[str]) -> list[dict]:
    with open(path, encoding="utf-8", newline="") as handle:
        rows = [row for row in csv.DictReader(handle) if row["doc"] in docs]
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


def unit_key(unit: str) -> str:
    unit = unit.strip().lower()
    return unit[:-1] if unit.endswith("s") else unit


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
    second = load(SECOND, {"ap00", "bb21"})
    docs = {row["doc"] for row in second}
    first = load(FIRST, docs)
    pairs = match(first, second)
    paired_a = {i for i, _ in pairs}
    paired_b = {j for _, j in pairs}
    print(f"heldout5 gold rows {len(first)}, second reading rows {len(second)}, matched by offsets {len(pairs)}")
    kind_agree = sum(first[i]["kind"] == second[j]["kind"] for i, j in pairs)
    print(f"kind agrees: {kind_agree} of {len(pairs)} matched rows")
    scored = [(i, j) for i, j in pairs if first[i]["kind"] in SCORED and second[j]["kind"] in SCORED]
    checks = {
        "value": lambda a, b: same_number(a["value"], b["value"]) and same_number(a["value_to"], b["value_to"]),
        "reading": lambda a, b: a["reading"] == b["reading"],
        "unit": lambda a, b: unit_key(a["unit"]) == unit_key(b["unit"]),
    }
    for name, check in checks.items():
        agree = sum(check(first[i], second[j]) for i, j in scored)
        print(f"{name} agrees: {agree} of {len(scored)} rows both readers scored as quantities")
    print("\nmatched rows that differ (heldout5 gold | second reading):")
    for i, j in pairs:
        a, b = first[i], second[j]
        differs = a["kind"] != b["kind"] or a["quote"] != b["quote"]
        if (i, j) in scored:
            differs = differs or not all(check(a, b) for check in checks.values())
        elif a["kind"] == b["kind"] == "word":
            differs = differs or a["reading"] != b["reading"] or unit_key(a["unit"]) != unit_key(b["unit"])
        if differs:
            print(f"  {show(a)}  |  {show(b)}")
    print("\nonly in heldout5's gold:")
    for i, row in enumerate(first):
        if i not in paired_a:
            print(f"  {show(row)}")
    print("\nonly in the second reading:")
    for j, row in enumerate(second):
        if j not in paired_b:
            print(f"  {show(row)}")


if __name__ == "__main__":
    main()
