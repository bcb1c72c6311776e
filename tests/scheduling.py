"""How `make test` shares the suite between its two test processes (pytest-xdist): the units of work and their order.

tests/conftest.py hands these to pytest-xdist (`pytest_xdist_make_scheduler`, `pytest_collection_modifyitems`);
they live here, in a module of their own name, so tests/test_scheduling.py imports exactly this file (`import
conftest` finds whichever of the suite's conftest files Python met first).
"""
from __future__ import annotations

import re

# Each test belongs to a unit: its file's name (the unit `--dist loadfile` would make), except in the files below,
# whose tests share no module fixture that costs more than a browser start (their builds are session copies shared
# by both processes, tests/buildcopies.py): there each test is a unit of its own, so the two processes can share
# the file's work. test_site.py's page visits are one unit per colour scheme (the fixture's parameter).
# Units start in ORDER (the longest first, so that neither process is left alone with a long one at the end), then
# in collection order. The first two need no common build: one process builds the site copy the browser tests read
# while the other runs the README's commands in a copy of its own.
SPLIT_PER_TEST = ("tests/pipeline/test_pipeline.py", "tests/byo/test_new_article.py", "tests/browser/test_hostile_site.py",
                  "tests/pipeline/test_nbval.py", "tests/pipeline/test_serve.py", "tests/byo/test_classbook.py",
                  "tests/workshop/test_variants.py")
SPLIT_PER_PARAMETER = {"tests/browser/test_site.py": "visits"}
ORDER = ("tests/browser/test_site.py::visits(light)", "tests/test_readme.py",
         "tests/browser/test_site.py::visits(dark)", "tests/test_hostile_input.py",
         "tests/pipeline/test_nbval.py", "tests/browser/test_serve_reload.py", "tests/pipeline/test_serve.py",
         "tests/browser/test_hostile_site.py", "tests/pipeline/test_pipeline.py", "tests/byo/test_new_article.py",
         "tests/browser/test_reader.py", "tests/byo/test_classbook.py", "tests/workshop/test_variants.py",
         "tests/pipeline/test_site_assets.py", "tests/pipeline/test_validate.py", "tests/test_bad_inputs.py",
         "tests/test_reconcile.py", "tests/workshop/test_variant_items.py")


def unit(nodeid: str) -> str:
    """The unit of work a test belongs to, from its node id."""
    path = nodeid.split("::", 1)[0]
    view = re.search(r"\[([^\]]+)\]$", nodeid)
    if path in SPLIT_PER_PARAMETER and view:
        return f"{path}::{SPLIT_PER_PARAMETER[path]}({view.group(1)})"
    return nodeid if path in SPLIT_PER_TEST else path


def make_scheduler(config, log):
    """`--dist loadgroup` with the units above. pytest-xdist 3.8 marks a test's group by rewriting `item._nodeid`,
    which pytest 9 no longer reads: its own loadgroup silently schedules every test alone (both processes then
    loaded every page of a view). The scheduler is xdist's, told the units directly."""
    if config.getvalue("dist") != "loadgroup":
        return None
    from xdist.scheduler import LoadScopeScheduling

    class Units(LoadScopeScheduling):
        def _split_scope(self, nodeid: str) -> str:
            return unit(nodeid)

    return Units(config, log)


def rank(group: str) -> int:
    return next((rank for rank, start in enumerate(ORDER) if group.startswith(start)), len(ORDER))
