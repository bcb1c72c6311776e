"""Every figure the desk writes in a check's sentences must come from somewhere a reader can see.

A check's title, reason or judgement may restate a figure an article prints, or one
the public record gives (in a cited reference's quoted words, title or date); a
figure the arithmetic computes is glued in with a placeholder ({point}, {result},
{tested}), never typed. A figure found in none of these was typed from memory or
computed by hand, and `python -m factcheck check` refuses it, naming the check's line.
"""
from __future__ import annotations

import re
from pathlib import Path

from factcheck.files.problems import Collector, raise_if_any

FIGURE = re.compile(r"(?<![\w{$])\d[\d,]*(?:\.\d+)?")


def figures_in(text: str) -> list[str]:
    """The figures a sentence writes, as written ('435,719', '99.5', '2013'); single digits are words, not figures."""
    found = (match.rstrip(".,") for match in FIGURE.findall(re.sub(r"\{[^{}]*\}", "", text)))
    return [f for f in found if len(f.replace(",", "").replace(".", "")) > 1]


def _sentences(check) -> list[tuple[str, str]]:
    texts = [("title", check.title), ("reason", check.reason or "")]
    if check.judgement:
        texts += [("judgement.why", check.judgement.why), ("judgement.matters", check.judgement.matters)]
    return texts


def untraced_figures(checks, ledger) -> list[tuple[object, str, str]]:
    """(check, field, figure) for each figure in a check's sentences that no article prints and no cited source gives."""
    articles = " ".join(document.text for document in ledger.documents.values())
    printed: dict[str, bool] = {}
    missing = []
    for check in checks:
        cited = " ".join(f"{r.quoted} {r.title} {r.date}" for r in
                         (ledger.references[r] for r in check.references if r in ledger.references))
        for field, text in _sentences(check):
            missing += [(check, field, figure) for figure in dict.fromkeys(figures_in(text))
                        if not given(figure, articles, cited, printed)]
    return missing


def given(figure: str, articles: str, cited: str, printed: dict[str, bool]) -> bool:
    """The figure, as written or without its commas, is in the articles' text or in the cited sources' words.
    `printed` remembers what the articles hold, so each figure is looked for once in the whole corpus, not once per
    check (no figure holds a space, so looking in each text apart finds what looking in them joined would)."""
    for form in dict.fromkeys((figure, figure.replace(",", ""))):
        if form not in printed:
            printed[form] = form in articles
        if printed[form] or form in cited:
            return True
    return False


def check_figures_traced(checks, ledger, checks_file: Path) -> None:
    """Raise ValidationFailed naming each typed figure with the check's line in data/checks.yml."""
    problems = Collector(checks_file)
    for check, field, figure in untraced_figures(checks, ledger):
        problems.add(check.line, field, f"check {check.id}: {figure!r} is printed in no article and given by no "
                                        "source it cites: glue a computed figure with {point}, {result} or {tested}, "
                                        "or cite the reference whose quoted words give it")
    raise_if_any(problems)
