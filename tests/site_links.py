"""The links inside a built site: where each leads, and those that lead nowhere (a page that does not exist, or a
#fragment no element of the page has)."""
from __future__ import annotations

from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit


class _Page(HTMLParser):
    def __init__(self):
        super().__init__()
        self.ids, self.hrefs = set(), []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if attrs.get("id"):
            self.ids.add(attrs["id"])
        if tag == "a" and attrs.get("href"):
            self.hrefs.append(attrs["href"])


def _parse(path: Path) -> _Page:
    parser = _Page()
    parser.feed(path.read_text(encoding="utf-8"))
    return parser


@dataclass
class SiteLinks:
    internal: list[tuple[Path, str, Path, str]] = field(default_factory=list)  # (page, href, file it leads to, fragment)
    broken: list[str] = field(default_factory=list)                            # 'page: href (why)'


def site_links(site: Path) -> SiteLinks:
    """Every link of every page of site to a place in the site, each page read once."""
    pages = {page.resolve(): _parse(page) for page in sorted(site.rglob("*.html"))}
    found = SiteLinks()
    for page, parsed in pages.items():
        shown = page.relative_to(site.resolve())
        for href in parsed.hrefs:
            parts = urlsplit(href)
            if parts.scheme or parts.netloc or href.startswith(("data:", "mailto:", "javascript:")):
                continue
            target = (page.parent / unquote(parts.path)).resolve() if parts.path else page
            if target.is_dir():
                target = target / "index.html"
            found.internal.append((page, href, target, parts.fragment))
            if not target.exists():
                found.broken.append(f"{shown}: {href} (no such file)")
            elif parts.fragment and target.suffix == ".html":
                ids = pages[target].ids if target in pages else _parse(target).ids
                if parts.fragment not in ids:
                    found.broken.append(f"{shown}: {href} (no element with that id)")
    return found
