"""The instructor's key: every exercise's answers, the common wrong answers and what each reveals.

Nothing here is imported by a starter: the exercise templates use it only in their
solution cells, which starters drop. `python -m factcheck workshop --answers DIR`
writes the whole key, generated from the ledger, the checks and the workshop's own
data (`notebooks/workshop/exercises.yml`), into a folder outside the published site.
"""
from __future__ import annotations

from dataclasses import replace
from html import escape
from pathlib import Path

import pandas as pd

from factcheck import paths
from factcheck.files.atomic import replace_keeping_the_old
from factcheck.report.display import Block, table
from factcheck.ledger.hedges import PRESETS, SHAPES, HedgeRules, interval_for, rules_from
from factcheck.ledger.intervals import Interval
from factcheck.workshop.anchoring import AnchorTask, anchor_task, check_anchor
from factcheck.workshop.comparability import PairQuestion, check_pair, pair_questions, report_reading
from factcheck.workshop.exercise_data import load_exercise_data
from factcheck.workshop.feedback import CAP, Attempts, number
from factcheck.workshop.hedging import (HedgeQuestion, check_interval, check_intervals, hedge_questions, report_interval)
from factcheck.workshop.shares import ShareQuestion, check_share, evidence_example, readings, share_question
from factcheck.workshop.starters import TEMPLATES, template_defaults

KEY_FILE = "workshop-key.md"
# Folders whose files become the published site: the key never goes there.
SITE_SOURCES = ("book", "_build", "_static", "_extra")


# ---- exercise 1 ----------------------------------------------------------------------

def anchor_answer(task: AnchorTask) -> tuple[int, int]:
    return task._offsets


def validator_message(task: AnchorTask, start: int, end: int, root=None) -> Block:
    """What `python -m factcheck check` would report if the ledger row had these offsets (file:line: column).

    root is the repository whose ledger to use (default: this checkout)."""
    from factcheck.ledger.claims import LedgerFiles, check_anchor as check_row_anchor, load_ledger
    from factcheck.files.problems import Collector, ValidationFailed
    from factcheck.files.tables import load_schema, read_table

    files = LedgerFiles.under(root)
    # read_table keeps each row's line in the file, which the message names.
    rows = read_table(files.claims, load_schema(files.datapackage, "claims"), Collector(files.claims))
    row = next(r for r in rows if r["claim_id"] == task.claim_id)
    problems = Collector(files.claims)
    check_row_anchor({**row, "start": start, "end": end}, "quote", load_ledger(root).documents, problems)
    message = str(ValidationFailed(problems.problems)) if problems else "no problems found"
    return Block(f'<pre class="factcheck-message">{escape(message)}</pre>', message)


def anchor_slips(task: AnchorTask) -> list[tuple[str, object, str]]:
    """(what the participant did, their answer, what it reveals) for the usual wrong answers."""
    start, end = anchor_answer(task)
    slips = [("end one short", (start, end - 1), "reads end as the last character, not one past it"),
             ("counted from 1", (start + 1, end + 1), "counts characters from 1, as a word processor does"),
             ("one character early", (start - 1, end - 1), "an off-by-one in both ends: usually len() added to the "
                                                           "wrong start"),
             ("the length for the end", (start, len(task.quote)), "writes the quote's length where its end goes")]
    earlier = task.text.find(task.quote)
    if earlier != start:
        slips.append(("the first place the words occur", (earlier, earlier + len(task.quote)),
                      "took text.find(quote) without starting at the sentence"))
    return slips


# ---- exercise 2 ----------------------------------------------------------------------

def interval_solutions(questions: list[HedgeQuestion], rules: HedgeRules = PRESETS["standard"]) -> Block:
    """Each quote, the interval it means, and the rule that gives it, in words."""
    frame = pd.DataFrame([{"quote": q.quote, "interval": str(report_interval(q, rules)), "shape": q.shape,
                           "rule": SHAPES[q.shape]} for q in questions])
    return table(frame, f"The intervals under the {rules.name} rules")


def interval_slips(question: HedgeQuestion, rules: HedgeRules) -> list[tuple[str, object, str]]:
    expected = report_interval(question, rules)
    slips = []
    if question.hedge:
        plain = interval_for(question.value, precision=question.precision, unit=question.unit,
                             value_to=question.value_to if question.shape == "range" else None, rules=rules)
        if plain != expected:
            slips.append(("the hedge ignored", (_written(plain), "rounding"),
                          "reads the number as if the hedge word were not there"))
    flipped = Interval(expected.low, expected.high, not expected.low_closed, not expected.high_closed)
    if flipped.low < flipped.high or (flipped.low_closed and flipped.high_closed):
        slips.append(("both brackets the other way", (_written(flipped), question.shape),
                      "knows the range but not which ends belong"))
    if question.shape == "around":
        wide = interval_for(question.value, hedge=question.hedge, precision=question.precision, unit=question.unit,
                            rules=replace(rules, about=2 * rules.about))
        slips.append(("twice the tolerance", (_written(wide), question.shape),
                      "took a looser meaning of the word than the rules'"))
    wrong_rule = next(shape for shape in SHAPES if shape != question.shape)
    slips.append(("the right interval, the wrong rule", (_written(expected), wrong_rule),
                  "copied an interval (from a neighbour, or the key) without reading the words"))
    return slips


def _written(interval: Interval) -> str:
    low = "inf" if interval.low == float("inf") else f"{interval.low:.15g}"
    high = "inf" if interval.high == float("inf") else f"{interval.high:.15g}"
    return f"{'[' if interval.low_closed else '('}{low}, {high}{']' if interval.high_closed else ')'}"


# ---- exercise 3 ----------------------------------------------------------------------

def share_solution(question: ShareQuestion) -> Block:
    """Every reading the workshop accepts: its formula, share, arithmetic outcome and rating, with why."""
    frame = pd.DataFrame([{"reading": r.name, "formula": _neutral(r.formula, question), "share": round(r.share, 4),
                           "arithmetic": r.outcome, "evidence": evidence_example(r, question) or "(none needed)",
                           "rating": r.rating, "why": r.explanation}
                          for r in readings(question)])
    return table(frame, f"The readings of {question.check_id} the checker accepts")


def _neutral(formula: str, question: ShareQuestion) -> str:
    """The formula in the names the participant sees (A, B, C)."""
    if question.check_id.startswith("corpus:"):  # a class variant's formula is written in them already
        return formula
    from factcheck.workshop.report_cache import report
    from factcheck.workshop.shares import _outcome

    check = _outcome(question.check_id, report(question.root, question.checks_file)[0], question.checks_file).check
    for name, count in zip(check.inputs, question.counts):
        formula = _replace_name(formula, name, count.name)
    return formula


def _replace_name(formula: str, name: str, neutral: str) -> str:
    import re

    return re.sub(rf"\b{re.escape(name)}\b", neutral, formula)


def share_slips(question: ShareQuestion) -> list[tuple[str, object, str]]:
    """Usual wrong answers, each as (share, rating, reason, evidence), with what it reveals."""
    first = readings(question)[0]
    evidence = evidence_example(first, question)
    slips = [("a fraction", (round(first.share / 100, 6), first.rating, first.outcome, evidence),
              "forgot to multiply by 100"),
             ("the complement", (round(100 - first.share, 4), first.rating, first.outcome, evidence),
              "took the share of the others"),
             ("rounded early", (round(first.share, 1), first.rating, first.outcome, evidence),
              "rounded before comparing with the printed figure")]
    for reading in readings(question):
        shown = evidence_example(reading, question)
        for rating in load_exercise_data()["ratings"]:
            if rating != reading.rating:
                slips.append((f"{reading.name}, rated '{rating}'", (round(reading.share, 4), rating, reading.outcome,
                                                                    shown),
                              "the share is right; the rating is the discussion"))
                break
        wrong = next(o for o in load_exercise_data()["ratings_by_outcome"] if o not in (reading.outcome, "exact"))
        slips.append((f"{reading.name}, with the reason '{wrong}'", (round(reading.share, 4), reading.rating, wrong,
                                                                     "the article"),
                      "the rating guessed, not read from the arithmetic"))
        if reading.outcome != "exact":
            slips.append((f"{reading.name}, the reason without its evidence", (round(reading.share, 4), reading.rating,
                                                                               reading.outcome, ""),
                          "tried the reasons in turn: each but 'exact' is read only with what shows it in the article"))
    return slips


# ---- exercise 4 ----------------------------------------------------------------------

def pair_explanations(questions: list[PairQuestion]) -> Block:
    """The report's verdict and reason for each pair (for the solution)."""
    frame = pd.DataFrame([{"pair": " against ".join(f"“{r['quote']}” ({r['doc_id']})" for r in q.claims),
                           "report's reading": report_reading(q).answer,
                           "why": report_reading(q).explanation or "same measure"} for q in questions])
    return table(frame, "What the report says about each pair")


def pair_answers(questions: list[PairQuestion]) -> list[str]:
    return [report_reading(q).answer for q in questions]


def pair_slips(question: PairQuestion) -> list[tuple[str, object, str]]:
    reading = report_reading(question)
    if reading.comparable:
        return [("refused for a period", "not comparable: period",
                 "a different period alone is a change over time, not a reason to refuse")]
    slips = [("taken as comparable", "comparable", "did not read what each figure counts")]
    if len(reading.reasons) > 1:
        one = sorted(reading.reasons)[0]
        slips.append(("one reason of several", f"not comparable: {one}", "stopped at the first difference"))
    extra = next((r for r in ("unit", "population", "period", "definition") if r not in reading.reasons), None)
    if extra:
        slips.append(("a reason too many", "not comparable: " + ", ".join(sorted(reading.reasons | {extra})),
                      f"saw a difference in {extra} that does not change what is measured"))
    return slips


# ---- the whole key ---------------------------------------------------------------------

def key_markdown(root: Path | None = None) -> str:
    """The key for the four exercises with the parameters their templates use, generated from the data."""
    from factcheck.ledger.claims import load_ledger

    ledger = load_ledger(root)
    defaults = {t.stem: template_defaults(t) for t in sorted(TEMPLATES.glob("*.ipynb"))}
    lines = ["# Workshop: the instructor's key", "",
             "Generated by `python -m factcheck workshop --answers DIR` from the ledger, the checks and",
             "`notebooks/workshop/exercises.yml`. It is not part of the published site: keep it away from",
             "participants. Each exercise lists its answers, then the usual wrong answers with what the",
             "checker says to each (as a first attempt) and what the slip reveals, then the cases to discuss.", "",
             f"The checkers accept an answer only with its reason, name the rule a wrong answer breaks (never which",
             f"way to move or which reasons are extra), and allow {CAP} different wrong answers per item: after the",
             "last one the worked solution shows and no later answer counts. Re-running a cell with the same answer",
             "costs nothing; an answer that cannot be read (a typo, a missing reason) costs nothing either.", ""]

    task = anchor_task(defaults["anchor-a-claim"]["claim_id"], ledger)
    start, end = anchor_answer(task)
    lines += ["## Exercise 1: anchor a claim", "", f"Claim `{task.claim_id}`: “{task.quote}” in `{task.doc_id}`.",
              "", f"Answer: `answer = ({start}, {end})`.", ""]
    lines += _slips_table(anchor_slips(task), lambda a: check_anchor(a, task, Attempts()))
    lines += ["What `python -m factcheck check` says when the end is one short (show it after the exercise):", "",
              "```", validator_message(task, start, end - 1, root).text, "```", ""]

    rules = rules_from(defaults["hedge-to-interval"]["hedge_preset"])
    questions = hedge_questions(defaults["hedge-to-interval"]["claim_ids"], rules, ledger)
    lines += ["## Exercise 2: turn a hedge into an interval", "",
              f"Under the {rules.name} rules. Answer: `answers = {[(_written(report_interval(q, rules)), q.shape) for q in questions]}`.",
              "", "| # | quote | interval | rule |", "|---|---|---|---|"]
    lines += [f"| {i} | “{q.quote}” | `{_written(report_interval(q, rules))}` | {SHAPES[q.shape]} |"
              for i, q in enumerate(questions)]
    lines.append("")
    for i, q in enumerate(questions):
        lines += [f"Usual slips on answers[{i}], “{q.quote}”:", ""]
        lines += _slips_table(interval_slips(q, rules), lambda a, q=q: check_interval(a, q, rules, Attempts()))
    lines += ["To discuss: the hedge tolerances are a choice. Rerun the page with `hedge_preset = \"loose\"` and ask "
              "which answers change; the methods page lists which verdicts of the report change.", ""]

    question = share_question(defaults["percentage-vs-counts"]["check_id"], ledger)
    all_readings = readings(question)
    lines += ["## Exercise 3: check a percentage against its counts", "",
              f"Check `{question.check_id}`: the printed “{question.tested_quote}” against the counts "
              + ", ".join(f"{c.name} = “{c.quote}”" for c in question.counts) + ".", "",
              "Every reading the checker accepts (the first is the report's):", "",
              "| reading | formula | share | arithmetic | rating | why |", "|---|---|---|---|---|---|"]
    lines += [f"| {r.name} | `{_neutral(r.formula, question)}` | {r.share:.2f} | {r.outcome} | {r.rating} | "
              f"{r.explanation} |" for r in all_readings]
    lines.append("")
    lines += [f"Answer: `share = {all_readings[0].share:.2f}`, `rating = {all_readings[0].rating!r}`, "
              f"`reason = {all_readings[0].outcome!r}`, `evidence = {evidence_example(all_readings[0], question)!r}` "
              "(or another reading of the table, with its own).", ""]
    lines += _slips_table(share_slips(question), lambda a: check_share(a[0], a[1], question, reason=a[2],
                                                                       attempts=Attempts(), evidence=a[3]))
    if len(all_readings) > 1:
        lines += ["The contestable case: the readings differ by what “at large” takes in, and each supports a "
                  "different rating. Let the room argue it before anyone runs the checker; the checker accepts "
                  "each reading with its own rating and then shows the other.", ""]

    pairs = pair_questions(defaults["comparable-or-not"]["check_ids"], ledger)
    lines += ["## Exercise 4: comparable or not?", "", f"Answer: `answers = {pair_answers(pairs)}`.", "",
              "| # | pair | the report's reading | why |", "|---|---|---|---|"]
    lines += [f"| {i} | " + " against ".join(f"“{r['quote']}” ({r['doc_id']})" for r in q.claims)
              + f" | {report_reading(q).answer} | {report_reading(q).explanation or 'same measure'} |"
              for i, q in enumerate(pairs)]
    lines.append("")
    for i, q in enumerate(pairs):
        lines += [f"Usual slips on answers[{i}]:", ""]
        lines += _slips_table(pair_slips(q), lambda a, q=q: check_pair(a, q, Attempts()))
    return "\n".join(lines).rstrip() + "\n"


def _slips_table(slips, check) -> list[str]:
    rows = ["| slip | answer | the checker says | what it reveals |", "|---|---|---|---|"]
    for what, answer, reveals in slips:
        feedback = check(answer)
        said = feedback.line if hasattr(feedback, "line") else " ".join(r.line for r in feedback.results)
        rows.append(f"| {what} | `{answer!r}` | {said.replace('|', '/')} | {reveals} |")
    return rows + [""]


def write_key(out: Path | str, root: Path | None = None) -> Path:
    """Write the key into out (made if missing); refuse a folder whose files the site publishes."""
    out = Path(out)
    site_root = Path(root) if root else paths.ROOT
    target = out.resolve()
    for folder in SITE_SOURCES:
        published = (site_root / folder).resolve()
        if target == published or published in target.parents:
            raise ValueError(f"{paths.relative(out)} is inside {folder}/, which the published site is built from: "
                             "write the key somewhere else (for example --answers instructor-key)")
    if out.exists() and not out.is_dir():
        raise ValueError(f"{paths.relative(out)} is a file, not a folder: choose another --answers, e.g. instructor-key")
    from factcheck.files.confine import refuse_links

    refuse_links(out, "the key's folder")  # Unconfined, a ValueError: the key is never written through a link
    out.mkdir(parents=True, exist_ok=True)
    path = out / KEY_FILE
    replace_keeping_the_old(path, key_markdown(root).encode("utf-8"))
    return path


# ---- the class variants ------------------------------------------------------------------

VARIANTS_FILE = "variants.md"


def variants_markdown(seeds: list[str]) -> str:
    """Each participant's variant of the four exercises (numbers of corpus/), with its answers."""
    from factcheck.workshop.variants import _share_spec, text_folder, variant_answers, variant_parameters, variant_seed

    lines = ["# Workshop: the answers to each participant's variant", "",
             "Generated by `python -m factcheck workshop --answers DIR --variant NAME ...`. Each participant writes",
             "their starters with `python -m factcheck workshop --out my-exercises --variant NAME`; the numbers come",
             "from `corpus/` (articles that are not in the report), so these answers are on no public page.",
             "A name draws its variant as written, capitals included: a participant who types `ana` where this key",
             "says `Ana` gets another variant.", ""]
    names: dict[str, list[str]] = {}   # one section per variant: "ana" and "ana\u200b" draw the same one
    for seed in seeds:
        names.setdefault(variant_seed(seed), []).append(seed)
    for given in names.values():
        seed = given[0]
        answers = variant_answers(seed)
        task, (start, end) = answers["anchor"]
        parameters = variant_parameters(seed)
        also = [_name_shown(name) for name in given[1:]]
        lines += [f"## {_name_shown(seed)}", ""]
        lines += [f"Also given as {', '.join(also)}: the same variant.", ""] if also else []
        lines += [f"Parameters: `{parameters}`.", "",
                  f"Exercise 1: “{task.quote}” in `{task.folder}/{task.file}`: `answer = ({start}, {end})`.", "",
                  "Exercise 2, under the standard rules: `answers = "
                  f"{[(_written(interval), shape) for _, interval, shape in answers['intervals']]}`", "",
                  "| # | quote | interval | rule |", "|---|---|---|---|"]
        lines += [f"| {i} | “{q.quote}” | `{_written(interval)}` | {shape}: {SHAPES[shape]} |"
                  for i, (q, interval, shape) in enumerate(answers["intervals"])]
        lines.append("")
        question, reading = answers["share"]
        document = _share_spec(question.check_id.removeprefix("corpus:"))["stated"]["at"].partition(":")[0]
        lines += [f"Exercise 3, on `{text_folder(document)}/{document}.txt`: the printed "
                  f"“{question.tested_quote}” from " + ", ".join(f"{c.name} = “{c.quote}”" for c in question.counts)
                  + f". `share = {reading.share:.2f}` (`{reading.formula}`), `rating = {reading.rating!r}`, "
                  f"`reason = {reading.outcome!r}`, `evidence = {evidence_example(reading, question)!r}`. "
                  f"{reading.explanation}", "",
                  f"Exercise 4: `answers = {[r.answer for _, r in answers['pairs']]}`", "",
                  "| # | pair | answer | the labels |", "|---|---|---|---|"]
        lines += [f"| {i} | " + " against ".join(f"“{row['quote']}” ({row['doc_id']})" for row in q.claims)
                  + f" | {r.answer} | {r.explanation.replace('|', '/')} |" for i, (q, r) in enumerate(answers["pairs"])]
        lines.append("")
    return "\n".join(lines).rstrip() + "\n"


def _name_shown(seed: str) -> str:
    """A participant's name, copied from an e-mail, as a heading's words: on one line, no markup, no terminal
    escapes; a name whose spaces or characters would not show as they are is written with escapes, so two names
    that differ never look the same ("a  b" is not "a b")."""
    import re
    import unicodedata

    from factcheck.files.terminal import OBEYED
    from factcheck.report.escaping import markdown_text

    if re.fullmatch(r"(?:[^\W_]|[.'-])+(?: (?:[^\W_]|[.'-])+)*", seed):   # words, single spaces: as it is
        return seed
    if " ".join(seed.split()) == seed and not OBEYED.search(seed) \
            and not any(unicodedata.category(character) == "Cf" for character in seed):   # (unseen: a zero-width space)
        return markdown_text(seed)
    return markdown_text(seed.encode("unicode_escape").decode("ascii").replace(" ", "\\x20"))


def write_variant_key(out: Path | str, seeds: list[str], root: Path | None = None) -> Path:
    """Write the variants' answers beside the key (the same refusal of the site's folders)."""
    path = write_key(out, root).parent / VARIANTS_FILE
    replace_keeping_the_old(path, variants_markdown(seeds).encode("utf-8"))
    return path
