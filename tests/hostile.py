"""Hostile strings, and a copy of the repository with one in every free-text field, built once per session.

The copy adds an article of its own (`seeds/hostile.txt` in the copy; the real seeds
are never edited) whose claims quote the hostile strings, and puts a hostile string
in every other free-text field: provenance (outlet, headline, evidence, people,
artefacts), claims (period, population, speaker, note), checks (title, reason,
evidence) and a theme (title, question). `hostile_chapter` does the same for a
participant's `new-article` folder.
"""
from __future__ import annotations

import csv
import hashlib
import json
import os
import subprocess
import sys
from pathlib import Path

HOSTILE = [
    "</script><script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    "{glue:text}`n_claims` and {eval-rst}`x`",
    "`code` $x^2$ $$y$$",
    "[x](javascript:alert(1))",
    "{{ substitution }} & &amp; <!-- comment",
]
ONE_LINE = " ".join(HOSTILE)  # every attack in one field

# The copy's own article: each claim's quote holds an attack around the number it states.
QUOTES = {
    "hostile-01": "40 percent of </script><script>alert(1)</script> cases",
    "hostile-02": "60 percent of <img src=x onerror=alert(1)> cases",
    "hostile-03": "3 [x](javascript:alert(1)) files",
    "hostile-04": "5 {glue:text}`n_claims` `code` $x^2$ {{ sub }} &amp; <!-- c",
}
ARTICLE = (f"Officials said {QUOTES['hostile-01']} were closed, and later {QUOTES['hostile-02']}, "
           f"in November 2015.\nThey kept {QUOTES['hostile-03']} and {QUOTES['hostile-04']}.\n")
PAGE = "book/documents/hostile.ipynb"
BRACES_DOUBLED = ONE_LINE.replace("{", "{{").replace("}", "}}")
HOSTILE_URL = 'https://example.org/"><script>alert(1)</script>\' onmouseover=\'alert(1)'  # a web address, by the schema



def judged(text: str) -> str:
    """The text with [[judgement]] right after each sentence, and no space added: `plain` gives the text back."""
    import pysbd

    ends = [span.end for span in pysbd.Segmenter(language="en", clean=False, char_span=True).segment(text)]
    out, at = [], 0
    for end in ends:
        while end > at and text[end - 1].isspace():
            end -= 1
        out += [text[at:end], "[[judgement]]"]
        at = end
    return "".join(out) + text[at:]


_built: dict[str, Path] = {}


def hostile_site(base: Path) -> Path:
    """The built site (`_build/html`) of a repository copy with hostile data everywhere (built once per run and
    shared by the test processes: tests/buildcopies.py)."""
    from buildcopies import built_copy

    return built_copy("hostile", base) / "_build" / "html"


def write_hostile_data(root: Path) -> None:
    from factcheck.ledger.hedges import interval_for

    seed = root / "seeds" / "hostile.txt"
    seed.write_text(ARTICLE, encoding="utf-8")
    date = "November 2015"
    evidence = {"quote": date, "start": ARTICLE.index(date), "end": ARTICLE.index(date) + len(date), "why": ONE_LINE}
    artefact = {"kind": ONE_LINE, "quote": HOSTILE[1], "start": ARTICLE.index(HOSTILE[1]),
                "end": ARTICLE.index(HOSTILE[1]) + len(HOSTILE[1]), "note": ONE_LINE}
    entry = {"id": "hostile", "file": "hostile.txt", "sha256": hashlib.sha256(seed.read_bytes()).hexdigest(),
             "outlet": {"name": ONE_LINE, "stated": False, "evidence": ONE_LINE},
             "headline": {"text": ONE_LINE, "own": False},
             "date": {"published": "2015-12-01", "earliest": "2015-12-01", "latest": "2015-12-01", "evidence": [evidence]},
             "people_quoted": [{"name": ONE_LINE, "role": ONE_LINE}], "artefacts": [artefact]}
    flow = json.dumps(entry, ensure_ascii=False).replace('"2015-12-01"', "2015-12-01")  # YAML reads a bare date as a date
    _append(root / "seeds" / "sources.yml", "  - " + flow + "\n")

    units = {"hostile-01": ("percent", 1.0), "hostile-02": ("percent", 1.0), "hostile-03": ("files", 0.0),
             "hostile-04": ("files", 0.0)}
    claims = root / "data" / "claims.csv"
    with open(claims, encoding="utf-8", newline="") as handle:
        columns = next(csv.reader(handle))
    rows = []
    for claim_id, quote in QUOTES.items():
        value = float(quote.split()[0])
        unit, precision = units[claim_id]
        interval = interval_for(value, precision=precision, unit=unit)
        rows.append({"claim_id": claim_id, "doc_id": "hostile", "start": ARTICLE.index(quote),
                     "end": ARTICLE.index(quote) + len(quote), "quote": quote, "value": f"{value:g}", "value_to": "",
                     "unit": unit, "hedge": "", "precision": f"{precision:g}", "low": f"{interval.low:g}",
                     "high": f"{interval.high:g}", "bounds": interval.bounds,
                     "metric": "removals" if unit == "percent" else "hostile_files",  # removals: on a theme's chart
                     "period": ONE_LINE, "population": ONE_LINE, "speaker": ONE_LINE, "note": ONE_LINE})
    with open(claims, "a", encoding="utf-8", newline="") as handle:
        csv.DictWriter(handle, fieldnames=columns, lineterminator="\n").writerows(rows)
    with open(root / "data" / "non_claims.csv", "a", encoding="utf-8", newline="") as handle:
        csv.writer(handle, lineterminator="\n").writerow(
            ["hostile", evidence["start"], evidence["end"], date, "date", ONE_LINE])

    checks = [
        {"id": "hostile-difference", "title": ONE_LINE, "operation": "difference",
         "inputs": {"a": "hostile-02", "b": "hostile-01"}, "reason": judged(ONE_LINE), "themes": ["deportations"]},
        {"id": "hostile-not-comparable", "title": ONE_LINE, "operation": "not_comparable",
         "inputs": {"a": "hostile-03", "b": "hostile-04"}, "reason": judged(ONE_LINE), "themes": ["deportations"]},
        {"id": "hostile-record", "title": ONE_LINE, "operation": "record", "tests": "hostile-01", "reason": judged(ONE_LINE),
         "themes": ["deportations"], "references": ["hostile-reference"], "record": judged(ONE_LINE)},
        {"id": "hostile-flag", "title": ONE_LINE, "operation": "flag", "reason": judged(ONE_LINE), "themes": ["deportations"],
         "evidence": [{"doc_id": "hostile", "quote": HOSTILE[0], "start": ARTICLE.index(HOSTILE[0]),
                       "end": ARTICLE.index(HOSTILE[0]) + len(HOSTILE[0])}]},
    ]
    _append(root / "data" / "checks.yml", "".join("  - " + json.dumps(c, ensure_ascii=False) + "\n" for c in checks))
    # The rating lives on the statement the record check is evidence for. A verdict's braces are placeholders
    # ({point}); literal braces are written doubled, and read back single.
    quote = QUOTES["hostile-01"]
    statement = {"id": "hostile-statement", "doc_id": "hostile", "quote": quote, "start": ARTICLE.index(quote),
                 "end": ARTICLE.index(quote) + len(quote), "voice": "quoted", "speaker": ONE_LINE,
                 "verdict": {"rating": "wrong", "why": judged(BRACES_DOUBLED), "materiality": "material", "matters": judged(BRACES_DOUBLED)},
                 "evidence": ["hostile-record"]}
    _append(root / "data" / "statements.yml", "  - " + json.dumps(statement, ensure_ascii=False) + "\n")

    with open(root / "data" / "references.csv", "a", encoding="utf-8", newline="") as handle:
        csv.writer(handle, lineterminator="\n").writerow(
            ["hostile-reference", ONE_LINE, ONE_LINE, ONE_LINE, "2015-12-01", HOSTILE_URL, ONE_LINE, ONE_LINE, "false", ONE_LINE, ""])

    # words for readers of the copy's own metric and unit: `check` and the build refuse a ledger without them
    dictionary = root / "data" / "dictionary.yml"
    text = dictionary.read_text(encoding="utf-8")
    text = text.replace("\nunits:", "\nunits:\n  files: [file, files]", 1)
    text = text.replace("\nmetrics:\n", "\nmetrics:\n  hostile_files: \"Files in the hostile test\"\n", 1)
    dictionary.write_text(text, encoding="utf-8")

    themes = root / "data" / "themes.yml"
    text = themes.read_text(encoding="utf-8")
    text = text.replace('title: "Deportations and their cost"', f"title: {json.dumps(ONE_LINE)}", 1)
    text = text.replace('question: "How many people did ICE remove,', f'question: {json.dumps(ONE_LINE)[:-1]} How many people did ICE remove,', 1)
    themes.write_text(text, encoding="utf-8")

    plan = root / "pages.yml"
    marker = "    pages:\n"
    text = plan.read_text(encoding="utf-8")
    page = (f"      - page: {PAGE}\n        title: \"A hostile article\"\n        template: notebooks/document.ipynb\n"
            "        parameters: {doc_id: hostile}\n")
    plan.write_text(text.replace(marker, marker + page, 1), encoding="utf-8")


def _append(path: Path, text: str) -> None:
    current = path.read_text(encoding="utf-8")
    path.write_text(current.rstrip("\n") + "\n" + text, encoding="utf-8")


def hostile_chapter(base: Path) -> Path:
    """A participant's `new-article` folder with a hostile headline and provenance; returns its built chapter (made
    once per run and shared by the test processes: tests/buildcopies.py)."""
    from buildcopies import made_once

    if "chapter" not in _built:
        _built["chapter"] = made_once("hostile-participant", base, _make_hostile_chapter) / "hostile-article" / "wire17.ipynb"
    return _built["chapter"]


def _make_hostile_chapter(base: Path) -> None:
    from participant import ARTICLE_TEXT, fill_judgements

    repo = Path(__file__).resolve().parent.parent
    env = {**os.environ, "PYTHONPATH": str(repo)}
    article = base / "hostile-article.txt"
    article.write_text(ARTICLE_TEXT + ONE_LINE + "\n", encoding="utf-8")
    folder = base / "hostile-article"
    made = subprocess.run([sys.executable, "-m", "factcheck", "new-article", str(article), "--id", "wire17",
                           "--out", str(folder), "--no-chapter"], env=env, capture_output=True, text=True, timeout=300)
    assert made.returncode == 0, made.stdout + made.stderr
    fill_judgements(folder, "wire17")
    sources = folder / "seeds" / "sources.yml"
    text = sources.read_text(encoding="utf-8")
    for old in ('name: "Test Wire"', 'text: "Removals in 2016"', 'evidence: "written for the test"',
                'name: "Jane Roe"', 'role: "runs the office"'):
        text = text.replace(old, old.split(":")[0] + ": " + json.dumps(ONE_LINE), 1)
    sources.write_text(text, encoding="utf-8")
    checked = subprocess.run([sys.executable, "-m", "factcheck", "new-article", "--check", str(folder)], env=env,
                             capture_output=True, text=True, timeout=300)
    assert (folder / "wire17.ipynb").exists(), checked.stdout + checked.stderr


def myst_html(markdown: str) -> str:
    """Markdown rendered by the MyST parser Jupyter Book uses, with the extensions a book may turn on."""
    from markdown_it.renderer import RendererHTML
    from myst_parser.config.main import MdParserConfig
    from myst_parser.parsers.mdit import create_md_parser

    config = MdParserConfig(enable_extensions={"dollarmath", "colon_fence", "substitution", "linkify", "deflist"})
    return create_md_parser(config, RendererHTML).render(markdown)
