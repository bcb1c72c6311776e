"""Write gold.csv from the labels below (quote, kind, value, value_to, reading, unit), in reading order.

The second held-out set (issue 23): labelled by hand before the finder was run on these texts.
Offsets are computed, not typed: each quote is searched for after the previous row's start, and a
quote that is not there stops the script with its text id and the quote.
Run once: python corpus/heldout2/labels.py
"""
import csv
from pathlib import Path

HERE = Path(__file__).resolve().parent
LABELS = {
    "wt25": [
        ("shattering records", "word", "", "", "", ""),
        ("high-water marks", "word", "", "", "", ""),
        ("more than 65,000", "quantity", 65000, "", "above", "migrants"),
        ("Nov. 15", "date", "", "", "", ""),
        ("a record", "word", "", "", "", ""),
        ("fewer than 60,000", "quantity", 60000, "", "below", "migrants"),
        ("fewer than 40,000", "quantity", 40000, "", "below", "migrants"),
        ("nearly 1,200", "quantity", 1200, "", "just_below", "arrests"),
        ("Oct. 1", "date", "", "", "", ""),
        ("record pace", "word", "", "", "", ""),
        ("more than 1,250", "quantity", 1250, "", "above", "immigrants"),
        ("12 months", "duration", 12, "", "rounding", "months"),
        ("exceed 450,000", "quantity", 450000, "", "above", "deportations"),
        ("the record", "word", "", "", "", ""),
        ("2012", "year", "", "", "", ""),
        ("1 million", "quantity", 1000000, "", "rounding", "deportations"),
        ("first", "ordinal", "", "", "", ""),
        ("Oct. 1", "date", "", "", "", ""),
        ("Oct. 1", "date", "", "", "", ""),
        ("Nov. 15", "date", "", "", "", ""),
        ("54,735", "quantity", 54735, "", "rounding", "book-ins"),
        ("7,066", "quantity", 7066, "", "rounding", "book-ins"),
        ("The vast majority", "word", "", "", "above", "percent"),
    ],
    "mpi25": [
        ("fiscal year (FY) 2025", "fiscal_year", "", "", "", ""),
        ("first", "ordinal", "", "", "", ""),
        ("FY 2014", "fiscal_year", "", "", "", ""),
        ("nearly 444,000", "quantity", 444000, "", "just_below", "encounters"),
        ("FY 2025", "fiscal_year", "", "", "", ""),
        ("2.1 million", "quantity", 2100000, "", "rounding", "encounters"),
        ("more than a decade", "duration", 1, "", "above", "decades"),
        ("FY 2025", "fiscal_year", "", "", "", ""),
        ("about 340,000", "quantity", 340000, "", "around", "deportations"),
        ("FY 2025", "fiscal_year", "", "", "", ""),
        ("25 percent", "quantity", 25, "", "rounding", "percent"),
        ("271,000", "quantity", 271000, "", "rounding", "deportations"),
        ("FY 2024", "fiscal_year", "", "", "", ""),
        ("nearly 600,000", "quantity", 600000, "", "just_below", "deportations"),
        ("first", "ordinal", "", "", "", ""),
    ],
    "dhs16": [
        ("Fiscal Year (FY) 2016", "fiscal_year", "", "", "", ""),
        ("FY 2016", "fiscal_year", "", "", "", ""),
        ("530,250", "quantity", 530250, "", "rounding", "individuals"),
        ("450,954", "quantity", 450954, "", "rounding", "removals"),
        ("415,816", "quantity", 415816, "", "rounding", "apprehensions"),
        ("337,117", "quantity", 337117, "", "rounding", "apprehensions"),
        ("FY 2015", "fiscal_year", "", "", "", ""),
        ("114, 434", "quantity", 114434, "", "rounding", "individuals"),
        ("125,211", "quantity", 125211, "", "rounding", "individuals"),
        ("FY 2015", "fiscal_year", "", "", "", ""),
        ("FY 2016", "fiscal_year", "", "", "", ""),
        ("FY 2015", "fiscal_year", "", "", "", ""),
        ("a fraction of", "word", "", "", "below", "percent"),
        ("1980s", "decade", "", "", "", ""),
        ("2008", "year", "", "", "", ""),
        ("274,821", "quantity", 274821, "", "rounding", "individuals"),
        ("253,509", "quantity", 253509, "", "rounding", "individuals"),
        ("FY 2015", "fiscal_year", "", "", "", ""),
        ("240,255", "quantity", 240255, "", "rounding", "individuals"),
        ("FY 2016", "fiscal_year", "", "", "", ""),
        ("235,413", "quantity", 235413, "", "rounding", "individuals"),
        ("FY 2015", "fiscal_year", "", "", "", ""),
        ("November 2014", "date", "", "", "", ""),
        ("FY 2016", "fiscal_year", "", "", "", ""),
        ("98 percent", "quantity", 98, "", "rounding", "percent"),
        ("one of the", "other", "", "", "", ""),
        ("three", "quantity", 3, "", "rounding", "categories"),
        ("Ninety-one percent", "quantity", 91, "", "rounding", "percent"),
        ("Priority 1", "other", "", "", "", ""),
    ],
    "juneau10": [
        ("first", "ordinal", "", "", "", ""),
        ("10 years", "duration", 10, "", "rounding", "years"),
        ("21st", "ordinal", "", "", "", ""),
        ("a lost decade", "duration", 1, "", "rounding", "decades"),
        ("one significant", "other", "", "", "", ""),
        ("first half of 2009", "date", "", "", "", ""),
        ("4.4 percent", "quantity", 4.4, "", "rounding", "percent"),
        ("first half of 2008", "date", "", "", "", ""),
        ("29.8 percent", "quantity", 29.8, "", "rounding", "percent"),
        ("14 percent", "quantity", 14, "", "rounding", "percent"),
        ("10 percent", "quantity", 10, "", "rounding", "percent"),
        ("461", "quantity", 461, "", "rounding", "murders"),
        ("Dec. 27", "date", "", "", "", ""),
        ("the lowest number", "word", "", "", "", ""),
        ("1963", "year", "", "", "", ""),
        ("4.7 per 100,000", "quantity", 4.7, "", "rounding", "homicides per 100,000"),
        ("2008", "year", "", "", "", ""),
        ("5.7", "quantity", 5.7, "", "rounding", "homicides per 100,000"),
        ("2008", "year", "", "", "", ""),
        ("8.8 per 100,000", "quantity", 8.8, "", "rounding", "murders per 100,000"),
        ("2002", "year", "", "", "", ""),
        ("31.4 per 100,000", "quantity", 31.4, "", "rounding", "murders per 100,000"),
        ("2008", "year", "", "", "", ""),
        ("2009", "year", "", "", "", ""),
        ("140", "quantity", 140, "", "rounding", "murders"),
        ("45-year-low", "duration", 45, "", "rounding", "years"),
        ("25 percent", "quantity", 25, "", "rounding", "percent"),
        ("2008", "year", "", "", "", ""),
        ("about two decades", "duration", 2, "", "around", "decades"),
        ("1991", "year", "", "", "", ""),
        ("9.8 per 100,000", "quantity", 9.8, "", "rounding", "homicides per 100,000"),
        ("5.7", "quantity", 5.7, "", "rounding", "homicides per 100,000"),
        ("1999", "year", "", "", "", ""),
        ("10 years", "duration", 10, "", "rounding", "years"),
        ("2008", "year", "", "", "", ""),
        ("5.4 per 100,000", "quantity", 5.4, "", "rounding", "murders per 100,000"),
        ("the lowest level", "word", "", "", "", ""),
        ("1965", "year", "", "", "", ""),
    ],
    "ap19": [
        ("25-year-old", "duration", 25, "", "rounding", "years"),
        ("record", "word", "", "", "", ""),
        ("971", "quantity", 971, "", "rounding", "cases"),
        ("the greatest number", "word", "", "", "", ""),
        ("1994", "year", "", "", "", ""),
        ("2000", "year", "", "", "", ""),
        ("963", "quantity", 963, "", "rounding", "illnesses"),
        ("1994", "year", "", "", "", ""),
        ("27 years", "duration", 27, "", "rounding", "years"),
        ("2,237", "quantity", 2237, "", "rounding", "cases"),
        ("1992", "year", "", "", "", ""),
        ("1960s", "decade", "", "", "", ""),
        ("The vast majority", "word", "", "", "above", "percent"),
        ("at least 26", "quantity", 26, "", "at_least", "states"),
    ],
    "exam14": [
        ("fiscal year 2014-15", "fiscal_year", "", "", "", ""),
        ("unanimous", "word", "", "", "", ""),
        ("$318,863,995", "quantity", 318863995, "", "rounding", "usd"),
        ("$306,576,463", "quantity", 306576463, "", "rounding", "usd"),
        ("more than $75 million", "quantity", 75000000, "", "above", "usd"),
        ("more than $104.1 million", "quantity", 104100000, "", "above", "usd"),
        ("nearly $28 million", "quantity", 28000000, "", "just_below", "usd"),
        ("more than $23.5", "quantity", 23.5, "", "above", "usd"),
        ("one", "other", "", "", "", ""),
        ("two", "quantity", 2, "", "rounding", "members"),
        ("catch-22", "other", "", "", "", ""),
        ("May 19", "date", "", "", "", ""),
        ("$932,773", "quantity", 932773, "", "rounding", "usd"),
        ("first", "ordinal", "", "", "", ""),
    ],
}


def rows_for(labels: dict, texts: Path) -> list[list]:
    """One gold row per label, its offsets the first occurrence of the quote after the previous row's start."""
    rows = []
    for doc, doc_labels in labels.items():
        text = (texts / f"{doc}.txt").read_text(encoding="utf-8")
        position = 0
        for quote, kind, value, value_to, reading, unit in doc_labels:
            start = text.find(quote, position)
            if start < 0:
                raise SystemExit(f"{doc}: {quote!r} not found after {position}")
            rows.append([doc, start, start + len(quote), quote, kind, value, value_to, reading, unit])
            position = start + 1
    return rows


if __name__ == "__main__":
    rows = rows_for(LABELS, HERE / "texts")
    with open(HERE / "gold.csv", "w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["doc", "start", "end", "quote", "kind", "value", "value_to", "reading", "unit"])
        writer.writerows(rows)
    print(f"{len(rows)} rows")
