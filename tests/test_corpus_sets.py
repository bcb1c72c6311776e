"""corpus/: the labelled sets share one name space of text ids (a workshop variant, a score line and a README name a
text by its id alone)."""
from __future__ import annotations

import csv
from collections import Counter
from pathlib import Path

CORPUS = Path(__file__).resolve().parent.parent / "corpus"


def _sets() -> list[Path]:
    return [CORPUS, *sorted(p for p in CORPUS.glob("heldout*") if p.is_dir())]


def test_no_two_texts_of_the_labelled_sets_share_an_id():
    ids = Counter(text.stem for folder in _sets() for text in (folder / "texts").glob("*.txt"))
    assert ids and not [text for text, n in ids.items() if n > 1]


def test_each_gold_file_names_only_texts_of_its_own_set():
    for folder in _sets():
        texts = {text.stem for text in (folder / "texts").glob("*.txt")}
        with (folder / "gold.csv").open(encoding="utf-8", newline="") as f:
            named = {row["doc"] for row in csv.DictReader(f)}
        assert named <= texts, (folder.name, named - texts)
