"""A participant's article and a participant's part of the work, shared by the new-article tests."""
from __future__ import annotations

from pathlib import Path


# A participant's article for `new-article`: a hedged number, a percentage, a dollar amount,
# a date, a fiscal year, a range, a spelled-out number and an ordinal.
ARTICLE_TEXT = (
    "Immigration agents removed nearly 240,000 people in fiscal year 2016, the agency said on March 3, 2017.\n"
    "The removals cost $1.2 billion, officials said.\n"
    "About 62 percent of those removed had a criminal conviction.\n"
    "Between 40 and 55 percent of people released skipped their hearings, a senior official estimated.\n"
    "Four dozen officers work in the district office, the first such unit in the state.\n"
    "\u201cWe need more than 6,000 beds,\u201d said Jane Roe, who runs the office.\n"
)


def fill_judgements(folder: Path, doc_id: str) -> None:
    """Do a participant's part: every blank judgement cell and provenance field filled (for the tests)."""
    import csv

    claims_file = folder / "data" / "claims.csv"
    with open(claims_file, encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    for row in rows:
        row["unit"] = row["unit"] or "people"
        row["metric"] = f"measure_{row['claim_id'].split('-')[1]}"
        row["period"] = "FY2016"
        row["population"] = "people in the test"
        row["speaker"] = "outlet"
    with open(claims_file, "w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]), lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)

    text = (folder / "seeds" / f"{doc_id}.txt").read_text(encoding="utf-8")
    date = "March 3, 2017"
    start = text.index(date)
    sources = folder / "seeds" / "sources.yml"
    filled = (sources.read_text(encoding="utf-8")
              .replace("name: null", 'name: "Test Wire"').replace("stated: null", "stated: false")
              .replace("evidence: null", 'evidence: "written for the test"')
              .replace("text: null", 'text: "Removals in 2016"').replace("own: null", "own: false")
              .replace("published: null", "published: 2017-03-03")
              .replace("earliest: null", "earliest: 2017-03-03").replace("latest: null", "latest: 2017-03-03")
              .replace("evidence: []", f'evidence: [{{quote: "{date}", start: {start}, end: {start + len(date)}, '
                                       'why: "the agency spoke on this day"}]')
              .replace("people_quoted: null", 'people_quoted: [{name: "Jane Roe", role: "runs the office"}]'))
    sources.write_text(filled, encoding="utf-8")
