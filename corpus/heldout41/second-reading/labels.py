"""Write this folder's gold.csv from the labels below (quote, kind, value, value_to, reading, unit), in reading order.

A blind second reading of two heldout41 texts (rrwref12, lmfbw19, drawn with random.Random(38).sample),
labelled by hand by a language-model agent from the written rules (corpus/README.md down to "Rules finder v8
follows" and the "Judgement calls" of heldout28 to heldout39), before the set's gold, README or any score was
read. Offsets are computed, not typed (corpus/labelling.py), in the texts of corpus/heldout41/texts.
Run once: python corpus/heldout41/second-reading/labels.py
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent))
from labelling import d, k, q, w, write_gold, x  # noqa: E402  (corpus/labelling.py)

P = "percent"
R = "refugees"
LABELS = {
    "rrwref12": [
        k("fiscal year 2012", "fiscal_year"),
        k("fiscal year 2013", "fiscal_year"),
        k("September 30th, 2013", "date"),
        w("The top receiving states"),
        q("5,923", 5923, R),
        q("5,173", 5173, R),
        q("3,594", 3594, R),
        q("3,528", 3528, R),
        q("2,809", 2809, R),
        w("the least number"),
        q("zero", 0, R),
        k("one", "other"),
        k("1980", "year"),
        q("1", 1, R),
        q("1", 1, R),
        q("8", 8, R),
        q("10", 10, R),
        q("14", 14, R),
    ],
    "lmfbw19": [
        d("100 straight months", 100, "months"),
        q("304,000", 304000, "jobs"),
        k("January", "date"),
        q("17.5%", 17.5, P),
        k("2018", "year"),
        q("57%", 57, P),
        q("1.5%", 1.5, P),
        k("2020", "year"),
        q("only 1.5%", 1.5, P),
        q("85,000", 85000, "people"),
        w("Most"),
        q("12.8%", 12.8, P),
        q("2%", 2, P),
        q("2%", 2, P),
        q("10,000", 10000, "people"),
        w("top industry"),
        k("2018", "year"),
        w("the highest share"),
        q("13.6%", 13.6, P),
        x("over a third", "fraction", 33.33, P, "above"),
        q("2%", 2, P),
        q("2%", 2, P),
        k("2018", "year"),
        q("15,000", 15000, "workers"),
        q("over 48%", 48, P, "above"),
        w("The top industry"),
        q("2.3%", 2.3, P),
        q("2.3%", 2.3, P),
        k("2018", "year"),
        q("28,000", 28000, "people"),
        w("The highest number"),
    ],
}

if __name__ == "__main__":
    write_gold(LABELS, HERE, not_inside_previous=True, texts=HERE.parent / "texts")
