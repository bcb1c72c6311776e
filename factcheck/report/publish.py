"""The data package a reader downloads from the site: the ledger, the references and the register, as CSV with a
Frictionless descriptor.

The ledger tables and the references are copied byte for byte from data/; the register
is computed from the checks (never typed; ratings come from the reviewed data) and
described by `register.REGISTER_FIELDS`.
"""
from __future__ import annotations

import csv
import io
import json
import math
from pathlib import Path

from factcheck import paths
from factcheck.ledger.claims import load_ledger
from factcheck.report.register import (REGISTER_FIELDS, STATEMENT_FIELDS, by_severity, outcomes, register_table,
                                       statements_table)

LEDGER_TABLES = ("claims.csv", "non_claims.csv", "references.csv")
REGISTER_FILE = "register.csv"
STATEMENTS_FILE = "statements.csv"


def data_package_files(root: Path = paths.ROOT, ledger=None) -> dict[str, bytes]:
    """Every file of the published package, by name: the ledger tables, register.csv and datapackage.json.

    ledger: the ledger of root's files as they are, validated (the build's own, under the standard rules)."""
    from factcheck.checks.kept import kept_ledger

    root = Path(root)
    # the ledger the build has just validated and kept for the pages' kernels, unpickled (load_ledger otherwise:
    # files it has not validated are validated here, every problem named)
    if ledger is None:
        ledger = kept_ledger(root, load_ledger=load_ledger)
    results = by_severity(outcomes(ledger))   # the checks under root, most serious first
    files = {name: (root / "data" / name).read_bytes() for name in LEDGER_TABLES}
    files[STATEMENTS_FILE] = register_csv(statements_table(results))
    files[REGISTER_FILE] = register_csv(register_table(results, ledger))
    files["datapackage.json"] = (json.dumps(descriptor(root), indent=2, ensure_ascii=False) + "\n").encode("utf-8")
    return files


def descriptor(root: Path) -> dict:
    """data/datapackage.json with the register added as a third resource."""
    package = json.loads((Path(root) / "data" / "datapackage.json").read_text(encoding="utf-8"))
    package["description"] = (package.get("description", "") + " statements.csv holds every statement the report "
                              "rates, with who is responsible for it and its one reviewed verdict (rating and materiality, "
                              "with reasons); the register (register.csv) holds every check with its computed arithmetic "
                              "outcome and, where it is evidence, the statement it is evidence for.").strip()
    package["resources"].append({
        "name": "statements", "path": STATEMENTS_FILE, "profile": "tabular-data-resource", "format": "csv",
        "mediatype": "text/csv", "encoding": "utf-8",
        "schema": {"fields": STATEMENT_FIELDS, "primaryKey": ["statement_id"], "missingValues": [""]},
    })
    package["resources"].append({
        "name": "register", "path": REGISTER_FILE, "profile": "tabular-data-resource", "format": "csv",
        "mediatype": "text/csv", "encoding": "utf-8",
        "schema": {"fields": REGISTER_FIELDS, "primaryKey": ["check_id"], "missingValues": [""],
                   "foreignKeys": [{"fields": ["statement_id"],
                                    "reference": {"resource": "statements", "fields": ["statement_id"]}}]},
    })
    return package


def register_csv(register) -> bytes:
    """The register as CSV, numbers written so two runs give the same bytes and Frictionless reads them."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(register.columns)
    for row in register.itertuples(index=False):
        writer.writerow([_cell(value) for value in row])
    return out.getvalue().encode("utf-8")


def write_data_package(folder: Path, root: Path = paths.ROOT, ledger=None) -> list[str]:
    """Write the package into folder; only files whose bytes changed are rewritten. Returns their names.
    ledger: as `data_package_files` takes it."""
    from factcheck.files.atomic import write_atomically

    folder = Path(folder)
    written = []
    for name, data in data_package_files(root, ledger).items():
        target = folder / name
        if not target.exists() or target.read_bytes() != data:
            write_atomically(target, data)
            written.append(name)
    return written


def _cell(value) -> str:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ""
    if isinstance(value, float):
        if math.isinf(value):
            return "INF" if value > 0 else "-INF"
        return repr(value)
    return str(value)
