"""checks.yml is validated with file:line errors, like the ledger."""
from __future__ import annotations

import pytest

from factcheck.checks.definitions import load_checks
from factcheck.ledger.claims import load_ledger
from factcheck.files.problems import ValidationFailed

GOOD = """checks:
  - id: refusal-rate
    title: "Is almost 100 of a little more than 6,000 about 1.6 percent?"
    operation: share
    inputs: {part: tiny-01, whole: tiny-02}
    tests: tiny-03
    judgement:
      rating: accurate
      why: "The counts give {point} percent, about 1.6 as stated."
      materiality: minor
      matters: "A supporting figure."
"""
JUDGEMENT = GOOD[GOOD.index("    judgement:"):]
UNRATED = GOOD.replace(JUDGEMENT, "")
PLAIN_JUDGEMENT = JUDGEMENT.replace("{point} percent, ", "")


def load(tiny_repo, text):
    path = tiny_repo / "data" / "checks.yml"
    path.write_text(text, encoding="utf-8")
    ledger = load_ledger(tiny_repo)
    return load_checks(path, set(ledger.claims["claim_id"]), ledger.documents)


def problems(tiny_repo, text) -> str:
    with pytest.raises(ValidationFailed) as failed:
        load(tiny_repo, text)
    return str(failed.value)


def test_a_good_check_loads(tiny_repo):
    [check] = load(tiny_repo, GOOD)
    assert check.formula == "100 * part / whole"
    assert check.claim_ids == ["tiny-01", "tiny-02", "tiny-03"]


def test_unknown_claim_id(tiny_repo):
    message = problems(tiny_repo, GOOD.replace("whole: tiny-02", "whole: tiny-99"))
    assert "checks.yml:5: column 'inputs.whole': unknown claim id 'tiny-99'" in message


def test_unknown_tested_claim(tiny_repo):
    assert "checks.yml:6: column 'tests': unknown claim id 'tiny-42'" in problems(tiny_repo, GOOD.replace("tests: tiny-03", "tests: tiny-42"))


def test_unknown_operation_lists_the_known_ones(tiny_repo):
    message = problems(tiny_repo, GOOD.replace("operation: share", "operation: average"))
    assert "checks.yml:4: column 'operation': unknown operation 'average'; known: sum, difference, share" in message


def test_wrong_input_names_for_the_operation(tiny_repo):
    message = problems(tiny_repo, GOOD.replace("{part: tiny-01, whole: tiny-02}", "{a: tiny-01, b: tiny-02}"))
    assert "column 'inputs': operation 'share' takes inputs part, whole; found a, b" in message


def test_not_comparable_needs_a_reason(tiny_repo):
    text = """checks:
  - id: apples-and-pears
    title: "A monthly count against a yearly one"
    operation: not_comparable
    inputs: {monthly: tiny-01, yearly: tiny-02}
"""
    assert "checks.yml:2: column 'reason': a 'not_comparable' check must say why" in problems(tiny_repo, text)


def test_comparable_false_needs_a_reason(tiny_repo):
    assert "column 'reason': a check marked comparable: false must say why" in problems(tiny_repo, GOOD + "    comparable: false\n")


def test_a_flag_needs_anchored_evidence(tiny_repo):
    text = """checks:
  - id: odd-date
    title: "An odd date"
    operation: flag
    reason: "The month is not explained."
    evidence:
      - {doc_id: tiny, quote: "November 2015", start: 80, end: 93}
"""
    message = problems(tiny_repo, text)
    assert "checks.yml:7: column 'evidence.quote': text[80:93] is" in message
    assert "(the quote occurs at 79:92)" in message


def test_a_formula_may_not_run_code(tiny_repo):
    text = GOOD.replace("operation: share", "operation: formula\n    formula: \"__import__('os').getcwd()\"")
    assert "column 'formula': formula" in problems(tiny_repo, text)


def test_duplicate_check_id(tiny_repo):
    text = GOOD + GOOD.split("checks:\n")[1]
    assert "checks.yml:12: column 'id': duplicate check id 'refusal-rate'; first used on line 2" in problems(tiny_repo, text)


def test_several_problems_are_all_reported(tiny_repo):
    text = GOOD.replace("operation: share", "operation: average") + """  - id: second
    title: "Second"
    operation: sum
    inputs: {parts: [tiny-01, tiny-77]}
    tests: tiny-03
""" + JUDGEMENT
    message = problems(tiny_repo, text)
    assert message.startswith("2 problems found:")


def test_a_check_that_tests_a_claim_needs_a_judgement(tiny_repo):
    assert "checks.yml:2: column 'judgement': this check judges a claim someone made" in problems(tiny_repo, UNRATED)


def test_a_derivation_rates_no_claim(tiny_repo):
    text = GOOD.replace("    tests: tiny-03\n", "")
    assert "column 'judgement': a derivation rates no claim: remove its judgement" in problems(tiny_repo, text)


def test_a_comparison_that_is_not_like_for_like_rates_no_claim(tiny_repo):
    text = GOOD.replace("    judgement:", "    comparable: false\n    reason: \"Different periods.\"\n    judgement:")
    assert "a comparison that is not like for like rates no claim" in problems(tiny_repo, text)


def test_ratings_and_materiality_come_from_the_published_scales(tiny_repo):
    text = GOOD.replace("rating: accurate", "rating: mostly true").replace("materiality: minor", "materiality: huge")
    message = problems(tiny_repo, text)
    assert "column 'judgement.rating': unknown rating 'mostly true'; the scale: accurate, imprecise" in message


def test_a_judgement_needs_both_reasons(tiny_repo):
    text = GOOD.replace('      matters: "A supporting figure."\n', "")
    assert "column 'judgement.matters': missing" in problems(tiny_repo, text)


def test_a_judgement_may_quote_the_arithmetic_but_not_unknown_placeholders(tiny_repo):
    [check] = load(tiny_repo, GOOD)
    assert check.judgement.why.startswith("The counts give {point}")
    message = problems(tiny_repo, GOOD.replace("{point}", "{answer}"))
    assert "unknown placeholder(s) ['answer']; known: {point}, {result}, {tested}" in message


def test_a_record_check_cites_references_or_says_why_not(tiny_repo):
    text = """checks:
  - id: when
    title: "When was it?"
    operation: record
    tests: tiny-03
    reason: "A date of history."
""" + PLAIN_JUDGEMENT
    assert "a record check cites references (ids in data/references.csv), or says in 'record:'" in problems(tiny_repo, text)
    [check] = load(tiny_repo, text.replace('    reason:', '    record: "No copy of the report could be read."\n    reason:'))
    assert check.record == "No copy of the report could be read." and check.judgement.rating == "accurate"


def test_a_conflict_quotes_both_sides(tiny_repo):
    text = """checks:
  - id: clash
    title: "Two statements"
    operation: conflict
    tests: tiny-03
    reason: "They cannot both be true."
""" + PLAIN_JUDGEMENT
    assert "a conflict quotes both sides" in problems(tiny_repo, text)
    [check] = load(tiny_repo, text.replace("    tests: tiny-03\n", "    tests: tiny-03\n    inputs: {other: tiny-01}\n"))
    assert check.claim_ids == ["tiny-01", "tiny-03"]


def test_placeholders_need_arithmetic(tiny_repo):
    text = """checks:
  - id: when
    title: "When was it?"
    operation: record
    tests: tiny-03
    reason: "A date of history."
    record: "Not found."
""" + JUDGEMENT
    assert "column 'judgement.why': {point} and {result} need a check that computes something" in problems(tiny_repo, text)


def test_a_result_domain_can_be_named_and_defaults_by_operation(tiny_repo):
    [check] = load(tiny_repo, GOOD)
    assert (check.domain.low, check.domain.high) == (0, 100)
    assert "unknown domain 'percentish'" in problems(tiny_repo, GOOD.replace("    tests:", "    domain: percentish\n    tests:"))


def only_problem(tiny_repo, text) -> str:
    with pytest.raises(ValidationFailed) as failed:
        load(tiny_repo, text)
    [problem] = failed.value.problems
    return str(problem).split("checks.yml", 1)[1]


def test_themes_written_as_a_string_is_not_split_into_letters(tiny_repo):
    assert only_problem(tiny_repo, GOOD + "    themes: deportations\n") == \
        ":12: column 'themes': expected a list of theme ids, like [deportations]; found 'deportations'"


def test_an_unknown_theme_is_named_when_the_folder_has_themes(tiny_repo):
    (tiny_repo / "data" / "themes.yml").write_text("themes:\n  - id: deportations\n", encoding="utf-8")
    assert only_problem(tiny_repo, GOOD + "    themes: [deportation]\n") == \
        ":12: column 'themes': unknown theme 'deportation'; known (data/themes.yml): deportations"


def test_tests_written_as_a_list_asks_for_one_claim(tiny_repo):
    assert only_problem(tiny_repo, GOOD.replace("tests: tiny-03", "tests: [tiny-03, tiny-02]")) == \
        ":6: column 'tests': expected one claim id, found a list (a check tests a single claim; write one check per claim)"


def test_an_input_that_is_not_a_claim_id(tiny_repo):
    assert only_problem(tiny_repo, GOOD.replace("whole: tiny-02", "whole: [tiny-02]")) == \
        ":5: column 'inputs.whole': expected one claim id, found a list"


def test_inputs_written_as_a_list(tiny_repo):
    assert only_problem(tiny_repo, GOOD.replace("{part: tiny-01, whole: tiny-02}", "[tiny-01, tiny-02]")) == \
        ":5: column 'inputs': expected a mapping of input name to claim id; found a list"


def test_evidence_of_the_wrong_shape(tiny_repo):
    text = UNRATED.replace("operation: share", "operation: flag\n    reason: odd").replace(
        "    inputs: {part: tiny-01, whole: tiny-02}\n    tests: tiny-03\n", "    evidence: the date is odd\n")
    assert only_problem(tiny_repo, text) == \
        ":6: column 'evidence': expected a list of quotes (- {doc_id, quote, start, end}); found 'the date is odd'"


def test_evidence_offsets_must_be_whole_numbers(tiny_repo):
    text = """checks:
  - id: odd-date
    title: "An odd date"
    operation: flag
    reason: "The month is not explained."
    evidence:
      - {doc_id: [tiny], quote: "November 2015", start: -79, end: 92}
"""
    assert only_problem(tiny_repo, text) == \
        ":7: column 'evidence.start': expected a whole number of characters, 0 or more; found -79"


def test_a_reason_that_is_not_text(tiny_repo):
    assert only_problem(tiny_repo, GOOD + "    reason: [a, b]\n") == ":12: column 'reason': expected a sentence, found a list"


def test_a_title_that_is_a_mapping(tiny_repo):
    assert only_problem(tiny_repo, GOOD.replace('title: "Is almost 100 of a little more than 6,000 about 1.6 percent?"',
                                                "title: {a: b}")) == ":3: column 'title': expected text, found a mapping"


def test_a_formula_that_is_not_text(tiny_repo):
    text = GOOD.replace("operation: share", "operation: formula\n    formula: [part, whole]")
    assert only_problem(tiny_repo, text) == ":5: column 'formula': a formula is text like '100 * part / whole', not ['part', 'whole']"


def test_a_formula_nested_too_deep(tiny_repo):
    text = GOOD.replace("operation: share", "operation: formula\n    formula: \"" + "-" * 5000 + "part\"")
    assert "is nested too deeply" in only_problem(tiny_repo, text)


def test_checks_not_a_list(tiny_repo):
    assert only_problem(tiny_repo, "checks: {id: a}\n") == ":1: column 'checks': expected a top-level 'checks:' list"


def test_a_yaml_syntax_error(tiny_repo):
    assert only_problem(tiny_repo, GOOD.replace("tests: tiny-03", "tests: tiny-03: x")).startswith(
        ":6: not valid YAML: mapping values are not allowed here")


def test_evidence_ending_past_the_texts_end_is_refused_though_its_words_match(tiny_repo):
    """A slice stops at the text's end, so the quote matched; the page would have linked to words not there."""
    length = len((tiny_repo / "seeds" / "tiny.txt").read_text(encoding="utf-8"))
    text = f"""checks:
  - id: odd-end
    title: "An odd end"
    operation: flag
    reason: "The end."
    evidence:
      - {{doc_id: tiny, quote: "percent.\\n", start: {length - 9}, end: {length + 40}}}
"""
    assert only_problem(tiny_repo, text) == \
        f":7: column 'evidence.end': end {length + 40} is past the end of the text ({length} characters)"


@pytest.mark.parametrize("written", ["NO", "off", "false"])
def test_a_title_yaml_reads_as_false_is_named_as_such_not_as_missing(tmp_path, written):
    """`title: NO` is there, read by YAML as false: the message says so and to quote it, not "missing key"."""
    from factcheck.checks.definitions import load_checks

    path = tmp_path / "checks.yml"
    path.write_text(f"checks:\n  - id: c1\n    title: {written}\n    operation: record\n    reason: \"r\"\n", encoding="utf-8")
    with pytest.raises(ValidationFailed) as failed:
        load_checks(path, set(), {})
    said = [str(p) for p in failed.value.problems if "'title'" in str(p)]
    assert said and "missing key" not in said[0] and "YAML reads an unquoted yes, no, on, off" in said[0], said
