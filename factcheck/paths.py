"""Where things live in the repository. Everything else asks here."""
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
SOURCES_FILE = SEEDS / "sources.yml"
DATA = ROOT / "data"
CLAIMS_FILE = DATA / "claims.csv"
NON_CLAIMS_FILE = DATA / "non_claims.csv"
DATAPACKAGE_FILE = DATA / "datapackage.json"
CHECKS_FILE = DATA / "checks.yml"
NOTEBOOKS = ROOT / "notebooks"
BOOK = ROOT / "book"
BUILD = ROOT / "_build"
NEW_ARTICLE_MARK = ".new-article"   # in every folder `new-article` makes (byo/scaffold.py)


def relative(path: Path) -> str:
    """A path as a reader would type it: relative to the repository when inside it."""
    path = Path(path)
    # A symbolic link is named as itself, never as the place it points to.
    resolved = path.parent.resolve() / path.name if path.is_symlink() else path.resolve()
    try:
        return str(resolved.relative_to(ROOT))
    except ValueError:
        return str(path)


def from_here(path: Path) -> str:
    """A path relative to the folder the command runs in (no absolute path of anyone's machine in a page)."""
    import os

    path = Path(path)
    resolved = path.parent.resolve() / path.name if path.is_symlink() else path.resolve()
    return os.path.relpath(resolved, Path.cwd().resolve())
