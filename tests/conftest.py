"""Shared fixtures: a tiny repository written for the tests, and the real one."""
from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent

TINY_TEXT = "Officials said almost 100 of a little more than 6,000 requests were refused in November 2015, about 1.6 percent.\n"


def write_tiny_repo(root: Path) -> Path:
    """A one-document repository: a seed, its provenance, two claim tables and the schema."""
    (root / "seeds").mkdir(parents=True)
    (root / "data").mkdir()
    seed = root / "seeds" / "tiny.txt"
    seed.write_text(TINY_TEXT, encoding="utf-8")
    sha = hashlib.sha256(seed.read_bytes()).hexdigest()
    (root / "seeds" / "sources.yml").write_text(f"""documents:
  - id: tiny
    file: tiny.txt
    sha256: {sha}
    outlet: {{name: Test Gazette, stated: false, evidence: "written for the test"}}
    headline: {{text: "A tiny article", own: false}}
    date:
      published: null
      earliest: 2015-12-01
      latest: 2016-12-31
      evidence:
        - quote: "November 2015"
          start: 79
          end: 92
          why: "the data runs through this month"
    people_quoted: []
    artefacts: []
""", encoding="utf-8")
    shutil.copy(REPO / "data" / "datapackage.json", root / "data" / "datapackage.json")
    header = "claim_id,doc_id,start,end,quote,value,value_to,unit,hedge,precision,low,high,bounds,metric,period,population,speaker,note\n"
    (root / "data" / "claims.csv").write_text(
        header
        + "tiny-01,tiny,15,25,almost 100,100,,requests,almost,100,90,100,[),requests_declined,2015-11,test,outlet,\n"
        + "tiny-02,tiny,29,53,\"a little more than 6,000\",6000,,requests,a little more than,1000,6000,6600,(],requests,2015-11,test,outlet,\n"
        + "tiny-03,tiny,94,111,about 1.6 percent,1.6,,percent,about,0.1,1.52,1.68,[],refusal_rate,2015-11,test,outlet,\n",
        encoding="utf-8")
    (root / "data" / "non_claims.csv").write_text(
        "doc_id,start,end,text,kind,reason\n"
        "tiny,79,92,November 2015,date,the month the figures describe\n", encoding="utf-8")
    return root


@pytest.fixture
def tiny_repo(tmp_path) -> Path:
    return write_tiny_repo(tmp_path / "repo")


@pytest.fixture
def replace_line():
    """Replace one 1-based line of a file (for writing broken fixtures)."""
    def replace(path: Path, line_number: int, new_line: str) -> None:
        lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
        lines[line_number - 1] = new_line.rstrip("\n") + "\n"
        path.write_text("".join(lines), encoding="utf-8")
    return replace


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


@pytest.fixture
def article_file(tmp_path) -> Path:
    path = tmp_path / "article.txt"
    path.write_text(ARTICLE_TEXT, encoding="utf-8")
    return path


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
