"""Run inside a warm kernel (see `kernel`): imports done once, a clean slate before each page.

A page run in a kernel that ran another page before must come out byte for byte
as it would from a fresh kernel. Between pages: the user namespace, the history
and the execution counter are reset, warnings already shown may be shown again,
and the working folder is the template's, as papermill would start it.
"""
from __future__ import annotations

import importlib
import json
import os
import warnings

from .. import usage

# Read with the ledger's accessors, which note them claim by claim (see factcheck.usage).
TRACKED_DATA = ("data/claims.csv", "data/non_claims.csv", "data/checks.yml", "seeds")

_warning_filters: list = []


def warm_up(modules: list[str]) -> None:
    """Import what the templates import, once for all the pages this kernel will run."""
    for name in modules:
        try:
            importlib.import_module(name)
        except ImportError:
            pass  # the page that imports it will report it, in its own cell
    _warning_filters[:] = warnings.filters


def begin_page(working_folder: str, project_root: str) -> None:
    shell = get_ipython()  # noqa: F821  (defined inside IPython)
    shell.reset(new_session=True)  # namespace, history, and In [1] again
    warnings.resetwarnings()  # also forgets which warnings were already shown
    warnings.filters[:] = _warning_filters
    os.chdir(working_folder)
    usage.start(project_root, TRACKED_DATA)


def end_page() -> str:
    """What the page read, as JSON (read back through a user expression)."""
    return json.dumps(usage.stop())
