"""Write gold.csv: a second reader's labels of two texts of the sixth held-out set (corpus/heldout6/texts).

The two texts of that set with the most digits (upi18, 89; herald15, 83), labelled by hand by the seventh set's
labeller (corpus/heldout7/README.md) without opening corpus/heldout6/gold.csv, corpus/heldout6/labels.py (beyond
its opening lines and one other text's rows, read for the format before these two texts were chosen), its score
files or its second-reading folder, and committed before agreement.py compares them. Not blind to the judgement
calls in corpus/heldout6/README.md, which this labeller read for the seventh set (second-reading/README.md).
Same format as the held-out sets (quote, kind, value, value_to, reading, unit), in reading order; offsets are
computed by corpus/labelling.py from the texts in corpus/heldout6/texts.
Run once: python corpus/heldout7/second-reading/labels.py
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
CORPUS = HERE.parent.parent
sys.path.insert(0, str(CORPUS))
from labelling import write_gold  # noqa: E402  (corpus/labelling.py)

TEXTS = CORPUS / "heldout6" / "texts"

LABELS = {
    "upi18": [
        ("Oct. 24", "date", "", "", "", ""),
        ("A record number", "word", "", "", "", ""),
        ("16,658", "quantity", 16658, "", "rounding", "family members"),  # corpus/README.md: "members" alone names nothing
        ("a record high", "word", "", "", "", ""),
        ("a single month", "other", "", "", "", ""),
        ("2014", "year", "", "", "", ""),
        ("16,330", "quantity", 16330, "", "rounding", "apprehensions"),
        ("December 2016", "date", "", "", "", ""),
        ("16,139", "quantity", 16139, "", "rounding", "apprehensions"),
        ("396,579", "quantity", 396579, "", "rounding", "apprehensions"),
        ("fiscal year 2018", "fiscal_year", "", "", "", ""),
        ("30.5 percent", "quantity", 30.5, "", "rounding", "percent"),
        ("fiscal year 2017", "fiscal_year", "", "", "", ""),
        ("Fiscal year 2018", "fiscal_year", "", "", "", ""),
        ("107,212", "quantity", 107212, "", "rounding", "family members"),
        ("50,036", "quantity", 50036, "", "rounding", "minors"),
        ("239,331", "quantity", 239331, "", "rounding", "adults"),
        ("fiscal year 2018", "fiscal_year", "", "", "", ""),
        ("about 40 percent", "quantity", 40, "", "around", "percent"),
        ("past decade", "duration", 1, "", "rounding", "decades"),
        ("2000", "year", "", "", "", ""),
        ("98 percent", "quantity", 98, "", "rounding", "percent"),
        ("within 72 hours", "duration", 72, "", "at_most", "hours"),
        ("about 370,000", "quantity", 370000, "", "around", "people"),
        ("fiscal year 2018", "fiscal_year", "", "", "", ""),
        ("a quarter", "fraction", 25, "", "rounding", "percent"),
        ("peak", "word", "", "", "", ""),
        ("15 years or more", "duration", 15, "", "at_least", "years"),
        ("eight-year", "duration", 8, "", "rounding", "years"),
        ("eight years", "duration", 8, "", "rounding", "years"),
    ],
    "herald15": [
        ("1990", "year", "", "", "", ""),
        ("the height", "word", "", "", "", ""),  # "at the height of a decade-long crime wave": a peak
        ("decade-long", "duration", 1, "", "order_of_magnitude", "decades"),
        ("2,245", "quantity", 2245, "", "rounding", "people"),
        ("2014", "year", "", "", "", ""),
        ("328", "quantity", 328, "", "rounding", "homicides"),  # "just": no hedge
        ("five", "quantity", 5, "", "rounding", "boroughs"),
        ("85 percent", "quantity", 85, "", "rounding", "percent"),
        ("2014", "year", "", "", "", ""),
        ("decade-long", "duration", 1, "", "order_of_magnitude", "decades"),
        ("an all-time high", "word", "", "", "", ""),
        ("504", "quantity", 504, "", "rounding", "killings"),
        ("2012", "year", "", "", "", ""),
        ("two years", "duration", 2, "", "rounding", "years"),
        ("392", "quantity", 392, "", "rounding", "homicides"),
        ("its lowest rate", "word", "", "", "", ""),
        ("1972", "year", "", "", "", ""),
        ("42", "quantity", 42, "", "rounding", "killings"),
        ("the lowest number", "word", "", "", "", ""),
        ("1977", "year", "", "", "", ""),
        ("322", "quantity", 322, "", "rounding", "murders"),
        ("2012", "year", "", "", "", ""),
        ("245", "quantity", 245, "", "rounding", "murders"),
        ("19", "quantity", 19, "", "rounding", "slayings"),
        ("the nation’s 11th-largest city", "word", "", "", "", ""),  # a rank of amount (corpus/README.md: superlative of an amount)
        ("24", "quantity", 24, "", "rounding", "slayings"),
        ("one", "other", "", "", "", ""),
        ("the highest murder rates", "word", "", "", "", ""),
        ("304", "quantity", 304, "", "rounding", "homicides"),
        ("333", "quantity", 333, "", "rounding", "homicides"),
        ("2013", "year", "", "", "", ""),
        ("the lowest rate", "word", "", "", "", ""),
        ("2010", "year", "", "", "", ""),
        ("the second-lowest number", "word", "", "", "", ""),
        ("1967", "year", "", "", "", ""),
        ("first half of the year", "date", "", "", "", ""),
        ("43", "quantity", 43, "", "rounding", "homicides"),
        ("52", "quantity", 52, "", "rounding", "homicides"),
        ("first half of 2013", "date", "", "", "", ""),
    ],
}


if __name__ == "__main__":
    write_gold(LABELS, HERE, texts=TEXTS)
