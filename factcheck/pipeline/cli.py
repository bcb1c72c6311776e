"""`python -m factcheck build`: execute every page with papermill, then render the site."""
from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

DESCRIPTION = """\
Execute every page listed in pages.yml with papermill (in parallel, each worker
keeping one kernel with the imports done; normalised so two builds give identical
bytes) into book/, then render the site with Jupyter Book (-n -W --keep-going)
into _build/html.

A page is executed again only when its template, its parameters, the package
code, or something it read in its last run changed: the build records the
claims, checks and articles each page looked at, so correcting one claim runs
only the pages that show it or a check using it. The record is kept in
book/.manifest.json. Only the pages that changed are rendered again (Sphinx's
environment is kept in _build/render/). Each page is written to a temporary file
and moved into place only when it ran without error, and the site is swapped in
only when Jupyter Book succeeded: a failure leaves the previous _build/html in
place. A failing page is reported with its cell (counted in the template, from 1)
and exception; the whole traceback and the partly executed notebook are kept in
_build/failed/. Two builds started together run one after the other (a lock in
_build/.build.lock).

What-if runs: --param NAME=VALUE overrides a template parameter (for example
--param hedge_preset=strict) on every page whose template declares it; the build
then goes to a separate folder (default _build/whatif/<name>/, site in its html/)
and never writes into book/.

Exit status: 0 on success, 1 when a page or the site failed, 2 on bad usage."""

EPILOG = """\
examples:
  python -m factcheck build                       # the site, from scratch or incrementally
  python -m factcheck build --force               # execute every page again
  python -m factcheck build -p hedge_preset=loose # what-if: _build/whatif/hedge_preset-loose/html
  python -m factcheck build --no-site             # executed pages only"""


def register(commands) -> None:
    parser = commands.add_parser(
        "build", help="execute the notebooks (papermill) and build the site (Jupyter Book)",
        description=DESCRIPTION, epilog=EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("-f", "--force", action="store_true",
                        help="execute every page and rebuild the site even when nothing changed")
    parser.add_argument("-p", "--param", action="append", default=[], metavar="NAME=VALUE",
                        help="override a template parameter (repeatable); VALUE is read as YAML, so "
                             "0.1 is a number and strict a string. Builds into a separate what-if folder")
    parser.add_argument("-o", "--out", type=Path, default=None, metavar="DIR",
                        help="folder for a what-if build (default: _build/whatif/<name>); "
                             "must not be inside book/")
    parser.add_argument("-j", "--jobs", type=int, default=min(2, os.cpu_count() or 1), metavar="N",
                        help="pages executed at once, each in its own process (default: %(default)s)")
    parser.add_argument("--no-site", dest="site", action="store_false",
                        help="execute the pages but do not run Jupyter Book")
    parser.add_argument("--no-warm", dest="warm", action="store_false", default=None,
                        help="neither take kernels from the warm pool nor leave one for the next build (also: "
                             "FACTCHECK_WARM=0; see `python -m factcheck warm --help`)")
    parser.set_defaults(run=run_build)


def run_build(args) -> int:
    from factcheck.files.problems import ValidationFailed
    from factcheck.pipeline.pipeline import build, parse_overrides

    try:
        overrides = parse_overrides(args.param)
        if args.out and not overrides:
            raise ValueError("--out is for what-if builds; give at least one --param")
        status = build(force=args.force, overrides=overrides, out=args.out, jobs=max(1, args.jobs), site=args.site,
                       warm=args.warm)
        from factcheck.pipeline.timeline import mark

        mark("build: command returns")
        return status
    except ValidationFailed as failed:
        print(failed, file=sys.stderr)
        return 1
    except ValueError as error:
        print(f"build: {error}", file=sys.stderr)
        return 2
    except OSError as error:  # a read-only _build, a full disk, a quota: the previous pages and site stay
        from factcheck import paths

        where = paths.relative(error.filename) if error.filename else "the build folder"
        hint = "is the folder read-only?" if isinstance(error, PermissionError) else \
            "is the disk full or read-only? the previous pages and site were left as they were"
        print(f"build: cannot write to {where}: {error.strerror or error} ({hint})", file=sys.stderr)
        return 1
