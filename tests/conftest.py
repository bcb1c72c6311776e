"""Shared fixtures: a tiny repository written for the tests, and the real one."""
from __future__ import annotations

import hashlib
import os
import shutil
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent

# No build of the suite takes kernels from a warm pool or leaves one running (factcheck/pipeline/warm.py), whether
# it runs in this process or in a subprocess (which inherits this): tests/pipeline/test_warm.py turns it on for its
# own builds, and stops the pools they start.
os.environ["FACTCHECK_WARM"] = "0"
# One hash seed for the run, drawn at random (and shown in the run's header), for the test processes and every
# process they start: a process forked by a zygote (zygotes, below) has its zygote's seed, so the seed must be
# fixed for it to be the one a process started anew would have. Drawn anew each run, so that a page or a test whose
# output hangs on the seed still fails sooner or later, as when each process drew its own; the builds whose bytes
# are compared with the others' draw their own besides (tests/buildcopies.py: second, and the clean build of the
# edited data). (Set once, by the first process to import this file: pytest-xdist's workers inherit it.) A build's
# workers give its kernels 0, whatever this is (execute.prepare_worker).
os.environ.setdefault("PYTHONHASHSEED", str(1 + int.from_bytes(os.urandom(4), "big") % 4294967295))
# Every page any build of the suite renders has its sidebar compared with the theme's own (pipeline/sidebar.py):
# a sidebar derived wrongly fails the build that wrote it.
os.environ["FACTCHECK_CHECK_SIDEBAR"] = "1"

TINY_TEXT = "Officials said almost 100 of a little more than 6,000 requests were refused in November 2015, about 1.6 percent.\n"


def write_tiny_repo(root: Path) -> Path:
    """A one-document repository: a seed, its provenance, two claim tables and the schema."""
    (root / "seeds").mkdir(parents=True)
    (root / "data").mkdir()
    seed = root / "seeds" / "tiny.txt"
    seed.write_text(TINY_TEXT, encoding="utf-8")
    sha = hashlib.sha256(seed.read_bytes()).hexdigest()
    (root / "seeds" / "sources.yml").write_text(f"""documents:
  - id: tiny
    file: tiny.txt
    sha256: {sha}
    outlet: {{name: Test Gazette, stated: false, evidence: "written for the test"}}
    headline: {{text: "A tiny article", own: false}}
    date:
      published: null
      earliest: 2015-12-01
      latest: 2016-12-31
      evidence:
        - quote: "November 2015"
          start: 79
          end: 92
          why: "the data runs through this month"
    people_quoted: []
    artefacts: []
""", encoding="utf-8")
    shutil.copy(REPO / "data" / "datapackage.json", root / "data" / "datapackage.json")
    header = "claim_id,doc_id,start,end,quote,value,value_to,unit,hedge,precision,low,high,bounds,metric,period,population,speaker,note,words,condition\n"
    (root / "data" / "claims.csv").write_text(
        header
        + "tiny-01,tiny,15,25,almost 100,100,,requests,almost,100,90,100,[),requests_declined,2015-11,test,outlet,,,\n"
        + "tiny-02,tiny,29,53,\"a little more than 6,000\",6000,,requests,a little more than,1000,6000,6600,(],requests,2015-11,test,outlet,,,\n"
        + "tiny-03,tiny,94,111,about 1.6 percent,1.6,,percent,about,0.1,1.52,1.68,[],refusal_rate,2015-11,test,outlet,,,\n",
        encoding="utf-8")
    (root / "data" / "non_claims.csv").write_text(
        "doc_id,start,end,text,kind,reason\n"
        "tiny,79,92,November 2015,date,the month the figures describe\n", encoding="utf-8")
    return root


@pytest.fixture(scope="session", autouse=True)
def machine_cache(tmp_path_factory) -> Path:
    """The folder where the suite's builds keep what they would keep in the user's cache (chart drawings and
    specs: factcheck/files/user_cache.machine_folder): one for the run, shared by its test processes, so that the copies
    the tests build draw each chart once, and nothing is read from or left in the user's cache."""
    base = tmp_path_factory.getbasetemp()
    folder = (base.parent if os.environ.get("PYTEST_XDIST_WORKER") else base) / "machine-cache"
    os.environ["FACTCHECK_CACHE"] = str(folder)
    return folder


def pytest_report_header(config):
    return f"hash seed of the suite's processes: PYTHONHASHSEED={os.environ['PYTHONHASHSEED']}"


@pytest.fixture(scope="session", autouse=True)
def zygotes():
    """Zygotes for this test process (factcheck/pipeline/zygote.py): the kernels of the builds,
    papermill runs and nbval runs it starts are forked from a process that imported ipykernel and pandas (and, for a
    build's, Altair) once, and the builds' render processes from one that imported Sphinx and myst-nb once, not
    started anew (about 0.6 processor seconds less each: benchmarks/zygote.py). The shared copy second and the clean
    build of the edited data (tests/buildcopies.py), and the commands whose processes a test looks for once they end
    (tests/leftovers.py, tests/serving.py), start theirs anew, as a reader's build does (FACTCHECK_ZYGOTES set
    empty): second must give first's bytes, and the one-claim edit the clean build's. A zygote that cannot fork the
    very process one started anew would be leaves it to be started anew."""
    from factcheck.pipeline.zygote import VARIABLE
    from factcheck.pipeline.socket_folder import make_socket_folder
    from zygotes import zygotes_for_this_process

    # every kernel started anew: to measure what the zygotes save, or where a zygote cannot watch its starter
    if os.environ.get(VARIABLE) == "off" or sys.platform != "linux" or not hasattr(os, "pidfd_open"):
        os.environ[VARIABLE] = ""
        yield None
        return
    folder = Path(make_socket_folder("factcheck-zygote-"))
    try:
        with zygotes_for_this_process(folder):
            os.environ[VARIABLE] = str(folder)
            yield folder
            del os.environ[VARIABLE]
        if os.environ.get("FACTCHECK_ZYGOTE_LOG"):   # what they forked and refused, for a person measuring the suite
            for log in folder.glob("*.log"):
                shutil.copy(log, f"{os.environ['FACTCHECK_ZYGOTE_LOG']}-{os.getpid()}-{log.name}")
    finally:
        shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture
def tiny_repo(tmp_path) -> Path:
    return write_tiny_repo(tmp_path / "repo")


@pytest.fixture
def replace_line():
    """Replace one 1-based line of a file (for writing broken fixtures)."""
    def replace(path: Path, line_number: int, new_line: str) -> None:
        lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
        lines[line_number - 1] = new_line.rstrip("\n") + "\n"
        path.write_text("".join(lines), encoding="utf-8")
    return replace


@pytest.fixture
def article_file(tmp_path) -> Path:
    """A participant's article for `new-article` (see participant.py)."""
    from participant import ARTICLE_TEXT

    path = tmp_path / "article.txt"
    path.write_text(ARTICLE_TEXT, encoding="utf-8")
    return path


@pytest.fixture
def real_data_copy(tmp_path) -> Path:
    """A scratch copy of the report's own data, seeds and _config.yml, for tests that edit them."""
    for folder in ("data", "seeds"):
        shutil.copytree(REPO / folder, tmp_path / folder)
    shutil.copy(REPO / "_config.yml", tmp_path / "_config.yml")
    return tmp_path


@pytest.fixture
def temporary() -> Path:
    """A command's own temporary folder (its TMPDIR), for a test that looks at what the command left in it
    (leftovers.short_temporary_folder), removed after."""
    from leftovers import short_temporary_folder

    folder = short_temporary_folder()
    yield folder
    shutil.rmtree(folder, ignore_errors=True)


# Scheduling for `make test` (`pytest -n 2 --dist loadgroup --no-loadscope-reorder`, see the Makefile).
# How the suite is shared between the two test processes: tests/scheduling.py.
from scheduling import make_scheduler, rank, unit  # noqa: E402  (tests/ is on the path, as for buildcopies)

if os.environ.get("FACTCHECK_SUITE_CLOCK"):   # benchmarks/suite.py is timing the suite: each test's processor time
    from suite_clock import pytest_runtest_protocol  # noqa: E402,F401  (a hook: pytest finds it by its name)


@pytest.hookimpl(optionalhook=True)
def pytest_xdist_make_scheduler(config, log):
    return make_scheduler(config, log)


def pytest_collection_modifyitems(config, items):
    items.sort(key=lambda item: rank(unit(item.nodeid)))  # stable: collection order within a rank
