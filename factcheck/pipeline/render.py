"""Render the book with Jupyter Book 1.x's Sphinx set-up, keeping Sphinx's environment between builds.

Run as a separate process by `site.build_site`:

    python -m factcheck.pipeline.render SITE_ROOT STATE_FOLDER JOBS [--wait]

With --wait it sets Sphinx up ahead (`Prepared`: imports, the book's configuration,
the application with its extensions and pickled environment, the theme's templates
compiled), prints "render ready: N s", then waits for a line on its standard input:
"go" renders (followed by a tab and a file: the timeline to mark, see `timeline`), anything else ends it. The build starts it while the pages are still
executing, and `serve` keeps one ready between edits, which hides the set-up (3-4 s,
most of it imports). `serve` forks its render processes from a forkserver that has done
those imports (`render_forked`, `RENDER_IMPORTS`): one is ready about 1 s after the last
render, so an edit saved soon after it does not wait. If the state it loaded was dropped
meanwhile, it sets up again before rendering.
It prints the seconds of each phase ("render phases: ...") for serve's profile.

It does what `jupyter-book build SITE_ROOT -n -W --keep-going` does (the same
configuration, from `jupyter_book.config.get_final_config`), with two
differences: the output and Sphinx's pickled environment stay in STATE_FOLDER,
so the next build reads and writes only the pages that changed; and pages are
read and written by JOBS processes. A page that pastes a glued value from
another page (`{glue}` with `:doc:`) is noted as depending on that page, so it
is rendered again when the other changes.

The state does not tie the site to its folder: Sphinx drops a pickled environment made in
another folder ("source directory has changed") and reads every page again, so a moved or
copied repository (with `_build/`, its time stamps kept) rendered the whole site again. The
environment is moved to the site's folder instead (`_relocate`), and the table of contents is
named relative to it; a page is then read again if it, or what it depends on, is newer, or if its
content is not the content last read (`_changed_since_moved`).

Each page's sidebar is the theme's, made once per folder and moved to the page (`sidebar.py`): made for every page, it
cost a page a time that grew with the number of articles.
"""
from __future__ import annotations

import functools
import os
import re
import sys
import time
from pathlib import Path

from factcheck.pipeline.sidebar import make_once_per_folder as make_sidebar_once_per_folder
from factcheck.pipeline.timeline import mark

# sphinx-external-toc always loads sphinx-multitoc-numbering, which does not say whether it is
# parallel-safe (Sphinx then warns, an error under -W). It only replaces how section numbers are
# assigned, once, in the main process after reading; with `use_multitoc_numbering: false` not even that.
PARALLEL_SAFE_UNDECLARED = ("sphinx_multitoc_numbering",)
GLUE_FROM_OTHER_PAGE = re.compile(r"^\s*:doc:\s*(\S+)\s*$|\{glue[:\w]*\}`[^`]*?<?([\w./-]+\.(?:ipynb|md))::", re.M)


def render(site_root: Path, state: Path, jobs: int, prepared: "Prepared | None" = None) -> int:
    """Render what changed; `prepared`: a Sphinx application set up ahead, used if the state is still the one it
    loaded (otherwise it is dropped and the application set up again)."""
    started = time.perf_counter()
    if prepared is None or not prepared.still_current():
        if prepared is not None:
            prepared.close()
        prepared = Prepared(site_root, state, jobs)
    try:
        setup = prepared.seconds if prepared.ahead else time.perf_counter() - started
        _same_as_a_fresh_render(state / "html")
        app = prepared.app
        _write_few_pages_in_process(app.builder)
        phases = _timed_phases(app.builder)
        phases["setup"] = 0.0 if prepared.ahead else setup
        app.build()
        print(PHASES_LINE + ", ".join(f"{name} {seconds:.2f} s" for name, seconds in phases.items())
              + (f" (set up ahead in {setup:.2f} s)" if prepared.ahead else ""), flush=True)
        return app.statuscode
    finally:
        prepared.close()


class Prepared:
    """Jupyter Book's configuration read and the Sphinx application made (extensions set up, the pickled
    environment loaded): about 1 s that a render process started ahead spends while the pages execute.

    The application is used only if what it read is unchanged when the render starts: the configuration and
    table of contents, and the pickled environment (the build drops the state when the site's frame changes)."""

    def __init__(self, site_root: Path, state: Path, jobs: int):
        import contextlib

        from jupyter_book.config import get_final_config
        from sphinx.application import Sphinx
        from sphinx.util.docutils import docutils_namespace, patch_docutils

        begun = time.perf_counter()
        self.site_root, self.state, self.ahead = Path(site_root), Path(state), False
        self.stamp = self._stamp()
        self.context = contextlib.ExitStack()
        sphinx_config, _ = get_final_config(
            user_yaml=site_root / "_config.yml",
            cli_config={"external_toc_path": "_toc.yml", "latex_individualpages": False,  # relative: see _relocate
                        "nitpicky": True},
            sourcedir=site_root, use_external_toc=True)
        _relocate_environments()
        self.context.enter_context(patch_docutils(site_root))
        self.context.enter_context(docutils_namespace())
        try:
            self.app = Sphinx(srcdir=site_root, confdir=None, outdir=state / "html", doctreedir=state / "doctrees",
                              buildername="html", confoverrides=sphinx_config, status=sys.stdout, warning=sys.stderr,
                              freshenv=False, warningiserror=True, keep_going=True, parallel=jobs)
        except BaseException:
            self.context.close()
            raise
        for name in PARALLEL_SAFE_UNDECLARED:
            if name in self.app.extensions:
                self.app.extensions[name].parallel_read_safe = self.app.extensions[name].parallel_write_safe = True
        self.app.connect("source-read", _note_pages_glued_from)
        self.app.connect("env-get-outdated", _changed_since_moved)
        self.app.connect("env-before-read-docs", _note_source_digests)
        _write_toctree_parents_only_when_navigation_changed(self.app)
        make_sidebar_once_per_folder(self.app)
        _keep_compiled_templates(self.app, state.parent / TEMPLATE_CACHE)
        self.seconds = time.perf_counter() - begun

    def compile_templates(self) -> None:
        """Compile the theme's page templates now (Jinja compiles each on first use: about 0.3 s of a one-page
        render). Compiling changes nothing written; a template that does not compile is left to the render."""
        templates = getattr(self.app.builder, "templates", None)
        environment = getattr(templates, "environment", None)
        for folder in getattr(templates, "pathchain", None) or []:
            folder = Path(folder)
            for path in sorted(folder.rglob("*.html")):
                relative = path.relative_to(folder).as_posix()
                for name in (relative, f"{folder.name}/{relative}"):
                    try:
                        environment.get_template(name)
                    except Exception:
                        pass

    def _stamp(self) -> tuple:
        def identity(path: Path):
            try:
                return path.read_bytes() if path.suffix in (".yml", ".yaml") else \
                    (lambda st: (st.st_ino, st.st_mtime_ns, st.st_size))(path.stat())
            except OSError:
                return None

        return tuple(identity(path) for path in (self.site_root / "_config.yml", self.site_root / "_toc.yml",
                                                 self.state / "doctrees" / "environment.pickle",
                                                 self.state / "html" / ".buildinfo"))

    def still_current(self) -> bool:
        return self._stamp() == self.stamp

    def close(self) -> None:
        self.context.close()


def _navigation_of(env, docname: str) -> tuple:
    """What another page shows of this one in its navigation (a toctree, the sidebar, the root page's contents):
    its title, its sections, the pages its own toctree lists and their numbers (Sphinx's toctree reads one item of
    a page's metadata, its tocdepth; its word count, which myst-parser adds, shows only on the page itself)."""
    def shown(node) -> str | None:
        return None if node is None else node.pformat()

    return (shown(env.titles.get(docname)), shown(env.longtitles.get(docname)), shown(env.tocs.get(docname)),
            tuple(env.toctree_includes.get(docname, ())), docname in env.glob_toctrees,
            docname in env.numbered_toctrees, repr(env.toc_secnumbers.get(docname)),
            repr(env.toc_fignumbers.get(docname)), repr(env.metadata.get(docname, {}).get("tocdepth")))


def _index_entries(env, docname: str) -> str:
    """The general index's entries a page gave (Sphinx's index domain)."""
    try:
        return repr(env.get_domain("index").entries.get(docname))
    except Exception:
        return repr(object())   # (never equal: the index is written again)


def _write_toctree_parents_only_when_navigation_changed(app) -> None:
    """Sphinx writes again, beside the pages it read, every page whose toctree holds one of them, up to the root
    page, and the root page always (Builder.write): at 200 articles the root page, with the whole site in its
    navigation, was written at every edit, changed in nothing. Those pages show of the pages read only what
    `_navigation_of` gives; when that is the same for every page read, and no page was added or removed, the
    pages that were not read are written as they were, and are not written again; so are the general index and
    the search page when, besides, no index entry of a page read changed. Otherwise Sphinx's own rule."""
    before: dict[str, tuple] = {}
    wanted: dict[str, set | None] = {"pages": None}
    indexed: dict[str, bool] = {"same": False}   # the general index and the search page: as last written

    def outdated(app, env, added, changed, removed) -> list[str]:
        before.clear()
        before["*"] = not added and not removed
        indexed["same"] = False
        return []

    def note(app, env, docnames) -> None:
        if not (before.get("*") and all(docname in env.all_docs for docname in docnames)):
            before.clear()
            return
        for docname in docnames:
            before[docname] = (_navigation_of(env, docname), _index_entries(env, docname))

    builder = app.builder
    write, prepare_writing = builder.write, builder.prepare_writing

    def write_what_changed(build_docnames, updated_docnames, method="update"):
        env = builder.env
        read = [docname for docname in before if docname != "*"]
        same = (method == "update" and before.get("*") and build_docnames not in (None, ["__all__"])
                and all(_navigation_of(env, docname) == before[docname][0] for docname in read))
        wanted["pages"] = set(build_docnames) | set(updated_docnames) if same else None
        indexed["same"] = bool(same) and all(_index_entries(env, docname) == before[docname][1] for docname in read)
        try:
            return write(build_docnames, updated_docnames, method)
        finally:
            wanted["pages"] = None
            before.clear()

    def prepare_only_what_changed(docnames):
        if wanted["pages"] is not None and isinstance(docnames, set):   # the set Builder.write then writes
            docnames.intersection_update(wanted["pages"])
        return prepare_writing(docnames)

    gen_indices, gen_additional_pages = getattr(builder, "gen_indices", None), getattr(builder, "gen_additional_pages", None)

    def indices_unless_unchanged() -> None:
        """The general index shows the index entries of every page, and the navigation: when neither changed, the
        page written last time is the one it would write (the domains' own indices are written as before)."""
        if indexed["same"] and hasattr(builder, "write_domain_indices"):
            builder.write_domain_indices()
        else:
            gen_indices()

    def additional_pages_unless_unchanged() -> None:
        """The search page shows the navigation and nothing of any page: written again only when that changed."""
        if not indexed["same"] or builder.config.html_additional_pages or builder.config.html_use_opensearch:
            return gen_additional_pages()
        search, builder.search = builder.search, False
        try:
            gen_additional_pages()
        finally:
            builder.search = search

    app.connect("env-get-outdated", outdated)
    app.connect("env-before-read-docs", note)
    builder.write, builder.prepare_writing = write_what_changed, prepare_only_what_changed
    if gen_indices is not None and gen_additional_pages is not None:
        builder.gen_indices, builder.gen_additional_pages = indices_unless_unchanged, additional_pages_unless_unchanged


FEW_PAGES = 4  # written in this process: forking a writer costs more than it saves


def _write_few_pages_in_process(builder) -> None:
    """Sphinx writes in parallel whenever it may, even two pages; an edit's render writes a few."""
    parallel = getattr(builder, "_write_parallel", None)
    if parallel is None or not hasattr(builder, "_write_serial"):
        return

    def write(docnames, nproc):
        return builder._write_serial(docnames) if len(docnames) <= FEW_PAGES else parallel(docnames, nproc)

    builder._write_parallel = write


PHASES_LINE = "render phases: "
READY_LINE = "render ready: "
TIMED = {"read": "read", "copy_assets": "copy static", "_write_serial": "write", "_write_parallel": "write",
         "dump_search_index": "search index", "finish": "finish"}


def _timed_phases(builder) -> dict[str, float]:
    """Seconds spent in each of the builder's phases, filled in as they run (printed at the end: serve's profile)."""
    phases: dict[str, float] = {}
    running: set[str] = set()   # a phase called inside itself (the few pages' write: _write_parallel calls
    # _write_serial) is counted once, not twice

    def timed(name: str, method):
        def run(*args, **kwargs):
            if name in running:
                return method(*args, **kwargs)
            running.add(name)
            begun = time.perf_counter()
            try:
                return method(*args, **kwargs)
            finally:
                running.discard(name)
                phases[name] = phases.get(name, 0.0) + time.perf_counter() - begun
        return run

    for attribute, name in TIMED.items():
        if hasattr(builder, attribute):
            setattr(builder, attribute, timed(name, getattr(builder, attribute)))
    return phases


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

    _index_each_word_once(IndexBuilder)
    _stem_each_word_once(IndexBuilder)
    _section_titles_as_html(IndexBuilder)
    if getattr(IndexBuilder.get_terms, "drops_empty_terms", False):
        return
    get_terms = IndexBuilder.get_terms

    def get_terms_of_pages_that_exist(self, fn2index):
        return tuple({term: pages for term, pages in terms.items() if pages != []} for terms in get_terms(self, fn2index))

    get_terms_of_pages_that_exist.drops_empty_terms = True
    IndexBuilder.get_terms = get_terms_of_pages_that_exist


def _section_titles_as_html(IndexBuilder) -> None:
    """Sphinx 7.4 writes every title of a page into the search index twice: the page's title as HTML, and each
    title (the page's and its sections') as plain text, under `alltitles`; the search page shows a title it found
    there with innerHTML. A participant's headline `<img src=x onerror=alert(1)>` ran as script when a reader
    searched for its words, on the participant's site and in the class book (sphinx-doc/sphinx#13356, merged in
    February 2025, has the search page escape them itself, `_escapeHTML`: where it does, nothing is changed here).
    They are written as HTML, escaped as docutils escapes the page titles (so the search page, which shows "page
    title > section title" where the two differ, shows a page's own title once when it holds `"` or `@`), and read
    back as text (an incremental render loads the index it wrote last), so a fresh render and an incremental one
    write the same. A search holding `&`, `<`, `>`, `"` or `@` no longer matches those characters in a title: the
    words of a page are searched as before."""
    import html

    from docutils.writers.html5_polyglot import HTMLTranslator

    freeze, load = IndexBuilder.freeze, IndexBuilder.load
    if getattr(freeze, "titles_as_html", False) or _search_page_escapes_titles():
        return

    def freeze_as_html(self):
        frozen = freeze(self)
        frozen["alltitles"] = {title.translate(HTMLTranslator.special_characters): places
                               for title, places in frozen["alltitles"].items()}
        return frozen

    class AsText:
        def __init__(self, form):
            self.form = form

        def load(self, stream):
            frozen = self.form.load(stream)
            if isinstance(frozen, dict) and isinstance(frozen.get("alltitles"), dict):
                frozen["alltitles"] = {html.unescape(title): places for title, places in frozen["alltitles"].items()}
            return frozen

    def load_as_text(self, stream, form):
        return load(self, stream, AsText(self.formats[form] if isinstance(form, str) else form))

    freeze_as_html.titles_as_html = True
    IndexBuilder.freeze, IndexBuilder.load = freeze_as_html, load_as_text


def _search_page_escapes_titles() -> bool:
    """Whether the search page of the installed Sphinx escapes a title before showing it (as sphinx-doc/sphinx#13356
    made it do, with `_escapeHTML`; 7.4.7, pinned here, does not)."""
    import sphinx

    script = Path(sphinx.__file__).parent / "themes" / "basic" / "static" / "searchtools.js"
    try:
        return "_escapeHTML" in script.read_text(encoding="utf-8")
    except OSError:
        return False


def _index_each_word_once(IndexBuilder) -> None:
    """Sphinx's `feed` stems and filters every word of a page as often as the page holds it (some 700,000 calls
    for a theme page and the articles' index at 200 articles: a third of an edit's write phase) into a set per
    word. Each word is given once, in the order first met: the same sets, so the same index."""
    collect = IndexBuilder._word_collector
    if getattr(collect, "once", False):
        return

    def word_collector_once(self, doctree):
        store = collect(self, doctree)
        store.words = list(dict.fromkeys(store.words))
        return store

    word_collector_once.once = True
    IndexBuilder._word_collector = word_collector_once


def _stem_each_word_once(IndexBuilder) -> None:
    """Sphinx stems and filters a page's words with a cache of that page's own (`feed`); the pages of one site share
    most of their words, and at 200 articles stemming and filtering were most of the search index's time, which is
    spent in the main process, page after page (in one process, feed 63 s -> 18 s with one cache for every page).
    Both are functions of the word alone (the language's stemmer and stop words): the same index."""
    feed = IndexBuilder.feed
    if getattr(feed, "stems_once", False):
        return

    def feed_stemming_once(self, *args, **kwargs):
        language = self.lang
        if not getattr(language, "factcheck_stems_once", False):
            language.stem = functools.cache(language.stem)
            language.word_filter = functools.cache(language.word_filter)
            language.factcheck_stems_once = True
        return feed(self, *args, **kwargs)

    feed_stemming_once.stems_once = True
    IndexBuilder.feed = feed_stemming_once


TEMPLATE_CACHE = "templates"   # beside the state folder (which a build may drop): the theme's templates, compiled


def _keep_compiled_templates(app, folder: Path) -> None:
    """Jinja's bytecode cache for the theme's templates (Sphinx's environment has none): each render process compiled
    the ~150 templates again, about 0.5 s of processor time at every build, beside the pages' kernels. Jinja keys a
    compiled template by its name, file and source (a changed template is compiled again) and checks its own and
    Python's version; the code is the code compiling gives, so what is written is the same. A cache: one that cannot
    be read or written is passed over (the template is compiled, as before)."""
    from jinja2 import FileSystemBytecodeCache

    class Tolerant(FileSystemBytecodeCache):
        def load_bytecode(self, bucket) -> None:
            try:
                super().load_bytecode(bucket)
            except (OSError, ValueError, EOFError):
                bucket.reset()

        def dump_bytecode(self, bucket) -> None:
            try:
                Path(self.directory).mkdir(parents=True, exist_ok=True)
                super().dump_bytecode(bucket)
            except OSError:
                pass

    environment = getattr(getattr(app.builder, "templates", None), "environment", None)
    if environment is not None and environment.bytecode_cache is None:
        environment.bytecode_cache = Tolerant(str(folder))


def _relocate_environments() -> None:
    """Let Sphinx load a pickled environment made for the same site in another folder (see `_relocate`)."""
    from sphinx.environment import BuildEnvironment

    setup = BuildEnvironment.setup
    if getattr(setup, "relocates", False):
        return

    def setup_in_this_folder(env, app) -> None:
        if env.srcdir and Path(env.srcdir) != Path(app.srcdir):
            _relocate(env, Path(env.srcdir), app.srcdir)
        setup(env, app)

    setup_in_this_folder.relocates = True
    BuildEnvironment.setup = setup_in_this_folder


def _relocate(env, old: Path, new) -> None:
    """Move a pickled environment from the folder `old` to `new` (the site was moved or copied with `_build/`).

    What it holds is relative to the source folder (documents, their modification times, images, downloads),
    except the source folder itself and a dependency noted by its absolute path (a page glued from another,
    `_note_pages_glued_from`): one inside the old folder is noted again relative to the folder, so the copy's
    own file is the one whose time decides, not the old folder's (which may be gone, or be another site).
    The pickled doctrees keep the old folder in their `source` attribute, which only warnings show; Sphinx reads
    a page again whenever it changed (its time, or a dependency's, newer than the environment's record)."""
    for docname, dependencies in env.dependencies.items():
        moved = set()
        for dependency in dependencies:
            path = Path(dependency)
            if path.is_absolute() and (path == old or old in path.parents):
                dependency = path.relative_to(old).as_posix()
            moved.add(dependency)
        env.dependencies[docname] = moved
    env.srcdir = new
    env.factcheck_moved_from = str(old)


SOURCE_DIGESTS = "factcheck_source_digests"  # the environment's record: docname -> SHA-256 of the source it read


def _digest(path: str) -> str | None:
    import hashlib

    try:
        return hashlib.sha256(Path(path).read_bytes()).hexdigest()
    except OSError:
        return None


def _note_source_digests(app, env, docnames: list[str]) -> None:
    """Record the content of each page about to be read (in the main process, pickled with the environment)."""
    digests = getattr(env, SOURCE_DIGESTS, None)
    if digests is None:
        digests = {}
        setattr(env, SOURCE_DIGESTS, digests)
    for docname in docnames:
        digests[docname] = _digest(env.doc2path(docname))


def _changed_since_moved(app, env, added, changed, removed) -> list[str]:
    """After a move (`_relocate`), the pages whose content is not what was read, whatever their time stamps say:
    Sphinx's own test is a time stamp newer than its record, which a folder moved with `mv` keeps but a copy of
    another clone's `_build/`, or a file put back with its old time, would not. A page with no record is read."""
    if not getattr(env, "factcheck_moved_from", None):
        return []
    env.factcheck_moved_from = None
    digests = getattr(env, SOURCE_DIGESTS, None) or {}
    return sorted(docname for docname in env.found_docs & set(env.all_docs) - added - changed
                  if digests.get(docname) is None or digests[docname] != _digest(env.doc2path(docname)))


def _note_pages_glued_from(app, docname: str, source: list[str]) -> None:
    text = source[0]
    if ":doc:" not in text and "{glue" not in text:   # what every match holds: a theme page's 5 MB are not scanned
        return                                          # line by line (0.07 s of an edit's render)
    for match in GLUE_FROM_OTHER_PAGE.finditer(text):
        other = match.group(1) or match.group(2)
        path = (Path(app.env.doc2path(docname)).parent / other).resolve()
        if path.exists():
            app.env.note_dependency(str(path))


# The CSS selectors the theme's navigation looks up in every page it writes (pydata_sphinx_theme.toctree, with
# BeautifulSoup): soupsieve compiles its own patterns on the first one, about 0.2 s of the first page written.
THEME_SELECTORS = ("li", "li.toctree-l1 > details", ".toc-h1", ".toc-h2", "details > a.reference", "details > p.caption")


def _compile_selectors() -> None:
    """Compile them while the pages execute (set-up ahead), not in the render. Compiling changes nothing written;
    a theme that no longer uses soupsieve only makes this useless."""
    try:
        import soupsieve

        for selector in THEME_SELECTORS:
            soupsieve.compile(selector)
    except Exception:
        pass


def _prepare_ahead(site_root: Path, state: Path, jobs: int) -> Prepared | None:
    """The application made ahead, or None if that failed (the render then makes it again and says why)."""
    begun = time.perf_counter()
    try:
        prepared = Prepared(site_root, state, jobs)
    except Exception:
        return None
    prepared.compile_templates()
    _compile_selectors()
    prepared.ahead = True
    prepared.seconds = time.perf_counter() - begun
    return prepared


# What a render process imports before it can set Sphinx up (2.5-3 s of its 3-4 s set-up): `serve`'s forkserver
# imports them once, so a render process forked from it sets up in under a second (`render_forked`); the test
# suite's render zygote imports the same (zygote.PRELOADED, held equal by a test). Third-party
# modules only: the report's own code changes between edits and is imported by each render process. sphinxext.opengraph
# is left out: importing it prints a line (no matplotlib) that would go to serve's console, not the render's log.
RENDER_IMPORTS = ("sphinx.application", "sphinx.builders.html", "sphinx.util.docutils", "jupyter_book.config",
                  "myst_nb.sphinx_ext", "sphinx_book_theme", "pydata_sphinx_theme", "sphinx_togglebutton",
                  "sphinx_copybutton", "sphinx_comments", "sphinx_external_toc", "sphinx_multitoc_numbering",
                  "sphinx.ext.intersphinx", "sphinx.search.en", "soupsieve")


def set_up_then_render(site_path: Path, state_path: Path, jobs: int, next_order) -> int | None:
    """--wait: set Sphinx up, say so (READY_LINE), then render if the next order (`next_order()`, a line) is "go"
    and return the render's status; None, rendering nothing, if the order is anything else."""
    import gc

    begun = time.perf_counter()
    # The set-up (imports, extensions, the pickled environment, the templates) makes what lives as long as this
    # process: collecting while it piles up cost about 0.3 s of processor time, beside the pages' kernels. The
    # collector is off until it is done, then what it made is out of its reach; the render collects as before.
    gc.disable()
    try:
        made = _prepare_ahead(site_path, state_path, jobs)
    finally:
        gc.freeze()
        gc.enable()
    print(f"{READY_LINE}{time.perf_counter() - begun:.2f} s", flush=True)
    mark("render: ready (Sphinx set up ahead)")
    order, _, timeline_file = next_order().rstrip("\n").partition("\t")
    if order.strip() != "go":
        return None
    if timeline_file:   # a render process kept ready by the warm pool marks the timeline of the build it serves
        os.environ["FACTCHECK_TIMELINE"] = timeline_file
    mark("render: told to go")
    return render(site_path, state_path, jobs, made)


def render_forked(site: str, state: str, jobs: int, output: str, orders) -> None:
    """A render process forked from serve's forkserver (RENDER_IMPORTS done there), run as --wait runs one: what it
    prints goes to the file `output` (the Renderer reads it as a started process's output), its orders come through
    the connection `orders` (a closed one ends it)."""
    written = os.open(output, os.O_WRONLY | os.O_APPEND)   # (not created: a render cancelled meanwhile removed it)
    os.dup2(written, 1)
    os.dup2(written, 2)
    os.close(written)
    os.chdir(site)

    def next_order() -> str:
        try:
            return orders.recv()
        except (EOFError, OSError):
            return "stop"

    _end(set_up_then_render(Path(site), Path(state), jobs, next_order))


def _end(status: int | None) -> None:
    """End the render process: everything is written; tearing down the interpreter (the environment, the doctrees)
    is not needed. status None: told to stop before rendering."""
    if status is not None:
        mark("render: rendered")
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(status or 0)


if __name__ == "__main__":
    from factcheck.pipeline import execution_clients

    execution_clients.defer()   # before Sphinx loads myst-nb
    site, state_folder, processes = sys.argv[1:4]
    site_path, state_path, jobs = Path(site).resolve(), Path(state_folder).resolve(), int(processes)
    mark("render: process started (Python up)")
    if "--wait" in sys.argv[4:]:
        _end(set_up_then_render(site_path, state_path, jobs, sys.stdin.readline))
    else:
        _end(render(site_path, state_path, jobs))
