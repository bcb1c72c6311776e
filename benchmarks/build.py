"""Benchmark the build (a script, not a test): python benchmarks/build.py [--sizes 5,50,200] [--no-browser]

Everything runs in scratch copies of the repository (never in book/), in one run:

  1. where a page's time goes: starting a kernel, the templates' imports, a page under
     plain papermill (fresh kernel) and on a warm kernel (what the build does);
  2. on the real five articles: our clean build (`build --force` from a clean clone),
     Jupyter Book executing the same templates itself (`execute_notebooks: force`, the
     parameters papermill would inject written into each page), and their ratio; the
     no-op rebuild; a one-claim edit (the population of oig17-03: its time and how many
     pages it executed again, and its rendering); the site rendered alone after one page
     changed; `python -m factcheck check`;
  3. the same figures on synthetic corpora of N articles (benchmarks/corpus.py) at
     each size, with the clean build's cost per page and each kind of page's time on its kernel (an article's
     page should not grow with the corpus; the site-wide pages show all of it);
  4. the size of _build/html and the bytes a browser transfers to open each kind of page
     (headless Chromium, cold cache; factcheck/pipeline/browse.py). benchmarks/weight.py
     prints the same figures for a site already built, in seconds.

The one-claim edit is timed twice, each with its ratio to the clean build of the same run: cold (the build starts
its own workers, kernels and render process, as every build without the warm pool) and warm (a second edit of the
same claim, built with the workers, kernels and render process the warm pool kept, the pool left by the no-op build
before it and waited for until ready: factcheck/pipeline/warm.py). Every other build runs with the pool off.

With --timeline, the one-claim edit's builds (and the clean build's) are printed phase by phase: every mark the
build, its workers, their kernels and the render process leave (factcheck/pipeline/timeline.py), in seconds after
the benchmark started the `build` process, with the time since the previous mark.

State the machine's load when you quote the figures: `uptime` is printed first and last.

With --settle SECONDS, the edit loop at each size waits first until the machine is idle (the 1-minute load average
at most IDLE_LOAD), at most SECONDS, and again before the warm edit: the clean build just before it leaves the load
near 2 on two cores, and the issue's figure at 200 articles is for an idle machine. Each row then says how long it
waited and the load when the cold edit started.
"""
from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT / "benchmarks"))
sys.path.insert(0, str(ROOT))
from buildcopies import clean_copy, edit_claim, run_build  # noqa: E402
from corpus import make_corpus  # noqa: E402

from factcheck.pipeline import timeline, warm  # noqa: E402
from factcheck.pipeline.browse import page_weights  # noqa: E402

EDITED_CLAIM = ("oig17-03", "population")
BUILD_TIMEOUT = 3600  # a clean build of 200 articles took over 600 s at a load of 20
IDLE_LOAD = 0.5   # a 1-minute load average at most this is an idle machine (--settle)
SETTLE: list[float] = []   # [SECONDS] with --settle: how long the edit loop may wait for an idle machine


def settled() -> str:
    """With --settle, wait until the 1-minute load average is at most IDLE_LOAD (or SETTLE's bound has passed);
    what was waited for, and the load reached. Without, ''."""
    if not SETTLE:
        return ""
    started = time.monotonic()
    while os.getloadavg()[0] > IDLE_LOAD and time.monotonic() - started < SETTLE[0]:
        time.sleep(2)
    reached = os.getloadavg()[0]
    return (f"waited {time.monotonic() - started:.0f} s for an idle machine: 1-minute load {reached:.2f}"
            + ("" if reached <= IDLE_LOAD else f", still above {IDLE_LOAD} after the bound"))


def timed(step) -> tuple[float, object]:
    started = time.perf_counter()
    result = step()
    return time.perf_counter() - started, result


def succeeded(result: subprocess.CompletedProcess) -> subprocess.CompletedProcess:
    assert result.returncode == 0, (result.stdout or "")[-3000:] + (result.stderr or "")[-3000:]
    return result


def check_command(root: Path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "factcheck", "check"], cwd=root, capture_output=True, text=True,
                          env={**os.environ, "PYTHONPATH": str(root)})


def page_bytes(root: Path) -> dict[str, bytes]:
    """Each executed page's bytes (book/, by path as the build names it)."""
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in (root / "book").rglob("*.ipynb")}


def render_seconds(result: subprocess.CompletedProcess) -> float:
    found = re.search(r"site built in ([\d.]+) s", result.stderr)
    return float(found.group(1)) if found else 0.0


def executed_pages(result: subprocess.CompletedProcess) -> int:
    return len(re.findall(r"^  queued  ", result.stderr, re.M))


PAGE_KINDS = (("article", "book/documents/"), ("theme", "book/themes/"), ("workshop", "book/workshop/"))


def page_seconds(result: subprocess.CompletedProcess) -> dict[str, list[float]]:
    """Each executed page's time on its kernel, as the build printed it ("[3/18] ok     book/... (0.4 s)"), by
    kind: the pages of one article or theme each, the workshop's, and each site-wide page (index, register, claims,
    methods, about) under its own name: those show the whole corpus, so they grow with it."""
    kinds: dict[str, list[float]] = {}
    for page, seconds in re.findall(r"^\[\d+/\d+\] ok +(\S+) \(([\d.]+) s\)", result.stderr, re.M):
        kind = next((name for name, folder in PAGE_KINDS if page.startswith(folder)),
                    page.removeprefix("book/").removesuffix(".ipynb"))
        kinds.setdefault(kind, []).append(float(seconds))
    return kinds


def page_seconds_line(kinds: dict[str, list[float]]) -> str:
    """'article 0.6 (200 pages), theme 3.4 (4 pages), ..., register 1.6 (1 page)': each kind's median, to the tenth
    of a second the build prints."""
    import statistics

    shown = [f"{kind} {statistics.median(seconds):.1f} ({len(seconds)} page{'s' if len(seconds) > 1 else ''})"
             for kind, seconds in kinds.items()]
    return ", ".join(shown) or "(not recorded: a corpus kept from before the benchmark read them)"


TIMELINES: dict[str, str] = {}   # filled by edit_loop when --timeline is given: what to print, by build


def with_pool(on: bool, step):
    """Run step with the warm pool on or off for the builds it starts (off is the benchmark's default)."""
    os.environ[warm.VARIABLE] = "1" if on else "0"
    try:
        return step()
    finally:
        os.environ[warm.VARIABLE] = "0"


def traced_build(root: Path, name: str, *args: str) -> subprocess.CompletedProcess:
    """run_build, with its timeline kept under `name` when --timeline asked for one."""
    if name not in TIMELINES:
        return succeeded(run_build(root, *args, timeout=BUILD_TIMEOUT))
    record = Path(tempfile.mkdtemp(prefix="timeline-")) / "marks.tsv"
    os.environ[timeline.VARIABLE] = str(record)
    try:
        launched = time.time()
        result = succeeded(run_build(root, *args, timeout=BUILD_TIMEOUT))
        ended = time.time() - launched
    finally:
        del os.environ[timeline.VARIABLE]
    TIMELINES[name] = format_timeline(timeline.read(record, launched), ended, result.stderr)
    shutil.rmtree(record.parent, ignore_errors=True)
    return result


def format_timeline(marks: list, ended: float, stderr: str) -> str:
    """One line per mark: seconds after the launch, since the previous mark of that process and of any, who, what."""
    names: dict[int, str] = {}
    counts: dict[str, int] = {}
    for _, pid, label in marks:
        if pid not in names:
            kind = label.split(":")[0]
            kind = "build" if kind in ("build", "site") or not names else kind
            counts[kind] = counts.get(kind, 0) + 1
            names[pid] = kind if kind == "build" else f"{kind} {counts[kind]}"
    lines = [f"{'at s':>7} {'+any s':>7} {'+own s':>7}  {'process':<9} mark",
             f"{0.0:>7.2f} {'':>7} {'':>7}  {'build':<9} process launched (python -m factcheck build)"]
    previous, own = 0.0, {}
    for at, pid, label in marks:
        since_own = f"{at - own[pid]:>7.2f}" if pid in own else f"{'':>7}"
        lines.append(f"{at:>7.2f} {at - previous:>7.2f} {since_own}  {names[pid]:<9} "
                     f"{label.partition(': ')[2] or label}")
        previous, own[pid] = at, at
    lines.append(f"{ended:>7.2f} {ended - previous:>7.2f} {'':>7}  {'build':<9} process ended")
    render = next((line.strip() for line in stderr.splitlines() if line.strip().startswith("render ")), "")
    if render:
        lines.append(f"  the build's own line: {render}")
    return "\n".join(lines)


def own_machine_cache(root: Path, fresh: bool) -> None:
    """Builds of root keep what they would keep in the user's cache (chart drawings and specs:
    files/user_cache.machine_folder) in a folder beside root, of root alone: its clean build draws every chart, as on a
    new machine (fresh: the folder emptied first), and the builds after it find what it kept, as a user's do."""
    from factcheck.files.user_cache import MACHINE_VARIABLE

    folder = root.parent / f"{root.name}.machine-cache"
    if fresh:
        shutil.rmtree(folder, ignore_errors=True)
    os.environ[MACHINE_VARIABLE] = str(folder)


def edit_loop(root: Path, built: dict | None = None) -> dict:
    """Clean build, no-op, one-claim edit and check (first after the edit, then again unchanged) on one copy.

    The copy's package is compiled first (`compileall`), as Python does itself on a first run where it may write
    bytecode: under PYTHONDONTWRITEBYTECODE=1 (set in some environments, this one's included) every command would
    otherwise compile every module it imports (about 0.7 s a command here).

    built: the copy is a copy of one built already (--keep-corpora): its clean build's figures as it recorded them
    ("clean", "clean render", "pages", "load"), and no clean build is run."""
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(root / "factcheck")], check=True)
    own_machine_cache(root, fresh=built is None)
    if built is None:
        clean_seconds, clean = timed(lambda: traced_build(root, "clean build", "--force"))
        pages, clean_render, kinds = executed_pages(clean), render_seconds(clean), page_seconds(clean)
    else:
        clean_seconds, clean_render, pages = built["clean"], built["clean render"], built["pages"]
        kinds = built.get("page seconds", {})
    waited = settled()
    noop_seconds, _ = timed(lambda: succeeded(run_build(root, timeout=BUILD_TIMEOUT)))
    before = page_bytes(root)
    edit_claim(root, *EDITED_CLAIM, "changed by the benchmark")
    edit_load = load()
    edit_seconds, edit = timed(lambda: traced_build(root, "one-claim edit"))
    after = page_bytes(root)
    rerun = re.findall(r"^  queued  (\S+)", edit.stderr, re.M)
    identical = sorted(page for page in rerun if before.get(page) == after.get(page))
    warm_seconds, warm_edit, warm_waited, warm_load = warm_edit_of(root)
    check_seconds, _ = timed(lambda: succeeded(check_command(root)))
    check_again_seconds, _ = timed(lambda: succeeded(check_command(root)))
    return {"pages": pages, "clean": clean_seconds, "clean render": clean_render, "page seconds": kinds,
            "noop": noop_seconds,
            "edit": edit_seconds, "edit pages": executed_pages(edit), "edit render": render_seconds(edit),
            "edit identical": identical, "warm edit": warm_seconds, "warm edit pages": executed_pages(warm_edit),
            "warm edit line": next((line for line in warm_edit.stderr.splitlines() if line.startswith("warm pool:")),
                                   "(no line from the warm pool)"),
            "check": check_seconds, "check again": check_again_seconds, "render one page": render_alone(root),
            "load": load(), "settled": waited, "edit load": edit_load, "warm settled": warm_waited,
            "warm edit load": warm_load}


def warm_edit_of(root: Path) -> tuple[float, subprocess.CompletedProcess, str, str]:
    """The same claim edited again, built with the warm pool: a no-op build with the pool on leaves one (it starts
    the pool for the next build), waited for until everything in it is warm (as when a person edits a few seconds
    after the last build); the edit's build takes it. The pool is stopped after."""
    try:
        with_pool(True, lambda: succeeded(run_build(root, timeout=BUILD_TIMEOUT)))
        if not warm.wait_until_ready(root, 300):
            raise SystemExit(f"the warm pool in {root} was not ready after 300 s: see {root}/_build/{warm.LOG_NAME}")
        waited = settled()   # (the pool's kernels and render process have just warmed up)
        edit_claim(root, *EDITED_CLAIM, "changed again by the benchmark")
        started_at = load()
        return (*timed(lambda: with_pool(True, lambda: traced_build(root, "one-claim edit, warm (pool)"))), waited,
                started_at)
    finally:
        warm.stop(root)


RENDER_ALONE = """
import sys
from pathlib import Path
from factcheck.pipeline.site import build_site
root = Path(sys.argv[1])
outcome = build_site(root, root / "_build" / "html", root / "_build")
assert outcome.ok and not outcome.skipped, outcome
print(outcome.seconds)
"""


def render_alone(root: Path) -> float:
    """The site rendered on its own, no page executing beside it, after one article page changed (a cell added to
    the executed page): Sphinx re-reads that page and writes it and the pages linking to it. The time includes
    starting the render process and its imports, which a build hides behind the pages' execution."""
    import json

    page = root / "book" / "documents" / f"{EDITED_CLAIM[0].split('-')[0]}.ipynb"
    notebook = json.loads(page.read_text(encoding="utf-8"))
    notebook["cells"].append({"cell_type": "markdown", "id": "benchmark-render-alone", "metadata": {},
                              "source": ["Rendered alone by the benchmark."]})
    page.write_text(json.dumps(notebook, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    result = succeeded(subprocess.run([sys.executable, "-c", RENDER_ALONE, str(root)], cwd=root, capture_output=True,
                                      text=True, env={**os.environ, "PYTHONPATH": str(root)}))
    return float(result.stdout.strip().splitlines()[-1])


def load() -> str:
    """The machine's load averages over 1, 5 and 15 minutes, and its cores (figures mean little without it)."""
    return "/".join(f"{x:.1f}" for x in os.getloadavg()) + f" on {os.cpu_count()} cores"


def page_costs(root: Path) -> dict:
    """Where one page's time goes: kernel start, imports, papermill on a fresh kernel, on a warm one."""
    import papermill
    from papermill.engines import papermill_engines

    from factcheck.pipeline.execute import ENGINE_NAME
    from factcheck.pipeline.kernel import WarmKernel, engine_for, template_imports
    from factcheck.pipeline.plan import load_plan

    page = next(p for p in load_plan(root).executed if p.template == "notebooks/document.ipynb")
    template = root / page.template
    out = Path(tempfile.mkdtemp(prefix="page-cost-"))
    os.environ["PYTHONPATH"] = str(root)  # kernels import the copy's package
    fresh, _ = timed(lambda: papermill.execute_notebook(str(template), str(out / "fresh.ipynb"), parameters=page.parameters,
                                                        kernel_name="python3", progress_bar=False, cwd=str(template.parent)))
    from jupyter_client.manager import start_new_kernel

    def bare_kernel() -> None:
        manager, client = start_new_kernel(kernel_name="python3")
        client.stop_channels()
        manager.shutdown_kernel(now=True)

    start, _ = timed(bare_kernel)
    kernel = WarmKernel(template_imports([template]))
    papermill_engines.register(ENGINE_NAME, engine_for(kernel))
    warm, _ = timed(kernel.ensure_started)
    imports = warm - start

    def warm_page(name: str) -> None:
        kernel.begin_page(str(template.parent), str(root))
        papermill.execute_notebook(str(template), str(out / name), parameters=page.parameters, engine_name=ENGINE_NAME,
                                   kernel_name="python3", progress_bar=False)
        kernel.end_page()

    first_warm, _ = timed(lambda: warm_page("warm1.ipynb"))
    second_warm, _ = timed(lambda: warm_page("warm2.ipynb"))
    kernel.shutdown()
    shutil.rmtree(out, ignore_errors=True)
    return {"fresh": fresh, "kernel": start, "imports": imports, "first warm": first_warm, "warm": second_warm}


def jupyter_book(root: Path, mode: str) -> subprocess.CompletedProcess:
    config = root / "_config.yml"
    text = config.read_text(encoding="utf-8")
    config.write_text(text.replace('execute_notebooks: "off"', f'execute_notebooks: "{mode}"'), encoding="utf-8")
    command = [sys.executable, "-c", "import sys; from jupyter_book.cli.main import main; sys.exit(main())",
               "build", str(root), "--builder", "html"]
    from factcheck.files.user_cache import MACHINE_VARIABLE

    # the folder own_machine_cache named for it: its kernels draw every chart, as ours do in a clean build
    folder = {MACHINE_VARIABLE: os.environ[MACHINE_VARIABLE]} if MACHINE_VARIABLE in os.environ else {}
    return subprocess.run(command, cwd=root, capture_output=True, text=True,
                          env={"PYTHONPATH": str(root), "PATH": str(Path(sys.executable).parent) + ":/usr/bin:/bin",
                               **folder})


def unexecuted_pages(root: Path) -> None:
    """Give Jupyter Book the pages unexecuted: each template with its parameters injected, as papermill would."""
    import nbformat
    from papermill.parameterize import parameterize_notebook

    from factcheck.pipeline.plan import load_plan

    for page in load_plan(root).executed:
        notebook = nbformat.read(root / page.template, as_version=4)
        for cell in notebook.cells:
            cell.metadata.setdefault("tags", [])  # papermill's parameterize expects tags on every cell
        notebook.metadata.setdefault("papermill", {})  # as papermill's own execute prepares it
        notebook = parameterize_notebook(notebook, page.parameters)
        target = root / page.path
        target.parent.mkdir(parents=True, exist_ok=True)
        nbformat.write(notebook, target)


def folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file())


def uptime() -> str:
    return subprocess.run(["uptime"], capture_output=True, text=True).stdout.strip()


def main() -> int:
    options = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    options.add_argument("--sizes", default="5,50,200", help="corpus sizes, comma-separated (default: %(default)s)")
    options.add_argument("--no-browser", dest="browser", action="store_false", help="skip the transfer sizes")
    options.add_argument("--corpora-only", action="store_true",
                         help="only the table of corpus sizes (skip where a page's time goes and Jupyter Book's own "
                              "execution, which take minutes on a loaded machine)")
    options.add_argument("--keep-corpora", type=Path, metavar="FOLDER",
                         help="build each synthetic corpus once into FOLDER/corpus-N (clean build, timed) and keep it; "
                              "a later run finds it there and measures the edit loop in it (the edit undone and built after), "
                              "its clean build's figures read from FOLDER/corpus-N.json; built again "
                              "when the package changed")
    options.add_argument("--timeline", action="store_true",
                         help="print the clean build's and the one-claim edit's timeline at each size: every phase "
                              "of the build, its workers, their kernels and the render process")
    options.add_argument("--settle", type=float, metavar="SECONDS",
                         help=f"before the edit loop at each size (and its warm edit), wait until the machine is "
                              f"idle (1-minute load at most {IDLE_LOAD}), at most SECONDS")
    args = options.parse_args()
    if args.settle:
        SETTLE.append(args.settle)
    if args.timeline:
        TIMELINES.update({"clean build": "", "one-claim edit": "", "one-claim edit, warm (pool)": ""})
    os.environ[warm.VARIABLE] = "0"   # every build but the warm edit's: see with_pool
    sizes = [int(n) for n in args.sizes.split(",") if n.strip()]
    print(f"load before: {uptime()}", flush=True)
    scratch = Path(tempfile.mkdtemp(prefix="factcheck-bench-"))
    report = {}
    try:
        if args.corpora_only:
            return _corpora(sizes, scratch, args.keep_corpora)
        costs_copy = clean_copy(scratch / "costs", executed_pages=True)
        own_machine_cache(costs_copy, fresh=True)   # one page's cost, as on a new machine
        costs = page_costs(costs_copy)
        report.update({
            "one page, plain papermill (fresh kernel), s": costs["fresh"],
            "  kernel start, s": costs["kernel"],
            "  the templates' imports (pandas, altair, factcheck...), s": costs["imports"],
            "one page on a warm kernel: first (loads ledger + verdicts), s": costs["first warm"],
            "one page on a warm kernel: next ones, s": costs["warm"],
        })

        ours = clean_copy(scratch / "ours")
        loop = edit_loop(ours)
        theirs = clean_copy(scratch / "jupyter-book")
        unexecuted_pages(theirs)
        (theirs / "_static").mkdir(exist_ok=True)
        own_machine_cache(theirs, fresh=True)   # its pages draw every chart too
        force_seconds, _ = timed(lambda: succeeded(jupyter_book(theirs, "force")))
        report.update({
            "clean build (warm kernels x2 + incremental Jupyter Book), s": loop["clean"],
            "  of which rendering, s": loop["clean render"],
            "Jupyter Book execute_notebooks=force, s": force_seconds,
            "clean / Jupyter Book force (target <= 0.5)": loop["clean"] / force_seconds,
            "no-op rebuild, s": loop["noop"],
            "  / clean build": loop["noop"] / loop["clean"],
            f"one-claim edit ({EDITED_CLAIM[0]} {EDITED_CLAIM[1]}), s": loop["edit"],
            "  / clean build (target <= 0.2)": loop["edit"] / loop["clean"],
            "the same edit again, warm (workers, kernels and render process from the warm pool), s": loop["warm edit"],
            "  / clean build (target <= 0.2) ": loop["warm edit"] / loop["clean"],
            "  pages executed again (warm)": f"{loop['warm edit pages']} of {loop['pages']}",
            "  the warm build's line": loop["warm edit line"],
            "  pages executed again": f"{loop['edit pages']} of {loop['pages']}",
            "  of which came out byte-identical (executed for nothing)": ", ".join(loop["edit identical"]) or "none",
            "  of which rendering (the edit), s": loop["edit render"],
            "render alone, one article page changed (process start and imports included), s": loop["render one page"],
            "python -m factcheck check after the edit (validates in full), s": loop["check"],
            "python -m factcheck check again, nothing changed (target <= 0.3), s": loop["check again"],
            "load average during the edit loop (1/5/15 min)": loop["load"],
            "load as the cold edit started; as the warm edit started": f"{loop['edit load']}; {loop['warm edit load']}",
        })
        if loop["settled"]:
            report["  before the no-op and the cold edit"] = loop["settled"]
            report["  before the warm edit"] = loop["warm settled"]
        if args.browser:
            html = ours / "_build" / "html"
            report["_build/html size, bytes"] = folder_size(html)
            report.update({f"bytes transferred, {kind} page": weight for kind, weight in page_weights(html).items()})
        _print(report)
        _print_timelines("the five articles")
        return _corpora(sizes, scratch, args.keep_corpora)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


def kept_corpus(size: int, keep: Path) -> tuple[Path, dict, dict]:
    """The corpus of `size` articles built once under keep (built there first if absent, its clean build timed and
    recorded in corpus-N.json beside it), its build's figures ("made now": built by this call), and the bytes of
    what the edit loop changes in it (for `restored`). The loop runs in that folder itself, not a copy: the build's
    kept files are named after the folder they serve (_build/kept/), so a copy elsewhere would parse checks.yml
    again and time more than an edit.
    Built again when this checkout's package is not the one it was built with (the package is among every page's
    inputs: an edit on other code would execute every page again)."""
    import json

    from factcheck.pipeline.fingerprint import package_digest

    built = keep / f"corpus-{size}"
    # The record lives beside the corpus, not in it: a file the benchmark adds to the corpus's root after its clean
    # build is a changed input to the build that follows (quiet.Inputs), which then planned every page (the no-op
    # took 1.2-2.9 s at 200 articles, against 0.16 s on a corpus built in place)
    record = keep / f"corpus-{size}.json"
    if record.exists() and package_digest(built) != package_digest(ROOT):
        record.unlink()
    made_now = not record.exists()
    if made_now:
        if built.exists():
            shutil.rmtree(built)   # an interrupted one, or one of other code
        make_corpus(size, built)
        subprocess.run([sys.executable, "-m", "compileall", "-q", str(built / "factcheck")], check=True)
        own_machine_cache(built, fresh=True)
        seconds, clean = timed(lambda: traced_build(built, "clean build", "--force"))
        record.write_text(json.dumps({"clean": seconds, "clean render": render_seconds(clean),
                                      "pages": executed_pages(clean), "page seconds": page_seconds(clean),
                                      "load": load()}) + "\n", encoding="utf-8")
    changed = [built / "data" / "claims.csv", built / "book" / "documents" / f"{EDITED_CLAIM[0].split('-')[0]}.ipynb"]
    figures = {**json.loads(record.read_text(encoding="utf-8")), "made now": made_now}
    return built, figures, {path: path.read_bytes() for path in changed}


def restored(root: Path, saved: dict) -> None:
    """The kept corpus as it was built: the edited files written back and built (executing what they touch)."""
    for path, data in saved.items():
        path.write_bytes(data)
    succeeded(run_build(root, timeout=BUILD_TIMEOUT))


def _corpora(sizes: list[int], scratch: Path, keep: Path | None = None) -> int:
    """The edit loop on synthetic corpora of each size, one row each (on a copy of a kept build with keep)."""
    print("\nEach time with its ratio to the clean build of the same corpus (x clean), made in this run"
          + (" or kept from an earlier one (said below)." if keep else "."))
    print(f"\n{'articles':>8} {'pages':>6} {'clean s':>8} {'s/page':>7} {'render s':>9} {'no-op s':>8} {'x clean':>7} "
          f"{'edit s':>7} {'x clean':>7} {'warm s':>7} {'x clean':>7} {'edit pages':>10} {'edit render s':>13} {'render 1 s':>10} {'x clean':>7} {'check s':>8} {'again s':>8}  load (1/5/15 min)",
          flush=True)
    for size in sizes:
        if keep is None:
            root, built = make_corpus(size, scratch / f"corpus-{size}"), None
        else:
            root, built, saved = kept_corpus(size, keep.resolve())
            made = "made by this run and kept" if built["made now"] else "kept from an earlier run"
            print(f"{'':>8} (clean build {made}, load after it {built['load']})", flush=True)
        try:
            loop = edit_loop(root, built)
        finally:
            if keep is not None:
                restored(root, saved)
        print(f"{size:>8} {loop['pages']:>6} {loop['clean']:>8.1f} {loop['clean'] / loop['pages']:>7.2f} "
              f"{loop['clean render']:>9.1f} {loop['noop']:>8.2f} {loop['noop'] / loop['clean']:>7.3f} "
              f"{loop['edit']:>7.1f} {loop['edit'] / loop['clean']:>7.3f} "
              f"{loop['warm edit']:>7.1f} {loop['warm edit'] / loop['clean']:>7.3f} {loop['edit pages']:>10} "
              f"{loop['edit render']:>13.1f} {loop['render one page']:>10.1f} "
              f"{loop['render one page'] / loop['clean']:>7.3f} {loop['check']:>8.2f} {loop['check again']:>8.2f}  "
              f"{loop['load']}",
              flush=True)
        print(f"{'':>8} the clean build's seconds per page on its kernel (median): "
              f"{page_seconds_line(loop['page seconds'])}", flush=True)
        print(f"{'':>8} pages the edit executed again that came out byte-identical: "
              f"{', '.join(loop['edit identical']) or 'none'}", flush=True)
        print(f"{'':>8} edit s: cold (the build starts its workers, kernels and render process); warm s: the same claim "
              f"edited again, workers, kernels and render process taken from the warm pool ({loop['warm edit pages']} pages; "
              f"{loop['warm edit line']})", flush=True)
        if loop["settled"]:
            print(f"{'':>8} before the no-op and the cold edit: {loop['settled']}; load as the cold edit started "
                  f"{loop['edit load']}", flush=True)
            print(f"{'':>8} before the warm edit: {loop['warm settled']}; load as it started {loop['warm edit load']}",
                  flush=True)
        _print_timelines(f"{size} articles")
        if keep is None:
            shutil.rmtree(root, ignore_errors=True)
    print(f"\nload after: {uptime()}")
    return 0


def _print_timelines(where: str) -> None:
    for name, text in TIMELINES.items():
        if text:
            print(f"\ntimeline of the {name}, {where} (load {load()}):\n{text}\n", flush=True)
            TIMELINES[name] = ""


def _print(report: dict) -> None:
    width = max(len(k) for k in report)
    for key, value in report.items():
        shown = f"{value:.2f}" if isinstance(value, float) else value
        print(f"{key:<{width}}  {shown}", flush=True)


if __name__ == "__main__":
    raise SystemExit(main())
