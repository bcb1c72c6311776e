"""Building blocks of the chapters: each check told for a reader, with its rating first and its arithmetic after.

Every number shown here comes from the ledger or from evaluating a check; every
quote of a claim links to its highlight in the article's full text (`documents/<doc_id>.html#<claim_id>`;
on the article's own page, `#<claim_id>`: see Links), a statement's words and a check's evidence to those words
there (`#words_<start>_<end>`), and every check has an anchor
(`#<check_id>`) on every page that shows it. Ratings and outcomes carry a symbol and a
word, never colour alone.
"""
from __future__ import annotations

from html import escape
from pathlib import Path
from typing import NamedTuple

import pandas as pd

from factcheck import paths, usage
from factcheck.report import readable
from factcheck.sources.record import load_not_found, not_found_unrated
from factcheck.report.display import Block, csv_download, scrolling, source_link
from factcheck.report.claim_words import allows, stated
from factcheck.report.source_view import passage_id
from factcheck.report.verdict_words import arithmetic, between, figure, result_unit, sentence as outcome_sentence, told
from factcheck.checks.ratings import MATERIALITY, MATERIALITY_OF, MOST_SERIOUS_FIRST, RATING
from factcheck.checks.statements import VOICES, Statement, by_severity, statements_of
from factcheck.checks.verdicts import CONSISTENT, OUTSIDE, VERDICTS, Outcome, number  # noqa: F401  (CONSISTENT: the document template reads chapters.CONSISTENT)
from factcheck.report.escaping import article_words, plain_words

# Arithmetic outcomes are words, never symbols: the rating is the one symbol a reader sees (its "≈" means imprecise,
# so no arithmetic outcome may borrow it). The judgement (a rating) is shown beside them, never replaced by them.
BADGES = {
    "exact": "exact",
    "within the words": "within what the words say",
    "within rounding": "within rounding",
    "within hedges": "only within the hedges",
    OUTSIDE: "outside what the words allow",
    "undefined": "cannot be worked out",
    "not comparable": "not like for like",
    "derived": "worked out",
    "conflict": "statements compared",
    "record": "checked against the record",
    "flagged": "a problem of the text",
}
assert set(BADGES) == set(VERDICTS)


class Links(NamedTuple):
    """Where a page's links to the articles lead.

    root: the way from the page to the book's root. here: the article whose page it is; a link to its own words
    stays on the page (`#wire17-01`), the one link that holds wherever the page is published (the report, a
    participant's site, a class book). articles: the folder, under root, of the articles' pages (the report's
    `documents`; a participant's site and a class book use `articles`)."""
    root: str = "../"
    here: str | None = None
    articles: str = "documents"

    def article(self, doc_id: str) -> str:
        """The article's page, as a link from this page: empty for the page itself (a bare #fragment follows)."""
        return "" if doc_id == self.here else f"{self.root}{self.articles}/{doc_id}.html"

    def words_of(self, doc_id: str, start: int, end: int) -> str:
        """The article's words text[start:end] on its page (a statement's words, a check's evidence), anchored
        there by source_block."""
        return f"{self.article(doc_id)}#{passage_id(start, end)}"


def links_from(base: str | Links) -> Links:
    """base as Links: a page's links are given either as the way to the book's root ('../', '') or as Links."""
    return base if isinstance(base, Links) else Links(root=base)


def claim_url(claim_id: str, ledger, base: str | Links = "../") -> str:
    """Where a claim's quote is highlighted: its article's page, at #claim_id."""
    return f"{links_from(base).article(ledger.claim_value(claim_id, 'doc_id'))}#{claim_id}"


def badge(verdict: str) -> str:
    css = "verdict-" + verdict.replace(" ", "-")
    return f'<span class="factcheck-verdict {css}">{escape(BADGES[verdict])}</span>'


def rating_badge(rating: str) -> str:
    grade = RATING[rating]
    return f'<span class="factcheck-rating rating-{grade.css}">{escape(grade.label)}</span>'


def materiality_badge(materiality: str) -> str:
    grade = MATERIALITY_OF[materiality]
    return f'<span class="factcheck-materiality materiality-{grade.css}">{escape(grade.label)}</span>'


def article_name(doc_id: str, ledger) -> str:
    """'The Daily Signal, 2016': an article named by its outlet and year, never by its id."""
    return readable.short_name(ledger.documents[doc_id])


def _quoted(claim_id: str, ledger, base: str | Links) -> str:
    """“quote” (Outlet), linked to its highlight, and what its words allow."""
    row = ledger.claim(claim_id)
    return (f"“<a href=\"{escape(claim_url(claim_id, ledger, base))}\">{article_words(row['quote'])}</a>” "
            f"<span class=\"factcheck-source\">({escape(article_name(row['doc_id'], ledger))})</span>: "
            f"{escape(allows(row))}")


def judgement_block(statement: Statement) -> str:
    """The statement's one verdict: its rating and materiality, each with its one-sentence reason."""
    return (f'<p class="factcheck-judgement">{rating_badge(statement.rating)} {escape(statement.rating_why)}</p>'
            f'<p class="factcheck-judgement">{materiality_badge(statement.materiality)} {escape(statement.materiality_why)}</p>')


def responsible(statement: Statement, ledger) -> str:
    """Who is responsible for the words: the article in its own voice, a speaker quoted, or the article's paraphrase."""
    article = f"the article ({article_name(statement.doc_id, ledger)})"
    if statement.voice == "quoted":
        return f"{statement.speaker}, quoted directly by {article}"
    if statement.voice == "paraphrase":
        return f"{article[0].upper() + article[1:]}, paraphrasing {statement.speaker}"
    return f"{article[0].upper() + article[1:]}, in its own voice"


def in_quotes(words: str) -> str:
    """The statement's words in quotation marks, unless they open with their own (a speaker quoted directly)."""
    return words if words[:1] in "“\"" else f"“{words}”"


def statement_url(statement: Statement, base: str | Links = "../") -> str:
    """Where the statement's words are in the article's full text (anchored there by source_block)."""
    return links_from(base).words_of(statement.doc_id, statement.start, statement.end)


def evidence_url(piece: dict, base: str | Links) -> str:
    """Where a check's evidence (a quote anchored by its offsets) is in its article's full text."""
    return links_from(base).words_of(piece["doc_id"], piece["start"], piece["end"])


def record_block(outcome: Outcome, ledger) -> str:
    """The public record the check relies on, each source with its link and the exact words read."""
    check = outcome.check
    if not check.references and not check.record:
        return ""
    items = []
    for ref_id in check.references:
        ref = ledger.references[ref_id]
        kind = "primary source" if ref.primary else "secondary source"
        items.append(f'<li id="{escape(check.id)}--{escape(ref_id)}">{source_link(ref)} ({kind}): “{escape(ref.quoted)}”'
                     + (f" {escape(ref.note)}" if ref.note else "") + "</li>")
    if check.record:
        items.append(f"<li>Not checked against the record: {escape(check.record)}</li>")
    count = len(check.references)
    summary = (f"The public record: {count} source{'s' if count != 1 else ''}" if count else "The public record")
    opened = " open" if count <= 2 else ""   # a long list stays folded; its summary says how many
    return (f'<details class="factcheck-record"{opened}><summary><strong>{escape(summary)}</strong></summary>'
            f'<ul>{"".join(items)}</ul></details>')


def steps_block(outcome: Outcome, ledger, base: str | Links) -> str:
    """How the check was done: each quote with what its words allow, then what it was set against. The sum itself
    is behind "show the arithmetic" (arithmetic_block); no input is named by the label the data gives it."""
    check = outcome.check
    steps = [f"<li>{_quoted(claim_id, ledger, base)}</li>" for claim_id in check.inputs.values()]
    if check.tests and check.tests not in check.inputs.values():
        lead = "set against" if outcome.result is not None else "the statement:"
        steps.append(f"<li>{lead} {_quoted(check.tests, ledger, base)}</li>")
    for piece in check.evidence:
        steps.append(f"<li>“<a href=\"{escape(evidence_url(piece, base))}\">{article_words(piece['quote'])}</a>” "
                     f"<span class=\"factcheck-source\">({escape(article_name(piece['doc_id'], ledger))})</span></li>")
    return f'<ol class="factcheck-steps">{"".join(steps)}</ol>' if steps else ""


def arithmetic_block(outcome: Outcome, ledger) -> str:
    """The sum behind a check, in words and numbers, folded: a reader opens it to see the working."""
    lines = arithmetic(outcome, ledger)
    if not lines:
        return ""
    return ('<details class="factcheck-arithmetic"><summary>Show the arithmetic</summary>'
            + "".join(f"<p>{escape(line)}</p>" for line in lines) + "</details>")


def permalink(ident: str, what: str, title: str) -> str:
    """A visible link to this place on the page, to copy or share; its accessible name says which one it is."""
    return (f'<a class="factcheck-permalink" href="#{escape(ident)}" aria-label="Link to this {escape(what)}: '
            f'{escape(plain_words(title))}">Link to this {escape(what)}</a>')


def derivation(outcome: Outcome, ledger, base: str | Links = "../", anchor: bool = True) -> Block:
    """One check for a reader: its question, then how it was checked, step by step, and its arithmetic outcome in a
    sentence (the sum itself folded under it). A check has no rating: the verdict is its statement's
    (`statement_block`), shown above it."""
    check = outcome.check
    ident = f' id="{escape(check.id)}"' if anchor else ""
    words, reason = told(outcome, ledger)
    reason_html = f' <span class="factcheck-reason">{escape(reason)}</span>' if reason else ""
    outcome_line = f'<p class="factcheck-outcome">{badge(outcome.verdict)} {escape(words)}{reason_html}</p>'
    link = f" {permalink(check.id, 'check', check.title)}" if anchor else ""
    html = (f'<div class="factcheck-derivation"{ident}>'
            f'<p class="factcheck-check-title"><strong>{escape(check.title)}</strong>{link}</p>'
            f"{steps_block(outcome, ledger, base)}{outcome_line}{arithmetic_block(outcome, ledger)}"
            f"{record_block(outcome, ledger)}</div>")
    return Block(html, f"{check.id}: {BADGES[outcome.verdict]}. {outcome_sentence(outcome, ledger)}")


@usage.remembered()
def _not_found(root: str) -> dict:
    usage.note("file", "review/references/not-found.yml")
    return load_not_found(Path(root))


def unchecked_note(statement: Statement, ledger) -> str:
    """'Not checked against the record', with what was looked for, for a statement in review/references/not-found.yml."""
    entry = _not_found(str(ledger.root or paths.ROOT)).get(statement.id)
    if entry is None:
        return ""
    return (f'<p class="factcheck-unchecked"><strong>Not checked against the record.</strong> '
            f"{escape(entry.why)}</p>")


def statement_block(statement: Statement, ledger, base: str | Links = "../", anchor: bool = True, folded: bool = False) -> Block:
    """One statement: the words, who is responsible, the one verdict and why, then its evidence (the checks)."""
    ident = f' id="{escape(statement.id)}"' if anchor else ""
    evidence = [derivation(o, ledger, base, anchor) for o in statement.outcomes]
    count = readable.plural(len(evidence), "check")
    html = (f'<div class="factcheck-statement is-rated-{RATING[statement.rating].css}"{ident}>'
            f'<blockquote class="factcheck-statement-words"><p><a href="{escape(statement_url(statement, base))}">'
            f'{article_words(in_quotes(statement.quote))}</a></p></blockquote>'
            f'<p class="factcheck-said-by"><small>Said by: {escape(responsible(statement, ledger))}</small>'
            + (f" {permalink(statement.id, 'check', statement.quote)}" if anchor else "") + "</p>"
            f"{judgement_block(statement)}{unchecked_note(statement, ledger)}"
            f'<details class="factcheck-evidence"{"" if folded else " open"}><summary>The evidence: {escape(count)}</summary>'
            f'{"".join(b.html for b in evidence)}</details></div>')
    unchecked = " Not checked against the record." if unchecked_note(statement, ledger) else ""
    text = (f"{statement.id}: rated {statement.rating} ({statement.materiality}). {statement.rating_why}{unchecked}\n"
            + "\n".join("  evidence " + b.text for b in evidence))
    return Block(html, text)


def derivations(items: list, ledger, base: str | Links = "../", anchor: bool = True, empty: str = "", folded: bool = False) -> Block:
    """Statements (each with its verdict and evidence) and checks that rate nothing, in the order given. folded: each
    statement's evidence starts closed (the register, whose table is the overview; a link to a check opens it)."""
    blocks = [statement_block(i, ledger, base, anchor, folded) if isinstance(i, Statement) else derivation(i, ledger, base, anchor)
              for i in items]
    if not blocks:
        sentence = empty or "Nothing here."
        return Block(f"<p>{escape(sentence)}</p>", sentence)
    return Block("\n".join(b.html for b in blocks), "\n".join(b.text for b in blocks))


def article_derivations(items: list, ledger, doc_id: str, base: str | Links = "../") -> Block:
    """An article's page: the statements it makes first (its tally counts these), then, under a heading of their
    own, other articles' statements checked with its numbers (a reader took them for the article's own when they were
    ranked among them, with only "Said by" to tell them apart)."""
    own = [i for i in items if not isinstance(i, Statement) or i.doc_id == doc_id]
    others = [i for i in items if isinstance(i, Statement) and i.doc_id != doc_id]
    block = derivations(own, ledger, base, empty="This article makes no statement we rated.")
    if not others:
        return block
    articles = sorted({article_name(i.doc_id, ledger) for i in others})
    heading = "Statements in other articles, checked with this article's numbers"
    named = "; ".join(articles)
    if len(others) == 1:
        intro = (f"One statement from another article ({named}): it is rated on its article's page and counted there, "
                 "not in this article's tally; it is here because the evidence draws on this article.")
    else:
        intro = (f"{len(others):,} statements from other articles ({named}): each is rated on its own article's page "
                 "and counted there, not in this article's tally; they are here because the evidence draws on this "
                 "article.")
    rest = derivations(others, ledger, base)
    return Block(f'{block.html}\n<h3 class="factcheck-others">{escape(heading)}</h3>\n<p>{escape(intro)}</p>\n'
                 f"{rest.html}", f"{block.text}\n{heading}\n{intro}\n{rest.text}")


# A theme page shows at most this many items of each kind. It sets every article's numbers side by side, so it grew
# with the corpus: at 200 articles the caseloads page listed 760 rated statements and 880 claims, 4 MB of HTML that
# no reader scrolls through, and it was most of a one-claim edit's time. The register and the claims index list
# every one; the five articles' themes hold at most 22 of any kind, so they show everything.
THEME_SHOWN = 40


def at_most(show, items, what: str, where: str = "the register", href: str = "../register.html",
            limit: int = THEME_SHOWN, **options) -> Block:
    """show(items, **options) for the first `limit` of items (a list or a table's rows, in the order they come), then,
    if any are left out, a sentence saying how many and where every one is listed (where, linked to href)."""
    block = show(items[:limit], **options)
    if len(items) <= limit:
        return block
    note = f"These are the first {limit:,} of {len(items):,} {what}; every one is listed in "
    return Block(f'{block.html}\n<p class="factcheck-more">{escape(note)}<a href="{escape(href)}">{escape(where)}</a>.</p>',
                 f"{block.text}\n{note}{where}.")


def derived_figures(results: list[Outcome], ledger, base: str | Links = "../") -> Block:
    """Figures the articles imply without printing them, one row each (anchored), with how each was computed."""
    if not results:
        return Block("<p>No figure is derived from this article's numbers.</p>", "no derived figures")
    head = "".join(f'<th scope="col">{c}</th>' for c in ("What", "Figure", "With every hedge and rounding", "From"))
    rows, records = [], []
    for o in results:
        unit = result_unit(o, ledger) if o.result is not None else ""
        value = figure(o.point, unit) if o.point is not None else "–"
        range_text = between(o.result, unit) if o.result is not None and not o.result.is_point else "exact"
        sources = ", ".join(f'<a href="{escape(claim_url(c, ledger, base))}">“{article_words(ledger.claim_value(c, "quote"))}”</a>'
                            for c in o.check.inputs.values())
        rows.append(f'<tr id="{escape(o.check.id)}"><th scope="row">{escape(o.check.title)}</th>'
                    f'<td class="num" data-label="Figure">{escape(value)}</td>'
                    f'<td data-label="With every hedge and rounding">{escape(range_text)}</td>'
                    f'<td data-label="From">{sources}</td></tr>')
        records.append({"check_id": o.check.id, "what": o.check.title, "figure": o.point, "unit": unit,
                        "low": o.result.low if o.result else None, "high": o.result.high if o.result else None})
    caption = readable.plural(len(results), "figure") + " the articles imply"
    html = scrolling(f'<table class="factcheck-table factcheck-derived factcheck-cards"><caption>{escape(caption)}</caption>'
                     f"<thead><tr>{head}</tr></thead><tbody>{''.join(rows)}</tbody></table>", caption)
    frame = pd.DataFrame(records)
    return Block(html + csv_download(frame, "derived-figures.csv"), f"{caption}\n{frame.to_string(index=False)}")


def flags_list(results: list[Outcome], ledger, base: str | Links = "../") -> Block:
    """Problems of the text itself (scraping debris, missing sources), each anchored, with its quotes."""
    if not results:
        return Block("<p>No problem of the text itself.</p>", "no flags")
    items = []
    for o in results:
        quotes = "; ".join(f"“<a href=\"{escape(evidence_url(p, base))}\">{article_words(p['quote'])}</a>”"
                           for p in o.check.evidence)
        items.append(f'<li id="{escape(o.check.id)}"><strong>{escape(o.check.title)}</strong>. '
                     f"{escape(o.explanation)} <small>{quotes}</small></li>")
    return Block(f'<ul class="factcheck-flags">{"".join(items)}</ul>', "\n".join(o.check.id for o in results))

KIND_WORDS = {"law": "what the law or a court says", "history": "what happened", "who": "who holds which post",
              "policy": "what a policy says", "estimate": "what someone estimated"}


def unchecked_sentences(doc_id: str, root=None) -> Block:
    """The article's sentences of law, history, who-is-who or estimates that no statement rates
    (review/references/not-found.yml, `unrated:`, each searched for): listed under the heading that says they are
    not checked against the record."""
    usage.note("file", "review/references/not-found.yml")
    entries = sorted((e for _, e in not_found_unrated(Path(root or paths.ROOT)) if e.get("doc_id") == doc_id),
                     key=lambda e: e.get("start") if isinstance(e.get("start"), int) else 0)
    if not entries:
        return Block("<p>None listed for this article.</p>", "none listed")
    # "(what happened)" alone left a reader asking what it meant: each says what kind of claim it is
    items = "".join(f"<li>“{article_words(e['quote'])}” <small>(a claim about "
                    f"{escape(KIND_WORDS.get(e.get('kind'), 'a fact'))})</small></li>"
                    for e in entries)
    return Block(f'<ul class="factcheck-unchecked-list">{items}</ul>',
                 "\n".join(f"not checked: {e['quote']}" for e in entries))



def touching(results: list[Outcome], ledger, doc_id: str) -> list[Outcome]:
    """The checks that use a claim of this document, or quote it as evidence."""
    claims = set(ledger.claims_for(doc_id)["claim_id"])
    return [o for o in results
            if claims & set(o.check.claim_ids) or any(e["doc_id"] == doc_id for e in o.check.evidence)]


class Sections(NamedTuple):
    """A chapter's findings in the order it tells them: the statements rated (most serious first, each with its
    checks), what was derived, comparisons set aside, and problems of the text itself."""
    rated: list[Statement]      # statements someone made, each with its one verdict and its evidence
    derived: list[Outcome]      # figures the articles imply, computed
    set_aside: list[Outcome]    # not comparable, each with its reason
    flags: list[Outcome]        # scraping debris, missing sources


def sections(results: list[Outcome]) -> Sections:
    unrated = [o for o in results if o.statement is None]
    return Sections(by_severity(statements_of(results)),
                    [o for o in unrated if o.verdict not in ("not comparable", "flagged")],
                    [o for o in unrated if o.verdict == "not comparable"],
                    [o for o in unrated if o.verdict == "flagged"])


def markers_by_claim(results: list[Outcome], claims: pd.DataFrame) -> dict:
    """For each claim, what its highlight shows and links to: the verdict of the statement it sits in (whether or
    not a check uses it), and whether its rating is about the claim (the statement's rated_for); a claim outside
    every rated statement that a check uses gets a neutral mark and links to the first check that uses it."""
    from factcheck.report.source_view import Marker

    markers = {}
    for o in results:
        for claim_id in o.check.claim_ids:
            markers.setdefault(claim_id, Marker(o.check.id, None, 0))
            markers[claim_id] = markers[claim_id]._replace(checks=markers[claim_id].checks + 1)
    # each statement looks among its own article's claims (in the table's order), not the whole table: at 200
    # articles a mask over every claim for each of 2,400 statements was most of the claims index's time
    of_document: dict = {}
    for claim_id, doc_id, start, end in zip(claims["claim_id"], claims["doc_id"], claims["start"], claims["end"]):
        of_document.setdefault(doc_id, []).append((claim_id, start, end))
    for statement in statements_of(results):
        inside = [(claim_id, start, end) for claim_id, start, end in of_document.get(statement.doc_id, ())
                  if start >= statement.start and end <= statement.end]
        # Which figures a rating is about is the desk's judgement, said in the statement (`rated_for`): a check
        # may use a figure the rating is not about (a count confirmed beside the word rated), and a rating may rest
        # on words no check uses. Where the desk says nothing, the rating is about every figure in the statement.
        for claim_id, start, end in inside:
            used = markers.get(claim_id)
            markers[claim_id] = Marker(statement.id, statement.rating, used.checks if used else 0,
                                       statement.rated_for is None or claim_id in statement.rated_for)
    return markers


def materiality_note() -> str:
    """What the materiality words mean, said where a page first uses them (with the rating counts)."""
    meanings = {"material": "the story's main point rests on it", "minor": "a supporting detail",
                "immaterial": "nothing a reader takes away depends on it"}
    parts = [f"“{g.label}”{' means' if i == 0 else ''} {meanings[g.name]}" for i, g in enumerate(MATERIALITY)]
    return ("How much a statement matters is said in words beside its rating: " + "; ".join(parts)
            + " (the methods page gives the full scale).")


def rating_counts(items: list) -> Block:
    """How many statements got each rating, problems first, each split by how much they matter, with what those
    words mean (the first place a page uses them)."""
    rated = statements_of(items)
    if not rated:
        return Block(f"<p>{readable.statements_rated(0)}.</p>", "no ratings")
    rows = []
    for grade in MOST_SERIOUS_FIRST:
        mine = [s for s in rated if s.rating == grade.name]
        if not mine:
            continue
        split = ", ".join(f"{sum(s.materiality == m.name for s in mine)} {m.label}"
                          for m in MATERIALITY if any(s.materiality == m.name for s in mine))
        rows.append(f"<li>{rating_badge(grade.name)} {len(mine)} <small>({escape(split)})</small></li>")
    sentence = readable.statements_rated(len(rated))
    return Block(f'<p class="factcheck-note">{escape(sentence)}:</p><ul class="factcheck-counts">{"".join(rows)}</ul>'
                 f'<p class="factcheck-note factcheck-materiality-note"><small>{escape(materiality_note())}</small></p>',
                 sentence)


def with_download(block: Block, frame: pd.DataFrame, filename: str) -> Block:
    return Block(block.html + "\n" + csv_download(frame, filename), block.text)


def linked_claims_table(claims: pd.DataFrame, ledger, base: str | Links = "../", caption: str = "") -> Block:
    """Claims from several articles, each quote linking to its highlight in the article's full text. Five columns, so
    the table fits a desktop's text column (eight did not); on a phone each row stacks as a card."""
    words = readable.dictionary()
    columns = ("Quote", "Article, and who says it", "As printed", "The words allow", "What is measured, when, where")
    head = "".join(f'<th scope="col">{escape(c)}</th>' for c in columns)
    body, records = [], []
    for row in claims.to_dict("records"):
        record = {"claim_id": row["claim_id"], "article": article_name(row["doc_id"], ledger), "quote": row["quote"],
                  "as_printed": stated(row), "allows": allows(row), "measure": words.metric(row["metric"]),
                  "period": readable.period(row["period"]), "population": row["population"],
                  "speaker": _speaker(row["speaker"])}
        records.append(record)
        shown = {"source": f"{record['article']}; said by {record['speaker']}",
                 "what": "; ".join(str(record[k]) for k in ("measure", "period", "population") if str(record[k]).strip())}
        cells = [f'<th scope="row">“<a href="{escape(claim_url(row["claim_id"], ledger, base))}">{article_words(row["quote"])}</a>”</th>'] + \
                [f'<td data-label="{escape(label)}">{escape(str(value))}</td>' for label, value in zip(
                    columns[1:], (shown["source"], record["as_printed"], record["allows"], shown["what"]))]
        body.append(f"<tr>{''.join(cells)}</tr>")
    caption = caption or readable.plural(len(records), "claim")
    html = scrolling(f'<table class="factcheck-table factcheck-cards"><caption>{escape(caption)}</caption>'
                     f"<thead><tr>{head}</tr></thead><tbody>{''.join(body)}</tbody></table>", caption)
    frame = pd.DataFrame(records)
    return Block(html, f"{caption}\n{frame.to_string(index=False)}")


def _speaker(speaker: str) -> str:
    return "the article itself" if speaker == "outlet" else speaker


def register_block(results: list[Outcome], ledger, base: str = "../") -> Block:
    """The register: one row per statement (its one verdict, its checks folded under it), most serious first, then
    the checks that rate nothing (figures derived, comparisons set aside, flags), filterable by rating and by article
    (JavaScript adds the filters; without it the whole table shows). Downloads point at the published data package."""
    head = "".join(f'<th scope="col">{c}</th>' for c in ("Statement", "Rating", "Matters", "Article"))
    body, lines = [], []
    statements = by_severity(statements_of(results))
    for st in statements:
        checks = "".join(f'<li><a href="#{escape(o.check.id)}">{escape(o.check.title)}</a> {badge(o.verdict)}</li>'
                         for o in st.outcomes)
        # Folded: a row is the statement and its verdict; why, who said it and the checks open on demand.
        folded = (f'<details class="register-evidence"><summary>Why, and {escape(readable.plural(len(st.outcomes), "check"))}'
                  f'</summary><p>{escape(st.rating_why)}</p><p><small>{escape(responsible(st, ledger))}</small></p>'
                  f'<ul>{checks}</ul></details>')
        body.append(f'<tr data-rating="{escape(st.rating)}" data-articles="{escape(st.doc_id)}">'
                    f'<th scope="row"><a href="#{escape(st.id)}">{article_words(in_quotes(st.quote))}</a>{folded}</th>'
                    f'<td data-label="Rating">{rating_badge(st.rating)}</td>'
                    f'<td data-label="Matters">{materiality_badge(st.materiality)}</td>'
                    f'<td data-label="Article">{escape(article_name(st.doc_id, ledger))}</td></tr>')
        lines.append(f"{st.id}: {st.rating}")
    unrated = [o for o in results if o.statement is None]
    for o in unrated:
        documents = sorted({ledger.claim_value(c, "doc_id") for c in o.check.claim_ids} | {e["doc_id"] for e in o.check.evidence})
        names = ", ".join(article_name(d, ledger) for d in documents)
        folded = (f'<details class="register-evidence"><summary>Why</summary>'
                  f'<p>{escape(outcome_sentence(o, ledger))}</p></details>')
        body.append(f'<tr data-rating="unrated" data-articles="{escape(" ".join(documents))}">'
                    f'<th scope="row"><a href="#{escape(o.check.id)}">{escape(o.check.title)}</a>{folded}</th>'
                    f'<td data-label="Outcome">{badge(o.verdict)}</td><td data-label="Matters"></td>'
                    f'<td data-label="Article">{escape(names)}</td></tr>')
        lines.append(f"{o.check.id}: {o.verdict}")
    options = "".join(f'<option value="{escape(g.name)}">{escape(g.label)}</option>' for g in MOST_SERIOUS_FIRST)
    articles = "".join(f'<option value="{escape(d)}">{escape(article_name(d, ledger))}</option>' for d in ledger.documents)
    filters = (f'<div class="register-filters" hidden><label>Rating<select data-filter="rating"><option value="">all</option>'
               f'{options}<option value="unrated">not a rating (a derivation, comparison or flag)</option></select></label>'
               f'<label>Article<select data-filter="articles"><option value="">all</option>{articles}</select></label>'
               f'<p class="register-shown" aria-live="polite"></p></div>')
    caption = (f"{readable.plural(len(statements), 'statement')} rated, the most serious first, then "
               f"{readable.plural(len(unrated), 'check')} that rate nothing")
    html = (filters + f'<table class="factcheck-table factcheck-register factcheck-cards"><caption>{escape(caption)}</caption>'
                      f"<thead><tr>{head}</tr></thead><tbody>{''.join(body)}</tbody></table>"
            + f'<p class="factcheck-download">Download: <a href="{base}data-package/statements.csv">the statements and '
              f'their verdicts (CSV)</a> · <a href="{base}data-package/register.csv">the checks (CSV)</a> · '
              f'<a href="{base}data-package/claims.csv">the claim ledger (CSV)</a> · '
              f'<a href="{base}data-package/references.csv">the references (CSV)</a> · '
              f'<a href="{base}data-package/datapackage.json">the data package</a></p>')
    return Block(html, "\n".join(lines))


def source_block(document, claims: pd.DataFrame, results: list[Outcome], statements: list[Statement] = ()) -> Block:
    """The article's full text with every claim highlighted, and anchored: the words of the statements given and
    the evidence of the checks given that lies in it, where statement_url and evidence_url lead (see source_view).
    results: the checks touching the article (`touching`); statements: every rated statement it makes."""
    from factcheck.report.source_view import source_html

    passages = [(s.start, s.end) for s in [*statements, *statements_of(results)] if s.doc_id == document.id]
    passages += [(p["start"], p["end"]) for o in results for p in o.check.evidence if p["doc_id"] == document.id]
    html = source_html(document.text, claims, markers_by_claim(results, claims), passages)
    return Block(html, f"full text of {document.file}: {len(document.text)} characters, {len(claims)} claims highlighted")
