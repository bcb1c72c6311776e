"""Every link inside the site resolves: the page exists and, for #fragments, an element with that id does."""
from __future__ import annotations

import re
from pathlib import Path

from site_links import site_links


def test_every_internal_link_and_anchor_resolves(built_site):
    links = site_links(built_site)
    assert not links.broken, f"{len(links.broken)} broken links:\n" + "\n".join(links.broken[:50])
    claim_links = sum(1 for _, _, _, fragment in links.internal if re.fullmatch(r"[a-z]+\d+-\d\d", fragment))
    assert claim_links > 100, "links to claims (#<claim-id>) should be everywhere in the report"


def test_the_checker_finds_a_link_out_of_the_site_to_a_missing_page_or_to_a_missing_anchor(tmp_path):
    site = tmp_path / "site"
    (site / "articles").mkdir(parents=True)
    (tmp_path / "beside.html").write_text("<p id='x'>not published</p>", encoding="utf-8")
    (site / "articles" / "a.html").write_text(
        '<p id="here"><a href="#here">1</a> <a href="../../beside.html#x">2</a> <a href="b.html">3</a> '
        '<a href="../index.html#nowhere">4</a> <a href="../index.html">5</a></p>', encoding="utf-8")
    (site / "index.html").write_text("<p>index</p>", encoding="utf-8")
    links = site_links(site)
    assert links.broken == ["articles/a.html: ../../beside.html#x (outside the site)",
                            "articles/a.html: b.html (no such file)",
                            "articles/a.html: ../index.html#nowhere (no element with that id)"]
    assert len(links.internal) == 5


def test_every_claim_is_anchored_in_its_articles_full_text(built_site):
    import csv

    claims_csv = Path(__file__).resolve().parents[2] / "data" / "claims.csv"
    with claims_csv.open(encoding="utf-8") as handle:
        claims = list(csv.DictReader(handle))
    for claim in claims:
        page = built_site / "book" / "documents" / f"{claim['doc_id']}.html"
        assert re.search(f'<mark class="claim[^"]*" id="{claim["claim_id"]}"', page.read_text(encoding="utf-8")), claim["claim_id"]


def test_every_table_a_notebook_shows_has_a_csv_download_beside_it(built_site):
    """Tables in cell outputs (the data); tables in a page's prose (the guide's plan, exercise 3's reasons) are not
    data and are not counted: each output is read as the element it is, not up to the next code cell."""
    from bs4 import BeautifulSoup

    missing = []
    for page in sorted(built_site.joinpath("book").rglob("*.html")):
        soup = BeautifulSoup(page.read_text(encoding="utf-8"), "html.parser")
        for index, output in enumerate(soup.select("div.cell_output")):
            links = [a.get("href", "") for a in output.find_all("a")]
            downloads = sum(1 for href in links
                            if href.startswith("data:text/csv") or re.search(r"data-package/[a-z_]+\.csv$", href))
            if len(output.find_all("table")) > downloads:
                missing.append(f"{page.relative_to(built_site)}: output {index + 1}")
    assert missing == []


def test_every_link_to_a_statement_or_to_a_quoted_passage_lands_on_those_very_words(built_site):
    """A statement's words and a check's evidence have no claim of their own to link to: the link names the words'
    offsets in the article (#words_<start>_<end>), and the article's page holds them there, the very words of the
    article's text (outlined when the link is followed), or an anchor where they start."""
    import yaml
    from bs4 import BeautifulSoup

    repo = Path(__file__).resolve().parents[2]
    sources = yaml.safe_load((repo / "seeds" / "sources.yml").read_text(encoding="utf-8"))["documents"]
    texts = {entry["id"]: (repo / "seeds" / entry["file"]).read_text(encoding="utf-8") for entry in sources}
    statements = yaml.safe_load((repo / "data" / "statements.yml").read_text(encoding="utf-8"))["statements"]
    checks = yaml.safe_load((repo / "data" / "checks.yml").read_text(encoding="utf-8"))["checks"]
    quoted = {(s["doc_id"], s["start"], s["end"]) for s in statements}
    quoted |= {(e["doc_id"], e["start"], e["end"]) for check in checks for e in check.get("evidence") or []}
    links = site_links(built_site)
    led = {(target.stem, fragment) for _, _, target, fragment in links.internal if fragment.startswith("words_")}
    assert {(doc_id, f"words_{start}_{end}") for doc_id, start, end in quoted} <= led, "each one is linked to"
    held = {}
    for doc_id, text in texts.items():
        soup = BeautifulSoup((built_site / "book" / "documents" / f"{doc_id}.html").read_text(encoding="utf-8"),
                             "html.parser")
        for marker in soup.select("#full_text a.claim-marker"):   # a highlight's mark: not the article's words
            marker.decompose()
        for span in soup.select("#full_text span[id^=words_]"):
            start, end = (int(n) for n in span["id"].split("_")[1:])
            wrapped = "passage" in span["class"]
            held[(doc_id, span["id"])] = span.get_text() if wrapped else None
            assert span.get_text() == (text[start:end] if wrapped else ""), (doc_id, span["id"])
    assert sorted(led - set(held)) == [], "every link lands on a passage of its article's text"
    assert sum(words is not None for words in held.values()) > len(held) / 2, "most are the words themselves"
