"""load_ledger: a good ledger loads; every kind of bad input is named by file, line and column."""
from __future__ import annotations

import re

import pytest

from factcheck.ledger.claims import load_ledger
from factcheck.files.problems import ValidationFailed


def problems_of(root) -> str:
    with pytest.raises(ValidationFailed) as failed:
        load_ledger(root)
    return str(failed.value)


def test_a_good_ledger_loads(tiny_repo):
    ledger = load_ledger(tiny_repo)
    assert list(ledger.claims["claim_id"]) == ["tiny-01", "tiny-02", "tiny-03"]
    assert ledger.documents["tiny"].outlet["name"] == "Test Gazette"
    assert str(ledger.interval("tiny-01")) == "[90, 100)"


def test_missing_column_names_the_column_on_the_header_line(tiny_repo):
    claims = tiny_repo / "data" / "claims.csv"
    text = claims.read_text().replace(",metric,", ",").replace(",requests_declined,", ",").replace(",requests,2015", ",2015").replace(",refusal_rate,", ",")
    claims.write_text(text)
    assert "claims.csv:1: column 'metric': missing column" in problems_of(tiny_repo)


def test_non_numeric_value_names_row_and_column(tiny_repo, replace_line):
    claims = tiny_repo / "data" / "claims.csv"
    replace_line(claims, 2, "tiny-01,tiny,15,25,almost 100,a hundred,,requests,almost,100,90,100,[),requests_declined,2015-11,test,outlet,")
    message = problems_of(tiny_repo)
    assert "claims.csv:2: column 'value': expected a number, found 'a hundred'" in message


def test_offsets_that_do_not_match_the_quote_say_where_the_quote_is(tiny_repo, replace_line):
    claims = tiny_repo / "data" / "claims.csv"
    replace_line(claims, 2, "tiny-01,tiny,14,24,almost 100,100,,requests,almost,100,90,100,[),requests_declined,2015-11,test,outlet,,,")
    message = problems_of(tiny_repo)
    assert "claims.csv:2: column 'quote': does not match the seed at 14:24" in message
    assert "occurs at 15:25" in message


def test_unknown_document(tiny_repo, replace_line):
    claims = tiny_repo / "data" / "claims.csv"
    replace_line(claims, 3, 'tiny-02,huge,29,53,"a little more than 6,000",6000,,requests,a little more than,1000,6000,6600,(],requests,2015-11,test,outlet,')
    assert "claims.csv:3: column 'doc_id': unknown document 'huge'; known: tiny" in problems_of(tiny_repo)


def test_duplicate_claim_id_points_at_the_first_use(tiny_repo, replace_line):
    claims = tiny_repo / "data" / "claims.csv"
    replace_line(claims, 4, "tiny-01,tiny,94,111,about 1.6 percent,1.6,,percent,about,0.1,1.52,1.68,[],refusal_rate,2015-11,test,outlet,")
    assert "claims.csv:4: column 'claim_id': duplicate value 'tiny-01'; first used on line 2" in problems_of(tiny_repo)


def test_unknown_hedge_word_lists_the_known_ones(tiny_repo, replace_line):
    claims = tiny_repo / "data" / "claims.csv"
    replace_line(claims, 2, "tiny-01,tiny,15,25,almost 100,100,,requests,allmost,100,90,100,[),requests_declined,2015-11,test,outlet,")
    message = problems_of(tiny_repo)
    assert "claims.csv:2: column 'hedge': unknown hedge word 'allmost'" in message
    assert "'almost'" in message


def test_low_above_high(tiny_repo, replace_line):
    claims = tiny_repo / "data" / "claims.csv"
    replace_line(claims, 2, "tiny-01,tiny,15,25,almost 100,100,,requests,almost,100,100,90,[),requests_declined,2015-11,test,outlet,")
    assert "claims.csv:2: column 'low': low 100 is greater than high 90" in problems_of(tiny_repo)


def test_interval_that_disagrees_with_the_rules(tiny_repo, replace_line):
    claims = tiny_repo / "data" / "claims.csv"
    replace_line(claims, 2, "tiny-01,tiny,15,25,almost 100,100,,requests,almost,100,95,100,[),requests_declined,2015-11,test,outlet,")
    assert "claims.csv:2: column 'low': expected 90 (hedge 'almost', precision 100, standard rules), found 95" in problems_of(tiny_repo)


def test_value_that_the_quote_does_not_state(tiny_repo, replace_line):
    claims = tiny_repo / "data" / "claims.csv"
    replace_line(claims, 2, "tiny-01,tiny,15,25,almost 100,1000,,requests,almost,100,900,1000,[),requests_declined,2015-11,test,outlet,")
    assert "claims.csv:2: column 'value': 1000 is not a number the quote states (it states 100)" in problems_of(tiny_repo)


def test_a_number_read_otherwise_than_the_printed_number_alone_needs_our_reason_after_reading(tiny_repo, replace_line):
    """The default reading gives '6,000' the precision 1,000; read to the hundred, or as exact, the note ends with
    'Reading:' and the reason (another note, a drafted one included, is no reason). So does 'almost 100' read to 10:
    its range is the same, its rounding, which a check 'within rounding' reads, is not. A reason given for a number
    read by default is refused too."""
    claims = tiny_repo / "data" / "claims.csv"
    row = "tiny-02,tiny,48,53,\"6,000\",6000,,requests,,{precision},{low},{high},{bounds},requests,2015-11,test,outlet,{note},,"
    replace_line(claims, 3, row.format(precision=100, low=5950, high=6050, bounds="[)", note="A caseload; only emphasis"))
    assert ("claims.csv:3: column 'precision': 100 reads '6,000' otherwise than the default reading of the printed "
            "number, which gives precision 1000 (the methods page, \"How a number is read\"): write 1000, or end the "
            "note with 'Reading: ' and the reason the number is read so") in problems_of(tiny_repo)
    replace_line(claims, 3, row.format(precision=0, low=6000, high=6000, bounds="[]", note="Unit to confirm: the draft's"))
    assert "column 'precision': 0 reads '6,000' otherwise" in problems_of(tiny_repo)
    replace_line(claims, 3, row.format(precision=100, low=5950, high=6050, bounds="[)", note="Other words. Reading: a reason"))
    assert str(load_ledger(tiny_repo).interval("tiny-02")) == "[5,950, 6,050)"
    replace_line(claims, 3, row.format(precision=1000, low=5500, high=6500, bounds="[)", note="Reading: a reason"))
    assert ("column 'note': gives a reason for a reading ('Reading: ...') that no page would show: the precision is "
            "the one the default reading gives '6,000'") in problems_of(tiny_repo)
    for note, said in (("Reading: one. Reading: two", "gives 'Reading:' 2 times: give one reason, once, at the end"),
                       ("A count; reading: lower case", "has 'reading:' but not as the reason for a reading"),
                       ("Further Reading: a book", "has 'reading:' but not as the reason for a reading"),
                       ("A count. Reading: .", "gives 'Reading:' with no reason after it")):
        replace_line(claims, 3, row.format(precision=100, low=5950, high=6050, bounds="[)", note=note))
        assert f"claims.csv:3: column 'note': {said}" in problems_of(tiny_repo), note
    almost = "tiny-01,tiny,15,25,almost 100,100,,requests,almost,{precision},90,100,[),requests_declined,2015-11,test,outlet,,,"
    replace_line(claims, 3, row.format(precision=1000, low=5500, high=6500, bounds="[)", note=""))
    replace_line(claims, 2, almost.format(precision=10))
    assert "column 'precision': 10 reads 'almost 100' otherwise" in problems_of(tiny_repo)


def test_every_note_new_article_drafts_is_no_reason_for_a_reading():
    from factcheck.byo.scaffold import draft_rows
    from factcheck.ledger.claims import reading_reason

    rows, _ = draft_rows("x", "Arrests rose over 140% last year. About 5 of them came, a record high. Officials counted 12.")
    notes = [row["note"] for row in rows]
    assert all(notes) and len({note[:12] for note in notes}) == 3, notes   # the three kinds of drafted note
    assert [reading_reason(row) for row in rows] == [""] * len(rows)


def test_seed_whose_sha256_changed(tiny_repo):
    seed = tiny_repo / "seeds" / "tiny.txt"
    seed.write_text(seed.read_text() + "An added line.\n")
    message = problems_of(tiny_repo)
    assert re.search(r"sources\.yml:4: column 'sha256': tiny\.txt has sha256 [0-9a-f]{64}, not [0-9a-f]{64}: the seed changed", message)


def test_provenance_entry_for_a_missing_file(tiny_repo):
    (tiny_repo / "seeds" / "tiny.txt").rename(tiny_repo / "seeds" / "renamed.txt")
    message = problems_of(tiny_repo)
    assert "sources.yml:3: column 'file': no seed file tiny.txt in seeds/" in message
    assert "column 'file': seed renamed.txt has no entry in this file" in message


def test_evidence_quote_that_does_not_match_its_offsets(tiny_repo):
    sources = tiny_repo / "seeds" / "sources.yml"
    sources.write_text(sources.read_text().replace("start: 79", "start: 78"))
    assert "sources.yml:12: column 'date.evidence.quote': text[78:92] is" in problems_of(tiny_repo)


def test_unaccounted_mention_names_the_seed_line(tiny_repo):
    non_claims = tiny_repo / "data" / "non_claims.csv"
    non_claims.write_text("doc_id,start,end,text,kind,reason\n")
    message = problems_of(tiny_repo)
    assert "seeds/tiny.txt:1: the date mention 'November 2015' (offsets 79:92) is not accounted for" in message


def test_non_claim_that_holds_no_mention(tiny_repo):
    non_claims = tiny_repo / "data" / "non_claims.csv"
    with non_claims.open("a") as handle:
        handle.write("tiny,0,9,Officials,name,not a number at all\n")
    assert "non_claims.csv:3: column 'start': no numeric mention lies in this span" in problems_of(tiny_repo)


def test_several_errors_are_all_reported(tiny_repo, replace_line):
    claims = tiny_repo / "data" / "claims.csv"
    replace_line(claims, 2, "tiny-01,tiny,15,25,almost 100,abc,,requests,almost,100,90,100,[),requests_declined,2015-11,test,outlet,,,")
    replace_line(claims, 3, 'tiny-02,nowhere,29,53,"a little more than 6,000",6000,,requests,a little more than,1000,6000,6600,(],requests,2015-11,test,outlet,,,')
    replace_line(claims, 4, "tiny-03,tiny,94,111,about 1.6 percent,1.6,,percent,circa,0.1,1.52,1.68,[],refusal_rate,2015-11,test,outlet,,,")
    message = problems_of(tiny_repo)
    assert message.startswith("4 problems found:")
    assert "claims.csv:2: column 'value'" in message
    assert "claims.csv:3: column 'doc_id'" in message
    assert "claims.csv:3: column 'claim_id': 'tiny-02' should start with its document id, 'nowhere-'" in message
    assert "claims.csv:4: column 'hedge'" in message


def test_what_if_rules_recompute_intervals(tiny_repo):
    from factcheck.ledger.hedges import rules_from

    ledger = load_ledger(tiny_repo, rules=rules_from("loose"))
    assert str(ledger.interval("tiny-03")) == "[1.44, 1.76]"
    assert ledger.rules.name == "loose"


def test_a_blank_judgement_is_left_to_fill_and_a_draft_loads_with_it(tiny_repo, replace_line):
    claims = tiny_repo / "data" / "claims.csv"
    replace_line(claims, 2, "tiny-01,tiny,15,25,almost 100,100,,requests,almost,100,90,100,[),,2015-11,test,outlet,,,")
    assert "claims.csv:2: column 'metric': is blank: say what this number measures" in problems_of(tiny_repo)
    ledger = load_ledger(tiny_repo, draft=True)
    assert [(p.line, p.column) for p in ledger.to_fill] == [(2, "metric")]
    assert ledger.claim("tiny-01")["metric"] == ""


def test_offsets_that_do_not_match_say_what_to_set(tiny_repo, replace_line):
    claims = tiny_repo / "data" / "claims.csv"
    replace_line(claims, 2, "tiny-01,tiny,14,24,almost 100,100,,requests,almost,100,90,100,[),requests_declined,2015-11,test,outlet,,,")
    assert "'almost 100' occurs at 15:25: set start to 15 and end to 25" in problems_of(tiny_repo)


def test_the_ledger_reads_its_checks_from_its_own_root(tiny_repo):
    assert load_ledger(tiny_repo).checks_file == tiny_repo / "data" / "checks.yml"


def check_command(root, capsys) -> tuple[int, str]:
    from factcheck.cli import main

    status = main(["check", "--root", str(root)])
    captured = capsys.readouterr()
    return status, captured.out + captured.err


def test_check_reports_overlapping_claims(tiny_repo, replace_line, capsys):
    claims = tiny_repo / "data" / "claims.csv"
    replace_line(claims, 4, "tiny-03,tiny,20,25,t 100,100,,requests,,1,99.5,100.5,[),requests_declined,2015-11,test,outlet,")
    status, output = check_command(tiny_repo, capsys)
    assert status == 1 and "Traceback" not in output
    assert ("claims.csv:4: column 'start': tiny-03 (20:25) overlaps tiny-01 (15:25, line 2): two claims cannot share "
            "characters; shorten one, or make them one claim") in output


def test_check_reports_a_duplicate_non_claim_row(tiny_repo, capsys):
    non_claims = tiny_repo / "data" / "non_claims.csv"
    non_claims.write_text(non_claims.read_text() + "tiny,79,92,November 2015,date,the month the figures describe\n")
    status, output = check_command(tiny_repo, capsys)
    assert status == 1 and "non_claims.csv:3: duplicate row: the same doc_id and start as line 2" in output


def test_a_stray_quote_that_moves_text_between_columns_is_not_ok(tiny_repo, replace_line, capsys):
    claims = tiny_repo / "data" / "claims.csv"
    replace_line(claims, 2, 'tiny-01,tiny,15,25,almost 100,100,,requests,almost,100,90,100,[),requests_declined,2015-11,test,outlet,'
                            '"see" the table, page 2')
    status, output = check_command(tiny_repo, capsys)
    assert status == 1 and "Ledger OK" not in output and "claims.csv:2: a stray '\"'" in output


def test_an_infinite_value_is_refused_where_only_high_may_be_infinite(tiny_repo, replace_line):
    claims = tiny_repo / "data" / "claims.csv"
    replace_line(claims, 2, "tiny-01,tiny,15,25,almost 100,INF,,requests,almost,INF,90,100,[),requests_declined,2015-11,test,outlet,")
    message = problems_of(tiny_repo)
    assert "claims.csv:2: column 'value': must be a finite number, found inf (only 'high' may be INF, for no upper limit)" in message
    assert "claims.csv:2: column 'precision': must be a finite number, found inf" in message


def test_a_negative_precision_is_refused_by_the_schema(tiny_repo, replace_line):
    claims = tiny_repo / "data" / "claims.csv"
    replace_line(claims, 2, "tiny-01,tiny,15,25,almost 100,100,,requests,almost,-100,90,100,[),requests_declined,2015-11,test,outlet,,,")
    assert "claims.csv:2: column 'precision': must be at least 0, found '-100'" in problems_of(tiny_repo)


def test_check_validates_checks_and_themes_too(tiny_repo, capsys):
    (tiny_repo / "data" / "checks.yml").write_text("checks:\n  - id: x\n    title: X\n    operation: flag\n"
                                                   "    reason: r\n    themes: deportations\n", encoding="utf-8")
    status, output = check_command(tiny_repo, capsys)
    assert status == 1 and "checks.yml:6: column 'themes': expected a list of theme ids, like [deportations]; " \
                           "found 'deportations'" in output


def test_read_ledger_gives_the_rows_load_ledger_makes_its_frames_from():
    """`check` validates on rows (no pandas); the pages get the same values as DataFrames."""
    import math

    from factcheck.ledger.claims import read_ledger
    from factcheck.ledger.summary import summary

    rows, ledger = read_ledger(), load_ledger()
    assert rows.claims.frame().equals(ledger.claims) and rows.non_claims.frame().equals(ledger.non_claims)
    assert list(rows.claims["metric"]) == list(ledger.claims["metric"]) and len(rows.claims) == len(ledger.claims)

    def plain(row) -> dict:
        return {k: None if isinstance(v, float) and math.isnan(v) else v for k, v in dict(row).items()}

    for claim_id in ledger.claims["claim_id"]:
        assert plain(rows.claim(claim_id)) == plain(ledger.claim(claim_id))
    with pytest.raises(KeyError, match="no claim 'nope-01'"):
        rows.claim("nope-01")
    assert summary(rows) == summary(ledger)


def test_a_reading_is_worked_out_from_a_row_with_missing_cells():
    """A table read by pandas elsewhere gives NaN for an empty cell: no reason is made of it, and nothing raises."""
    from factcheck.ledger.claims import default_reading, reading_reason

    nan = float("nan")
    row = {"value": 10000.0, "precision": 0.0, "quote": "10,000 more officers", "hedge": nan, "unit": "officers",
           "value_to": nan, "note": nan}
    assert default_reading(row) is not None and reading_reason(row) == ""
