"""Read a YAML file and remember the line of every key, so errors can point at it.

Anything wrong with the file itself (not UTF-8, not valid YAML, a key written
twice, an alias) is a problem naming the file and line, never a traceback.
Aliases (`*name`) are refused: the data files never need them, and copying each
one lets a few hundred bytes expand into gigabytes (an "alias bomb").

A file read without a problem is kept parsed (files/memo.py, keyed by its bytes), so
PyYAML is imported only when a file's bytes are new.
"""
from __future__ import annotations

import functools
import re
from pathlib import Path

from factcheck.files import memo
from factcheck.files.problems import Collector, raise_if_any, read_bytes

HOW_TO_FIX = "check the indentation and the quotes on this line and the one before it"


class Located(dict):
    """A mapping that knows the line of each of its keys (`.line_of(key)`) and its own line."""

    line: int = 0
    key_lines: dict

    def line_of(self, key) -> int:
        return self.key_lines.get(key, self.line)


class LocatedList(list):
    """A list that knows its own line and each item's (`.line_of(index)`), scalars' too."""

    line: int = 0
    item_lines: list

    def line_of(self, index: int) -> int:
        return self.item_lines[index] if index < len(getattr(self, "item_lines", [])) else self.line


def kind_of(value) -> str:
    """A value as a message names it: 'a list', 'a mapping', 'nothing', a date as written, or the value itself."""
    import datetime as dt

    if isinstance(value, dict):
        return "a mapping"
    if isinstance(value, list):
        return "a list"
    if value is None:
        return "nothing"
    if isinstance(value, dt.date):   # not "datetime.date(2016, 5, 19)"
        return f"the date {value}"
    return repr(value)


def kind_of_text(value) -> str:
    """What was found where text was expected, saying what YAML made of unquoted words and how to keep them text
    (`name: NO` is read as false, `why: 2016` as a number)."""
    import datetime as dt

    if isinstance(value, bool):
        return (f"{str(value).lower()} (YAML reads an unquoted yes, no, on, off, true or false as true or false: "
                "put the words in quotes to keep them as text)")
    if isinstance(value, (int, float)):
        return f"the number {value!r} (put it in quotes to keep it as text)"
    if isinstance(value, dt.date):
        return f"{kind_of(value)} (put it in quotes to keep it as text)"
    return kind_of(value)


class _Refused(Exception):
    """Something the file may not hold, at a line (raised while composing or converting)."""

    def __init__(self, line: int, message: str):
        super().__init__(message)
        self.line, self.message = line, message


@functools.cache
def _no_alias_loader():
    """PyYAML's safe loader, refusing every alias before it is expanded (made when first needed)."""
    import yaml

    class NoAliasLoader(yaml.SafeLoader):
        def compose_node(self, parent, index):
            if self.check_event(yaml.AliasEvent):
                event = self.peek_event()
                raise _Refused(event.start_mark.line + 1,
                               f"the alias *{event.anchor} is not allowed: write the value out in full "
                               "(aliases are refused, so a small file cannot expand into a huge one)")
            return super().compose_node(parent, index)

    return NoAliasLoader


def load_located(path: Path | str, problems: Collector | None = None):
    """Parse YAML into dicts/lists that carry 1-based line numbers.

    With `problems`, what is wrong with the file is added there and None returned;
    without, it raises ValidationFailed naming the file and line."""
    collector = problems if problems is not None else Collector(path)
    data = _load(Path(path), collector)
    if problems is None:
        raise_if_any(collector)
    return data


def _load(path: Path, problems: Collector):
    raw = read_bytes(path, problems)
    if raw is None:
        return None

    def parse():
        before = len(problems.problems)
        data = _parse(raw, problems)
        return data, len(problems.problems) == before   # only a file read without a problem is kept

    return memo.by_content("yaml", raw, parse)   # the same bytes parse the same: kept between runs


def _parse(raw: bytes, problems: Collector):
    import yaml

    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        problems.add(raw[:error.start].count(b"\n") + 1, None,
                     f"is not UTF-8 text (byte 0x{raw[error.start]:02x} cannot be read): save the file as UTF-8")
        return None
    loader = None
    try:
        loader = _fast_loader(text) or _no_alias_loader()(text)
        node = loader.get_single_node()
        return _convert(node, loader) if node is not None else None
    except _Refused as refused:
        problems.add(refused.line, None, refused.message)
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        context = f" ({error.context})" if error.context else ""
        if error.context and error.context_mark and mark and error.context_mark.line != mark.line:
            context = f" ({error.context} that starts on line {error.context_mark.line + 1})"
        problems.add(mark.line + 1 if mark else None, None, f"not valid YAML: {error.problem}{context}; {HOW_TO_FIX}")
    except yaml.reader.ReaderError as error:
        problems.add(text[:error.position].count("\n") + 1, None,
                     f"holds a control character YAML does not allow ({_code_point(error.character)}): remove it")
    except yaml.YAMLError as error:
        problems.add(None, None, f"not valid YAML: {error}")
    except RecursionError:
        problems.add(None, None, "is nested too deeply to read (thousands of levels): the data files need a few")
    finally:
        if loader is not None:
            loader.dispose()
    return None


FAST_MAX_DEPTH = 64   # the data files nest a few levels; anything deeper takes the careful path


def _fast_loader(text: str):
    """libyaml's C parser, about ten times faster on a desk-sized checks.yml, when the text is
    plainly safe for it: no alias, no character PyYAML refuses, no deep nesting (libyaml's
    composer recurses in C). Otherwise, or on any error, None: PyYAML's own loader then reads
    the text and gives the message, so both paths accept and refuse exactly the same files."""
    import yaml

    if not getattr(yaml, "__with_libyaml__", False) or yaml.reader.Reader.NON_PRINTABLE.search(text):
        return None
    depth = 0
    try:
        for event in yaml.parse(text, Loader=yaml.CSafeLoader):
            if isinstance(event, yaml.AliasEvent):
                return None
            if isinstance(event, (yaml.MappingStartEvent, yaml.SequenceStartEvent)):
                depth += 1
                if depth > FAST_MAX_DEPTH:
                    return None
            elif isinstance(event, (yaml.MappingEndEvent, yaml.SequenceEndEvent)):
                depth -= 1
    except yaml.YAMLError:
        return None
    return yaml.CSafeLoader(text)


def _convert(node, loader):
    import yaml

    line = node.start_mark.line + 1
    plain_tag = {yaml.MappingNode: "tag:yaml.org,2002:map", yaml.SequenceNode: "tag:yaml.org,2002:seq"}.get(type(node))
    if plain_tag and node.tag != plain_tag:
        raise _Refused(line, f"the tag {node.tag} is not allowed: write a plain list or mapping")
    if isinstance(node, yaml.MappingNode):
        result = Located()
        result.line = line
        result.key_lines = {}
        for key_node, value_node in node.value:
            key = _convert(key_node, loader)
            key_line = key_node.start_mark.line + 1
            if isinstance(key, (dict, list)):
                raise _Refused(key_line, "a key must be a plain word or number, not a list or a mapping")
            if key in result.key_lines:
                raise _Refused(key_line, f"the key {key!r} is written twice in this mapping "
                                         f"(first on line {result.key_lines[key]}): keep one")
            result[key] = _convert(value_node, loader)
            result.key_lines[key] = key_line
        return result
    if isinstance(node, yaml.SequenceNode):
        result = LocatedList(_convert(item, loader) for item in node.value)
        result.line = line
        result.item_lines = [item.start_mark.line + 1 for item in node.value]
        return result
    try:
        value = loader.construct_object(node, deep=True)
    except yaml.constructor.ConstructorError as error:
        raise _Refused(line, f"cannot read {node.value!r}: {error.problem}") from None
    except (ValueError, OverflowError) as error:  # a date like 2016-13-45 matches YAML's date pattern
        raise _Refused(line, f"cannot read {node.value!r} as a {_kind(node.tag)}: {error}; "
                             "write a valid one, or put the text in quotes") from None
    if isinstance(value, str) and HALF_A_CHARACTER.search(value):   # an escape such as "\uD800": no character
        # a text can hold (it fails later, far from here, when written out as UTF-8)
        raise _Refused(line, "holds half of a character (an escape from \\uD800 to \\uDFFF): write the character "
                             "itself, or its whole escape (\\U0001F600 for 😀)")
    return value


HALF_A_CHARACTER = re.compile("[\ud800-\udfff]")


def _code_point(character) -> str:
    return f"U+{character if isinstance(character, int) else ord(character):04X}"


def _kind(tag: str) -> str:
    return {"tag:yaml.org,2002:timestamp": "date", "tag:yaml.org,2002:int": "number",
            "tag:yaml.org,2002:float": "number"}.get(tag, "value")
