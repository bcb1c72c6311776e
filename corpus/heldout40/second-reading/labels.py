"""Write this folder's gold.csv from the labels below (quote, kind, value, value_to, reading, unit), in reading order.

A blind second reading of two heldout40 texts (sports19, izubow23, drawn with random.Random(38).sample),
labelled by hand by a language-model agent from the written rules (corpus/README.md down to "Rules finder v8
follows" and the "Judgement calls" of heldout28 to heldout39), before the set's gold, README or any score was
read. Offsets are computed, not typed (corpus/labelling.py), in the texts of corpus/heldout40/texts.
Run once: python corpus/heldout40/second-reading/labels.py
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent))
from labelling import d, k, q, w, write_gold, x  # noqa: E402  (corpus/labelling.py)

P = "percent"
LABELS = {
    "sports19": [
        q("tens of millions", 10000000, "Americans", "order_of_magnitude"),
        k("one", "other"),
        q("four", 4, "leagues"),
        k("2008", "year"),
        k("2018", "year"),
        x("more than a third", "fraction", 33.33, P, "above"),
        d("the last decade", 1, "decades"),
        k("24/7", "other"),
        q("at least 10%", 10, P, "at_least"),
        k("2008", "year"),
        k("2018", "year"),
        q("10", 10, "teams"),
        q("12", 12, "teams"),
        k("2018", "year"),
        k("one-time", "other"),
        k("2008", "year"),
    ],
    "izubow23": [
        k("Fiscal Year 2023", "fiscal_year"),
        k("October 1, 2022", "date"),
        k("September 30, 2023", "date"),
        k("FY 2023", "fiscal_year"),
        q("1.8 million", 1800000, "cases"),
        q("nearly 2.5 million", 2500000, "cases", "just_below"),
        w("the largest increase"),
        k("FY 2024", "fiscal_year"),
        k("October 1, 2023", "date"),
        q("surpassing 3 million", 3000000, "cases", "above"),
        k("December", "date"),
        w("record hiring"),
        q("734", 734, "judges"),
        k("FY 2023", "fiscal_year"),
        k("FY 2023", "fiscal_year"),
        q("937,611", 937611, "applications"),
        q("943,648", 943648, "applications"),
        x("nearly ten times", "multiplier", 10, "times", "just_below"),
        k("FY 2008", "fiscal_year"),
        q("94,386", 94386, "applications"),
        w("Most"),
        w("the large majority"),
        k("FY 2023", "fiscal_year"),
        q("465,874", 465874, "applications"),
        w("The next busiest year"),
        k("FY 2022", "fiscal_year"),
        q('"only" 236,547', 236547, "cases"),
        w("the busiest year"),
        k("FY 2020", "fiscal_year"),
        q("158,208", 158208, "cases"),
    ],
}

if __name__ == "__main__":
    write_gold(LABELS, HERE, not_inside_previous=True, texts=HERE.parent / "texts")
