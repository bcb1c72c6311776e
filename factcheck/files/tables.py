"""Read a CSV table and validate it with frictionless against its schema, reporting every problem by line and column.

The schema lives in data/datapackage.json (the same file that publishes the
tables), so the column list, types and constraints are written down once, and
frictionless, the library that defines the format, checks them: types,
required cells, patterns, enums, minimums, unique columns and the primary key.

Frictionless costs a quarter of a second to import, more than everything else
`check` does after a one-claim edit. So a table is first read plainly
(`plainly_valid`): when its header is the schema's, every cell is in a form whose
meaning under frictionless's own rules is certain (text; a whole number written
as digits; a decimal like 12.5 or INF; true/false) and meets its constraints,
and no unique column or key repeats, the rows are typed exactly as frictionless
types them and frictionless is not imported. Anything else (any fault at all, a
cell like "1e3" or " 7", a schema using a type, format or option not listed in
PLAIN_TYPES) goes to frictionless, which names every problem as before: the
plain reading only ever accepts, and never words an error. `read_table(...,
thorough=True)` (and `check --full`) sends every table to frictionless;
tests/files/test_tables.py holds the two readings to the same rows.

What frictionless cannot see, because it happens before a table exists, is read
here first and named in plain words: a file that is not UTF-8 (a spreadsheet's
Windows-1252 export), a spreadsheet's ';'-separated export, a stray '"' that
would silently move text from one column into the next. A UTF-8 byte-order mark
and Windows line ends (what Excel's "CSV UTF-8" writes) are read as they are.
"""
from __future__ import annotations

import copy
import csv
import io
import json
import math
import re
from pathlib import Path

from factcheck.files.guidance import blank_column
from factcheck.files.problems import Collector, raise_if_any, read_bytes

TYPE_WORDS = {"integer": "a whole number", "number": "a number", "string": "text"}
SAVE_AS_UTF8 = ("save it as UTF-8: in Excel choose 'CSV UTF-8 (Comma delimited)'; in LibreOffice tick "
                "'Edit filter settings' and choose 'Unicode (UTF-8)'")
THOROUGH = False   # True: every table through frictionless (`check --full`); see read_table
LABEL_ERRORS = {"missing-label", "extra-label", "incorrect-label", "duplicate-label", "blank-label", "blank-header"}
CELL_COUNT_ERRORS = {"missing-cell", "extra-cell"}


def load_schema(datapackage: Path, resource: str) -> dict:
    """The table schema of one resource; a broken datapackage.json raises ValidationFailed naming its line."""
    problems = Collector(datapackage)
    try:
        package = json.loads(Path(datapackage).read_bytes().decode("utf-8"))
    except json.JSONDecodeError as error:
        problems.add(error.lineno, None, f"not valid JSON: {error.msg} (column {error.colno})")
    except (OSError, UnicodeDecodeError) as error:
        problems.add(None, None, f"cannot be read: {error}")
    else:
        for entry in package.get("resources", []) if isinstance(package, dict) else []:
            if isinstance(entry, dict) and entry.get("name") == resource and isinstance(entry.get("schema"), dict):
                return entry["schema"]
        problems.add(None, "resources", f"no resource named {resource!r} with a schema")
    raise_if_any(problems)


def read_table(path: Path, schema: dict, problems: Collector, thorough: bool | None = None) -> list[dict]:
    """Rows as dicts of typed values, each with its 1-based file line under '_line'.

    Every problem (missing or unknown column, bad type, broken constraint, duplicate
    key) goes to `problems`; a row with a bad cell is still returned, with that cell
    set to None, so later checks can report more.

    thorough: validate with frictionless even a table the plain reading accepts (default:
    `THOROUGH`, which `check --full` sets)."""
    names = [f["name"] for f in schema["fields"]]
    text = _text(Path(path), problems)
    if text is None:
        return []
    records = _records(text, problems)
    if not any(c.strip() for _, cells in records for c in cells):
        problems.add(1, None, f"the file is empty; expected a header row: {','.join(names)}")
        return []
    header_line, header = records[0]
    if header_line != 1 or not any(c.strip() for c in header):
        problems.add(1, None, f"the first line must be the header row: {','.join(names)}")
        return []
    rows = [(line, cells) for line, cells in records[1:] if any(c.strip() for c in cells)]  # blank lines are skipped
    if _separator_problem(header, names, problems):
        return []
    if not (THOROUGH if thorough is None else thorough):
        typed = plainly_valid(header, rows, schema)
        if typed is not None:
            return typed
    before = len(problems.problems)
    typed = _validated(header, rows, schema, problems)
    problems.problems[before:] = sorted(problems.problems[before:], key=lambda p: p.line or 0)  # in file order
    return typed


def _text(path: Path, problems: Collector) -> str | None:
    """The file as text (a UTF-8 byte-order mark dropped), or None with the reason in problems."""
    if not path.exists():
        problems.add(None, None, "file not found")
        return None
    raw = read_bytes(path, problems)
    if raw is None:
        return None
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        problems.add(1, None, f"is UTF-16 text (a spreadsheet's 'Unicode text' export); {SAVE_AS_UTF8}")
        return None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        at = error.start
        problems.add(raw[:at].count(b"\n") + 1, None,
                     f"is not UTF-8 text: byte 0x{raw[at]:02x} ({raw[at:at + 1].decode('cp1252', 'replace')!r} in "
                     f"Windows-1252) cannot be read, so a spreadsheet probably saved it as Windows-1252 or Latin-1; {SAVE_AS_UTF8}")
        return None
    if "\x00" in text:
        problems.add(text[:text.index("\x00")].count("\n") + 1, None,
                     "holds NUL bytes, so it is not a CSV text file (a spreadsheet's own format?); save it as CSV, UTF-8")
        return None
    return text


MAX_CELL = 131_072   # characters in one cell: Python's csv module's own limit, which a library may have raised


def _records(text: str, problems: Collector) -> list[tuple[int, list[str]]]:
    """(line the record starts on, cells); a stray '"' is reported with its line, and its record skipped."""
    previous = csv.field_size_limit(MAX_CELL)   # the same limit whatever ran before in this process
    try:
        return _records_within_the_limit(text, problems)
    finally:
        csv.field_size_limit(previous)


def _records_within_the_limit(text: str, problems: Collector) -> list[tuple[int, list[str]]]:
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    records, line = [], 0
    while True:
        start = line + 1
        try:
            cells = next(reader)
        except StopIteration:
            break
        except csv.Error as error:
            if "unexpected end of data" in str(error):
                problems.add(start, None, "a '\"' opens a quoted cell that is never closed, so the rest of the file "
                                          "would be read into one cell: close it, or write a '\"' inside a cell as '\"\"'")
                break
            if "field larger than field limit" in str(error):   # (Python's csv module: 131,072 characters)
                problems.add(start, None, f"a cell of this row is longer than {MAX_CELL:,} characters, "
                                          "far more than any cell of a claim needs: shorten it; this row was not read")
                line = reader.line_num
                continue
            problems.add(start, None, "a stray '\"': a quoted cell must end with '\"' just before the next ',' or the end "
                                      "of the line (write a '\"' inside a cell as '\"\"'); this row was not read")
            line = reader.line_num
            continue
        line = reader.line_num
        records.append((start, cells))
    return records


def _separator_problem(header: list[str], names: list[str], problems: Collector) -> bool:
    """A header read as one cell holding ';' or tabs: a spreadsheet's export with another separator."""
    if len(header) != 1 or len(names) == 1:
        return False
    for separator, called in ((";", "';' (semicolons)"), ("\t", "tabs")):
        if separator in header[0]:
            problems.add(1, None, f"the columns are separated by {called}, not commas (a spreadsheet set to another "
                                  "locale writes this): save it as CSV with ',' as the field separator")
            return True
    return False


# What the plain reading understands: per type, the constraints it checks, and the cell texts whose
# typed value under frictionless is certain (frictionless strips a number's cell and hands it to
# int() or float(), which also take " 7", "1_000", "1e3", "٣"...: those go to frictionless).
PLAIN_TYPES = {
    "string": ({"required", "unique", "pattern", "enum", "minLength", "maxLength"}, None),
    "integer": ({"required", "unique", "minimum", "maximum"}, re.compile(r"-?[0-9]+")),
    "number": ({"required", "unique", "minimum", "maximum"}, re.compile(r"-?(?:[0-9]+(?:\.[0-9]+)?|INF|inf)")),
    "boolean": ({"required", "unique"}, re.compile(r"true|True|TRUE|1|false|False|FALSE|0")),
}
PLAIN_FIELD_KEYS = {"name", "type", "title", "description", "constraints", "example"}
PLAIN_SCHEMA_KEYS = {"fields", "primaryKey", "missingValues"}


def plainly_valid(header: list[str], rows: list[tuple[int, list[str]]], schema: dict) -> list[dict] | None:
    """The rows typed as frictionless types them, when the table is plainly valid; else None (ask frictionless).

    None for anything this reading does not settle beyond doubt, valid or not: it never reports a problem."""
    readers = _plain_readers(schema)
    if readers is None or header != [name for name, _ in readers]:
        return None
    width, typed = len(readers), []
    for line, cells in rows:
        if len(cells) != width:
            return None
        out = {"_line": line}
        for (name, read), cell in zip(readers, cells):
            value = read(cell)
            if value is _DOUBT:
                return None
            out[name] = value
        typed.append(out)
    key = schema.get("primaryKey") or []
    key = [key] if isinstance(key, str) else key
    unique = [f["name"] for f in schema["fields"] if f.get("constraints", {}).get("unique")]
    for columns in [[name] for name in unique] + ([key] if key else []):
        seen = set()   # frictionless keeps a dict of the typed values: the same equality (1 == 1.0 == True)
        for row in typed:
            value = tuple(row[c] for c in columns)
            if None in value or value in seen:
                return None   # a blank in a key, or a repeat: frictionless names it
            seen.add(value)
    return typed


class _Doubt:
    pass


_DOUBT = _Doubt()


def _plain_readers(schema: dict) -> list[tuple[str, object]] | None:
    """(column, reader) per field, each reader giving the typed value or _DOUBT; None if the schema is not plain."""
    if not isinstance(schema, dict) or not set(schema) <= PLAIN_SCHEMA_KEYS or not isinstance(schema.get("fields"), list):
        return None
    missing = schema.get("missingValues", [""])
    if not isinstance(missing, list) or not all(isinstance(m, str) for m in missing):
        return None
    names = [f.get("name") if isinstance(f, dict) else None for f in schema["fields"]]
    if not all(isinstance(n, str) and n for n in names) or len(set(names)) != len(names):
        return None
    key = schema.get("primaryKey", [])
    key = [key] if isinstance(key, str) else key
    if not isinstance(key, list) or not set(key) <= set(names):
        return None
    readers = []
    for field in schema["fields"]:
        reader = _plain_reader(field, frozenset(missing))
        if reader is None:
            return None
        readers.append((field["name"], reader))
    return readers


def _plain_reader(field: dict, missing: frozenset):
    kind = field.get("type")   # frictionless reads a field without one as "any"
    constraints = field.get("constraints", {})
    if (kind not in PLAIN_TYPES or not set(field) <= PLAIN_FIELD_KEYS or not isinstance(constraints, dict)
            or not set(constraints) <= PLAIN_TYPES[kind][0]):
        return None
    if not all(isinstance(constraints.get(c, False), bool) for c in ("required", "unique")):
        return None
    number = (int, float)
    bounds = [constraints.get(c) for c in ("minimum", "maximum")]
    lengths = [constraints.get(c) for c in ("minLength", "maxLength")]
    enum, pattern = constraints.get("enum"), constraints.get("pattern")
    if (any(b is not None and (isinstance(b, bool) or not isinstance(b, number)) for b in bounds)
            or any(n is not None and (isinstance(n, bool) or not isinstance(n, int)) for n in lengths)
            or (enum is not None and not (isinstance(enum, list) and all(isinstance(e, str) for e in enum)))
            or (pattern is not None and not isinstance(pattern, str))):
        return None
    if pattern is not None:
        try:
            pattern = re.compile("^{0}$".format(pattern))   # as frictionless compiles it
        except re.error:
            return None
    form = PLAIN_TYPES[kind][1]
    low, high = bounds
    shortest, longest = lengths

    def read(cell: str):
        if cell in missing:
            return _DOUBT if constraints.get("required") else None   # a blank required cell: frictionless's to name
        if kind == "string":
            value = cell
        elif not form.fullmatch(cell):
            return _DOUBT
        elif kind == "integer":
            value = int(cell)
        elif kind == "number":
            value = float(cell)
        else:
            value = cell in ("true", "True", "TRUE", "1")
        if ((low is not None and not value >= low) or (high is not None and not value <= high)
                or (shortest is not None and len(value) < shortest) or (longest is not None and len(value) > longest)
                or (enum is not None and value not in enum) or (pattern is not None and not pattern.match(value))):
            return _DOUBT
        return value

    return read


def _validated(header: list[str], rows: list[tuple[int, list[str]]], schema: dict, problems: Collector) -> list[dict]:
    """Validate header and rows with frictionless; the rows typed, bad cells None."""
    from frictionless import FrictionlessException, Resource, Schema

    fields = {f["name"]: f for f in schema["fields"]}
    descriptor = copy.deepcopy(schema)
    required = []
    for field in descriptor["fields"]:
        if field.get("type") == "number":
            field["floatNumber"] = True  # read as float (the arithmetic's type), not Decimal
        if field.get("constraints", {}).pop("required", False):
            required.append(field["name"])  # blanks are found below: frictionless builds a costly error object per
            # blank, and a participant's fresh folder has four blanks a claim (40,000 for 10,000 claims)
    lines = {2 + index: line for index, (line, _) in enumerate(rows)}  # frictionless row number -> file line

    table = [header] + [cells for _, cells in rows]
    try:
        schema_object = Schema.from_descriptor(descriptor)
    except FrictionlessException as error:
        problems.add(None, None, f"cannot be checked: its schema in data/datapackage.json is not valid ({error.error.note})")
        return []
    # frictionless reads " metric" as metric; the rest of the tools read the header as written
    spaced = [label for label in header if label != label.strip() and label.strip() in fields]
    for label in spaced:
        problems.add(1, label.strip(), f"the header writes this column {label!r}, with a space or another blank "
                                       f"beside its name: write {label.strip()} alone")
    if spaced:
        return []
    if header and re.fullmatch(r"sep=.?", header[0].strip(), re.IGNORECASE):
        if any(label.strip() for label in header[1:]):   # "sep=,claim_id,doc_id,...": the header follows it
            problems.add(1, None, "the header starts with 'sep=', a spreadsheet program's note of the separator: "
                                  "delete it from the start of the line")
        else:
            problems.add(1, None, f"the first line, {header[0] + (',' if len(header) > 1 else '')!r}, is a "
                                  "spreadsheet program's note of the separator, not the header: delete that line")
        return []
    if not set(fields) <= set(header):   # the columns are read by name below: name what is wrong instead
        _header_problems(header, list(fields), problems)
        return []
    report = Resource(data=table, schema=schema_object).validate(limit_errors=100_000)
    errors = [e for task in report.tasks for e in task.errors] + list(report.errors)
    if any(e.type in LABEL_ERRORS for e in errors):
        _header_problems(header, list(fields), problems)
        return []  # the columns are matched by position: with a wrong header every cell would land in the wrong column

    bad_cells: set[tuple[int, str]] = set()
    short_or_long = {e.row_number for e in errors if e.type in CELL_COUNT_ERRORS}
    for error in errors:
        row_number = getattr(error, "row_number", None)
        line = lines.get(row_number) if row_number else None
        name = getattr(error, "field_name", None) or None
        if name:
            bad_cells.add((row_number, name))
        if error.type in CELL_COUNT_ERRORS or (row_number in short_or_long and error.type == "constraint-error"):
            continue  # one message for the row (below), not one per missing cell
        _report(error, line, name, fields, schema.get("primaryKey", []), lines, problems)
    missing = set(schema.get("missingValues", [""]))
    for row_number, (line, cells) in enumerate(rows, start=2):
        if row_number in short_or_long:
            continue
        for name in required:
            if cells[header.index(name)] in missing:
                bad_cells.add((row_number, name))
                _report_blank(line, name, fields, problems)
    for row_number in sorted(short_or_long):
        problems.add(lines[row_number], None, f"expected {len(header)} cells, found {len(table[row_number - 1])} "
                                              "(a stray comma, or a comma in a cell that is not in quotes?)")

    typed = []
    with Resource(data=table, schema=schema_object) as resource:
        for row in resource.row_stream:
            values = row.to_dict()
            out = {"_line": lines[row.row_number]}
            for name, field in fields.items():
                value = None if (row.row_number, name) in bad_cells else values.get(name)
                if isinstance(value, float) and math.isnan(value):
                    problems.add(out["_line"], name, f"expected {TYPE_WORDS['number']}, found 'NaN' (not a number)")
                    value = None
                out[name] = value
            typed.append(out)
    return typed


# A number as an article in another language or a spreadsheet prints it ("7,5", "2 500", "1.000,5", "$2,500")
NUMBER_AS_PRINTED = re.compile(r"[$€£]?\s*-?[0-9][0-9 .,\u00a0\u202f\u2009]*[0-9]\s*%?|[$€£]\s*-?[0-9]+")


# a whole number with thousands set apart in threes, a currency sign or a percent sign ("1,079", "$2,500", "12%")
WHOLE_NUMBER_AS_PRINTED = re.compile(r"[$€£]?\s*\d{1,3}(?:[, \u00a0\u202f\u2009]\d{3})+\s*%?|[$€£]\s*\d+|\d+\s*%")


def _how_to_write(kind: str, cell) -> str:
    """For a number cell holding a number as printed, how the table wants it written."""
    if kind not in ("number", "integer") or not isinstance(cell, str) or not NUMBER_AS_PRINTED.fullmatch(cell.strip()):
        return ""
    if kind == "integer":
        if not WHOLE_NUMBER_AS_PRINTED.fullmatch(cell.strip()):   # "2.5", "1,5", "$2.50": no whole number to give back
            return ""
        return ": write it with no thousands separator, currency or percent sign: 2500, not 2,500"
    return (": write it with a full stop before any decimals and no thousands separator, currency or percent sign: "
            "7.5, not 7,5; 2500, not 2,500")


def _report(error, line: int | None, name: str | None, fields: dict, primary_key: list[str], lines: dict,
            problems: Collector) -> None:
    """One frictionless error as the project's file:line: column 'x': message."""
    cell = getattr(error, "cell", None)
    field = fields.get(name, {})
    kind = field.get("type", "string")
    constraints = field.get("constraints", {})
    if error.type == "type-error":
        problems.add(line, name, f"expected {TYPE_WORDS.get(kind, kind)}, found {cell!r}{_how_to_write(kind, cell)}")
    elif error.type == "constraint-error":
        constraint = _constraint_of(error.note)
        if constraint == "minimum":
            problems.add(line, name, f"must be at least {constraints['minimum']}, found {cell!r}")
        elif constraint == "maximum":
            problems.add(line, name, f"must be at most {constraints['maximum']}, found {cell!r}")
        elif constraint == "enum":
            problems.add(line, name, f"must be one of {', '.join(map(str, constraints['enum']))}; found {cell!r}")
        elif constraint == "pattern":
            problems.add(line, name, f"must match the pattern {constraints['pattern']}; found {cell!r}")
        else:
            problems.add(line, name, f"{cell!r} breaks the constraint {error.note}")
    elif error.type == "unique-error":
        problems.add(line, name, f"duplicate value {cell!r}; first used on line {_first_line(error.note, lines)}")
    elif error.type == "primary-key" and len(primary_key) == 1 and fields[primary_key[0]].get("constraints", {}).get("unique"):
        pass  # the same duplicate, already reported as a unique column's
    elif error.type == "primary-key":
        key = " and ".join(primary_key)
        problems.add(line, None, f"duplicate row: the same {key} as line {_first_line(error.note, lines)} "
                                 "(each row needs its own; remove the repeated one)")
    else:
        problems.add(line, name, error.message)


def _report_blank(line: int, name: str, fields: dict, problems: Collector) -> None:
    advice = blank_column(name)
    if advice:  # a judgement left to the person: say what to write
        problems.add(line, name, advice, to_fill=True)
    else:
        kind = fields[name].get("type", "string")
        problems.add(line, name, f"is empty; expected {TYPE_WORDS.get(kind, kind)}")


def _constraint_of(note: str) -> str:
    found = re.match(r'constraint "(\w+)"', note or "")
    return found.group(1) if found else ""


def _first_line(note: str, lines: dict) -> str:
    found = re.search(r"position (\d+)", note or "")
    return str(lines.get(int(found.group(1)), "?")) if found else "?"


def _header_problems(header: list[str], names: list[str], problems: Collector) -> None:
    """The header against the schema's columns, which must be the same, in the same order."""
    expected = f"expected the columns {','.join(names)}"
    seen = set()
    for label in header:
        if not label.strip():
            problems.add(1, None, f"a column has no name; {expected}")
        elif label in seen:
            problems.add(1, label, "appears twice in the header")
        elif label not in names:
            problems.add(1, label, "unknown column; the schema in data/datapackage.json does not describe it")
        seen.add(label)
    for name in names:
        if name not in header:
            problems.add(1, name, f"missing column ({expected})")
    if set(header) == set(names) and len(header) == len(names):
        problems.add(1, None, f"the columns are in another order; {expected}, in this order")
