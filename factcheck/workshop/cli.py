"""`python -m factcheck workshop`: the participants' starters, the instructor's key, and a self-test for laptops."""
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
unless --force is given. The folder is never notebooks/workshop itself.

--answers DIR writes the instructor's key instead (the answers, the usual wrong
answers with what the checker says to each, the cases to discuss), generated from
the data, into DIR/workshop-key.md: never into the folders the site is built from.

--variant NAME gives a participant their own variant of the four exercises, drawn
from the labelled corpus (corpus/, articles that are not in the report) with NAME as
the seed: numbers for exercises 1 and 2, an article's counts (3) and three pairs of
figures (4) from corpus/workshop.yml, so neighbours get different items and no answer
is on the public site. With --answers, give --variant once per participant: the key then lists each
variant's answers too (DIR/variants.md). Keep both folders out of git and the site
(my-exercises/ and instructor-key/ are git-ignored).

--self-test checks a participant's laptop: Python, the environment, the kernel,
and one exercise run from start to end; bring its output to the session."""


def register(commands) -> None:
    parser = commands.add_parser(
        "workshop", help="write the workshop's starters, the instructor's key (--answers), or test a laptop",
        description=DESCRIPTION, formatter_class=argparse.RawDescriptionHelpFormatter,
        epilog="examples:\n  python -m factcheck workshop --out my-exercises\n"
               "  python -m factcheck workshop --out my-exercises --variant ana\n"
               "  python -m factcheck workshop --answers instructor-key --variant ana --variant ben\n"
               "  python -m factcheck workshop --self-test")
    parser.add_argument("-o", "--out", type=Path, default=Path("workshop-exercises"), metavar="DIR",
                        help="folder to write the starters into (default: %(default)s)")
    parser.add_argument("-f", "--force", action="store_true",
                        help="write the starters again over those already in the folder (one that differs, with "
                             "answers in it, is moved aside to NAME.old-N.ipynb)")
    parser.add_argument("--answers", type=Path, metavar="DIR",
                        help="write the instructor's key into DIR/workshop-key.md instead of the starters")
    parser.add_argument("--variant", action="append", metavar="NAME", default=[],
                        help="a participant's variant of the four exercises, drawn from corpus/ with NAME as the seed "
                             "(written exactly as the participant writes it: 'Ana' and 'ana' are two variants; "
                             "with --answers: once per participant)")
    parser.add_argument("--self-test", action="store_true",
                        help="check this laptop: Python, the environment, the kernel, one exercise run end to end")
    parser.set_defaults(run=run_workshop)


def run_workshop(args) -> int:
    from factcheck.paths import relative

    if args.self_test:
        from factcheck.workshop.selftest import run_self_test

        return run_self_test()
    if args.answers is not None:
        from factcheck.workshop.key import write_key, write_variant_key

        earlier = set(args.answers.glob("*.old-*.md")) if args.answers.is_dir() else set()
        try:
            path = write_key(args.answers)
            variants = write_variant_key(args.answers, args.variant) if args.variant else None
        except ValueError as error:
            print(f"workshop: {error}", file=sys.stderr)
            return 2
        print(f"wrote the instructor's key: {relative(path)} (not part of the site; keep it from participants)")
        if variants:
            print(f"wrote the answers to {len(args.variant)} variant(s): {relative(variants)}")
        for aside in sorted(set(args.answers.glob("*.old-*.md")) - earlier):
            print(f"the file it replaced, which differed (your notes?), is kept as {relative(aside)}")
        return 0

    from factcheck.workshop.starters import write_starters

    if len(args.variant) > 1:
        print("workshop: give one --variant per participant's folder (several only with --answers)", file=sys.stderr)
        return 2
    try:
        parameters = None
        if args.variant:
            from factcheck.workshop.variants import variant_parameters

            parameters = variant_parameters(args.variant[0])
        earlier = set(args.out.glob("*.old-*.ipynb")) if args.out.is_dir() else set()
        written = write_starters(args.out, force=args.force, parameters=parameters)
    except ValueError as error:
        print(f"workshop: {error}", file=sys.stderr)
        return 2
    if not written:
        print("no exercise templates found in notebooks/workshop/")
        return 1
    for path, what in written:
        note = " (already there; --force to overwrite)" if what == "kept" else ""
        print(f"{what:<8} {relative(path)}{note}")
    for aside in sorted(set(args.out.glob("*.old-*.ipynb")) - earlier):
        print(f"the starter it replaced, which differed (your answers?), is kept as {relative(aside)}")
    # the interpreter running this command is the project's environment, whatever the platform's layout
    print("open them with: " + lab_command(Path(args.out), [path for path, _ in written]))
    return 0


def lab_command(out: Path, starters: list[Path]) -> str:
    """The command that opens the first starter in JupyterLab from the repository's folder, so the lab's file browser
    reaches data/, corpus/ and workbench/ too (a lab started inside the folder cannot); --allow-root as root."""
    import os

    from factcheck.paths import relative

    root_flag = " --allow-root" if hasattr(os, "geteuid") and os.geteuid() == 0 else ""
    first = relative(sorted(starters)[0]) if starters else relative(out)
    # Given a notebook alone, JupyterLab serves the notebook's own folder: root_dir keeps the repository's.
    return f"{relative(Path(sys.executable))} -m jupyter lab{root_flag} --ServerApp.root_dir=. {first}"
