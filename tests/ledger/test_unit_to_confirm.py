"""factcheck.ledger.mentions.unit_to_confirm: the finder says which units are its guesses. A symbol, the number's own
noun (a rate's too) and a degree sign are read, not guessed; a unit taken from a verb, a heading, the sentence or a
number before is a guess, and so is no unit at all. Sentences written for this file."""
import pytest

from factcheck.ledger.mentions import find_mentions, unit_to_confirm


def marks(text):
    return {m.text: (m.unit, unit_to_confirm(text, m)) for m in find_mentions(text, words=True) if m.is_quantity
            and m.kind != "word"}


@pytest.mark.parametrize("text, number, unit", [
    ("The county paid $4.2 million for the land.", "$4.2 million", "usd"),
    ("About 31% of the residents rent.", "31%", "percent"),
    ("Agents held 1,406 migrants at the station.", "1,406", "migrants"),
    ("Farms harvested 171 bushels per acre this fall.", "171", "bushels per acre"),
    ("Highs reached 97°F on Sunday.", "97", "degrees"),
    ("The hearing lasted three hours.", "three", "hours"),
])
def test_a_unit_read_from_the_numbers_own_words_is_not_marked(text, number, unit):
    assert marks(text)[number] == (unit, False)


def test_a_unit_taken_from_a_verb_or_the_sentence_is_marked():
    found = marks("Officers arrested 2,000 people in March. In April the total rose to 2,450.")
    assert found["2,000"] == ("people", False)
    assert found["2,450"][1] is True


def test_a_unit_taken_from_a_list_lead_in_is_marked():
    found = marks("Evictions filed by county:\n- Marion: 1,204\n- Lake: 877\n")
    assert found["1,204"] == ("evictions", True)


def test_a_number_with_no_unit_is_marked():
    assert marks("The tally stood at 5,500 on Friday.")["5,500"] == ("", True)


def test_a_symbols_unit_given_to_a_bare_number_by_the_sentence_is_marked():
    found = marks("Fees rose to $40 last year and to 45 this year.")
    assert found["$40"] == ("usd", False)
    assert found["45"] == ("usd", True)
