"""The downloadable data package: the ledger copied as is, the register computed, all described and valid."""
import csv
import io
import json
import math
import subprocess
import sys

import pandas as pd

from factcheck import paths
from factcheck.report.publish import data_package_files, register_csv, write_data_package
from factcheck.report.register import outcomes


def test_the_package_validates_with_frictionless(tmp_path):
    write_data_package(tmp_path)
    result = subprocess.run([sys.executable, "-m", "frictionless", "validate", "--json", str(tmp_path / "datapackage.json")],
                            capture_output=True, text=True, timeout=300)
    report = json.loads(result.stdout)
    assert report["valid"], json.dumps(report, indent=1)[:3000]
    assert [task["name"] for task in report["tasks"]] == ["claims", "non_claims", "references", "statements", "register"]


def test_the_register_has_every_check_with_its_computed_verdict():
    files = data_package_files()
    rows = list(csv.DictReader(io.StringIO(files["register.csv"].decode("utf-8"))))
    assert {r["check_id"]: r["verdict"] for r in rows} == {o.check.id: o.verdict for o in outcomes()}
    assert "rating" not in rows[0]   # a check has no rating: its statement has (statements.csv)
    evidence = {o.check.id: o.statement.id for o in outcomes() if o.statement}
    assert {r["check_id"]: r["statement_id"] for r in rows if r["statement_id"]} == evidence
    assert files["claims.csv"] == paths.CLAIMS_FILE.read_bytes()


def test_the_statements_table_has_one_row_and_one_verdict_per_statement():
    from factcheck.checks.statements import statements_of

    rows = list(csv.DictReader(io.StringIO(data_package_files()["statements.csv"].decode("utf-8"))))
    statements = statements_of(outcomes())
    assert {r["statement_id"]: (r["rating"], r["materiality"]) for r in rows} == {
        s.id: (s.rating, s.materiality) for s in statements}
    assert len(rows) == len(statements) == len({r["statement_id"] for r in rows})
    severities = [(r["rating"] in ("misleading", "wrong", "unsupported"), r["materiality"]) for r in rows]
    assert severities[0] == (True, "material"), "the statements open with a material problem"


def test_numbers_are_written_the_way_frictionless_reads_them():
    frame = pd.DataFrame([{"a": "x", "b": 1.5, "c": math.inf, "d": None, "e": math.nan}])
    assert register_csv(frame).decode() == "a,b,c,d,e\nx,1.5,INF,,\n"


def test_an_unchanged_package_is_not_rewritten(tmp_path):
    assert len(write_data_package(tmp_path)) == len(data_package_files())
    assert write_data_package(tmp_path) == []
