"""Render the book with Jupyter Book 1.x's Sphinx set-up, keeping Sphinx's environment between builds.

Run as a separate process by `site.build_site`:

    python -m factcheck.pipeline.render SITE_ROOT STATE_FOLDER JOBS [--wait]

With --wait it imports Sphinx and the book's extensions, then waits for a line on
its standard input: "go" renders, anything else ends it. The build starts it so
while the pages are still executing, which hides the imports (about 2 s).

It does what `jupyter-book build SITE_ROOT -n -W --keep-going` does (the same
configuration, from `jupyter_book.config.get_final_config`), with two
differences: the output and Sphinx's pickled environment stay in STATE_FOLDER,
so the next build reads and writes only the pages that changed; and pages are
read and written by JOBS processes. A page that pastes a glued value from
another page (`{glue}` with `:doc:`) is noted as depending on that page, so it
is rendered again when the other changes.
"""
from __future__ import annotations

import re
import sys
from pathlib import Path

# sphinx-external-toc always loads sphinx-multitoc-numbering, which does not say whether it is
# parallel-safe (Sphinx then warns, an error under -W). It only replaces how section numbers are
# assigned, once, in the main process after reading; with `use_multitoc_numbering: false` not even that.
PARALLEL_SAFE_UNDECLARED = ("sphinx_multitoc_numbering",)
GLUE_FROM_OTHER_PAGE = re.compile(r"^\s*:doc:\s*(\S+)\s*$|\{glue[:\w]*\}`[^`]*?<?([\w./-]+\.(?:ipynb|md))::", re.M)


def render(site_root: Path, state: Path, jobs: int) -> int:
    _same_as_a_fresh_render(state / "html")
    from jupyter_book.config import get_final_config
    from sphinx.application import Sphinx
    from sphinx.util.docutils import docutils_namespace, patch_docutils

    sphinx_config, _ = get_final_config(
        user_yaml=site_root / "_config.yml",
        cli_config={"external_toc_path": (site_root / "_toc.yml").as_posix(), "latex_individualpages": False,
                    "nitpicky": True},
        sourcedir=site_root, use_external_toc=True)
    with patch_docutils(site_root), docutils_namespace():
        app = Sphinx(srcdir=site_root, confdir=None, outdir=state / "html", doctreedir=state / "doctrees",
                     buildername="html", confoverrides=sphinx_config, status=sys.stdout, warning=sys.stderr,
                     freshenv=False, warningiserror=True, keep_going=True, parallel=jobs)
        for name in PARALLEL_SAFE_UNDECLARED:
            if name in app.extensions:
                app.extensions[name].parallel_read_safe = app.extensions[name].parallel_write_safe = True
        app.connect("source-read", _note_pages_glued_from)
        app.build()
        return app.statuscode


def _same_as_a_fresh_render(html: Path) -> None:
    """Two things an incremental Sphinx build writes differently from a fresh one; both are undone here.

    * myst-nb writes its stylesheet only when the build finishes, so a fresh build links it
      without the `?v=checksum` Sphinx adds to files already in the output: removing it first
      keeps the links of pages written now like those of a fresh build.
    * Sphinx's search index keeps words that no page holds any more, with an empty list of pages;
      a fresh build has none of them."""
    for stylesheet in html.glob("_static/mystnb.*.css"):
        stylesheet.unlink()
    from sphinx.search import IndexBuilder

    if getattr(IndexBuilder.get_terms, "drops_empty_terms", False):
        return
    get_terms = IndexBuilder.get_terms

    def get_terms_of_pages_that_exist(self, fn2index):
        return tuple({term: pages for term, pages in terms.items() if pages != []} for terms in get_terms(self, fn2index))

    get_terms_of_pages_that_exist.drops_empty_terms = True
    IndexBuilder.get_terms = get_terms_of_pages_that_exist


def _note_pages_glued_from(app, docname: str, source: list[str]) -> None:
    for match in GLUE_FROM_OTHER_PAGE.finditer(source[0]):
        other = match.group(1) or match.group(2)
        path = (Path(app.env.doc2path(docname)).parent / other).resolve()
        if path.exists():
            app.env.note_dependency(str(path))


def _import_ahead(site_root: Path) -> None:
    import importlib

    from jupyter_book.config import get_final_config
    from sphinx.application import Sphinx  # noqa: F401

    sphinx_config, _ = get_final_config(user_yaml=site_root / "_config.yml", cli_config={"latex_individualpages": False},
                                        sourcedir=site_root, use_external_toc=True)
    for name in sphinx_config.get("extensions", []):
        try:
            importlib.import_module(name)
        except ImportError:
            pass  # Sphinx will say so, in its own words


if __name__ == "__main__":
    site, state_folder, processes = sys.argv[1:4]
    if "--wait" in sys.argv[4:]:
        _import_ahead(Path(site))
        if sys.stdin.readline().strip() != "go":
            sys.exit(0)
    sys.exit(render(Path(site).resolve(), Path(state_folder).resolve(), int(processes)))
