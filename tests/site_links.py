"""The links inside a built site: where each leads, and those that lead nowhere (out of the site, to a page that
does not exist, or to a #fragment no element of the page has)."""
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


def ids_of(path: Path) -> set[str]:
    """The ids of a page's elements: what a #fragment may name."""
    return _parse(path).ids


@dataclass
class SiteLinks:
    internal: list[tuple[Path, str, Path, str]] = field(default_factory=list)  # (page, href, file it leads to, fragment)
    broken: list[str] = field(default_factory=list)                            # 'page: href (why)'


def site_links(site: Path) -> SiteLinks:
    """Every link of every page of site to a place in the site, each page read once."""
    root = site.resolve()
    pages = {page.resolve(): _parse(page) for page in sorted(site.rglob("*.html"))}
    found = SiteLinks()
    for page, parsed in pages.items():
        shown = page.relative_to(root)
        for href in parsed.hrefs:
            parts = urlsplit(href)
            if parts.scheme or parts.netloc or href.startswith(("data:", "mailto:", "javascript:")):
                continue
            target = (page.parent / unquote(parts.path)).resolve() if parts.path else page
            if target.is_dir():
                target = target / "index.html"
            found.internal.append((page, href, target, parts.fragment))
            if not target.is_relative_to(root):   # a file beside the site is not published with it
                found.broken.append(f"{shown}: {href} (outside the site)")
            elif not target.exists():
                found.broken.append(f"{shown}: {href} (no such file)")
            elif parts.fragment and target.suffix == ".html":
                ids = pages[target].ids if target in pages else _parse(target).ids
                if parts.fragment not in ids:
                    found.broken.append(f"{shown}: {href} (no element with that id)")
    return found
