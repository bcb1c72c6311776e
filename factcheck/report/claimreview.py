"""The desk's ratings as schema.org ClaimReview in JSON-LD, as fact-checkers publish them.

One ClaimReview per rated claim: a derivation, a comparison that is not like for
like and a flag about the text itself rate no claim, so they get none. Each has

* `claimReviewed`: the sentence the claim sits in, cut from the seed text;
* `reviewRating`: the editorial rating (`alternateName`), its place on the published
  scale (`ratingValue` from 1, worst, to 6, best) and why (`ratingExplanation`);
* `itemReviewed`: the claim, with its author only where the article names one, and
  where it appeared: the article's headline only if the article has its own, its
  publisher only where the text states it (an inferred outlet is not presented as
  the publisher), its date only where the article prints one;
* `datePublished`: the day the ratings were last reviewed (data/report.yml), never
  the build clock;
* `url`: the check's anchor, absolute when `_config.yml` sets `html.baseurl`, relative
  to the page otherwise.
"""
from __future__ import annotations

import posixpath
from dataclasses import dataclass
from html import escape

import yaml

from factcheck import paths
from factcheck.checks.desk import load_desk
from factcheck.report.display import Block
from factcheck.report.escaping import script_json
from factcheck.checks.ratings import RATINGS, rating_value
from factcheck.sources.sentences import sentence_of
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


def claim_reviews(results: list[Outcome], ledger, site: Site, root=paths.ROOT) -> list[dict]:
    desk = load_desk(root)
    author = {"@type": "Organization", "name": desk.name}
    return [claim_review(o, ledger, site, author, desk.reviewed.isoformat()) for o in results if o.judgement]


def document_reviews(results: list[Outcome], ledger, doc_id: str, root=paths.ROOT) -> list[dict]:
    """The reviews of the claims this article makes, for its own page (each is on the register too)."""
    mine = [o for o in results if o.judgement and judged_statement(o, ledger).doc_id == doc_id]
    return claim_reviews(mine, ledger, site_for(f"documents/{doc_id}.html", root), root)


def claim_review(outcome: Outcome, ledger, site: Site, author: dict, reviewed: str) -> dict:
    check, judgement = outcome.check, outcome.judgement
    statement = judged_statement(outcome, ledger)
    document = ledger.documents[statement.doc_id]
    return {
        "@context": "https://schema.org",
        "@type": "ClaimReview",
        "url": site.url(site.page, check.id),
        "name": check.title,
        "datePublished": reviewed,
        "claimReviewed": sentence_of(document.text, statement.start, statement.end),
        "author": author,
        "reviewRating": {"@type": "Rating", "ratingValue": rating_value(judgement.rating),
                         "bestRating": len(RATINGS), "worstRating": 1,
                         "alternateName": judgement.rating, "ratingExplanation": outcome.rating_why},
        "itemReviewed": _item(statement, document, site),
    }


@dataclass(frozen=True)
class Statement:
    doc_id: str
    start: int
    end: int
    quote: str
    claim_id: str | None
    speaker: str | None


def judged_statement(outcome: Outcome, ledger) -> Statement:
    """What the rating is about: the claim the check tests, else its first input or piece of evidence."""
    check = outcome.check
    claim_id = check.tests or (next(iter(check.inputs.values())) if check.inputs and not check.evidence else None)
    if claim_id:
        row = ledger.claim(claim_id)
        return Statement(row["doc_id"], int(row["start"]), int(row["end"]), row["quote"], claim_id, row["speaker"])
    piece = check.evidence[0]
    return Statement(piece["doc_id"], int(piece["start"]), int(piece["end"]), piece["quote"], None, piece.get("speaker"))


def _item(statement: Statement, document, site: Site) -> dict:
    appearance = {"@type": "NewsArticle", "url": site.url(f"documents/{statement.doc_id}.html", statement.claim_id or "")}
    if document.headline.get("own"):
        appearance["headline"] = document.headline["text"]
    if document.outlet.get("stated"):
        appearance["publisher"] = {"@type": "Organization", "name": document.outlet["name"]}
    if document.date.get("published"):
        appearance["datePublished"] = str(document.date["published"])
    claim = {"@type": "Claim", "appearance": [appearance]}
    author = _author(statement.speaker, document)
    if author:
        claim["author"] = author
    return claim


def _author(speaker: str | None, document) -> dict | None:
    """The claim's author where the article names one: a person it quotes, an organisation, or a stated outlet."""
    if not speaker:
        return None
    if speaker == "outlet":
        return {"@type": "Organization", "name": document.outlet["name"]} if document.outlet.get("stated") else None
    if any(person["name"] == speaker for person in document.people_quoted or []):
        return {"@type": "Person", "name": speaker}
    return {"@type": "Organization", "name": speaker}


def jsonld_block(reviews: list[dict]) -> Block:
    """One <script type="application/ld+json"> per review, with a visible sentence saying they are there."""
    scripts = [f'<script type="application/ld+json">{script_json(review, ensure_ascii=False, sort_keys=True)}</script>' for review in reviews]
    count = len(reviews)
    sentence = (f"This page also publishes its {count} rating{'s' if count != 1 else ''} as machine-readable fact "
                "checks (schema.org ClaimReview, JSON-LD) in its source.")
    return Block("\n".join(scripts) + f'\n<p class="factcheck-note">{escape(sentence)}</p>', sentence)
