"""The build as a person runs it: deterministic, incremental, atomic, and what-if runs kept apart.

Each test works in a copy of the repository (tests/buildcopies.py); the two full
builds are shared with the browser tests.
"""
from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
import threading
from pathlib import Path

from buildcopies import (ONE_CLAIM_EDIT, build_logs, built_copy, clean_build_of_edited_first, copy_of_built,
                        edit_claim, run_build, timeline_of, warm_up_marks)
from leftovers import kernel_files_left, killed_when_done, left_running
from streams import wait_for_line

from factcheck.pipeline.execute import ordinal
from factcheck.pipeline.plan import load_plan


def tree_digests(folder: Path) -> dict[str, str]:
    return {p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


def differing(a: Path, b: Path) -> list[str]:
    left, right = tree_digests(a), tree_digests(b)
    return sorted(name for name in set(left) | set(right) if left.get(name) != right.get(name))


def test_two_clean_builds_give_byte_identical_pages_and_html(first_build, second_build):
    assert differing(first_build / "book", second_build / "book") == []
    # The whole site, file by file (search index, objects.inv and _sources included).
    assert differing(first_build / "_build" / "html", second_build / "_build" / "html") == []


def test_a_noop_rebuild_executes_nothing(first_build, tmp_path):
    """Nothing is executed or rendered again (how long it takes is benchmarks/build.py's business). And a cache
    folder that others may write to is refused, with one line that says so (files/user_cache.machine_folder)."""
    shared = tmp_path / "shared-cache"
    shared.mkdir()
    shared.chmod(0o777)
    result = run_build(first_build, env={"FACTCHECK_CACHE": str(shared)})
    assert result.returncode == 0, result.stderr
    assert re.search(r"\b(\d+) of \1 pages unchanged; executing 0\b", result.stderr), result.stderr
    assert "site unchanged" in result.stderr
    assert f"{shared} is not used for the charts' drawings: others may write to it" in result.stderr


def test_a_build_sets_aside_what_a_killed_build_left_with_one_line_each(second_build):
    """The second copy started with a manifest of the wrong shape, a broken site.json and a stale folder."""
    log = build_logs["second"].stderr
    assert re.search(r"^\.manifest\.json is not the shape this build writes .*; executing every page again", log, re.M), log
    assert re.search(r"^site\.json is not readable JSON .*; rendering the site again$", log, re.M), log
    assert "removed 1 unfinished site folder(s)" in log
    assert not list((second_build / "_build").glob(".site-*"))
    assert "Traceback" not in log
    total = len(load_plan(second_build).executed)
    assert f"0 of {total} pages unchanged; executing {total}" in log


# The columns of a claim the claims index shows (its words, its figure, what the words allow, its metric, where it
# sits): not its population, period or speaker. It shows a note as the desk's reason where a number is read otherwise
# than by default, and it records the columns it read of all claims together, so any claim's note runs it again.
CLAIMS_INDEX_HIDES = {"population", "period", "speaker"}
# The register shows each check's claims by their words, figures and article, and the statements' words: not a
# claim's population, period, speaker or note either (it reads the columns it shows, claim by claim: the note only of
# a number read otherwise than by default, which no claim edited here is).
REGISTER_HIDES = {"population", "period", "speaker", "note"}


# For the builds below that check what an edit runs and what it gives, not how the pages are shared out: one worker,
# whose kernel runs the pages one after another, and one kernel started instead of two (a kernel with the templates'
# imports costs about 1.2 processor-seconds on the suite's two cores: the second reader's measure). Where the bytes
# are compared with a clean build (edits_that_end_in_the_same_data_...), a page that left something behind for the
# next would show. The session's copies and the one-claim edit's first build keep the default, two workers.
ONE_WORKER = ("--jobs", "1")


def pages_showing(root: Path, claim_id: str, column: str = "population", outcomes_moved: bool = False) -> set[str]:
    """The pages that show a claim or a check using it, worked out from the data, not from the build's record.

    A page that shows check outcomes (the methods page's rule-set comparison) shows the claim only through them:
    it runs again when an outcome moved (outcomes_moved), not when a column no outcome shows changed."""
    from factcheck.checks.definitions import load_checks
    from factcheck.ledger.claims import load_ledger
    from factcheck.report.themes import load_themes

    ledger = load_ledger(root)
    claim = ledger.claim(claim_id)
    checks = [c for c in load_checks(root / "data" / "checks.yml", set(ledger.claims["claim_id"]), ledger.documents)
              if claim_id in c.claim_ids]
    shown_docs = {claim["doc_id"]} | {ledger.claim(c)["doc_id"] for check in checks for c in check.claim_ids}
    themes = {t.id for t in load_themes(ledger, root / "data" / "themes.yml").values() if claim["metric"] in t.metrics}
    themes |= {theme for check in checks for theme in check.themes}
    pages = set()
    for page in load_plan(root).executed:
        parameters = page.parameters
        if page.template.endswith("document.ipynb") and parameters["doc_id"] in shown_docs:
            pages.add(page.path)
        elif page.template.endswith("theme.ipynb") and parameters["theme_id"] in themes:
            pages.add(page.path)
        elif page.template == "notebooks/methods.ipynb":
            if checks and outcomes_moved:
                pages.add(page.path)  # every verdict, under other rules too
        elif page.template == "notebooks/register.ipynb":
            if column not in REGISTER_HIDES or (checks and outcomes_moved):
                pages.add(page.path)  # every check with the claims it uses, in their words
        elif page.template == "notebooks/claims.ipynb":
            if column not in CLAIMS_INDEX_HIDES:
                pages.add(page.path)  # every claim, in its words
        elif page.template == "notebooks/index.ipynb":
            pass  # counts the claims (their ids only) and shows the statements' verdicts, not a claim's columns
        elif claim_id in json.dumps(parameters) or any(c.id in json.dumps(parameters) for c in checks):
            pages.add(page.path)  # an exercise on this claim or check
    return pages


def test_a_one_claim_edit_executes_only_the_pages_showing_it_and_renders_as_a_clean_build(build_base, tmp_path):
    """And the edits that follow it, undone, give the bytes of a clean build (edits_that_end_in_the_same_data_...):
    one copy holds both, so that the edit below is built once, not once for each."""
    root = copy_of_built("first", build_base, tmp_path / "repo")
    original_claims, original_checks = ((root / "data" / name).read_bytes() for name in ("claims.csv", "checks.yml"))
    edit_claim(root, *ONE_CLAIM_EDIT)
    result = run_build(root, env={"PYTHONPROFILEIMPORTTIME": "1", "FACTCHECK_TIMELINE": str(timeline_of(root))})
    assert result.returncode == 0, result.stderr
    # a build of few pages leaves vl-convert's engine to its first drawing; the clean build below, with no drawing
    # kept, starts it in both kernels as they warm up (pipeline.draws_ahead)
    made, drawn = "kernel: a chart made", "kernel: a chart drawn"
    assert [mark[:len(made)] for mark in warm_up_marks(timeline_of(root))] == [made] * 2, result.stderr
    # The outcomes compared and the data package came from the kernels, which have pandas imported: the build
    # process did not import it (its workers' and kernels' import times go to their log, not to its stderr).
    assert re.search(r"^import time: .*\|\s+pandas$", result.stderr, re.M) is None, result.stderr[-3000:]
    assert re.search(r"^import time: .*\|\s+factcheck\.pipeline\.pipeline$", result.stderr, re.M), result.stderr[:3000]
    queued = set(re.findall(r"queued  (\S+)  \(data: ", result.stderr))
    assert queued == pages_showing(root, ONE_CLAIM_EDIT[0]), result.stderr
    assert len(queued) < len(load_plan(root).executed)
    render_log = (root / "_build" / "jupyter-book.log").read_text(encoding="utf-8")
    assert re.search(r"targets for [1-5] source files that are out of date", render_log), render_log[:3000]

    clean, built = clean_build_of_edited_first(build_base, *ONE_CLAIM_EDIT)   # shared with the warm pool's test
    assert built.returncode == 0, built.stderr
    assert [mark[:len(drawn)] for mark in warm_up_marks(timeline_of(clean))] == [drawn] * 2, built.stderr
    assert (clean / "data" / "claims.csv").read_bytes() == (root / "data" / "claims.csv").read_bytes()
    assert differing(root / "book", clean / "book") == []
    assert differing(root / "_build" / "html", clean / "_build" / "html") == []

    edits_that_end_in_the_same_data_give_the_bytes_of_a_clean_build(root, build_base, original_claims, original_checks)


def test_a_moved_folder_reads_only_the_page_edited_and_builds_the_right_site(build_base, tmp_path):
    """Sphinx's pickled environment (_build/render) moves with the folder (time stamps kept, as `mv` keeps them):
    the moved folder's build reads again only the page edited after the move, not the whole site, and its site
    is the one the moved sources make: the edit shown, every other page the first build's, byte for byte (an
    edit's own bytes against a clean build: the one-claim-edit test above, in a copy at another path, whose
    edits are newer than the build). Here the edit keeps the page's old time stamp (a file put back with its
    time, or another clone's _build/ copied in): Sphinx's own test, a newer time, misses it; the content's
    digest does not."""
    first = built_copy("first", build_base)
    before = copy_of_built("first", build_base, tmp_path / "before")
    moved = tmp_path / "elsewhere" / "after"
    moved.parent.mkdir()
    before.rename(moved)  # the old folder is gone
    guide = moved / "book" / "workshop" / "guide.md"
    said, kept = "This part of the book is a kit", guide.stat()
    text = guide.read_text(encoding="utf-8")
    assert said in text
    guide.write_text(text.replace(said, "This part of the book (moved by a test) is a kit", 1), encoding="utf-8")
    os.utime(guide, ns=(kept.st_atime_ns, kept.st_mtime_ns))
    result = run_build(moved)
    assert result.returncode == 0, result.stderr
    render_log = (moved / "_build" / "jupyter-book.log").read_text(encoding="utf-8")
    assert "loading pickled environment... done" in render_log, render_log[:3000]
    assert "0 added, 1 changed, 0 removed" in render_log, render_log[:3000]
    html = moved / "_build" / "html"
    assert "(moved by a test)" in (html / "book" / "workshop" / "guide.html").read_text(encoding="utf-8")
    changed = set(differing(first / "_build" / "html", html))
    assert "book/workshop/guide.html" in changed
    assert changed <= {"book/workshop/guide.html", "_sources/book/workshop/guide.md", "searchindex.js"}, changed


def test_an_edit_to_a_column_the_register_shows_runs_it_again(build_base, tmp_path):
    """The register depends on the columns of each claim it shows (not on a claim's population: test above); a
    word claim's condition is one: the register runs again for it and shows the new words."""
    root = copy_of_built("first", build_base, tmp_path / "repo")
    words = "From January 2015, only people convicted of crimes were targets (edited by a test)."
    edit_claim(root, "hearing16-17", "condition", words)
    result = run_build(root, *ONE_WORKER)
    assert result.returncode == 0, result.stderr
    register = re.search(r"queued  book/register\.ipynb  \((.*)\)", result.stderr)
    assert register and "claim-fields:hearing16-17=" in register.group(1), result.stderr
    assert "(edited by a test)" in (root / "book" / "register.ipynb").read_text(encoding="utf-8")


# Put in a copy's root (on its kernels' path): in a page's kernel (kernel_launcher.py), of the functions the build
# asks for between pages, one gives the answer of one that failed (factcheck.pipeline.in_kernel._answer) and the other
# ends the kernel; each says so in a file first.
REFUSING_KERNEL = """import os, sys
if sys.argv and sys.argv[0].endswith("kernel_launcher.py") and os.environ.get("REFUSALS"):
    import factcheck.pipeline.in_kernel as in_kernel

    def refusing(name, dying):
        def refuse(*arguments):
            with open(os.environ["REFUSALS"], "a", encoding="utf-8") as said:
                said.write(name + "\\n")
            if dying:
                os._exit(3)
            return '{"error": "RuntimeError: refused by a test"}'
        return refuse

    in_kernel.outcome_idents, in_kernel.publish_data = refusing("outcome_idents", False), refusing("publish_data", True)
"""


def edits_that_end_in_the_same_data_give_the_bytes_of_a_clean_build(edited_and_built: Path, build_base: Path,
                                                                    original_claims: bytes, original_checks: bytes):
    """Outcomes and check summaries kept between builds (_build/verdicts.json, _build/check.json) never leak
    an earlier state of the data into a page: edit a claim, then a check, spoil the kept outcomes, undo it all."""
    # The copy holds that first edit, built (test above): then an edit of a check, spoiled kept outcomes, all undone.
    root = edited_and_built
    claims, checks = root / "data" / "claims.csv", root / "data" / "checks.yml"
    # the data package, written by a kernel from the ledger the build validated and kept, is the one the edited
    # files give
    from factcheck.report.publish import data_package_files

    published = root / "_build" / "html" / "data-package"
    fresh = data_package_files(root)
    assert {name: (published / name).read_bytes() for name in fresh} == fresh
    assert b"changed by a test" in fresh["claims.csv"]
    title = "How far did removals fall from FY2012 to FY2015?"
    checks.write_text(original_checks.decode("utf-8").replace(title, "How far did removals fall, edited?", 1),
                      encoding="utf-8")
    assert run_build(root, *ONE_WORKER).returncode == 0
    assert (root / "_build" / "verdicts.json").is_file()
    (root / "_build" / "verdicts.json").write_text('{"format": 1, "outcomes": {"x": "spoilt"', encoding="utf-8")
    # No kept drawing either: the pages of the next builds draw their charts anew (a cache folder of their own,
    # empty: files/memo), as a build of few pages draws them (vl-convert's engine started by the first drawing, not
    # while the kernels warm up: in_kernel.warm_up)
    machine = root.parent / "machine-cache"
    claims.write_bytes(original_claims)
    # and a kernel that cannot answer the build's questions: it refuses the outcomes the build compares, and dies
    # as it is asked for the data package. The build works them out itself (pipeline._current_outcomes,
    # _publish_data): the same pages run, the package is the one the files give, and the kernel's death is noticed
    # at once (the bound for its reply is REPLY_TIMEOUT_SECONDS: the timeout below fails the test before it).
    from factcheck.pipeline.kernel import REPLY_TIMEOUT_SECONDS

    bound = 100
    assert REPLY_TIMEOUT_SECONDS > bound, "the build's timeout below must be shorter than one stalled answer"
    refusals = root.parent / "refusals.txt"
    (root / "sitecustomize.py").write_text(REFUSING_KERNEL, encoding="utf-8")
    refused = run_build(root, *ONE_WORKER, env={"REFUSALS": str(refusals), "FACTCHECK_CACHE": str(machine)},
                        timeout=bound)
    (root / "sitecustomize.py").unlink()
    assert refused.returncode == 0, refused.stderr
    assert set(refusals.read_text(encoding="utf-8").split()) == {"outcome_idents", "publish_data"}, refused.stderr
    assert set(re.findall(r"queued  (\S+)  \(", refused.stderr)) == pages_showing(root, ONE_CLAIM_EDIT[0]), \
        refused.stderr   # (no outcome moved: a page queued for one, "(outcome: ...)", would be one too many)
    fresh = data_package_files(root)
    assert {name: (published / name).read_bytes() for name in fresh} == fresh
    assert any((machine / "svg").rglob("*.txt"))   # the article's page drew its charts
    checks.write_bytes(original_checks)
    shutil.rmtree(machine)
    result = run_build(root, *ONE_WORKER, env={"FACTCHECK_CACHE": str(machine)})
    assert result.returncode == 0, result.stderr
    first = built_copy("first", build_base)
    assert differing(root / "book", first / "book") == []
    assert differing(root / "_build" / "html", first / "_build" / "html") == []


def test_each_document_page_records_the_checks_that_compare_it_with_other_articles(first_build):
    from factcheck.report.chapters import touching
    from factcheck.ledger.claims import load_ledger
    from factcheck.report.register import outcomes

    ledger = load_ledger(first_build)
    results = outcomes(ledger)
    manifest = json.loads((first_build / "book" / ".manifest.json").read_text(encoding="utf-8"))["pages"]
    for page in (p for p in load_plan(first_build).executed if p.template == "notebooks/document.ipynb"):
        doc_id = page.parameters["doc_id"]
        reads = set(manifest[page.path]["reads"])
        assert f"document:{doc_id}" in reads and "checks:index" in reads
        outcomes_read = {read.partition("=")[0] for read in reads if read.startswith("outcome:")}
        assert {f"outcome:{o.check.id}@standard" for o in touching(results, ledger, doc_id)} <= outcomes_read, page.path


def test_an_edit_that_moves_an_outcome_runs_the_pages_showing_it_again_and_a_touch_runs_nothing(build_base, tmp_path):
    """The register and the methods page show every outcome (a check's words are part of it): a check's title
    edited moves its outcome, and both run again, while the claims index, which shows no outcome, does not (a
    claim's population, which no outcome shows, ran neither the methods page nor the claims index: test above).
    A `touch` is no change at all, and an edit that keeps the file's size and mtime is still seen
    (factcheck.pipeline.quiet: the ctime changed)."""
    root = copy_of_built("first", build_base, tmp_path / "repo")
    assert run_build(root).returncode == 0
    checks = root / "data" / "checks.yml"
    os.utime(checks)
    result = run_build(root)
    assert re.search(r"\b(\d+) of \1 pages unchanged; executing 0 with papermill \(no file changed", result.stderr), \
        result.stderr

    text, before = checks.read_text(encoding="utf-8"), checks.stat()
    title = "Atlanta: non-detained against detained caseload per officer"
    checks.write_text(text.replace(title, title.replace("per officer", "by officers"), 1), encoding="utf-8")
    os.utime(checks, ns=(before.st_atime_ns, before.st_mtime_ns))
    assert (checks.stat().st_size, checks.stat().st_mtime_ns) == (before.st_size, before.st_mtime_ns)
    result = run_build(root, *ONE_WORKER)
    assert result.returncode == 0, result.stderr
    queued = set(re.findall(r"queued  (\S+)  \(", result.stderr))
    assert {"book/register.ipynb", "book/methods.ipynb", "book/documents/oig17.ipynb"} <= queued, result.stderr
    assert "book/claims.ipynb" not in queued, result.stderr
    assert "book/workshop/anchor-a-claim.ipynb" not in queued, result.stderr


def test_a_failing_template_keeps_the_previous_page_and_site_and_names_the_cell(build_base, tmp_path):
    root = copy_of_built("second", build_base, tmp_path / "repo")
    page, index = root / "book" / "methods.ipynb", root / "_build" / "html" / "book" / "methods.html"
    page_before, index_before = page.read_bytes(), index.read_bytes()
    template = root / "notebooks" / "methods.ipynb"
    notebook = json.loads(template.read_text(encoding="utf-8"))
    appended_as = ordinal(len(notebook["cells"]) + 1)  # the template's last cell, counted from 1
    notebook["cells"].append({"cell_type": "code", "id": "broken", "metadata": {}, "execution_count": None,
                              "outputs": [], "source": "rules.no_such_tolerance"})
    template.write_text(json.dumps(notebook), encoding="utf-8")

    result = run_build(root)
    assert result.returncode == 1
    assert "FAILED book/methods.ipynb" in result.stderr
    assert "rules.no_such_tolerance" in result.stderr and "AttributeError" in result.stderr
    assert f"the {appended_as} cell of notebooks/methods.ipynb" in result.stderr, result.stderr
    assert page.read_bytes() == page_before and index.read_bytes() == index_before
    log = (root / "_build" / "failed" / "methods.log").read_text(encoding="utf-8")
    assert "AttributeError" in log and "no_such_tolerance" in log


def test_a_failing_site_build_keeps_the_previous_html(build_base, tmp_path):
    root = copy_of_built("second", build_base, tmp_path / "repo")
    html = root / "_build" / "html"
    before = tree_digests(html)
    guide = root / "book" / "workshop" / "guide.md"
    guide.write_text(guide.read_text(encoding="utf-8") + "\nSee {doc}`no-such-page`.\n", encoding="utf-8")
    result = run_build(root)
    assert result.returncode == 1
    assert "no-such-page" in result.stderr, "the broken cross-reference is named"
    assert tree_digests(html) == before


def test_a_param_that_is_not_valid_yaml_exits_2_with_a_message(first_build):
    result = run_build(first_build, "-p", "hedge_preset=[strict")
    assert result.returncode == 2
    assert "--param hedge_preset: '[strict' is not a valid YAML value" in result.stderr
    assert "Traceback" not in result.stderr and len(result.stderr.strip().splitlines()) == 1


def test_a_read_only_build_folder_is_one_line_not_a_traceback(build_base, tmp_path):
    root = copy_of_built("first", build_base, tmp_path / "repo")
    build_folder = root / "_build"
    subprocess.run(["chattr", "+i", str(build_folder)], check=True)  # read-only even for root
    try:
        result = run_build(root, "--force", "--no-site")
    finally:
        subprocess.run(["chattr", "-i", str(build_folder)], check=True)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert re.search(r"^build: cannot write to \S*_build\S*: Operation not permitted \(is the folder read-only\?\)$",
                     result.stderr, re.M), result.stderr


def test_a_second_build_waits_for_the_first_instead_of_interleaving(build_base, tmp_path):
    from filelock import FileLock

    root = copy_of_built("first", build_base, tmp_path / "repo")
    lock = FileLock(str(root / "_build" / ".build.lock"))
    lock.acquire()  # a build in progress
    env = {**os.environ, "PYTHONPATH": str(root)}
    waiting = subprocess.Popen([sys.executable, "-m", "factcheck", "build", "--no-site"], cwd=root, env=env,
                               stderr=subprocess.PIPE, text=True)
    lines = []
    said_so = threading.Event()

    def read() -> None:
        for line in waiting.stderr:
            lines.append(line)
            if "another build is writing" in line:
                said_so.set()

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    try:
        assert said_so.wait(timeout=120), "".join(lines)
        assert not any("pages unchanged" in line for line in lines), "it must not start while the lock is held"
    finally:
        lock.release()
    assert waiting.wait(timeout=300) == 0
    reader.join(timeout=10)
    assert any("pages unchanged" in line for line in lines), "".join(lines)


def test_a_build_killed_outright_leaves_no_worker_or_kernel_running(build_base, tmp_path, temporary):
    """kill -9 (or a test's timeout) ends the build's own process only; its workers and their kernels must follow,
    and take their kernels' socket folders along."""
    root = copy_of_built("first", build_base, tmp_path / "repo")
    with killed_when_done(["build", "--force", "--no-site"], root, temporary) as build:
        said: list[str] = []  # killed once a page has run: its workers and kernels are up
        assert wait_for_line(build.stderr, r"^\[1/\d+\]", 300, said), "no page ran:\n" + "".join(said)

    left = left_running(root)
    assert not left, "a killed build left these running:\n" + "\n".join(left)
    assert kernel_files_left(temporary) == [], "a killed build's kernels left their socket folders or connection files"


def test_an_edit_whose_data_fails_validation_after_the_ledger_is_read_runs_no_page_and_keeps_the_site(build_base,
                                                                                                       tmp_path,
                                                                                                       temporary):
    """An edit's build has its kernels load the ledger as soon as it is read, while it validates the rest: a fault
    found then (a metric missing from the dictionary) fails the build as `check` says it, with no page run and the
    previous pages and site kept."""
    from buildcopies import plant

    root = copy_of_built("second", build_base, tmp_path / "repo")
    book, html = tree_digests(root / "book"), tree_digests(root / "_build" / "html")
    edit_claim(root, "oig17-03", "population", "changed by a test")
    plant(root, "data/dictionary.yml", '  criminal_releases: "Noncitizens with criminal records being released"\n', "")
    result = run_build(root, env={"TMPDIR": str(temporary)})
    assert result.returncode == 1, result.stderr[-3000:]
    assert kernel_files_left(temporary, within=5) == []
    assert "criminal_releases" in result.stderr and "Traceback" not in result.stderr, result.stderr[-3000:]
    assert "queued" not in result.stderr and "executing" not in result.stderr, result.stderr[-3000:]
    assert tree_digests(root / "book") == book and tree_digests(root / "_build" / "html") == html


def test_kernels_start_the_drawing_engine_ahead_unless_the_build_will_draw_few_charts_anew(tmp_path, monkeypatch):
    """A build of few pages leaves it to its first drawing, and so does any build of code whose drawings the user's
    cache keeps: one chart drawn by charts.svg is enough to say so. (The one-claim edit's test checks what the
    kernels of two builds did.)"""
    from factcheck.files import memo
    from factcheck.pipeline.pipeline import draws_ahead
    from factcheck.report import charts

    monkeypatch.setattr(memo, "machine_folder", lambda: tmp_path / "machine")
    assert draws_ahead(few=False) and not draws_ahead(few=True)
    charts.svg({"mark": "point", "data": {"values": [{"x": 1}]}, "encoding": {"x": {"field": "x", "type": "quantitative"}}})
    assert not draws_ahead(few=False)
    monkeypatch.setattr(memo, "code_digest", lambda: "f" * 64)   # the drawings of other code say nothing
    assert draws_ahead(few=False)
