"""factcheck.pipeline.execution_clients: a render process imports myst-nb's execution clients (and jupyter-cache,
SQLAlchemy) only if it makes one; a configuration that executes notebooks still gets myst-nb's own client."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


def _book_with_a_notebook(root: Path) -> None:
    notebook = {"cells": [{"cell_type": "markdown", "metadata": {}, "source": "# A page\n"},
                          {"cell_type": "code", "execution_count": 1, "metadata": {}, "source": "1 + 1",
                           "outputs": [{"output_type": "execute_result", "execution_count": 1, "metadata": {},
                                        "data": {"text/plain": "2"}}]}],
                "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3", "language": "python"}},
                "nbformat": 4, "nbformat_minor": 5}
    root.mkdir(parents=True)
    (root / "_config.yml").write_text('title: "A small book"\nonly_build_toc_files: true\nexclude_patterns: [_build]\n'
                                      'execute:\n  execute_notebooks: "off"\n', encoding="utf-8")
    (root / "_toc.yml").write_text("format: jb-book\nroot: index\nchapters:\n- file: page\n", encoding="utf-8")
    (root / "index.md").write_text("# The book\n", encoding="utf-8")
    (root / "page.ipynb").write_text(json.dumps(notebook), encoding="utf-8")


def test_a_render_process_renders_a_notebook_without_importing_jupyter_cache(tmp_path):
    site, state = tmp_path / "site", tmp_path / "state"
    _book_with_a_notebook(site)
    done = subprocess.run([sys.executable, "-X", "importtime", "-m", "factcheck.pipeline.render", str(site), str(state),
                           "1"], capture_output=True, text=True, cwd=REPO)
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    imported = {line.rsplit("|", 1)[-1].strip() for line in done.stderr.splitlines() if line.startswith("import time:")}
    assert "myst_nb.core.execute" in imported, "myst-nb no longer imports its clients here: is the deferral needed?"
    assert not {name for name in imported if name.split(".")[0] in ("jupyter_cache", "sqlalchemy")}
    page = (state / "html" / "page.html").read_text(encoding="utf-8")
    assert '<div class="output text_plain' in page and "<pre><span></span>2\n" in page, "the cell's output is shown"


EXECUTING = """
import json, logging, sys
from factcheck.pipeline import execution_clients
execution_clients.defer()
import myst_nb.sphinx_ext, nbformat
from myst_nb.core.config import NbParserConfig
from myst_nb.core.execute import create_client
from myst_nb.core.execute.base import NotebookClientBase
assert "jupyter_cache" not in sys.modules
notebook = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell("1 + 1")])   # no output yet: `auto` executes
made = {}
for mode in ("cache", "force", "auto"):
    client = create_client(notebook, sys.argv[1], NbParserConfig(execution_mode=mode, execution_cache_path=sys.argv[2]),
                           logging.getLogger("test"), read_fmt={"name": "given"})
    module = sys.modules[type(client).__module__]
    assert isinstance(client, NotebookClientBase) and type(client) is getattr(module, type(client).__name__)
    made[mode] = {"class": type(client).__name__, "file": module.__file__, "kwargs": client._kwargs,
                  "imported once": execution_clients.real_module(module.__name__) is module}
assert "jupyter_cache" in sys.modules
print(json.dumps(made))
"""


def test_a_configuration_that_executes_gets_myst_nbs_own_client_class_with_its_arguments(tmp_path):
    page = tmp_path / "page.ipynb"
    page.write_text("{}", encoding="utf-8")
    done = subprocess.run([sys.executable, "-c", EXECUTING, str(page), str(tmp_path / "cache")], capture_output=True,
                          text=True, cwd=REPO)
    assert done.returncode == 0, done.stderr[-3000:]
    made = json.loads(done.stdout)
    for mode, (name, file) in {"cache": ("NotebookClientCache", "cache.py"), "force": ("NotebookClientDirect", "direct.py"),
                               "auto": ("NotebookClientDirect", "direct.py")}.items():
        assert made[mode]["class"] == name and made[mode]["file"].endswith(f"myst_nb/core/execute/{file}"), made[mode]
        assert made[mode]["imported once"], mode
    assert made["cache"]["kwargs"] == {"read_fmt": {"name": "given"}}, "an argument given by keyword is passed on"


def test_a_stand_in_made_from_several_threads_at_once_gives_each_the_real_client(tmp_path):
    """Sphinx reads in one thread, or in forked processes; a stand-in is still safe from threads."""
    script = EXECUTING.split("made = {}")[0] + """
from concurrent.futures import ThreadPoolExecutor
config = NbParserConfig(execution_mode="cache", execution_cache_path=sys.argv[2])
def make(_):
    return type(create_client(notebook, sys.argv[1], config, logging.getLogger("test"))).__module__
with ThreadPoolExecutor(8) as threads:
    print(json.dumps(sorted(set(threads.map(make, range(8))))))
"""
    page = tmp_path / "page.ipynb"
    page.write_text("{}", encoding="utf-8")
    done = subprocess.run([sys.executable, "-c", script, str(page), str(tmp_path / "cache")], capture_output=True,
                          text=True, cwd=REPO)
    assert done.returncode == 0, done.stderr[-3000:]
    assert json.loads(done.stdout) == ["myst_nb.core.execute.cache"]


def test_deferring_after_myst_nb_was_imported_leaves_its_modules_as_they_are():
    """A stand-in put in place then would hide a module myst-nb has already bound (a process that imported it first)."""
    script = """
import sys
import myst_nb.sphinx_ext
from factcheck.pipeline import execution_clients
before = {name: sys.modules[name] for name in execution_clients.DEFERRED}
execution_clients.defer()
assert all(sys.modules[name] is module for name, module in before.items()), "a stand-in replaced a real module"
"""
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, cwd=REPO)
    assert done.returncode == 0, done.stderr[-3000:]
