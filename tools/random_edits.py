"""Random edits a desk editor could make, and every page's code run on each set the validation accepts.

    .venv/bin/python tools/random_edits.py [--seed 0] [--trials 40]   # one line per trial; exit 1 if a page failed

A check written with its inputs the wrong way round once passed `check` and then failed
16 of the build's pages with a raw error. The validation (factcheck/pipeline/validate.py)
promises that what it accepts builds. This puts that promise to random data: in a
scratch copy of the package, data, seeds, templates and plan, each trial makes a few edits:
- a claim's figure read with another precision (its range worked out again, as the
  validation expects) or given another claim's unit, metric, period, population or
  speaker;
- a check's two inputs swapped, its tested claim replaced by another, or a check of two
  figures `a` and `b` turned into their difference or their ratio.
A set the validation refuses is skipped (that is the validation's job); one it cannot read
without an exception other than its own refusal is a failure. For a set it
accepts, every page of pages.yml made from a template has that template's code run, with
the page's parameters, in one Python process started in the copy and importing the
copy's own package (as the build's kernels import the checkout's: a page that loads the
ledger with no folder named reads the copy's). What a cell shows is formatted as the
kernel would (IPython's formatter: tables, charts drawn to SVG). Any exception is a
failure, printed with the page and the edits. Not covered: what papermill and the kernel
add (starting, capturing output, saving the page). The draws depend only on --seed.

tests/test_random_edits.py runs one trial of it.
"""
from __future__ import annotations

import argparse
import ast
import csv
import json
import math
import os
import random
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
# (the package is imported inside the functions: the process that runs the pages imports the copy's)

COPIED = ("factcheck", "data", "seeds", "notebooks", "pages.yml", "_config.yml")
WORDS = ("unit", "metric", "period", "population", "speaker")
PRECISIONS = (0, 0.1, 1, 10, 100, 1000)


def scratch_copy(destination: Path) -> Path:
    for name in COPIED:
        source = ROOT / name
        if source.is_dir():
            shutil.copytree(source, destination / name, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            shutil.copy(source, destination / name)
    return destination


def read_claims(root: Path) -> list[dict]:
    with open(root / "data" / "claims.csv", encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def write_claims(root: Path, rows: list[dict]) -> None:
    with open(root / "data" / "claims.csv", "w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]), lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)


def edit_claim(rows: list[dict], shipped: list[dict], draw: random.Random) -> str:
    """A claim with a figure read with another precision, or given a word of another claim; its range worked out
    again either way (a unit moved to or from percent changes the cap of a hedged range), as the validation
    expects it."""
    from factcheck.ledger.hedges import interval_for

    row = draw.choice([r for r in rows if r["value"]])
    if draw.random() < 0.5:
        row["precision"] = repr(float(draw.choice(PRECISIONS)))
        reason_for_reading(row)
        said = f"{row['claim_id']}: precision {row['precision']}"
    else:
        column = draw.choice(WORDS)
        row[column] = draw.choice(shipped)[column]
        said = f"{row['claim_id']}: {column} {row[column]!r}"
    value_to = float(row["value_to"]) if row["value_to"] else None
    try:
        reading = interval_for(float(row["value"]), hedge=row["hedge"], precision=float(row["precision"]),
                               unit=row["unit"], value_to=value_to)
    except ValueError:   # a range whose ends make no interval: the validation says so
        return said
    row.update(low=repr(reading.low), high="INF" if math.isinf(reading.high) else repr(reading.high),
               bounds=reading.bounds)
    return said


def reason_for_reading(row: dict) -> None:
    """End the claim's note with a reason where its precision is a reading of ours (not what the printed number
    gives), as the validation asks; take it out where it is not."""
    from factcheck.ledger.accounting import rule_precision
    from factcheck.ledger.claims import READING

    ours = rule_precision(row["quote"], float(row["value"])) not in (None, float(row["precision"]))
    note = row["note"].partition(READING)[0].rstrip()
    stop = "" if not note or note.endswith((".", ";", "!", "?")) else "."
    row["note"] = f"{note}{stop} {READING} an edit's reading".strip() if ours else note


def edit_check(checks: list[dict], claim_ids: list[str], draw: random.Random) -> str:
    def moves(check: dict) -> list[str]:
        inputs = check.get("inputs")
        two = isinstance(inputs, dict) and len(inputs) == 2
        return ((["swap"] if two else []) + (["tests"] if check.get("tests") else [])
                + (["operation"] if two and set(inputs) == {"a", "b"} else []))

    check = draw.choice([c for c in checks if moves(c)])
    move = draw.choice(moves(check))
    if move == "swap":
        first, second = list(check["inputs"])
        check["inputs"][first], check["inputs"][second] = check["inputs"][second], check["inputs"][first]
        return f"{check['id']}: inputs swapped"
    if move == "tests":
        check["tests"] = draw.choice(claim_ids)
        return f"{check['id']}: tests {check['tests']}"
    check["operation"] = draw.choice(["difference", "ratio"])
    return f"{check['id']}: operation {check['operation']}"


def template_code(template: Path) -> list[str]:
    notebook = json.loads(template.read_text(encoding="utf-8"))
    return ["".join(cell["source"]) for cell in notebook["cells"] if cell["cell_type"] == "code"]


def run_page(root: Path, page: dict, formatter) -> None:
    """The page's template's code: its parameters cell, then the page's parameters (as papermill injects them),
    then every other cell, what each shows formatted as the kernel would (its last expression, and display())."""
    code = template_code(root / page["template"])
    namespace: dict = {"display": lambda *shown, **options: [formatter.format(item) for item in shown]}
    exec(compile(code[0], page["template"], "exec"), namespace)
    namespace.update(page.get("parameters") or {})
    for cell in code[1:]:
        tree = ast.parse(cell)
        last = tree.body.pop() if tree.body and isinstance(tree.body[-1], ast.Expr) else None
        exec(compile(tree, page["template"], "exec"), namespace)
        if last is not None:
            shown = eval(compile(ast.Expression(last.value), page["template"], "eval"), namespace)
            if shown is not None:
                formatter.format(shown)


def run_pages(root: Path) -> tuple[int, list[str]]:
    """Every templated page run in a process importing root's package (main(["--pages-of", root]): how many ran,
    and one line per page that failed."""
    ran = subprocess.run([sys.executable, str(Path(__file__).resolve()), "--pages-of", str(root)], cwd=root,
                         env={**os.environ, "PYTHONPATH": str(root)}, capture_output=True, text=True, timeout=900)
    if ran.returncode != 0:
        return 0, [f"the process running the pages ended with {ran.returncode}: {ran.stderr[-2000:]}"]
    said = json.loads(ran.stdout.splitlines()[-1])
    return said["ran"], said["failed"]


def _pages_here(root: Path) -> None:
    """In the process run_pages starts: run every page, print {"ran": n, "failed": [...]} as the last line."""
    import factcheck
    from IPython.core.formatters import DisplayFormatter

    assert Path(factcheck.__file__).resolve().parent == (root / "factcheck").resolve(), factcheck.__file__
    formatter, ran, failed = DisplayFormatter(), 0, []
    for page in listed_pages(root):
        try:
            run_page(root, page, formatter)
        except Exception as error:   # any exception is what a page of the build would have failed with
            failed.append(f"{page['page']}: {type(error).__name__}: {error}")
        ran += 1
    print(json.dumps({"ran": ran, "failed": failed}))


def listed_pages(root: Path) -> list[dict]:
    """The pages pages.yml makes from a template (not the guide's, written by hand)."""
    plan = yaml.safe_load((root / "pages.yml").read_text(encoding="utf-8"))
    return [page for page in [plan["root"]] + [page for part in plan["parts"] for page in part["pages"]]
            if page.get("template")]


def trials(seed: int, count: int, say=print) -> list[str]:
    """Run `count` trials; the failures, one line each (with the page, the error and the edits)."""
    from factcheck.files.problems import ValidationFailed
    from factcheck.pipeline.validate import validate

    draw = random.Random(seed)
    failures: list[str] = []
    with tempfile.TemporaryDirectory(prefix="random-edits-") as folder:
        root = scratch_copy(Path(folder))
        shipped_claims = read_claims(root)
        shipped_checks = (root / "data" / "checks.yml").read_text(encoding="utf-8")
        for trial in range(count):
            rows = [dict(row) for row in shipped_claims]
            checks = yaml.safe_load(shipped_checks)
            edits = [edit_claim(rows, shipped_claims, draw) for _ in range(draw.randint(0, 3))]
            edits += [edit_check(checks["checks"], [r["claim_id"] for r in rows], draw)
                      for _ in range(draw.randint(0 if edits else 1, 2))]
            write_claims(root, rows)
            (root / "data" / "checks.yml").write_text(yaml.safe_dump(checks, allow_unicode=True, sort_keys=False),
                                                     encoding="utf-8")
            try:
                validate(root)
            except ValidationFailed as refused:
                say(f"trial {trial}: refused ({len(refused.problems)} problem(s)): {'; '.join(edits)}")
                continue
            except Exception as error:   # the validation itself failed: a traceback where a message was due
                failures.append(f"trial {trial}, edits {'; '.join(edits)}: the validation raised "
                                f"{type(error).__name__}: {error}")
                say(f"trial {trial}: the validation raised {type(error).__name__}: {'; '.join(edits)}")
                continue
            ran, failed = run_pages(root)
            failures += [f"trial {trial}, edits {'; '.join(edits)}: {line}" for line in failed]
            say(f"trial {trial}: accepted, {ran} page(s) run, {len(failed)} failed: {'; '.join(edits)}")
    return failures


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--trials", type=int, default=40)
    parser.add_argument("--pages-of", type=Path, help=argparse.SUPPRESS)   # (the process run_pages starts)
    args = parser.parse_args(argv)
    if args.pages_of:
        _pages_here(args.pages_of)
        return 0
    sys.path.insert(0, str(ROOT))
    failures = trials(args.seed, args.trials)
    for line in failures:
        print(line)
    return 1 if failures else 0


if __name__ == "__main__":
    raise SystemExit(main())
