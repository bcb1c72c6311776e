"""The methods page's tables in words: each rule said as a reader says it, with an example, never a name from the code.

The ledger keeps the rules as data (factcheck.ledger.hedges, factcheck.ledger.words) with their names and
interval notation for the data package and the workshop; the methods page reads them through these.
"""
from __future__ import annotations

import pandas as pd

from factcheck.ledger.hedges import HEDGES, HedgeRules, as_written, interval_for
from factcheck.ledger.mentions import parse_number
from factcheck.report.chapters import BADGES
from factcheck.report.readable import figure
from factcheck.report.verdict_words import between


def _share(fraction: float) -> str:
    return f"{figure(100 * fraction)}%"


def shape_words(shape: str, rules: HedgeRules) -> str:
    """What a kind of hedge word does to the figure it qualifies, in words, with the rules' tolerances."""
    return {
        "rounding": "the figure stands for everything that rounds to it, as its digits are read (above); an exact "
                    "count stands for itself",
        "around": f"up to {_share(rules.about)} either side of the figure (at least its rounding), both ends included",
        "just_below": f"below the figure, by up to {_share(rules.almost)} of it",
        "just_above": f"above the figure, by up to {_share(rules.a_little_more)} of it",
        "above": "anything above the figure (for a percentage, up to 100%)",
        "at_least": "the figure or anything above it (for a percentage, up to 100%)",
        "below": "anything from zero up to, but not including, the figure",
        "at_most": "anything from zero up to the figure, the figure included",
        "range": "from the first figure to the second, each end widened by its rounding",
        "order_of_magnitude": "from two of the named unit to ten of them: “tens of thousands” is 20,000 up to, "
                              "but not including, 100,000",
    }[shape]


RANGE_WORDS = {"between": "between … and …", "-": "…–… (a dash)", "to": "… to …"}


def hedge_as_listed(word: str, shape: str) -> str:
    """A hedge word where a reporter writes it, "…" standing for the figure: "about …", "… or more"."""
    if shape == "order_of_magnitude":
        return word  # "tens of", "dozens": the example says what they count
    listed = RANGE_WORDS.get(word, f"… {word} …") if shape == "range" else as_written(word, "…")
    # "…" never starts or ends a line alone, nor "…-plus" breaks at its hyphen
    return listed.replace("… ", "…\u00a0").replace(" …", "\u00a0…").replace("…-", "…\u2011")


def hedge_table(rules: HedgeRules, example: str = "6.6", range_example: tuple[float, float] = (40.0, 55.0)) -> pd.DataFrame:
    """The hedge words read alike, one row per reading, and what a printed 6.6 (or 40 to 55 percent) then means: a
    decimal, read to its last digit as the finder reads it (the rounding row), with no cap, so "more than 6.6" and
    "at least 6.6" read apart (under a percentage's cap at 100% both read "between 66% and 100%").

    A row's example uses its first word; the words are listed where a reporter writes them ("… or more"), so a
    reader meets each reading once rather than 150 rows of one rule.
    """
    words_by_shape: dict[str, list[str]] = {}
    for word, shape in HEDGES.items():
        words_by_shape.setdefault(shape, []).append(word)
    rows = []
    for shape, words in words_by_shape.items():
        first = words[0]
        if shape == "range":
            low, high = range_example
            worked = interval_for(low, hedge=first, precision=1, unit="percent", value_to=high, rules=rules)
            said, unit = (f"between {low:g} and {high:g}%" if first == "between" else f"{low:g}–{high:g}%"), "percent"
        elif shape == "order_of_magnitude":   # "tens of thousands", as the ledger records it (10,000)
            worked = interval_for(10_000.0, hedge=first, precision=1, unit="", rules=rules)
            said, unit = f"{first} thousands", ""
        else:
            value, precision = parse_number(example)
            worked = interval_for(value, hedge=first, precision=precision, unit="", rules=rules)
            said, unit = as_written(first, example), ""
        reads = between(worked, unit)
        shown = f"“{said}” reads as {reads}"
        listed = "; ".join(hedge_as_listed(word, shape) for word in words if word)
        rows.append({"words": listed or "(no hedge word)", "how we read them": shape_words(shape, rules),
                     "example": shown})
    return pd.DataFrame(rows)


KINDS = {"count": ("a count", ""), "share": ("a share", "percent"), "decline": ("a fall", "percent"),
         "change": ("a change", "percent")}


def _spelling(words: str) -> str:
    """One key for the ways a phrase is written: "high-water mark", "high water mark", "high watermark"."""
    return words.lower().replace("’", "'").replace("-", "").replace(" ", "")


def _or(items: list[str]) -> str:
    return items[0] if len(items) == 1 else f"{', '.join(items[:-1])} or {items[-1]}"


def _listed(phrases: list[str]) -> str:
    """Phrases for a reader: a family written as every pairing of some first words with some last words
    ("large number", "big amount", ...) is said once as the pairing ("large or big, followed by number or amount"), the rest one by one."""
    endings: dict[str, list[str]] = {}
    for phrase in phrases:
        first, _, last = phrase.rpartition(" ")
        endings.setdefault(first, []).append(last)
    firsts_by_endings: dict[tuple[str, ...], list[str]] = {}
    for first, ends in endings.items():
        if first and len(ends) > 1:
            firsts_by_endings.setdefault(tuple(sorted(ends)), []).append(first)
    said: list[str] = []
    for phrase in phrases:
        first, _, _ = phrase.rpartition(" ")
        firsts = firsts_by_endings.get(tuple(sorted(endings[first])), []) if first else []
        if len(firsts) < 2:
            said.append(phrase)
        elif (family := f"{_or(firsts)}, followed by {_or(endings[firsts[0]])}") not in said:
            said.append(family)
    return "; ".join(said)


def words_table() -> pd.DataFrame:
    """The quantity words ("none", "most", "dipped") and the range each stands for, in words.

    Words read alike share one row, and a phrase's other spellings (hyphen, space, curly apostrophe) are not
    listed again: the table is for a reader, who needs each reading once, not the finder's list of spellings.
    """
    from factcheck.ledger.words import WORD_RULES, pattern_rules

    rows: dict[tuple[str, str, str], list[str]] = {}
    # the words known by their shape (ranks, comparisons with the past) come last, said by their examples
    for words, rule in [*WORD_RULES.items(), *pattern_rules()]:
        kind, unit = KINDS.get(rule.kind, (rule.kind.replace("_", " "), ""))
        reads = "a condition, not a range" if rule.interval is None else between(rule.interval, unit)
        spellings = rows.setdefault((kind, reads, rule.meaning), [])
        if _spelling(words) not in map(_spelling, spellings):
            spellings.append(words)
    return pd.DataFrame([{"words": _listed(spellings), "what they measure": kind, "read as": reads,
                          "meaning": meaning} for (kind, reads, meaning), spellings in rows.items()],
                        columns=["words", "what they measure", "read as", "meaning"])


def sensitivity_table(changes: pd.DataFrame, titles: dict[str, str]) -> pd.DataFrame:
    """The outcomes that change under other hedge rules, named by the check's question and said in words."""
    return pd.DataFrame([{"rules": _rules_name(row["rules"]), "check": titles.get(row["check_id"], row["title"]),
                          "under the standard rules": BADGES[row["standard"]],
                          "under these rules": BADGES[row["verdict"]]} for _, row in changes.iterrows()],
                        columns=["rules", "check", "under the standard rules", "under these rules"])


def _rules_name(name: str) -> str:
    """A preset by its name; a set of tolerances made on the spot ("standard+about=0.01,...") as what it is."""
    return name if name.isalpha() else "extreme (almost no room for hedge words)"


def repeated_table(repeated: pd.DataFrame, titles: dict[str, str]) -> pd.DataFrame:
    """The checks whose sum uses one figure twice, by their question, with their outcome in words."""
    return pd.DataFrame([{"check": titles[row["check_id"]], "outcome": BADGES[row["verdict"]]}
                         for _, row in repeated.iterrows()], columns=["check", "outcome"])



# Phrases whose default reading the methods page states, one of each kind (read by the finder, as every claim's is)
READING_EXAMPLES = {"rounded": "1,800 cases", "count": "2,572 people", "decimal": "1.6 million people",
                    "money": "$250", "cents": "$2.50", "percent": "66 percent"}


def default_reading_text() -> str:
    """How a number with no hedge word is read by default, in words (plain text: markdown_text escapes it for a page),
    each example read by the finder that drafts every claim and computed as a claim's range is, so the page says what
    the ledger does."""
    from factcheck.ledger.mentions import find_mentions, ledger_unit

    said = {}
    for kind, phrase in READING_EXAMPLES.items():
        mention = find_mentions(phrase)[0]
        unit = ledger_unit(mention.unit)
        said[kind] = f"“{phrase}” is {between(interval_for(mention.value, precision=mention.precision, unit=unit), unit)}"
    return ("A number with no hedge word is read by its digits. A whole number that ends in two or more zeros was "
            "probably rounded, so it stands for everything that rounds to it at its last non-zero digit: "
            f"{said['rounded']}. Any other whole number of things counted stands for itself: {said['count']}. A "
            f"decimal was rounded at its last digit ({said['decimal']}), a sum of money in whole units at its last "
            f"non-zero digit and one with cents at its last digit ({said['money']}; {said['cents']}), and a "
            f"percentage at least to the whole percent: {said['percent']}. Numbers written in words, sums in cents "
            "alone, factors (“1.5 times”) and the ends of a range have readings of their own, which the claims show. "
            "Where we read a number otherwise than the printed "
            "number alone, the lists and tables of claims and each check's working give both readings and our "
            "reason.")
