"""A participant's folder is untrusted: no file outside it is written or deleted, and every refusal is one line.

An instructor runs `new-article --check` and `class-book` on folders collected from
participants. A symbolic link planted in such a folder must never turn a write or a
deletion into one at the link's target: the target stays byte-identical, the link is
named in one line, and nothing is built from that folder. Nor is anything kept in its
_build/ or _site/ used unless this user's tools made it: a pickle planted there would run as it loads.
"""
from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

import pytest

from participant import fill_judgements
from factcheck.byo.scaffold import scaffold
from factcheck.cli import main

REPO = Path(__file__).resolve().parents[2]
SECRET = b"INSTRUCTOR=do-not-touch\n"


@pytest.fixture
def filled(article_file, tmp_path) -> Path:
    folder = scaffold(article_file, "wire17", tmp_path / "wire17").folder
    fill_judgements(folder, "wire17")
    return folder


def _victim_file(tmp_path: Path) -> Path:
    victim = tmp_path / "instructor" / "settings.env"
    victim.parent.mkdir(parents=True)
    victim.write_bytes(SECRET)
    return victim


def _victim_folder(tmp_path: Path) -> dict[Path, bytes]:
    """An instructor's folder laid out like a class book's (source/, html/, work/render/), with a file in each."""
    root = tmp_path / "instructor-site"
    files = {}
    for part in ("source", "html", "work/render", "."):
        path = root / part / "keep.txt"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(SECRET + part.encode())
        files[path] = path.read_bytes()
    return files


def _one_line_naming(text: str, link: Path) -> bool:
    lines = [line for line in text.splitlines() if "symbolic link" in line]
    return len(lines) == 1 and link.name in lines[0]


def test_a_symlinked_failed_notebook_leaves_its_target_byte_identical_in_check(filled, tmp_path, capsys):
    victim = _victim_file(tmp_path)
    link = filled / "_failed" / "wire17.ipynb"
    link.parent.mkdir()
    link.symlink_to(victim)
    status = main(["new-article", "--check", str(filled)])
    printed = capsys.readouterr()
    assert victim.read_bytes() == SECRET
    assert link.is_symlink()  # not deleted either: the evidence stays
    assert status == 1 and _one_line_naming(printed.out + printed.err, link), printed
    assert "Traceback" not in printed.out + printed.err


def test_a_symlinked_failed_notebook_leaves_its_target_byte_identical_in_class_book(filled, tmp_path, capsys):
    victim = _victim_file(tmp_path)
    link = filled / "_failed" / "wire17.ipynb"
    link.parent.mkdir()
    link.symlink_to(victim)
    status = main(["class-book", str(filled), "--out", str(tmp_path / "book")])
    printed = capsys.readouterr()
    assert victim.read_bytes() == SECRET and link.is_symlink()
    assert status != 0 and _one_line_naming(printed.out, link), printed
    assert not (tmp_path / "book" / "html" / "articles" / "wire17.html").exists()


def test_pickles_planted_in_a_folders_build_are_never_unpickled(filled, tmp_path, capsys):
    """A folder comes with its _build/, where the tools keep what they worked out (pickles among them). A
    participant who ran them, then put a pickle of their own in place of each, hands in code the instructor's
    `new-article --check` and `class-book` would run as they load the kept checks: they read only what is sealed
    with this user's key (factcheck/files/sealed.py)."""
    from planted import planted_pickle, sealed_elsewhere

    assert main(["new-article", "--check", str(filled)]) == 0
    kept = sorted((filled / "_build").rglob("*.pickle"))
    assert any(path.parent.name == "kept" for path in kept), kept
    marker = tmp_path / "the planted pickle ran"
    for path in kept:   # as another checkout would seal it: the participant's own run of the tools
        path.write_bytes(sealed_elsewhere(planted_pickle(marker)))
    assert main(["new-article", "--check", str(filled)]) == 0
    assert main(["class-book", str(filled), "--out", str(tmp_path / "book")]) == 0
    assert not marker.exists(), capsys.readouterr()
    assert (tmp_path / "book" / "html" / "articles" / "wire17.html").is_file()


def test_the_class_book_renders_in_a_private_folder_made_for_the_run_and_takes_nothing_from_out(filled, tmp_path,
                                                                                                monkeypatch):
    """A participant's _site (new-article --check's out) is handed in with the folder: the render's state there
    (Sphinx's pickled environment, Jinja's compiled templates, the site's source, from which the render process
    imports) would be read back as the render's own, and a file of its html/ with the size and time of one the
    render writes would be taken as that file. The class book renders in a folder made for the run (on out's file
    system: the site is moved in by renaming), readable by the instructor alone and removed after, and takes no
    file from out/html."""
    from factcheck.byo.classbook import SCRATCH_PREFIX, build_class_book
    from factcheck.pipeline import site

    given = {}

    def build_site(source, html, work, **options):
        given.update(source=Path(source), work=Path(work), options=options,
                     mode=Path(source).parent.stat().st_mode & 0o777)
        (Path(work) / "log.txt").parent.mkdir(parents=True, exist_ok=True)
        (Path(work) / "log.txt").write_text("the render's log\n", encoding="utf-8")
        return site.SiteOutcome(False, False, 0.0, str(Path(work) / "log.txt"), ())

    monkeypatch.setattr(site, "build_site", build_site)
    out = filled / "_site"
    for planted in ("work/render/doctrees/environment.pickle", "work/templates/x.cache", "source/factcheck/__init__.py",
                    f"{SCRATCH_PREFIX}killed/source/index.md"):
        (out / planted).parent.mkdir(parents=True, exist_ok=True)
        (out / planted).write_bytes(b"planted")
    book = build_class_book([filled], out, echo=lambda _: None, adopt=True)
    assert book.chapters and given["mode"] == 0o700 and given["options"].get("reuse_published") is False
    scratch = given["source"].parent
    assert scratch.parent == out and scratch.name.startswith(SCRATCH_PREFIX) and given["work"].parent == scratch
    assert sorted(p.name for p in out.iterdir()) == [".class-book", "render.log"]   # the planted folders gone too
    assert Path(book.log).read_text(encoding="utf-8") == "the render's log\n"


def test_a_folder_planted_where_the_render_log_goes_leaves_the_site_built_without_a_log(filled, monkeypatch):
    from factcheck.byo.classbook import LOG_NAME, build_class_book, log_said
    from factcheck.pipeline import site

    def build_site(source, html, work, **options):
        (Path(work) / "log.txt").parent.mkdir(parents=True, exist_ok=True)
        (Path(work) / "log.txt").write_text("the render's log\n", encoding="utf-8")
        return site.SiteOutcome(True, False, 0.0, str(Path(work) / "log.txt"), ())

    monkeypatch.setattr(site, "build_site", build_site)
    (filled / "_site" / LOG_NAME / "planted").mkdir(parents=True)
    book = build_class_book([filled], filled / "_site", echo=lambda _: None, adopt=True)
    assert book.ok and book.chapters and book.log == ""
    assert [p.name for p in (filled / "_site" / LOG_NAME).iterdir()] == ["planted"]
    assert log_said(book).startswith("its log could not be kept as ") and log_said(book).endswith(LOG_NAME)


def test_a_second_run_into_the_same_out_waits_for_the_first_and_leaves_its_private_folder(filled, monkeypatch,
                                                                                          capsys):
    """Each run sweeps away what a killed run left in out (its private folder): a second run while the first is
    going would take the first's folder for a killed run's. The first here is another process holding the run's
    lock, its private folder in out; the second (new-article --check's page) waits, saying why, and starts once the
    first has finished."""
    import subprocess
    import threading
    import time

    from factcheck.byo import classbook, new_article

    out = filled / "_site"
    out.mkdir(exist_ok=True)
    (out / classbook.MARKER).write_text("Made by class-book\n", encoding="utf-8")
    first_folder = out / f"{classbook.SCRATCH_PREFIX}first"
    first_folder.mkdir()
    first = subprocess.Popen([sys.executable, "-c", "import sys; from filelock import FileLock\n"
                              "with FileLock(sys.argv[1]):\n print('held', flush=True); sys.stdin.readline()",
                              str(out / classbook.MARKER)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    scratches = []
    try:
        assert first.stdout.readline() == "held\n"
        monkeypatch.setattr(classbook, "_build_into", lambda folders, out, scratch, *rest: scratches.append(scratch))
        second = threading.Thread(target=new_article._page, args=(filled, ["wire17"]))
        second.start()
        for _ in range(600):
            if "waiting" in capsys.readouterr().err:
                break
            time.sleep(0.05)
        else:
            raise AssertionError("the second run said nothing of a wait")
        assert scratches == [] and first_folder.is_dir()   # the second has not started, nor swept the first's folder
    finally:
        first.communicate("end\n", timeout=60)
    second.join(60)
    assert len(scratches) == 1 and not first_folder.exists()   # the first ended: its folder is a killed run's now
    assert (out / classbook.MARKER).is_file()


def test_a_file_system_without_locks_leaves_the_run_unlocked_and_its_mark_in_place(tmp_path, monkeypatch):
    """filelock falls back, where flock is missing (ENOSYS), to a lock that deletes its file: the mark."""
    import errno

    from filelock import _unix

    from factcheck.byo import classbook

    def no_flock(fd):
        raise OSError(errno.ENOSYS, "flock is not supported here")

    monkeypatch.setattr(_unix, "lock_fd_nonblocking", no_flock)
    monkeypatch.setattr(classbook, "_build_into", lambda *arguments: None)
    said = []
    for _ in range(2):   # the second run finds the first's mark: out is class-book's
        classbook.build_class_book([], tmp_path / "out", echo=said.append)
        assert (tmp_path / "out" / classbook.MARKER).is_file()
    assert not any("waiting" in line for line in said)


@pytest.mark.parametrize("where, kind", [("data/claims.csv", "named pipe"), ("seeds/wire17.txt", "named pipe"),
                                         ("_build/verdicts.json", "named pipe"), ("_failed/wire17.ipynb", "hard link"),
                                         ("data/claims.csv", "hard link")])
def test_a_named_pipe_or_a_hard_link_in_a_folder_is_refused_in_one_line_neither_read_nor_written(filled, tmp_path,
                                                                                                 where, kind):
    """Opening a named pipe to read it waits for a writer: the check would hang, holding the class book's lock. A
    file written in place (papermill writes a failed page's evidence in place) changes under all its names."""
    import subprocess

    planted = filled / where
    planted.parent.mkdir(exist_ok=True)
    planted.unlink(missing_ok=True)
    victim = _victim_file(tmp_path)
    os.mkfifo(planted) if kind == "named pipe" else os.link(victim, planted)
    result = subprocess.run([sys.executable, "-m", "factcheck", "new-article", "--check", str(filled)],
                            capture_output=True, text=True, timeout=60, cwd=REPO)
    said = [line for line in (result.stdout + result.stderr).splitlines() if kind in line]
    assert result.returncode == 1 and len(said) == 1 and where in said[0], result.stdout + result.stderr
    assert "Traceback" not in result.stdout + result.stderr and victim.read_bytes() == SECRET


def test_a_symlinked_site_folder_leaves_its_target_byte_identical(filled, tmp_path, capsys):
    files = _victim_folder(tmp_path)
    (filled / "_site").symlink_to(tmp_path / "instructor-site", target_is_directory=True)
    status = main(["new-article", "--check", str(filled)])
    printed = capsys.readouterr()
    assert {path: path.read_bytes() for path in files if path.exists()} == files
    assert status == 1 and _one_line_naming(printed.out + printed.err, filled / "_site"), printed


def test_a_symlinked_claims_table_is_not_written_through(article_file, tmp_path, capsys):
    """--check writes computed intervals into claims.csv: never into a file a link points at."""
    folder = scaffold(article_file, "wire17", tmp_path / "wire17").folder
    real = tmp_path / "instructor" / "claims.csv"
    real.parent.mkdir()
    claims = folder / "data" / "claims.csv"
    lines = claims.read_text(encoding="utf-8").splitlines(keepends=True)
    header = lines[0].rstrip("\n").split(",")
    blanked = [lines[0]]
    for line in lines[1:]:  # low, high and bounds blank: --check would write them in
        cells = next(__import__("csv").reader([line]))
        for column in ("low", "high", "bounds"):
            cells[header.index(column)] = ""
        blanked.append(",".join(f'"{c}"' if "," in c else c for c in cells) + "\n")
    real.write_text("".join(blanked), encoding="utf-8")
    before = real.read_bytes()
    claims.unlink()
    claims.symlink_to(real)
    status = main(["new-article", "--check", str(folder), "--no-chapter"])
    printed = capsys.readouterr()
    assert real.read_bytes() == before
    assert status == 1 and _one_line_naming(printed.out, claims), printed


def test_the_class_book_leaves_out_a_linked_folder_and_builds_nothing_from_it(filled, tmp_path, capsys):
    outside = tmp_path / "elsewhere"
    outside.mkdir()
    linked = tmp_path / "collected" / "dan"
    linked.parent.mkdir()
    linked.symlink_to(filled, target_is_directory=True)
    status = main(["class-book", str(linked), "--out", str(tmp_path / "book"), ])
    printed = capsys.readouterr()
    assert status != 0 and "left out" in printed.out and _one_line_naming(printed.out, linked), printed


@pytest.mark.parametrize("command", [["class-book"], ["build", "-p", "hedge_preset=strict"]])
def test_an_out_folder_the_tools_did_not_make_is_left_alone(command, filled, tmp_path, capsys):
    out = tmp_path / "mine"
    (out / "source").mkdir(parents=True)
    (out / "html").mkdir()
    kept = {out / "source" / "notes.md": b"my notes\n", out / "html" / "index.html": b"<p>mine</p>\n",
            out / "_config.yml": b"title: mine\n"}
    for path, data in kept.items():
        path.write_bytes(data)
    arguments = command + ([str(filled)] if command == ["class-book"] else []) + ["--out", str(out)]
    status = main(arguments)
    printed = capsys.readouterr()
    assert {path: path.read_bytes() for path in kept} == kept
    assert status == 2 and len((printed.out + printed.err).strip().splitlines()) == 1, printed
    assert "not a folder" in printed.err and "made" in printed.err


def test_a_folder_handed_in_inside_the_class_books_out_is_refused_and_kept(filled, tmp_path, capsys):
    """A participant whose id is `work` handed in a folder a teacher put in the class book's --out: the rerun
    deleted it with the work folder a run clears."""
    out = tmp_path / "book"
    assert main(["class-book", str(filled), "--out", str(out)]) == 0
    inside = out / "work"
    shutil.copytree(filled, inside)
    kept = {path: path.read_bytes() for path in inside.rglob("*") if path.is_file()}
    capsys.readouterr()
    status = main(["class-book", str(filled), str(inside), "--out", str(out)])
    printed = capsys.readouterr()
    assert {path: path.read_bytes() for path in inside.rglob("*") if path.is_file()} == kept
    assert status == 2 and printed.err.count("\n") == 1 and "book/work is inside" in printed.err, printed


def test_an_out_folder_holding_a_link_is_refused_before_anything_is_written(filled, tmp_path, capsys):
    files = _victim_folder(tmp_path)
    out = tmp_path / "book"
    out.mkdir()
    (out / "html").symlink_to(tmp_path / "instructor-site" / "html", target_is_directory=True)
    status = main(["class-book", str(filled), "--out", str(out)])
    printed = capsys.readouterr()
    assert {path: path.read_bytes() for path in files} == files
    assert status == 2 and _one_line_naming(printed.err, out / "html"), printed


def test_a_folder_past_the_claims_limit_is_refused_in_one_line(article_file, tmp_path, capsys):
    from factcheck.byo import guard

    folder = scaffold(article_file, "wire17", tmp_path / "wire17").folder
    claims = folder / "data" / "claims.csv"
    lines = claims.read_text(encoding="utf-8").splitlines(keepends=True)
    claims.write_text(lines[0] + "".join(lines[1:2] * (guard.MAX_CLAIMS + 1)), encoding="utf-8")
    status = main(["new-article", "--check", str(folder), "--no-chapter"])
    printed = capsys.readouterr()
    said = [line for line in printed.out.splitlines() if f"{guard.MAX_CLAIMS:,}" in line]
    assert status == 1 and len(said) == 1 and "claims.csv" in said[0], printed.out


def test_a_file_past_the_size_limit_is_refused_in_one_line(article_file, tmp_path, capsys):
    from factcheck.byo import guard

    folder = scaffold(article_file, "wire17", tmp_path / "wire17").folder
    checks = folder / "data" / "checks.yml"
    with open(checks, "ab") as handle:
        handle.write(b"#" * (guard.MAX_FILE_BYTES + 1))
    status = main(["new-article", "--check", str(folder), "--no-chapter"])
    printed = capsys.readouterr()
    said = [line for line in printed.out.splitlines() if "checks.yml" in line]
    assert status == 1 and len(said) == 1 and f"{guard.MAX_FILE_BYTES:,}" in said[0], printed.out


def test_ten_thousand_claims_are_all_checked(tmp_path):
    """Every one of 10,000 claims is read and its blanks listed. How long it takes (under 10 s; 164 s before every
    mention stopped being tested against every span) is printed by benchmarks/participant_scale.py: a timed bound
    here failed on a machine loaded by other work, which says nothing about the code."""
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))
    from participant_scale import article as synthetic_article
    from factcheck.byo.workbench import review

    source = tmp_path / "big.txt"
    source.write_text(synthetic_article(10_000), encoding="utf-8")
    made = scaffold(source, "big", tmp_path / "big")
    assert len(made.claims) == 10_000
    found = review(made.folder)
    assert not found.mistakes and len(found.blanks) >= 4 * 10_000  # metric, period, population, speaker


def test_a_folder_named_with_braces_is_where_papermill_reads_and_writes(tmp_path, monkeypatch):
    """papermill fills its paths in from the page's parameters (str.format): in a folder a participant named
    `{project_root[0]}..` the page's evidence was written a folder up, outside it."""
    import papermill
    from papermill.parameterize import add_builtin_parameters, parameterize_path

    from factcheck.pipeline import execute

    folder = tmp_path / "collected" / "{project_root[0]}.."
    asked = {}

    def execute_notebook(input_path, output_path, parameters=None, **options):
        asked.update(input=input_path, output=output_path, parameters=parameters)
        raise RuntimeError("stopped here: only the paths are looked at")

    monkeypatch.setattr(papermill, "execute_notebook", execute_notebook)
    job = execute.Job(page="wire17.ipynb", name="wire17", template=str(folder / "wire17.ipynb"),
                      output=str(folder / "out.ipynb"), parameters={"project_root": str(folder)},
                      failed_dir=str(folder / "_failed"))
    assert not execute.execute(job).ok
    filled_in = add_builtin_parameters(asked["parameters"])
    assert parameterize_path(asked["input"], filled_in) == job.template
    assert parameterize_path(asked["output"], filled_in) == str(folder / "_failed" / "wire17.ipynb")


def test_a_folder_the_tools_cannot_read_is_left_out_and_a_book_with_no_chapter_keeps_the_last_site(filled, tmp_path,
                                                                                                     monkeypatch):
    """One participant's folder that the tools fail on (here: folders nested past what Python's walk can follow)
    is left out with the error named, and the other folders make the book; a run that leaves every folder out
    publishes nothing: the site built last stays."""
    import shutil

    from factcheck.byo import classbook, workbench
    from factcheck.pipeline import site

    failing = shutil.copytree(filled, tmp_path / "failing")
    (filled / "wire17.ipynb").write_text("{}", encoding="utf-8")   # its chapter, as new-article --check left it
    review, rendered = workbench.review, []

    def review_failing(folder, first=None):
        if Path(folder) == failing:
            raise RecursionError("maximum recursion depth exceeded\nwhile walking")
        return review(folder, first)

    def build_site(source, html, work, **options):
        rendered.append(sorted(p.name for p in (Path(source) / classbook.CHAPTERS).iterdir()))
        return site.SiteOutcome(True, False, 0.0, "", ())

    monkeypatch.setattr(workbench, "review", review_failing)
    monkeypatch.setattr(site, "build_site", build_site)
    out = tmp_path / "out"
    book = classbook.build_class_book([failing, filled], out, echo=lambda _: None, rebuild=False)
    assert [doc_id for doc_id, _, folder in book.chapters] == ["wire17"] and rendered == [["wire17.ipynb"]]
    [(folder, why)] = book.left_out
    assert folder == failing and "RecursionError: maximum recursion depth exceeded while walking" in why

    (out / "html").mkdir(exist_ok=True)
    (out / "html" / "index.html").write_text("the site built last", encoding="utf-8")
    book = classbook.build_class_book([failing], out, echo=lambda _: None)
    assert book.ok and not book.chapters and rendered == [["wire17.ipynb"]]   # nothing rendered the second time
    assert (out / "html" / "index.html").read_text(encoding="utf-8") == "the site built last"


def test_a_folder_that_fails_after_giving_a_chapter_takes_it_back(filled, tmp_path, monkeypatch):
    """The left-out line says none of the folder is in the book: a chapter it gave before failing goes too."""
    from types import SimpleNamespace

    from factcheck.byo import classbook, workbench

    (filled / "wire17.ipynb").write_text("{}", encoding="utf-8")   # its first chapter, built already

    def build_chapter(folder, doc_id, title=None):
        raise OSError(36, "File name too long", doc_id)

    monkeypatch.setattr(workbench, "review", lambda folder, first=None: SimpleNamespace(
        mistakes=[], titles={"wire17": "The first", "wire18": "The second"}))
    monkeypatch.setattr(workbench, "build_chapter", build_chapter)
    book = classbook.build_class_book([filled], tmp_path / "out", echo=lambda _: None, rebuild=False)
    assert book.chapters == [] and "File name too long" in book.left_out[0][1]


@pytest.mark.parametrize("shape", ["_failed a file", "wire17.ipynb a folder"])
def test_a_folder_of_a_shape_no_check_foresaw_gets_one_line_not_a_traceback(filled, capsys, shape):
    where, _, kind = shape.partition(" a ")
    (filled / where).mkdir() if kind == "folder" else (filled / where).write_text("x\n", encoding="utf-8")
    status = main(["new-article", "--check", str(filled)])
    printed = capsys.readouterr()
    said = [line for line in printed.err.splitlines() if "could not be checked" in line]
    assert status == 1 and len(said) == 1 and where in said[0], printed


def test_hard_links_where_the_tools_do_not_write_are_no_reason_to_refuse_a_folder(filled):
    """A local `git clone` hard-links its objects: a folder collected that way is not refused for it."""
    from factcheck.byo.guard import guard

    (filled / "notes").mkdir()
    (filled / "notes" / "a.txt").write_text("the participant's notes\n", encoding="utf-8")
    os.link(filled / "notes" / "a.txt", filled / "notes" / "b.txt")
    assert guard(filled) == []
    (filled / "_failed").mkdir(exist_ok=True)   # where a failed chapter's log is written, in place
    os.link(filled / "notes" / "a.txt", filled / "_failed" / "wire17.log")
    [refused] = guard(filled)
    assert "_failed/wire17.log" in str(refused) and "hard link" in str(refused)


def test_a_folder_that_cannot_be_listed_is_refused_not_skipped(filled, monkeypatch):
    """A folder may be enterable but not listable (mode 0311): the walk skipped it silently, and a named pipe or a
    link in it was then opened by name. (Root lists every folder, so the refusal to list is simulated here.)"""
    from factcheck.byo.guard import guard

    scandir = os.scandir

    def refuse_data(path="."):
        if Path(path) == filled / "data":
            raise PermissionError(13, "Permission denied", str(path))
        return scandir(path)

    monkeypatch.setattr(os, "scandir", refuse_data)
    [refused] = guard(filled)
    assert "data cannot be listed (Permission denied)" in str(refused) and "\n" not in str(refused)


def test_a_table_schema_other_than_the_reports_is_refused_and_a_reformatted_copy_is_not(filled, capsys):
    """A participant's schema would be the rules their own cells are checked by: one loosened lets through what the
    tools assume cannot be there, and a `pattern` such as `(a+)+b` takes hours to match a line of `a`s. (The
    loosened pattern here is harmless, so that the test cannot hang if the refusal goes.)"""
    import json

    from factcheck.byo.guard import guard

    schema = filled / "data" / "datapackage.json"
    package = json.loads(schema.read_text(encoding="utf-8"))
    schema.write_bytes(json.dumps(package, indent=4).replace("\n", "\r\n").encode("utf-8"))   # an editor's save
    assert guard(filled) == []
    minimum = '"minimum": 0'
    assert minimum in schema.read_text(encoding="utf-8")   # (Python's == holds false and 0 equal: frictionless not)
    schema.write_text(schema.read_text(encoding="utf-8").replace(minimum, '"minimum": false', 1), encoding="utf-8")
    assert "not the report's table schema" in str(guard(filled)[0])
    claims = next(r for r in package["resources"] if r["name"] == "claims")
    for column in claims["schema"]["fields"]:
        if column["name"] == "doc_id":
            column["constraints"]["pattern"] = ".*"
    schema.write_text(json.dumps(package), encoding="utf-8")
    status = main(["new-article", "--check", str(filled), "--no-chapter"])
    said = [line for line in capsys.readouterr().out.splitlines() if "datapackage.json" in line]
    assert status == 1 and len(said) == 1 and "not the report's table schema" in said[0], said


def test_check_root_refuses_all_that_new_article_check_refuses_but_in_hidden_entries(filled, tmp_path, capsys):
    """`check --root DIR` would wait for ever on a named pipe (a notebook pages.yml names is read too), follow a link
    out of the folder, and run the patterns of a schema of the folder's own; what a participant writes in the folder
    (removing new-article's mark) changes none of it. Links in a checkout's hidden entries (.venv), which check never
    reads, are no reason to refuse."""
    from factcheck.commands import _refused_folder

    (filled / ".new-article").unlink()
    schema = filled / "data" / "datapackage.json"
    kept = schema.read_bytes()
    schema.write_text("{}", encoding="utf-8")
    assert main(["check", "--root", str(filled)]) == 1
    assert "not the report's table schema" in capsys.readouterr().err
    schema.write_bytes(kept)
    (filled / ".venv").mkdir()
    (filled / ".venv" / "python").symlink_to(sys.executable)
    assert _refused_folder(filled) is None
    (filled / "notebooks").mkdir()
    os.mkfifo(filled / "notebooks" / "about.ipynb")
    assert main(["check", "--root", str(filled)]) == 1
    said = capsys.readouterr().err.strip().splitlines()
    assert len(said) == 2 and "notebooks/about.ipynb: is a named pipe" in said[1], said
    (filled / "notebooks" / "about.ipynb").unlink()
    (filled / "seeds" / "more").symlink_to(_victim_file(tmp_path).parent, target_is_directory=True)
    assert "seeds/more: is a symbolic link" in _refused_folder(filled)


def test_more_articles_or_more_text_than_one_folder_may_hold_is_refused_in_one_line(filled):
    """Each article is read, accounted for and built into a chapter: many small ones, or one past the scaffold's
    limits on characters and numerals (a seed is not scaffolded again), would hold up the whole class's book."""
    from factcheck.byo.guard import MAX_ARTICLE_CHARACTERS, MAX_DOCUMENTS, MAX_NUMERALS, guard

    seeds = filled / "seeds"
    (seeds / "wire17.txt").write_text("\u00e9" * (MAX_ARTICLE_CHARACTERS // 2 + 1), encoding="utf-8")  # past it in bytes
    for unread in (".DS_Store", "._wire17.txt", "wire17.txt~"):   # what a file manager or an editor leaves
        (seeds / unread).write_text("x" * MAX_ARTICLE_CHARACTERS, encoding="utf-8")
    assert guard(filled) == []
    (seeds / "more.txt").write_text("x" * (MAX_ARTICLE_CHARACTERS // 2), encoding="utf-8")
    [refused] = guard(filled)
    assert str(refused).startswith(f"{seeds}: its articles hold {MAX_ARTICLE_CHARACTERS + 1:,} characters")
    (seeds / "more.txt").write_text("1\n" * (MAX_NUMERALS + 1), encoding="utf-8")   # under the characters' limit
    [refused] = guard(filled)
    assert str(refused).startswith(f"{seeds}: its articles hold {MAX_NUMERALS + 1:,} numerals")
    for number in range(MAX_DOCUMENTS - 1):   # (with wire17.txt and more.txt, one past the limit)
        (seeds / f"more{number}.txt").write_text("x", encoding="utf-8")
    [refused] = guard(filled)
    assert f"{MAX_DOCUMENTS + 1} files besides sources.yml is past the limit" in str(refused)


def test_a_folder_named_in_bytes_that_are_not_utf8_is_left_out_by_name_and_the_book_is_made(filled, tmp_path,
                                                                                              monkeypatch):
    """A folder's name is bytes: one that is not UTF-8 could not be written into the chapter, nor onto the book's
    first page, which lists the folders left out (it ended the whole class's book in a traceback)."""
    import shutil

    from factcheck.byo import classbook
    from factcheck.pipeline import site

    (filled / "wire17.ipynb").write_text("{}", encoding="utf-8")   # its chapter, as new-article --check left it
    named = shutil.copytree(filled, tmp_path / b"wire\xff\x9b".decode("utf-8", "surrogateescape"))
    first_pages = []

    def build_site(source, html, work, **options):
        first_pages.append((Path(source) / "index.md").read_text(encoding="utf-8"))
        return site.SiteOutcome(True, False, 0.0, "", ())

    monkeypatch.setattr(site, "build_site", build_site)
    book = classbook.build_class_book([named, filled], tmp_path / "out", echo=lambda _: None, rebuild=False)
    assert [doc_id for doc_id, _, _ in book.chapters] == ["wire17"]
    [(folder, why)] = book.left_out
    assert folder == named and "is not UTF-8 text" in why
    [first_page] = first_pages
    assert "wire\\\\udcff\\\\udc9b" in first_page and "\x9b" not in first_page   # shown, and markdown-escaped


def test_a_folder_that_clashes_then_fails_takes_back_its_clash_and_its_counts(filled, tmp_path, monkeypatch):
    """The second folder's chapter of a clashing id goes with the rest of it when a later chapter of it fails: the
    book has the first folder's chapter alone, no clash, and no count for a chapter it does not hold."""
    import shutil
    from types import SimpleNamespace

    from factcheck.byo import classbook, workbench
    from factcheck.pipeline import site

    (filled / "wire17.ipynb").write_text('{"cells": []}', encoding="utf-8")   # built already
    second = shutil.copytree(filled, tmp_path / "second")

    def build_chapter(folder, doc_id, title=None):
        raise OSError(36, "File name too long", doc_id)

    titles = {filled.name: {"wire17": "The first"}, second.name: {"wire17": "The same id", "wire18": "Fails"}}
    monkeypatch.setattr(workbench, "review", lambda folder, first=None: SimpleNamespace(
        mistakes=[], titles=titles[folder.name]))
    monkeypatch.setattr(workbench, "build_chapter", build_chapter)
    monkeypatch.setattr(site, "build_site", lambda *args, **kwargs: SimpleNamespace(ok=True, problems=(), log=""))
    book = classbook.build_class_book([filled, second], tmp_path / "out", echo=lambda _: None, rebuild=False)
    assert [name for name, _, _ in book.chapters] == ["wire17"] and book.clashes == []
    assert set(book.filled) == {"wire17"} and "File name too long" in book.left_out[0][1]


@pytest.mark.parametrize("unrated, said", [
    ('[{doc_id: wire17, kind: law, start: 0, end: 20, quote: "The agency admitted it broke the law", '
     'searches: [{query: q, corpus: pages, found: nothing}]}]', "not the quoted words"),
    ('[{doc_id: wire17, start: "ten", quote: "a"}, {doc_id: wire17, start: 3}]', "start and end must be whole numbers"),
    ('[{doc_id: wire17, start: 0, end: 4, quote: "ICE "}]', "list the searches tried"),
    ("{doc_id: wire17}", "expected a list of statements"),
    ("[1, 2", "not valid YAML"),   # YAML that does not parse: named with its line, as any other file
    ('[{doc_id: wire17, kind: [law], start: 0, end: 4, quote: "ICE ", '
     'searches: [{query: q, corpus: pages, found: nothing}]}]', "kind is one word"),   # (it failed the chapter)
])
def test_a_folders_statements_not_checked_against_the_record_are_checked_as_the_reports_are(filled, unrated, said):
    """The chapter lists them as the article's words ("Not checked against the record"): a quote the article does
    not hold was published as its own, and offsets that are not numbers failed the chapter with a TypeError."""
    from factcheck.byo.workbench import review

    record = filled / "review" / "references" / "not-found.yml"
    record.parent.mkdir(parents=True)
    record.write_text(f"statements: []\nunrated: {unrated}\n", encoding="utf-8")
    mistakes = [f"{p.file}:{p.line}: {p.message}" for p in review(filled).mistakes]
    assert any("not-found.yml" in m and said in m for m in mistakes), mistakes


def test_a_folders_record_file_without_what_its_chapter_reads_first_is_named(filled):
    """Once a statement is rated, the chapter reads the file's `statements:` (and `facts:`): one of `unrated:` alone
    failed the chapter, and `facts:` not a list failed the check with a traceback. Its unrated ones are checked too."""
    from factcheck.byo.workbench import review

    record = filled / "review" / "references" / "not-found.yml"
    record.parent.mkdir(parents=True)
    record.write_text("unrated: [{doc_id: wire17, start: 0, end: 4, quote: x}]\n", encoding="utf-8")
    mistakes = [f"{p.file}:{p.line}: {p.message}" for p in review(filled).mistakes]
    assert any("not-found.yml" in m and "top-level 'statements:' list" in m for m in mistakes), mistakes
    assert any("not the quoted words" in m for m in mistakes), mistakes   # every problem at once
    record.write_text("statements: []\nfacts: abc\n", encoding="utf-8")
    mistakes = [f"{p.file}:{p.line}: {p.message}" for p in review(filled).mistakes]
    assert any("not-found.yml:2" in m and "expected a list of facts" in m for m in mistakes), mistakes
    record.write_text("[1, 2\n", encoding="utf-8")
    mistakes = [p.message for p in review(filled).mistakes]
    assert sum("not valid YAML" in m for m in mistakes) == 1, mistakes   # said once


def test_a_folders_record_file_past_the_size_limit_is_not_read(filled):
    from factcheck.byo.guard import MAX_FILE_BYTES
    from factcheck.byo.workbench import review

    record = filled / "review" / "references" / "not-found.yml"
    record.parent.mkdir(parents=True)
    record.write_text("unrated: []\n" + "#" * MAX_FILE_BYTES, encoding="utf-8")
    mistakes = [p.message for p in review(filled).mistakes]
    assert any("past the limit for one file" in m for m in mistakes), mistakes


def test_a_folder_name_with_a_line_end_prints_no_line_of_its_own_in_the_class_books_terminal(tmp_path, capsys):
    """A participant's folder named so that its name prints as a line of the tool's own, to fool the teacher."""
    spoof = tmp_path / "eve\nleft out bob: his folder is broken, run  rm -rf ~  to fix it"
    spoof.mkdir()
    status = main(["class-book", str(spoof), "--out", str(tmp_path / "book")])
    printed = capsys.readouterr()
    lines = (printed.out + printed.err).splitlines()
    assert status == 1 and not any(line.startswith("left out bob") for line in lines), lines
    assert any(line.startswith("left out ") and "eve\\nleft out bob" in line for line in lines), lines
