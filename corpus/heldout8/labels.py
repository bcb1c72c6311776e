"""Write gold.csv from the labels below (quote, kind, value, value_to, reading, unit), in reading order.

The eighth held-out set (issue 23): labelled by hand before the finder was run on these texts.
Offsets are computed, not typed (corpus/labelling.py): each quote is searched for after the previous
row's start, and a quote that is not there stops the script with its text id and the quote.
Run once: python corpus/heldout8/labels.py
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from labelling import write_gold  # noqa: E402  (corpus/labelling.py)

LABELS = {
    "trac21": [
        ("December 2021", "date", "", "", "", ""),
        ("1,596,193", "quantity", 1596193, "", "rounding", "cases"),
        ("the largest in history", "word", "", "", "", ""),
        ("the sixth largest city", "word", "", "", "", ""),  # a rank of an amount, one row (corpus/README.md)
        ("149,338", "quantity", 149338, "", "rounding", "cases"),  # "just": no hedge
        ("2008", "year", "", "", "", ""),
        ("Figure 1", "label", "", "", "", ""),
        ("December 2021", "date", "", "", "", ""),
        ("the largest on record", "word", "", "", "", ""),
        ("almost 140,000 cases", "quantity", 140000, "", "just_below", "cases"),
        ("the most dramatic growth", "word", "", "", "", ""),
        ("the largest 3-month increase", "word", "", "", "", ""),
        ("3-month", "duration", 3, "", "rounding", "months"),
        ("approached 100,000", "quantity", 100000, "", "just_below", "cases"),  # came close from below, as "nearly"
        ("June-August 2019", "date", "", "", "", ""),
        ("four fixed quarters", "duration", 4, "", "rounding", "quarters"),
        ("the peak", "word", "", "", "", ""),
        ("78,000", "quantity", 78000, "", "rounding", "cases"),  # "only": no hedge
        ("last quarter of FY 2019", "date", "", "", "", ""),  # as heldout7's "first quarter of 2012"
        ("July-September 2019", "date", "", "", "", ""),
        ("Table 1", "label", "", "", "", ""),
    ],
    "br23": [
        ("A historic backlog", "word", "", "", "", ""),
        ("over 2 million", "quantity", 2000000, "", "above", "cases"),
        ("years", "duration", 1, "", "order_of_magnitude", "years"),  # "years of delays": a vague magnitude is its unit
        ("historic numbers", "word", "", "", "", ""),
        ("40%", "quantity", 40, "", "rounding", "percent"),
        ("four years", "duration", 4, "", "rounding", "years"),  # "an average of": no hedge
        ("thousands", "quantity", 1000, "", "order_of_magnitude", "migrants"),
        ("years", "duration", 1, "", "order_of_magnitude", "years"),  # "during the years they wait"
        ("most migrants", "word", "", "", "", ""),  # a majority
        ("about 650", "quantity", 650, "", "around", "judges"),
        ("fewer than 500", "quantity", 500, "", "below", "cases"),
        ("Fiscal Year 2009", "fiscal_year", "", "", "", ""),
        ("about 1,000", "quantity", 1000, "", "around", "cases"),
        ("200", "quantity", 200, "", "rounding", "cases"),
        ("FY 2021", "fiscal_year", "", "", "", ""),
    ],
    "abd21": [
        ("their lowest level", "word", "", "", "", ""),
        ("nearly three decades", "duration", 3, "", "just_below", "decades"),
        ("12 months", "duration", 12, "", "rounding", "months"),  # "Over the 12 months ending": over = during
        ("Sept. 30, 2021", "date", "", "", "", ""),
        ("59,011", "quantity", 59011, "", "rounding", "noncitizens"),
        ("more than threefold", "multiplier", 3, "", "above", "times"),
        ("185,884", "quantity", 185884, "", "rounding", "aliens"),
        ("fiscal year 2020", "fiscal_year", "", "", "", ""),
        ("the lowest number", "word", "", "", "", ""),
        ("fiscal year 1995", "fiscal_year", "", "", "", ""),
        ("28.5 percent", "quantity", 28.5, "", "rounding", "percent"),
        ("fiscal year 2021", "fiscal_year", "", "", "", ""),
        ("12-month", "duration", 12, "", "rounding", "months"),
        ("2020", "year", "", "", "", ""),
    ],
    "crbc25": [
        ("Nov. 16", "date", "", "", "", ""),
        ("65,135", "quantity", 65135, "", "rounding", "people"),
        ("48%", "quantity", 48, "", "rounding", "percent"),
        ("about 26%", "quantity", 26, "", "around", "percent"),
        ("26% had pending charges", "quantity", 26, "", "around", "percent"),  # one "about" bounds the pair (heldout4, heldout6); quoted with its words, since "26%" alone would be found inside "about 26%"
        ("first", "ordinal", "", "", "", ""),  # "first arrested", as heldout6's "CBP first began"
        ("2,143%", "quantity", 2143, "", "rounding", "percent"),
        ("Jan. 26", "date", "", "", "", ""),
        ("Nov. 16", "date", "", "", "", ""),
        ("Nov. 16", "date", "", "", "", ""),
        ("65,135", "quantity", 65135, "", "rounding", "people"),
        ("the highest figure", "word", "", "", "", ""),
        ("Nearly half", "fraction", 50, "", "just_below", "percent"),
        ("30,986", "quantity", 30986, "", "rounding", "people"),
        ("48%", "quantity", 48, "", "rounding", "percent"),
        ("30,986", "quantity", 30986, "", "rounding", "detainees"),  # "(48% of detainees)": what the list counts
        ("48%", "quantity", 48, "", "rounding", "percent"),
        ("17,171", "quantity", 17171, "", "rounding", "detainees"),
        ("about 26%", "quantity", 26, "", "around", "percent"),
        ("16,978", "quantity", 16978, "", "rounding", "detainees"),
        ("about 26%", "quantity", 26, "", "around", "percent"),
        ("first", "ordinal", "", "", "", ""),  # "first taken into custody"
        ("Nov. 16", "date", "", "", "", ""),
        ("52,510", "quantity", 52510, "", "rounding", "detainees"),
        ("12,625", "quantity", 12625, "", "rounding", "detainees"),  # "while 12,625 were": the detainees of the clause before
    ],
    "dol19": [
        ("September 2019", "date", "", "", "", ""),
        ("a 50-year low", "word", "", "", "", ""),
        ("50-year", "duration", 50, "", "rounding", "years"),  # as heldout6's "72-year" in "the 72-year-low"
        ("3.5%", "quantity", 3.5, "", "rounding", "percent"),
        ("nineteenth", "ordinal", "", "", "", ""),
        ("at or below 4%", "quantity", 4, "", "at_most", "percent"),
        ("a record low", "word", "", "", "", ""),
        ("1992", "year", "", "", "", ""),
        ("a record low", "word", "", "", "", ""),
        ("a new record low", "word", "", "", "", ""),
        ("their lowest unemployment rate", "word", "", "", "", ""),
        ("3.1%", "quantity", 3.1, "", "rounding", "percent"),
        ("the lowest", "word", "", "", "", ""),
        ("1953", "year", "", "", "", ""),
        ("a new record low unemployment rate", "word", "", "", "", ""),
        ("136,000", "quantity", 136000, "", "rounding", "jobs"),
        ("45,000", "quantity", 45000, "", "rounding", "jobs"),  # "an additional": no hedge
        ("January 2017", "date", "", "", "", ""),
        ("more than six million", "quantity", 6000000, "", "above", "jobs"),
        ("158,269,000", "quantity", 158269000, "", "rounding", "Americans"),
        ("record low unemployment rates", "word", "", "", "", ""),
        ("millions", "quantity", 1000000, "", "order_of_magnitude", "jobs"),
    ],
    "wallst16": [
        ("Roughly 47,000", "quantity", 47000, "", "around", "people"),
        ("2014", "year", "", "", "", ""),
        ("the highest on record", "word", "", "", "", ""),
        ("14.7 drug deaths per 100,000", "quantity", 14.7, "", "rounding", "deaths per 100,000"),
        ("2014", "year", "", "", "", ""),
        ("greater than 20 deaths per 100,000", "quantity", 20, "", "above", "deaths per 100,000"),
        ("10 states", "quantity", 10, "", "rounding", "states"),
        ("more than 35 people died of a drug overdose for every 100,000", "quantity", 35, "", "above", "people per 100,000"),
        ("the worst rate in the country", "word", "", "", "", ""),
        ("2000", "year", "", "", "", ""),
        ("2014", "year", "", "", "", ""),
        ("137%", "quantity", 137, "", "rounding", "percent"),
        ("the highest rates", "word", "", "", "", ""),
        ("473%", "quantity", 473, "", "rounding", "percent"),
        ("2004", "year", "", "", "", ""),
        ("2014", "year", "", "", "", ""),
        ("the third worst fatal overdose rate", "word", "", "", "", ""),  # a rank of an amount, one row
        ("670%", "quantity", 670, "", "rounding", "percent"),
        ("62%", "quantity", 62, "", "rounding", "percent"),
        ("the highest rates", "word", "", "", "", ""),
        ("seven", "quantity", 7, "", "rounding", "states"),
        ("10 states", "quantity", 10, "", "rounding", "states"),
        ("the highest overdose rates", "word", "", "", "", ""),
        ("at least 40%", "quantity", 40, "", "at_least", "percent"),
        ("a given year", "other", "", "", "", ""),  # a per-period base (heldout6's "a single month")
        ("less than 25%", "quantity", 25, "", "below", "percent"),
        ("the majority", "word", "", "", "", ""),
    ],
    "pt14": [
        ("2012", "year", "", "", "", ""),
        ("2013", "year", "", "", "", ""),
        ("2013", "year", "", "", "", ""),
        ("2012", "year", "", "", "", ""),
        ("2013", "year", "", "", "", ""),
        ("five percent", "quantity", 5, "", "rounding", "percent"),
        ("at least a 57-year", "duration", 57, "", "at_least", "years"),
        ("a 57-year low", "word", "", "", "", ""),
        ("2013", "year", "", "", "", ""),
        ("56 percent", "quantity", 56, "", "rounding", "percent"),
        ("the all-time high", "word", "", "", "", ""),
        ("1980", "year", "", "", "", ""),
        ("54 percent", "quantity", 54, "", "rounding", "percent"),
        ("1991", "year", "", "", "", ""),
        ("an all-time high", "word", "", "", "", ""),
        ("2013", "year", "", "", "", ""),
        ("“at least” a 57-year", "duration", 57, "", "at_least", "years"),  # the hedge in quote marks is still the hedge
        ("a 57-year low", "word", "", "", "", ""),
        ("an even more impressive record", "word", "", "", "", ""),
        ("1957", "year", "", "", "", ""),
        ("2013", "year", "", "", "", ""),
        ("lower than any time", "word", "", "", "", ""),  # as heldout7's "than at any time in U.S. history"
        ("1935", "year", "", "", "", ""),
        ("a 78-year low", "word", "", "", "", ""),
        ("78-year", "duration", 78, "", "rounding", "years"),
        ("2013", "year", "", "", "", ""),
        ("the lowest", "word", "", "", "", ""),  # "at or near the lowest in American history"
    ],
    "newser14": [
        ("an estimated 1.16 million", "quantity", 1160000, "", "around", "incidences"),
        ("the lowest number", "word", "", "", "", ""),
        ("1978", "year", "", "", "", ""),
        ("1.09 million", "quantity", 1090000, "", "rounding", "incidences"),
        ("4.4%", "quantity", 4.4, "", "rounding", "percent"),
        ("14,196", "quantity", 14196, "", "rounding", "murders"),
        ("the lowest", "word", "", "", "", ""),
        ("1968", "year", "", "", "", ""),
        ("6.3%", "quantity", 6.3, "", "rounding", "percent"),
        ("2.8%", "quantity", 2.8, "", "rounding", "percent"),
        ("5.1%", "quantity", 5.1, "", "rounding", "percent"),
        ("2012", "year", "", "", "", ""),
        ("1994", "year", "", "", "", ""),
        ("2013", "year", "", "", "", ""),
        ("367.9 per 100,000", "quantity", 367.9, "", "rounding", "violent crimes per 100,000"),
        ("about half", "fraction", 50, "", "around", "percent"),
        ("1994", "year", "", "", "", ""),
        ("6%", "quantity", 6, "", "rounding", "percent"),
        ("2008", "year", "", "", "", ""),
        ("Thirty-two states", "quantity", 32, "", "rounding", "states"),
        ("the largest imprisonment-rate reduction", "word", "", "", "", ""),
        ("15%", "quantity", 15, "", "rounding", "percent"),
        ("five years", "duration", 5, "", "rounding", "years"),  # "over five years": over = during
        ("11%", "quantity", 11, "", "rounding", "percent"),
        ("two genes", "quantity", 2, "", "rounding", "genes"),
    ],
}


if __name__ == "__main__":
    write_gold(LABELS, HERE)
