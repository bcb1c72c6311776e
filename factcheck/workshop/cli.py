"""`python -m factcheck workshop`: write the participants' starter notebooks (exercises without solutions)."""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

DESCRIPTION = """\
Write one starter notebook per exercise in notebooks/workshop/ into a folder:
the exercise with its solution cells removed and no outputs. Open them in
JupyterLab (.venv/bin/jupyter lab); each runs top to bottom, and its checker
says "not answered yet" until the answer cell is filled in.

A starter already in the folder is kept (it may hold a participant's answers)
unless --force is given."""


def register(commands) -> None:
    parser = commands.add_parser(
        "workshop", help="write the workshop's starter notebooks (exercises without solutions)",
        description=DESCRIPTION, formatter_class=argparse.RawDescriptionHelpFormatter,
        epilog="example:\n  python -m factcheck workshop --out my-exercises")
    parser.add_argument("-o", "--out", type=Path, default=Path("workshop-exercises"), metavar="DIR",
                        help="folder to write the starters into (default: %(default)s)")
    parser.add_argument("-f", "--force", action="store_true",
                        help="overwrite starters already in the folder (answers in them are lost)")
    parser.set_defaults(run=run_workshop)


def run_workshop(args) -> int:
    from ..paths import relative
    from .starters import write_starters

    written = write_starters(args.out, force=args.force)
    if not written:
        print("no exercise templates found in notebooks/workshop/")
        return 1
    for path, what in written:
        note = " (already there; --force to overwrite)" if what == "kept" else ""
        print(f"{what:<8} {relative(path)}{note}")
    # the interpreter running this command is the project's environment, whatever the platform's layout
    print(f"open them with: {relative(Path(sys.executable))} -m jupyter lab {relative(Path(args.out))}")
    return 0
