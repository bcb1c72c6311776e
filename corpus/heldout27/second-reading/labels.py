"""Write gold.csv from the labels below (quote, kind, value, value_to, reading, unit), in reading order.

A blind second reading of two heldout27 texts (tpshaiti, shelleggs25, drawn with random.Random(35).sample),
labelled sentence by sentence by a language-model agent, without opening heldout27's gold.csv, labels.py, README or
any score file. Offsets are computed, not typed (corpus/labelling.py), from the texts in corpus/heldout27/texts:
each quote is searched for after the previous row's start, and a quote that is not there stops the script with its
text id and the quote.
Run once: python corpus/heldout27/second-reading/labels.py
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
CORPUS = HERE.parent.parent
sys.path.insert(0, str(CORPUS))
from labelling import d, k, q, w, write_gold  # noqa: E402  (corpus/labelling.py)

TEXTS = CORPUS / "heldout27" / "texts"

USD = "usd"
P = "percent"

LABELS = {
    "tpshaiti": [
        # Currently, more than 860,000 individuals from 16 different countries are registered for TPS ...
        q("more than 860,000 individuals", 860000, "individuals", "above"),
        q("16 different countries", 16, "countries"),
        # DHS recently announced that over 300,000 Haitians ... until Feb. 3, 2026.
        q("over 300,000 Haitians", 300000, "Haitians", "above"),
        k("Feb. 3, 2026", "date"),
        # Applications ... will open on July 1 for an estimated 309,000 additional Haitian nationals ... since
        # before or on June 3.  (head noun: nationals; "an estimated" reads around)
        k("July 1", "date"),
        q("an estimated 309,000", 309000, "nationals", "around"),
        k("June 3", "date"),
        # Extensions of TPS will also be granted to over 200,000 Haitians whose status was set to expire on Aug. 3 ...
        q("over 200,000 Haitians", 200000, "Haitians", "above"),
        k("Aug. 3", "date"),
        # TPS, created by Congress in 1990, ...
        k("1990", "year"),
        # ... revealed that over half a million Haitians had been displaced ...
        q("over half a million", 500000, "Haitians", "above"),
    ],
    "shelleggs25": [
        # Egg prices continue to crack record highs: USDA
        w("record highs"),
        # Egg prices continue to crack record highs, according to the United States Department of Agriculture.
        w("record highs"),
        # ... wholesale egg prices rose by $0.40 in the past 30 days, which means that the cost to distributors was
        # $7.44 a dozen.
        q("$0.40", 0.40, USD),
        d("30 days", 30, "days"),
        q("$7.44 a dozen", 7.44, USD),
        # ... the national average price for eggs to be $4.95 a dozen for shoppers in January.
        q("$4.95 a dozen", 4.95, USD),
        # That's 53% higher than last year and $0.81 higher than it was in December 2024. Previously, the highest
        # consumer price for eggs was $4.82 a dozen in January 2023, according to the report.
        q("53%", 53, P),
        q("$0.81", 0.81, USD),
        k("December 2024", "date"),
        w("the highest consumer price"),
        q("$4.82 a dozen", 4.82, USD),
        k("January 2023", "date"),
        # ... the USDA said in the report, which was published Feb. 14.
        k("Feb. 14", "date"),
    ],
}

if __name__ == "__main__":
    write_gold(LABELS, HERE, texts=TEXTS)
