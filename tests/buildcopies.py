"""Copies of the repository, built once per test session and shared by the build and browser tests.

A copy is what a clean clone holds (no .venv, no _build, no generated Vega bundle,
no executed pages), built with `python -m factcheck build` in a subprocess,
exactly as a person would run it. Each named copy is built at most once per
session, by whichever test process needs it first (`built_copy`), and a test that changes a copy works on a copy of it
(`copy_of_built`), so the suite pays for two full builds, not one per test:

  first   a clean clone built with `build --force`;
  second  a clone as a build that was killed might leave it: the committed executed
          pages, a manifest of the wrong shape, a broken _build/site.json and a
          stale _build/.site-* folder; built with plain `build`, which must set
          the first two aside (executing and rendering everything) and remove the
          third. Its output must equal first's, byte for byte; it is built as a
          reader's first build: it draws every chart anew (an empty cache folder
          of its own, not the run's), and its kernels and render processes
          start anew, while first may have taken drawings that the run's other
          builds kept, and its kernels and render processes are forked by the
          test process's zygotes;
  hostile a clean clone with hostile data everywhere (tests/hostile.py), built with
          `build --force`, for the escaping tests and the browser's.
"""
from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
NOT_IN_A_CLEAN_CLONE = shutil.ignore_patterns(
    ".venv", ".git", "_build", ".pytest_cache", "__pycache__", "*.egg-info", ".ipynb_checkpoints",
    "tests", "*.ipynb.tmp", "workbench")

_built: dict[str, Path] = {}
_failed: dict[str, str] = {}  # a copy whose build failed fails every test that needs it at once, not again
build_logs: dict[str, subprocess.CompletedProcess] = {}


def clean_copy(destination: Path, *, executed_pages: bool = False) -> Path:
    """A copy of the repository as a clean clone has it; without book/'s executed pages unless asked."""
    shutil.copytree(REPO, destination, ignore=NOT_IN_A_CLEAN_CLONE, symlinks=True)
    if not executed_pages:
        _without_executed_pages(destination)
    return destination


def _without_executed_pages(root: Path) -> None:
    for page in (root / "book").rglob("*.ipynb"):
        page.unlink()
    (root / "book" / ".manifest.json").unlink(missing_ok=True)


def run_build(root: Path, *args: str, timeout: int = 600, env: dict[str, str] | None = None
              ) -> subprocess.CompletedProcess:
    """`python -m factcheck build ARGS` in root, importing root's own package (env: variables to set besides)."""
    env = {**os.environ, **(env or {}), "PYTHONPATH": str(root)}
    return subprocess.run([sys.executable, "-m", "factcheck", "build", *args], cwd=root, env=env,
                          capture_output=True, text=True, timeout=timeout)


def _as_left_by_a_killed_build(root: Path) -> None:
    (root / "book" / ".manifest.json").write_text('["not", "a", "manifest"]\n', encoding="utf-8")
    stale = root / "_build" / ".site-killed" / "html"
    stale.mkdir(parents=True)
    (stale / "index.html").write_text("half a site", encoding="utf-8")
    (root / "_build" / "site.json").write_text("{broken", encoding="utf-8")


def _with_hostile_data(root: Path) -> None:
    from hostile import write_hostile_data

    write_hostile_data(root)


# name: (clean_copy's options, what to do to the copy, the build's arguments, whether it is built as a reader's first
# build on their machine: with an empty cache folder of its own (files/user_cache.machine_folder), not the run's, and its
# kernels and render processes started anew, not forked by the test process's zygotes (tests/conftest.py, zygotes))
RECIPES = {
    "first": (dict(executed_pages=False), None, ("--force",), False),
    "second": (dict(executed_pages=True), _as_left_by_a_killed_build, (), True),
    "hostile": (dict(executed_pages=False), _with_hostile_data, ("--force",), False),
}


def built_copy(name: str, base: Path) -> Path:
    """The copy `name` (see RECIPES), built once per session (base: a session temp folder).

    The test processes of one run (pytest-xdist) share it: the first to need it builds it under a file lock, the
    others wait and read it (a full build takes both cores; two at once took each twice as long)."""
    from filelock import FileLock

    if name in _failed:
        raise AssertionError(_failed[name])
    if name not in _built:
        shared = base.parent.parent / base.name if os.environ.get("PYTEST_XDIST_WORKER") else base
        shared.mkdir(parents=True, exist_ok=True)
        root, built, failed = shared / name, shared / f"{name}.built.json", shared / f"{name}.failed"
        with FileLock(str(shared / f"{name}.lock")):
            if failed.exists():
                _failed[name] = failed.read_text(encoding="utf-8")
                raise AssertionError(_failed[name])
            if not built.exists():
                shutil.rmtree(root, ignore_errors=True)  # what an interrupted attempt left
                problem, result = _build_copy(name, root)
                if problem:
                    failed.write_text(problem, encoding="utf-8")
                    _failed[name] = problem
                    raise AssertionError(problem)
                built.write_text(json.dumps({"stdout": result.stdout, "stderr": result.stderr}), encoding="utf-8")
            log = json.loads(built.read_text(encoding="utf-8"))
        _built[name] = root
        build_logs[name] = subprocess.CompletedProcess([], 0, stdout=log["stdout"], stderr=log["stderr"])
    return _built[name]


def made_once(name: str, base: Path, make) -> Path:
    """The folder `name`, filled by make(folder) once per run and shared by its test processes like a built copy:
    the first process to need it makes it under a file lock, the others wait and read it; a failure is raised
    again, once per process, without trying again. It lives in base, or under pytest-xdist in one folder of the
    run's (whichever process's temp folder base is under), so callers may pass different bases."""
    from filelock import FileLock

    worker = os.environ.get("PYTEST_XDIST_WORKER")
    own = f"popen-{worker}"
    shared = Path(*base.parts[:base.parts.index(own)]) / "made-once" if worker and own in base.parts else base
    shared.mkdir(parents=True, exist_ok=True)
    folder, made, failed = shared / name, shared / f"{name}.made", shared / f"{name}.failed"
    with FileLock(str(shared / f"{name}.lock")):
        if failed.exists():
            raise AssertionError(failed.read_text(encoding="utf-8"))
        if not made.exists():
            shutil.rmtree(folder, ignore_errors=True)  # what an interrupted attempt left
            folder.mkdir(parents=True)
            try:
                make(folder)
            except BaseException as error:
                failed.write_text(f"making {name} failed: {error}", encoding="utf-8")
                raise
            made.touch()
    return folder


def _build_copy(name: str, root: Path) -> tuple[str, subprocess.CompletedProcess | None]:
    """('', the build's result), or (what went wrong, None)."""
    copy_options, prepare, arguments, as_a_readers_first_build = RECIPES[name]
    clean_copy(root, **copy_options)
    if prepare:
        prepare(root)
    try:
        # (and a hash seed of its own, where first has the run's: the two builds' bytes are compared, so an order
        # that hangs on the seed shows: tests/conftest.py. Its workers give their kernels 0, as every build does.)
        afresh = {"FACTCHECK_CACHE": str(root.parent / f"{name}-machine-cache"), "FACTCHECK_ZYGOTES": "",
                  "PYTHONHASHSEED": "random"}
        result = run_build(root, *arguments, env=afresh if as_a_readers_first_build else None)
    except subprocess.TimeoutExpired as error:
        said = error.stderr.decode(errors="replace") if isinstance(error.stderr, bytes) else error.stderr
        return f"build of copy {name} did not finish in {error.timeout} s:\n{said}", None
    if result.returncode != 0:
        return f"build of copy {name} failed:\n{result.stdout}\n{result.stderr}", None
    return "", result


def copy_of_built(name: str, base: Path, destination: Path) -> Path:
    """A fresh copy of a built copy (pages, manifest and site), to change without spoiling it for others."""
    source = built_copy(name, base)
    shutil.copytree(source, destination, symlinks=True)
    return destination


# The one edit of a claim that the one-claim edit test (tests/pipeline/test_pipeline.py) and the warm pool's test
# (tests/pipeline/test_warm.py) both make to a copy of first and build, each comparing the result with
# clean_build_of_edited_first(): one clean build of the edited data serves both.
ONE_CLAIM_EDIT = ("oig17-03", "population", "changed by a test")


def clean_build_of_edited_first(base: Path, claim_id: str, column: str, value: str
                                ) -> tuple[Path, subprocess.CompletedProcess]:
    """first's sources (a clean clone: no executed pages, no manifest, no _build/) with one cell of
    data/claims.csv changed (edit_claim), built from nothing, every chart drawn anew (an empty folder of its own
    for what the user's cache keeps): what a sequence of builds ending in that data must give byte for byte. Built
    once per run and shared by the test processes (made_once); (the copy, its build). Its timeline is beside the
    copy (`timeline_of`). The build is `--force --no-warm` with the warm pool otherwise turned on, so --no-warm
    alone keeps it cold (the warm pool's test asserts that it left no pool)."""
    def make(folder: Path) -> None:
        root = clean_copy(folder / "repo")
        edit_claim(root, claim_id, column, value)
        result = run_build(root, "--force", "--no-warm", env={
            "FACTCHECK_WARM": "1", "FACTCHECK_WARM_IDLE": "300", "FACTCHECK_CACHE": str(folder / "machine-cache"),
            "FACTCHECK_TIMELINE": str(timeline_of(root)), "FACTCHECK_ZYGOTES": "", "PYTHONHASHSEED": "random"})
        (folder / "build.json").write_text(json.dumps(
            {"returncode": result.returncode, "stdout": result.stdout, "stderr": result.stderr}), encoding="utf-8")

    folder = made_once(f"clean-{claim_id}-{column}", base, make)
    said = json.loads((folder / "build.json").read_text(encoding="utf-8"))
    return folder / "repo", subprocess.CompletedProcess([], said["returncode"], said["stdout"], said["stderr"])


def timeline_of(root: Path) -> Path:
    """Where the timeline (factcheck/pipeline/timeline.py) of the build of a copy made above is kept."""
    return root.parent / "timeline.tsv"


def warm_up_marks(timeline: Path) -> list[str]:
    """What each kernel of a build said of vl-convert's engine as it warmed up (in_kernel.warm_up): started ahead
    ("a chart drawn") or left to the first drawing ("a chart made")."""
    from factcheck.pipeline import timeline as marks

    return sorted(label for _, _, label in marks.read(timeline, 0.0) if label.startswith("kernel: a chart"))


def edit_claim(root: Path, claim_id: str, column: str, value: str) -> None:
    """Change one cell of root's data/claims.csv, keeping every other byte as it was written."""
    import csv

    claims = root / "data" / "claims.csv"
    with open(claims, encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    next(row for row in rows if row["claim_id"] == claim_id)[column] = value
    with open(claims, "w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]), lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)


def plant(root: Path, name: str, old: str, new: str, regex: bool = False) -> None:
    """Replace the first `old` in root/name by `new` (a planted fault); fails if the file no longer holds it."""
    path = root / name
    text = path.read_text(encoding="utf-8")
    changed = re.sub(old, new, text, count=1) if regex else text.replace(old, new, 1)
    assert changed != text, f"{name} no longer holds {old!r}: update the planted fault"
    path.write_text(changed, encoding="utf-8")
