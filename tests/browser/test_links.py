"""Every link inside the site resolves: the page exists and, for #fragments, an element with that id does."""
from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit


class _Links(HTMLParser):
    def __init__(self):
        super().__init__()
        self.ids, self.hrefs = set(), []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if attrs.get("id"):
            self.ids.add(attrs["id"])
        if tag == "a" and attrs.get("href"):
            self.hrefs.append(attrs["href"])


def _parse(path: Path) -> _Links:
    parser = _Links()
    parser.feed(path.read_text(encoding="utf-8"))
    return parser


def test_every_internal_link_and_anchor_resolves(built_site):
    pages = {p: _parse(p) for p in built_site.rglob("*.html")}
    broken, claim_links = [], 0
    for page, parsed in pages.items():
        for href in parsed.hrefs:
            parts = urlsplit(href)
            if parts.scheme or parts.netloc or href.startswith(("data:", "mailto:", "javascript:")):
                continue
            target = (page.parent / unquote(parts.path)).resolve() if parts.path else page
            if target.is_dir():
                target = target / "index.html"
            if not target.exists():
                broken.append(f"{page.relative_to(built_site)}: {href} (no such file)")
                continue
            if parts.fragment and target.suffix == ".html":
                ids = pages[target].ids if target in pages else _parse(target).ids
                if parts.fragment not in ids:
                    broken.append(f"{page.relative_to(built_site)}: {href} (no element with that id)")
                if re.fullmatch(r"[a-z]+\d+-\d\d", parts.fragment):
                    claim_links += 1
    assert not broken, f"{len(broken)} broken links:\n" + "\n".join(broken[:50])
    assert claim_links > 100, "links to claims (#<claim-id>) should be everywhere in the report"


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
