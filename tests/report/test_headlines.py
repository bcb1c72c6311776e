"""Headlines: the outlet's only where the text gives it, quoted and marked as theirs; otherwise the report's own
neutral description, marked as ours and the same on every page; titles never adopt a framing rated wrong."""
from __future__ import annotations

import yaml

from factcheck import paths
from factcheck.ledger.claims import load_ledger
from factcheck.report import pages, readable
from factcheck.report.escaping import markdown_text
from factcheck.report.register import outcomes


def _titles() -> dict[str, str]:
    plan = yaml.safe_load((paths.ROOT / "pages.yml").read_text(encoding="utf-8"))
    return {p["page"]: p["title"] for part in plan["parts"] for p in part["pages"]}


def test_each_article_page_is_titled_by_the_reports_description_and_names_its_outlet():
    ledger = load_ledger()
    titles = _titles()
    for doc_id, document in ledger.documents.items():
        title = titles[f"book/documents/{doc_id}.ipynb"]
        assert title.startswith(f"{readable.description(document)} (") and title.endswith(f"{readable.year(document)})")


def test_the_outlets_headline_is_quoted_and_marked_theirs_only_where_the_text_or_a_record_gives_it():
    ledger = load_ledger()
    notes = {doc_id: readable.headline_note(d) for doc_id, d in ledger.documents.items()}
    assert notes["parole24"] == "the outlet's headline: “ICE Struggles To Track Migrants Released Under Parole Program”"
    assert notes["ndd24"].startswith("the outlet's headline, as its web address")
    # found in the record that also dates the article (an editor's finding: the page showed our description only)
    assert notes["pep16"].startswith("the outlet's headline, as TRAC's list of the articles that use its data gives it")
    # the text holds none; LifeZette's own address and a reprint give it (the third editor's finding)
    assert notes["hearing16"] == ("the outlet's headline, as a blog's reprint of the article (LifeZette's own address "
                                  "for it ends in catch-and-release) gives it: “Catch and Release”")
    landing = pages.article_lines(outcomes(ledger), ledger).text
    index = pages.claims_index(ledger, outcomes(ledger)).text
    for doc_id, document in ledger.documents.items():
        for shown in (landing, index):
            assert markdown_text(readable.description(document)) in shown and markdown_text(notes[doc_id]) in shown


def test_no_title_repeats_a_framing_the_report_rates_wrong():
    """The ICE letter's lead (a docket count read as releases) and the parole lead (check-ins read as lost track)
    are rated wrong: no page or theme title, and no description, says 'released' for the one or 'track' for the other."""
    ledger = load_ledger()
    rated = {s.id: s.rating for o in outcomes(ledger) if (s := o.statement)}
    assert rated["ndd24-lead"] == rated["parole24-lead"] == "wrong"
    titles = list(_titles().values()) + [readable.description(d) for d in ledger.documents.values()]
    assert not [t for t in titles if "releases of" in t.lower() or "struggles to track" in t.lower()]
    assert "releas" not in readable.description(ledger.documents["ndd24"]).lower()
