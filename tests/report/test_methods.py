"""factcheck/report/methods.py: the methods page's tables."""
from __future__ import annotations

from factcheck.ledger.hedges import HedgeRules, as_written
from factcheck.ledger.vocabulary import AFTER_HEDGES
from factcheck.report.methods import hedge_table


def test_a_hedge_written_after_a_number_is_shown_after_it_in_the_example():
    table = hedge_table(HedgeRules()).set_index("words")
    assert table.loc["or higher", "example"].startswith("“100 or higher” reads as")
    assert table.loc["+", "example"].startswith("“100+” reads as")
    assert table.loc["about", "example"].startswith("“about 100” reads as")
    for word in AFTER_HEDGES:
        if not word.startswith("at "):
            assert table.loc[word, "example"].startswith("“100"), table.loc[word, "example"]


def test_as_written_puts_each_hedge_where_a_reporter_writes_it():
    assert as_written("", "100") == "100"
    assert as_written("nearly", "100") == "nearly 100"
    assert as_written("or more", "100") == "100 or more"
    assert as_written("plus", "10,000") == "10,000-plus"
    assert as_written("+", "65") == "65+"
