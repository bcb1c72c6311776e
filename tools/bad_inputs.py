"""Every bad input in data/README.md's table, planted in a scratch copy and run through the command that reads it.

    .venv/bin/python tools/bad_inputs.py          # one line per case; exit 1 if any printed a traceback

Each case names its row of the table (the row's first cell, as written there) and plants
the fault in a fresh copy of the repository's package, data, seeds, templates and plan
(or in a participant's folder, or an --out folder), then runs the command a person
would run, in a subprocess importing the copy's own package. A case passes when the
command prints no traceback and, for a fault, exits non-zero; a fault planted in a
file must be answered by a message naming that file.

`check` cases can also run in this process (`run_case(..., in_process=True)`):
`main(["check", "--root", copy])` with its output captured, where an exception leaving
`main` is the traceback a person would have seen. tests/test_bad_inputs.py runs every
case that way except the few in PINNED_TO_A_PROCESS (the process boundary itself) and
the cases that run other commands, and checks that every row of the table has a case here.
"""
from __future__ import annotations

import io
import os
import re
import shutil
import subprocess
import sys
import tempfile
import traceback
from contextlib import redirect_stderr, redirect_stdout
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
COPIED = ("factcheck", "seeds", "data", "notebooks", "review", "_static", "_extra", "_templates",
          "pages.yml", "_config.yml")
SEED = "000_80ae3813bd17227c.txt"
HOSTILE = "</script><script>alert(1)</script> <img src=x onerror=alert(1)> {glue:text}`x` $x$ [x](javascript:alert(1))"


_planted: list[str] = []   # the files the current case planted its fault in (see run_case)


def sub(root: Path, name: str, old: str, new: str, regex: bool = False) -> None:
    _planted.append(name)
    path = root / name
    text = path.read_text(encoding="utf-8")
    changed = re.sub(old, new, text, count=1) if regex else text.replace(old, new, 1)
    if changed == text:
        raise SystemExit(f"bad_inputs.py: {name} no longer holds {old!r}: update the case")
    path.write_text(changed, encoding="utf-8")


def append(root: Path, name: str, data: bytes) -> None:
    _planted.append(name)
    with open(root / name, "ab") as handle:
        handle.write(data)


def factcheck(*args: str) -> list[str]:
    return [sys.executable, "-m", "factcheck", *args]


def participant(root: Path, scratch: Path, text: str = "Agents removed nearly 240,000 people in 2016, "
                                                          "about 62 percent of them with a conviction.\n") -> Path:
    article = scratch / "article.txt"
    article.write_text(text, encoding="utf-8")
    folder = scratch / "ice24"
    subprocess.run(factcheck("new-article", str(article), "--id", "ice24", "--out", str(folder), "--no-chapter"),
                   cwd=scratch, env=_env(root), capture_output=True, check=True, timeout=300)
    return folder


def _victim(scratch: Path) -> Path:
    victim = scratch / "instructor.env"
    victim.write_text("SECRET=1\n", encoding="utf-8")
    return victim


def case_check(plant):
    def run(root: Path, scratch: Path) -> list[str]:
        plant(root)
        return factcheck("check")
    run.checks_only = True   # reads nothing but root: it can run in this process (run_case)
    return run


def _participant_link(where: str, chapter: bool):
    def run(root: Path, scratch: Path) -> list[str]:
        folder = participant(root, scratch)
        link = folder / where
        link.parent.mkdir(parents=True, exist_ok=True)
        if link.exists():
            link.unlink()
        link.symlink_to(_victim(scratch))
        return factcheck("new-article", "--check", str(folder), *([] if chapter else ["--no-chapter"]))
    return run


def _folder_is_a_link(root: Path, scratch: Path) -> list[str]:
    folder = participant(root, scratch)
    (scratch / "collected").mkdir()
    (scratch / "collected" / "ana").symlink_to(folder, target_is_directory=True)
    return factcheck("new-article", "--check", str(scratch / "collected" / "ana"), "--no-chapter")


def _participant_named_pipe(root: Path, scratch: Path) -> list[str]:
    folder = participant(root, scratch)
    (folder / "data" / "claims.csv").unlink()
    os.mkfifo(folder / "data" / "claims.csv")
    _planted.append("data/claims.csv")
    return factcheck("new-article", "--check", str(folder), "--no-chapter")


def _participant_mark_a_folder(root: Path, scratch: Path) -> list[str]:
    folder = participant(root, scratch)
    (folder / "_site" / ".class-book").mkdir(parents=True)
    _planted.append("_site/.class-book")
    return factcheck("new-article", "--check", str(folder))


def _participant_schema(root: Path, scratch: Path) -> list[str]:
    folder = participant(root, scratch)
    sub(folder, "data/datapackage.json", '"pattern": "[a-z][a-z0-9]*-', '"pattern": "(a+)+[a-z0-9]*-')
    return factcheck("new-article", "--check", str(folder), "--no-chapter")


def _article_a_link(root: Path, scratch: Path) -> list[str]:
    (scratch / "article.txt").symlink_to(_victim(scratch))
    return factcheck("new-article", str(scratch / "article.txt"), "--id", "ana", "--out", str(scratch / "ana"))


def _pipe_where_check_reads(root: Path, scratch: Path) -> list[str]:
    os.mkfifo(root / "data" / "notes.csv")
    _planted.append("data/notes.csv")
    return factcheck("check", "--root", str(root))


_pipe_where_check_reads.checks_only = True   # what check_here runs too


def _too_much_text(root: Path, scratch: Path) -> list[str]:
    from factcheck.byo.guard import MAX_DOCUMENTS

    folder = participant(root, scratch)
    for number in range(MAX_DOCUMENTS):   # (with the article's own, one past the limit)
        (folder / "seeds" / f"more{number}.txt").write_text("240 people\n", encoding="utf-8")
    _planted.append("seeds")
    return factcheck("new-article", "--check", str(folder), "--no-chapter")


def _too_many_claims(root: Path, scratch: Path) -> list[str]:
    folder = participant(root, scratch)
    claims = folder / "data" / "claims.csv"
    lines = claims.read_text(encoding="utf-8").splitlines(keepends=True)
    claims.write_text(lines[0] + lines[1] * 10_001, encoding="utf-8")
    return factcheck("new-article", "--check", str(folder), "--no-chapter")


def _file_too_big(root: Path, scratch: Path) -> list[str]:
    folder = participant(root, scratch)
    append(folder, "data/checks.yml", b"#" * 4_000_001)
    return factcheck("new-article", "--check", str(folder), "--no-chapter")


def _huge_number(root: Path, scratch: Path) -> list[str]:
    article = scratch / "huge.txt"
    article.write_text(f"They removed {'9' * 400} people.\n", encoding="utf-8")
    return factcheck("new-article", str(article), "--id", "huge", "--out", str(scratch / "huge"), "--no-chapter")


def _dense_numbers(root: Path, scratch: Path) -> list[str]:
    article = scratch / "dense.txt"
    article.write_text("1 " * 40_000, encoding="utf-8")
    return factcheck("new-article", str(article), "--id", "dense", "--out", str(scratch / "dense"), "--no-chapter")


def _someone_elses_folder(scratch: Path) -> Path:
    out = scratch / "mine"
    (out / "html").mkdir(parents=True)
    (out / "html" / "index.html").write_text("<p>mine</p>\n", encoding="utf-8")
    return out


def _class_book_out_not_ours(root: Path, scratch: Path) -> list[str]:
    return factcheck("class-book", str(participant(root, scratch)), "--out", str(_someone_elses_folder(scratch)))


def _class_book_out_with_link(root: Path, scratch: Path) -> list[str]:
    folder = participant(root, scratch)
    out = scratch / "book"
    out.mkdir()
    (out / "html").symlink_to(scratch, target_is_directory=True)
    return factcheck("class-book", str(folder), "--out", str(out))


def _whatif_out_not_ours(root: Path, scratch: Path) -> list[str]:
    return factcheck("build", "-p", "hedge_preset=strict", "-o", str(_someone_elses_folder(scratch)))


def _static_link_out(root: Path, scratch: Path) -> list[str]:
    (root / "_static" / "settings.env").symlink_to(_victim(scratch))
    code = ("import sys; from pathlib import Path; from factcheck.pipeline.site import build_site; "
            "r = Path(sys.argv[1]); o = build_site(r, r / '_build' / 'html', r / '_build'); "
            "print(*o.problems, sep='\\n', file=sys.stderr); sys.exit(0 if o.ok else 1)")
    return [sys.executable, "-c", code, str(root)]


def _workshop_out_file(root: Path, scratch: Path) -> list[str]:
    (scratch / "afile").write_text("x\n", encoding="utf-8")
    return factcheck("workshop", "--out", str(scratch / "afile"))


def _workshop_key_link(root: Path, scratch: Path) -> list[str]:
    folder = scratch / "akey"
    folder.mkdir()
    (folder / "workshop-key.md").symlink_to(_victim(scratch))
    return factcheck("workshop", "--answers", str(folder))


def _reconcile(text: str):
    def run(root: Path, scratch: Path) -> list[str]:
        (root / "review" / "second-reading" / "statements.yml").write_text(text, encoding="utf-8")
        return [sys.executable, "review/reconcile.py"]
    return run


CASES = {
    # the ledger and its YAML files
    "YAML syntax error": case_check(lambda r: sub(r, "seeds/sources.yml", "documents:", "documents: [")),
    "YAML alias or alias bomb (`*a`, `<<: *a`)": case_check(
        lambda r: append(r, "seeds/sources.yml", b"x: &a [1, 2]\ny: *a\n")),
    "a key written twice": case_check(lambda r: sub(r, "seeds/sources.yml", f"    file: {SEED}",
                                                    f"    file: {SEED}\n    file: {SEED}")),
    "an impossible date": case_check(lambda r: sub(r, "seeds/sources.yml", "earliest: 2016-05-19",
                                                   "earliest: 2016-13-19")),
    "a `!!python/...` tag, a control character, thousands of nested levels": case_check(
        lambda r: append(r, "data/checks.yml", b"z: !!python/object/apply:os.system ['true']\n")),
    "a YAML file that is not UTF-8": case_check(lambda r: append(r, "data/checks.yml", b"# caf\xe9\n")),
    "a seed `file:` outside `seeds/` (`../x`, `/etc/x`, `sub/x.txt`, a link out)": case_check(
        lambda r: sub(r, "seeds/sources.yml", f"file: {SEED}", "file: ../data/claims.csv")),
    "a seed that is not UTF-8": case_check(lambda r: append(r, f"seeds/{SEED}", b"\xe9")),
    "provenance of the wrong shape": case_check(lambda r: sub(r, "seeds/sources.yml", "    outlet:\n",
                                                              "    outlet: LifeZette\n    was_outlet:\n")),
    "an offset that is negative, fractional, `.nan` or text": case_check(
        lambda r: sub(r, "seeds/sources.yml", "start: 2195", "start: -2195")),
    "`themes:` written as a string": case_check(lambda r: sub(r, "data/checks.yml", "themes: [deportations]",
                                                              "themes: deportations")),
    "`tests:` written as a list": case_check(lambda r: sub(r, "data/checks.yml", "tests: hearing16-07",
                                                           "tests: [hearing16-07, hearing16-12]")),
    "a check's `evidence:`, `inputs:`, `reason:` or `title:` of the wrong shape": case_check(
        lambda r: sub(r, "data/checks.yml", r"\n    title: [^\n]*", "\n    title: [a, list]", regex=True)),
    "a formula nested very deep": case_check(
        lambda r: sub(r, "data/checks.yml", r"\n    formula: [^\n]*", "\n    formula: " + "-" * 500 + "a", regex=True)),
    "arithmetic undefined for the inputs (a divisor that is, or may be, zero)": case_check(
        lambda r: sub(r, "data/checks.yml", r"\n    formula: [^\n]*", "\n    formula: 1 / 0", regex=True)),
    "a theme of the wrong shape": case_check(lambda r: sub(r, "data/themes.yml", "    metrics: [removals,",
                                                           "    metrics: removals\n    old: [removals,")),
    "a duplicate row (primary key)": case_check(
        lambda r: append(r, "data/non_claims.csv", (r / "data" / "non_claims.csv").read_bytes().splitlines(True)[1])),
    "a stray `\"` that closes in the same row (it would move text into the next column)": case_check(
        lambda r: sub(r, "data/non_claims.csv", 'hearing16,1720,1732,"Jan. 1, 2014"', 'hearing16,1720,1732,"Jan." 1, 2014"')),
    "a `\"` never closed": case_check(lambda r: append(r, "data/non_claims.csv", b'hearing16,1,2,"never closed\n')),
    "a row with too few or too many cells": case_check(lambda r: append(r, "data/non_claims.csv", b"hearing16,1,2\n")),
    "a cell of the wrong type or breaking a constraint": case_check(
        lambda r: sub(r, "data/non_claims.csv", "hearing16,1720,1732", "hearing16,1720,x")),
    "`NaN`, or `INF` anywhere but `high`": case_check(lambda r: sub(r, "data/non_claims.csv", "hearing16,1720,1732",
                                                                   "hearing16,NaN,1732")),
    "columns missing, unknown, repeated or in another order": case_check(
        lambda r: sub(r, "data/non_claims.csv", "doc_id,start,end,text,kind,reason", "doc_id,start,end,text,kind,comment")),
    "Excel's \"CSV UTF-8\" (byte-order mark, `\\r\\n` line ends)": case_check(
        lambda r: (r / "data" / "non_claims.csv").write_bytes(
            b"\xef\xbb\xbf" + (r / "data" / "non_claims.csv").read_bytes().replace(b"\n", b"\r\n"))),
    "a spreadsheet's `;`-separated export": case_check(
        lambda r: sub(r, "data/non_claims.csv", "doc_id,start,end,text,kind,reason", "doc_id;start;end;text;kind;reason")),
    "a Windows-1252 / Latin-1 export": case_check(lambda r: append(r, "data/non_claims.csv", b"hearing16,1,2,caf\xe9,date,x\n")),
    "a `datapackage.json` that is not valid JSON, lacks a table, or has a schema frictionless rejects": case_check(
        lambda r: (r / "data" / "datapackage.json").write_text("{ not json", encoding="utf-8")),
    "an empty table": case_check(lambda r: (r / "data" / "non_claims.csv").write_text("", encoding="utf-8")),
    "two claims sharing characters": case_check(
        lambda r: sub(r, "data/claims.csv", "hearing16-02,hearing16,857,870,40-55 percent",
                      "hearing16-02,hearing16,0,33,Between 40 percent and 55 percent")),
    "markup, script or MyST in any free-text field (`</script>`, `<img onerror=...>`, `` {glue}`x` ``, `$x$`, "
    "`[x](javascript:...)`)": case_check(
        lambda r: sub(r, "data/non_claims.csv", '"Cut-off date of the catch-and-release policy',
                      '"' + HOSTILE.replace('"', '""') + ' Cut-off date of the catch-and-release policy')),
    # what the build reads besides the ledger: one validator for check and build
    "a sentence of the desk's prose (a `why`, `matters`, `reason`, `record`, summary or correction) with no `[[...]]` marker, "
    "or one marker after two sentences": case_check(lambda r: sub(r, "data/statements.yml", r" \[\[ref:ca-trust-act-signed[^\]]*\]\]",
                                                                  "", regex=True)),
    "a `[[...]]` marker naming evidence that does not exist": case_check(
        lambda r: sub(r, "data/statements.yml", "[[ref:ca-trust-act-signed-oct-2013,", "[[ref:ca-trust-act-no-such-row,")),
    "a reference row without its address, the words read, or a date": case_check(
        lambda r: sub(r, "data/references.csv", r",http://www\.scpr\.org/[^,]*,", ",,", regex=True)),
    "a check citing a reference that is not in `references.csv`": case_check(
        lambda r: sub(r, "data/checks.yml", "references: [ice-fy2015-235413-removals]", "references: [no-such-ref]")),
    "a check whose figures give a result it cannot take (a share's part and whole the wrong way round)": case_check(
        lambda r: sub(r, "data/checks.yml", "inputs: {part: oig17-10, whole: oig17-09}",
                      "inputs: {part: oig17-09, whole: oig17-10}")),
    "a rating worse than \"imprecise\" resting only on references read on a proxy, mirror or aggregator (`hosts.yml`)":
        case_check(lambda r: append(r, "data/hosts.yml", b"  - {host: latimes.com, kind: mirror}\n"
                                                        b"  - {host: scpr.org, kind: mirror}\n"
                                                        b"  - {host: allgov.com, kind: mirror}\n")),
    "`review/references/not-found.yml` naming a statement that does not exist, or an entry without its searches":
        case_check(lambda r: sub(r, "review/references/not-found.yml", "statement: pep16-record-17-of-25",
                                 "statement: no-such-statement")),
    "a host in `hosts.yml` of no known kind": case_check(
        lambda r: append(r, "data/hosts.yml", b"  - {host: blog.example, kind: friendly}\n")),
    "a metric or unit missing from `dictionary.yml`": case_check(
        lambda r: sub(r, "data/dictionary.yml", '  criminal_releases: "Noncitizens with criminal records being released"\n', "")),
    "`report.yml` or `summaries.yml` of the wrong shape, a number typed in a summary": case_check(
        lambda r: sub(r, "data/report.yml", r"reviewed: \d{4}-\d{2}-\d{2}", "reviewed: last week", regex=True)),
    "`pages.yml` naming a template that is not there": case_check(
        lambda r: sub(r, "pages.yml", "notebooks/about.ipynb", "notebooks/no-such-template.ipynb")),
    # a participant's folder (new-article --check, class-book)
    "a symbolic link in a participant's folder (`_failed/<id>.ipynb`, `data/claims.csv`, ...)": _participant_link(
        "_failed/ice24.ipynb", chapter=True),
    "a participant's `_site` that is a symbolic link": _participant_link("_site", chapter=True),
    "a participant's folder that is itself a symbolic link": _folder_is_a_link,
    "a named pipe (FIFO), socket or device anywhere in a participant's folder": _participant_named_pipe,
    "a participant's `_site/.class-book` (the mark the class book writes) that is a folder, a named pipe or a hard "
    "link": _participant_mark_a_folder,
    "a participant's `data/datapackage.json` other than the report's (a pattern loosened, or one that backtracks "
    "for hours)": _participant_schema,
    "an `ARTICLE.txt` that is a symbolic link or a named pipe": _article_a_link,
    "`check --root DIR` over a named pipe or a symbolic link in its `seeds/`, `data/`, `_build/` or at `pages.yml`":
        _pipe_where_check_reads,
    "more than 10 articles in a participant's `seeds/`, or more than 200,000 characters of them": _too_much_text,
    "more than 10,000 claim rows in a participant's folder": _too_many_claims,
    "a file over 4,000,000 bytes in a participant's folder": _file_too_big,
    "a number too large for a float in an article": _huge_number,
    "an article of more numbers than a folder can check": _dense_numbers,
    # --out folders
    "`class-book --out` into a folder class-book did not make": _class_book_out_not_ours,
    "`build -p ... -o` into a folder the build did not make": _whatif_out_not_ours,
    "a symbolic link in an `--out` folder": _class_book_out_with_link,
    "`workshop --out` a file": _workshop_out_file,
    "`workshop --answers` a file, or a folder whose key file is a symbolic link": _workshop_key_link,
    # the site's assets and serve
    "a symbolic link in `_static/`, `_extra/` or `_templates/` pointing out of the repository": _static_link_out,
    "`serve --port 70000`": lambda root, scratch: factcheck("serve", "--port", "70000"),
    "`serve --host \"\"`": lambda root, scratch: factcheck("serve", "--host", ""),
    # the second reading
    "a second-reading file of the wrong shape, or quoting words not in its article (`review/reconcile.py`)":
        _reconcile("- file: 000_80ae3813bd17227c.txt\n  quote: words nobody wrote\n"),
    "an empty second-reading file": _reconcile(""),
}

# Cases that read well and pass: they must not fail, only never print a traceback.
PASSING = {"Excel's \"CSV UTF-8\" (byte-order mark, `\\r\\n` line ends)",
           "arithmetic undefined for the inputs (a divisor that is, or may be, zero)",
           "markup, script or MyST in any free-text field (`</script>`, `<img onerror=...>`, `` {glue}`x` ``, `$x$`, "
           "`[x](javascript:...)`)"}


def _env(root: Path) -> dict:
    return {**os.environ, "PYTHONPATH": str(root)}


# Check cases that always run as a real subprocess, to pin the boundary a person meets
# (exit status, output on the real stderr, the copy's own package imported).
PINNED_TO_A_PROCESS = {"YAML syntax error", "a seed that is not UTF-8", "a `\"` never closed",
                       # (in this process, as `check --root` of a copy, the report's schema is this checkout's)
                       "a `datapackage.json` that is not valid JSON, lacks a table, or has a schema frictionless rejects",
                       "Excel's \"CSV UTF-8\" (byte-order mark, `\\r\\n` line ends)"}

# A message may name a file other than the one planted when the fault is what another file
# says about it (a host's kind changes what a rating may rest on: the message names the check).
NAMES_ANOTHER_FILE = {"a rating worse than \"imprecise\" resting only on references read on a proxy, mirror or "
                      "aggregator (`hosts.yml`)"}


def fresh_copy(destination: Path, *, package: bool = True) -> Path:
    destination.mkdir(parents=True)
    for name in COPIED:
        if name == "factcheck" and not package:
            continue
        source = REPO / name
        if source.is_dir():
            shutil.copytree(source, destination / name, symlinks=True,
                            ignore=shutil.ignore_patterns("__pycache__", "vega-offline.js", ".ipynb_checkpoints"))
        else:
            shutil.copy2(source, destination / name)
    return destination


def in_process(label: str) -> bool:
    """Whether tests may run this case in their own process (see the module's docstring)."""
    return getattr(CASES[label], "checks_only", False) and label not in PINNED_TO_A_PROCESS


def check_here(root: Path) -> tuple[int, str]:
    """`python -m factcheck check --root root` in this process: (exit status, stdout + stderr).

    An exception leaving main is printed as Python would print it, so it counts as a traceback."""
    from factcheck.cli import main

    output = io.StringIO()
    with redirect_stdout(output), redirect_stderr(output):
        try:
            status = main(["check", "--root", str(root)])
        except SystemExit as leaving:   # what the interpreter would make of it
            status = leaving.code if isinstance(leaving.code, int) else (0 if leaving.code is None else 1)
            if not isinstance(leaving.code, (int, type(None))):
                print(leaving.code, file=sys.stderr)
        except BaseException:  # noqa: BLE001 - any exception is the failure this script looks for
            traceback.print_exc()
            status = 1
    return status, output.getvalue()


def names(said: str, name: str) -> bool:
    """Whether a message names the file `name` (a seed may be named as seeds/sources.yml names it)."""
    return name in said or (name.startswith("seeds/") and Path(name).name in said)


def run_case(label: str, scratch_base: Path, *, here: bool = False) -> tuple[bool, str]:
    """(passed, what the command said); here=True runs a check case in this process (see in_process)."""
    if here and not in_process(label):
        raise ValueError(f"{label!r} runs its own command: it cannot run in this process")
    scratch = Path(tempfile.mkdtemp(dir=scratch_base))
    root = fresh_copy(scratch / "repo", package=not here)
    del _planted[:]
    command = CASES[label](root, scratch)
    planted = sorted(set(_planted))
    if here:
        returncode, said = check_here(root)
        said = said.strip()
    else:
        ran = subprocess.run(command, cwd=root, env=_env(root), capture_output=True, text=True, timeout=600)
        returncode, said = ran.returncode, (ran.stdout + ran.stderr).strip()
    if "Traceback" in said:
        return False, f"a traceback: {said[-400:]}"
    if label not in PASSING and returncode == 0:
        return False, f"exit 0 for a fault: {said[-300:]}"
    if label in PASSING and returncode != 0:
        return False, f"exit {returncode} for good input: {said[-300:]}"
    if returncode != 0 and label not in NAMES_ANOTHER_FILE:
        unnamed = [name for name in planted if not names(said, name)]
        if unnamed:
            return False, f"the message does not name {', '.join(unnamed)}: {said[-300:]}"
    lines = [line for line in said.splitlines() if line.strip()]
    if returncode == 0:
        return True, lines[-1] if lines else ""
    problem = next((line.strip() for line in lines if line.startswith("  ")), None)  # check's first problem
    return True, problem or next((line for line in lines if not line.startswith("usage:")), lines[0] if lines else "")


def main(selected: list[str]) -> int:
    labels = [label for label in CASES if not selected or any(s in label for s in selected)]
    failed = 0
    with tempfile.TemporaryDirectory(prefix="bad-inputs-") as scratch:
        for label in labels:
            ok, said = run_case(label, Path(scratch))
            failed += not ok
            print(f"{'ok  ' if ok else 'FAIL'} {label[:70]:<70} {said[:150]}", flush=True)
    print(f"\n{len(labels) - failed} of {len(labels)} bad inputs answered without a traceback")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
