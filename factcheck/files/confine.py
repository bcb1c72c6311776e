"""Writing only inside a folder the tools were given, never through a symbolic link.

A participant's folder, a class book's `--out` and a what-if build's `--out` are
written into and partly emptied. A symbolic link anywhere there would turn a write
or a deletion into one at the link's target (any file the person running the tool
can write), so such folders are searched for links first and refused, with one
line naming the link, before anything is written. Every path written is also
resolved and must stay inside its folder. A participant's folder is also searched for
named pipes, sockets and devices (reading one could wait for ever) and, where the tools
write in place, for hard links (`hazards`, used by factcheck/byo/guard.py, for `new-article --check`,
`class-book` and `check --root`); a folder the search cannot list is refused, not skipped.
"""
from __future__ import annotations

import os
import stat
from pathlib import Path

from factcheck.files.problems import Problem
from factcheck.paths import relative


class Unconfined(ValueError):
    """A path the tools would write or delete is a symbolic link, or leads outside its folder (one line)."""


def links_in(folder: Path | str, limit: int = 1) -> list[Path]:
    """The symbolic links at folder itself and anywhere under it (searched without following links), first `limit`."""
    return [path for path, link in _odd_entries(Path(folder), hidden=True) if link][:limit]


def _odd_entries(folder: Path, hidden: bool) -> list[tuple[Path, bool]]:
    """(path, is a symbolic link) for each link, and each entry that is neither file nor folder, at or under folder,
    in one pass (the kinds a folder's listing gives, with no call per entry); a folder that cannot be listed raises
    Unconfined. hidden=False: the folder's own hidden entries are passed over."""
    try:
        kind = folder.lstat().st_mode
    except FileNotFoundError:
        return []
    if stat.S_ISLNK(kind) or not (stat.S_ISREG(kind) or stat.S_ISDIR(kind)):
        return [(folder, stat.S_ISLNK(kind))]
    found, places = [], [folder] if stat.S_ISDIR(kind) else []
    while places:
        place = places.pop()
        try:
            with os.scandir(place) as listing:
                entries = sorted(listing, key=lambda entry: entry.name)
        except FileNotFoundError:   # gone since its folder was listed
            continue
        except OSError as error:
            raise Unconfined(f"{relative(Path(place))} cannot be listed ({error.strerror}): what it holds cannot be "
                             "checked; make it readable, or remove it") from None
        folders = []
        for entry in entries:
            if not hidden and place == folder and entry.name.startswith("."):
                continue
            if entry.is_symlink():
                found.append((Path(entry.path), True))
            elif entry.is_dir(follow_symlinks=False):
                folders.append(Path(entry.path))
            elif not entry.is_file(follow_symlinks=False):
                found.append((Path(entry.path), False))
        places.extend(reversed(folders))   # (in order of name, each folder's entries before the next folder's)
    return found


def hard_links_among(paths) -> list[Path]:
    """Those of paths that are files with other names (hard links): a file written in place changes under all."""
    found = []
    for path in paths:
        try:
            info = path.lstat()
        except OSError:
            continue
        if stat.S_ISREG(info.st_mode) and info.st_nlink > 1:
            found.append(path)
    return found


def unsafe_reason(path: Path, what: str) -> str:
    """'is a named pipe, not a file: ...', what follows its name in a one-line refusal."""
    info = path.lstat()
    if stat.S_ISREG(info.st_mode):
        return (f"is a hard link (the file has {info.st_nlink} names): {what} may hold none where the tools write, "
                "since writing it would change the file under its other names; replace it with a copy")
    if stat.S_ISSOCK(info.st_mode) or stat.S_ISCHR(info.st_mode) or stat.S_ISBLK(info.st_mode):
        name = "a socket" if stat.S_ISSOCK(info.st_mode) else "a device"
        return f"is {name}, not a file: {what} may hold none; replace it with the file itself, or remove it"
    name = "a named pipe" if stat.S_ISFIFO(info.st_mode) else "not a file"
    return (f"is {name}, not a file: {what} may hold none, since reading it could wait for ever; replace it with "
            "the file itself, or remove it")


def link_reason(link: Path, what: str) -> str:
    """'is a symbolic link (to ...): ...', what follows the link's name in a one-line refusal."""
    try:
        target = os.readlink(link)
    except OSError:
        target = "?"
    return (f"is a symbolic link (to {target}): {what} may hold none, since writing or deleting there would "
            "reach the link's target; replace it with the file or folder itself, or remove it")


def link_message(link: Path, what: str) -> str:
    return f"{relative(link)} {link_reason(link, what)}"


def refuse_links(folder: Path | str, what: str = "this folder") -> None:
    """Raise Unconfined, naming the first symbolic link at or under folder (or any folder above it up to the
    nearest existing one being a link is allowed: only what the tools own is searched)."""
    links = links_in(folder)
    if links:
        raise Unconfined(link_message(links[0], what))


def hazards(folder: Path | str, what: str, written: tuple[str, ...] = (), hidden: bool = True) -> list[Problem]:
    """What in folder would let reading it wait for ever or reach outside it, the first found, before anything in
    it is read: a symbolic link anywhere in it (a write or a deletion there would reach the link's target, and a
    read would publish it), a named pipe, socket or device (reading one could wait for ever), a folder that cannot
    be listed (what it holds could not be checked), a hard link among `written` (the files the tools write in
    place, a name ending in "/" meaning all under it: the file would change under its other names; a git clone's
    own hard links elsewhere are fine). hidden=False: the folder's own hidden entries (.git, .venv) are not searched."""
    folder = Path(folder)
    try:
        odd = _odd_entries(folder, hidden)
        links = [path for path, link in odd if link][:1]
        if links:
            return [Problem(relative(links[0]), None, None, link_reason(links[0], what))]
        unsafe = [path for path, link in odd if not link][:1]
        for name in written:   # (searched once no link can lead the search outside the folder)
            place = folder / name
            unsafe += hard_links_among(place.rglob("*") if name.endswith("/") and place.is_dir() else [place])
    except Unconfined as refused:   # a folder that cannot be listed
        return [Problem(relative(folder), None, None, str(refused))]
    if unsafe:
        return [Problem(relative(unsafe[0]), None, None, unsafe_reason(unsafe[0], what))]
    return []


def inside(base: Path | str, path: Path | str) -> Path:
    """path, when it is not a link and resolves to a place inside base; else Unconfined."""
    base, path = Path(base), Path(path)
    if path.is_symlink():
        raise Unconfined(link_message(path, "a folder the tools write"))
    resolved, root = path.resolve(), base.resolve()
    if resolved != root and root not in resolved.parents:
        raise Unconfined(f"{relative(path)} leads outside {relative(base)} (to {resolved}): nothing was written there")
    return path


def claim_folder(folder: Path | str, marker: str, tool: str, adopt: bool = False) -> Path:
    """Make folder the tool's own output folder, or raise Unconfined (one line) and touch nothing.

    Refused: a link at or under it; a file; a folder that is not empty and holds no `marker` (the tool did
    not make it: what is in it is someone's). adopt: the folder is the tool's by where it is (a participant
    folder's own _site), marked now. The marker is written, so the next run may replace what it holds."""
    folder = Path(folder)
    refuse_links(folder, f"an output folder of {tool}")
    if folder.exists() and not folder.is_dir():
        raise Unconfined(f"{relative(folder)} is a file, not a folder: choose another --out")
    if folder.is_dir() and not adopt and not (folder / marker).is_file() and any(folder.iterdir()):
        raise Unconfined(f"{relative(folder)} is not a folder {tool} made (it holds no {marker} file) and is not empty: "
                         "nothing in it was touched; choose a new or empty --out")
    mark = folder / marker
    # The mark is written in place (a run holds a lock on it, factcheck/byo/classbook.py): not through a folder, a
    # named pipe (writing to one waits for a reader) or a hard link to a file elsewhere planted under its name.
    if mark.exists() and (not mark.is_file() or mark.stat().st_nlink > 1):
        what = "is not a file" if not mark.is_file() else "is a hard link (the file has other names)"
        raise Unconfined(f"{relative(mark)} {what} ({tool} writes its mark there): nothing in "
                         f"{relative(folder)} was touched; remove it" + ("" if adopt else " or choose another --out"))
    folder.mkdir(parents=True, exist_ok=True)
    mark.write_text(f"Made by {tool}, which may replace what this folder holds.\n", encoding="utf-8")
    return folder


def links_leaving(folder: Path | str, root: Path | str) -> list[Path]:
    """Symbolic links under folder whose target lies outside root (or nowhere): copying them would publish
    whatever they point to (an environment file was published this way)."""
    folder, root = Path(folder), Path(root).resolve()
    leaving = []
    for link in links_in(folder, limit=10**6):
        target = link.resolve()
        if not target.exists() or (target != root and root not in target.parents):
            leaving.append(link)
    return leaving
