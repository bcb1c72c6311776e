"""Render the site with Jupyter Book 1.x, offline, incrementally, and swap it in only when the build succeeds.

* Sphinx renders into a state folder it keeps between builds (`<work>/render/`:
  its environment and its HTML), so only the pages that changed are read and
  written again (`render`). When the site's frame changes (configuration, table of
  contents, static files, versions), or the last render failed, the state is
  dropped and everything is rendered afresh.
* The finished HTML is assembled in a new folder (unchanged files hard-linked
  from the published site, changed ones copied) and swapped in by renames; on
  failure the published site stays as it was and the log is kept.
* When none of the site's sources changed since the last good build, nothing runs.
"""
from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from importlib.metadata import version
from pathlib import Path

from factcheck.pipeline.execute import ANSI_ESCAPES
from factcheck.pipeline.fingerprint import files_digest
from factcheck.files.atomic import write_atomically
from factcheck.pipeline.manifest import MANIFEST_NAME
from factcheck.pipeline.render import READY_LINE, PHASES_LINE
from factcheck.pipeline.timeline import mark
from factcheck.pipeline.zygote import fork_process

SITE_RECORD = "site.json"
LOG_NAME = "jupyter-book.log"
STATE_FOLDER = "render"
FRAME_RECORD = "frame.txt"
SCRATCH_PREFIX = ".site-"
RENDER_JOBS = min(2, os.cpu_count() or 1)


@dataclass(frozen=True)
class SiteOutcome:
    ok: bool
    skipped: bool
    seconds: float
    log: str = ""
    problems: tuple[str, ...] = ()


def site_sources(site_root: Path, folders=("book", "_static", "_extra", "_templates")) -> list[Path]:
    root = Path(site_root)
    files = [root / "_config.yml", root / "_toc.yml"]
    for folder in folders:
        files.extend(p for p in (root / folder).rglob("*")
                     if p.is_file() and p.name != MANIFEST_NAME and ".ipynb_checkpoints" not in p.parts)
    return [p for p in files if p.exists()]


def _extension_files() -> list[Path]:
    """The report's own Sphinx extension, the assets it trims and the render script: they change every page."""
    site_stage = Path(__file__).parents[1] / "site"
    return [Path(__file__).with_name("render.py"), *sorted(site_stage.glob("*.py"))]


def _extension_digest() -> str:
    files = _extension_files()
    return files_digest(files, Path(os.path.commonpath([f.parent for f in files])))


def site_digest(site_root: Path, hashes=None) -> str:
    """Everything the site is made from: when it is unchanged, the site is not rendered again."""
    return ":".join([files_digest(site_sources(site_root), Path(site_root), hashes),
                     _extension_digest(), version("jupyter-book")])


def frame_digest(site_root: Path) -> str:
    """Everything but the pages: when it changes, every page is rendered again from a fresh environment."""
    versions = [version(name) for name in ("jupyter-book", "sphinx", "myst-nb", "sphinx-book-theme")]
    return ":".join([files_digest(site_sources(site_root, folders=("_static", "_templates")), Path(site_root)),
                     _extension_digest(), *versions])


class Renderer:
    """The render process (`render`), started ahead with --wait: it imports Sphinx and sets the book up (the
    pickled environment loaded) while the pages execute, then renders when asked.

    `keep_one_ready` (used by `serve`) starts the next render process as soon as a render has finished, so an
    edit finds one ready; `Renderer(site_root, work)` takes that one instead of starting another, if the site's
    frame (configuration, table of contents, static files, the render's own code) is still the one it was started
    for. The process itself checks, before it renders, that the environment it loaded is still the one on disk."""

    def __init__(self, site_root: Path, work: Path):
        self.site_root, self.work = Path(site_root), Path(work)
        spare = _SPARES.pop(_spare_key(self.site_root, self.work), None)
        if spare is not None:
            if spare.process.poll() is None and spare.frame == frame_digest(self.site_root):
                self.__dict__.update(spare.__dict__)
                return
            spare.cancel()
        self._start()

    @classmethod
    def keep_one_ready(cls, site_root: Path, work: Path, forked: bool = False) -> "Renderer":
        """Start a render process for the next build now, unless one is waiting already; returns the one waiting.
        forked: fork it from the forkserver `serve` started with the render's imports (`render.render_forked`):
        ready in about 1 s rather than 3-4, so an edit saved soon after the last build does not wait for it."""
        key = _spare_key(Path(site_root), Path(work))
        if key in _SPARES and _SPARES[key].process.poll() is None:
            return _SPARES[key]
        spare = cls.__new__(cls)
        spare.site_root, spare.work = Path(site_root), Path(work)
        spare.frame = frame_digest(spare.site_root)
        spare._start(forked)
        _SPARES[key] = spare
        return spare

    @staticmethod
    def drop_spares() -> None:
        """End the render processes kept ready (serve, when it stops)."""
        while _SPARES:
            _SPARES.popitem()[1].cancel()

    def _start(self, forked: bool = False) -> None:
        self.state = self.work / STATE_FOLDER
        self.log = self.work / LOG_NAME
        self.work.mkdir(parents=True, exist_ok=True)
        mark("render: process starting")
        self.started = time.perf_counter()
        self.waited = 0.0  # seconds render() waited for the process to be ready (its set-up not hidden)
        if forked:
            self._output = tempfile.NamedTemporaryFile(mode="w+", encoding="utf-8", dir=self.work, prefix=".render-")
            self.process = _Forked(self.site_root, self.state, self._output.name)
            return
        command = [sys.executable, "-m", "factcheck.pipeline.render", str(self.site_root), str(self.state),
                   str(RENDER_JOBS), "--wait"]
        package_root = str(Path(__file__).parents[2])
        environment = {**os.environ,
                       "PYTHONPATH": os.pathsep.join(filter(None, [package_root, os.environ.get("PYTHONPATH")]))}
        self._output = tempfile.TemporaryFile(mode="w+", encoding="utf-8", dir=self.work, prefix=".render-")
        options = dict(stdin=subprocess.PIPE, stdout=self._output, stderr=subprocess.STDOUT, text=True,
                       cwd=self.site_root, env=environment)
        # forked by a zygote where one listens (the test suite's: zygote.py), else started anew
        self.process = fork_process(command, options) or subprocess.Popen(command, **options)

    def wait_until_ready(self, timeout: float) -> bool:
        """True once the process has set Sphinx up and waits to be told to render (benchmarks, tests)."""
        deadline = time.perf_counter() + timeout
        while time.perf_counter() < deadline and self.process.poll() is None:
            size = os.fstat(self._output.fileno()).st_size  # (pread: the process shares this file's offset)
            if READY_LINE.encode() in os.pread(self._output.fileno(), size, 0):
                return True
            time.sleep(0.05)
        return False

    def render(self, timeline: str | None = None) -> tuple[int, str]:
        """timeline: the timeline file the render marks (a process kept by the warm pool was started without)."""
        asked = time.perf_counter()
        self.process.communicate("go\n" if not timeline else f"go\t{timeline}\n")
        output = self._read_output()
        ready = re.search(re.escape(READY_LINE) + r"([\d.]+) s", output)
        if ready:
            self.waited = max(0.0, float(ready.group(1)) - (asked - self.started))
        return self.process.returncode, output

    def cancel(self) -> None:
        if self.process.poll() is None:
            self.process.communicate("stop\n")
        self._read_output()

    def _read_output(self) -> str:
        self._output.seek(0)
        text = ANSI_ESCAPES.sub("", self._output.read())
        self._output.close()
        return text


class _Forked:
    """A render process forked from the forkserver (`render.render_forked`), answering as the subprocess.Popen of a
    started one does where `Renderer` and the warm pool ask: poll(), communicate(order), returncode, pid."""

    def __init__(self, site_root: Path, state: Path, output: str):
        from factcheck.pipeline.parallel import forkserver_context
        from factcheck.pipeline.render import render_forked

        context = forkserver_context()
        receiving, self._orders = context.Pipe(duplex=False)
        # (Not a daemon: a daemon may not start processes, and Sphinx's parallel read and write does.)
        self._process = context.Process(target=render_forked, name="render", daemon=False,
                                        args=(str(site_root), str(state), RENDER_JOBS, output, receiving))
        self._process.start()
        receiving.close()
        self.pid = self._process.pid
        self.returncode = None

    def poll(self) -> int | None:
        if self.returncode is None and not self._process.is_alive():
            self.returncode = self._process.exitcode
        return self.returncode

    def communicate(self, order: str) -> tuple[None, None]:
        try:
            self._orders.send(order)
        except OSError:
            pass   # it has ended already
        self._process.join()
        self._orders.close()
        self.returncode = self._process.exitcode
        return None, None


_SPARES: dict[tuple[str, str], Renderer] = {}  # (site root, work folder) -> a render process kept ready


def _spare_key(site_root: Path, work: Path) -> tuple[str, str]:
    return str(site_root.resolve()), str(work.resolve())


ASSET_FOLDERS = ("_static", "_extra", "_templates")  # copied into the site as they are


def links_out_of(site_root: Path) -> list[str]:
    """One line per symbolic link in the asset folders that points outside the site's root (or nowhere)."""
    from factcheck.files.confine import links_leaving, link_message

    return [link_message(link, "the site's asset folders") + " (a link inside the repository is copied as a file)"
            for folder in ASSET_FOLDERS for link in links_leaving(Path(site_root) / folder, site_root)]


def build_site(site_root: Path, html: Path, work: Path, *, force: bool = False, echo=lambda line: None,
               renderer: Renderer | None = None, hashes=None, reuse_published: bool = True) -> SiteOutcome:
    started = time.perf_counter()
    site_root, html, work = Path(site_root), Path(html), Path(work)
    leaving = links_out_of(site_root)
    if leaving:  # Sphinx would copy what they point to into the site: refused, the published site left as it was
        if renderer:
            renderer.cancel()
        return SiteOutcome(False, False, time.perf_counter() - started, "", tuple(leaving))
    work.mkdir(parents=True, exist_ok=True)
    record_file = work / SITE_RECORD
    records = _read_records(record_file, echo)
    digest = site_digest(site_root, hashes)
    if not force and html.joinpath("index.html").exists() and records.get(str(html)) == digest:
        if renderer:
            renderer.cancel()
        return SiteOutcome(True, True, time.perf_counter() - started)

    state = work / STATE_FOLDER
    frame = frame_digest(site_root)
    frame_file = state / FRAME_RECORD
    if force or not frame_file.exists() or frame_file.read_text(encoding="utf-8") != frame:
        shutil.rmtree(state, ignore_errors=True)
    state.mkdir(parents=True, exist_ok=True)
    frame_file.unlink(missing_ok=True)  # written back only after a good render

    renderer = renderer or Renderer(site_root, work)
    mark("site: render asked")
    rendering = time.perf_counter()
    returncode, output = renderer.render()
    rendered = time.perf_counter()
    mark("site: rendered")
    log = work / LOG_NAME
    log.write_text(output, encoding="utf-8")
    built = state / "html"
    if returncode != 0 or not built.joinpath("index.html").exists():
        shutil.rmtree(state, ignore_errors=True)  # a failed render's environment would hide its warnings next time
        return SiteOutcome(False, False, time.perf_counter() - started, str(log), tuple(_problems_in(output)))
    frame_file.write_text(frame, encoding="utf-8")
    _prune_removed_extra(site_root, built, work)

    scratch = Path(tempfile.mkdtemp(prefix=SCRATCH_PREFIX, dir=work))
    try:
        _assemble(built, html if reuse_published else None, scratch / "html")
        assembled = time.perf_counter()
        mark("site: assembled")
        _swap_in(scratch / "html", html)
        mark("site: swapped in")
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    phases = next((line[len(PHASES_LINE):] for line in output.splitlines() if line.startswith(PHASES_LINE)), "")
    echo(f"  render {rendered - rendering:.2f} s (waiting for its set-up {renderer.waited:.2f} s; {phases}); "
         f"assemble {assembled - rendered:.2f} s, swap {time.perf_counter() - assembled:.2f} s")

    records[str(html)] = digest
    write_atomically(record_file, (json.dumps(records, indent=1, sort_keys=True) + "\n").encode("utf-8"))
    return SiteOutcome(True, False, time.perf_counter() - started, str(log))


EXTRA_RECORD = "extra.json"


def _prune_removed_extra(site_root: Path, built: Path, work: Path) -> None:
    """Sphinx copies _extra/ into the output it keeps between builds, and never removes a file deleted there: a
    removed asset stayed published until --force. The files _extra/ held at the last good build are recorded;
    the ones gone since are removed from the render's output (only inside it, never through a link)."""
    extra = Path(site_root) / "_extra"
    now = sorted(p.relative_to(extra).as_posix() for p in extra.rglob("*") if p.is_file()) if extra.is_dir() else []
    record = Path(work) / EXTRA_RECORD
    try:
        before = json.loads(record.read_text(encoding="utf-8")) if record.exists() else []
    except (OSError, ValueError):
        before = []
    root = Path(built).resolve()
    for name in sorted(set(before if isinstance(before, list) else []) - set(now)):
        target = Path(built) / str(name)
        resolved = target.parent.resolve() / target.name
        if root in resolved.parents and not target.is_symlink() and target.is_file():
            target.unlink()
    write_atomically(record, (json.dumps(now, indent=0) + "\n").encode("utf-8"))


def remove_stale_scratch(work: Path) -> list[Path]:
    """Scratch folders a killed build left behind (the build holds the lock, so none is in use)."""
    stale = sorted(Path(work).glob(SCRATCH_PREFIX + "*"))
    for folder in stale:
        shutil.rmtree(folder, ignore_errors=True)
    return stale


def _read_records(record_file: Path, echo) -> dict:
    """site.json: the digest of the sources of each site last built; set aside (one line said) if broken."""
    if not record_file.exists():
        return {}
    try:
        records = json.loads(record_file.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, ValueError) as error:
        echo(f"{record_file.name} is not readable JSON ({error}); rendering the site again")
        return {}
    if not isinstance(records, dict) or not all(isinstance(v, str) for v in records.values()):
        echo(f"{record_file.name} is not the shape this build writes ({{site folder: digest}}); rendering the site again")
        return {}
    return records


def _assemble(built: Path, published: Path | None, target: Path) -> None:
    """A copy of `built` in `target`: files the published site already has, byte for byte, are hard-linked
    (published None: none is, where the published site may have been handed in: a file of the same size and time
    is taken as the same).

    Sphinx writes its state folder in place next time, so the new site must not share its files."""
    for source in sorted(built.rglob("*")):
        relative = source.relative_to(built)
        destination = target / relative
        if source.is_dir():
            destination.mkdir(parents=True, exist_ok=True)
            continue
        destination.parent.mkdir(parents=True, exist_ok=True)
        old = published / relative if published is not None else None
        if old is not None and old.is_file() and _same_file(old, source):
            try:
                os.link(old, destination)
                continue
            except OSError:
                pass
        shutil.copy2(source, destination)


def _same_file(a: Path, b: Path) -> bool:
    first, second = a.stat(), b.stat()
    if first.st_size != second.st_size:
        return False
    if first.st_mtime_ns == second.st_mtime_ns:
        return True  # a page Sphinx did not write again: copied with its time stamp last time
    with open(a, "rb") as left, open(b, "rb") as right:
        while True:
            chunk = left.read(1 << 20)
            if chunk != right.read(1 << 20):
                return False
            if not chunk:
                return True


def _swap_in(built: Path, html: Path) -> None:
    """Replace html with built: two renames, so a reader never sees a half-written site. The old site is set
    aside under a name of its own (`.html-old-<n>`) and removed, with any an earlier build set aside, by a process
    of its own (`_remove_later`): the build neither waits for hundreds of files to be deleted before it announces
    the new site nor, at its end, before its process exits (0.6-1 s of an edit at five articles)."""
    html.parent.mkdir(parents=True, exist_ok=True)
    if html.exists():
        html.rename(html.with_name(f".{html.name}-old-{time.time_ns()}"))
    os.rename(built, html)  # fails, rather than nesting html/html, if something else put an html/ there
    set_aside = sorted(html.parent.glob(f".{html.name}-old*"))
    if set_aside:
        _remove_later(set_aside)


REMOVER = "import shutil, sys\nfor folder in sys.argv[1:]:\n    shutil.rmtree(folder, ignore_errors=True)"


def _remove_later(folders: list[Path]) -> None:
    """Delete the folders in a process that outlives this one. A thread did it before, and a build's process exits
    as soon as its site is in place: the thread ended part way, and what it left piled up (twelve old sites in
    this checkout's _build/ after a day of edits, up to 13 MB each)."""
    try:
        subprocess.Popen([sys.executable, "-c", REMOVER, *map(str, folders)], stdin=subprocess.DEVNULL,
                         stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    except OSError:   # no process to be had: the next build's swap tries again
        pass


def _problems_in(output: str) -> list[str]:
    wanted = ("WARNING", "ERROR", "Error", "Exception")
    return [line for line in output.splitlines() if any(word in line for word in wanted)][:30]
