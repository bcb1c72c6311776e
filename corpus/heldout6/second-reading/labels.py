"""Write gold.csv: a second, independent reading of two texts of the fifth held-out set (issue 23).

The two texts of `corpus/heldout5/texts/` with the most digits (ap00, bb21), labelled by hand by the sixth set's
labeller without opening anything else in `corpus/heldout5/` (its README, gold, labels, scores); committed before
`agreement.py` compared them with the fifth set's gold. Same format and rules as `corpus/heldout6/labels.py`;
offsets are computed by `corpus/labelling.py`.
Run once: python corpus/heldout6/second-reading/labels.py
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
CORPUS = HERE.parent.parent
sys.path.insert(0, str(CORPUS))
from labelling import write_gold  # noqa: E402  (corpus/labelling.py)

TEXTS = CORPUS / "heldout5" / "texts"
MURDER_RATE = "murders per 100,000"

LABELS = {
    "ap00": [
        ("7 percent", "quantity", 7, "", "rounding", "percent"),
        ("1999", "year", "", "", "", ""),
        ("the nation's longest crime decline", "word", "", "", "", ""),
        ("eighth", "ordinal", "", "", "", ""),
        ("33-year", "duration", 33, "", "rounding", "years"),
        ("low", "word", "", "", "", ""),
        ("5.7 for every 100,000", "quantity", 5.7, "", "rounding", MURDER_RATE),
        ("the lowest", "word", "", "", "", ""),
        ("5.6 per 100,000", "quantity", 5.6, "", "rounding", MURDER_RATE),
        ("1966", "year", "", "", "", ""),
        ("21-year", "duration", 21, "", "rounding", "years"),
        ("low", "word", "", "", "", ""),
        ("525", "quantity", 525, "", "rounding", MURDER_RATE),
        ("for every 100,000 residents", "other", "", "", "", ""),
        ("498", "quantity", 498, "", "rounding", MURDER_RATE),
        ("1978", "year", "", "", "", ""),
        ("mid-1980s", "decade", "", "", "", ""),
        ("more than a million", "quantity", 1000000, "", "above", "residents"),
        ("the smallest decline", "word", "", "", "", ""),
        ("4 percent", "quantity", 4, "", "rounding", "percent"),
        ("13.5", "quantity", 13.5, "", "rounding", MURDER_RATE),
        ("13.0 per 100,000", "quantity", 13.0, "", "rounding", MURDER_RATE),
        ("The largest", "word", "", "", "", ""),
        ("633", "quantity", 633, "", "rounding", "murders"),
        ("1998", "year", "", "", "", ""),
        ("671", "quantity", 671, "", "rounding", "murders"),
        ("1999", "year", "", "", "", ""),
        ("first", "ordinal", "", "", "", ""),
        ("1980s", "decade", "", "", "", ""),
        ("first", "ordinal", "", "", "", ""),
        ("1990s", "decade", "", "", "", ""),
        ("the lowest murder rate decline", "word", "", "", "", ""),
        ("first", "ordinal", "", "", "", ""),
        ("seven", "quantity", 7, "", "rounding", "crimes"),
        ("seven", "quantity", 7, "", "rounding", "crimes"),
        ("17,000", "quantity", 17000, "", "rounding", "agencies"),
        ("1999", "year", "", "", "", ""),
        ("11,635,149", "quantity", 11635149, "", "rounding", "crimes"),
        ("20 percent", "quantity", 20, "", "rounding", "percent"),
        ("1990", "year", "", "", "", ""),
        ("10 percent", "quantity", 10, "", "rounding", "percent"),
        ("7 percent", "quantity", 7, "", "rounding", "percent"),
        ("5 percent", "quantity", 5, "", "rounding", "percent"),
    ],
    "bb21": [
        ("more than 15,000", "quantity", 15000, "", "above", "migrants"),
        ("a single week", "other", "", "", "", ""),
        ("the busiest", "word", "", "", "", ""),
        ("nine", "quantity", 9, "", "rounding", "sectors"),
        ("more than 15,000", "quantity", 15000, "", "above", "migrants"),
        ("one week", "duration", 1, "", "rounding", "weeks"),
        ("a single", "other", "", "", "", ""),
        ("736", "quantity", 736, "", "rounding", "migrants"),
        ("three", "quantity", 3, "", "rounding", "groups"),
        ("the largest group", "word", "", "", "", ""),
        ("298", "quantity", 298, "", "rounding", "migrants"),
        ("a single group", "other", "", "", "", ""),
        ("15K+", "quantity", 15000, "", "at_least", "migrants"),
        ("one week", "duration", 1, "", "rounding", "weeks"),
        ("the busiest", "word", "", "", "", ""),
        ("331,661", "quantity", 331661, "", "rounding", "migrants"),
        ("461 percent", "quantity", 461, "", "rounding", "percent"),
        ("59,083", "quantity", 59083, "", "rounding", "migrants"),
        ("nearly 31 percent", "quantity", 31, "", "just_below", "percent"),
        ("1,076,242", "quantity", 1076242, "", "rounding", "apprehensions"),
        ("The next closest sector", "word", "", "", "", ""),
        ("nearly 150,000", "quantity", 150000, "", "just_below", "apprehensions"),
        ("more than 500 percent", "quantity", 500, "", "above", "percent"),
        ("131,380", "quantity", 131380, "", "rounding", "units"),
        ("1,283", "quantity", 1283, "", "rounding", "units"),
        ("154,604", "quantity", 154604, "", "rounding", "adults"),
        ("265 percent", "quantity", 265, "", "rounding", "percent"),
        ("45,679", "quantity", 45679, "", "rounding", "minors"),
        ("536 percent", "quantity", 536, "", "rounding", "percent"),
    ],
}


if __name__ == "__main__":
    write_gold(LABELS, HERE, texts=TEXTS)
