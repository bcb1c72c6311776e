"""What a reader sees of the public record: the original publisher first, a copy second, no internal words,
and "Not checked against the record" on every statement review/references/not-found.yml lists."""
from __future__ import annotations

import json
import re

from factcheck.paths import ROOT as REPO
from factcheck.report.display import source_link
from factcheck.sources.record import load_not_found
from factcheck.sources.references import Reference

INTERNAL = ("search corpus", "('pages')", "(&#x27;pages&#x27;)", "project's search", "project&#x27;s search",
            "Read in a stored", "read 2026-")


def reference(url: str, copy_url: str = "", kind: str = "") -> Reference:
    return Reference("r", "a fact", "A Paper", "A title", "2024-06-16", url, "the words read, twenty at least",
                     "read 2026-12-03 at the copy's address", False, "", copy_url, kind)


def test_the_original_address_comes_first_and_the_copy_second_with_one_reader_phrase():
    html = source_link(reference("https://paper.example/story", "https://web.archive.example/story", "archive"))
    original, copy = html.index('href="https://paper.example/story"'), html.index('href="https://web.archive.example/story"')
    assert original < copy and ">read in an archived copy</a>" in html
    assert "2026" not in html     # when we read it is not the reader's business


def test_a_source_known_only_by_its_copy_says_the_original_address_was_not_found():
    html = source_link(reference("https://library.example/opinion", kind="republisher"))
    assert '<a href="https://library.example/opinion">read in a republished copy</a>' in html
    assert "the original publisher's address was not found" in html
    assert "<a" not in html.split("(")[0]                    # the citation itself links nowhere: it is not the original


def test_a_source_read_at_the_original_address_is_one_link():
    assert source_link(reference("https://paper.example/story")) == \
        '<a href="https://paper.example/story">A Paper, “A title”, 16 Jun 2024</a>'


def test_a_sources_date_reads_as_a_reader_reads_dates():
    for written, read in (("2018-06", "Jun 2018"), ("2017-04-20", "20 Apr 2017"), ("2016", "2016"),
                          ("undated", "undated")):
        assert source_link(_dated(written)).endswith(f"”, {read}</a>")


def _dated(date: str) -> Reference:
    return Reference("r", "a fact", "A Paper", "A title", date, "https://paper.example/story",
                     "the words read, twenty at least", "read at the original address", False, "")


def _pages() -> dict[str, str]:
    """The HTML and text outputs of every executed page under book/, by page."""
    pages = {}
    for path in sorted((REPO / "book").rglob("*.ipynb")):
        cells = json.loads(path.read_text(encoding="utf-8"))["cells"]
        parts = []
        for cell in cells:
            parts.append("".join(cell.get("source", "")))
            for output in cell.get("outputs", []):
                data = output.get("data", {})
                parts += ["".join(data.get(k, "")) for k in ("text/html", "text/markdown", "text/plain")]
                parts.append("".join(output.get("text", "")))
        pages[str(path.relative_to(REPO))] = "\n".join(parts)
    return pages


def test_no_executed_page_says_where_the_project_read_a_source():
    for page, text in _pages().items():
        found = [w for w in INTERNAL if w in text]
        assert not found, f"{page} shows internal words about where a source was read: {found}"


def test_every_statement_not_found_in_the_record_says_so_on_its_pages():
    pages = _pages()
    for ident in load_not_found(REPO):
        shown = []
        for page, text in pages.items():
            for match in re.finditer(rf'<div class="factcheck-statement[^"]*" id="{re.escape(ident)}">', text):
                card = text[match.end():text.find('<details class="factcheck-evidence"', match.end())]
                shown.append((page, "Not checked against the record." in card))
        assert shown, f"{ident} is on no page"
        assert all(ok for _, ok in shown), f"{ident}: a page shows it without 'Not checked against the record': {shown}"


def test_every_unrated_sentence_searched_for_in_vain_is_listed_on_its_article_page():
    from factcheck.report.chapters import KIND_WORDS, unchecked_sentences
    from factcheck.sources.record import not_found_unrated

    pages = _pages()
    entries = [entry for _, entry in not_found_unrated(REPO)]
    assert entries
    assert {entry["kind"] for entry in entries} <= set(KIND_WORDS)   # each says what kind of claim it is in words
    for entry in entries:
        page = pages[f"book/documents/{entry['doc_id']}.ipynb"]
        assert f"not checked: {entry['quote']}" in page, entry   # the list's plain-text twin, beside its HTML
    assert repr(unchecked_sentences("hearing16", REPO / "no-such-folder")) == "none listed"  # a participant's folder


def test_a_hostile_date_is_escaped_and_read_as_words():
    html = source_link(_dated('<script>alert("2018-06")</script>'))
    assert "<script>" not in html and "&lt;script&gt;" in html
    assert "Jun 2018" in html   # the period inside is still read as a reader reads it


def test_no_report_page_names_a_source_a_check_or_a_statement_by_its_id():
    """A reference's note named another by its id ("see also ca-ab1081-vetoed-2012"), on four pages: a reader
    reads a source by its publisher, title and date, and a check or statement by its words."""
    import csv
    from html.parser import HTMLParser

    from factcheck.checks.statements import statements_of
    from factcheck.ledger.claims import load_ledger
    from factcheck.report.register import outcomes

    class Text(HTMLParser):
        def __init__(self):
            super().__init__()
            self.parts, self.hidden = [], 0

        def handle_starttag(self, tag, attrs):
            self.hidden += tag in ("script", "style")

        def handle_endtag(self, tag):
            self.hidden -= tag in ("script", "style")

        def handle_data(self, data):
            if not self.hidden:
                self.parts.append(data)

    with (REPO / "data" / "references.csv").open(encoding="utf-8", newline="") as f:
        ids = {row["ref_id"] for row in csv.DictReader(f)}
    results = outcomes(load_ledger())
    ids |= {o.check.id for o in results} | {s.id for s in statements_of(results)}
    named = re.compile(r"(?<![\w/#.-])(" + "|".join(map(re.escape, sorted(ids, key=len, reverse=True))) + r")(?![\w-])")
    found = []
    for path in sorted((REPO / "book").rglob("*.ipynb")):
        if "workshop" in path.relative_to(REPO / "book").parts:   # exercises name what a participant types
            continue
        for cell in json.loads(path.read_text(encoding="utf-8"))["cells"]:
            for output in cell.get("outputs", []):
                data = output.get("data", {})
                reader = Text()
                reader.feed("".join(data.get("text/html", "")) or "".join(data.get("text/markdown", "")))
                found += [(path.name, m.group(1)) for m in named.finditer(" ".join(reader.parts))]
    assert ids and not found, found
