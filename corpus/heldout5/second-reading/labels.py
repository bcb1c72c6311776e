"""Write gold.csv: a second reader's labels of two texts of the fourth held-out set (corpus/heldout4/texts).

Labelled by hand by the fifth set's labeller (corpus/heldout5/README.md) without opening
corpus/heldout4/gold.csv or corpus/heldout4/labels.py, and committed before agreement.py compares them.
Same format as the held-out sets (quote, kind, value, value_to, reading, unit), in reading order; offsets are
computed by corpus/labelling.py from the texts in corpus/heldout4/texts.
Run once: python corpus/heldout5/second-reading/labels.py
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
CORPUS = HERE.parent.parent
sys.path.insert(0, str(CORPUS))
from labelling import write_gold  # noqa: E402  (corpus/labelling.py)

TEXTS = CORPUS / "heldout4" / "texts"
RATE = "deaths per 100,000"

LABELS = {
    "tt23": [
        ("2018", "year", "", "", "", ""),
        ("2021", "year", "", "", "", ""),
        ("29 percent", "quantity", 29, "", "rounding", "percent"),
        ("17.3", "quantity", 17.3, "", "rounding", RATE),
        ("22.4 deaths per 100,000 live births", "quantity", 22.4, "", "rounding", RATE),
        ("2018", "year", "", "", "", ""),
        ("2021", "year", "", "", "", ""),
        ("2023", "year", "", "", "", ""),
        ("122", "quantity", 122, "", "rounding", "measures"),
        ("34", "quantity", 34, "", "rounding", "sources"),
        ("between 18 and 44", "duration", 18, 44, "range", "years"),
        ("42 days", "duration", 42, "", "rounding", "days"),
        ("per 100,000 live births", "other", "", "", "", ""),
        ("29 percent", "quantity", 29, "", "rounding", "percent"),
        ("2014", "year", "", "", "", ""),
        ("2018", "year", "", "", "", ""),
        ("2017", "year", "", "", "", ""),
        ("2021", "year", "", "", "", ""),
        ("17.3", "quantity", 17.3, "", "rounding", RATE),
        ("22.4", "quantity", 22.4, "", "rounding", RATE),
        ("more than doubled", "multiplier", 2, "", "above", "times"),
        ("4.4 times", "multiplier", 4.4, "", "rounding", "times"),
        ("41.9 deaths per 100,000 live births", "quantity", 41.9, "", "rounding", RATE),
        ("9.5 deaths", "quantity", 9.5, "", "rounding", RATE),
        ("4.5 times", "multiplier", 4.5, "", "rounding", "times"),
        ("4.3 times", "multiplier", 4.3, "", "rounding", "times"),
        ("3.4 times", "multiplier", 3.4, "", "rounding", "times"),
        ("3.1 times", "multiplier", 3.1, "", "rounding", "times"),
        ("2.6 times", "multiplier", 2.6, "", "rounding", "times"),
        ("2016", "year", "", "", "", ""),
        ("22 percent", "quantity", 22, "", "rounding", "percent"),
        ("per 10,000 delivery hospitalizations", "other", "", "", "", ""),
    ],
    "asbury13": [
        ("its lowest point", "word", "", "", "", ""),
        ("10 years", "duration", 10, "", "rounding", "years"),
        ("2012", "year", "", "", "", ""),
        ("twice as high", "multiplier", 2, "", "rounding", "times"),
        ("two years", "duration", 2, "", "rounding", "years"),
        ("Feb. 6", "date", "", "", "", ""),
        ("2011", "year", "", "", "", ""),
        ("260", "quantity", 260, "", "rounding", "incidents"),
        ("2012", "year", "", "", "", ""),
        ("247", "quantity", 247, "", "rounding", "incidents"),
        ("doubled", "multiplier", 2, "", "rounding", "times"),
        ("26", "quantity", 26, "", "rounding", "shootings"),
        ("2010", "year", "", "", "", ""),
        ("52", "quantity", 52, "", "rounding", "shootings"),
        ("2011", "year", "", "", "", ""),
        ("2012", "year", "", "", "", ""),
        ("53 shootings", "quantity", 53, "", "rounding", "shootings"),
        ("43 shootings", "quantity", 43, "", "rounding", "shootings"),
        ("2006", "year", "", "", "", ""),
        ("56", "quantity", 56, "", "rounding", "shootings"),
        ("2007", "year", "", "", "", ""),
        ("16", "quantity", 16, "", "rounding", "shootings"),
        ("2008", "year", "", "", "", ""),
        ("29", "quantity", 29, "", "rounding", "shootings"),
        ("2009", "year", "", "", "", ""),
        ("One major hurdle", "other", "", "", "", ""),
        ("10 years", "duration", 10, "", "rounding", "years"),
        ("2002", "year", "", "", "", ""),
        ("2012", "year", "", "", "", ""),
        ("2005", "year", "", "", "", ""),
        ("545", "quantity", 545, "", "rounding", "arrests"),
        ("2012", "year", "", "", "", ""),
        ("only 89", "quantity", 89, "", "rounding", "arrests"),
        ("Two", "quantity", 2, "", "rounding", "groups"),
        ("18", "duration", 18, "", "rounding", "years"),
        ("2006", "year", "", "", "", ""),
        ("2007", "year", "", "", "", ""),
    ],
}


if __name__ == "__main__":
    write_gold(LABELS, HERE, texts=TEXTS)
