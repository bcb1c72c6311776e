"""Write gold.csv from the labels below (quote, kind, value, value_to, reading, unit), in reading order.

Offsets are computed, not typed: each quote is searched for after the previous row's start.
Run once: python corpus/heldout/labels.py
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from labelling import write_gold  # noqa: E402  (corpus/labelling.py)

LABELS = {
    "ice300k25": [
        ("more than 300,000", "quantity", 300000, "", "above", "deportations"),
        ("first", "ordinal", "", "", "", ""),
        ("more than a decade", "duration", 1, "", "above", "decades"),
        ("three and a half months", "duration", 3.5, "", "rounding", "months"),
        ("vast majority", "word", "", "", "above", "percent"),
        ("roughly doubled", "multiplier", 2, "", "around", "times"),
        ("302,192", "quantity", 302192, "", "rounding", "people"),
        ("Sept. 6", "date", "", "", "", ""),
        ("Oct. 1, 2024", "date", "", "", "", ""),
        ("topped 300,000", "quantity", 300000, "", "above", "deportations"),
        ("2014", "year", "", "", "", ""),
        ("about 271,000", "quantity", 271000, "", "around", "deportations"),
        ("about 740", "quantity", 740, "", "around", "deportations"),
        ("1,350", "quantity", 1350, "", "rounding", "deportations"),
        ("in the ballpark of 335,000", "quantity", 335000, "", "around", "deportations"),
        ("all-time record", "word", "", "", "", ""),
        ("2012", "year", "", "", "", ""),
        ("nearly 410,000", "quantity", 410000, "", "just_below", "deportations"),
        ("a whole year", "duration", 1, "", "rounding", "years"),
        ("just shy of half a million", "quantity", 500000, "", "just_below", "removals"),
        ("about 920", "quantity", 920, "", "around", "people"),
        ("almost 1,200", "quantity", 1200, "", "just_below", "people"),
        ("one million", "quantity", 1000000, "", "rounding", "arrests"),
        ("58,766", "quantity", 58766, "", "rounding", "migrants"),
        ("Sept. 6", "date", "", "", "", ""),
        ("more than 61,000", "quantity", 61000, "", "above", "migrants"),
        ("Aug. 23", "date", "", "", "", ""),
        ("all-time record", "word", "", "", "", ""),
        ("35%", "quantity", 35, "", "rounding", "percent"),
        ("30%", "quantity", 30, "", "rounding", "percent"),
    ],
    "trac19": [
        ("four years", "duration", 4, "", "rounding", "years"),
        ("April 2019", "date", "", "", "", ""),
        ("about 50,000", "quantity", 50000, "", "around", "people"),
        ("Nearly 32,000", "quantity", 32000, "", "just_below", "detainees"),
        ("64%", "quantity", 64, "", "rounding", "percent"),
        ("10,000", "quantity", 10000, "", "rounding", "detainees"),
        ("just under 40%", "quantity", 40, "", "just_below", "percent"),
        ("four years", "duration", 4, "", "rounding", "years"),
        ("a low", "word", "", "", "", ""),
        ("16,000", "quantity", 16000, "", "rounding", "detainees"),
        ("March 2015", "date", "", "", "", ""),
        ("a high", "word", "", "", "", ""),
        ("just over 19,000", "quantity", 19000, "", "just_above", "detainees"),
        ("2017", "year", "", "", "", ""),
        ("2018", "year", "", "", "", ""),
        ("Figure 1", "label", "", "", "", ""),
        ("Figure 1", "label", "", "", "", ""),
        ("14", "quantity", 14, "", "rounding", "snapshots"),
        ("Figure 1", "label", "", "", "", ""),
        ("4- year", "duration", 4, "", "rounding", "years"),
        ("most", "word", "", "", "", ""),
        ("Table 1", "label", "", "", "", ""),
        ("March 2015", "date", "", "", "", ""),
        ("61%", "quantity", 61, "", "rounding", "percent"),
        ("39%", "quantity", 39, "", "rounding", "percent"),
        ("April 2019", "date", "", "", "", ""),
        ("36%", "quantity", 36, "", "rounding", "percent"),
        ("64%", "quantity", 64, "", "rounding", "percent"),
    ],
    "wi09": [
        ("ten years", "duration", 10, "", "rounding", "years"),
        ("most", "word", "", "", "", ""),
        ("32,000", "quantity", 32000, "", "rounding", "immigrants"),
        ("Jan. 25", "date", "", "", "", ""),
        ("almost 19,000", "quantity", 19000, "", "just_below", "immigrants"),
        ("More than 400", "quantity", 400, "", "above", "immigrants"),
        ("more than a year", "duration", 1, "", "above", "years"),
        ("A dozen", "quantity", 12, "", "rounding", "immigrants"),
        ("three years or more", "duration", 3, "", "at_least", "years"),
        ("one man", "other", "", "", "", ""),
        ("more than five years", "duration", 5, "", "above", "years"),
        # brought to the rule of "within" (corpus/README.md, finder v10): was ("six months", ..., "rounding", ...)
        ("within six months", "duration", 6, "", "at_most", "months"),
    ],
}


if __name__ == "__main__":
    write_gold(LABELS, HERE)
