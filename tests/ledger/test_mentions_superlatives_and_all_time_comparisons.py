"""Quantity words (issue 23, the misses of corpus/heldout5/ as general rules): a superlative by its shape, attached to
an amount (the -est or "most" form of an adjective of amount; of an adjective that sizes a change, before the change;
"next closest"), an all-time comparison ("than ever before") and a qualified record ("(likely record) high"). The
validator accepts every word the finder reads. Each sentence is written here, none copied from the labelled sets."""
import pytest

from factcheck.ledger import vocabulary
from factcheck.ledger.mentions import find_mentions
from factcheck.ledger.words import WORD_RULES


def words(text):
    return [(m.text, m.words) for m in find_mentions(text, words=True) if m.kind == "word"]


@pytest.mark.parametrize("adjective, written", [
    ("busy", "busiest"), ("big", "biggest"), ("large", "largest"), ("few", "fewest"), ("long", "longest"),
    ("deadly", "deadliest"), ("narrow", "narrowest"), ("gentle", "gentlest"), ("rapid", "most rapid"),
    ("dramatic", "most dramatic"), ("thin", "thinnest"), ("cheap", "cheapest"),
])
def test_superlative_makes_the_form_english_writes(adjective, written):
    assert vocabulary.superlative(adjective) == written


@pytest.mark.parametrize("text, expected", [
    ("The downtown station is the busiest of the eleven on the line.", [("the busiest", "busiest")]),
    ("It was the county's longest hiring freeze in memory.", [("longest", "longest")]),
    ("Last winter was the deadliest for climbers.", [("the deadliest", "deadliest")]),
    ("Sales showed the sharpest quarterly drop since 2009.", [("the sharpest quarterly drop", "sharpest")]),
    ("Rents saw the most dramatic rise in the state.", [("the most dramatic rise", "most dramatic")]),
    ("The next closest district in enrollment is Millbrook.", [("The next closest", "next closest")]),
    ("Oak County is the next-closest by turnout.", [("the next-closest", "next-closest")]),
    ("Elm is the closest in terms of spending.", [("closest", "closest")]),
])
def test_a_superlative_of_an_amount_is_a_quantity_word(text, expected):
    assert words(text) == expected


@pytest.mark.parametrize("text", [
    "She is the mayor's closest adviser.",           # nearness without a rank by amount
    "He was the sharpest critic of the plan.",       # a change-size word without a change
    "Ruiz is the strongest candidate.",
])
def test_a_superlative_of_no_amount_is_not_a_quantity_word(text):
    assert words(text) == []


@pytest.mark.parametrize("text, expected", [
    ("More families applied for aid than ever before.", [("than ever before", "than ever before")]),
    ("Rainfall in June was the heaviest since records began.",
     [("the heaviest", "heaviest"), ("since records began", "since records began")]),
    ("It was the warmest night ever recorded in the city.", [("ever recorded", "ever recorded")]),
    ("The crossing saw a (likely record) high number of trucks.", [("(likely record) high number", "record")]),
    ("Bookings hit a possible record in August.", [("possible record", "record")]),
])
def test_an_all_time_comparison_or_a_qualified_record_is_a_record(text, expected):
    assert words(text) == expected


def test_a_comparison_of_a_quality_with_ever_is_no_record():
    assert words("Clean water is more important than ever.") == []
    assert words("More cases were filed than ever.") == [("than ever", "than ever")]


def test_the_validator_reads_every_new_word_the_finder_reads():
    families = [*vocabulary.MAGNITUDE_SUPERLATIVES, *vocabulary.CHANGE_SIZE_SUPERLATIVES,
                *vocabulary.ALL_TIME_COMPARISONS, *vocabulary.NEARNESS_SUPERLATIVES,
                *(f"next {w}" for w in vocabulary.NEARNESS_SUPERLATIVES)]
    assert all(word in WORD_RULES and WORD_RULES[word].interval is None for word in families)  # conditions people judge
    for superlative in vocabulary.MAGNITUDE_SUPERLATIVES:
        [(quote, key)] = words(f"That was the {superlative} of the year.")
        assert key == superlative and key in quote.lower() and key in WORD_RULES
    for superlative in vocabulary.CHANGE_SIZE_SUPERLATIVES:
        [(quote, key)] = words(f"It was the {superlative} decline on file.")
        assert key == superlative and key in quote.lower() and key in WORD_RULES
