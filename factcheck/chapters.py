"""Building blocks of the chapters: derivations shown step by step, verdict badges, summaries.

Every number shown here comes from the ledger or from evaluating a check; every
input links to its quote in the source view (`documents/<doc_id>.html#<claim_id>`).
Verdicts carry a symbol and a word, never colour alone.
"""
from __future__ import annotations

from html import escape
from typing import NamedTuple

import pandas as pd

from .display import Block, csv_download
from .ledger import NoInterval, claim_interval
from .ratings import MATERIALITY_OF, RATING
from .verdicts import CONSISTENT, OUTSIDE, VERDICTS, Outcome, number  # noqa: F401  (CONSISTENT: the document template reads chapters.CONSISTENT)

# Arithmetic outcomes carry neutral marks: the judgement (a rating) is shown beside them, never replaced by them.
BADGES = {
    "exact": "= exact",
    "within the words": "= within the words",
    "within rounding": "≈ within rounding",
    "within hedges": "≈ within hedges",
    OUTSIDE: "≠ outside what the words allow",
    "undefined": "∅ undefined",
    "not comparable": "⇹ not comparable",
    "derived": "→ derived",
    "conflict": "⇄ statements compared",
    "record": "§ checked against the record",
    "flagged": "⚑ flagged",
}
assert set(BADGES) == set(VERDICTS)


def claim_url(claim_id: str, ledger, base: str = "../") -> str:
    """Where a claim's quote is highlighted: its article's page, at #claim_id."""
    return f"{base}documents/{ledger.claim(claim_id)['doc_id']}.html#{claim_id}"


def badge(verdict: str) -> str:
    css = "verdict-" + verdict.replace(" ", "-")
    return f'<span class="factcheck-verdict {css}">{escape(BADGES[verdict])}</span>'


def rating_badge(rating: str) -> str:
    grade = RATING[rating]
    return f'<span class="factcheck-rating rating-{grade.css}">{escape(grade.label)}</span>'


def materiality_badge(materiality: str) -> str:
    grade = MATERIALITY_OF[materiality]
    return f'<span class="factcheck-materiality materiality-{grade.css}">{escape(grade.label)}</span>'


def judgement_block(outcome: Outcome) -> str:
    """The desk's rating and materiality, each with its one-sentence reason."""
    judgement = outcome.judgement
    if judgement is None:
        return ""
    return (f'<p class="factcheck-judgement">{rating_badge(judgement.rating)} {escape(outcome.rating_why)}</p>'
            f'<p class="factcheck-judgement">{materiality_badge(judgement.materiality)} {escape(outcome.materiality_why)}</p>')


def record_block(outcome: Outcome, ledger) -> str:
    """The public record the check relies on, each source with its link and the exact words read."""
    check = outcome.check
    if not check.references and not check.record:
        return ""
    items = []
    for ref_id in check.references:
        ref = ledger.references[ref_id]
        kind = "primary source" if ref.primary else "secondary source"
        items.append(f'<li id="{escape(check.id)}--{escape(ref_id)}"><a href="{escape(ref.url)}">{escape(ref.citation)}</a> '
                     f'({kind}): “{escape(ref.quoted)}” <small>Read in {escape(ref.read_in)}.</small>'
                     + (f" {escape(ref.note)}" if ref.note else "") + "</li>")
    if check.record:
        items.append(f"<li>Not checked against the record: {escape(check.record)}</li>")
    return f'<div class="factcheck-record"><p>The public record:</p><ul>{"".join(items)}</ul></div>'


def derivation(outcome: Outcome, ledger, base: str = "../", anchor: bool = False) -> Block:
    """One check, step by step: each input with its quote (linked), the arithmetic, the outcome, the rating and why."""
    check = outcome.check
    steps = []
    for name, claim_id in check.inputs.items():
        steps.append(f"<li><code>{escape(name)}</code> = {_quoted(claim_id, ledger, base)}</li>")
    if outcome.result is not None:
        computed = (f"= <strong>{escape(number(outcome.point))}</strong> from the stated values, and "
                    if outcome.point is not None else "")
        steps.append(f"<li><code>{escape(check.formula)}</code> {computed}lies in {escape(str(outcome.result))} "
                     f"given every hedge and rounding</li>")
    if check.tests:
        steps.append(f"<li>tested against {_quoted(check.tests, ledger, base)}</li>")
    for piece in check.evidence:
        steps.append(f"<li>“<a href=\"{base}documents/{escape(piece['doc_id'])}.html\">{escape(piece['quote'])}</a>” "
                     f"({escape(piece['doc_id'])}, characters {piece['start']}–{piece['end']})</li>")
    ident = f' id="{escape(check.id)}"' if anchor else ""
    html = (f'<div class="factcheck-derivation"{ident}><p><strong>{escape(check.title)}</strong> {badge(outcome.verdict)}</p>'
            f"<ol>{''.join(steps)}</ol><p>{escape(outcome.explanation)}</p>"
            f"{judgement_block(outcome)}{record_block(outcome, ledger)}</div>")
    rated = f" Rated {outcome.judgement.rating} ({outcome.judgement.materiality})." if outcome.judgement else ""
    text = f"{check.id}: {outcome.verdict}. {outcome.explanation}{rated}"
    return Block(html, text)


def derivations(results: list[Outcome], ledger, base: str = "../", anchor: bool = False) -> Block:
    blocks = [derivation(o, ledger, base, anchor) for o in results]
    if not blocks:
        return Block("<p>No checks use these numbers.</p>", "no checks")
    return Block("\n".join(b.html for b in blocks), "\n".join(b.text for b in blocks))


def touching(results: list[Outcome], ledger, doc_id: str) -> list[Outcome]:
    """The checks that use a claim of this document, or quote it as evidence."""
    claims = set(ledger.claims_for(doc_id)["claim_id"])
    return [o for o in results
            if claims & set(o.check.claim_ids) or any(e["doc_id"] == doc_id for e in o.check.evidence)]


class Sections(NamedTuple):
    """A chapter's checks in the order it tells them: what was rated (most serious first), what was derived,
    comparisons set aside, and problems of the text itself."""
    rated: list[Outcome]        # a claim someone made, with the desk's rating
    derived: list[Outcome]      # figures the articles imply, computed
    set_aside: list[Outcome]    # not comparable, each with its reason
    flags: list[Outcome]        # scraping debris, missing sources


def sections(results: list[Outcome]) -> Sections:
    from .register import by_severity

    rated = by_severity([o for o in results if o.judgement])
    unrated = [o for o in results if not o.judgement]
    return Sections(rated,
                    [o for o in unrated if o.verdict not in ("not comparable", "flagged")],
                    [o for o in unrated if o.verdict == "not comparable"],
                    [o for o in unrated if o.verdict == "flagged"])


def markers_by_claim(results: list[Outcome]) -> dict:
    """For each claim, the check its highlight links to: the most serious rating that judges it, else the first use."""
    from .source_view import Marker

    uses: dict[str, list[Outcome]] = {}
    for o in results:
        for claim_id in o.check.claim_ids:
            uses.setdefault(claim_id, []).append(o)
    markers = {}
    for claim_id, outcomes in uses.items():
        rated = sorted((o for o in outcomes if o.judgement), key=lambda o: o.judgement.severity)
        chosen = rated[0] if rated else outcomes[0]
        markers[claim_id] = Marker(chosen.check.id, chosen.judgement.rating if chosen.judgement else None, len(outcomes))
    return markers


def verdict_summary(results: list[Outcome]) -> pd.DataFrame:
    """Counts per verdict, in the fixed order, with its badge."""
    counts = pd.Series([o.verdict for o in results]).value_counts()
    return pd.DataFrame({"verdict": [BADGES[v] for v in VERDICTS], "checks": [int(counts.get(v, 0)) for v in VERDICTS]})


def _quoted(claim_id: str, ledger, base: str) -> str:
    row = ledger.claim(claim_id)
    return (f"“<a href=\"{escape(claim_url(claim_id, ledger, base))}\">{escape(row['quote'])}</a>” "
            f"{escape(reading(row))} <small>({escape(claim_id)}, {escape(row['doc_id'])})</small>")


def reading(row) -> str:
    """What a claim's words allow: → its interval, or, for a word claim with no range, : its condition."""
    try:
        return f"→ {claim_interval(row)}"
    except NoInterval:
        return f": {row['condition']}"


def stated(row) -> str:
    """The value as printed, with its unit; a word claim prints its words instead."""
    if getattr(row, "words", ""):
        return f"“{row.words}” (words, no number)"
    return f"{number(row.value)} {row.unit.replace('_', ' ')}"


def with_download(block: Block, frame: pd.DataFrame, filename: str) -> Block:
    return Block(block.html + "\n" + csv_download(frame, filename), block.text)


def linked_claims_table(claims: pd.DataFrame, ledger, base: str = "../", caption: str = "") -> Block:
    """Claims from several articles, each quote linking to its highlight in the source view."""
    columns = ("article", "quote", "value", "interval", "metric", "period", "population", "speaker")
    head = "".join(f'<th scope="col">{escape(c)}</th>' for c in columns)
    body, records = [], []
    for row in claims.itertuples(index=False):
        interval = reading(row._asdict()).lstrip("→: ")
        record = {"claim_id": row.claim_id, "article": row.doc_id, "quote": row.quote, "value": row.value,
                  "unit": row.unit, "interval": interval, "metric": row.metric, "period": row.period,
                  "population": row.population, "speaker": row.speaker}
        records.append(record)
        cells = [f'<th scope="row">{escape(row.doc_id)}</th>',
                 f'<td>“<a href="{escape(claim_url(row.claim_id, ledger, base))}">{escape(row.quote)}</a>”</td>',
                 f"<td>{escape(stated(row))}</td>",
                 f"<td>{escape(interval)}</td>"] + [f"<td>{escape(str(v))}</td>" for v in
                                                   (row.metric, row.period, row.population, row.speaker)]
        body.append(f"<tr>{''.join(cells)}</tr>")
    caption = caption or f"{len(records)} claims"
    html = (f'<table class="factcheck-table"><caption>{escape(caption)}</caption><thead><tr>{head}</tr></thead>'
            f"<tbody>{''.join(body)}</tbody></table>")
    frame = pd.DataFrame(records)
    return Block(html, f"{caption}\n{frame.to_string(index=False)}")


def verdict_table(results: list[Outcome]) -> Block:
    from .display import table

    return table(verdict_summary(results), "Checks per verdict")


def verdicts_per_document(results: list[Outcome], ledger) -> Block:
    """How many checks of each verdict touch each article (a check across two articles counts for both)."""
    from .display import table

    rows = []
    for doc_id in ledger.documents:
        touched = touching(results, ledger, doc_id)
        rows.append({"article": doc_id, **{BADGES[v]: sum(o.verdict == v for o in touched) for v in VERDICTS}})
    return table(pd.DataFrame(rows), "Checks per article and verdict")


def register_block(register: pd.DataFrame, ledger) -> Block:
    """The register as an accessible table (caption, header scopes), with CSV downloads of it and of the ledger."""
    head = "".join(f'<th scope="col">{c}</th>' for c in ("check", "verdict", "what is checked", "articles", "why"))
    body = []
    for row in register.itertuples(index=False):
        body.append(f'<tr><th scope="row"><a href="#{escape(row.check_id)}">{escape(row.check_id)}</a></th>'
                    f"<td>{badge(row.verdict)}</td><td>{escape(row.title)}</td><td>{escape(row.documents)}</td>"
                    f"<td>{escape(row.explanation)}</td></tr>")
    html = (f'<table class="factcheck-table factcheck-register"><caption>{len(register)} checks and their verdicts</caption>'
            f"<thead><tr>{head}</tr></thead><tbody>{''.join(body)}</tbody></table>"
            + csv_download(register, "register.csv", "Download the register as CSV (register.csv)")
            + csv_download(ledger.claims, "claims.csv", "Download the claim ledger as CSV (claims.csv)"))
    return Block(html, register[["check_id", "verdict"]].to_string(index=False))


def source_block(document, claims: pd.DataFrame, results: list[Outcome]) -> Block:
    """The article's full text with every claim highlighted (see source_view)."""
    from .source_view import source_html

    html = source_html(document.text, claims, markers_by_claim(results))
    return Block(html, f"full text of {document.file}: {len(document.text)} characters, {len(claims)} claims highlighted")
