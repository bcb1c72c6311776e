"""The finder's vocabulary (factcheck/ledger/vocabulary.py): each family has its reading where a reading is due."""
import pytest

from factcheck.ledger import vocabulary
from factcheck.ledger.hedges import HEDGES, interval_for
from factcheck.ledger.mentions import find_mentions
from factcheck.ledger.words import WORD_RULES


def test_every_bounding_verb_is_a_hedge_read_above():
    assert vocabulary.HEDGE_VERBS and all(HEDGES[form] == "above" for form in vocabulary.HEDGE_VERBS)
    assert str(interval_for(450_000, hedge="exceed")) == str(interval_for(450_000, hedge="more than"))


def test_every_superlative_and_mark_has_a_reading_and_unanimity_is_all():
    for word in [*vocabulary.SIZE_SUPERLATIVES, *vocabulary.MEASURE_SUPERLATIVES, *vocabulary.EXTREME_MARKS]:
        assert word in WORD_RULES and WORD_RULES[word].interval is None  # a condition people judge
    rule = WORD_RULES["unanimous"]
    assert (rule.kind, rule.interval.low, rule.interval.high) == ("share", 100, 100)


@pytest.mark.parametrize("mark", sorted(vocabulary.EXTREME_MARKS))
def test_every_mark_is_found_as_written_singular_and_plural(mark):
    for written in (mark, mark + "s"):
        [word] = [m for m in find_mentions(f"Prices reached {written} in May.", words=True) if m.kind == "word"]
        assert word.words == mark and word.words in word.text.lower()


@pytest.mark.parametrize("verb", sorted(vocabulary.RECORD_VERBS))
def test_every_record_verb_makes_its_record_a_quantity_word(verb):
    [word] = [m for m in find_mentions(f"Enrollment {verb} the record.", words=True) if m.kind == "word"]
    assert word.words == "record"


def test_the_lists_are_disjoint_where_a_word_would_read_two_ways():
    assert not set(vocabulary.SIZE_SUPERLATIVES) & set(vocabulary.MEASURE_SUPERLATIVES)
    assert not vocabulary.COMPARATIVES & vocabulary.QUANTITY_NOUNS
    assert all(word.endswith("s") for word in vocabulary.S_SINGULARS)


def test_finder_v5_families_have_their_readings():
    """Each hedge written after a number has its shape in HEDGES; each new quantity-word family its rule; a vague span's
    plural unit is an order of magnitude; the measures that count themselves are measure nouns."""
    from factcheck.ledger.mentions import MEASURE_NOUNS

    assert all(HEDGES[words] == shape for words, shape in vocabulary.AFTER_HEDGES.items())
    assert HEDGES["plus"] == "above" and HEDGES["+"] == "at_least"   # "10,000-plus" is more than; "65+" includes 65
    for word in [*vocabulary.RANKING_WORDS, *vocabulary.RECORD_ADJECTIVES, *vocabulary.EXTREME_MARKS_BEFORE_A_NUMBER]:
        assert word in WORD_RULES and WORD_RULES[word].interval is None
    assert all(HEDGES[unit] == "order_of_magnitude" for unit in vocabulary.VAGUE_SPAN_UNITS)
    assert vocabulary.SELF_COUNTING_MEASURES <= MEASURE_NOUNS | {"populations"}
    assert "within" not in vocabulary.SPAN_PREPOSITIONS   # "within a year" is a deadline, not a span claimed


@pytest.mark.parametrize("word", sorted(vocabulary.RANKING_WORDS))
def test_every_ranking_word_is_found_before_a_ranked_noun(word):
    [found] = [m for m in find_mentions(f"Texas is the {word} destination.", words=True) if m.kind == "word"]
    assert found.words == word and word in found.text.lower()
