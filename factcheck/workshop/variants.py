"""Class variants: exercises 1 and 2 drawn per participant from the labelled corpus, with a seed.

The public site works the exercises on the report's own articles, with their solutions.
The class works on variants: each participant's seed (their name, or a number the
instructor hands out) picks numbers from `corpus/` (twenty-one published articles that
are not in the report, labelled by hand in `corpus/gold.csv`), so neighbours get
different items and no answer is on a public page. A variant is a set of papermill
parameters, so its starter is the same template with other values:

    anchor-a-claim      corpus_item = "mj22:529"            (a document and the offset of a number)
    hedge-to-interval   corpus_items = ["ge17:1773", ...]   (five numbers, of as many rules as can be found)

`python -m factcheck workshop --out my-exercises --variant NAME` writes a participant's
starters; `--answers instructor-key --variant NAME ...` the key to each variant. Both
folders are git-ignored and outside the site. Exercises 3 and 4 need checks (counts
and pairs) that only the report's own articles have: they have no corpus variant yet.
"""
from __future__ import annotations

import csv
import random
from dataclasses import dataclass

from factcheck import paths

CORPUS = paths.ROOT / "corpus"
QUANTITY_KINDS = {"quantity", "duration", "multiplier", "fraction"}
HEDGE_QUESTIONS = 5


@dataclass(frozen=True)
class CorpusItem:
    """One labelled number of the corpus: where it is, its words, and what the gold says it means."""
    doc: str
    start: int
    end: int
    quote: str
    reading: str

    @property
    def id(self) -> str:
        return f"{self.doc}:{self.start}"


def corpus_texts() -> dict[str, str]:
    return {p.stem: p.read_text(encoding="utf-8") for p in sorted((CORPUS / "texts").glob("*.txt"))}


def corpus_items() -> list[CorpusItem]:
    """Every labelled quantity of the corpus, in file order."""
    with open(CORPUS / "gold.csv", encoding="utf-8", newline="") as handle:
        return [CorpusItem(row["doc"], int(row["start"]), int(row["end"]), row["quote"], row["reading"])
                for row in csv.DictReader(handle) if row["kind"] in QUANTITY_KINDS]


def _item(item_id: str) -> CorpusItem:
    doc, _, start = str(item_id).partition(":")
    found = next((i for i in corpus_items() if i.doc == doc and str(i.start) == start), None)
    if found is None:
        raise ValueError(f"no labelled number {item_id!r} in corpus/gold.csv: write it as document:offset, "
                         "e.g. 'mj22:529' (python -m factcheck workshop --variant NAME picks them)")
    return found


# ---- exercise 1 ----------------------------------------------------------------------------

def corpus_anchor_task(item_id: str):
    """The anchoring task for a number of the corpus: its quote, its sentence, its article."""
    from factcheck.workshop.anchoring import AnchorTask, sentence_around

    item = _item(item_id)
    text = corpus_texts()[item.doc]
    task = AnchorTask(f"corpus:{item.id}", item.doc, f"{item.doc}.txt", item.quote,
                      text[slice(*sentence_around(text, item.start, item.end))], text, folder="corpus/texts")
    if task._offsets != (item.start, item.end):
        raise ValueError(f"corpus item {item_id!r}: its sentence does not single out the quote; pick another")
    return task


def anchor_candidates() -> list[CorpusItem]:
    """Numbers whose sentence singles out their quote (the task would mislead otherwise)."""
    found = []
    for item in corpus_items():
        try:
            corpus_anchor_task(item.id)
        except ValueError:
            continue
        found.append(item)
    return found


# ---- exercise 2 ----------------------------------------------------------------------------

def corpus_hedge_questions(item_ids: list[str]):
    """Hedge questions for numbers of the corpus: the finder reads the hedge and the digits, the gold confirms them."""
    from factcheck.ledger.hedges import interval_for
    from factcheck.ledger.mentions import find_mentions
    from factcheck.workshop.hedging import HedgeQuestion

    texts = corpus_texts()
    questions = []
    for item_id in item_ids:
        item = _item(item_id)
        text = texts[item.doc]
        mention = next((m for m in find_mentions(text) if m.is_quantity and m.start < item.end and item.start < m.end), None)
        if mention is None or mention.reading != item.reading:
            raise ValueError(f"corpus item {item_id!r}: the finder's reading of it is not the gold's; pick another")
        question = HedgeQuestion(f"corpus:{item.id}", text[mention.quote_start:mention.quote_end], mention.value,
                                 mention.value_to, mention.hedge, mention.precision, mention.unit)
        try:
            interval_for(question.value, hedge=question.hedge, precision=question.precision, unit=question.unit,
                         value_to=question.value_to)
        except ValueError as error:  # "over 140%": the rules cap a percentage at 100
            raise ValueError(f"corpus item {item_id!r} has no interval under the rules ({error}); pick another") from None
        questions.append(question)
    return questions


def hedge_candidates() -> list[CorpusItem]:
    found = []
    for item in corpus_items():
        try:
            corpus_hedge_questions([item.id])
        except ValueError:
            continue
        found.append(item)
    return found


# ---- a participant's variant -----------------------------------------------------------------

def variant_parameters(seed: str) -> dict[str, dict]:
    """The papermill parameters of one participant's variant, by template name. The same seed, the same variant."""
    seed = str(seed).strip()
    if not seed:
        raise ValueError("a variant needs a seed: the participant's name or a number, e.g. --variant ana")
    chance = random.Random(f"factcheck-variant:{seed}")
    anchor = chance.choice(anchor_candidates())
    pool = hedge_candidates()
    chance.shuffle(pool)
    picked: list[CorpusItem] = []
    for item in pool:  # one of each rule first, so a variant practises several rules
        if item.reading not in {p.reading for p in picked} and item.doc not in {p.doc for p in picked}:
            picked.append(item)
        if len(picked) == HEDGE_QUESTIONS:
            break
    for item in pool:
        if len(picked) == HEDGE_QUESTIONS:
            break
        if item not in picked:
            picked.append(item)
    picked.sort(key=lambda i: (i.doc, i.start))
    return {"anchor-a-claim": {"corpus_item": anchor.id},
            "hedge-to-interval": {"corpus_items": [i.id for i in picked]}}


def variant_answers(seed: str, rules=None) -> dict:
    """What the key prints for a variant: the offsets, and each interval with its rule."""
    from factcheck.ledger.hedges import PRESETS
    from factcheck.workshop.hedging import report_interval

    rules = rules or PRESETS["standard"]
    parameters = variant_parameters(seed)
    task = corpus_anchor_task(parameters["anchor-a-claim"]["corpus_item"])
    questions = corpus_hedge_questions(parameters["hedge-to-interval"]["corpus_items"])
    return {"seed": seed, "anchor": (task, task._offsets),
            "intervals": [(q, report_interval(q, rules), q.shape) for q in questions]}
