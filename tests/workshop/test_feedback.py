"""Feedback reads the same as text and as HTML: a symbol and a word for every status, never colour alone."""
from factcheck.workshop.feedback import (NOT_ANSWERED, NOT_YET, RIGHT, SYMBOLS, Feedback, is_placeholder, not_answered,
                                         not_yet, number, right)


def test_numbers_lose_float_noise_and_keep_thousands_separators():
    assert number(6000 * 1.1) == "6,600"
    assert number(1.6 - 0.08000000000000002) == "1.52"
    assert number(float("inf")) == "∞"
    assert number(99.41679626749611) == "99.4168"


def test_every_status_shows_its_symbol_and_its_word_in_text_and_html():
    feedback = Feedback([right("q1", "Because."), not_yet("q2", "Why not."), not_answered("q3")])
    text, html = repr(feedback), feedback._repr_html_()
    for status in (RIGHT, NOT_YET, NOT_ANSWERED):
        assert f"{SYMBOLS[status]} {status}" in text
        assert f"{SYMBOLS[status]} {status}</strong>" in html
    assert text.splitlines()[1] == "✘ not yet: q2. Why not."
    assert feedback.statuses == [RIGHT, NOT_YET, NOT_ANSWERED] and not feedback.all_right


def test_only_the_ellipsis_is_the_placeholder():
    assert is_placeholder(...)
    assert not any(is_placeholder(x) for x in (None, 0, "", "...", []))
