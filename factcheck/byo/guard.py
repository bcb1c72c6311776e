"""What makes a participant's folder unsafe or too big to check: `guard`, before anything in it is read or written.

A participant's folder (made by `new-article`, handed in) is untrusted. `new-article --check`, `class-book` and
`check --root` ask here first, and refuse in one line what would hang them, take them outside the folder, or
hold up the whole class's book; the limits are said in the message when passed. Light to import: `check --root`
asks on every run, before it looks for answers kept from the last one.
"""
from __future__ import annotations

import re
from pathlib import Path

from factcheck import paths
from factcheck.files.problems import Problem

FAILED_DIR = "_failed"  # inside the folder: a failed chapter's traceback and partial notebook (workbench.py)

# Far longer than any news article (a long feature is 5,000 words, about 30,000 characters); beyond it the
# finder and the chapter would take minutes and gigabytes for what is not an article.
MAX_ARTICLE_CHARACTERS = 200_000
MAX_CLAIMS = 10_000  # claim rows in one folder (a long feature has a few hundred numbers): checked here and in scaffold
# Every numeral is read for its claim, and dates and years are numerals too: past this a text of numerals would take
# the finder many minutes (new-article refuses such an article too); under it, a text built of little but numerals
# can still take a minute or two (benchmarks/finder_shapes.py).
MAX_NUMERALS = 3 * MAX_CLAIMS
NUMERAL = re.compile(r"\d+")
MAX_FILE_BYTES = 4_000_000     # any one file under seeds/, data/ or review/ (10,000 claim rows: about 1.5 MB)
# Articles in one folder: new-article makes a folder for one; `check --root` of a copy of the report (five articles
# now) must pass too.
MAX_DOCUMENTS = 10
WHAT = "a participant's folder"


def guard(folder: Path | str, what: str = WHAT, hidden: bool = True) -> list[Problem]:
    """What makes a folder unsafe or too big to check, before anything in it is read or written; the first found.

    A name that is not UTF-8; what `confine.hazards` finds (with data/claims.csv and _failed/, which the tools write
    in place); a file under seeds/, data/ or review/ past MAX_FILE_BYTES; a table schema (data/datapackage.json)
    other than
    the report's own: a schema says what a cell may hold and checks it with its own patterns, so a participant's
    could let through what the tools assume cannot be there, or hold a pattern that takes hours to match; more
    articles or more of their text than `_too_much_text` allows; more than MAX_CLAIMS claim rows.

    what: the folder as the messages name it. hidden=False: the folder's hidden entries (.git, .venv: a checkout's
    own links), which the tools never read, are not searched for hazards (`check --root`)."""
    from factcheck.files.confine import hazards

    folder = Path(folder)
    if not _utf8(str(folder.absolute())):
        return [Problem(paths.relative(folder), None, None,
                        "its name, or the name of a folder it is in, is not UTF-8 text: the chapter and its page name "
                        "their folder in UTF-8 files; rename it")]
    unsafe = hazards(folder, what, written=("data/claims.csv", f"{FAILED_DIR}/"), hidden=hidden)
    if unsafe:
        return unsafe
    for part in ("seeds", "data", "review"):
        for path in sorted((folder / part).rglob("*")) if (folder / part).is_dir() else []:
            if path.is_file() and path.stat().st_size > MAX_FILE_BYTES:
                return [Problem(paths.relative(path), None, None,
                                f"{path.stat().st_size:,} bytes is past the limit for one file ({MAX_FILE_BYTES:,} "
                                "bytes): nothing in it was read; keep only the article's own data")]
    return _foreign_schema(folder) or _too_much_text(folder / "seeds") or _too_many_claims(folder)


def _too_many_claims(folder: Path) -> list[Problem]:
    claims = folder / "data" / "claims.csv"
    if not claims.is_file():
        return []
    with open(claims, "rb") as handle:
        rows = sum(1 for line in handle if line.strip()) - 1
    if rows <= MAX_CLAIMS:
        return []
    return [Problem(paths.relative(claims), None, None,
                    f"{rows:,} claim rows is past the limit for one folder ({MAX_CLAIMS:,}): nothing was checked; "
                    "split the article, or keep the claims that matter")]


def _utf8(name: str) -> bool:
    """Whether a name read from the file system is UTF-8 text (each byte that is not is held as a lone surrogate)."""
    try:
        name.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _too_much_text(seeds: Path) -> list[Problem]:
    """More articles, or more of their text, than one folder may hold: each is read, accounted for, and built into a
    chapter, so a folder of many small ones (31 took a minute) or of one large one (a 4 MB seed, about twenty
    minutes) would hold up the whole class's book. The article's limits, on characters and on numerals, are the
    scaffold's, for the folder's articles together. A hidden file or an editor's backup (`.DS_Store`, `ana.txt~`) is
    not counted: no seed may be one."""
    from factcheck.sources.documents import unread_seed

    texts = sorted(path for path in seeds.iterdir() if path.is_file() and path.name != "sources.yml"
                   and not unread_seed(path.name)) if seeds.is_dir() else []
    if len(texts) > MAX_DOCUMENTS:
        return [Problem(paths.relative(seeds), None, None,
                        f"{len(texts):,} files besides sources.yml is past the limit for one folder ({MAX_DOCUMENTS}, "
                        "each an article): nothing was checked; keep one folder for each article")]
    articles = [path.read_bytes().decode("utf-8", errors="replace") for path in texts]
    characters = sum(map(len, articles))
    if characters > MAX_ARTICLE_CHARACTERS:
        return [Problem(paths.relative(seeds), None, None,
                        f"its articles hold {characters:,} characters, past the limit for one folder "
                        f"({MAX_ARTICLE_CHARACTERS:,}, several times the longest feature): nothing was checked; keep "
                        "only the article's own text")]
    numerals = sum(len(NUMERAL.findall(article)) for article in articles)
    if numerals > MAX_NUMERALS:
        return [Problem(paths.relative(seeds), None, None,
                        f"its articles hold {numerals:,} numerals, past what one folder can check ({MAX_CLAIMS:,} "
                        "claims; a long feature has a few hundred): nothing was checked; keep only the article's own "
                        "text")]
    return []


def _canonical(value) -> str:
    """JSON's value as one text: false and 0, 20.0 and 20 differ (Python's == holds them equal), key order does not."""
    import json

    return json.dumps(value, sort_keys=True)


def _foreign_schema(folder: Path) -> list[Problem]:
    """The folder's data/datapackage.json, when it is not the report's own schema (new-article copies it in).

    Compared as JSON values, not as bytes: an editor that changes line ends, spacing or the order of keys changes
    nothing read."""
    import json

    schema = folder / "data" / "datapackage.json"
    if not schema.is_file():
        return []   # the ledger names a missing schema
    try:
        theirs, ours = (json.loads(path.read_bytes()) for path in (schema, paths.DATAPACKAGE_FILE))
        same = _canonical(theirs) == _canonical(ours)
    except (ValueError, RecursionError):   # not JSON, or nested past the parser's depth
        same = False
    if same:
        return []
    return [Problem(paths.relative(schema), None, None,
                    "is not the report's table schema: a participant's tables are read only against the report's "
                    "own, which new-article copied here; copy the report's data/datapackage.json over it")]
