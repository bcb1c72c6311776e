"""The desk's verdicts as schema.org ClaimReview in JSON-LD, as fact-checkers publish them.

One ClaimReview per rated statement (data/statements.yml), never per check, and none
for a statement rated "cannot be checked" (no evidence either way is not a review).
Each has

* `claimReviewed`: the statement's words, cut from the seed text;
* `reviewRating`: the statement's one verdict (`alternateName`), its place on the
  published scale from worst to best (`ratingValue`: 1 wrong ... 5 accurate; the
  mapping is on the methods page) and why (`ratingExplanation`);
* `itemReviewed`: the claim, whose `author` is who is responsible for the words: the
  outlet for its own voice and for its paraphrase of a speaker, the speaker only for a
  direct quote; `appearance` is the article itself: its own address where the text
  gives it, its headline only where it is the article's, its publisher where the text
  states it, its date where it prints one;
* `datePublished`: the release that first published the verdict (data/published_verdicts.csv),
  else the day the ratings were last reviewed (data/report.yml), never the build clock;
  `dateModified` the last release that changed the verdict since (its rating, materiality or reason);
* `url`: the statement's anchor, only when `_config.yml` sets `html.baseurl` (a
  relative address is no use to a consumer of the JSON-LD).
"""
from __future__ import annotations

import posixpath
import re
from dataclasses import dataclass
from html import escape

import yaml

from factcheck import paths
from factcheck.checks.desk import load_desk, reviewed
from factcheck.checks.statements import WORST_TO_BEST, Statement, rating_value, statements_of
from factcheck.report.display import Block
from factcheck.report.escaping import script_json
from factcheck.checks.verdicts import Outcome


@dataclass(frozen=True)
class Site:
    """Where pages live: absolute URLs when the site has a base URL, else relative to the page showing them."""
    page: str                  # the page the JSON-LD is on, relative to the book root: "register.html"
    baseurl: str = ""

    def url(self, target: str, anchor: str = "") -> str:
        fragment = f"#{anchor}" if anchor else ""
        if self.baseurl:
            return f"{self.baseurl.rstrip('/')}/book/{target}{fragment}"
        if target == self.page:
            return fragment or posixpath.basename(target)
        return posixpath.relpath(target, posixpath.dirname(self.page) or ".") + fragment


def site_for(page: str, root=paths.ROOT) -> Site:
    config = yaml.safe_load((root / "_config.yml").read_text(encoding="utf-8")) or {}
    return Site(page, ((config.get("html") or {}).get("baseurl") or "").strip())


def publisher(root=paths.ROOT) -> dict:
    """The review's author: the desk named in data/report.yml."""
    return {"@type": "Organization", "name": load_desk(root).name}


def claim_reviews(items: list, ledger, site: Site, root=paths.ROOT) -> list[dict]:
    """One review per rated statement among the items (outcomes or statements); none for "cannot be checked"."""
    from factcheck.report.corrections import history

    desk = load_desk(root)
    author = {"@type": "Organization", "name": desk.name}
    dates = history(root, ledger, items)
    return [claim_review(st, ledger, site, author, dates.get(st.id, (desk.reviewed, None)))
            for st in statements_of(items) if rating_value(st.rating) is not None]


def document_reviews(results: list[Outcome], ledger, doc_id: str, root=paths.ROOT) -> list[dict] | None:
    """The reviews of the statements this article makes, for its own page (each is on the register too). None for a
    participant's draft (the ledger's root is their folder): it publishes no review, under no one's name."""
    if not reviewed(ledger.root):
        return None
    mine = [st for st in statements_of(results) if st.doc_id == doc_id]
    return claim_reviews(mine, ledger, site_for(f"documents/{doc_id}.html", root), root)


def claim_review(statement: Statement, ledger, site: Site, author: dict, dates: tuple) -> dict:
    published, modified = dates
    document = ledger.documents[statement.doc_id]
    review = {
        "@context": "https://schema.org",
        "@type": "ClaimReview",
        "datePublished": published.isoformat(),
        "claimReviewed": statement.quote,
        "author": author,
        "reviewRating": {"@type": "Rating", "ratingValue": rating_value(statement.rating),
                         "bestRating": len(WORST_TO_BEST), "worstRating": 1,
                         "alternateName": statement.rating, "ratingExplanation": statement.rating_why},
        "itemReviewed": _item(statement, document),
    }
    if modified is not None:
        review["dateModified"] = modified.isoformat()
    if site.baseurl:
        review["url"] = site.url(site.page, statement.id)
    return review


def _item(statement: Statement, document) -> dict:
    from factcheck import usage

    usage.note("source", document.id)   # its address, headline, outlet and date, read here from sources.yml
    appearance = {"@type": "NewsArticle"}
    if document.url:
        appearance["url"] = document.url
    if document.headline.get("own"):
        appearance["headline"] = document.headline["text"]
    if document.outlet.get("stated"):
        appearance["publisher"] = {"@type": "Organization", "name": document.outlet["name"]}
    if document.date.get("published"):
        appearance["datePublished"] = str(document.date["published"])
    claim = {"@type": "Claim", "appearance": [appearance]}
    author = responsible_party(statement, document)
    if author:
        claim["author"] = author
    return claim


def responsible_party(statement: Statement, document) -> dict | None:
    """Who is responsible for the words: the speaker for a direct quote, else the outlet (when its name is known)."""
    if statement.voice == "quoted":
        if any(same_person(person["name"], statement.speaker) for person in document.people_quoted or []):
            return {"@type": "Person", "name": statement.speaker}
        return {"@type": "Organization", "name": statement.speaker}
    name = document.outlet.get("name") or ""
    return {"@type": "Organization", "name": name} if name and name.lower() != "unknown" else None


# a nickname between words, in double or curly quotes or brackets (not an apostrophe: "D'Angelo O'Neal")
NICKNAME = re.compile(r"(?<!\S)[“\"‘(][^“”\"‘’()]+[”\"’)](?!\S)")


def same_person(listed: str, speaker: str) -> bool:
    """A speaker named as the article's list of people quoted names them, a nickname in quotes aside: "Andrew Arthur"
    is "Andrew “Art” Arthur" (compared exactly, a person quoted under a nickname was published as an organisation)."""
    def plain(name: str) -> str:
        return " ".join(NICKNAME.sub(" ", name).split()).casefold()
    return plain(listed) == plain(speaker)


def jsonld_block(reviews: list[dict] | None) -> Block:
    """One <script type="application/ld+json"> per review, with a visible sentence saying they are there (None: a
    draft, which publishes none)."""
    if reviews is None:
        sentence = ("This page publishes no verdict as a machine-readable fact check: "
                    "it is a participant's draft, and a draft is published under no desk's name.")
        return Block(f'<p class="factcheck-note">{escape(sentence)}</p>', sentence)
    scripts = [f'<script type="application/ld+json">{script_json(review, ensure_ascii=False, sort_keys=True)}</script>' for review in reviews]
    count = len(reviews)
    if count:
        sentence = (f"This page also publishes {count} verdict{'s' if count != 1 else ''} as machine-readable fact "
                    "checks in its source; a statement that cannot be checked is not "
                    "published as one.")
    else:   # not "0 verdicts"
        sentence = ("None of this page's statements has a verdict to publish as a machine-readable fact check: "
                    "a statement that cannot be checked is not published as one.")
    return Block("\n".join(scripts) + f'\n<p class="factcheck-note">{escape(sentence)}</p>', sentence)
