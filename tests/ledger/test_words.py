"""Word claims: quantity words read as ranges or conditions, validated like numbers."""
from __future__ import annotations

import pytest

from factcheck.ledger.claims import load_ledger
from factcheck.files.problems import ValidationFailed
from factcheck.ledger.words import (ORDINAL_PLACE_EXAMPLE, PAST_COMPARISON_EXAMPLE, RANK_EXAMPLE, RANK_VERB_EXAMPLE,
                                    WORD_RULES, rule_for, rules_table)

HEADER = ("claim_id,doc_id,start,end,quote,value,value_to,unit,hedge,precision,low,high,bounds,metric,period,"
          "population,speaker,note,words,condition\n")


def write_claims(repo, *rows):
    path = repo / "data" / "claims.csv"
    kept = path.read_text(encoding="utf-8").splitlines(keepends=True)[1:]
    path.write_text(HEADER + "".join(kept) + "".join(r + "\n" for r in rows), encoding="utf-8")
    return path


def load_problems(repo) -> str:
    with pytest.raises(ValidationFailed) as failed:
        load_ledger(repo)
    return str(failed.value)


def test_unknown_words_are_refused_with_the_known_ones(tiny_repo):
    text = (tiny_repo / "seeds" / "tiny.txt").read_text(encoding="utf-8")
    start = text.index("were refused")
    write_claims(tiny_repo, f"tiny-04,tiny,{start},{start + 12},were refused,,,people,,,0,100,[],refusals,2015-11,test,outlet,,"
                            "were refused,x")
    message = load_problems(tiny_repo)
    assert "column 'words': unknown quantity words 'were refused'; known: 'none'" in message


def test_a_known_reading_loads_and_keeps_its_range_under_other_hedge_rules(tiny_repo):
    from factcheck.ledger.hedges import rules_from

    seed = tiny_repo / "seeds" / "tiny.txt"
    seed_text = seed.read_text(encoding="utf-8") + "Nearly all were refused.\n"
    _rewrite_seed(tiny_repo, seed_text)
    start = seed_text.index("Nearly all")
    write_claims(tiny_repo, f"tiny-04,tiny,{start},{start + 10},Nearly all,,,percent,,,90,100,[),refusal_share,2015-11,"
                            "test,outlet,,nearly all,At least 90 percent were refused.")
    ledger = load_ledger(tiny_repo, rules=rules_from("loose"))
    assert str(ledger.interval("tiny-04")) == "[90, 100)"


def test_a_wrong_range_names_the_reading(tiny_repo):
    seed_text = (tiny_repo / "seeds" / "tiny.txt").read_text(encoding="utf-8") + "Nearly all were refused.\n"
    _rewrite_seed(tiny_repo, seed_text)
    start = seed_text.index("Nearly all")
    write_claims(tiny_repo, f"tiny-04,tiny,{start},{start + 10},Nearly all,,,percent,,,80,100,[),refusal_share,2015-11,"
                            "test,outlet,,nearly all,At least 90 percent were refused.")
    assert "column 'low': expected 90 (the reading of 'nearly all' in factcheck/ledger/words.py), found 80.0" in load_problems(tiny_repo)


def test_a_condition_needs_its_plain_words_and_no_range(tiny_repo):
    seed_text = (tiny_repo / "seeds" / "tiny.txt").read_text(encoding="utf-8") + "It was a record.\n"
    _rewrite_seed(tiny_repo, seed_text)
    start = seed_text.index("a record")
    write_claims(tiny_repo, f"tiny-04,tiny,{start},{start + 8},a record,5,,percent,,,0,1,[],refusal_share,2015-11,"
                            "test,outlet,,record,")
    message = load_problems(tiny_repo)
    assert "column 'condition': is blank: a word claim must say, in plain words, what must be true" in message
    assert "column 'value': a word claim prints no number" in message
    assert "column 'low': 'record' states a condition, not a range: leave low empty" in message


def test_a_number_claim_still_needs_its_number(tiny_repo):
    path = tiny_repo / "data" / "claims.csv"
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    lines[1] = lines[1].replace(",100,,requests,almost,100,", ",,,requests,almost,100,", 1)
    path.write_text("".join(lines), encoding="utf-8")
    assert "claims.csv:2: column 'value': is empty; a number claim needs it" in load_problems(tiny_repo)


def test_every_reading_is_published_with_its_range_or_as_a_condition():
    table = rules_table()
    # the ranks of an amount, the comparisons with the past and (finder v13) the ranks as verbs: one row for every shape
    # (finder v22) an ordinal alone
    assert list(table["words"]) == [*WORD_RULES, RANK_EXAMPLE, PAST_COMPARISON_EXAMPLE, RANK_VERB_EXAMPLE,
                                     ORDINAL_PLACE_EXAMPLE]
    assert set(table.loc[table["words"] == "record", "range"]) == {"a condition, no range"}
    assert rule_for("Nearly Every").interval is not None


def _rewrite_seed(repo, text):
    import hashlib

    seed = repo / "seeds" / "tiny.txt"
    old = hashlib.sha256(seed.read_bytes()).hexdigest()
    seed.write_text(text, encoding="utf-8")
    sources = repo / "seeds" / "sources.yml"
    sources.write_text(sources.read_text(encoding="utf-8").replace(old, hashlib.sha256(seed.read_bytes()).hexdigest()),
                       encoding="utf-8")


def test_a_blank_condition_is_left_to_fill_in_a_draft_and_a_mistake_in_the_report(tiny_repo):
    seed_text = (tiny_repo / "seeds" / "tiny.txt").read_text(encoding="utf-8") + "It was a record.\n"
    _rewrite_seed(tiny_repo, seed_text)
    start = seed_text.index("a record")
    write_claims(tiny_repo, f"tiny-04,tiny,{start},{start + 8},a record,,,requests,,,,,,refusal_count,2015-11,"
                            "test,outlet,,record,")
    draft = load_ledger(tiny_repo, draft=True)
    assert [(p.column, p.message.split(":")[0]) for p in draft.to_fill] == [("condition", "is blank")]
    assert "column 'condition': is blank: a word claim must say" in load_problems(tiny_repo)


@pytest.mark.parametrize("written, words, share", [
    ("the vast majority of those deportations", "vast majority", True),
    ("an all-time record", "record", False),
    ("The biggest raid", "biggest", False),
    ("a small fraction of", "a small fraction of", True),
    ("voted unanimously", "unanimous", True),                # finder v4: unanimity is all, 100 percent
    ("the greatest number of cases", "greatest", False),    # a superlative before a measure noun
    ("new high-water marks", "high-water mark", False),     # the high mark of a series
])
def test_a_drafted_word_claim_carries_the_reading_of_its_words(written, words, share):
    from factcheck.ledger.words import draft_claim

    row = draft_claim(written, 0, len(written), words)
    rule = WORD_RULES[words]
    assert row["quote"] == written and row["words"] == words and words in written.lower()
    assert (row["unit"] == "percent") == share
    expected = (rule.interval.low, rule.interval.high, rule.interval.bounds) if rule.interval else (None, None, None)
    assert (row["low"], row["high"], row["bounds"]) == expected
    assert row["condition"] == "" and row["value"] is None and row["hedge"] is None
    assert rule.meaning in row["note"]
