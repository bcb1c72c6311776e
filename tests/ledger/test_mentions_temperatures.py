"""Temperatures (factcheck/ledger/mentions.py, TEMPERATURE_WORDS): a degree sign or a scale's lone capital letter after a
number is a temperature in degrees, as "102 degrees Fahrenheit" reads; a capital letter with no word of heat or weather
around it is not. Sentences written for this file."""
from tests.mentions_found import quantities


def test_a_degree_sign_or_a_scale_letter_after_a_number_is_degrees():
    for text in ("Highs reached 91°F on Monday.", "Lows of 4 °C are expected.",
                 "It hit 44.1 C (111.4 F) in the shade, the heat record for June."):
        assert {m.unit for m in quantities(text)} == {"degrees"}, text


def test_a_capital_letter_after_a_number_with_no_word_of_heat_is_no_temperature():
    assert [m.unit for m in quantities("The district counted 12 C students this term.")] != ["degrees"]
