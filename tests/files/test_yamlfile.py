"""The YAML reader: lines for every key; a broken, hostile or mis-encoded file is a message naming file and line."""
from __future__ import annotations

import pytest

from factcheck.files.problems import Collector, ValidationFailed
from factcheck.files.yamlfile import load_located

# Nine levels of nine aliases: about 387 million strings once expanded.
ALIAS_BOMB = 'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\n' + "".join(
    f"{b}: &{b} [{', '.join([f'*{a}'] * 9)}]\n" for a, b in zip("abcdefgh", "bcdefghi"))


def problem(tmp_path, content: bytes | str) -> str:
    path = tmp_path / "data.yml"
    path.write_bytes(content.encode("utf-8") if isinstance(content, str) else content)
    with pytest.raises(ValidationFailed) as failed:
        load_located(path)
    [only] = failed.value.problems
    return str(only)


def test_keys_carry_their_lines(tmp_path):
    path = tmp_path / "data.yml"
    path.write_text("top:\n  - id: a\n    title: A\n", encoding="utf-8")
    data = load_located(path)
    assert data.line_of("top") == 1 and data["top"].line == 2 and data["top"][0].line_of("title") == 3


def test_an_alias_bomb_is_refused_at_its_first_alias(tmp_path):
    assert len(ALIAS_BOMB) < 1000
    message = problem(tmp_path, ALIAS_BOMB)
    assert "data.yml:2: the alias *a is not allowed: write the value out in full" in message


def test_a_merge_key_is_an_alias_too(tmp_path):
    assert ":3: the alias *base is not allowed" in problem(tmp_path, "base: &base {x: 1}\nother:\n  <<: *base\n")


def test_a_syntax_error_names_its_line_and_what_to_check(tmp_path):
    message = problem(tmp_path, "checks:\n  - id: a\n    title: [unclosed\n  - id: b\n")
    assert "data.yml:4: not valid YAML:" in message and "check the indentation and the quotes" in message


def test_text_that_is_not_utf8_names_the_line_of_the_byte(tmp_path):
    message = problem(tmp_path, b"a: 1\nb: caf\xe9\n")
    assert "data.yml:2: is not UTF-8 text (byte 0xe9 cannot be read): save the file as UTF-8" in message


def test_a_key_written_twice_is_named_with_both_lines(tmp_path):
    assert "data.yml:3: the key 'id' is written twice in this mapping (first on line 2)" in \
        problem(tmp_path, "- title: x\n  id: a\n  id: b\n")


def test_an_impossible_date_is_a_message_not_a_crash(tmp_path):
    assert "data.yml:1: cannot read '2016-13-45' as a date" in problem(tmp_path, "published: 2016-13-45\n")


def test_half_a_character_is_named_with_its_line_and_a_whole_one_is_read(tmp_path):
    """A lone surrogate ("\\uD800") passed validation and failed later, unnamed, when the chapter wrote it out."""
    assert "data.yml:2: holds half of a character" in problem(tmp_path, 'a: 1\nb: "Raids \\uD800 here"\n')
    assert "data.yml:1: holds half of a character" in problem(tmp_path, 'b: ["\\uD83D\\uDE00"]\n')   # a pair, as two
    path = tmp_path / "whole.yml"
    path.write_text('c: "\\U0001F600 and \\u00e9"\n', encoding="utf-8")
    assert load_located(path) == {"c": "\U0001F600 and \u00e9"}


def test_a_python_tag_is_refused(tmp_path):
    assert "data.yml:1: the tag tag:yaml.org,2002:python/object/apply:os.system is not allowed" in \
        problem(tmp_path, "a: !!python/object/apply:os.system ['true']\n")
    assert "data.yml:1: cannot read 'x'" in problem(tmp_path, "a: !!python/name:os.system x\n")


def test_a_control_character_is_named(tmp_path):
    assert "data.yml:2: holds a control character YAML does not allow (U+0007)" in problem(tmp_path, "a: 1\nb: \"\x07\"\n")


def test_nesting_thousands_deep_is_a_message(tmp_path):
    assert "nested too deeply" in problem(tmp_path, "a: " + "[" * 20000 + "]" * 20000 + "\n")


def test_a_byte_order_mark_and_windows_line_ends_are_read(tmp_path):
    path = tmp_path / "data.yml"
    path.write_bytes(b"\xef\xbb\xbfa: 1\r\nb: two\r\n")
    assert load_located(path) == {"a": 1, "b": "two"}


def test_with_a_collector_problems_are_added_not_raised(tmp_path):
    path = tmp_path / "data.yml"
    path.write_text("a: [1\n", encoding="utf-8")
    problems = Collector(path)
    assert load_located(path, problems) is None
    assert len(problems.problems) == 1 and problems.problems[0].line == 2


SAMPLE = """\
# a comment
documents:
  - id: pep16
    date: {earliest: 2015-12-01, latest: 2017-01-31}
    people: [Homan, "Sessions, Jeff"]
    note: >
      folded text
      on two lines
    evidence:
      - {quote: "the 59 percent", start: 10, end: 24, why: 'it says so'}
  - id: hearing16
    value: 1.5e3
    flag: true
    empty:
"""


def _shape(value) -> list:
    """Every mapping's and list's line and its keys' or items' lines, in order."""
    found = []
    if isinstance(value, dict):
        found.append((value.line, sorted(value.key_lines.items())))
        for item in value.values():
            found += _shape(item)
    elif isinstance(value, list):
        found.append((value.line, value.item_lines))
        for item in value:
            found += _shape(item)
    return found


def test_the_fast_c_parser_and_the_careful_one_read_the_same_values_and_lines(tmp_path, monkeypatch):
    import yaml

    from factcheck.files import yamlfile

    if not yaml.__with_libyaml__:
        pytest.fail("PyYAML was installed without libyaml: the pinned wheel has it")
    path = tmp_path / "data.yml"
    path.write_text(SAMPLE, encoding="utf-8")
    assert yamlfile._fast_loader(SAMPLE) is not None
    fast = load_located(path)
    monkeypatch.setattr(yamlfile, "_fast_loader", lambda text: None)
    careful = load_located(path)
    assert fast == careful and _shape(fast) == _shape(careful)
    assert fast["documents"][0]["date"]["earliest"].year == 2015


@pytest.mark.parametrize("text", [ALIAS_BOMB, "a:\n  b: [1, 2\n", "a: \x07\n", "x: " + "[" * 100 + "]" * 100 + "\n"],
                         ids=["aliases", "syntax error", "control character", "deep nesting"])
def test_the_fast_parser_leaves_every_file_it_could_mishandle_to_the_careful_one(text):
    from factcheck.files import yamlfile

    assert yamlfile._fast_loader(text) is None


def test_a_file_read_again_is_not_parsed_again_and_keeps_its_lines(tmp_path, monkeypatch):
    from factcheck.files import memo, yamlfile

    monkeypatch.setattr(memo, "folder", lambda: tmp_path / "memo")
    path = tmp_path / "data.yml"
    path.write_text("top:\n  - id: a\n    title: A\n", encoding="utf-8")
    first = load_located(path)
    monkeypatch.setattr(yamlfile, "_parse", lambda raw, problems: pytest.fail("parsed again"))
    again = load_located(path)
    assert again == first and again is not first
    assert again.line_of("top") == 1 and again["top"].line == 2 and again["top"][0].line_of("title") == 3


def test_a_file_with_a_problem_is_parsed_and_named_every_time(tmp_path, monkeypatch):
    from factcheck.files import memo, yamlfile

    monkeypatch.setattr(memo, "folder", lambda: tmp_path / "memo")
    parsed = []
    real = yamlfile._parse
    monkeypatch.setattr(yamlfile, "_parse", lambda raw, problems: parsed.append(1) or real(raw, problems))
    for _ in range(2):
        assert "data.yml:2: not valid YAML" in problem(tmp_path, "a: [1, 2\nb: 3\n")
    assert len(parsed) == 2
