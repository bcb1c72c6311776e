"""Write gold.csv from the labels below (quote, kind, value, value_to, reading, unit), in reading order.

A blind second reading of two heldout42 texts (ndvote16, nycmig23), labelled sentence by sentence by a
language-model agent (reader s39), without opening heldout42's gold.csv, labels.py, README or score files.
Offsets are computed, not typed (corpus/labelling.py), from the texts in corpus/heldout42/texts: each quote is
searched for after the previous row's start, and a quote that is not there stops the script with its text id and
the quote.
Run once: python corpus/heldout42/second-reading/labels.py
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
CORPUS = HERE.parent.parent
sys.path.insert(0, str(CORPUS))
from labelling import d, k, q, w, write_gold, x  # noqa: E402,F401  (corpus/labelling.py)

TEXTS = CORPUS / "heldout42" / "texts"
P = "percent"
U = "usd"

LABELS = {
    "ndvote16": [
        q("349,891", 349891, "ballots"),
        q("570,995", 570995, "voters"),
        q("61.11 percent", 61.11, P),
        w("a new record"),
        w("The previous record"),
        k("2012", "year"),
        q("325,862", 325862, "ballots"),
        w("the previous record"),
        k("2008", "year"),
        q("321,113", 321113, "ballots"),
    ],
    "nycmig23": [
        q("roughly $8 million a day", 8000000, U, "around"),
        q("37,500", 37500, "migrants"),
        q("$256", 256, U),
        k("August", "date"),
        k("42", "other"),
        w("Most"),
        d("nine", 9, "years"),
        d("30 year", 30, "years"),
    ],
}

if __name__ == "__main__":
    write_gold(LABELS, HERE, texts=TEXTS)
