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
        if row.get("words") and not row.get("condition"):   # a word claim: what must be true for it to hold
            row["condition"] = f"the words '{row['words']}' hold for the figures of the test"
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


def add_article(folder: Path, other: Path) -> None:
    """Give folder the article of other (another folder new-article made): its text, its provenance, its claims.
    new-article makes one article per folder; a participant who joins two by hand gets this."""
    import yaml

    def rows(path: Path) -> list[str]:
        return path.read_text(encoding="utf-8").splitlines(keepends=True)

    sources = yaml.safe_load((folder / "seeds" / "sources.yml").read_text(encoding="utf-8"))
    for document in yaml.safe_load((other / "seeds" / "sources.yml").read_text(encoding="utf-8"))["documents"]:
        sources["documents"].append(document)
        (folder / "seeds" / document["file"]).write_bytes((other / "seeds" / document["file"]).read_bytes())
    (folder / "seeds" / "sources.yml").write_text(yaml.safe_dump(sources, sort_keys=False), encoding="utf-8")
    for table in ("claims.csv", "non_claims.csv"):
        mine = folder / "data" / table
        mine.write_text("".join(rows(mine) + rows(other / "data" / table)[1:]), encoding="utf-8")


# ---------------------------------------------------------------------------------------------------------------
# A scripted participant: the bring-your-own block of the guide, done the way a person does it in a class's slot.
# It fills in only what `new-article --check DIR --first N` lists as left to fill, reading each claim's quote to
# decide what to write (ANSWERS), runs --check again, and stops once it exits 0. It counts what it typed.

# What a reader of ARTICLE_TEXT writes for each number, found by the number's words in the claim's quote.
ANSWERS = {
    "240,000": {"metric": "removals", "period": "FY2016", "population": "ICE removals, nationwide", "speaker": "ICE"},
    "$1.2 billion": {"metric": "removal_cost", "period": "FY2016", "population": "ICE removals, nationwide",
                     "speaker": "officials"},
    "62 percent": {"metric": "share_with_conviction", "period": "FY2016", "population": "people removed",
                   "speaker": "outlet"},
    "40 and 55 percent": {"metric": "share_skipping_hearings", "period": "unspecified", "population": "people released",
                          "speaker": "a senior official"},
    "Four dozen": {"metric": "officers", "period": "as of 2017-03-03", "population": "the district office",
                   "speaker": "outlet"},
    "6,000": {"metric": "beds_needed", "period": "as of 2017-03-03", "population": "the district office",
              "speaker": "Jane Roe", "unit": "beds"},
}
UNITS = {"removal_cost": "usd"}  # a unit the finder could not guess, as a reader would write it

# The provenance fields --check lists, and how many values a person types for each (a date is published,
# earliest and latest; its evidence is a quote, its start, its end and why; a person quoted is a name and a role).
PROVENANCE_VALUES = {"outlet.name": 1, "outlet.stated": 1, "outlet.evidence": 1, "headline.text": 1,
                     "headline.own": 1, "date": 3, "date.evidence": 4, "people_quoted": 2}

LEFT = __import__("re").compile(r"^  (?P<file>\S+?)(?::(?P<line>\d+)| lines (?P<lines>[\d, -]+)):"
                                r"(?: column '(?P<column>[^']+)':)? is blank")


def listed_blanks(check_output: str) -> list[tuple[str, int | None, str]]:
    """(file, line, column) for every blank the --check output lists under 'Left to fill', one per cell."""
    found = []
    for line in check_output.splitlines():
        match = LEFT.match(line)
        if not match:
            continue
        numbers = [int(match["line"])] if match["line"] else []
        for span in (match["lines"] or "").split(", "):
            if span:
                low, _, high = span.partition("-")
                numbers += range(int(low), int(high or low) + 1)
        found += [(match["file"], number, match["column"] or "") for number in numbers or [None]]
    return found


class Participant:
    """One participant on one folder: fills what --check lists, for the first n claim rows only."""

    def __init__(self, folder: Path, doc_id: str, n: int, run_check):
        self.folder, self.doc_id, self.n, self.run_check = Path(folder), doc_id, n, run_check
        self.typed: list[tuple[str, int | None, str]] = []   # every cell written: (file, line, column)
        self.values = 0                                       # values typed (a date's three count three)
        self.runs = 0

    def play(self, most: int = 5):
        """Run --check --first n, fill what it lists, again until it exits 0 (at most `most` runs); the last result."""
        for _ in range(most):
            result = self.run_check(self.folder, self.n)
            self.runs += 1
            if result.returncode == 0:
                return result
            blanks = listed_blanks(result.stdout)
            if not blanks:
                return result  # a mistake, not a blank: the caller's assertion shows the output
            self.fill(blanks)
        return result

    def fill(self, blanks: list[tuple[str, int | None, str]]) -> None:
        claims = [(line, column) for file, line, column in blanks if file.endswith("claims.csv")]
        fields = [column for file, _, column in blanks if file.endswith("sources.yml")]
        if claims:
            self._fill_claims(claims)
        if fields:
            self._fill_provenance(fields)

    def _fill_claims(self, cells: list[tuple[int, str]]) -> None:
        import csv

        path = self.folder / "data" / "claims.csv"
        with open(path, encoding="utf-8", newline="") as handle:
            reader = csv.DictReader(handle)
            rows = list(reader)
            header = list(reader.fieldnames)
        for line, column in cells:
            row = rows[line - 2]  # line 1 is the header
            answer = next(a for words, a in ANSWERS.items() if words in row["quote"])
            row[column] = answer.get(column) or UNITS[answer["metric"]]
            self.typed.append(("data/claims.csv", line, column))
            self.values += 1
        with open(path, "w", encoding="utf-8", newline="") as handle:
            writer = csv.DictWriter(handle, fieldnames=header, lineterminator="\n")
            writer.writeheader()
            writer.writerows(rows)

    def _fill_provenance(self, fields: list[str]) -> None:
        path = self.folder / "seeds" / "sources.yml"
        text = (self.folder / "seeds" / f"{self.doc_id}.txt").read_text(encoding="utf-8")
        date = "March 3, 2017"
        start = text.index(date)
        edits = {
            "outlet.name": [("name: null", 'name: "Test Wire"')],
            "outlet.stated": [("stated: null", "stated: false")],
            "outlet.evidence": [("evidence: null", 'evidence: "the page it was copied from"')],
            "headline.text": [("text: null", 'text: "Removals in 2016"')],
            "headline.own": [("own: null", "own: false")],
            "date": [("published: null", "published: 2017-03-03"), ("earliest: null", "earliest: 2017-03-03"),
                     ("latest: null", "latest: 2017-03-03")],
            "date.evidence": [("evidence: []", f'evidence: [{{quote: "{date}", start: {start}, '
                                               f'end: {start + len(date)}, why: "the agency spoke on this day"}}]')],
            "people_quoted": [("people_quoted: null", 'people_quoted: [{name: "Jane Roe", role: "runs the office"}]')],
        }
        source = path.read_text(encoding="utf-8")
        for field in fields:
            for old, new in edits[field]:
                source = source.replace(old, new, 1)
            self.typed.append(("seeds/sources.yml", None, field))
            self.values += PROVENANCE_VALUES[field]
        path.write_text(source, encoding="utf-8")
