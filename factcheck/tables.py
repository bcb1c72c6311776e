"""Read a CSV table against its Frictionless schema, reporting every bad cell by line and column.

The schema lives in data/datapackage.json (the same file that publishes the
tables), so the column list, types and constraints are written down once.
"""
from __future__ import annotations

import csv
import json
import math
import re
from pathlib import Path

from .guidance import blank_column
from .problems import Collector

TYPE_WORDS = {"integer": "a whole number", "number": "a number", "string": "text", "boolean": "true or false"}


def load_schema(datapackage: Path, resource: str) -> dict:
    package = json.loads(Path(datapackage).read_text(encoding="utf-8"))
    for entry in package["resources"]:
        if entry["name"] == resource:
            return entry["schema"]
    raise KeyError(f"{datapackage} has no resource named {resource!r}")


def read_table(path: Path, schema: dict, problems: Collector) -> list[dict]:
    """Rows as dicts of typed values, each with its 1-based file line under '_line'.

    Every problem (missing or unknown column, bad type, broken constraint) goes to
    `problems`; a row with a bad cell is still returned, with that cell set to None,
    so later checks can report more."""
    path = Path(path)
    if not path.exists():
        problems.add(None, None, "file not found")
        return []
    fields = schema["fields"]
    missing_values = set(schema.get("missingValues", [""]))
    with open(path, encoding="utf-8", newline="") as handle:
        reader = csv.reader(handle)
        try:
            header = next(reader)
        except StopIteration:
            problems.add(1, None, "the file is empty; expected a header row")
            return []
        names = [f["name"] for f in fields]
        for name in names:
            if name not in header:
                problems.add(1, name, f"missing column (expected columns: {', '.join(names)})")
        for name in header:
            if name not in names:
                problems.add(1, name, "unknown column; the schema in data/datapackage.json does not describe it")
        rows = []
        seen_unique: dict[str, dict] = {f["name"]: {} for f in fields if f.get("constraints", {}).get("unique")}
        line = reader.line_num
        for cells in reader:
            row_line = line + 1  # the line this record starts on
            line = reader.line_num
            if not any(c.strip() for c in cells):
                continue
            if len(cells) != len(header):
                problems.add(row_line, None, f"expected {len(header)} cells, found {len(cells)} "
                                             "(a stray comma or an unquoted comma in a quote?)")
            raw = dict(zip(header, cells))
            row = {"_line": row_line}
            for field in fields:
                name = field["name"]
                if name not in raw:
                    row[name] = None
                    continue
                row[name] = _cell(raw[name], field, missing_values, row_line, problems)
                if name in seen_unique and row[name] is not None:
                    first = seen_unique[name].setdefault(row[name], row_line)
                    if first != row_line:
                        problems.add(row_line, name, f"duplicate value {row[name]!r}; first used on line {first}")
            rows.append(row)
    return rows


def _cell(text: str, field: dict, missing_values: set, line: int, problems: Collector):
    name, kind = field["name"], field.get("type", "string")
    constraints = field.get("constraints", {})
    if text in missing_values:
        advice = blank_column(name)
        if constraints.get("required") and advice:  # a judgement left to the person: say what to write
            problems.add(line, name, advice, to_fill=True)
        elif constraints.get("required"):
            problems.add(line, name, f"is empty; expected {TYPE_WORDS.get(kind, kind)}")
        return None
    try:
        value = _convert(text, kind)
    except ValueError:
        problems.add(line, name, f"expected {TYPE_WORDS.get(kind, kind)}, found {text!r}")
        return None
    if "minimum" in constraints and value < constraints["minimum"]:
        problems.add(line, name, f"must be at least {constraints['minimum']}, found {text!r}")
    if "enum" in constraints and value not in constraints["enum"]:
        problems.add(line, name, f"must be one of {', '.join(constraints['enum'])}; found {text!r}")
    if "minLength" in constraints and len(text) < constraints["minLength"]:
        problems.add(line, name, f"is too short: at least {constraints['minLength']} characters, found {len(text)}")
    if "pattern" in constraints and not re.fullmatch(constraints["pattern"], text):
        problems.add(line, name, f"must match the pattern {constraints['pattern']}; found {text!r}")
    return value


def _convert(text: str, kind: str):
    if kind == "integer":
        if not re.fullmatch(r"[+-]?\d+", text.strip()):
            raise ValueError(text)
        return int(text)
    if kind == "boolean":
        if text.strip().lower() not in ("true", "false"):
            raise ValueError(text)
        return text.strip().lower() == "true"
    if kind == "number":
        value = float(text)  # accepts INF, -INF as the Table Schema allows
        if math.isnan(value):
            raise ValueError(text)
        return value
    return text
