"""Write gold.csv from the labels below (quote, kind, value, value_to, reading, unit), in reading order.

A blind second reading of two heldout17 texts (wpair19, phl20, drawn by random.Random(33).sample), labelled by
hand, sentence by sentence, by the rules of corpus/README.md (read up to "Rules finder v8 follows"), without opening
heldout17's gold.csv, labels.py, README or score files. Offsets are computed, not typed (corpus/labelling.py), from
the texts in corpus/heldout17/texts: each quote is searched for after the previous row's start, and a quote that is
not there stops the script with its text id and the quote.
Run once: python corpus/heldout17/second-reading/labels.py
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
CORPUS = HERE.parent.parent
sys.path.insert(0, str(CORPUS))
from labelling import d, k, q, w, write_gold, x  # noqa: E402  (corpus/labelling.py)

TEXTS = CORPUS / "heldout17" / "texts"

P = "percent"

LABELS = {
    "wpair19": [
        d("About 45 minutes", 45, "minutes", "around"),
        w("Nearly all"),
        q("93", 93, "deportees"),
        k("one-way", "other"),
        k("first", "ordinal"),
        w("the largest source"),
        q("two", 2, "planeloads"),
        q("millions", 1000000, "violators", "order_of_magnitude"),
        k("2019", "fiscal_year"),
        q("about 50,000", 50000, "Guatemalans", "around"),
        x("nearly five times", "multiplier", 5, "times", "just_below"),
        q("about nine", 9, "flights", "around"),
    ],
    "phl20": [
        q("More than 600", 600, "medications", "above"),
        k("January 2020", "date"),
        q("more than 600", 600, "drugs", "above"),
        q("5.2%", 5.2, P),
        q("100", 100, "manufacturers"),
        q("619", 619, "drugs"),
        k("first", "ordinal"),
        k("2019", "year"),
        q("486", 486, "drugs"),
        q("5.2%", 5.2, P),
        k("2018", "year"),
        q("580", 580, "drugs"),
        q("8%", 8, P),
        k("January 2020", "date"),
        k("2019", "year"),
        q("almost 90%", 90, P, "just_below"),
        k("first", "ordinal"),
        w("the most common month"),
        k("Jan. 1, 2020", "date"),
        q("more than 250", 250, "drugs", "above"),
        q("between 1% and 10%", 1, P, "range", 10),
        q("about 5%", 5, P, "around"),
        d("four years", 4, "years"),
        q("9%", 9, P),
        q("10%", 10, P),
        k("3 Axis Advisors", "other"),
        w("the costliest"),
        q("7.4%", 7.4, P),
        q("9.7%", 9.7, P),
        k("2018", "year"),
        q("6.2%", 6.2, P),
        k("2019", "year"),
        q("4.9%", 4.9, P),
        q("6%", 6, P),
    ],
}

if __name__ == "__main__":
    write_gold(LABELS, HERE, texts=TEXTS)
