"""A rating worse than "imprecise" never rests only on a proxy, mirror or aggregator; not-found.yml names real statements."""
from __future__ import annotations

import re
import shutil

import pytest

from factcheck.files.problems import ValidationFailed
from factcheck.paths import ROOT as REPO
from factcheck.pipeline.validate import validate

TRUST_ACT_HOSTS = ("latimes.com", "scpr.org", "allgov.com")   # every source of the Trust Act verdict ("wrong")


@pytest.fixture
def project(real_data_copy):
    shutil.copytree(REPO / "review" / "references", real_data_copy / "review" / "references")
    return real_data_copy


def add_hosts(root, kind: str):
    with open(root / "data" / "hosts.yml", "a", encoding="utf-8") as handle:
        handle.writelines(f"  - {{host: {h}, kind: {kind}}}\n" for h in TRUST_ACT_HOSTS)


def test_the_shipped_project_passes(project):
    validate(project)


def test_a_wrong_rating_resting_only_on_mirrored_copies_is_refused(project):
    add_hosts(project, "mirror")
    with pytest.raises(ValidationFailed) as failed:
        validate(project)
    message = str(failed.value)
    assert "statements.yml:" in message and "hearing16-record-trust-act-2012: rated 'misleading' on references read only on " \
                                             "a proxy, mirror or aggregator" in message


def test_the_same_sources_named_as_republished_documents_pass(project):
    add_hosts(project, "republisher")
    validate(project)


def test_a_mirrored_copy_beside_the_articles_own_words_is_accepted(project):
    """parole24-lead cites only copies read through a proxy, but its checks also read the article's other figures."""
    from factcheck.sources.record import is_weak, load_hosts
    from factcheck.sources.references import load_references

    refs, hosts = load_references(project), load_hosts(project)
    assert all(is_weak(refs[r], hosts) for r in ("wt-2024-06-16-25-not-checked-in", "wt-2024-06-16-340-no-summons"))
    validate(project)


def test_not_found_naming_an_unknown_statement_is_refused(project):
    path = project / "review" / "references" / "not-found.yml"
    path.write_text(path.read_text(encoding="utf-8").replace("statement: pep16-record-17-of-25",
                                                             "statement: no-such-statement"), encoding="utf-8")
    with pytest.raises(ValidationFailed) as failed:
        validate(project)
    assert "not-found.yml:" in str(failed.value) and "no statement 'no-such-statement' in data/statements.yml" \
        in str(failed.value)


def test_a_fact_naming_an_unknown_reference_is_refused(project):
    path = project / "review" / "references" / "not-found.yml"
    path.write_text(path.read_text(encoding="utf-8").replace("ref: trac-fy2012-detainers-273982", "ref: no-such-ref"),
                    encoding="utf-8")
    with pytest.raises(ValidationFailed) as failed:
        validate(project)
    assert "column 'facts': no reference 'no-such-ref' in data/references.csv" in str(failed.value)


UNRATED_WORDS = "He pointed out that sanctuary cities"   # the unrated statement the tests below change


def _unrated_entry(project) -> str:
    text = (project / "review" / "references" / "not-found.yml").read_text(encoding="utf-8")
    return next(line for line in text.splitlines() if UNRATED_WORDS in line)


def _refused_with_the_unrated_entry(project, changed: str) -> str:
    """The message validation refuses the project with, its unrated statement's line written as `changed`."""
    path = project / "review" / "references" / "not-found.yml"
    path.write_text(path.read_text(encoding="utf-8").replace(_unrated_entry(project), changed), encoding="utf-8")
    with pytest.raises(ValidationFailed) as failed:
        validate(project)
    return str(failed.value)


def test_an_unrated_statement_whose_offsets_miss_its_words_is_refused(project):
    entry = _unrated_entry(project)
    said = _refused_with_the_unrated_entry(project, re.sub(r"start: (\d+)", lambda m: f"start: {int(m.group(1)) + 1}",
                                                           entry, count=1))
    assert "column 'unrated': hearing16[" in said and "not the quoted words" in said
    found = re.search(r"start: (\d+), end: (\d+)", entry)
    assert f"(the quote occurs at {found.group(1)}:{found.group(2)})" in said   # where it is, to mend it


@pytest.mark.parametrize("offsets, said", [("past the end", "end is past the end of the article"),
                                           ("from the end", "start and end must be whole numbers"),
                                           ("false", "start and end must be whole numbers")])
def test_an_unrated_statement_anchored_outside_its_text_is_refused_though_a_slice_would_match(project, offsets, said):
    import json

    import yaml

    entry = _unrated_entry(project)
    sources = yaml.safe_load((project / "seeds" / "sources.yml").read_text(encoding="utf-8"))["documents"]
    seed = next(source["file"] for source in sources if source["id"] == "hearing16")
    article = (project / "seeds" / seed).read_text(encoding="utf-8")
    found = re.search(r"start: (\d+), end: (\d+), quote: \"[^\"]*\"", entry)
    anchored, first, last = found.group(0), int(found.group(1)), int(found.group(2))
    start, end = {"past the end": (len(article) - 12, len(article) + 5),   # the text's last words, and past them
                  "from the end": (first - len(article), last - len(article)), "false": (0, 20)}[offsets]
    words = article[start:end]   # what the slice reads: the quote matches it
    given = "false" if offsets == "false" else start
    moved = entry.replace(anchored, f"start: {given}, end: {end}, quote: {json.dumps(words)}")
    assert said in _refused_with_the_unrated_entry(project, moved)


def test_an_unrated_statement_without_its_searches_is_asked_for_them(project):
    path = project / "review" / "references" / "not-found.yml"
    text = path.read_text(encoding="utf-8")
    lines = text.splitlines(keepends=True)
    at = next(n for n, line in enumerate(lines) if UNRATED_WORDS in line)
    assert lines[at + 1].lstrip().startswith("searches: [") and lines[at + 1].rstrip().endswith("}")
    lines[at + 1] = "     searches: []}\n"   # (the entry's searches, on the line after its words)
    path.write_text("".join(lines), encoding="utf-8")
    with pytest.raises(ValidationFailed) as failed:
        validate(project)
    assert re.search(r"hearing16\[\d+:\d+\]: list the searches tried", str(failed.value)), str(failed.value)


@pytest.mark.parametrize("anchor, said", [("start: 20, end: 20", "end must be greater than start"),
                                          ("start: 30, end: 10", "end must be greater than start"),
                                          ("start: 0, end: 5000", "'…, not the quoted words")])
def test_an_unrated_statement_anchored_backwards_or_wide_is_told_so_in_a_short_message(project, anchor, said):
    message = _refused_with_the_unrated_entry(project, re.sub(r"start: \d+, end: \d+", anchor, _unrated_entry(project)))
    assert said in message and len(message) < 2000, message[:3000]


def test_an_unrated_statement_naming_its_article_by_a_list_is_told_there_is_no_such_article(project):
    entry = _unrated_entry(project)   # (a list cannot name an article: it raised TypeError)
    assert "no article ['hearing16']" in _refused_with_the_unrated_entry(
        project, entry.replace("doc_id: hearing16", "doc_id: [hearing16]"))


@pytest.mark.parametrize("quote", ['""', "null", "[a, b]"])
def test_an_unrated_statement_without_its_words_is_asked_for_them(project, quote):
    changed = re.sub(r'quote: "[^"]*"', f"quote: {quote}", _unrated_entry(project))
    assert "give the statement's words as quote, exactly as the article prints them" in \
        _refused_with_the_unrated_entry(project, changed)
