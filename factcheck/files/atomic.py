"""Writing a file so that a reader never sees half of it."""
from __future__ import annotations

import os
from pathlib import Path


def write_atomically(target: Path, data: bytes) -> None:
    """Write to a temporary file beside the target, then rename: readers never see half a file."""
    import tempfile   # only when writing: reading commands (check) need not import it

    target = Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
        os.chmod(temporary, 0o644)  # mkstemp makes 0600; pages are ordinary files
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def replace_keeping_the_old(path: Path, data: bytes) -> Path | None:
    """Write data to path as a new file (never through a hard link into another name's file); a different file
    already there, which may hold someone's notes or answers, is first moved aside to NAME.old-N.SUFFIX, not lost.
    Returns where it went, or None."""
    path, aside = Path(path), None
    if path.is_file() and path.read_bytes() != data:
        number = 1
        while (aside := path.with_name(f"{path.stem}.old-{number}{path.suffix}")).exists():
            number += 1
        path.rename(aside)
    write_atomically(path, data)
    return aside
