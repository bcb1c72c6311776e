"""The class book: one site from the participants' article folders, every article a chapter.

`python -m factcheck class-book FOLDER... --out DIR` takes the folders `new-article`
made (collected from the participants), rebuilds each article's chapter from its
data, and renders them as one Jupyter Book site with the report's methods page,
offline like the report (the build's own `build_site`: Vega bundled, no CDN).
Two folders with the same article id are both chapters: the first given keeps the id as
its page's name, the next gets the id with -2 (then -3...), and the clash is reported;
a folder with mistakes is left out with the reason.

A book of one folder is how `new-article --check` writes a participant's chapter as
an HTML page that works offline (`DIR/_site/html/articles/<id>.html`).
"""
from __future__ import annotations

import argparse
import re
import shutil
import sys
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from factcheck import paths
from factcheck.byo.workbench import CHAPTERS

SOURCE, HTML, WORK = "source", "html", "work"
LOG_NAME = "render.log"   # the render's log, in out beside html/
SCRATCH_PREFIX = ".class-book-run-"   # the private folder a run renders in, inside out (removed after)
MARKER = ".class-book"  # in every folder class-book builds into: the only folders it replaces parts of


@dataclass
class ClassBook:
    out: Path
    chapters: list[tuple[str, str, Path]] = field(default_factory=list)   # (page name, title, folder)
    left_out: list[tuple[Path, str]] = field(default_factory=list)        # (folder, why)
    # (folder, its article's id, its page's name, the folder whose chapter has the id as its name)
    clashes: list[tuple[Path, str, str, Path]] = field(default_factory=list)
    ok: bool = False
    log: str = ""
    problems: tuple[str, ...] = ()
    filled: dict[str, tuple[int, int]] = field(default_factory=dict)  # page name -> (claims filled in, in all)
    names: dict[Path, str] = field(default_factory=dict)   # each folder given, as the site names it (_short_names)
    on_site: dict[int, str] = field(default_factory=dict)  # a reason of left_out (by its place) as the site words it

    def named(self, folder: Path) -> str:
        """A folder as the site names it: by its own name, with as many of the folders it is in as tell it from
        another folder given of that name (`ana`, `group-a/ana`); never by a path of the instructor's machine
        (the terminal names folders from where the command ran: there it helps, and nobody else reads it)."""
        where = _as_given(folder)
        return self.names.get(where) or where.name or "(the root folder)"

    def for_the_site(self, reason: str, folder: Path) -> str:
        """Why a folder was left out, as the site shows it: a symbolic link's target (a path of whoever made the
        link) left out, and the folder's path, as the tools' messages write it (as given, absolute, resolved, from
        where the command ran), replaced by its name, in one pass. A form without a slash (`ana`, given from its
        parent) counts only where a file's path starts: at the reason's start, or after a quotation mark or a
        bracket; elsewhere it is a word of the sentence. Any other absolute path an error's text names (another
        link of a loop, a file of the instructor's) is cut short (`_other_paths_cut`). The terminal shows the
        reason whole."""

        reason = _link_target_left_out(reason)
        if len(reason) > MAX_REASON:   # (a participant's error message may be of any length: the patterns below
            reason = reason[:MAX_REASON] + "…"   # take time that grows faster than the text)
        forms = {str(folder), str(folder.absolute()), str(_as_given(folder)), str(_resolved(folder))}
        for form_of in (paths.from_here, paths.relative):
            try:
                forms.add(form_of(folder))
            except (OSError, RuntimeError, ValueError):   # a loop of links: the other forms are all there are
                pass
        forms -= {"", ".", "/"}
        named = []   # the folder's own paths, kept apart (NUL) while the rule for other paths reads the rest
        if forms:   # (none for the root folder: an empty pattern would match between every two characters)
            alternatives = "|".join(re.escape(form) if "/" in form else rf"""(?:^|(?<=['"(\[])){re.escape(form)}(?=/)"""
                                    for form in sorted(forms, key=len, reverse=True))   # the longest first
            reason = re.sub(rf"(?<![\w./-])(?:{alternatives})(?![\w-]|\.\w)",
                            lambda _: named.append(self.named(folder)) or "\0", reason.replace("\0", ""))
        reason = _other_paths_cut(reason)
        return re.sub("\0", lambda _: named.pop(0) if named else "", reason)   # (a function: a backslash in a
                                                                                # name is not a group of the pattern's)

    @property
    def html(self) -> Path:
        return self.out / HTML

    def page(self, name: str) -> Path:
        """A chapter's page, by its name (its article's id, unless another folder's chapter has that name)."""
        return self.html / CHAPTERS / f"{name}.html"


def build_class_book(folders: list[Path], out: Path, title: str = "Our class book", echo=print,
                     rebuild: bool = True, adopt: bool = False, waiting=None) -> ClassBook:
    """Build the chapters of every folder and render them as one site under out/html.

    rebuild=False uses each folder's chapter as it is (new-article --check has just built it).
    out must be new, empty or made by class-book, and hold no symbolic link (else Unconfined, nothing
    touched); adopt: out is the tool's by where it is (a participant folder's _site). waiting: says that the run
    waits for another into the same out (default: echo)."""
    from filelock import FileLock, Timeout

    from factcheck.files.confine import claim_folder

    _refuse_folders_inside(folders, out)
    claim_folder(out, MARKER, "class-book", adopt=adopt)
    out = Path(out).resolve()  # Jupyter Book runs in the source folder: every path must stand on its own
    # One run at a time into one out: a second would sweep away the first's private folder below as a killed
    # run's. The lock is the mark itself (filelock 4 neither truncates it nor follows a link; preserve_lock_file:
    # where the file system has no locks, filelock would fall back to a lock that deletes the file, the mark).
    lock = FileLock(str(out / MARKER), preserve_lock_file=True)
    try:
        lock.acquire(timeout=0)
    except Timeout:
        (waiting or echo)(f"another class-book run is writing {paths.relative(out)}; waiting for it to finish...")
        lock = _locked_or_none(lock)
    except OSError as error:
        lock = _unless_no_locks_here(error)
    try:
        return _build_locked(folders, out, title, echo, rebuild)
    finally:
        if lock is not None:
            lock.release()


def _refuse_folders_inside(folders: list[Path], out: Path) -> None:
    """Raise Unconfined (nothing touched) if a folder given lies inside out: a run clears the folders it made
    before (source/, work/, a killed run's scratch) and replaces html/, so a participant's folder handed in there
    under one of those names (an id may be `work`) was deleted with them."""
    from factcheck.files.confine import Unconfined

    where = _resolved(Path(out))
    for folder in map(Path, folders):
        if where in _resolved(folder).parents:
            raise Unconfined(f"{paths.relative(folder)} is inside {paths.relative(out)}, the class book's --out, "
                             "where a run deletes what it made before: nothing was touched; move the folder out of "
                             "it or choose another --out")


def _locked_or_none(lock):
    """lock, acquired (waiting as long as it takes), or None where the file system has no locks."""
    try:
        lock.acquire()
    except OSError as error:
        return _unless_no_locks_here(error)
    return lock


def _unless_no_locks_here(error: OSError) -> None:
    """None (the run goes on unlocked, as runs did before the lock) when the file system has no locks; else raise."""
    import errno

    if error.errno not in (errno.ENOSYS, errno.ENOLCK, errno.EOPNOTSUPP):
        raise error
    return None


def _build_locked(folders: list[Path], out: Path, title: str, echo, rebuild: bool) -> ClassBook:
    import tempfile

    result = ClassBook(out)
    # The site's source and the render's state (Sphinx's pickled environment, Jinja's compiled templates, which
    # are pickles too) go in a private folder made for this run (new, its name drawn at random, the user's alone),
    # never in a folder out held already: out may be a participant's _site, handed in with whatever they put
    # there, and a folder that cannot be deleted there would be read back as the render's own (the render also
    # imports from its source folder, where it runs). It is made in out, on out's file system: the new site is
    # moved into out/html by renaming.
    for left in (SOURCE, WORK, *(p.name for p in out.glob(f"{SCRATCH_PREFIX}*"))):   # earlier versions', a killed run's
        shutil.rmtree(out / left, ignore_errors=True)
    scratch = Path(tempfile.mkdtemp(prefix=SCRATCH_PREFIX, dir=out))
    try:
        _build_into(folders, out, scratch, title, echo, rebuild, result)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    return result


def _build_into(folders: list[Path], out: Path, scratch: Path, title: str, echo, rebuild: bool,
                result: ClassBook) -> None:
    from factcheck.pipeline.plan import Page, Part, Plan, write_toc
    from factcheck.pipeline.site import build_site

    source = scratch / SOURCE
    (source / CHAPTERS).mkdir(parents=True)
    result.names = _short_names(list(map(Path, folders)))
    owners: dict[str, Path] = {}
    given: set[Path] = set()
    for folder in map(Path, folders):
        where = _resolved(folder)
        if where in given:   # named twice (`ana ana/`): one chapter, not a clash with itself
            result.left_out.append((folder, "given twice: its chapters are in the book once"))
            continue
        given.add(where)
        taken, clashed = len(result.chapters), len(result.clashes)
        try:
            _take_folder(folder, source, owners, echo, rebuild, result)
        except Exception as error:   # one participant's folder never takes the class's book down with it
            for name, _, _ in result.chapters[taken:]:   # what it gave before the error goes too
                owners.pop(name, None)
                result.filled.pop(name, None)
                (source / CHAPTERS / f"{name}.ipynb").unlink(missing_ok=True)
            del result.chapters[taken:], result.clashes[clashed:]
            said = f"{type(error).__name__}: {error}"
            # the site's wording is made before the text is cut short (a path cut in two would no longer be found)
            result.on_site[len(result.left_out)] = _could_not_read(result.for_the_site(said, folder))
            result.left_out.append((folder, _could_not_read(said)))
    if not result.chapters:   # nothing to publish: the site built last stays as it was
        result.ok = True
        return

    _told_apart(result, source / CHAPTERS)
    _write_site_files(source, title, result)
    pages = tuple(Page(f"{CHAPTERS}/{name}.ipynb", template="participant", title=headline)
                  for name, headline, _ in result.chapters)
    methods = (Page("methods.ipynb", template="methods", title="How the numbers become intervals"),)
    parts = ((Part("Articles", pages),) if pages else ()) + (Part("Method", methods),)
    write_toc(Plan(Page("index.md"), parts), source)
    # (no file of out/html is taken for the new site's: a participant's may be planted with the size and time of
    # the file Sphinx writes)
    site = build_site(source, out / HTML, scratch / WORK, force=True, reuse_published=False)
    result.ok, result.problems = site.ok, site.problems
    if site.log:   # kept beside the site: the private folder goes
        from factcheck.files.atomic import write_atomically

        try:
            write_atomically(out / LOG_NAME, Path(site.log).read_bytes())
            result.log = str(out / LOG_NAME)
        except OSError:   # (a folder of that name in a participant's _site)
            result.log = ""


def _take_folder(folder: Path, source: Path, owners: dict[str, Path], echo, rebuild: bool, result: ClassBook) -> None:
    """One participant's folder: its chapters into source (owners: which folder each page name came from), or why
    it is left out, into result."""
    from factcheck.report.escaping import markdown_text
    from factcheck.byo.scaffold import SET_ASIDE
    from factcheck.byo.guard import guard
    from factcheck.byo.edited import set_aside_if_edited
    from factcheck.byo.workbench import build_chapter, chapter_path, filled_in, review

    if SET_ASIDE.search(folder.resolve().name):  # `workbench/*/` also matches what --force set aside
        result.left_out.append((folder, "an older copy new-article --force set aside; delete it when done"))
        return
    if not (folder / "seeds" / "sources.yml").is_file():
        result.left_out.append((folder, "not an article folder (no seeds/sources.yml)"))
        return
    unsafe = guard(folder)
    if unsafe:
        result.left_out.append((folder, str(unsafe[0])))
        return
    found = review(folder)
    if found.mistakes:
        # (no path in the reason: the book's first page shows it too)
        result.left_out.append((folder, f"{len(found.mistakes)} mistake(s) to fix: run "
                                        "python -m factcheck new-article --check on the folder"))
        return
    # A folder that chose an id another folder given before it had chosen is a chapter too, under a name of its
    # own: the order of the folders decides only the names, never which article is in the book. (An article's name
    # never depends on its folder's other articles': their ids differ, and a name given in place of an id has a
    # hyphen, which no id has.)
    names = {doc_id: _free_name(doc_id, owners) for doc_id in found.titles}
    for doc_id, headline in found.titles.items():
        if rebuild or not chapter_path(folder, doc_id).is_file():
            echo(f"chapter {names[doc_id]} from {paths.relative(folder)}")
            aside = set_aside_if_edited(chapter_path(folder, doc_id))
            if aside:
                echo(f"  its notebook had been edited: that version is kept as {paths.relative(aside)}")
            outcome = build_chapter(folder, doc_id, markdown_text(headline) if headline else None)  # markdown
            if not outcome.ok:
                # All its chapters or none: the others may link to this one, whose name a later folder may take.
                others = "; none of its chapters is in the book" if len(names) > 1 else ""
                result.left_out.append((folder, f"its chapter {doc_id} failed at {outcome.where}: {outcome.error}"
                                                f"{others}"))
                return
    renamed = {doc_id: name for doc_id, name in names.items() if name != doc_id}
    filled = filled_in(folder)
    for doc_id, headline in found.titles.items():
        name = names[doc_id]
        title = headline or f"{doc_id} (draft)"
        if name != doc_id:   # its heading names its page, in the book's copy (the folder's own chapter keeps its own)
            title = f"{headline} ({name})" if headline else f"{name} (draft)"
            result.clashes.append((folder, doc_id, name, owners[doc_id]))
        # listed before its copy is written: should writing fail, the undo (_build_into) removes what is listed
        result.chapters.append((name, title, folder))
        result.filled[name] = filled.get(doc_id, (0, 0))
        owners[name] = folder
        _copy_for_book(chapter_path(folder, doc_id), source / CHAPTERS / f"{name}.ipynb",
                       markdown_text(title) if name != doc_id else None, renamed, result.named(folder))


def _terminal_name(folder: Path) -> str:
    """The folder as the terminal names it (paths.relative), or as given where it has no real path (a loop)."""
    try:
        return paths.relative(folder)
    except (OSError, RuntimeError):
        return str(folder)


MAX_REASON = 2_000   # characters of a reason the first page shows (the terminal shows it whole)
LINK_SAID, LINK_TAIL = "is a symbolic link (to ", " may hold none, since writing or deleting there"


def _link_target_left_out(reason: str) -> str:
    """reason, the target of a symbolic link it names left out (`is a symbolic link (to /x): ... may hold none...`
    -> `is a symbolic link: ...`): a path of whoever made the link. Found with plain searches, in time that grows
    with the text, not faster (a pattern took 11.6 s on a participant's error text of 100,000 characters)."""
    start, tail = reason.find(LINK_SAID), reason.rfind(LINK_TAIL)
    close = reason.rfind("): ", start + len(LINK_SAID), tail) if 0 <= start < tail else -1
    return reason if close < 0 else reason[:start] + "is a symbolic link: " + reason[close + len("): "):]


def _other_paths_cut(reason: str) -> str:
    """reason, each absolute path in it cut to its last part (`…/x.csv`), or to `…` where it has two parts or fewer
    (`/home/jane`, `/u/jane`) or its last part is a user's folder (`/var/home/jane`, `C:/Users/jane`). A path in
    quotation marks, as Python's messages give one, is read to the closing mark (spaces and all: `'/home/jane/My
    Documents/x.csv'`); one without, to the first space, the brackets and punctuation that end it (`(from
    /home/jane/x),`) left after it, and paths it runs together (`PATH=/opt/lib:/u/jane`) cut one by one. A path starts at the reason's start, or after a space, an opening bracket, a
    quotation mark, `=`, `,` or `:` (`file:/home/...`; a drive letter, `C:/Users/...`, is part of the path), or
    after a file's address (`file:///home/...`, `file://localhost/home/...`, in any case, quoted or not); so
    `and/or`, `1/2`, `ana (1)/data/x.csv`, `<b>bold</b>`, relative paths and an address (`https://...`: its slashes
    follow a colon and a slash) are left as they are."""

    def cut(path: str) -> str:
        parts = [part for part in re.split(r"[/\\]", path) if part and not re.fullmatch(r"[A-Za-z]:", part)]
        users = len(parts) >= 2 and parts[-2].casefold() in ("home", "homes", "users")
        return f"…/{parts[-1]}" if len(parts) >= 3 and not users else "…"

    def cut_one(piece: str) -> str:
        path = piece[:_path_end(piece)]
        if not re.sub(r"^[A-Za-z]:", "", path).strip("/"):   # a slash alone, as in `(/)`: no path
            return piece
        return cut(path) + piece[len(path):]

    def cut_bare(found) -> str:   # paths run together (`/opt/lib:/u/jane`, `/srv/a)/b`): each cut on its own
        drive = re.match(r"[A-Za-z]:(?=/)", found.group(0))
        head = drive.group(0) if drive else ""
        pieces = re.split(r"(?<=[)\]},;:(\[{])(?=/)", found.group(0)[len(head):])
        return "".join(map(cut_one, [head + pieces[0], *pieces[1:]]))

    # a file's address in one form (`file:///`): the path after it starts at its third slash
    reason = re.sub(r"(?i)(?<![\w.+-])file://(?:localhost)?/+", "file:///", reason)
    starts = r"""(?:^|(?<=[\s'"(\[{=,:])|(?<=file://))"""   # (an address's `//` starts no path but a file's)
    reason = re.sub(starts + r"""(['"])(file://)?((?:[A-Za-z]:)?/(?:(?!\1)[^\n\0])*)\1""",
                    lambda found: found.group(1) + (found.group(2) or "") + cut(found.group(3)) + found.group(1),
                    reason)
    return re.sub(starts + r"""(?:[A-Za-z]:)?/(?!/)[^\s'"\0]+""", cut_bare, reason)   # (not `3 / 4`)


def _path_end(piece: str) -> int:
    """Where the path that piece starts with ends: before what follows it, brackets, `,`, `;`, `:` and a sentence's
    end (`.`, `...`, `?`, `!`) in any order; two dots, or dots after a slash (`/..`, `/.`, `/...`), are the path's.
    Read backwards once (a reason is a participant's error message too, of any length: a pattern tried at each end
    was quadratic)."""
    end = len(piece)
    while end:
        if piece[end - 1] in ")]},;:([{?!":
            end -= 1
            continue
        dots = end
        while dots and piece[dots - 1] == ".":
            dots -= 1
        if end - dots in (0, 2) or not dots or piece[dots - 1] == "/":
            return end
        end = dots
    return end


def _could_not_read(said: str) -> str:
    """The reason for a folder the tools failed on: what the error said, on one line and cut short."""
    return (f"the tools could not read it ({' '.join(said.split())[:300]}); none of it is in the book "
            "(if the folder looks right, this is the tools' fault: report it)")


def _as_given(folder: Path) -> Path:
    """The folder's absolute path, a symbolic link named as itself (as paths.from_here names it); a trailing `..`
    is resolved, as the system reads it (a link's `..` is its target's parent)."""
    where = folder.absolute()
    try:
        return where.resolve() if where.name in ("", "..") else where.parent.resolve() / where.name
    except (OSError, RuntimeError):
        return where


def _short_names(folders: list[Path]) -> dict[Path, str]:
    """Each folder by its own name, with as many of the folders it is in as tell it from the others of that name
    (`ana`, or `group-a/ana` and `group-b/ana`), never climbing above the folder they are all in: no more of
    its path than that. A folder given twice (under two names of one place) is named once, as first given."""
    import os

    places, first_at = [], {}   # the folders named, and the first given for each real place
    for folder in folders:
        where = _as_given(folder)
        if _resolved(folder) not in first_at and where not in places:
            first_at[_resolved(folder)] = where
            places.append(where)
    if not places:
        return {}
    common = Path(os.path.commonpath([str(where.parent) for where in places]))
    parts = {where: where.relative_to(common).parts or (where.name,) for where in places}
    depth = dict.fromkeys(parts, 1)
    while True:
        holders: dict[tuple, list[Path]] = {}
        for where, names in parts.items():
            holders.setdefault(names[-depth[where]:], []).append(where)
        deeper = [where for group in holders.values() if len(group) > 1 for where in group
                  if depth[where] < len(parts[where])]
        if not deeper:
            named = {where: "/".join(names[-depth[where]:]) for where, names in parts.items()}
            # a folder given again under another name of its place is named as that place was first given
            named.update({_as_given(folder): named[first_at[_resolved(folder)]] for folder in folders
                          if _as_given(folder) not in named})
            return named
        for where in deeper:
            depth[where] += 1


def _resolved(folder: Path) -> Path:
    """The folder's real path, or its path as given where it has none (a loop of links: the checks name it)."""
    try:
        return folder.resolve()
    except (OSError, RuntimeError):
        return folder.absolute()


def _copy_for_book(chapter: Path, copy: Path, title: str | None, renamed: dict[str, str], folder: str) -> None:
    """The chapter's notebook as the book shows it, written as copy: headed with title (markdown) unless None, its
    links to its folder's renamed articles' pages led to their names in the book (renamed: id -> page name), and
    its folder named by folder, its name (the site publishes the notebook: see _folder_named)."""
    import json

    from factcheck.pipeline.normalize import notebook_bytes, retitle

    notebook = retitle(json.loads(chapter.read_text(encoding="utf-8")), title)
    copy.write_bytes(notebook_bytes(_folder_named(_relinked(notebook, renamed), folder)))


def _folder_named(notebook: dict, folder: str) -> dict:
    """notebook, the parameter naming its article's folder (project_root, in papermill's record and in the cell it
    added) set to folder, the folder's own name. The site offers each chapter's notebook for download, and the
    path it was built with is the instructor's machine's (their user name, where they keep the class's folders;
    relative to where the command ran, it still climbs out to them). The cell is written anew from the
    parameters, as papermill writes it; should the path still be anywhere in the notebook, nothing is published
    from it."""
    import html
    import json
    from urllib.parse import quote

    from papermill.translators import PythonTranslator

    parameters = notebook.get("metadata", {}).get("papermill", {}).get("parameters", {})
    built_with = parameters.get("project_root")
    if not isinstance(built_with, str):
        return notebook
    parameters["project_root"] = folder
    for cell in notebook.get("cells", []):
        if "injected-parameters" in cell.get("metadata", {}).get("tags", []):
            cell["source"] = PythonTranslator.codify(parameters, "Parameters")
    # the path, not a word that holds it (a folder at /h is in "text/html"), in any string of the notebook as it
    # reads, colour codes taken away (a traceback's); at a sentence's end too ("... /home/x/ana.")
    forms = {built_with, html.escape(built_with), html.escape(built_with, quote=False),   # as HTML (pandas too),
             quote(built_with, errors="surrogateescape"), json.dumps(built_with)[1:-1]}   # an address, JSON
    path = re.compile(rf"(?<!\w)(?:{'|'.join(map(re.escape, forms))})(?![\w-]|\.\w)")
    for place, value in _places(notebook):
        if any(path.search(re.sub(r"\x1b\[[0-9;]*[A-Za-z]", "", text)) for text in _strings(value)):
            raise ValueError(f"its chapter names its folder by the absolute path it was built with, in {place} of "
                             f"its built notebook (a place the class book does not rewrite): nothing of it is "
                             "published")
    return notebook


def _places(notebook: dict):
    """(where, value): each cell's source (with its metadata) and its outputs, the cell named by its place among
    the built notebook's cells, counted from 1 (the cell of parameters papermill added among them), then all the
    rest of the notebook."""
    cells = notebook.get("cells")
    for number, cell in enumerate(cells if isinstance(cells, list) else [], 1):
        if isinstance(cell, dict):
            yield f"the source or metadata of cell {number}", {k: v for k, v in cell.items() if k != "outputs"}
            yield f"the output of cell {number}", cell.get("outputs", [])
        else:
            yield f"cell {number}", cell
    yield "the metadata", {k: v for k, v in notebook.items() if k != "cells" or not isinstance(v, list)}


def _strings(value):
    """Every string in a notebook's JSON, keys too."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for key, item in value.items():
            yield key
            yield from _strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from _strings(item)


def _relinked(notebook: dict, renamed: dict[str, str]) -> dict:
    """notebook, each link of its outputs' HTML to a renamed article's page (`<a href="../articles/wire17.html`) led
    to the page's name in the book. Only the report's own code writes a tag: a participant's words reach the HTML
    with `<` escaped (html.escape, pandas' to_html), so no text of theirs is taken for a link (their quotation
    marks may be left as they are, in a table's cell: hence the match on the tag, not on the attribute)."""

    if not renamed:
        return notebook
    link = re.compile(rf'<a href="\.\./{CHAPTERS}/([a-z][a-z0-9]*)\.html')

    def lead(match: re.Match) -> str:
        return f'<a href="../{CHAPTERS}/{renamed.get(match[1], match[1])}.html'

    for cell in notebook.get("cells", []):
        for output in cell.get("outputs", []):
            html = output.get("data", {}).get("text/html")
            if isinstance(html, list):
                output["data"]["text/html"] = [link.sub(lead, line) for line in html]
            elif isinstance(html, str):
                output["data"]["text/html"] = link.sub(lead, html)
    return notebook


def _told_apart(book: ClassBook, chapters: Path) -> None:
    """Chapters of one title (two participants who brought one article under two ids, or one folder's two articles
    of one headline) headed with their page's name after it, as a renamed chapter is: in the book's copy, so that
    the navigation, the first page, the links to the next page and the browser's tab tell them apart."""
    import json
    from collections import Counter

    from factcheck.pipeline.normalize import notebook_bytes, retitle
    from factcheck.report.escaping import markdown_text

    read = as_read
    told = {}
    while True:   # a title told apart may be another chapter's own ("X (wire17)"): that one is told apart next (each
        # round tells apart one chapter more, at least, so it ends)
        titles = [told.get(name, title) for name, title, _ in book.chapters]
        shared = Counter(map(read, titles))
        again = {name: f"{title} ({name})" for (name, _, _), title in zip(book.chapters, titles)
                 if shared[read(title)] > 1 and name not in told and not title.endswith(f" ({name})")}
        # (a title that ends with its page's name already, a renamed chapter's, is told apart by the others')
        if not again:
            break
        told.update(again)
    for index, (name, title, folder) in enumerate(book.chapters):
        if name in told:
            copy = chapters / f"{name}.ipynb"
            heading = markdown_text(told[name])
            copy.write_bytes(notebook_bytes(retitle(json.loads(copy.read_text(encoding="utf-8")), heading)))
            book.chapters[index] = (name, told[name], folder)


# Characters a title shows nothing of, besides the format characters (Unicode's Cf: a soft hyphen, a zero-width
# space, a direction mark): variation selectors, the combining grapheme joiner, Hangul fillers, Khmer's inherent vowels
UNSEEN = re.compile("[\ufe00-\ufe0f\U000e0100-\U000e01ef\u180b-\u180d\u180f\u034f\u115f\u1160\u3164\uffa0"
                    "\u17b4\u17b5]")
BLANK = re.compile("[\u2800]")   # a blank that shows as a space


def as_read(title: str) -> str:
    """A title as a reader reads it: without the characters that do not show (taken out before letters are put in
    one form, so that one between a letter and its accent does not keep them apart, and after), spaces of any kind
    run together, in any case."""
    def unseen_out(text: str) -> str:
        return "".join(c for c in UNSEEN.sub("", text) if unicodedata.category(c) != "Cf")

    shown = unseen_out(unicodedata.normalize("NFKC", unseen_out(BLANK.sub(" ", title))))
    return " ".join(shown.split()).casefold()


def _free_name(doc_id: str, owners: dict[str, Path]) -> str:
    """doc_id, or the first of doc_id-2, doc_id-3... that no chapter has as its page's name yet (an id holds no
    hyphen: such a name is never another article's id)."""
    name, number = doc_id, 1
    while name in owners:
        number += 1
        name = f"{doc_id}-{number}"
    return name


def _write_site_files(source: Path, title: str, book: ClassBook) -> None:
    """The report's configuration, styles and methods page, with the class's title and an index of chapters."""
    config = yaml.safe_load((paths.ROOT / "_config.yml").read_text(encoding="utf-8"))
    config["title"] = title
    config["author"] = ""   # the footer named the report's authors ("By The factcheck project") as the class's
    sphinx = config.setdefault("sphinx", {}).setdefault("config", {})   # and a shared link, the report's title
    sphinx["ogp_site_name"] = title
    sphinx["html_show_copyright"] = False   # the report's line ("© Copyright 2026."): it names no one of the class
    for key in ("ogp_image", "ogp_image_alt", "ogp_custom_meta_tags"):   # (its card shows the report's articles)
        sphinx.pop(key, None)
    config.setdefault("html", {})["baseurl"] = ""   # the report's address is not the class's
    config["exclude_patterns"] = ["_build", ".*", "**/.*", "**.ipynb_checkpoints"]
    # Commands are quoted in the reasons ("new-article --check DIR"): no smart dashes or quotes, which would print
    # "--check" as "–check" and break a command copied from the page.
    sphinx["smartquotes"] = False
    (source / "_config.yml").write_text(yaml.safe_dump(config, sort_keys=False, allow_unicode=True), encoding="utf-8")
    from factcheck.files.confine import Unconfined, links_leaving, link_message

    for folder in ("_static", "_extra", "_templates"):
        leaving = links_leaving(paths.ROOT / folder, paths.ROOT)
        if leaving:
            raise Unconfined(link_message(leaving[0], "the site's asset folders"))
        if (paths.ROOT / folder).is_dir():  # links inside the repository are copied as the files they point to
            shutil.copytree(paths.ROOT / folder, source / folder, dirs_exist_ok=True)
    shutil.copyfile(paths.ROOT / "book" / "methods.ipynb", source / "methods.ipynb")
    from factcheck.report.escaping import markdown_text
    from factcheck.files.terminal import shown

    # Every name and reason here comes from a participant's folder: markdown-escaped, so it reads as written
    # (a backtick in a folder name no longer ends a code span), and folders are named as book.named names them.
    lines = [f"# {markdown_text(title)}", "", "Every article a participant brought, checked number by number, one chapter each. "
             "How the numbers become intervals is explained on the method page.", ""]
    # each chapter with the folder it came from, which names the participant
    lines += [f"- {{doc}}`{CHAPTERS}/{name}`, from {markdown_text(shown(book.named(folder)))}"
              f"{_not_filled_in(*book.filled.get(name, (0, 0)))}" for name, _, folder in book.chapters]
    if book.clashes:
        lines += ["", "Folders that chose an id a folder before them had chosen (each one is a chapter above, under "
                      "a name of its own; if one folder is a copy of the other, leave the copy out, else ask one of "
                      "the two to scaffold again with another `--id`):", ""]
        lines += [f"- {markdown_text(shown(book.named(folder)))}: the id {markdown_text(shown(doc_id))} is also "
                  f"{markdown_text(shown(book.named(owner)))}'s; this folder's chapter is {{doc}}`{CHAPTERS}/{name}`"
                  for folder, doc_id, name, owner in book.clashes]
    if book.left_out:
        lines += ["", "Left out of this book:", ""]
        lines += [f"- {markdown_text(shown(book.named(folder)))}: "
                  f"{markdown_text(shown(book.on_site.get(place) or book.for_the_site(why, folder)))}"
                  for place, (folder, why) in enumerate(book.left_out)]   # (a name not UTF-8 could not be written at all)
    (source / "index.md").write_text("\n".join(lines) + "\n", encoding="utf-8")


def log_said(book: ClassBook) -> str:
    """Where the render's log is, for a message saying the render failed."""
    return f"the log is {book.log}" if book.log else f"its log could not be kept as {paths.relative(book.out / LOG_NAME)}"


def _not_filled_in(done: int, total: int) -> str:
    """After a chapter's link: how many of its claims are not yet filled in (listed in the chapter), if any."""
    if done == total:
        return ""
    left = total - done
    return (f": {done:,} of {total:,} claims filled in; {left:,} not yet filled in (draft, not reviewed), "
            "listed in the chapter")


def register(commands) -> None:
    parser = commands.add_parser(
        "class-book", help="build one site from the participants' article folders, every article a chapter",
        description=__doc__.split("\n\n")[1], formatter_class=argparse.RawDescriptionHelpFormatter,
        epilog="example:\n  python -m factcheck class-book collected/*/ --out class-book\n"
               "  then open class-book/html/index.html")
    parser.add_argument("folders", nargs="+", type=Path, metavar="FOLDER",
                        help="article folders made by new-article (workbench/<id>/)")
    parser.add_argument("--out", type=Path, default=Path("class-book"), metavar="DIR",
                        help="where to build (default: %(default)s); the site is DIR/html")
    parser.add_argument("--title", default="Our class book", help="the site's title (default: %(default)s)")
    parser.set_defaults(run=run_class_book)


def _say(text: str, **print_options) -> None:
    """Print one of class-book's messages on one line: a line end in a name a participant chose (a folder, a link's
    target) is shown as \\n, so it cannot print a line that looks like the tool's own ("left out bob: ...")."""
    from factcheck.files.terminal import one_line

    print(one_line(text), **print_options)


def run_class_book(args) -> int:
    out = Path(args.out)
    if out.resolve() in {paths.ROOT.resolve(), (paths.ROOT / "book").resolve(), (paths.ROOT / "_build").resolve()}:
        _say(f"class-book: {paths.relative(out)} is part of the report; choose another --out", file=sys.stderr)
        return 2
    from factcheck.files.confine import Unconfined

    try:
        book = build_class_book(args.folders, out, args.title, echo=_say)
    except Unconfined as refused:
        _say(f"class-book: {refused}", file=sys.stderr)
        return 2
    for folder, why in book.left_out:
        _say(f"left out {_terminal_name(folder)}: {why}")
    if not book.ok:
        _say(f"class-book: Jupyter Book failed; {log_said(book)}", file=sys.stderr)
        for line in book.problems:
            _say(f"  {line}", file=sys.stderr)
        return 1
    if not book.chapters:
        kept = f", and {paths.relative(book.html)} is as it was" if book.html.is_dir() else ""
        _say(f"class-book: every folder was left out (listed above): the book has no chapter{kept}", file=sys.stderr)
        return 1
    for folder, doc_id, name, owner in book.clashes:
        _say(f"the id {doc_id!r} of {paths.relative(folder)} is also {paths.relative(owner)}'s: "
             f"{paths.relative(folder)}'s chapter is {paths.relative(book.page(name))}; if one folder is a copy of "
             "the other, leave the copy out, else scaffold one of them again with another --id")
    for name, _, _ in book.chapters:
        if _not_filled_in(*book.filled.get(name, (0, 0))):
            _say(f"chapter {name}{_not_filled_in(*book.filled[name])}")
    left = f"; {len(book.left_out)} folder(s) left out, listed above and on its first page" if book.left_out else ""
    _say(f"{len(book.chapters)} chapter(s){left}: open {paths.relative(book.html / 'index.html')}")
    return 0  # a book was built; what it left out is listed, and is the participants' to fix
