"""factcheck.pipeline.render: a pickled Sphinx environment moved to the folder the site now lives in."""
from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

from factcheck.pipeline.render import _relocate


def test_a_moved_environment_names_the_new_folder_and_its_dependencies_in_it(tmp_path):
    old, new = tmp_path / "old" / "site", tmp_path / "new" / "site"
    outside = tmp_path / "old" / "shared.css"  # beside the old folder, not in it: stays as it is
    env = SimpleNamespace(srcdir=old, dependencies={
        "book/methods": {str(old / "book" / "register.ipynb"), "book/images/chart.svg", str(outside)},
        "book/index": set()})
    _relocate(env, old, new)
    assert env.srcdir == new
    assert env.dependencies == {"book/methods": {"book/register.ipynb", "book/images/chart.svg", str(outside)},
                                "book/index": set()}
    # Sphinx joins a dependency to the source folder: the moved one is now the new folder's file
    assert Path(new, *env.dependencies["book/methods"] - {str(outside), "book/images/chart.svg"}) == \
        new / "book" / "register.ipynb"


def test_after_a_move_a_page_whose_content_is_not_what_was_read_is_read_again_whatever_its_time(tmp_path):
    from factcheck.pipeline.render import _changed_since_moved, _note_source_digests

    (tmp_path / "same.md").write_text("as read\n", encoding="utf-8")
    (tmp_path / "edited.md").write_text("as read\n", encoding="utf-8")
    env = SimpleNamespace(found_docs={"same", "edited", "unrecorded", "new"}, all_docs={"same", "edited", "unrecorded"},
                          doc2path=lambda docname: str(tmp_path / f"{docname}.md"))
    _note_source_digests(None, env, ["same", "edited"])
    (tmp_path / "edited.md").write_text("edited\n", encoding="utf-8")
    (tmp_path / "unrecorded.md").write_text("read by a build that kept no digest\n", encoding="utf-8")
    assert _changed_since_moved(None, env, set(), set(), set()) == [], "not moved: Sphinx's time test alone"
    env.factcheck_moved_from = "/old/site"
    assert _changed_since_moved(None, env, {"new"}, set(), set()) == ["edited", "unrecorded"]
    assert _changed_since_moved(None, env, set(), set(), set()) == [], "once, after the move"


def _small_book(root: Path, second_title: str = "Second page", second_text: str = "Some words.") -> None:
    """A book of three pages; only files whose text changes are written (Sphinx reads a page again when it is newer)."""
    files = {"_config.yml": 'title: "A small book"\nonly_build_toc_files: true\nexclude_patterns: [_build]\n'
                            'execute:\n  execute_notebooks: "off"\n',
             "_toc.yml": "format: jb-book\nroot: index\nchapters:\n- file: first\n- file: second\n",
             "index.md": "# The book\n\nWhat it holds.\n",
             "first.md": "# First page\n\nWords.\n",
             "second.md": f"# {second_title}\n\n{second_text}\n\n## A section\n\nMore.\n"}
    root.mkdir(parents=True, exist_ok=True)
    for name, text in files.items():
        path = root / name
        if not path.exists() or path.read_text(encoding="utf-8") != text:
            path.write_text(text, encoding="utf-8")


def _render(site: Path, state: Path) -> None:
    """As the build renders: a process of its own (a second render in one process sees the theme's templates path
    twice, and writes every page again)."""
    import subprocess
    import sys

    done = subprocess.run([sys.executable, "-m", "factcheck.pipeline.render", str(site), str(state), "1"],
                          capture_output=True, text=True, cwd=Path(__file__).parents[2])
    assert done.returncode == 0, done.stdout[-3000:]


def _pages(html: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in html.glob("*.html")}


def test_an_edit_that_changes_no_title_writes_only_the_page_read_and_the_site_is_a_fresh_render(tmp_path):
    """The root page (every page in its navigation) is written again only when what it shows of a page read changed:
    the edited site is byte for byte what a fresh render gives; after a new title, the root page is written again."""
    import time

    site, state = tmp_path / "site", tmp_path / "state"
    _small_book(site)
    _render(site, state)
    index = state / "html" / "index.html"
    names = ("index.html", "first.html", "genindex.html", "search.html")
    written = {name: (state / "html" / name).stat().st_mtime_ns for name in names}
    time.sleep(0.02)
    _small_book(site, second_text="Other words, no new title.")
    _render(site, state)
    assert index.stat().st_mtime_ns == written["index.html"], "the root page was written again for nothing"
    for name in names[1:]:   # nor the general index and the search page, which show the same navigation
        assert (state / "html" / name).stat().st_mtime_ns == written[name], name
    assert b"Other words" in (state / "html" / "second.html").read_bytes()
    _small_book(tmp_path / "fresh", second_text="Other words, no new title.")
    _render(tmp_path / "fresh", tmp_path / "fresh-state")
    assert _pages(state / "html") == _pages(tmp_path / "fresh-state" / "html")

    time.sleep(0.02)
    _small_book(site, second_title="A new title", second_text="Other words, no new title.")
    _render(site, state)
    assert index.stat().st_mtime_ns != written["index.html"], "its navigation shows the new title"
    assert (state / "html" / "search.html").stat().st_mtime_ns != written["search.html"]
    assert b"A new title" in index.read_bytes()
    _small_book(tmp_path / "fresh2", second_title="A new title", second_text="Other words, no new title.")
    _render(tmp_path / "fresh2", tmp_path / "fresh2-state")
    fresh = _pages(tmp_path / "fresh2-state" / "html")   # (the page before it in the book, not written again, links
    assert {name: _pages(state / "html")[name] for name in ("index.html", "second.html", "search.html")} == \
        {name: fresh[name] for name in ("index.html", "second.html", "search.html")}   # it by its old title: Sphinx's own rule)


def test_the_search_index_holds_titles_as_html_and_reads_them_back_as_the_text_they_were():
    """Written escaped (the search page shows them as HTML), read back unescaped (an incremental render loads the
    index it wrote): a title holding markup, an ampersand or an escape of its own comes back as it was."""
    import io
    import json

    from factcheck.pipeline.render import _search_page_escapes_titles, _section_titles_as_html

    assert not _search_page_escapes_titles()   # the pinned Sphinx's search page shows a title as HTML

    titles = {"<img src=x onerror=alert(1)>": [[0, None]], "A & B": [[1, "a-b"]], "A &amp; B": [[2, None]]}

    class Index:   # the two methods of Sphinx's IndexBuilder the render changes
        formats = {"json": json}

        def freeze(self):
            return {"alltitles": dict(titles)}

        def load(self, stream, form):
            self.loaded = form.load(stream)

    _section_titles_as_html(Index)
    _section_titles_as_html(Index)   # (a render process renders again: changed once)
    frozen = Index().freeze()
    assert list(frozen["alltitles"]) == ["&lt;img src=x onerror=alert(1)&gt;", "A &amp; B", "A &amp;amp; B"]
    for form in ("json", json):   # Sphinx's HTML builder gives the format itself (its js_index object), not a name
        index = Index()
        index.load(io.StringIO(json.dumps(frozen)), form)
        assert index.loaded["alltitles"] == titles


def test_a_pages_title_in_the_search_index_is_written_as_its_page_title_is():
    """The search page shows "page title > title" for a title of the index that differs from its page's title
    (which docutils wrote as HTML): a page title holding quotation marks or an at sign is shown once."""
    import json

    from docutils.core import publish_parts

    from factcheck.pipeline.render import _section_titles_as_html

    title = 'Raids "at home" @ dawn & <after> it\'s'
    page_title = publish_parts(source=f"{title}\n{'=' * len(title)}", writer_name="html5")["title"]

    class Index:
        formats = {"json": json}

        def freeze(self):
            return {"alltitles": {title: [[0, None]]}}

        def load(self, stream, form):
            pass

    _section_titles_as_html(Index)
    assert list(Index().freeze()["alltitles"]) == [page_title]
