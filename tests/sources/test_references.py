"""The public record: every reference has its URL and the exact words read; checks cite only what exists."""
from __future__ import annotations

import shutil

import pytest
import yaml

from factcheck.paths import ROOT as REPO
from factcheck.files.problems import ValidationFailed
from factcheck.sources.references import load_references

HEADER = "ref_id,fact,publisher,title,date,url,quoted,read_in,primary,note,copy_url\n"
GOOD_ROW = ('trust-act-signed,The Trust Act was signed in October 2013.,Los Angeles Times,Signing Trust Act,2013-10-06,'
            'https://www.latimes.com/x,"Brown signed eight bills Saturday, including one prohibiting local law enforcement.",'
            'read 2026-11-27,false,,\n')


def write(repo, row: str):
    shutil.copy(REPO / "data" / "datapackage.json", repo / "data" / "datapackage.json")
    (repo / "data" / "references.csv").write_text(HEADER + row, encoding="utf-8")


def problems(repo) -> str:
    with pytest.raises(ValidationFailed) as failed:
        load_references(repo)
    return str(failed.value)


def test_a_good_reference_loads_with_what_its_citation_names(tiny_repo):
    write(tiny_repo, GOOD_ROW)
    ref = load_references(tiny_repo)["trust-act-signed"]
    assert (ref.publisher, ref.title, ref.date) == ("Los Angeles Times", "Signing Trust Act", "2013-10-06")
    assert ref.primary is False


def test_a_reference_without_a_url_is_refused(tiny_repo):
    write(tiny_repo, GOOD_ROW.replace("https://www.latimes.com/x", ""))
    assert "references.csv:2: column 'url': is empty" in problems(tiny_repo)


def test_a_reference_without_the_words_relied_on_is_refused(tiny_repo):
    write(tiny_repo, GOOD_ROW.replace('"Brown signed eight bills Saturday, including one prohibiting local law enforcement."', ""))
    assert "references.csv:2: column 'quoted': is empty" in problems(tiny_repo)


def test_a_link_must_be_a_web_address_and_a_date_as_the_source_gives_it(tiny_repo):
    write(tiny_repo, GOOD_ROW.replace("https://www.latimes.com/x", "from memory").replace("2013-10-06", "last autumn"))
    message = problems(tiny_repo)
    assert "column 'url'" in message and "column 'date'" in message


def test_a_project_without_references_has_none(tiny_repo):
    assert load_references(tiny_repo) == {}


def test_a_check_may_cite_only_references_that_exist(tiny_repo):
    from factcheck.ledger.claims import load_ledger
    from factcheck.report.register import outcomes

    write(tiny_repo, GOOD_ROW)
    (tiny_repo / "data" / "checks.yml").write_text("""checks:
  - id: when
    title: "When?"
    operation: record
    tests: tiny-03
    reason: "History."
    references: [trust-act-signed, remembered-fact]
    judgement: {rating: accurate, why: "As the record says.", materiality: minor, matters: "Background."}
""", encoding="utf-8")
    with pytest.raises(ValidationFailed) as failed:
        outcomes(load_ledger(tiny_repo))
    assert "checks.yml:2: column 'references': no reference 'remembered-fact' in data/references.csv" in str(failed.value)


def test_every_shipped_reference_is_cited_and_every_citation_resolves():
    from factcheck.report.register import outcomes

    from factcheck.ledger.claims import load_ledger
    from factcheck.sources.references import cited_by_sources

    results = outcomes()
    cited = {ref for o in results for ref in o.check.references} | cited_by_sources(load_ledger().documents)
    shipped = set(load_references(REPO))
    assert cited <= shipped
    # rows added for verdicts the desk has still to apply are cited by that proposal (review/references/decided.yml)
    decided = yaml.safe_load((REPO / "review" / "references" / "decided.yml").read_text(encoding="utf-8"))
    proposed = {ref for entry in decided["decided"] + decided.get("new_statements", [])
                for ref in entry.get("references", {}).get("add", [])}
    assert proposed <= shipped, "decided.yml proposes references that are not in data/references.csv"
    assert shipped - cited - proposed == set(), "references nobody cites: remove them or cite them"
