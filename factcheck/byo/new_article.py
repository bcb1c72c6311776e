"""`python -m factcheck new-article`: bring your own article (scaffold it, then check it and rebuild its chapter)."""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

DESCRIPTION = """\
Bring your own article. Scaffold a plain-text article into a small project laid out
like this repository, pre-filled by the mention finder, and build its chapter:

  DIR/seeds/SLUG.txt        the article, byte for byte (never edit it)
  DIR/seeds/sources.yml     provenance: id, file and sha256 computed; outlet, headline,
                            date (or inferred range, with evidence) and people quoted
                            are null and marked TO FILL
  DIR/data/claims.csv       one row per number that looks like a claim: claim id, offsets,
                            exact quote, value, unit guess, hedge word, precision and the
                            interval the standard rules give; metric, period, population
                            and speaker blank for you; and one row per quantity
                            word without digits ("vast majority", "a record",
                            "the largest", "peaked"): its words and the range they
                            read as, its condition blank for you (or delete the row)
  DIR/data/non_claims.csv   dates, years, fiscal years and ordinals, each with a suggested
                            reason (move a row to claims.csv if it is a claim after all)
  DIR/data/datapackage.json the tables' schema;  DIR/data/checks.yml  no checks yet
  DIR/SLUG.ipynb            the chapter (notebooks/document.ipynb run by papermill);
                            blank cells read "to fill"
  DIR/_site/html/articles/SLUG.html   the chapter as a web page that works offline
                            (written by --check)

Then fill in the blanks and run `new-article --check DIR`: it validates everything
at once, lists mistakes to fix and blanks left to fill (each as file:line: column
'...': what to write), and rebuilds the chapter when no mistake is left.

In a class's slot, `--first N` (scaffolding and with --check) makes only the first N
claim rows, in the article's order, and the provenance yours for now: --check exits 0
once those are filled in and valid, and the chapter shows those claims and lists the
others as not yet filled in (draft, not reviewed).
(`python -m factcheck check --root DIR` validates the same way, without the chapter.)

Exit status: 0 when done (scaffolded, or checked with nothing left); 1 when a check
finds something left or the chapter fails; 2 on bad usage (file not found, not UTF-8
text, empty file, longer than 200,000 characters, invalid id, DIR exists) -- nothing is
written then. --force replaces only a folder new-article made, and moves it aside."""

EPILOG = """\
examples:
  python -m factcheck new-article my-article.txt --id ice24       # into workbench/ice24/
  python -m factcheck new-article my-article.txt --id ice24 --out ~/ice24
  python -m factcheck new-article --check workbench/ice24         # what is left? rebuild the chapter
  python -m factcheck new-article my-article.txt --id ice24 --first 5   # a class's slot: the first 5 claims
  python -m factcheck new-article --check workbench/ice24 --first 5"""

WORKBENCH = "workbench"
SITE = "_site"  # inside an article folder: its chapter as an offline HTML page


def register(commands) -> None:
    parser = commands.add_parser(
        "new-article", help="bring your own article: scaffold it for fact-checking, then --check it",
        description=DESCRIPTION, epilog=EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("article", nargs="?", type=Path, metavar="ARTICLE.txt",
                        help="the article as plain UTF-8 text")
    parser.add_argument("--id", dest="doc_id", metavar="SLUG",
                        help="the article's id: lower-case letters and digits, starting with a letter (e.g. ice24)")
    parser.add_argument("--out", type=Path, metavar="DIR",
                        help=f"folder to write (default: {WORKBENCH}/SLUG/ in this checkout)")
    parser.add_argument("--force", action="store_true",
                        help="replace DIR if it exists: only a folder new-article made (it holds a .new-article "
                             "file), never the repository or the current folder; the old one is moved to DIR.old-N")
    parser.add_argument("--check", type=Path, metavar="DIR",
                        help="validate a scaffolded folder, list what is left to do, and rebuild its chapter")
    parser.add_argument("--first", type=_count, metavar="N",
                        help="a class's slot: only the first N claim rows, in the article's order, are yours for now. "
                             "Scaffolding, it names them and the --check line to run; with --check, it lists what is "
                             "left only in those rows (blanks in the rest, and in rows whose note says 'later', are "
                             "counted, not listed) and exits 0 once they and the provenance are filled in; the chapter "
                             "lists the other claims as not yet filled in (draft, not reviewed)")
    parser.add_argument("--no-chapter", dest="chapter", action="store_false",
                        help="do not build the chapter (faster; the data files only)")
    parser.set_defaults(run=run, parser=parser)


def run(args) -> int:
    if args.check is not None:
        if args.article or args.doc_id or args.out or args.force:
            args.parser.error("--check DIR takes no ARTICLE.txt, --id, --out or --force")
        try:
            return check(args.check, chapter=args.chapter, first=args.first)
        except (OSError, UnicodeError, RecursionError) as error:   # a folder of a shape no check foresaw
            said = " ".join(f"{type(error).__name__}: {error}".split())
            print(f"new-article: {args.check} could not be checked ({said[:300]}); look at what the folder holds "
                  "there, and compare it with a folder new-article made", file=sys.stderr)
            return 1
    if args.article is None or args.doc_id is None:
        args.parser.error("give ARTICLE.txt and --id SLUG (or --check DIR)")
    return new(args.article, args.doc_id, args.out, args.force, chapter=args.chapter, first=args.first)


def _count(text: str) -> int:
    """--first N: a whole number of claims, at least 1."""
    try:
        number = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a whole number of claims, found {text!r}") from None
    if number < 1:
        raise argparse.ArgumentTypeError(f"expected at least 1 claim, found {number}")
    return number


def new(article: Path, doc_id: str, out: Path | None, force: bool, chapter: bool, first: int | None = None) -> int:
    from factcheck import paths
    from factcheck.byo.scaffold import ArticleError, scaffold

    folder = out if out is not None else paths.ROOT / WORKBENCH / (doc_id or "_")
    try:
        made = scaffold(article, doc_id, folder, force=force)
    except ArticleError as error:
        print(f"new-article: {error}", file=sys.stderr)
        return 2
    name = paths.relative(folder)
    words = sum(1 for row in made.claims if row.get("words"))
    if made.moved_aside is not None:
        print(f"Moved the old {name}/ aside to {paths.relative(made.moved_aside)}/ (nothing was deleted).")
    print(f"Scaffolded {article} as '{doc_id}' in {name}/:\n"
          f"  {'seeds/' + doc_id + '.txt':<21} the article, byte for byte\n"
          f"  seeds/sources.yml     provenance: outlet, headline, date, people quoted are TO FILL\n"
          f"  data/claims.csv       {len(made.claims) - words} numbers that look like claims and {words} "
          "quantity words without digits; metric, period, population, speaker (and a word's condition) are yours\n"
          f"  data/non_claims.csv   {len(made.non_claims)} dates, years and ordinals, each with a suggested reason\n"
          "  data/datapackage.json, data/checks.yml (no checks yet)")
    status = _chapter(folder, doc_id, None) if chapter else 0
    if first is None:
        print(f"\nNext: check the pre-filled rows, fill in the blanks, then run\n"
              f"  python -m factcheck new-article --check {name}")
        return status
    print(f"\nYours for now: the provenance (seeds/sources.yml) and the first {min(first, len(made.claims))} of "
          f"{len(made.claims)} claim rows of data/claims.csv, in the article's order:")
    for line, row in enumerate(made.claims[:first], start=2):
        print(f"  line {line}: {row['claim_id']}  \u201c{row['quote']}\u201d")
    print(f"Check those rows, fill in their blanks and the provenance, then run\n"
          f"  python -m factcheck new-article --check {name} --first {first}\n"
          "The chapter lists the other claims as not yet filled in (draft, not reviewed).")
    return status


def check(folder: Path, chapter: bool = True, first: int | None = None) -> int:
    from factcheck import paths
    from factcheck.byo.workbench import report, review

    if not (folder / "seeds" / "sources.yml").is_file():
        print(f"new-article: {folder} is not an article folder (no seeds/sources.yml); "
              "make one with: python -m factcheck new-article ARTICLE.txt --id SLUG", file=sys.stderr)
        return 2
    found = review(folder, first)
    print(report(found, folder))
    status = 0 if found.done else 1
    if not chapter:
        return status
    if found.mistakes:
        print("\nThe chapter was not rebuilt: fix the mistakes first.")
        return 1
    chapters_ok = True
    for doc_id, title in found.titles.items():
        failed = _chapter(folder, doc_id, title)
        chapters_ok = chapters_ok and not failed
        status = failed or status
    if chapters_ok and not _page(folder, list(found.titles)):
        print("\nThe chapter was built, its HTML page was not (above).")
        return status or 1
    again = f" --first {first}" if first is not None else ""
    later = (f" The chapter lists {len(found.later_rows)} claim{'s' if len(found.later_rows) != 1 else ''} as not yet "
             "filled in (draft, not reviewed)." if found.later_rows else "")
    print(f"\nRun it again when you have filled in more: python -m factcheck new-article --check "
          f"{paths.relative(folder)}{again}" if status else f"\nDone.{later}")
    return status


def _page(folder: Path, doc_ids: list[str]) -> bool:
    """The chapter as an HTML page that works offline: a class book of this one folder, in DIR/_site. Whether it
    was written."""
    from factcheck import paths
    from factcheck.byo.classbook import build_class_book, log_said
    from factcheck.files.confine import Unconfined

    try:
        book = build_class_book([folder], folder / SITE, title="Draft chapter", echo=lambda _: None, rebuild=False,
                                adopt=True, waiting=lambda line: print(line, file=sys.stderr, flush=True))
    except Unconfined as refused:
        print(f"The HTML page was not written: {refused}", file=sys.stderr)
        return False
    if book.ok and book.chapters:
        for doc_id in doc_ids:
            print(f"Page:    {paths.relative(book.page(doc_id))} (open it in a browser; it works offline)")
        return True
    if book.ok:   # the class book left the folder out
        print(f"The HTML page was not written: {'; '.join(why for _, why in book.left_out)}", file=sys.stderr)
    else:
        print(f"The HTML page was not written (Jupyter Book failed; {log_said(book)})", file=sys.stderr)
    return False


def _chapter(folder: Path, doc_id: str, title: str | None) -> int:
    from factcheck import paths
    from factcheck.report.escaping import markdown_text
    from factcheck.byo.edited import set_aside_if_edited
    from factcheck.byo.workbench import build_chapter, chapter_path

    started = time.perf_counter()
    aside = set_aside_if_edited(chapter_path(folder, doc_id))
    if aside:
        print(f"{paths.relative(chapter_path(folder, doc_id))} had been edited: your version is kept as "
              f"{paths.relative(aside)} (the chapter is rebuilt from the data each time; keep your own analysis "
              "in a notebook of another name)")
    outcome = build_chapter(folder, doc_id, markdown_text(title) if title else None)  # the heading is markdown
    if not outcome.ok:
        print(f"\nThe chapter failed at {outcome.where}: {outcome.error}\n  whole traceback: {outcome.evidence}",
              file=sys.stderr)
        return 1
    print(f"\nChapter: {paths.relative(chapter_path(folder, doc_id))} "
          f"({time.perf_counter() - started:.0f} s; open it in JupyterLab; claims not yet filled in are listed apart, "
          "other blanks read \"to fill\")")
    return 0
