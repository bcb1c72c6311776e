"""Theme definitions name only metrics the ledger has, and gather claims from several articles."""
import pytest

from factcheck.ledger.claims import load_ledger
from factcheck.files.problems import ValidationFailed
from factcheck.report.themes import load_themes


@pytest.fixture(scope="module")
def ledger():
    return load_ledger()


def test_each_theme_gathers_claims_from_more_than_one_article(ledger):
    themes = load_themes(ledger)
    assert set(themes) == {"deportations", "detainers", "docket", "caseloads"}
    for theme in themes.values():
        assert theme.claims(ledger)["doc_id"].nunique() >= 2, theme.id


def test_an_unknown_metric_is_named_with_its_line(ledger, tmp_path):
    path = tmp_path / "themes.yml"
    path.write_text("themes:\n  - id: t\n    title: T\n    question: Q?\n    metrics: [removals, removels]\n    chart: [removals]\n")
    with pytest.raises(ValidationFailed, match=r"themes.yml:5: column 'metrics': no claim in the ledger has metric 'removels'"):
        load_themes(ledger, path)


@pytest.mark.parametrize("text, expected", [
    ("themes:\n  - id: t\n    title: T\n    question: Q?\n    metrics: removals\n    chart: [removals]\n",
     "themes.yml:5: column 'metrics': expected a list of metrics, like [removals]; found 'removals'"),
    ("themes:\n  - id: t\n    title: [T]\n    question: Q?\n    metrics: [removals]\n    chart: [removals]\n",
     "themes.yml:3: column 'title': expected text, found a list"),
    ("themes:\n  - id: t\n    title: NO\n    question: Q?\n    metrics: [removals]\n    chart: [removals]\n",
     "themes.yml:3: column 'title': expected text, found false (YAML reads an unquoted yes, no, on, off, true or false"),
    ("themes:\n  - just a word\n", "themes.yml:2: each theme must be a mapping (id, title, question, metrics, chart)"),
    ("themes: deportations\n", "themes.yml:1: column 'themes': expected a top-level 'themes:' list"),
    ("themes:\n  - id: t\n    title: T\n  question: Q?\n", "themes.yml:4: not valid YAML"),
])
def test_a_theme_of_the_wrong_shape_is_named_with_its_line(ledger, tmp_path, text, expected):
    path = tmp_path / "themes.yml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ValidationFailed) as failed:
        load_themes(ledger, path)
    assert expected in str(failed.value)
