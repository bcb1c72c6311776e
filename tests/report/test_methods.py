"""factcheck/report/methods.py: the methods page's tables."""
from __future__ import annotations

from factcheck.ledger.hedges import HEDGES, HedgeRules, as_written
from factcheck.ledger.vocabulary import AFTER_HEDGES
from factcheck.report.methods import default_reading_text, hedge_table


def test_a_hedge_written_after_a_number_is_listed_after_it():
    table = hedge_table(HedgeRules())
    listed = [set(cell.replace("\u00a0", " ").replace("\u2011", "-").split("; ")) for cell in table["words"]]
    assert table.loc[table["words"].str.startswith("about\u00a0…"), "example"].item().startswith("“about 6.6” reads as between 6.27 and 6.93")
    for word in AFTER_HEDGES:
        if not word.startswith("at "):
            assert any(as_written(word, "…") in words for words in listed), word


def test_the_hedge_table_gives_each_reading_once_and_lists_every_hedge_word():
    table = hedge_table(HedgeRules())
    assert len(table) == len(set(HEDGES.values())), "one row per way of reading"
    assert table["how we read them"].is_unique
    cells = "; ".join(table["words"]).replace("\u00a0", " ").replace("\u2011", "-")
    for word, shape in HEDGES.items():
        if word and shape not in ("range", "order_of_magnitude"):
            assert as_written(word, "…") in cells.split("; "), word
    assert table.loc[table["words"].str.startswith("between"), "example"].item() == \
        "“between 40 and 55%” reads as between 39.5% and 55.5%"


def test_no_ellipsis_in_the_hedge_table_can_be_left_alone_at_a_line_break():
    listed = [words for cell in hedge_table(HedgeRules())["words"] for words in cell.split("; ")]
    assert "between\u00a0…\u00a0and\u00a0…" in listed
    assert not [words for words in listed if "… " in words or " …" in words or "…-" in words]
    assert "…\u2011plus" in listed


def test_as_written_puts_each_hedge_where_a_reporter_writes_it():
    assert as_written("", "100") == "100"
    assert as_written("nearly", "100") == "nearly 100"
    assert as_written("or more", "100") == "100 or more"
    assert as_written("plus", "10,000") == "10,000-plus"
    assert as_written("+", "65") == "65+"


def _phrases(cell: str) -> set[str]:
    """A words cell read back as a reader would: "a or b, followed by c or d" is a c, a d, b c and b d."""
    def options(words: str) -> list[str]:
        head, _, last = words.rpartition(" or ")
        return [*head.split(", "), last] if head else [words]

    phrases = set()
    for item in cell.split("; "):
        if ", followed by " in item:
            firsts, _, lasts = item.partition(", followed by ")
            phrases |= {f"{first} {last}" for first in options(firsts) for last in options(lasts)}
        else:
            phrases.add(item)
    return phrases


def _spelled_alike(words: str) -> str:
    return words.lower().replace("’", "'").replace("-", "").replace(" ", "")


def test_the_word_table_gives_each_reading_once_and_every_word_a_reader_may_meet():
    from factcheck.ledger.words import WORD_RULES
    from factcheck.report.methods import words_table

    table = words_table()
    readings = list(zip(table["what they measure"], table["read as"], table["meaning"]))
    assert len(readings) == len(set(readings)), "two rows with one reading"
    assert len(table) < len(WORD_RULES) / 3, "words read alike were not put in one row"
    shown = {_spelled_alike(phrase): meaning for cell, meaning in zip(table["words"], table["meaning"])
             for phrase in _phrases(cell)}
    for words, rule in WORD_RULES.items():
        assert shown.get(_spelled_alike(words)) == rule.meaning, words


def test_the_word_table_says_how_ranks_and_comparisons_with_the_past_are_read():
    """Words the finder knows by their shape ("11th-lowest", "ranked 20th", "was second with $X") are read too: the
    reader finds each such reading, with its examples, beside the listed words."""
    from factcheck.ledger.words import pattern_rules
    from factcheck.report.methods import words_table

    table = words_table()
    for example, rule in pattern_rules():
        rows = table[table["meaning"] == rule.meaning]
        assert len(rows) == 1 and example in rows["words"].iloc[0], example


def test_a_family_of_pairings_is_said_once_and_a_lone_pairing_word_by_word():
    from factcheck.report.methods import _listed

    assert _listed(["large number", "large amount", "big number", "big amount", "handful"]) == \
        "large or big, followed by number or amount; handful"
    assert _listed(["most dramatic", "most rapid", "highest"]) == "most dramatic; most rapid; highest"



def test_the_hedge_tables_rounding_row_reads_its_example_as_the_default_reading_does_and_open_ends_stay_apart():
    from factcheck.ledger.mentions import find_mentions

    examples = dict(zip(hedge_table(HedgeRules())["words"], hedge_table(HedgeRules())["example"]))
    printed = find_mentions("6.6")[0]
    assert printed.precision == 0.1 and examples["(no hedge word)"] == "“6.6” reads as between 6.55 and 6.65"
    assert len(set(examples.values())) >= len(examples) - 1   # only "less than" and "up to" read alike in words
    assert any(e.endswith("more than 6.6") for e in examples.values()) and any(e.endswith("at least 6.6") for e in examples.values())


def test_the_default_reading_is_said_with_ranges_the_finder_and_the_rules_give():
    said = default_reading_text()
    assert "“1,800 cases” is between 1,750 cases and 1,850 cases" in said   # two zeros: rounded at the 8
    assert "“2,572 people” is exactly 2,572 people" in said                # a count: itself
    assert "“$250” is between $245 and $255" in said and "“66 percent” is between 65.5% and 66.5%" in said
    assert "“$2.50” is between $2.495 and $2.505" in said
