"""The user's cache folder: where the answers kept for all the user's checkouts live (files/memo.py), and the key
that seals what the tools keep in a project's folder (files/sealed.py). The user's alone, or not used."""
from __future__ import annotations

import os
from pathlib import Path

MACHINE_VARIABLE = "FACTCHECK_CACHE"   # names the user's cache folder (its default: machine_folder); "off": none


def machine_folder() -> Path | None:
    """Where the answers kept for all the user's checkouts live: the folder FACTCHECK_CACHE names (`python -m
    factcheck` makes a relative one absolute where it runs: see settle_machine_variable), else factcheck/ in the
    user's cache folder ($XDG_CACHE_HOME when it is absolute, as the XDG specification says, else ~/.cache), as pip
    and uv keep theirs. None, and the answers are kept in the checkout as the others are: FACTCHECK_CACHE=off, no
    home folder to be found, or a folder that others own or may write to (a drawing goes into a page as it is)."""
    return _user_cache()[0]


def refused_machine_folder() -> str:
    """Why the user's cache folder is not used although it exists ('' when it is used, or none is meant): the
    build says it once, since the drawings are then kept in the checkout and no other checkout finds them."""
    return _user_cache()[1]


def _user_cache() -> tuple[Path | None, str]:
    named = os.environ.get(MACHINE_VARIABLE, "")
    if named == "off":
        return None, ""
    try:
        if named:
            base = Path(named).expanduser().absolute()
        else:
            xdg = os.environ.get("XDG_CACHE_HOME", "")
            base = (Path(xdg) if os.path.isabs(xdg) else Path.home() / ".cache") / "factcheck"
    except (RuntimeError, KeyError):   # no home folder (a container's user without a passwd entry or HOME)
        return None, ""
    try:
        status = base.stat()
    except OSError:
        return base, ""   # made private when first written to (make_private)
    if status.st_uid != os.getuid() or status.st_mode & 0o022:
        return None, (f"{base} is not used for the charts' drawings: "
                      + ("another user owns it" if status.st_uid != os.getuid() else "others may write to it")
                      + " (a drawing goes into a page as it is); they are kept in this checkout instead")
    if not named and status.st_mode & 0o077:
        # the default folder, the user's own, readable by others (as the first version of it was made): the
        # drawings quote participants' articles. A folder FACTCHECK_CACHE names is left as it is (it may be ~)
        try:
            base.chmod(0o700)
        except OSError:
            pass
    return base, ""


def settle_machine_variable() -> None:
    """A relative FACTCHECK_CACHE means the folder where the command runs, for every process it starts (kernels
    work in the templates' folder): made absolute once, before any starts."""
    named = os.environ.get(MACHINE_VARIABLE, "")
    if named and named != "off":
        os.environ[MACHINE_VARIABLE] = os.path.abspath(os.path.expanduser(named))


def make_private(base: Path) -> None:
    """The user's cache folder, made readable and writable by the user alone when this makes it."""
    if not base.is_dir():
        base.mkdir(mode=0o700, parents=True, exist_ok=True)
