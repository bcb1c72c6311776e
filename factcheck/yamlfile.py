"""Read a YAML file and remember the line of every key, so errors can point at it."""
from __future__ import annotations

from pathlib import Path

import yaml


class Located(dict):
    """A mapping that knows the line of each of its keys (`.line_of(key)`) and its own line."""

    line: int = 0
    key_lines: dict

    def line_of(self, key) -> int:
        return self.key_lines.get(key, self.line)


class LocatedList(list):
    line: int = 0


def load_located(path: Path):
    """Parse YAML into dicts/lists that carry 1-based line numbers."""
    with open(path, encoding="utf-8") as handle:
        node = yaml.compose(handle, Loader=yaml.SafeLoader)
    return _convert(node) if node is not None else None


def _convert(node):
    if isinstance(node, yaml.MappingNode):
        result = Located()
        result.line = node.start_mark.line + 1
        result.key_lines = {}
        for key_node, value_node in node.value:
            key = _convert(key_node)
            result[key] = _convert(value_node)
            result.key_lines[key] = key_node.start_mark.line + 1
        return result
    if isinstance(node, yaml.SequenceNode):
        result = LocatedList(_convert(item) for item in node.value)
        result.line = node.start_mark.line + 1
        return result
    return yaml.SafeLoader(" ").construct_object(node, deep=True)
