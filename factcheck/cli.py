"""The command line: `python -m factcheck <command>`. Each command documents its options in --help."""
from __future__ import annotations

import argparse
import sys

from factcheck import __version__


def main(argv: list[str] | None = None) -> int:
    from factcheck.files.terminal import showing

    with showing():   # (a participant's names and words are printed: their control characters shown, not obeyed)
        return _main(argv)


def _main(argv: list[str] | None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m factcheck",
        description="Validate the claim ledger and build the fact-checked report.",
    )
    parser.add_argument("--version", action="version", version=f"factcheck {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    from factcheck.commands import register_all
    argv = sys.argv[1:] if argv is None else argv
    register_all(commands, only=next((a for a in argv if not a.startswith("-")), None))

    args = parser.parse_args(argv)
    from factcheck.files.user_cache import settle_machine_variable

    settle_machine_variable()
    try:
        return args.run(args) or 0
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130
    except OSError as error:
        where = _refused_by_the_machine(error)
        if where is None:   # a file missing or of the wrong kind: a fault of the tools, with its traceback
            raise
        # a folder the machine will not let it write (read-only, full), or a file it may not use: one line
        print(f"python -m factcheck {args.command}: cannot {where}: {error.strerror or error}", file=sys.stderr)
        return 1


def _refused_by_the_machine(error: OSError) -> str | None:
    """'write in FOLDER' (the folder, not the temporary file a write goes through) for a read-only or full disk,
    'use PATH' for a permission refused (reading or writing: it cannot tell which); None for anything else."""
    import errno
    from pathlib import Path

    if error.filename is None:
        return None
    if error.errno in (errno.EROFS, errno.ENOSPC, errno.EDQUOT):
        return f"write in {Path(error.filename).parent}"
    if error.errno in (errno.EACCES, errno.EPERM):
        return f"use {error.filename}"
    return None
