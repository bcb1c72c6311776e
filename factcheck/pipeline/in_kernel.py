"""Run inside a warm kernel (see `kernel`): imports done once, a clean slate before each page.

A page run in a kernel that ran another page before must come out byte for byte
as it would from a fresh kernel. Between pages: the user namespace, the history
and the execution counter are reset, warnings already shown may be shown again,
and the working folder is the template's, as papermill would start it.

What every page computes first is the same for all of them: the validated ledger
(`load_ledger`) and every check's verdict (`outcomes`), both growing with the
corpus. A warm kernel computes each once per state of the data files and hands
every page the same objects (pages only read them; nbval, run on fresh kernels,
and the build's determinism tests would see a page that changed them), and
notes again what computing them noted, so each page's usage record is the one a
fresh kernel would give. Without this, each page would cost as much as the
whole corpus. The ledger itself comes from the one the build validated before the
pages ran (`factcheck.checks.kept.kept_ledger`), and checks.yml and statements.yml
are parsed again only when they or what they read changed (`kept_load`): a kernel
does not validate the whole corpus a second time. A kernel loads them before its
first page (`preload`): while it warms up if the build has kept the ledger by then
(a small corpus), else when the build asks, once the validation is done (a large one,
whose kernels are warm long before). Between pages the build asks a kernel for two things that need what it
has loaded (`outcome_idents`, `publish_data`): they read the same shared objects, and change none of them.
"""
from __future__ import annotations

import gc
import importlib
import json
import os
import warnings
from pathlib import Path

from factcheck import usage
from factcheck.pipeline.timeline import mark

# Read with the ledger's accessors, which note them claim by claim (see factcheck.usage).
TRACKED_DATA = ("data/claims.csv", "data/non_claims.csv", "data/checks.yml", "seeds")

_warning_filters: list = []


def warm_up(modules: list[str], draw: bool = True) -> None:
    """Import what the templates import, once for all the pages this kernel will run.

    draw: also start vl-convert's engine (see `_draw_once`); False for a build with few pages, or one whose user's
    cache keeps drawings of this code (files/memo): the engine starts with the first chart drawn anew."""
    mark("kernel: up")
    gc.disable()   # (already, in a kernel of ours: see kernel_launcher)
    try:
        _warm_up(modules, draw)
    finally:
        # What start-up and the imports made lives as long as the kernel: out of the collector's reach, which
        # collected while it piled up (about a fifth of the imports' time) and went through it all again at each
        # page's reset (IPython's reset collects: 0.07 s) and each full collection while a page runs. Pages run
        # with the collector on, as in a fresh kernel.
        gc.freeze()
        gc.enable()
    mark("kernel: warm (collector on, start-up's objects frozen)")


def _warm_up(modules: list[str], draw: bool) -> None:
    _share_the_ledger_and_verdicts()  # before the templates' modules bind these functions
    for name in modules:
        try:
            importlib.import_module(name)
        except ImportError:
            pass  # the page that imports it will report it, in its own cell
    mark("kernel: templates' imports done")
    _draw_once(draw)
    mark("kernel: a chart drawn (Altair imported, vl-convert started)" if draw else
         "kernel: a chart made (Altair imported; vl-convert left to the first drawing)")
    from factcheck.checks.kept import ledger_is_kept

    try:
        if ledger_is_kept():   # the build validated these files already (at five articles, before a kernel is up)
            preload()
    except Exception:   # the first page loads what it needs, and reports what fails
        pass
    _warning_filters[:] = warnings.filters


def _draw_once(draw: bool = True) -> None:
    """Draw a chart, as a page would: the templates import Altair only inside the chart functions, and vl-convert's
    first drawing starts its JavaScript engine (1-2 s), so the kernel's first page with a chart paid both. Done
    here, it is done while the build validates, before any page is known (at 200 articles the kernels wait for the
    validation anyway). A page's charts come out as from a fresh kernel: nbval runs each page on a fresh one.

    draw=False: only Altair (imported, a chart made into a spec); starting vl-convert's engine costs 0.6 s of
    processor time, spent for nothing in a one-claim edit whose charts are all kept drawings (and on two cores,
    the other kernel and the render process's set-up wait for it)."""
    try:
        import altair
        import pandas
        import vl_convert

        import factcheck.report.charts  # noqa: F401  (what draws a page's charts, imported as a page would)

        # vl-convert itself, not charts.svg: a drawing kept from an earlier build would not start its engine
        spec = altair.Chart(pandas.DataFrame({"x": [1.0]})).mark_bar().encode(x="x:Q").to_dict()
        if draw:
            vl_convert.vegalite_to_svg(spec)
    except Exception:   # a page that draws one reports what fails, in its own cell
        pass


_frozen_for: list[tuple] = []   # the state of the data files whose ledger and outcomes `preload` froze
_frozen_after_collecting: list[int] = []   # how many objects were frozen after the last collection `preload` made
# How much the frozen objects may grow, as the data changes, before `preload` lets them back and collects: each change
# leaves the earlier ledger's objects that refer to one another frozen (about a thousand at 5 articles, about 36,000
# at 200), and collecting every object took 0.4 to 0.5 s at 200 articles, in the edit's path.
FROZEN_GROWTH = 1.5


def preload() -> None:
    """Load the ledger and work out every outcome as a page of this checkout does (`load_ledger()` under the
    standard rules, `outcomes(ledger)`), outside any page: the shared loaders keep them with the keys they noted, and
    the first page is handed them, noting those keys, as the next pages are (see `_share_the_ledger_and_verdicts`).

    What they make lives as long as the data does, and is put out of the collector's reach, as the warm-up's imports
    are (`warm_up`): each page's reset collects, and went through all of it, a time that grew with the corpus (at 200
    articles a collection took 0.10 s with them loaded, none that could be measured with them frozen; a page's reset
    took under 0.01 s at 5 articles, 0.11 s at 200, medians of one clean build each). When the data changed since an
    earlier preload (a kernel kept between builds), the loaders dropped the old ledger, but what of it refers to
    itself stays frozen: once the frozen objects have grown by FROZEN_GROWTH since the last collection, they are let
    back and collected."""
    from factcheck import paths
    from factcheck.report import register

    state = _data_state(paths.ROOT)
    try:
        register.outcomes(_standard_ledger())
    except Exception:   # the first page loads them again, and reports what fails in its own cell
        pass
    gc.freeze()
    changed = bool(_frozen_for) and _frozen_for[0] != state
    if changed and gc.get_freeze_count() > FROZEN_GROWTH * _frozen_after_collecting[0]:
        gc.unfreeze()
        gc.collect()
        gc.freeze()
        _frozen_after_collecting.clear()
    if not _frozen_after_collecting:
        _frozen_after_collecting.append(gc.get_freeze_count())
    _frozen_for[:] = [state]


def outcome_idents(wanted: list[str]) -> str:
    """For the build's planner, between pages: `current_outcomes` (factcheck.checks.kept) of the wanted outcomes
    ("<check_id>@<rules>"), on the ledger this kernel loaded, as JSON ({"ok": ...}, or {"error": ...} when it
    failed: the build then works them out itself, and reports what fails). Here the ledger is loaded, every outcome
    under the standard rules worked out and pandas imported: the build need not import pandas for them."""
    def idents() -> dict:
        from factcheck.checks.kept import current_outcomes
        from factcheck.report.register import loaded_checks

        ledger = _standard_ledger()
        return current_outcomes(loaded_checks(ledger.checks_file, ledger), ledger, set(wanted))

    return _answer(idents)


def publish_data(folder: str, project_root: str) -> str:
    """For the build, between pages: the downloadable data package written into folder
    (factcheck.report.publish.write_data_package) from this kernel's ledger and outcomes, as JSON ({"ok": the
    files written}, or {"error": ...}: the build then writes it itself, and reports what fails). They are the
    objects every page of this kernel is handed, which pages only read (see the module's docstring); the ledger
    is this checkout's (the package's root), so a kernel of another checkout declines."""
    def written() -> list[str]:
        from factcheck import paths
        from factcheck.report.publish import write_data_package

        if Path(project_root).resolve() != Path(paths.ROOT).resolve():
            raise RuntimeError(f"this kernel reads {paths.ROOT}, not {project_root}")
        return write_data_package(Path(folder), Path(project_root), _standard_ledger())

    return _answer(written)


def _standard_ledger():
    """The ledger a page of this checkout loads first (`load_ledger()`), as `preload` loads it."""
    from factcheck.ledger import claims
    from factcheck.ledger.hedges import rules_from

    return claims.load_ledger(None, rules=rules_from("standard"), draft=False)


def _answer(work) -> str:
    try:
        return json.dumps({"ok": work()})
    except Exception as error:   # the build does the work itself, and reports what fails there
        return json.dumps({"error": f"{type(error).__name__}: {error}"})


def begin_page(working_folder: str, project_root: str) -> None:
    shell = get_ipython()  # noqa: F821  (defined inside IPython)
    gc.enable()   # on already, unless the warm-up never ran (see kernel_launcher)
    shell.reset(new_session=True)  # namespace, history, and In [1] again
    warnings.resetwarnings()  # also forgets which warnings were already shown
    warnings.filters[:] = _warning_filters
    os.chdir(working_folder)
    usage.start(project_root, TRACKED_DATA)


def end_page() -> str:
    """What the page read, as JSON (read back through a user expression)."""
    return json.dumps(usage.stop())


def _share_the_ledger_and_verdicts() -> None:
    from factcheck.ledger import claims as ledger
    from factcheck import paths
    from factcheck.checks.kept import kept_ledger
    from factcheck.report import register

    loaded: dict = {}
    handed_out: dict[int, tuple] = {}
    evaluated: dict = {}
    load_ledger, outcomes = ledger.load_ledger, register.outcomes

    def shared_load_ledger(root=None, rules=ledger.STANDARD, draft=False):
        state = _data_state(Path(root) if root else paths.ROOT)
        key = (str(root), repr(rules), draft, state)
        if key not in loaded:
            with usage.captured() as keys:
                result = kept_ledger(root, rules, draft, load_ledger)
            mark(f"kernel: ledger loaded ({rules.name if hasattr(rules, 'name') else 'rules'})")
            for old in [k for k in loaded if k[:1] == key[:1] and k[3] != state]:
                del loaded[old]  # the data changed since: forget what was loaded from it
            loaded[key] = (result, keys)
            handed_out[id(result)] = key
        result, keys = loaded[key]
        usage.note_all(keys)
        return result

    def shared_outcomes(ledger_=None, checks_file=None):
        if ledger_ is None:
            ledger_ = shared_load_ledger()
        key = handed_out.get(id(ledger_))
        if checks_file is not None or key not in loaded or loaded[key][0] is not ledger_:
            return outcomes(ledger_, checks_file)  # a ledger of the page's own making
        if key not in evaluated:
            with usage.captured() as keys:
                results = outcomes(ledger_)
            mark("kernel: every outcome worked out")
            for old in [k for k in evaluated if k not in loaded]:
                del evaluated[old]
            evaluated[key] = (results, keys)
        results, keys = evaluated[key]
        usage.note_all(keys)
        return results

    shared_load_ledger.__doc__, shared_outcomes.__doc__ = load_ledger.__doc__, outcomes.__doc__
    ledger.load_ledger, register.outcomes = shared_load_ledger, shared_outcomes


def _data_state(root: Path) -> tuple:
    """Names, sizes and times of the data files: a new state when any of them changes."""
    state = []
    for folder in ("data", "seeds"):
        for entry in sorted(os.scandir(root / folder), key=lambda e: e.name) if (root / folder).is_dir() else []:
            if entry.is_file():
                info = entry.stat()
                state.append((folder, entry.name, info.st_size, info.st_mtime_ns))
    return tuple(state)
