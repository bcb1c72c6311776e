"""The finder on text it had not seen: every held-out set's first score, one row a set, and the newest sets pooled.

    .venv/bin/python corpus/unseen.py              # every set with a score-before.txt, the six newest pooled
    .venv/bin/python corpus/unseen.py --newest 4   # pool the four newest instead

Each `corpus/heldoutN/score-before.txt` is the finder of its day run once on a set labelled before it ran (the set's
README says which commit); later score files of a set are development figures and are not read here. Pooling adds the
counts (found, right, labelled), not the percentages, so a set of 130 numbers weighs more than one of 44.
"""
from __future__ import annotations

import argparse
import re
from pathlib import Path

CORPUS = Path(__file__).resolve().parent
FIGURES = {  # what score.py prints first in a score file: "units      88.7%  (94 of 106)"
    "recall": r"^recall\s+[\d.]+%\s+\((\d+) of (\d+)",
    "values": r"^values\s+[\d.]+%\s+\((\d+) of (\d+)",
    "readings": r"^readings\s+[\d.]+%\s+\((\d+) of (\d+)",
    "units": r"^units\s+[\d.]+%\s+\((\d+) of (\d+)",
    "quantity words": r"^quantity words\s+[\d.]+%\s+\((\d+) of (\d+)",
}
FALSE_POSITIVES = r"false positives \(quantities reported where the gold has none\): (\d+)"


def first_scores(corpus: Path = CORPUS) -> dict[str, dict[str, tuple[int, int]]]:
    """Each held-out set's first score, as (right, of) per figure, oldest set first."""
    scores = {}
    sets = sorted(corpus.glob("heldout*/score-before.txt"), key=lambda p: int(p.parent.name[7:] or 1))
    for path in sets:
        text = path.read_text(encoding="utf-8")
        figures = {}
        for name, pattern in FIGURES.items():
            match = re.search(pattern, text, re.M)
            if not match:
                raise ValueError(f"{path}: no '{name}' line where score.py writes it")
            figures[name] = (int(match[1]), int(match[2]))
        match = re.search(FALSE_POSITIVES, text)
        if not match:
            raise ValueError(f"{path}: no false-positive count where score.py writes it")
        figures["false positives"] = (int(match[1]), 0)
        scores[path.parent.name] = figures
    return scores


def pooled(scores: dict[str, dict[str, tuple[int, int]]]) -> dict[str, tuple[int, int]]:
    total: dict[str, tuple[int, int]] = {}
    for figures in scores.values():
        for name, (right, of) in figures.items():
            before = total.get(name, (0, 0))
            total[name] = (before[0] + right, before[1] + of)
    return total


def _row(name: str, figures: dict[str, tuple[int, int]]) -> str:
    cells = [f"{f'{100 * right / of:.1f}% ({right} of {of})':>22}"
             for key, (right, of) in figures.items() if key != "false positives"]
    return f"{name:<18}" + "".join(cells) + f"{figures['false positives'][0]:>17}"


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--newest", type=int, default=6, help="how many of the newest sets to pool (default 6)")
    args = parser.parse_args(argv)
    scores = first_scores()
    print(f"{'set':<18}" + "".join(f"{name:>22}" for name in FIGURES) + f"{'false positives':>17}")
    for name, figures in scores.items():
        print(_row(name, figures))
    newest = dict(list(scores.items())[-args.newest:])
    print(_row(f"{len(newest)} newest, pooled", pooled(newest)))


if __name__ == "__main__":
    main()
