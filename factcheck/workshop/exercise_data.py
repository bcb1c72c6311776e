"""The workshop's own data (notebooks/workshop/exercises.yml): the rating scale and the accepted readings."""
from __future__ import annotations


from factcheck import paths, usage

EXERCISE_DATA = paths.NOTEBOOKS / "workshop" / "exercises.yml"


@usage.remembered(maxsize=4)
def _load(path: str, mtime: float) -> dict:
    import yaml

    with open(path, encoding="utf-8") as handle:
        return yaml.safe_load(handle)


def load_exercise_data(path=EXERCISE_DATA) -> dict:
    """The parsed file (read again when it changes)."""
    return _load(str(path), path.stat().st_mtime)


def rating_choices() -> tuple[str, ...]:
    return tuple(load_exercise_data()["ratings"])


def normalise_rating(rating: str) -> str:
    """' Accurate But Imprecise ' -> 'imprecise': answers are case-insensitive, synonyms allowed."""
    words = " ".join(str(rating).lower().split())
    return load_exercise_data().get("rating_synonyms", {}).get(words, words)


SEVERITY = {"accurate": 0, "imprecise": 1, "misleading": 2, "wrong": 3}
