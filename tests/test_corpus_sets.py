"""corpus/: the labelled sets share one name space of text ids (a workshop variant, a score line and a README name a
text by its id alone)."""
from __future__ import annotations

import csv
from collections import Counter
from pathlib import Path

import pytest

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


def test_the_unseen_table_reads_every_sets_first_score_and_pools_counts_not_percentages(tmp_path):
    import importlib.util

    spec = importlib.util.spec_from_file_location("unseen", Path(__file__).parent.parent / "corpus" / "unseen.py")
    unseen = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(unseen)
    for n, (units, labelled) in {2: ((9, 10), 10), 10: ((1, 2), 2)}.items():
        folder = tmp_path / f"heldout{n}"
        folder.mkdir()
        found = labelled
        (folder / "score-before.txt").write_text(
            f"recall    100.0%  ({found} of {labelled} labelled quantities found)\n"
            f"values    100.0%  ({found} of {found} found)\nreadings  100.0%  ({found} of {found})\n"
            f"units      50.0%  ({units[0]} of {units[1]})\nquantity words  0.0%  (0 of 1 found)\n"
            "periods and labels set aside 1 of 1; false positives (quantities reported where the gold has none): 2\n")
    (tmp_path / "heldout10" / "score-v99.txt").write_text("units 100.0%  (2 of 2)\n")  # a later, development score
    scores = unseen.first_scores(tmp_path)
    assert list(scores) == ["heldout2", "heldout10"]  # by number, not as text
    assert unseen.pooled(scores)["units"] == (10, 12)  # 83 %, where the mean of 90 % and 50 % would say 70 %
    assert unseen.pooled(scores)["false positives"] == (4, 0)
    (tmp_path / "heldout10" / "score-before.txt").write_text("recall 100%\n")
    with pytest.raises(ValueError, match=r"heldout10.score-before.txt: no 'recall' line"):
        unseen.first_scores(tmp_path)
    assert len(unseen.first_scores()) == len(list(CORPUS.glob("heldout*/score-before.txt")))  # the shipped sets all parse
