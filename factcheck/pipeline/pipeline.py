"""The build, start to finish: plan -> stale pages -> papermill (parallel, warm kernels) -> Jupyter Book.

One build at a time: the build holds a lock (`<work>/.build.lock`, filelock) from
the first file it writes to the last, so two builds started together run one
after the other instead of interleaving. A normal build writes executed pages into `book/` and the site into `_build/html`.
A what-if build (parameters overridden) works in its own folder, by default
`_build/whatif/<name>/`: it starts from a copy of `book/`, executes again only the
pages whose templates take an overridden parameter, and renders the site into
`<folder>/html`. It never writes into `book/`.
"""
from __future__ import annotations

import json
import shutil
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

import yaml

from factcheck import paths
from factcheck.pipeline.execute import Job, Outcome, kernel_answer
from factcheck.pipeline.fingerprint import DATA_DIRS, DataIndex, changed_inputs, environment_digest, package_digest, page_inputs
from factcheck.pipeline.manifest import MANIFEST_NAME, FileHashes, Manifest
from factcheck.pipeline.plan import Plan, load_plan, template_parameters, write_toc
from factcheck.pipeline.quiet import Inputs
from factcheck.pipeline.site import Renderer, build_site, remove_stale_scratch
from factcheck.pipeline.timeline import mark

LOCK_NAME = ".build.lock"
HASHES_NAME = "file-hashes.json"
WHY_LIMIT = 3  # changed items named in a page's "queued (...)" line
FEW_PAGES_PER_WORKER = 2  # a build executing at most this many pages per worker does not start vl-convert ahead

SITE_FILES = ("_config.yml", "_static", "_extra", "_templates")
PUBLISHED_DATA = Path("_extra") / "data-package"   # Sphinx copies _extra/ to the site root (not "data": _config.yml excludes that name)


@dataclass(frozen=True)
class Target:
    """Where one build writes: the site's source root (with book/), its HTML, its scratch and evidence."""
    site_root: Path
    html: Path
    work: Path

    @property
    def manifest_path(self) -> Path:
        return self.site_root / "book" / MANIFEST_NAME


def main_target(project_root: Path) -> Target:
    return Target(project_root, project_root / "_build" / "html", project_root / "_build")


def parse_overrides(pairs: list[str]) -> dict:
    """['hedge_preset=strict', 'about=0.1'] -> {'hedge_preset': 'strict', 'about': 0.1} (values read as YAML)."""
    overrides = {}
    for pair in pairs:
        name, sep, text = pair.partition("=")
        if not sep or not name.strip().isidentifier():
            raise ValueError(f"--param expects NAME=VALUE, got {pair!r}")
        try:
            value = yaml.safe_load(text) if text.strip() else ""
        except yaml.YAMLError as error:
            problem = getattr(error, "problem", None) or str(error).splitlines()[0]
            raise ValueError(f"--param {name.strip()}: {text!r} is not a valid YAML value ({problem}); "
                             "quote it, e.g. -p 'name=\"text\"'") from None
        try:
            json.dumps(value)
        except (TypeError, ValueError):
            raise ValueError(f"--param {name.strip()}: {text!r} is not a plain value (text, number, list)") from None
        overrides[name.strip()] = value
    return overrides


NOTHING_STALE = -1  # build(only=...) when none of those pages needed executing: nothing was built
WHATIF_MARKER = ".what-if"  # in every folder a what-if build writes: --out replaces only such a folder's parts


def whatif_target(project_root: Path, overrides: dict, out: Path | None) -> Target:
    """The what-if build's folders. An --out folder must be new, empty or one a what-if build made, and hold no
    symbolic link (ValueError in one line, nothing touched); the default under _build/whatif/ is the build's own."""
    from factcheck.files.confine import claim_folder

    label = "_".join(f"{k}-{v}" for k, v in sorted(overrides.items()))
    folder = Path(out) if out else project_root / "_build" / "whatif" / _safe(label)
    resolved = folder.resolve()
    book = (project_root / "book").resolve()
    if resolved == project_root.resolve() or resolved == book or book in resolved.parents or resolved in book.parents:
        raise ValueError(f"a what-if build must not write into book/ or the repository root; got {resolved}")
    claim_folder(folder, WHATIF_MARKER, "a what-if build (factcheck build -p)", adopt=out is None)
    return Target(resolved, resolved / "html", resolved / "_build")


def build(project_root: Path = paths.ROOT, *, force: bool = False, overrides: dict | None = None,
          out: Path | None = None, jobs: int = 2, site: bool = True,
          echo: Callable[[str], None] = lambda line: print(line, file=sys.stderr, flush=True),
          pools=None, only: frozenset[str] | None = None, warm: bool | None = None) -> int:
    """Run the build; returns the exit status (0 when every page and the site succeeded).

    pools: where `serve` keeps workers between builds (see `WorkerPools`); None: workers for this build only.
    only: execute only these pages (paths as in pages.yml) if they are stale, and leave the others for the next
    build: `serve` builds the page a reader is looking at first, then the rest.
    warm: take the workers (kernels warm) and the render process from the warm pool, and leave one for the next build
    (see `warm`; None: its default, on at a terminal). Only for a whole build of the main site, not under `serve`."""
    from filelock import FileLock, Timeout

    mark("build: imports done")
    project_root = Path(project_root).resolve()
    plan = load_plan(project_root)
    overrides = overrides or {}
    parameters_of = _parameters_with(plan, project_root, overrides)
    target = whatif_target(project_root, overrides, out) if overrides else main_target(project_root)
    target.work.mkdir(parents=True, exist_ok=True)
    for folder in (target.work, target.site_root / "book"):
        _check_writable(folder)
    lock = FileLock(str(target.work / LOCK_NAME))
    try:
        lock.acquire(timeout=0)
    except Timeout:
        echo(f"another build is writing {paths.relative(target.work)}; waiting for it to finish...")
        lock.acquire()
    _tidy_kept_drawings(project_root, echo)
    pool = {"lease": None, "code": None}
    if pools is None and only is None and not overrides and site:
        from factcheck.pipeline.warm import enabled

        pool["on"] = enabled(warm)
    try:
        return _build_locked(project_root, plan, overrides, parameters_of, target, force, jobs, site, echo, pools,
                             only, pool)
    finally:
        _workers_ended()
        if pool.get("on"):
            _leave_the_pool_warm(project_root, pool, jobs, echo)
        lock.release()


def _leave_the_pool_warm(project_root: Path, pool: dict, jobs: int, echo) -> None:
    """Give back what the build took from the warm pool, or start one for the next build (never fails the build)."""
    from factcheck.pipeline.warm import after_build

    try:
        code = pool["code"] or package_digest(project_root) + environment_digest(project_root)
        after_build(project_root, pool["lease"], jobs, code, echo)
    except Exception as error:
        echo(f"warm pool: could not start one for the next build ({error})")


def _workers_ended() -> None:
    """Wait for the workers of this build (and their kernels), which end while the site renders (parallel.run_jobs):
    none is left running when the build returns."""
    parallel = sys.modules.get("factcheck.pipeline.parallel")
    if parallel is not None:
        parallel.finish_closing()


def _build_locked(project_root: Path, plan: Plan, overrides: dict, parameters_of: dict, target: Target,
                  force: bool, jobs: int, site: bool, echo, pools=None, only: frozenset[str] | None = None,
                  pool: dict | None = None) -> int:
    from factcheck.pipeline.validate import validate

    started = time.perf_counter()
    seen = Inputs(project_root, target.work) if not overrides and only is None else None
    unchanged = seen is not None and seen.unchanged() and not force
    mark("build: quiet check (file stats) done")
    if unchanged:   # no file changed since the last good build
        _remove_stale_scratch(target, echo)
        total = len(plan.executed)
        echo(f"{total} of {total} pages unchanged; executing 0 with papermill (no file changed since the last build)")
        return _build_the_site(target, force, echo, None, FileHashes(target.work / HASHES_NAME), started, seen) \
            if site else 0
    _remove_stale_scratch(target, echo)
    if overrides:
        _prepare_whatif_folder(project_root, target, plan, parameters_of)
        echo(f"what-if build with {overrides} into {paths.relative(target.site_root)}")

    write_toc(plan, target.site_root)
    manifest = Manifest.load(target.manifest_path)
    if manifest.problem:
        echo(manifest.problem)
    data = DataIndex(project_root)
    hashes = FileHashes(target.work / HASHES_NAME)
    code, environment = package_digest(project_root), environment_digest(project_root)
    work_list, moved = [], []
    mark("build: manifest and package digest read")
    state = {"validated": None, "refreshed": False, "planned": False}
    total = len(plan.executed)

    def plan_pages() -> None:
        """Which pages are stale (work_list), and which only if an outcome they show moved (moved)."""
        state["planned"] = True
        for page in plan.executed:
            if only is not None and page.path not in only:
                continue
            inputs = page_inputs(page, parameters_of[page.path], project_root, code, environment)
            why = "forced" if force else _why_stale(manifest.entry(page.path), inputs, data,
                                                   target.site_root / page.path, hashes)
            if isinstance(why, list):   # only outcomes it shows may have changed: known below
                moved.append((page, inputs, why))
            elif why:
                work_list.append((page, inputs, why))
        mark(f"build: planned ({len(work_list)} stale, {len(moved)} to compare outcomes)")

    # The data changed (an edit): pages will almost surely execute, so the workers, their kernels and the render
    # process start first and the plan is made while they start up (it hashes every item every page read: about
    # a second at 200 articles). Should no page be stale after all, they are ended unused.
    ahead = pools is None and only is None and not force and seen is not None and _data_changed(seen.changed)
    if not ahead:
        plan_pages()

    def keep(ledger=None, anyway: bool = False) -> None:  # while the kernels start
        if (work_list or anyway) and not state.get("kept"):
            state["kept"] = True
            _keep_ledger(ledger if ledger is not None else state["validated"], project_root)

    def settle(preload: Callable[[], object] = lambda: None, start: Callable[[list], object] | None = None,
               ask: Callable | None = None) -> list:
        """Validate (what `check` refuses is never executed, let alone published: one validator for both), then
        work out whether the outcomes the `moved` pages show moved: the final work list. With pages to execute,
        this runs while the workers' kernels warm up (parallel.run_jobs). preload: asks the workers' kernels to load
        the ledger just kept, and the outcomes (they wait for the validation anyway at a few hundred articles).
        ask: submits a function to the next worker free: a kernel works out the outcomes compared, ahead of the
        pages started meanwhile (`_current_outcomes`)."""
        def ledger_read(ledger) -> None:
            """An edit's build (the data changed: pages will almost surely run) keeps the ledger for the kernels as
            soon as it is read, and they load it, with the outcomes, while this process plans and validates the
            rest. Loading is not running a page: none runs before the validation is done (ValidationFailed is
            raised as before, and the workers are ended)."""
            keep(ledger, anyway=True)
            mark("build: ledger read and kept for the kernels (the rest validated meanwhile)")
            preload()
            state["preloaded"] = True

        if not state["planned"] and not ahead:
            plan_pages()
        state["validated"] = validate(project_root, ledger_read if ahead and not state.get("kept") else None)
        mark("build: validated")
        if not state["planned"]:
            plan_pages()
        if work_list and not state.get("preloaded"):   # pages to execute whatever the outcomes: the kernels load
            keep()                                      # the ledger meanwhile
            mark("build: ledger kept for the kernels")
            preload()
        started = []
        if moved:
            wanted = {item.partition(":")[2].rpartition("=")[0] for _, _, items in moved for item in items}
            # asked of a kernel before the pages started below take the workers (it loads the ledger kept)
            asked = _asked(ask, "outcome_idents", sorted(wanted)) if state.get("kept") else None
            if start is not None and work_list:   # stale whatever the outcomes: they run while the others are compared
                started = list(work_list)
                start(started)
                mark("build: pages stale whatever the outcomes started")
            now = _current_outcomes(wanted, asked, state["validated"], project_root)
            state["refreshed"] = _outcomes_moved(moved, work_list, manifest, data, now)
            mark("build: outcomes compared")
            order = {page.path: i for i, page in enumerate(plan.executed)}
            work_list.sort(key=lambda item: order[item[0].path])
        if work_list and not state.get("kept"):   # before the first page asks for it (else its kernel loads it)
            keep()
            mark("build: ledger kept for the kernels")
        if only is not None:
            if work_list:
                echo(f"first the page(s) open in the browser: executing {len(work_list)}")
        else:
            echo(f"{total - len(work_list)} of {total} pages unchanged; executing {len(work_list)} with papermill")
        return [item for item in work_list if not any(item is early for early in started)]

    early = (ahead or bool(work_list or moved)) and pools is None   # kernels warm up while this process validates
    if not early:
        settle()
        if only is not None and not work_list:
            return NOTHING_STALE

    lease = None
    if pool is not None and pool.get("on"):
        pool["code"] = code + environment
        if site and (ahead or work_list or moved):   # pages will execute: kernels and render process from the pool
            from factcheck.pipeline.warm import take

            lease = pool["lease"] = take(project_root, jobs, code + environment, echo)
    renderer = None if not (site and (ahead or work_list or moved)) else \
        lease.renderer(target.site_root, target.work, echo) if lease else Renderer(target.site_root, target.work)
    publish_errors: list[BaseException] = []

    def publish(submit: Callable | None) -> None:  # while the pages execute; its error, if any, is told after theirs
        keep()
        try:
            state["await_package"] = _publish_data(project_root, target, force, data, state["validated"], submit)
        except Exception as error:
            publish_errors.append(error)
        mark("build: data package asked of a kernel" if state.get("await_package") else "build: data package done")

    try:
        outcomes = _execute(settle if early else work_list, parameters_of, project_root, target, jobs, echo,
                            meanwhile=publish if site else lambda submit: keep(), pools=pools,
                            code=code + environment, expected=jobs if ahead else len(work_list) + len(moved),
                            taken=lease.workers if lease else None)
    except BaseException:
        if renderer:
            renderer.cancel()
        raise
    mark("build: pages executed")
    inputs_of = {page.path: inputs for page, inputs, _ in work_list}
    for outcome in outcomes:
        if outcome.ok:
            manifest.record(outcome.page, inputs_of[outcome.page], data.digests(outcome.reads or ()),
                            target.site_root / outcome.page, hashes)
    if outcomes or manifest.problem or state["refreshed"]:
        manifest.save()
    mark("build: manifest saved")
    if state.get("await_package"):   # (what the pages wrote is recorded first)
        try:
            state["await_package"]()
        except Exception as error:
            publish_errors.append(error)
        except BaseException:
            if renderer:
                renderer.cancel()
            raise
        mark("build: data package written")
    failures = [o for o in outcomes if not o.ok]
    if failures:
        echo(f"\n{len(failures)} page(s) failed; previous versions kept, site not rebuilt:")
        for failure in failures:
            echo(f"  {failure.page}\n    at {failure.where}\n    {failure.error}\n    full traceback: "
                 f"{paths.relative(Path(failure.evidence)) if failure.evidence else '(none)'}")
        if renderer:
            renderer.cancel()
        return 1
    if not site:
        hashes.save()
        return 0

    if publish_errors:
        if renderer:
            renderer.cancel()
        raise publish_errors[0]
    return _build_the_site(target, force, echo, renderer, hashes, started, seen)


def _build_the_site(target: Target, force: bool, echo, renderer, hashes: FileHashes, started: float,
                    seen: Inputs | None) -> int:
    echo("building the site with Jupyter Book (-n -W --keep-going)...")
    result = build_site(target.site_root, target.html, target.work, force=force, echo=echo, renderer=renderer,
                        hashes=hashes)
    hashes.save()
    if not result.ok:
        echo(f"Jupyter Book failed; the previous site in {paths.relative(target.html)} is unchanged.")
        for line in result.problems:
            echo(f"  {line}")
        echo(f"  full log: {paths.relative(Path(result.log))}")
        return 1
    if seen is not None:   # a good build: the next one compares the files with these
        seen.save()
    mark("build: done")
    state = "unchanged, not rebuilt" if result.skipped else f"built in {result.seconds:.1f} s"
    echo(f"site {state}: {paths.relative(target.html)}  (total {time.perf_counter() - started:.1f} s)")
    return 0


def _data_changed(changed: list[str]) -> bool:
    """Whether a file under data/ or seeds/ is among the files whose content changed (quiet.Inputs)."""
    return any(name.partition("/")[0] in DATA_DIRS for name in changed)


def _remove_stale_scratch(target: Target, echo) -> None:
    stale = remove_stale_scratch(target.work)
    if stale:
        echo(f"removed {len(stale)} unfinished site folder(s) left by an interrupted build")


def _check_writable(folder: Path) -> None:
    """Fail now, with the folder's name (PermissionError), rather than in a worker halfway through."""
    import tempfile

    folder.mkdir(parents=True, exist_ok=True)
    try:
        with tempfile.TemporaryFile(dir=folder):
            pass
    except PermissionError as error:
        raise PermissionError(error.errno, error.strerror, str(folder)) from None


def _why_stale(entry: dict | None, inputs: dict, data: DataIndex, output: Path, hashes: FileHashes) -> str | list[str]:
    """Why a page must run again ('' when it need not): the kinds of input, or the data items, that changed.

    A list: only the inputs of outcomes the page shows changed ("outcome:" items); whether the outcomes did is
    for `_outcomes_moved` to say."""
    if not entry:
        return "new page"
    changed = changed_inputs(entry.get("inputs"), inputs)
    if changed:
        return ", ".join(changed)
    items = data.changed(entry.get("reads") or {})
    if not output.exists() or hashes.sha(output) != entry.get("output"):
        return "output changed"
    if items and all(item.startswith("outcome:") for item in items):
        return items
    if items:
        return _items_why(items)
    return ""


def _items_why(items: list[str]) -> str:
    shown = [item.rpartition("=")[0] if item.startswith("outcome:") else item for item in items]
    more = f" and {len(shown) - WHY_LIMIT} more" if len(shown) > WHY_LIMIT else ""
    return "data: " + ", ".join(shown[:WHY_LIMIT]) + more


def _outcomes_moved(moved: list, work_list: list, manifest: Manifest, data: DataIndex, now: dict[str, str]) -> bool:
    """Pages whose only changed items are the inputs of outcomes they show: each runs again (added to work_list)
    when one of those outcomes is now another (now: `_current_outcomes`); the others keep their output, and their
    record is brought up to date (True when one was)."""
    refreshed = False
    for page, inputs, items in moved:
        other = [item for item in items if "outcome:" + now.get(item.partition(":")[2].rpartition("=")[0], "") != item]
        if other:
            work_list.append((page, inputs, _items_why(other).replace("data: ", "outcome: ")))
        else:
            manifest.refresh(page.path, data.digests(items))
            refreshed = True
    return refreshed


def _current_outcomes(wanted: set[str], asked, validated, project_root: Path) -> dict[str, str]:
    """The outcomes the moved pages show, as they are now: from a kernel (asked: the future of
    factcheck.pipeline.in_kernel.outcome_idents), else worked out here. Either way with the evaluation the pages'
    kernels use (factcheck.checks.kept.current_outcomes), only for checks whose inputs are new (the kernels then
    find them kept)."""
    if asked is not None:
        try:
            return asked.result()
        except Exception as error:   # the kernel could not (it was lost, or the ledger failed there): worked out here
            mark(f"build: no kernel's answer for the outcomes ({type(error).__name__}: {error}); worked out here")
    from factcheck.checks.kept import current_outcomes
    from factcheck.report.register import loaded_checks

    ledger = _frames(validated, project_root)
    return current_outcomes(loaded_checks(ledger.checks_file, ledger), ledger, wanted)


def _asked(submit: Callable | None, function: str, *arguments):
    """The future of in_kernel.<function>(*arguments) asked of the next worker free (execute.kernel_answer), or None
    when there is none to ask (no workers, or they can take no more: the build does the work itself)."""
    if submit is None:
        return None
    try:
        return submit(kernel_answer, function, *arguments)
    except Exception:   # (a broken or shut-down executor)
        return None


def _frames(validated, project_root: Path):
    """The validated ledger as the pages load it (pandas), made once per build."""
    ledger = getattr(validated, "_as_frames", None)
    if ledger is None:
        ledger = validated.frames() if hasattr(validated, "frames") else validated
        try:
            validated._as_frames = ledger
        except AttributeError:
            pass
    return ledger


def _keep_ledger(validated, project_root: Path) -> None:
    """The ledger just validated, kept for the pages' kernels (factcheck.checks.kept.kept_ledger), while the kernels
    start: a kernel that asks before it is kept loads the same ledger itself. The rows are kept as validated: each
    kernel makes the DataFrames (pandas is imported there already). An edit's build asks the kernels the questions
    that need pandas (`_current_outcomes`, `_publish_data`); this process imports it (0.35-0.4 s in the benchmark's
    timeline) when it answers one itself: no kernel to ask (`serve`, whose workers are asked only for the data
    package; a build with no page to execute, or whose ledger was not kept), or the kernel could not answer."""
    from factcheck.checks.kept import keep_ledger
    from factcheck.ledger.claims import Ledger, LedgerRows

    try:
        if isinstance(validated, (Ledger, LedgerRows)):
            keep_ledger(validated, project_root)
    except Exception:  # a cache: the kernels load the ledger themselves
        pass


def _publish_data(project_root: Path, target: Target, force: bool, data: DataIndex, validated=None,
                  submit: Callable | None = None) -> Callable[[], None] | None:
    """The downloadable data package (ledger + register) into the site's _extra/data-package/, when its inputs changed.

    submit: the workers' (parallel.run_jobs): a kernel writes it, after its pages, from the ledger and outcomes it
    has at hand; this returns what to call, before the site renders, to wait for it (and write it here if the
    kernel could not). Without workers it is written here, at once (None is returned).
    validated: the ledger this build validated: written here, its outcomes are worked out on it, where the
    checks and the claim rows' texts may be loaded already (the build compared outcomes with them), rather than on
    the copy kept for the kernels, unpickled again."""
    stamp = target.work / "published-data.json"
    folder = target.site_root / PUBLISHED_DATA
    inputs = data.everything + ":" + package_digest(project_root)
    if not force and stamp.exists() and folder.joinpath("datapackage.json").exists() \
            and stamp.read_text(encoding="utf-8") == inputs:
        return None

    def here() -> None:
        from factcheck.report.publish import write_data_package  # (pandas: imported only when needed)

        ledger = None
        if validated is not None:
            from factcheck.ledger.claims import Ledger

            frames = _frames(validated, project_root)
            ledger = frames if isinstance(frames, Ledger) else None
        write_data_package(folder, project_root, ledger)
        mark("build: data package written in this process")

    def stamped() -> None:
        stamp.parent.mkdir(parents=True, exist_ok=True)
        stamp.write_text(inputs, encoding="utf-8")

    asked = _asked(submit, "publish_data", str(folder), str(project_root))
    if asked is None:
        here()
        stamped()
        return None

    def finish() -> None:
        try:
            asked.result()
        except Exception as error:   # the kernel could not: written here (what fails is raised here, named as before)
            mark(f"build: no kernel's answer for the data package ({type(error).__name__}: {error}); written here")
            here()
        stamped()
    return finish


def _parameters_with(plan: Plan, project_root: Path, overrides: dict) -> dict[str, dict]:
    """Each executed page's parameters, with the overrides its template declares."""
    result, used = {}, set()
    for page in plan.executed:
        declared = template_parameters(project_root / page.template) or {}
        mine = {k: v for k, v in overrides.items() if k in declared}
        used.update(mine)
        result[page.path] = {**page.parameters, **mine}
    unused = set(overrides) - used
    if unused:
        raise ValueError(f"no template takes the parameter(s) {', '.join(sorted(unused))}")
    return result


def _prepare_whatif_folder(project_root: Path, target: Target, plan: Plan, parameters_of: dict) -> None:
    """Copy book/ and the site files, keeping what-if pages already executed with these parameters."""
    own = Manifest.load(target.manifest_path)
    main = Manifest.load(project_root / "book" / MANIFEST_NAME)
    keep = {page.path for page in plan.executed if parameters_of[page.path] != page.parameters}
    source_book = project_root / "book"
    for source in source_book.rglob("*"):
        relative = source.relative_to(project_root).as_posix()
        if source.is_dir() or relative in keep or source.name == MANIFEST_NAME:
            continue
        destination = target.site_root / relative
        destination.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(source, destination)
    for name in SITE_FILES:
        source = project_root / name
        if source.is_dir():
            shutil.copytree(source, target.site_root / name, dirs_exist_ok=True)
        elif source.exists():
            shutil.copy2(source, target.site_root / name)
    merged = Manifest(target.manifest_path, {path: entry for path, entry in main.pages.items() if path not in keep})
    merged.pages.update({path: entry for path, entry in own.pages.items() if path in keep})
    merged.save()


def _execute(work_list, parameters_of, project_root: Path, target: Target, jobs: int, echo,
             meanwhile=lambda submit: None, pools=None, code: str = "", expected: int = 0,
             taken: list | None = None) -> list[Outcome]:
    """work_list: the pages to execute, or a function giving them, called once the workers have started (see
    parallel.run_jobs); `expected`: how many it may give at most (how many workers are worth starting)."""
    from factcheck.pipeline.kernel import template_imports
    from factcheck.pipeline.parallel import run_jobs

    candidates = work_list
    done, total = [], [0]

    def jobs_of(listed) -> list[Job]:
        total[0] += len(listed)   # (a build may queue some pages first, then the rest: see settle)
        for page, _, why in listed:
            echo(f"  queued  {page.path}  ({why})")
        return [Job(page=page.path, name=page.name, template=str(project_root / page.template),
                    output=str(target.site_root / page.path), parameters=parameters_of[page.path],
                    failed_dir=str(target.work / "failed"), title=page.title)
                for page, _, _ in _longest_first(listed, target.site_root)]

    def report(outcome: Outcome) -> None:
        done.append(outcome)
        status = "ok    " if outcome.ok else "FAILED"
        detail = "" if outcome.ok else f"  at {outcome.where}: {outcome.error}"
        echo(f"[{len(done)}/{total[0]}] {status} {outcome.page} ({outcome.seconds:.1f} s){detail}")

    kernel_log = target.work / "kernels.log"
    if pools is None:
        kernel_log.unlink(missing_ok=True)
        # every template a stale page may need (the final list is a part of the candidates)
        templates = {page.template for page in load_plan(project_root).executed} if callable(candidates) \
            else {page.template for page, _, _ in candidates}
        modules = template_imports(sorted(project_root / t for t in templates))
        pool = None
    else:  # warm up for every template, once: the next edit may need any of them
        modules = template_imports(sorted({project_root / t for t in {p.template for p in load_plan(project_root).executed}}))
        pool = pools.get(jobs, str(project_root), str(kernel_log), modules, code) if work_list else None
    listed = (lambda preload, start=None, ask=None: jobs_of(candidates(
        preload, None if start is None else lambda items: start(jobs_of(items)), ask))) \
        if callable(candidates) else jobs_of(candidates)
    few = (len(candidates) if not callable(candidates) else expected) <= FEW_PAGES_PER_WORKER * max(1, jobs)
    return run_jobs(listed, workers=jobs, project_root=str(project_root), kernel_log=str(kernel_log),
                    modules=modules, on_done=report, meanwhile=meanwhile, pool=pool, expected=expected,
                    draw_ahead=draws_ahead(few), taken=None if taken is None else (taken, echo))


def _tidy_kept_drawings(project_root: Path, echo) -> None:
    """Remove the drawings and chart specs an earlier version kept in the checkout (this code keeps them in the
    user's cache), and say if that cache is refused."""
    from factcheck.files import memo
    from factcheck.files.user_cache import refused_machine_folder

    with memo.under(project_root):
        memo.remove_moved_answers()
    refused = refused_machine_folder()
    if refused:
        echo(refused)


def draws_ahead(few: bool) -> bool:
    """Whether the kernels of a build's own workers start vl-convert's engine as they warm up (in_kernel.warm_up),
    or leave it to the first chart drawn anew: a build of a few pages (an edit) draws few charts anew, if any, and
    so does a build of this code whose user's cache keeps drawings of it (files/memo). (`serve`'s workers, kept
    between edits, always start it: parallel.WorkerPool.)"""
    if few:
        return False
    from factcheck.files import memo

    return not memo.machine_keeps_any("svg")


def _longest_first(listed: list, site_root: Path) -> list:
    """The pages in the order the workers should take them: the longest first, so the last to finish is not a long
    one begun late (a theme page takes three times an article's at 200 articles, and the first kernel ready took
    the article, first in the plan's order). A page's last output, in bytes, stands for its time (a new page: 0);
    ties keep the plan's order. Which kernel runs a page changes nothing it writes (in_kernel)."""
    def size(item) -> int:
        try:
            return (site_root / item[0].path).stat().st_size
        except OSError:
            return 0

    return sorted(listed, key=lambda item: -size(item))


class WorkerPools:
    """Worker processes kept between builds (for `serve`), replaced when the code or the templates change."""

    def __init__(self):
        self.pool = None

    def get(self, workers: int, project_root: str, kernel_log: str, modules: list[str], code: str):
        from factcheck.pipeline.parallel import WorkerPool

        key = repr((workers, project_root, modules, code))
        if self.pool is None or not self.pool.matches(key):
            self.close()
            self.pool = WorkerPool(workers, project_root, kernel_log, modules, key)
        return self.pool

    def close(self) -> None:
        if self.pool is not None:
            self.pool.close()
            self.pool = None


def _safe(label: str) -> str:
    return "".join(c if c.isalnum() or c in "-_.=" else "_" for c in label)[:80] or "whatif"
