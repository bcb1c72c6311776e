"""Execute one page with papermill, in a worker process, and put it in place only on success.

Each worker keeps one warm kernel (see `kernel`) for all its pages. The executed
notebook is normalised (see `normalize`) and written to a temporary file beside
the page, then renamed over it: a failed run never touches the previous good
page, and an unchanged result leaves the file (and its time stamp) alone. A
failure is kept where a person finds it: the partly executed notebook and a
plain-text traceback under `<work>/failed/`.
"""
from __future__ import annotations

import os
import re
import sys
import time
import traceback
from dataclasses import dataclass
from pathlib import Path

from factcheck.pipeline.kernel import KernelGone, WarmKernel, engine_for
from factcheck.files.atomic import write_atomically
from factcheck.pipeline.normalize import normalise, notebook_bytes, retitle, with_cells_digest
from factcheck.pipeline.timeline import mark

CELL_TIMEOUT_SECONDS = 300
ANSI_ESCAPES = re.compile(r"\x1b\[[0-9;]*[A-Za-z]")


@dataclass(frozen=True)
class Job:
    page: str            # as the plan names it: book/documents/pep16.ipynb
    name: str            # short unique name: pep16
    template: str        # absolute path of the template
    output: str          # absolute path of the page
    parameters: dict
    failed_dir: str      # where a failure's evidence goes
    title: str | None = None  # the page's heading, from pages.yml
    cells_digest: bool = False  # record a digest of the cells as written (a participant's chapter: byo/edited.py)


@dataclass(frozen=True)
class Outcome:
    page: str
    ok: bool
    seconds: float
    where: str = ""      # "cell 4 (In [3]): ledger = load_ledger()"
    error: str = ""      # "KeyError: 'pep99'"
    evidence: str = ""   # the log with the whole traceback
    reads: tuple[str, ...] | None = None  # what the page read (factcheck.usage keys); None: not recorded


ENGINE_NAME = "factcheck-warm-kernel"
_kernel: WarmKernel | None = None
_registered = False   # the engine for _kernel, with papermill
_project_root = ""


def prepare_worker(project_root: str, kernel_log: str, modules: list[str], draw_ahead: bool = True) -> None:
    """Set up a worker process once, before its first page (draw_ahead: see in_kernel.warm_up). (A worker of the
    warm pool is set up as this does, ahead: `warm_worker`.)"""
    mark("worker: started")
    _die_with_parent()
    # Kernels write their chatter (e.g. ipykernel's TCP warning) to the inherited stderr;
    # it goes to a log instead of the progress display. Outcomes carry the real errors.
    Path(kernel_log).parent.mkdir(parents=True, exist_ok=True)
    with open(kernel_log, "a", encoding="utf-8") as log:
        os.dup2(log.fileno(), 2)
    # Kernels inherit this environment: they must import the package of the checkout
    # being built (tests build temporary copies), and hash randomisation must not
    # reorder anything a page prints.
    os.environ["PYTHONPATH"] = os.pathsep.join(filter(None, [project_root, os.environ.get("PYTHONPATH")]))
    os.environ["PYTHONHASHSEED"] = "0"
    from multiprocessing.util import Finalize

    global _kernel, _project_root
    _project_root = project_root
    # papermill (with nbformat, jsonschema, requests...) is imported while the kernel starts, not before
    _kernel = WarmKernel(modules, draw_ahead, meanwhile=_register_engine)
    # Worker processes end without running atexit handlers; a Finalize with a priority runs.
    Finalize(_kernel, _kernel.shutdown, exitpriority=10)
    _remove_sockets_when_ended()
    _end_with_the_owner()   # (after the handler it relies on)


def _remove_sockets_when_ended() -> None:
    """A worker ended by a signal (its build killed: see _die_with_parent) removes its kernel's socket folder and
    connection file: the kernel does too as it ends, but not one killed while still starting, nor the files made
    for a kernel not yet launched (a build given up at once left two connection files), nor a folder made while the
    kernel's manager was still being set up (kernel_sockets.remove_folders_of_this_process)."""
    import signal

    def end(signum, frame):
        if _kernel is not None:
            _kernel.remove_files()
        made = sys.modules.get("factcheck.pipeline.kernel_sockets")   # (not imported yet: no folder made)
        if made is not None:
            made.remove_folders_of_this_process()
        os._exit(128 + signum)

    signal.signal(signal.SIGTERM, end)


def _register_engine() -> None:
    """Import papermill and register the engine that runs pages on this worker's kernel (once). The collector is
    paused meanwhile (what the imports make lives as long as the worker), as in the kernel (see kernel_launcher)."""
    global _registered
    if _registered:
        return
    import gc

    collecting = gc.isenabled()
    gc.disable()
    try:
        from papermill.engines import papermill_engines  # (nbformat, jsonschema, requests...)
    finally:
        if collecting:
            gc.enable()
    papermill_engines.register(ENGINE_NAME, engine_for(_kernel))
    _registered = True


def warm_kernel() -> None:
    """Start this worker's kernel and do the templates' imports now, before its first page is known."""
    if _kernel is not None:
        try:
            _kernel.ensure_started()
        except Exception:   # the first page starts it again, and reports what fails
            pass
        mark("worker: kernel warm (started, templates' imports done)")


_preloaded = False   # this worker's kernel was asked to load the ledger and the outcomes outside a page


def preload_kernel() -> None:
    """Have this worker's kernel load the ledger the build has just kept, and every outcome, before its first page
    (factcheck.pipeline.in_kernel.preload). A worker that takes no such job (the other worker took both) does it
    before its first page (`execute`)."""
    global _preloaded
    if _kernel is not None:
        _preloaded = True
        try:
            _kernel.ensure_started()
            _kernel.run_silently("import factcheck.pipeline.in_kernel as _k; _k.preload(); del _k")
        except Exception:   # the first page loads them itself, and reports what fails
            pass
        mark("worker: ledger and outcomes loaded ahead")


def kernel_answer(function: str, *arguments) -> object:
    """What factcheck.pipeline.in_kernel.<function>(*arguments) gives in this worker's kernel, between pages. The
    build leaves to the kernels the work that needs pandas, the ledger and every outcome, which they have loaded
    already, rather than import pandas itself while they execute pages. Raises when the kernel could not (the
    build then does the work itself): a kernel not running is not started for it, and one that did not answer is
    shut down, as after a page that lost it."""
    if _kernel is None or not _kernel.running():
        raise KernelGone("no kernel running in this worker")
    try:
        found = _kernel.call(function, *arguments)
    except Exception:
        _kernel.shutdown()   # whatever state it is in, the next page gets a new one
        raise
    if "error" in found:
        raise RuntimeError(found["error"])
    mark(f"worker: the kernel's {function.replace('_', ' ')}")
    return found["ok"]


def _preload_unless_done() -> None:
    """Loaded inside a page, the ledger and the outcomes are noted as that page's reads with the files hashed to
    find the kept ledger (data/datapackage.json); loaded outside, as a kernel does that preloads, they are not: a
    page's recorded reads must not depend on which worker took the build's preload jobs (a build that asks for them
    while one worker still takes its kernel from the warm pool gives both to the other)."""
    if _preloaded or _kernel is None:
        return
    try:
        from factcheck.checks.kept import ledger_is_kept

        kept = ledger_is_kept(_project_root or None)
    except Exception:
        kept = False
    if kept:
        preload_kernel()


def _die_with_parent() -> None:
    """A build killed outright (kill -9, a test's timeout) must not leave its workers behind:
    ask Linux to end this worker with its parent. Its kernel follows, since ipykernel
    exits when the process that started it is gone."""
    if not sys.platform.startswith("linux"):
        return
    import ctypes
    import signal

    PR_SET_PDEATHSIG = 1
    try:
        ctypes.CDLL(None, use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGTERM)
    except (OSError, AttributeError):
        return


def _end_with_the_owner() -> None:
    """A worker forked from a forkserver (`serve`'s pool, parallel.WorkerPool; a build's stand-in for a warm worker
    lost, parallel.run_jobs) has the forkserver for its parent, not the process that asked for it, so
    _die_with_parent never fires when that process is killed outright: the forkserver lives as long as any process
    it forked, and the worker waits for work for ever, its kernel with it (kill -9 of `serve` left the forkserver,
    both workers, both kernels and multiprocessing's resource tracker running). multiprocessing gives each
    process it starts a sentinel of the one that started it, readable once that process is gone: a thread waits
    on it and ends this worker as a killed build's workers end (`_remove_sockets_when_ended`); the kernel follows."""
    import multiprocessing
    import signal
    import threading
    from multiprocessing.connection import wait

    owner = multiprocessing.parent_process()
    if owner is None or owner.pid == os.getppid() or owner.sentinel is None:
        return   # forked by the build itself: _die_with_parent covers it

    def watch() -> None:
        wait([owner.sentinel])
        os.kill(os.getpid(), signal.SIGTERM)

    threading.Thread(target=watch, name="factcheck-worker-owner", daemon=True).start()


def _literal(path) -> str:
    """path as papermill takes it to mean itself: papermill fills its paths in from the parameters (str.format),
    so a folder named with braces (a participant's, say `{project_root[0]}..`) would name another place."""
    return str(path).replace("{", "{{").replace("}", "}}")


def execute(job: Job) -> Outcome:
    if _kernel is not None:
        _register_engine()   # (done while its kernel started, unless that failed)
        _preload_unless_done()
    import papermill

    from factcheck.pipeline.kernel_sockets import SocketFolderAsyncKernelManager

    started = time.perf_counter()
    failed_dir = Path(job.failed_dir)
    evidence_notebook = failed_dir / f"{job.name}.ipynb"
    evidence_log = failed_dir / f"{job.name}.log"
    failed_dir.mkdir(parents=True, exist_ok=True)
    warm = _kernel is not None  # in a build's worker; else (a one-off page, e.g. new-article) a fresh kernel
    # (a fresh kernel on sockets of its own, not TCP ports: see kernel_sockets)
    fresh_kernel = {} if warm else {"kernel_manager_class": SocketFolderAsyncKernelManager}
    mark(f"worker: {job.page} begins")
    try:
        if warm:
            _kernel.begin_page(str(Path(job.template).parent), _project_root)
            mark(f"worker: {job.page} kernel reset")
        notebook = papermill.execute_notebook(
            _literal(job.template), _literal(evidence_notebook), parameters=job.parameters,
            engine_name=ENGINE_NAME if warm else None, cwd=None if warm else str(Path(job.template).parent),
            kernel_name="python3", progress_bar=False, log_output=False, record_timing=False,
            request_save_on_cell_execute=False, execution_timeout=CELL_TIMEOUT_SECONDS, **fresh_kernel,
        )
        reads = tuple(_kernel.end_page()) if warm else None
        mark(f"worker: {job.page} executed")
    except papermill.PapermillExecutionError as error:
        source_line = (error.source or "").strip().splitlines()[:1]
        where = f"the {ordinal(template_cell(error.cell_index, job))} cell of {_relative(job)} (In [{error.exec_count}])" \
            + (f": {source_line[0]}" if source_line else "")
        _write_log(evidence_log, job, where, "\n".join(error.traceback))
        return Outcome(job.page, False, time.perf_counter() - started, where,
                       f"{error.ename}: {error.evalue}", str(evidence_log))
    except Exception as error:  # the kernel died, the template is unreadable, a timeout...
        if warm:
            _kernel.shutdown()  # whatever state it is in, the next page gets a new one
        _write_log(evidence_log, job, "before or between cells", traceback.format_exc())
        detail = str(error) if isinstance(error, KernelGone) else f"{type(error).__name__}: {error}"
        return Outcome(job.page, False, time.perf_counter() - started, "before or between cells",
                       detail, str(evidence_log))

    written = normalise(retitle(notebook, job.title), job.name)
    data = notebook_bytes(with_cells_digest(written) if job.cells_digest else written)
    mark(f"worker: {job.page} normalised")
    output = Path(job.output)
    if not output.exists() or output.read_bytes() != data:  # same bytes: keep the file and its time stamp
        write_atomically(output, data)
    mark(f"worker: {job.page} written")
    evidence_notebook.unlink(missing_ok=True)
    evidence_log.unlink(missing_ok=True)
    return Outcome(job.page, True, time.perf_counter() - started, reads=reads)


def template_cell(executed_index: int, job: Job) -> int:
    """The failing cell as the template numbers it, counted from 1: papermill's injected cell does not count."""
    from factcheck.pipeline.plan import parameters_cell_index

    injected_after = parameters_cell_index(Path(job.template)) if job.parameters else None
    if injected_after is not None and executed_index > injected_after:
        executed_index -= 1
    return executed_index + 1


def ordinal(n: int) -> str:
    """1st, 2nd, 3rd, 4th, 11th, 12th, 13th, 21st: a count nobody reads as starting from 0."""
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def _relative(job: Job) -> str:
    return Path(job.template).name if not _project_root else os.path.relpath(job.template, _project_root)


def _write_log(path: Path, job: Job, where: str, trace: str) -> None:
    header = (f"page:       {job.page}\ntemplate:   {job.template}\nparameters: {job.parameters}\n"
              f"failed at:  {where}\nnotebook:   {path.with_suffix('.ipynb')} (as far as it ran)\n\n")
    path.write_text(header + ANSI_ESCAPES.sub("", trace) + "\n", encoding="utf-8")
