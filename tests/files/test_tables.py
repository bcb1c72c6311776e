"""Tables are validated by frictionless against data/datapackage.json; what spreadsheets write is read or named."""
from __future__ import annotations

import csv

import pytest

from factcheck import paths
from factcheck.files.problems import Collector
from factcheck.files.tables import load_schema, read_table

HEADER = "doc_id,start,end,text,kind,reason"
ROW = "tiny,79,92,November 2015,date,the month the figures describe"


@pytest.fixture
def schema():
    return load_schema(paths.DATAPACKAGE_FILE, "non_claims")


def read(tmp_path, schema, content: bytes | str):
    path = tmp_path / "non_claims.csv"
    path.write_bytes(content.encode("utf-8") if isinstance(content, str) else content)
    problems = Collector(path)
    return read_table(path, schema, problems), [str(p).removeprefix(f"{tmp_path}/") for p in problems.problems]


def test_a_good_table_gives_typed_rows_with_their_lines(tmp_path, schema):
    rows, problems = read(tmp_path, schema, f"{HEADER}\n{ROW}\n\n{ROW.replace('79,92', '100,104')}\n")
    assert problems == []
    assert [(r["_line"], r["start"], r["text"]) for r in rows] == [(2, 79, "November 2015"), (4, 100, "November 2015")]


def test_a_duplicate_row_breaks_the_primary_key(tmp_path, schema):
    _, problems = read(tmp_path, schema, f"{HEADER}\n{ROW}\n{ROW}\n")
    assert problems == ["non_claims.csv:3: duplicate row: the same doc_id and start as line 2 "
                        "(each row needs its own; remove the repeated one)"]


def test_a_cell_past_the_csv_readers_limit_is_named_as_too_long_not_as_a_stray_quote(tmp_path, schema):
    from factcheck.files.tables import MAX_CELL

    before = csv.field_size_limit(10 * MAX_CELL)   # as a library may leave it (frictionless does): named all the same
    try:
        rows, problems = read(tmp_path, schema, f"{HEADER}\ntiny,79,92,{'x' * (MAX_CELL + 1)},date,the month\n{ROW}\n")
    finally:
        csv.field_size_limit(before)
    assert problems == [f"non_claims.csv:2: a cell of this row is longer than {MAX_CELL:,} characters, far more than "
                        "any cell of a claim needs: shorten it; this row was not read"]
    assert [r["_line"] for r in rows] == [3]


def test_a_stray_quote_that_closes_in_the_same_row_is_named(tmp_path, schema):
    # Read leniently, '"November" 2015,date' would become one cell and shift the columns after it.
    rows, problems = read(tmp_path, schema, f'{HEADER}\ntiny,79,92,"November" 2015,date,the month\n{ROW}\n')
    assert problems == ["non_claims.csv:2: a stray '\"': a quoted cell must end with '\"' just before the next ',' "
                        "or the end of the line (write a '\"' inside a cell as '\"\"'); this row was not read"]
    assert [r["_line"] for r in rows] == [3]


def test_a_quote_never_closed_is_named_at_its_row(tmp_path, schema):
    _, problems = read(tmp_path, schema, f'{HEADER}\n{ROW}\ntiny,100,104,"November 2015,date,x\n{ROW}\n')
    assert problems[0].startswith("non_claims.csv:3: a '\"' opens a quoted cell that is never closed")


def test_a_quoted_cell_may_hold_commas_quotes_and_line_breaks(tmp_path, schema):
    rows, problems = read(tmp_path, schema, f'{HEADER}\ntiny,1,2,"a ""b"", c\nd",date,x\n{ROW}\n')
    assert problems == [] and rows[0]["text"] == 'a "b", c\nd' and rows[1]["_line"] == 4


def test_excel_csv_utf8_with_byte_order_mark_and_windows_line_ends_is_read(tmp_path, schema):
    rows, problems = read(tmp_path, schema, b"\xef\xbb\xbf" + f"{HEADER}\r\n{ROW}\r\n".encode())
    assert problems == [] and rows[0]["doc_id"] == "tiny" and rows[0]["reason"] == "the month the figures describe"


def test_a_windows_1252_export_is_named_with_what_to_do(tmp_path, schema):
    _, problems = read(tmp_path, schema, f"{HEADER}\n{ROW}\n".encode() + "tiny,1,2,x,date,caf\u00e9 \u201cquoted\u201d\n".encode("cp1252"))
    assert len(problems) == 1
    assert problems[0].startswith("non_claims.csv:3: is not UTF-8 text: byte 0xe9 ('é' in Windows-1252) cannot be read")
    assert "in Excel choose 'CSV UTF-8 (Comma delimited)'" in problems[0]


def test_a_utf16_export_is_named(tmp_path, schema):
    _, problems = read(tmp_path, schema, f"{HEADER}\n{ROW}\n".encode("utf-16"))
    assert problems[0].startswith("non_claims.csv:1: is UTF-16 text")


def test_a_semicolon_separated_export_is_named(tmp_path, schema):
    _, problems = read(tmp_path, schema, f"{HEADER}\n{ROW}\n".replace(",", ";"))
    assert problems == ["non_claims.csv:1: the columns are separated by ';' (semicolons), not commas (a spreadsheet "
                        "set to another locale writes this): save it as CSV with ',' as the field separator"]


@pytest.mark.parametrize("content", ["", "\n\n", " \n,,\n", b"\xef\xbb\xbf"])
def test_an_empty_file_asks_for_its_header(tmp_path, schema, content):
    _, problems = read(tmp_path, schema, content)
    assert problems == [f"non_claims.csv:1: the file is empty; expected a header row: {HEADER}"]


def test_a_header_after_a_blank_line_is_not_a_header(tmp_path, schema):
    _, problems = read(tmp_path, schema, f"\n{HEADER}\n{ROW}\n")
    assert problems == [f"non_claims.csv:1: the first line must be the header row: {HEADER}"]


def test_nul_bytes_are_named(tmp_path, schema):
    _, problems = read(tmp_path, schema, f"{HEADER}\n{ROW}\x00\n")
    assert problems[0].startswith("non_claims.csv:2: holds NUL bytes")


def test_a_short_or_long_row_says_how_many_cells(tmp_path, schema):
    _, problems = read(tmp_path, schema, f"{HEADER}\ntiny,1,2,November 2015,date\n{ROW},extra\n")
    assert problems == ["non_claims.csv:2: expected 6 cells, found 5 (a stray comma, or a comma in a cell that is not in quotes?)",
                        "non_claims.csv:3: expected 6 cells, found 7 (a stray comma, or a comma in a cell that is not in quotes?)"]


def test_types_and_constraints_name_row_and_column(tmp_path, schema):
    _, problems = read(tmp_path, schema, f"{HEADER}\nTiny,-1,x,November 2015,month,\n")
    assert problems == [
        "non_claims.csv:2: column 'doc_id': must match the pattern [a-z][a-z0-9]*; found 'Tiny'",
        "non_claims.csv:2: column 'start': must be at least 0, found '-1'",
        "non_claims.csv:2: column 'end': expected a whole number, found 'x'",
        "non_claims.csv:2: column 'kind': must be one of date, year, fiscal_year, ordinal, name, pronoun, artefact, url, idiom; found 'month'",
        "non_claims.csv:2: column 'reason': is blank: say in one sentence why this number is not a claim "
        "(for example 'the year the law was passed, not a quantity')"]


def test_the_header_must_be_the_schemas_columns_in_order(tmp_path, schema):
    _, problems = read(tmp_path, schema, f"doc_id,end,start,text,kind,reason,comment\n{ROW},x\n")
    assert problems == ["non_claims.csv:1: column 'comment': unknown column; the schema in data/datapackage.json does not describe it"]
    _, problems = read(tmp_path, schema, f"doc_id,end,start,text,kind,reason\n{ROW}\n")
    assert problems == [f"non_claims.csv:1: the columns are in another order; expected the columns {HEADER}, in this order"]


def test_not_a_number_is_refused(tmp_path):
    schema = load_schema(paths.DATAPACKAGE_FILE, "claims")
    names = [f["name"] for f in schema["fields"]]
    row = dict.fromkeys(names, "x") | {"claim_id": "tiny-01", "doc_id": "tiny", "start": "1", "end": "2", "value": "NaN",
                                      "value_to": "", "unit": "people", "hedge": "", "precision": "0", "low": "1",
                                      "high": "INF", "bounds": "[]", "metric": "m"}
    rows, problems = read(tmp_path, schema, ",".join(names) + "\n" + ",".join(row[n] for n in names) + "\n")
    assert problems == ["non_claims.csv:2: column 'value': expected a number, found 'NaN' (not a number)"]
    assert rows[0]["value"] is None and rows[0]["high"] == float("inf")


def test_a_broken_datapackage_is_named_with_its_line(tmp_path):
    from factcheck.files.problems import ValidationFailed

    package = tmp_path / "datapackage.json"
    package.write_text('{"resources": [\n', encoding="utf-8")
    with pytest.raises(ValidationFailed, match=r"datapackage.json:2: not valid JSON: Expecting value"):
        load_schema(package, "claims")
    package.write_text('{"resources": []}', encoding="utf-8")
    with pytest.raises(ValidationFailed, match=r"datapackage.json: column 'resources': no resource named 'claims'"):
        load_schema(package, "claims")


def test_a_schema_frictionless_rejects_is_named(tmp_path, schema):
    bad = {**schema, "fields": [{**f, "type": "bogus"} if f["name"] == "start" else f for f in schema["fields"]]}
    _, problems = read(tmp_path, bad, f"{HEADER}\n{ROW}\n")
    assert problems == ["non_claims.csv: cannot be checked: its schema in data/datapackage.json is not valid "
                        "(field type \"bogus\" is not supported)"]


# The plain reading (tables.plainly_valid) spares `check` importing frictionless; it may only ever accept,
# and only what frictionless accepts, typed the same.

def frictionless_reading(tmp_path, schema, content: str):
    """(rows, problems) as frictionless reads the table (thorough), and the plain reading's rows (or None)."""
    from factcheck.files import tables

    path = tmp_path / "table.csv"
    path.write_text(content, encoding="utf-8")
    problems = Collector(path)
    rows = read_table(path, schema, problems, thorough=True)
    records = tables._records(content, Collector(path))
    plain = tables.plainly_valid(records[0][1], [r for r in records[1:] if any(c.strip() for c in r[1])], schema)
    return rows, problems.problems, plain


def typed(rows):
    return [[(k, type(v), v) for k, v in row.items()] for row in rows]


@pytest.mark.parametrize("name", ["claims", "non_claims", "references"])
def test_the_plain_reading_types_each_shipped_table_as_frictionless_does(tmp_path, name):
    schema = load_schema(paths.DATAPACKAGE_FILE, name)
    rows, problems, plain = frictionless_reading(tmp_path, schema, (paths.DATA / f"{name}.csv").read_text(encoding="utf-8"))
    assert problems == [] and plain is not None, "the shipped table should need no frictionless to be read"
    assert typed(plain) == typed(rows)


CELLS = {
    "integer": ["7", "0", "-3", "007", "123456789012345678901234567890", " 7", "7 ", "+7", "1_000", "1e3", "7.0", "٣",
                "x", "-", "", "NaN"],
    "number": ["7", "12.5", "-0.25", "0.0", "INF", "inf", "-INF", "1.", ".5", "1e3", "1_0.5", " 2", "NaN", "nan",
               "Infinity", "x", "", "1,000"],
    "boolean": ["true", "True", "TRUE", "1", "false", "False", "FALSE", "0", "yes", "t", " true", ""],
    "string": ["text", " padded ", "", "a\n", "ab\nc", "Tiny", "tiny", "tiny-01", "tiny-1", "é", "[)", "[]", "x" * 25],
}
CONSTRAINTS = {
    "integer": [{}, {"required": True}, {"minimum": 0}, {"maximum": 10, "minimum": -5}],
    "number": [{}, {"minimum": 0}, {"maximum": 100}],
    "boolean": [{}, {"required": True}],
    "string": [{}, {"required": True}, {"pattern": "[a-z][a-z0-9]*"}, {"pattern": "[a-z]+-[0-9]{2,}|x"},
               {"enum": ["[]", "[)", "(]", "()"]}, {"minLength": 3}, {"maxLength": 20}, {"unique": True}],
}


@pytest.mark.parametrize("kind", sorted(CELLS))
def test_the_plain_reading_accepts_a_cell_only_as_frictionless_reads_it(tmp_path, kind):
    accepted = 0
    for constraints in CONSTRAINTS[kind]:
        schema = {"fields": [{"name": "id", "type": "integer", "constraints": {"required": True, "unique": True}},
                             {"name": "cell", "type": kind, "constraints": constraints}],
                  "primaryKey": ["id"], "missingValues": [""]}
        for cell in CELLS[kind]:
            quoted = '"' + cell.replace('"', '""') + '"'
            rows, problems, plain = frictionless_reading(tmp_path, schema, f"id,cell\n1,{quoted}\n")
            if plain is not None:
                accepted += 1
                assert problems == [] and typed(plain) == typed(rows), (kind, constraints, cell)
    assert accepted >= len(CONSTRAINTS[kind]) * 2   # the test is not passing by accepting nothing


def test_the_plain_reading_leaves_a_repeated_key_a_blank_required_cell_or_a_stray_form_to_frictionless(tmp_path, schema):
    from factcheck.files import tables

    row = ROW.split(",")
    assert tables.plainly_valid(HEADER.split(","), [(2, row)], schema) is not None
    assert tables.plainly_valid(HEADER.split(","), [(2, row), (3, row)], schema) is None          # the primary key
    assert tables.plainly_valid(HEADER.split(","), [(2, row[:5] + [""])], schema) is None          # a blank reason
    assert tables.plainly_valid(HEADER.split(","), [(2, row[:1] + [" 79"] + row[2:])], schema) is None
    assert tables.plainly_valid(HEADER.split(",")[::-1], [(2, row[::-1])], schema) is None         # another order
    with_format = {**schema, "fields": [{**f, "format": "email"} if f["name"] == "reason" else f for f in schema["fields"]]}
    assert tables.plainly_valid(HEADER.split(","), [(2, row)], with_format) is None               # not a plain schema


def test_a_good_table_is_read_without_importing_frictionless_and_a_bad_one_with_it(tmp_path):
    import subprocess
    import sys

    good = tmp_path / "good.csv"
    good.write_text(f"{HEADER}\n{ROW}\n", encoding="utf-8")
    bad = tmp_path / "bad.csv"
    bad.write_text(f"{HEADER}\n{ROW.replace('tiny', 'Tiny')}\n", encoding="utf-8")
    script = ("import sys; from factcheck import paths; from factcheck.files.problems import Collector; "
              "from factcheck.files.tables import load_schema, read_table; "
              "schema = load_schema(paths.DATAPACKAGE_FILE, 'non_claims'); problems = Collector(sys.argv[1]); "
              "read_table(sys.argv[1], schema, problems); print(len(problems.problems), 'frictionless' in sys.modules)")
    runs = [subprocess.run([sys.executable, "-c", script, str(path)], capture_output=True, text=True, check=True)
            for path in (good, bad)]
    assert [run.stdout.split() for run in runs] == [["0", "False"], ["1", "True"]]


@pytest.mark.parametrize("label", [" kind", "kind ", "kind\t", "kind\u00a0"])
def test_a_column_name_with_a_blank_beside_it_is_named_not_a_traceback(tmp_path, schema, label):
    """frictionless read ' kind' as kind; the check for blank required cells then looked for 'kind' and raised."""
    _, problems = read(tmp_path, schema, f"{HEADER.replace('kind', label)}\n{ROW}\n")
    assert problems == [f"non_claims.csv:1: column 'kind': the header writes this column {label!r}, with a space or "
                        "another blank beside its name: write kind alone"]


def test_a_spreadsheets_separator_line_before_the_header_is_named(tmp_path, schema):
    _, problems = read(tmp_path, schema, f"sep=,\n{HEADER}\n{ROW}\n")
    assert problems == ["non_claims.csv:1: the first line, 'sep=,', is a spreadsheet program's note of the separator, "
                        "not the header: delete that line"]
    _, problems = read(tmp_path, schema, f"sep=,{HEADER}\n{ROW}\n")   # on the header's own line: not the whole line
    assert problems == ["non_claims.csv:1: the header starts with 'sep=', a spreadsheet program's note of the "
                        "separator: delete it from the start of the line"]


@pytest.mark.parametrize("cell, told", [
    ("7,5", "write it with a full stop before any decimals and no thousands separator, currency or percent sign: "
            "7.5, not 7,5; 2500, not 2,500"),
    ("2 500", "write it with a full stop"), ("1.000,5", "write it with a full stop"), ("$2,500", "write it with a full stop"),
    ("12.5%", "write it with a full stop"), ("a hundred", None), ("x", None)])
def test_a_number_written_as_printed_is_told_how_to_write_it(tmp_path, cell, told):
    schema = load_schema(paths.DATAPACKAGE_FILE, "claims")
    names = [f["name"] for f in schema["fields"]]
    row = dict.fromkeys(names, "x") | {"claim_id": "tiny-01", "doc_id": "tiny", "start": "1", "end": "2", "value": cell,
                                      "value_to": "", "unit": "people", "hedge": "", "precision": "0", "low": "1",
                                      "high": "INF", "bounds": "[]", "metric": "m"}
    line = ",".join(f'"{row[n]}"' for n in names)
    _, problems = read(tmp_path, schema, ",".join(names) + "\n" + line + "\n")
    assert len(problems) == 1 and problems[0].startswith(f"non_claims.csv:2: column 'value': expected a number, found {cell!r}")
    assert (told in problems[0]) if told else problems[0].endswith(f"found {cell!r}")


def test_a_whole_number_with_a_separator_is_told_to_drop_it_and_a_decimal_is_not(tmp_path, schema):
    _, problems = read(tmp_path, schema, f"{HEADER}\ntiny,\"1,079\",2.5,November 2015,date,the month\n")
    assert problems == [
        "non_claims.csv:2: column 'start': expected a whole number, found '1,079': write it with no thousands separator, "
        "currency or percent sign: 2500, not 2,500",
        "non_claims.csv:2: column 'end': expected a whole number, found '2.5'"]


@pytest.mark.parametrize("cell", ["1,5", "$2.50", "2.5%", "1 079,25", "2016 2017", "1,2,3"])
def test_a_whole_number_column_gives_no_advice_that_would_change_the_number(tmp_path, schema, cell):
    """Taking the comma out of "1,5" gives 15: a cell that is no whole number as printed gets no advice."""
    _, problems = read(tmp_path, schema, f"{HEADER}\ntiny,\"{cell}\",92,November 2015,date,the month\n")
    assert problems == [f"non_claims.csv:2: column 'start': expected a whole number, found {cell!r}"]
