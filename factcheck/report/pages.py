"""What opens each page: who published what and when, what we found, the problems that matter, and a note on
rerunning the page at the end.

The "what we found" prose is editorial, kept as data (data/summaries.yml) with
placeholders for its numbers, which come from the ratings; the problems that
matter are listed from the ratings themselves, each linked to its check.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from html import escape
from pathlib import Path
from string import Formatter

from factcheck import paths
from factcheck.report import readable
from factcheck.report.display import Block, Markdown
from factcheck.report.escaping import article_words, markdown_text
from factcheck.checks.ratings import PROBLEMS
from factcheck.checks.statements import Statement, by_severity, statements_of
from factcheck.checks.verdicts import Outcome

PLACEHOLDERS = ("documents", "claims", "rated", "accurate", "problems", "material_problems")


@dataclass(frozen=True)
class Counts:
    documents: int
    claims: int
    rated: int
    accurate: int
    problems: int
    material_problems: int


def counts(items: list, claims, documents: int = 1) -> Counts:
    """Statements, not checks: each rated statement counts once, by its one verdict (items: outcomes or statements)."""
    rated = statements_of(items)
    problems = [s for s in rated if s.rating in PROBLEMS]
    return Counts(documents, len(claims), len(rated), sum(s.rating == "accurate" for s in rated),
                  len(problems), sum(s.materiality == "material" for s in problems))


def load_summaries(root: Path | None = None) -> dict:
    """data/summaries.yml, checked: known placeholders only, and no number typed by hand."""
    from factcheck.files.problems import Collector, raise_if_any
    from factcheck.files.yamlfile import load_located

    path = Path(root or paths.ROOT) / "data" / "summaries.yml"
    if not path.exists():   # a participant's folder: no editorial summary yet
        return {"landing": "", "documents": {}}
    data = load_located(path)
    problems = Collector(path)
    if not isinstance(data, dict):  # an empty file, or a list: one line, not an exception on every page
        problems.add(1, None, "expected a mapping with 'landing:' (a paragraph) and 'documents:' (one per article id)")
        raise_if_any(problems)
    texts = [("landing", data.get("landing", ""), data.line_of("landing"))]
    documents = data.get("documents") or {}
    if not isinstance(documents, dict):
        problems.add(data.line_of("documents"), "documents", "expected a mapping of article ids to paragraphs")
        raise_if_any(problems)
    texts += [(f"documents.{k}", v, documents.line_of(k)) for k, v in documents.items()]
    from factcheck.checks.evidence import plain

    for where, text, line in texts:
        if not isinstance(text, str):
            problems.add(line, where, "expected a paragraph of text")
            continue
        text = plain(text)   # the [[evidence]] markers are the desk's, not the reader's
        try:   # (as str.format reads it: a placeholder inside another's format is one, and pads to any width)
            parts = list(Formatter().parse(text))
        except ValueError as error:
            problems.add(line, where, f"a brace or a placeholder that cannot be read ({error}): write a placeholder "
                                      "as its name alone, like {documents}, and a brace of the text as {{ or }}")
            continue
        fields = [(name, spec, conversion) for _, name, spec, conversion in parts if name is not None]
        unknown = {name for name, _, _ in fields} - set(PLACEHOLDERS)
        if unknown:
            problems.add(line, where, f"unknown placeholder(s) {sorted(unknown)}; known: "
                                      + ", ".join("{" + p + "}" for p in PLACEHOLDERS))
        formatted = sorted({"{" + name + (f"!{conversion}" if conversion else "") + (f":{spec}" if spec else "") + "}"
                            for name, spec, conversion in fields if spec or conversion})   # as written
        if formatted:
            problems.add(line, where, f"a placeholder with a format of its own ({', '.join(formatted)}): write the "
                                      "name alone, like {documents}: the number is written for you")
        typed = re.findall(r"\d[\d,.]*", "".join(literal for literal, _, _, _ in parts))
        if typed:
            problems.add(line, where, f"a number is typed by hand ({', '.join(typed)}): use a placeholder, or words")
    raise_if_any(problems)
    from factcheck.checks.evidence import plain

    return {"landing": plain(data.get("landing", "")), "documents": {k: plain(v) for k, v in documents.items()}}


SMALL = ("none", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")


def summary_text(template: str, numbers: Counts) -> str:
    """The summary with its numbers; one that opens a sentence is spelled out when small ("Five news articles")."""
    values = {name: f"{getattr(numbers, name):,}" for name in PLACEHOLDERS}
    text = template.format(**values)
    opening = re.match(r"\d+", text)
    if opening and int(opening.group()) < len(SMALL):
        text = SMALL[int(opening.group())] + text[opening.end():]
    return text[0].upper() + text[1:] if text else text


def rated_in(results: list[Outcome], ledger, doc_id: str) -> list[Statement]:
    """The rated statements this article makes (a comparison's other side is another article's statement)."""
    return rated_by_document(results, ledger).get(doc_id, [])


def rated_by_document(results: list[Outcome], ledger) -> dict[str, list[Statement]]:
    """The rated statements grouped by article, in the order given (one pass: the landing page lists every article)."""
    grouped: dict[str, list[Statement]] = {}
    for statement in statements_of(results):
        grouped.setdefault(statement.doc_id, []).append(statement)
    return grouped


def byline(document, root: Path | None = None) -> Block:
    """Outlet · date · the article's own headline (or that it has none) · who checked it and when."""
    from factcheck.checks.desk import load_desk, reviewed

    title = readable.headline_note(document) + "; the page's title is our description"
    if reviewed(root):
        desk = load_desk(root)
        checked = f"checked by {desk.name}, reviewed {readable.day(desk.reviewed)}"
    else:
        checked = "draft, not reviewed"
    parts = [readable.outlet(document), readable.article_date(document), title, checked]
    html = (f'<p class="factcheck-byline"><strong>{escape(parts[0])}</strong> · '
            + " · ".join(escape(p) for p in parts[1:]) + "</p>")
    return Block(html, " · ".join(parts))


def what_we_found(template: str, numbers: Counts) -> Markdown:
    """The editorial summary, its numbers filled in from the ratings (searchable: rendered as markdown)."""
    if not template:
        return Markdown(f"**What we found.** {markdown_text(readable.statements_rated(numbers.rated))}.")
    return Markdown(f"**What we found.** {markdown_text(summary_text(template, numbers))}")


def problem_cards(items: list, ledger, base: str = "", materiality: str = "material") -> Block:
    """One card per problem statement of this materiality: its words, who is responsible, its one verdict and why,
    and a link to the statement with its evidence (items: outcomes or statements)."""
    from factcheck.report.chapters import in_quotes, rating_badge, responsible

    chosen = by_severity([s for s in statements_of(items) if s.rating in PROBLEMS and s.materiality == materiality])
    if not chosen:
        return Block("", "no material problems")
    cards = []
    for st in chosen:
        css = f"rating-{st.rating.replace(' ', '-')}"
        cards.append(f'<article class="finding-card {css}"><p>{rating_badge(st.rating)}</p>'
                     f"<blockquote>{article_words(in_quotes(st.quote))}</blockquote>"
                     f'<p><small>{escape(responsible(st, ledger))}</small></p>'
                     f"<p>{escape(st.rating_why)}</p>"
                     f'<p><a href="{escape(base)}#{escape(st.id)}">How we checked: the evidence</a></p></article>')
    return Block(f'<div class="finding-cards">{"".join(cards)}</div>',
                 "\n".join(f"{st.id}: {st.rating}" for st in chosen))


def rerun_note(template: str, page: str, parameters: dict, folder: str | None = None) -> Block:
    """How to run this page again, locally: a short note, closed, at the end of the page.

    folder: the article folder the page was computed from (a participant's chapter), whose command is new-article's;
    None: the repository's data. The folder's path is never shown: in a class book it is the instructor's."""
    if folder is not None:
        html = ('<details class="factcheck-rerun"><summary>How to rerun this page</summary>'
                "<p>Everything on this page is computed from the article's folder: the article's text and where "
                "it came from (<code>seeds/</code>), and what its author filled in (<code>data/</code>). After "
                "changing them, check the folder and build this page again, from the project's repository:</p>"
                '<p class="factcheck-command"><code>.venv/bin/python -m factcheck new-article --check FOLDER</code></p>'
                "<p>with the article's folder in place of FOLDER. It lists what is left to fill in or to fix and, "
                "once nothing is left to fix, builds the page again in the folder's own site (a class book is "
                "built again by its instructor).</p></details>")
        return Block(html, "rerun: new-article --check FOLDER")
    options = " ".join(f"-p {escape(k)} {escape(str(v))}" for k, v in parameters.items() if v is not None)
    html = ('<details class="factcheck-rerun"><summary>How to rerun this page</summary>'
            "<p>Everything on this page is computed from the data in the project's repository. After "
            "<code>make site</code>, open the template in JupyterLab (<code>.venv/bin/jupyter lab</code>) and run it, or "
            "run it from the command line into a folder of your own:</p>"
            # a command to type, in a paragraph: a <pre> would load the code-copying scripts (20 KB) on every page
            f'<p class="factcheck-command"><code>.venv/bin/papermill {escape(template)} runs/{escape(Path(page).stem)}.ipynb '
            f"{options}</code></p>"
            "<p>To rebuild the whole site after changing the data: <code>.venv/bin/python -m factcheck build</code>; "
            "to watch it change as you edit: <code>.venv/bin/python -m factcheck serve</code>.</p></details>")
    return Block(html, f"rerun: papermill {template} {options}")


def article_lines(results: list[Outcome], ledger) -> Markdown:
    """One line per article: its headline, outlet and date, and what its statements were rated (searchable)."""
    from factcheck import usage

    usage.note("documents", "ids")   # which articles there are (each one's provenance: noted as readable reads it)
    lines = []
    rated = rated_by_document(results, ledger)
    # oldest first, as pages.yml orders the navigation (a reader met the articles in two orders); undated last
    def when(item) -> tuple:
        date = item[1].date.get("published") or item[1].date.get("earliest")
        return (date is None, date or "", item[0])

    claim_ids = ledger.claim_ids_by_document()
    for doc_id, document in sorted(ledger.documents.items(), key=when):
        numbers = counts(rated.get(doc_id, []), claim_ids.get(doc_id, []))
        verdict = (f"{readable.plural(numbers.rated, 'statement')} rated: {numbers.accurate:,} accurate, "
                   f"{numbers.problems:,} misleading, wrong or unsupported"
                   + (f" ({numbers.material_problems:,} on a main point)" if numbers.material_problems else ""))
        lines.append(f"- [{markdown_text(readable.description(document))}](documents/{doc_id}.ipynb) (our description), "
                     f"{markdown_text(readable.outlet(document))}, {markdown_text(readable.short_date(document))}; "
                     f"{markdown_text(readable.headline_note(document))}. {markdown_text(verdict)}.")
    return Markdown("\n".join(lines))


def theme_question(theme, claims, results: list[Outcome], ledger) -> Markdown:
    """A theme's question, then how many articles speak to it and what was found (searchable markdown)."""
    numbers = counts(results, claims, claims["doc_id"].nunique())
    found = (f"{readable.plural(numbers.claims, 'number')} from {readable.plural(numbers.documents, 'article')}; "
             f"{readable.plural(numbers.rated, 'statement')} rated, {numbers.problems:,} of them misleading, wrong or "
             "unsupported" + (f" ({numbers.material_problems:,} on a main point)" if numbers.material_problems else "") + ".")
    return Markdown(f"**{markdown_text(theme.question)}** {markdown_text(found)}")


def register_summary(results: list[Outcome], ledger) -> Markdown:
    numbers = counts(results, ledger.claim_ids(), len(ledger.documents))   # a count: the page reads the ids only
    evidence = sum(o.statement is not None for o in results)
    text = (f"{readable.plural(numbers.rated, 'statement')} rated, each with one verdict ({numbers.problems:,} "
            f"misleading, wrong or unsupported, {numbers.material_problems:,} on a main point), resting on "
            f"{readable.plural(evidence, 'check')} of the articles' numbers and words; and "
            f"{readable.plural(len(results) - evidence, 'check')} that rate nothing: figures the articles imply, "
            "comparisons set aside as not like for like, and problems of the texts themselves.")
    return Markdown(f"**What we found.** {markdown_text(text)}")


def claims_index(ledger, results: list[Outcome]) -> Markdown:
    """Every claim in its words, article by article, as markdown: the site's search indexes every one."""
    from factcheck.report.chapters import markers_by_claim
    from factcheck.report.claim_words import allows, reading, stated

    from factcheck import usage

    with usage.paused():   # the page depends on the columns it shows of every claim, noted below, not on all of them
        markers = markers_by_claim(results, ledger.claims)
        seen: set[str] = set()
        # one pass over the table, not one mask and one table of records for each article (at 200 articles that
        # was most of what was left of the page's time); an article's claims in the order of their place in it
        rows_of = {doc_id: [] for doc_id in ledger.documents}
        for row in ledger.claims.sort_values("start", kind="stable").to_dict("records"):
            if row["doc_id"] in rows_of:
                rows_of[row["doc_id"]].append(_Shown(row, seen))
    words = readable.dictionary()
    blocks, otherwise = [], []
    usage.note("documents", "ids")
    for doc_id, document in ledger.documents.items():
        usage.note("source", doc_id)
        lines = [f"**{markdown_text(readable.outlet(document))}: {markdown_text(readable.description(document))}** "
                 f"(our description; {markdown_text(readable.headline_note(document))})", ""]
        for row in rows_of[doc_id]:
            marker = markers.get(row["claim_id"])
            rated = (f"; {marker.said(row)}" if marker and marker.rating
                     else "; used as evidence, in no rated statement" if marker else "")
            # the quote as plain text (the search indexes it), then a link to its highlight in the article
            where = escape(f"documents/{doc_id}.html#{row['claim_id']}", quote=True)
            allowed = (f"the words allow {markdown_text(allows(row))}" if row["bounds"]
                       else f"the words claim: “{markdown_text(allows(row).rstrip('.'))}”")
            if row["bounds"] and reading(row):
                otherwise.append(f"“{markdown_text(row['quote'])}” ({markdown_text(readable.short_name(document))}, "
                                 f"<a href=\"{where}\">in the text</a>)")
            lines.append(f"- “{markdown_text(row['quote'])}” <a class=\"claim-link\" href=\"{where}\">in the text</a>: "
                         f"{markdown_text(stated(row))}, {markdown_text(readable.mid_sentence(words.metric(row['metric'])))}; "
                         f"{allowed}{markdown_text(rated)}")
        blocks.append("\n".join(lines))
    usage.note("claims-columns", ",".join(sorted(seen.union(MARKER_COLUMNS))))
    if otherwise:   # first: the numbers whose range is our reading, not what the printed number alone gives
        blocks.insert(0, "**Numbers we read otherwise than the printed number alone** (see "
                         "<a href=\"methods.html#how-a-number-is-read\">how a number is read</a>), each listed below "
                         f"with both readings and our reason: {'; '.join(otherwise)}.")
    return Markdown("\n\n".join(blocks))


MARKER_COLUMNS = ("claim_id", "doc_id", "start", "end")   # what places a claim in its article and its statement


class _Shown(dict):
    """A claim's row that remembers which columns were read from it (in `seen`, shared by the rows of a table)."""

    def __init__(self, row: dict, seen: set):
        super().__init__(row)
        self.seen = seen

    def __getitem__(self, column):
        self.seen.add(column)
        return super().__getitem__(column)

    def get(self, column, default=None):
        self.seen.add(column)
        return super().get(column, default)


def desk_lines(desk) -> Markdown:
    lines = [f"- {markdown_text(who)}" for who in desk.checked_by]
    lines.append(f"- The ratings and the references were last reviewed on {markdown_text(readable.day(desk.reviewed))}.")
    return Markdown(f"Published by {markdown_text(desk.name)}. Checked by:\n\n" + "\n".join(lines))


def report_errors(desk) -> Markdown:
    return Markdown(markdown_text(desk.report_errors))


def corrections_log(desk, changed=()) -> Markdown:
    """The corrections, newest first: each verdict changed since a release (found by the machine, see
    factcheck.report.corrections), and the desk's own notes from data/report.yml."""
    lines = [(c.date, f"- **{markdown_text(readable.day(c.date))}**: {markdown_text(c.line)}") for c in changed]
    lines += [(c.date, f"- **{markdown_text(readable.day(c.date))}**: {markdown_text(c.what)} {markdown_text(c.why)}")
              for c in desk.corrections]
    if not lines:
        return Markdown("No correction has been made since the report was published. Each correction will be listed "
                        "here, newest first, with the date, what changed and why.")
    return Markdown("\n".join(line for _, line in sorted(lines, key=lambda pair: pair[0], reverse=True)))
