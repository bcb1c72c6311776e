"""How `make test` shares the suite between its two processes (tests/scheduling.py): units pytest-xdist really keeps
together, in the order given, naming files that exist."""
from __future__ import annotations

import re
import sys
from pathlib import Path
from types import SimpleNamespace

import pytest

import scheduling

TESTS = Path(__file__).resolve().parent
MAKEFILE = TESTS.parent / "Makefile"


class Config:
    """What pytest-xdist's scheduler reads of the configuration."""
    def __init__(self, dist: str):
        self.option = SimpleNamespace(dist=dist, loadscopereorder=False, numprocesses=2, tx=["popen"] * 2)

    def getvalue(self, name):
        return getattr(self.option, name)


def unit_of(nodeid: str) -> str:
    """The unit `make test`'s scheduler (the one tests/scheduling.py gives pytest-xdist) puts a test in."""
    scheduler = scheduling.make_scheduler(Config("loadgroup"), log=None)
    return scheduler._split_scope(nodeid)


def test_the_tests_of_one_page_view_are_one_unit_and_each_view_its_own():
    """pytest-xdist's own loadgroup scheduled each test alone under pytest 9: both processes loaded every page."""
    loads = "tests/browser/test_site.py::test_every_page_loads[light]"
    axe = "tests/browser/test_site.py::test_every_page_passes_axe[light]"
    dark = "tests/browser/test_site.py::test_every_page_passes_axe[dark]"
    assert unit_of(loads) == unit_of(axe) != unit_of(dark)
    assert unit_of("tests/browser/test_site.py::test_the_axe_check_catches") == "tests/browser/test_site.py"


def test_a_file_is_one_unit_unless_it_is_split_per_test():
    assert unit_of("tests/ledger/test_hedges.py::test_a[x]") == unit_of("tests/ledger/test_hedges.py::test_b")
    split = scheduling.SPLIT_PER_TEST[0]
    assert unit_of(f"{split}::test_a[x]") != unit_of(f"{split}::test_b")
    assert scheduling.make_scheduler(Config("loadfile"), log=None) is None, "other modes are xdist's own"


def test_every_file_the_schedule_names_exists():
    named = {entry.split("::")[0] for entry in scheduling.ORDER} | set(scheduling.SPLIT_PER_TEST) | set(
        scheduling.SPLIT_PER_PARAMETER)
    assert sorted(name for name in named if not (TESTS.parent / name).is_file()) == []


@pytest.mark.parametrize("entry", [e for e in scheduling.ORDER if "::" in e])
def test_each_page_view_the_schedule_names_is_a_view_the_fixture_has(entry):
    import importlib.util

    spec = importlib.util.spec_from_file_location("site_views", TESTS / "browser" / "test_site.py")
    module = sys.modules["site_views"] = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)  # the browser tests' own list of views
    assert re.search(r"\((\w+)\)$", entry).group(1) in module.SCHEMES, entry


def test_make_test_runs_the_groups_in_the_schedules_order():
    line = next(line for line in MAKEFILE.read_text(encoding="utf-8").splitlines() if "-m pytest" in line)
    assert "--dist loadgroup" in line and "--no-loadscope-reorder" in line, line
