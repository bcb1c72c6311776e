"""Class variants: all four exercises drawn per participant from the labelled corpus, with a seed.

The public site works the exercises on the report's own articles, with their solutions.
The class works on variants: each participant's seed (their name, or a number the
instructor hands out) picks numbers from `corpus/` (published articles that are not in
the report, labelled by hand in `corpus/gold.csv` and the held-out sets' gold files), so neighbours get
different items and no answer is on a public page. A variant is a set of papermill
parameters, so its starter is the same template with other values:

    anchor-a-claim        corpus_item = "mj22:529"              (a document and the offset of a number)
    hedge-to-interval     corpus_items = ["ge17:1773", ...]     (five numbers, of as many rules as can be found)
    percentage-vs-counts  corpus_item = "mon19-family-share"    (counts and the derived figure an article prints)
    comparable-or-not     corpus_pairs = ["arrests-2017-2022", ...]  (three pairs of labelled figures)

Exercises 3 and 4 rest on `corpus/workshop.yml`: which labelled counts make a figure the
article prints (with the formula, and each figure's hedge word and last digit), and, for
each figure set in a pair, what it counts, of whom, in what unit and over what period, each
with the words of the text it rests on. Numbers come from gold.csv only. A share's outcome
is computed by the report's own machinery (factcheck.checks.verdicts); a pair's expected
answer by one rule over its labels (`pair_reading`), so the same differences always get
the same answer.

`python -m factcheck workshop --out my-exercises --variant NAME` writes a participant's
starters; `--answers instructor-key --variant NAME ...` the key to each variant. Both
folders are git-ignored and outside the site.
"""
from __future__ import annotations

import csv
import functools
import math
import random
import re
from dataclasses import dataclass

from factcheck import paths, usage

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
    value: float = float("nan")
    value_to: float | None = None
    unit: str = ""

    @property
    def id(self) -> str:
        return f"{self.doc}:{self.start}"


def _state(*files) -> tuple:
    """What a cached read depends on: each file's name, size and time of change (read again when one changes)."""
    return tuple((str(p), stat.st_mtime_ns, stat.st_size) for p in files for stat in (p.stat(),))


# The labelled folders, each a folder of texts with its gold file (the same columns, corpus/README.md). Exercises 1
# and 2 draw on the corpus alone (`corpus_items`); exercises 3 and 4 may name a number of any folder listed here
# (`labelled_items`), so the two held-out sets, labelled for the finder, lend their derived figures to the class too.
# corpus/heldout3 is not listed: it is being labelled for the finder and stays unread until it is scored.
LABELLED = (("texts", "gold.csv"), ("heldout/texts", "heldout/gold.csv"), ("heldout2/texts", "heldout2/gold.csv"))


def _text_files() -> list:
    return sorted(p for folder, _ in LABELLED for p in (CORPUS / folder).glob("*.txt"))


def corpus_texts() -> dict[str, str]:
    """Every labelled text, by document id (the corpus's and the held-out sets'; an id names one text)."""
    return _texts(_state(*_text_files()))[0]


def text_folder(doc: str) -> str:
    """The folder, from the repository's root, that holds a document's text ("corpus/texts", "corpus/heldout/texts")."""
    folders = _texts(_state(*_text_files()))[1]
    if doc not in folders:
        raise ValueError(f"no labelled text {doc!r} under corpus/")
    return folders[doc]


@usage.remembered(maxsize=2)
def _texts(state) -> tuple[dict[str, str], dict[str, str]]:
    texts, folders = {}, {}
    for path in _text_files():
        folder = path.parent.relative_to(paths.ROOT).as_posix()
        if path.stem in texts:
            raise ValueError(f"document id {path.stem!r} names two texts, in {folders[path.stem]} and {folder}: "
                             "rename one")
        texts[path.stem], folders[path.stem] = path.read_text(encoding="utf-8"), folder
    return texts, folders


def corpus_items() -> list[CorpusItem]:
    """Every labelled quantity of the corpus (corpus/gold.csv), in file order: exercises 1 and 2 draw from these."""
    return _gold(_state(CORPUS / "gold.csv"))


def labelled_items() -> list[CorpusItem]:
    """Every labelled quantity of every folder in LABELLED: exercises 3 and 4 name theirs among these."""
    return [item for _, gold in LABELLED for item in _gold(_state(CORPUS / gold))]


@usage.remembered(maxsize=8)
def _gold(state) -> list[CorpusItem]:
    with open(state[0][0], encoding="utf-8", newline="") as handle:
        return [CorpusItem(row["doc"], int(row["start"]), int(row["end"]), row["quote"], row["reading"],
                           float(row["value"]), float(row["value_to"]) if row["value_to"] else None, row["unit"])
                for row in csv.DictReader(handle) if row["kind"] in QUANTITY_KINDS]


def _item(item_id: str) -> CorpusItem:
    doc, _, start = str(item_id).partition(":")
    found = _items_by_id(_state(*(CORPUS / gold for _, gold in LABELLED))).get(f"{doc}:{start}")
    if found is None:
        raise ValueError(f"no labelled number {item_id!r} in corpus/gold.csv (nor in the held-out gold files): write it "
                         "as document:offset, e.g. 'mj22:529' (python -m factcheck workshop --variant NAME picks them)")
    return found


@usage.remembered(maxsize=2)
def _items_by_id(state) -> dict[str, CorpusItem]:
    """labelled_items by id ("doc:start"), the first of an id (as a search in file order finds it)."""
    found: dict[str, CorpusItem] = {}
    for item in labelled_items():
        found.setdefault(item.id, item)
    return found


# ---- exercise 1 ----------------------------------------------------------------------------

def corpus_anchor_task(item_id: str):
    """The anchoring task for a number of the corpus: its quote, its sentence, its article."""
    from factcheck.workshop.anchoring import AnchorTask, sentence_around

    item = _item(item_id)
    text = corpus_texts()[item.doc]
    task = AnchorTask(f"corpus:{item.id}", item.doc, f"{item.doc}.txt", item.quote,
                      text[slice(*sentence_around(text, item.start, item.end))], text, folder=text_folder(item.doc))
    if task._offsets != (item.start, item.end):
        raise ValueError(f"corpus item {item_id!r}: its sentence does not single out the quote; pick another")
    return task


def anchor_candidates() -> list[CorpusItem]:
    """Numbers whose sentence singles out their quote (the task would mislead otherwise)."""
    return list(_anchor_candidates(_state(CORPUS / "gold.csv", *_text_files())))


@usage.remembered(maxsize=2)
def _anchor_candidates(state) -> tuple[CorpusItem, ...]:
    found = []
    for item in corpus_items():
        try:
            corpus_anchor_task(item.id)
        except ValueError:
            continue
        found.append(item)
    return tuple(found)


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
    """Numbers whose finder reading is the gold's and which have an interval under the rules."""
    return list(_hedge_candidates(_state(CORPUS / "gold.csv", *_text_files())))


@usage.remembered(maxsize=2)
def _hedge_candidates(state) -> tuple[CorpusItem, ...]:
    found = []
    for item in corpus_items():
        try:
            corpus_hedge_questions([item.id])
        except ValueError:
            continue
        found.append(item)
    return tuple(found)


# ---- exercises 3 and 4: the item file -------------------------------------------------------

WORKSHOP_ITEMS = CORPUS / "workshop.yml"
PAIR_LABELS = ("definition", "period", "population", "unit")   # the reasons of exercise 4, in its order
UNSTATED_SPAN = "not stated"
PAIRS_PER_VARIANT = 3


def workshop_items() -> dict:
    """corpus/workshop.yml: the share items, the labelled figures and the pairs of exercise 4."""
    return _yaml(_state(WORKSHOP_ITEMS))


@usage.remembered(maxsize=4)
def _yaml(state) -> dict:
    import yaml

    with open(state[0][0], encoding="utf-8") as handle:
        return yaml.safe_load(handle)


# A full stop that ends an abbreviation, not a sentence: "U.S.", "Sept. 30", "Mr. Trump".
ABBREVIATION = re.compile(r"(?:\b(?:[A-Za-z]\.){2,}|\b[A-Z]\.|\b(?:Jan|Feb|Aug|Sept|Oct|Nov|Dec|Mr|Mrs|Ms|Dr|St|Gov|Sen|Rep)\.)$")


def corpus_sentence(text: str, start: int, end: int) -> str:
    """The sentence holding text[start:end], not cut at an abbreviation (the cards of exercises 3 and 4 need
    the whole sentence: "During fiscal year 2022, a 12-month span between Oct. 2021 and Sept. 30, 2022, ...")."""
    from factcheck.workshop.anchoring import sentence_around

    low, high = sentence_around(text, start, end)
    while low > 1 and ABBREVIATION.search(text[:low].rstrip()):
        low = sentence_around(text, low - 2, low - 1)[0]
    while high < len(text) and ABBREVIATION.search(text[:high]):
        high = sentence_around(text, high + 1, high + 2)[1]
    return text[low:high]


def _words_in_text(words: str, doc: str, where: str, texts: dict[str, str] | None = None) -> None:
    if str(words) not in (texts or corpus_texts())[doc]:
        raise ValueError(f"corpus/workshop.yml, {where}: the words {words!r} are not in {text_folder(doc)}/{doc}.txt")


# ---- exercise 3 ----------------------------------------------------------------------------

def _corpus_row(name: str, spec: dict) -> dict:
    """A labelled number as a row the report's checks can read: gold's value, the file's hedge word, and the
    precision the number finder reads from the printed digits, as it drafts the report's own claims (the methods
    page's "How a number is read"): "366,470" exact, "25,000" to the thousand, "80%" to the whole percent."""
    from factcheck.ledger.hedges import interval_for, shape_of

    item = _item(spec["at"])
    hedge = str(spec.get("hedge", ""))
    if hedge.lower() not in item.quote.lower() or shape_of(hedge) != item.reading:
        raise ValueError(f"corpus/workshop.yml: {spec['at']} (“{item.quote}”) is read '{item.reading}' in gold.csv; "
                         f"the hedge word {hedge!r} must be in its quote and read the same")
    precision = read_precision(item)
    interval = interval_for(item.value, hedge=hedge, precision=precision, unit=item.unit, value_to=item.value_to)
    return {"claim_id": name, "doc_id": item.doc, "start": item.start, "end": item.end, "quote": item.quote,
            "value": item.value, "value_to": item.value_to, "hedge": hedge, "precision": precision,
            "unit": item.unit, "low": interval.low, "high": interval.high, "bounds": interval.bounds, "words": "",
            "interval": interval}


def read_precision(item: CorpusItem) -> float:
    """The precision the number finder reads for a labelled number: that of the first mention its quote holds, the
    article read whole, as `new-article` reads a participant's."""
    found = [m for m in _mentions_of(corpus_texts()[item.doc]) if m.start < item.end and item.start < m.end]
    if not found:
        raise ValueError(f"corpus/workshop.yml: the number finder reads no number in {item.id} (“{item.quote}”)")
    return found[0].precision


@functools.lru_cache(maxsize=64)
def _mentions_of(text: str) -> tuple:
    from factcheck.ledger.mentions import find_mentions

    return tuple(find_mentions(text))


class _Rows:
    """Just enough of a ledger for factcheck.checks.verdicts: claim(id) gives the row."""

    def __init__(self, rows: dict[str, dict]):
        self.rows = rows

    def claim(self, claim_id: str) -> dict:
        return self.rows[claim_id]


def _workshop_item(kind: str, item_id: str, picks: str):
    """corpus/workshop.yml's item of that kind ('shares', 'pairs'), or an error naming the ones there are."""
    items = workshop_items()[kind]
    if item_id not in items:
        noun = "share item" if kind == "shares" else "pair"
        raise ValueError(f"no {noun} {item_id!r} in corpus/workshop.yml: choose one of {', '.join(items)} "
                         f"(python -m factcheck workshop --variant NAME picks {picks})")
    return items[item_id]


def _share_spec(item_id: str) -> dict:
    return _workshop_item("shares", item_id, "one")


def _share_outcome(item_id: str):
    """The outcome the report's machinery gives the item: the formula on the counts, tested against the printed figure."""
    from factcheck.checks.definitions import NAMED_DOMAINS, Check
    from factcheck.checks.verdicts import evaluate_check

    spec = _share_spec(item_id)
    rows = {name: _corpus_row(name, count) for name, count in spec["counts"].items()}
    rows["stated"] = _corpus_row("stated", spec["stated"])
    check = Check(id=f"corpus:{item_id}", title=item_id, operation="formula", inputs={n: n for n in spec["counts"]},
                  formula=spec["formula"], tests="stated", reason=None, domain=NAMED_DOMAINS[spec["domain"]])
    return evaluate_check(check, _Rows(rows)), rows


def corpus_share_question(item_id: str):
    """Exercise 3 on an article of the corpus: its counts (A, B), and the figure it prints from them."""
    from factcheck.workshop.anchoring import sentence_around
    from factcheck.workshop.shares import Count, ShareQuestion, _printed

    spec = _share_spec(item_id)
    _, rows = _share_outcome(item_id)
    stated = rows["stated"]
    text = corpus_texts()[stated["doc_id"]]
    _words_in_text(spec["words"], stated["doc_id"], f"shares: {item_id}")

    def sentence(row):
        return corpus_sentence(text, row["start"], row["end"])

    counts = tuple(Count(name, rows[name]["quote"], sentence(rows[name]), rows[name]["value"], rows[name]["interval"],
                         rows[name]["hedge"], rows[name]["precision"], rows[name]["unit"]) for name in spec["counts"])
    return ShareQuestion(f"corpus:{item_id}", counts, stated["quote"], sentence(stated), stated["value"],
                         readings_from=corpus_share_readings, tested=_printed(stated, stated["interval"]))


def corpus_share_readings(question) -> list:
    """The one reading of a corpus item: the formula on the printed counts, its outcome and the rating the scale gives it.

    No desk has reviewed these articles, so the rating is the one exercises.yml's ratings_by_outcome gives the
    outcome; the explanation is the report's own sentence for that outcome."""
    from factcheck.workshop.exercise_data import load_exercise_data
    from factcheck.workshop.shares import Reading

    item_id = question.check_id.removeprefix("corpus:")
    outcome, rows = _share_outcome(item_id)
    by_outcome = load_exercise_data()["ratings_by_outcome"]
    if outcome.verdict not in by_outcome:
        raise ValueError(f"corpus/workshop.yml, shares: {item_id}: the arithmetic is {outcome.verdict!r} "
                         f"({outcome.explanation}); choose counts it can test")
    return [Reading("the article's counts", _share_spec(item_id)["formula"], outcome.point, outcome.result,
                    outcome.verdict, by_outcome[outcome.verdict],
                    f"{outcome.explanation} The scale reads that outcome as '{by_outcome[outcome.verdict]}'.")]


# ---- exercise 4 ----------------------------------------------------------------------------

def _figure(name: str) -> dict:
    figures = workshop_items()["figures"]
    if name not in figures:
        raise ValueError(f"no figure {name!r} in corpus/workshop.yml")
    spec = figures[name]
    item = _item(spec["at"])
    texts = corpus_texts()
    for label in PAIR_LABELS:
        _words_in_text(spec[label]["words"], item.doc, f"figures: {name}: {label}", texts)
    return {"name": name, "item": item, **{label: spec[label] for label in PAIR_LABELS}}


def pair_differences(a: dict, b: dict) -> frozenset[str]:
    """The kinds of difference between two labelled figures, by the one rule of corpus/workshop.yml.

    definition, population, unit: the labels differ. period: the spans differ (a fiscal year against eight
    months), or either is not stated; the same span at two dates is a change over time, not a reason."""
    found = {label for label in ("definition", "population", "unit") if a[label]["is"] != b[label]["is"]}
    spans = (a["period"]["span"], b["period"]["span"])
    if spans[0] != spans[1] or UNSTATED_SPAN in spans:
        found.add("period")
    return frozenset(found)


def _pair_spec(pair_id: str) -> list[str]:
    return _workshop_item("pairs", pair_id, "three")


def pair_reading(pair_id: str):
    """The expected answer to a corpus pair, from its labels, with the labels and their words as the reason."""
    from factcheck.workshop.comparability import PairReading

    a, b = (_figure(name) for name in _pair_spec(pair_id))
    reasons = pair_differences(a, b)
    parts = []
    for label in PAIR_LABELS:
        if label == "period":
            said = [f"{f['period']['when']}, {f['period']['span']} (“{f['period']['words']}”)" for f in (a, b)]
        else:
            said = [f"{f[label]['is']} (“{f[label]['words']}”)" for f in (a, b)]
        parts.append(f"{label}: {said[0]} against {said[1]}" + (" (a reason)" if label in reasons else " (no reason)"))
    return PairReading(not reasons, reasons, "; ".join(parts) + ".", said_by="From the labels in corpus/workshop.yml")


def pair_readings() -> dict:
    """Every pair's expected answer, by pair id (read again when the item file, a gold file or a text changes)."""
    return dict(_pair_readings(_state(WORKSHOP_ITEMS, *(CORPUS / gold for _, gold in LABELLED), *_text_files())))


@usage.remembered(maxsize=2)
def _pair_readings(state) -> tuple:
    return tuple((pair, pair_reading(pair)) for pair in sorted(workshop_items()["pairs"]))


def _question_reading(question):
    return pair_reading(question.check_id.removeprefix("corpus:"))


def corpus_pair_questions(pair_ids: list[str]) -> list:
    """Exercise 4 on the corpus: each pair's two figures, their sentences and their articles' dates (no labels)."""
    from factcheck.workshop.anchoring import sentence_around
    from factcheck.workshop.comparability import CORPUS_COLUMNS, PairQuestion

    dates = {t["id"]: str(t["date"]) for t in _sources()}
    questions = []
    for pair_id in pair_ids:
        rows = []
        for name in _pair_spec(pair_id):
            item = _figure(name)["item"]
            text = corpus_texts()[item.doc]
            rows.append({"doc_id": item.doc, "quote": item.quote, "value": item.value, "published": dates[item.doc],
                         "sentence": corpus_sentence(text, item.start, item.end)})
        questions.append(PairQuestion(f"corpus:{pair_id}", tuple(rows), columns=CORPUS_COLUMNS,
                                      reading_from=_question_reading))
    return questions


def _sources() -> list[dict]:
    return _yaml(_state(CORPUS / "sources.yml"))["texts"]


# ---- a participant's variant -----------------------------------------------------------------

def variant_seed(name: str) -> str:
    """The seed a participant's name gives: the name as written, less spaces around it and any invisible character
    copied from an e-mail (a zero-width space: "ana\u200b" drew another variant than "ana", unseen). Capitals count
    ("Ana" and "ana" are two variants, as they always were: a class under way keeps its key), and the key and
    --help say so."""
    import unicodedata

    return "".join(ch for ch in str(name) if unicodedata.category(ch) != "Cf").strip()


def variant_parameters(seed: str) -> dict[str, dict]:
    """The papermill parameters of one participant's variant, by template name. The same seed, the same variant."""
    seed = variant_seed(seed)
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
    # Drawn after exercises 1 and 2, so a seed's first two exercises are what they were before 3 and 4 had variants.
    items = workshop_items()
    share = _draw_share(chance, seed, sorted(items["shares"]))
    return {"anchor-a-claim": {"corpus_item": anchor.id},
            "hedge-to-interval": {"corpus_items": [i.id for i in picked]},
            "percentage-vs-counts": {"corpus_item": share},
            "comparable-or-not": {"corpus_pairs": _draw_pairs(chance, seed, sorted(items["pairs"]))}}


SEAT = re.compile(r"(\d+)$")


def _draw_share(chance: random.Random, seed: str, share_ids: list[str]) -> str:
    """A name draws at random; a numbered seed ("participant-7", "7") takes the seat after its neighbour's, so
    a class numbered in seating order gets as many different items as the pool holds, and neighbours never share."""
    drawn = chance.choice(share_ids)  # drawn in every case, so the pairs drawn next are the same either way
    seat = SEAT.search(seed)
    if seat is None:
        return drawn
    start = random.Random(f"factcheck-share:{seed[:seat.start()]}").randrange(len(share_ids))
    return share_ids[(start + int(seat.group(1))) % len(share_ids)]


def _draw_pairs(chance: random.Random, seed: str, pair_ids: list[str]) -> list[str]:
    """One comparable pair and two that are not, for different reasons, in a shuffled order.

    A name draws at random. A numbered seed takes its seat in two fixed rounds (`_pair_seats`): the comparable pairs
    in one, the others in a second arranged so that the two a seat takes differ in their reasons; seats side by side
    share no pair, and two seats closer than the number of other pairs share at most one."""
    every = pair_readings()
    readings = {p: every[p] for p in pair_ids}
    comparable = [p for p in pair_ids if readings[p].comparable]
    others = [p for p in pair_ids if not readings[p].comparable]
    chance.shuffle(others)
    picked = [chance.choice(comparable)]
    for pair in others:
        if readings[pair].reasons not in {readings[p].reasons for p in picked[1:]}:
            picked.append(pair)
        if len(picked) == PAIRS_PER_VARIANT:
            break
    seat = SEAT.search(seed)
    if seat is not None:
        round_of_comparable, round_of_others, stride = _pair_seats(seed[:seat.start()], readings)
        number = int(seat.group(1))
        picked = [round_of_comparable[number % len(round_of_comparable)],
                  round_of_others[number % len(round_of_others)],
                  round_of_others[(number + stride) % len(round_of_others)]]
    chance.shuffle(picked)
    return picked


def _pair_seats(prefix: str, readings: dict) -> tuple[list[str], list[str], int]:
    """The two rounds numbered seeds of one prefix sit in, and the stride between a seat's two other pairs.

    The other pairs go round a cycle in which each is `stride` places from a pair with different reasons: laid out
    by reason, most common first, on every other place of the cycle (the way no two neighbours in a ring get the same
    colour), which works while no one reason holds more than half of them."""
    chance = random.Random(f"factcheck-pairs:{prefix}")
    comparable = sorted(p for p, r in readings.items() if r.comparable)
    chance.shuffle(comparable)
    groups: dict[frozenset, list[str]] = {}
    for pair in sorted(p for p, r in readings.items() if not r.comparable):
        groups.setdefault(readings[pair].reasons, []).append(pair)
    for members in groups.values():
        chance.shuffle(members)
    laid = [p for _, members in sorted(groups.items(), key=lambda g: (-len(g[1]), sorted(g[0]))) for p in members]
    count = len(laid)
    stride = next((k for k in range(count // 2 - 1, 1, -1) if math.gcd(k, count) == 1), 1)
    ring = [(i * stride) % count for i in range(count)]       # the places of the cycle, one stride apart
    slots = ring[0::2] + ring[1::2]                            # every other place first, then the rest
    others = [""] * count
    for place, pair in zip(slots, laid):
        others[place] = pair
    if count < 3 or any(readings[others[i]].reasons == readings[others[(i + stride) % count]].reasons
                        for i in range(count)):
        raise ValueError("corpus/workshop.yml: the pairs that are not comparable cannot be seated so that a seat's two "
                         "differ in their reasons (one reason holds more than half of them): add pairs of other kinds")
    return comparable, others, stride


def variant_answers(seed: str, rules=None) -> dict:
    """What the key prints for a variant: the offsets, and each interval with its rule."""
    from factcheck.ledger.hedges import PRESETS
    from factcheck.workshop.hedging import report_interval

    rules = rules or PRESETS["standard"]
    parameters = variant_parameters(seed)
    task = corpus_anchor_task(parameters["anchor-a-claim"]["corpus_item"])
    questions = corpus_hedge_questions(parameters["hedge-to-interval"]["corpus_items"])
    share = corpus_share_question(parameters["percentage-vs-counts"]["corpus_item"])
    pairs = corpus_pair_questions(parameters["comparable-or-not"]["corpus_pairs"])
    return {"seed": seed, "anchor": (task, task._offsets),
            "intervals": [(q, report_interval(q, rules), q.shape) for q in questions],
            "share": (share, corpus_share_readings(share)[0]),
            "pairs": [(q, pair_reading(q.check_id.removeprefix("corpus:"))) for q in pairs]}
