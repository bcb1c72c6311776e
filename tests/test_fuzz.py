"""Property-based: whatever malformed rows or YAML a loader is fed, it answers with a message naming the file.

The property, for every loader (YAML, sources, claims and non-claims tables, checks,
themes, formulas): it either loads, or raises ValidationFailed (or, for a formula,
FormulaError / ArithmeticError) whose every problem names its file; never another
exception, never a traceback. The examples are derandomized, so CI runs the same
ones each time; `HYPOTHESIS_PROFILE=explore` draws new ones, many more.
"""
from __future__ import annotations

import csv
import io
import os
import shutil

import pytest
import yaml
from hostile import HOSTILE
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from factcheck.checks.definitions import OPERATIONS, load_checks
from factcheck.checks.formulas import FormulaError, evaluate, names_in
from factcheck.ledger.intervals import Interval
from factcheck.ledger.claims import load_ledger
from factcheck.ledger.mentions import find_mentions
from factcheck.files.problems import ValidationFailed
from factcheck.report.themes import load_themes
from factcheck.files.yamlfile import load_located

settings.register_profile("ci", max_examples=60, deadline=None, derandomize=True, database=None,
                          suppress_health_check=[HealthCheck.too_slow])
settings.register_profile("explore", max_examples=1000, deadline=None, database=None,
                          suppress_health_check=[HealthCheck.too_slow])
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))

# ---- what a careless or hostile hand types -------------------------------------------------
words = st.sampled_from(["", " ", "tiny", "tiny-01", "tiny-02", "tiny-99", "share", "flag", "removals", "INF", "-INF",
                         "NaN", "-1", "0", "1e999", "2016-13-45", "null", "~", "yes", "[", "]", "{", "}", ":", "- x",
                         "&a", "*a", "!!python/object:os.system", "\"", "'", "\t", "\r\n", "\ufeff", "\x00", "é"] + HOSTILE)
text = st.one_of(words, st.text(max_size=30), st.text(alphabet=",\";:\n\r\t[]{}&*!|>-#% ", max_size=15))
scalars = st.one_of(st.none(), st.booleans(), st.integers(min_value=-10**20, max_value=10**20),
                    st.floats(allow_nan=True, allow_infinity=True), text, st.dates())
values = st.recursive(scalars, lambda inner: st.one_of(st.lists(inner, max_size=3),
                                                        st.dictionaries(text, inner, max_size=3)), max_leaves=8)


def mapping_of(keys: list[str]):
    """A mapping with some of the keys a loader expects (and maybe others), each with any value."""
    return st.dictionaries(st.one_of(st.sampled_from(keys), text), values, max_size=len(keys) + 1)


def yaml_text(document) -> str:
    return yaml.safe_dump(document, allow_unicode=True, sort_keys=False)


@st.composite
def broken(draw, document_strategy):
    """YAML text of a drawn document, sometimes cut short or with stray characters spliced in."""
    source = yaml_text(draw(document_strategy))
    how = draw(st.sampled_from(["as is", "cut", "splice", "raw"]))
    if how == "cut":
        return source[:draw(st.integers(0, len(source)))]
    if how == "splice":
        at = draw(st.integers(0, len(source)))
        return source[:at] + draw(text) + source[at:]
    if how == "raw":
        return draw(text)
    return source


# ---- the property ---------------------------------------------------------------------------
def answers_with_a_message(load, *files: str) -> None:
    """load() succeeds, or raises ValidationFailed whose every problem names one of `files`."""
    try:
        load()
    except ValidationFailed as failed:
        assert failed.problems, "a failure lists its problems"
        for problem in failed.problems:
            assert any(problem.file.endswith(name) for name in files), f"{problem} does not name {files}"
            assert "Traceback" not in str(problem)


@pytest.fixture
def repo(tiny_repo, tmp_path):
    """The tiny repository (made once per test, not per example); each example changes one file and puts it back."""
    pristine = tmp_path / "pristine"
    shutil.copytree(tiny_repo, pristine)
    return tiny_repo, pristine


def restore(repo) -> None:
    root, pristine = repo
    for path in pristine.rglob("*"):
        if path.is_file():
            shutil.copyfile(path, root / path.relative_to(pristine))


# ---- YAML -------------------------------------------------------------------------------------
@settings(suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(content=st.one_of(broken(values), st.binary(max_size=60)))
def test_any_yaml_is_read_or_named(tmp_path, content):
    path = tmp_path / "any.yml"
    path.write_bytes(content if isinstance(content, bytes) else content.encode("utf-8", "surrogatepass"))
    answers_with_a_message(lambda: load_located(path), "any.yml")


# ---- sources.yml ------------------------------------------------------------------------------
DOCUMENT_KEYS = ["id", "file", "sha256", "outlet", "headline", "date", "people_quoted", "artefacts"]
documents = st.fixed_dictionaries({"documents": st.one_of(st.lists(mapping_of(DOCUMENT_KEYS), max_size=2), values)})


@settings(suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(data=st.data())
def test_any_sources_file_is_loaded_or_named(repo, data):
    root, _ = repo
    sources = root / "seeds" / "sources.yml"
    good = yaml.safe_load(sources.read_text(encoding="utf-8"))
    entry = good["documents"][0]
    key = data.draw(st.sampled_from(DOCUMENT_KEYS + ["outlet.name", "date.evidence", "date.evidence.start"]), label="key")
    value = data.draw(values, label="value")
    if key == "date.evidence.start":
        entry["date"]["evidence"][0]["start"] = value
    elif "." in key:
        outer, inner = key.split(".")
        entry[outer][inner] = value
    else:
        entry[key] = value
    content = data.draw(st.one_of(st.just(yaml_text(good)), broken(documents)), label="content")
    try:
        sources.write_text(content, encoding="utf-8", errors="surrogatepass")
        answers_with_a_message(lambda: load_ledger(root), "sources.yml", "tiny.txt", "claims.csv", "non_claims.csv")
    finally:
        restore(repo)


# ---- claims.csv and non_claims.csv ---------------------------------------------------------------
cells = st.one_of(text, st.from_regex(r"-?[0-9]{1,6}(\.[0-9]{1,3})?", fullmatch=True))


@st.composite
def table_bytes(draw, header: str):
    """A header (sometimes damaged) and rows of drawn cells, as CSV a writer makes or as cells joined by hand."""
    columns = header.split(",")
    if draw(st.booleans()):
        columns = draw(st.permutations(columns)) if draw(st.booleans()) else columns[:draw(st.integers(0, len(columns)))]
    rows = draw(st.lists(st.lists(cells, min_size=0, max_size=len(columns) + 2), max_size=4))
    if draw(st.booleans()):
        out = io.StringIO()
        csv.writer(out, lineterminator=draw(st.sampled_from(["\n", "\r\n"]))).writerows([columns] + rows)
        content = out.getvalue()
    else:
        content = "\n".join(",".join(row) for row in [columns] + rows) + "\n"
    encoding = draw(st.sampled_from(["utf-8", "utf-8-sig", "cp1252", "utf-16"]))
    return content.encode(encoding, errors="replace")


@settings(suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(data=st.data())
def test_any_table_is_loaded_or_named(repo, data):
    root, _ = repo
    name = data.draw(st.sampled_from(["claims.csv", "non_claims.csv"]), label="table")
    path = root / "data" / name
    header = path.read_text(encoding="utf-8").splitlines()[0]
    keep_good_rows = data.draw(st.booleans(), label="keep the good rows")
    content = data.draw(table_bytes(header), label="content")
    if keep_good_rows:  # a good file with drawn rows appended
        content = path.read_bytes() + b"\n".join(content.splitlines()[1:]) + b"\n"
    try:
        path.write_bytes(content)
        answers_with_a_message(lambda: load_ledger(root), name, "tiny.txt", "claims.csv", "non_claims.csv")
    finally:
        restore(repo)


# ---- checks.yml -----------------------------------------------------------------------------------
CHECK_KEYS = ["id", "title", "operation", "inputs", "tests", "formula", "reason", "comparable", "themes", "evidence"]
plausible = st.one_of(values, st.sampled_from(list(OPERATIONS)), st.just({"part": "tiny-01", "whole": "tiny-02"}),
                      st.just({"part": "tiny-02", "whole": "tiny-01"}),   # a share of 6,000 percent
                      st.just({"parts": ["tiny-01", "tiny-02"]}), st.just([{"doc_id": "tiny", "quote": "November 2015",
                                                                            "start": 79, "end": 92}]))
checks = st.fixed_dictionaries({"checks": st.one_of(
    st.lists(st.dictionaries(st.sampled_from(CHECK_KEYS), plausible, max_size=len(CHECK_KEYS)), max_size=3), values)})


@pytest.fixture
def ledger(tiny_repo):
    return load_ledger(tiny_repo)


@settings(suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(content=broken(checks))
@example(content=yaml_text({"checks": [{"id": "swapped", "title": "A share the wrong way round", "operation": "share",
                                        "inputs": {"part": "tiny-02", "whole": "tiny-01"}}]}))
def test_any_checks_file_is_loaded_or_named(tmp_path, ledger, content):
    path = tmp_path / "checks.yml"
    path.write_text(content, encoding="utf-8", errors="surrogatepass")

    def load_and_evaluate():
        from factcheck.checks.verdicts import check_results_possible, evaluate_all
        loaded = load_checks(path, set(ledger.claims["claim_id"]), ledger.documents)
        evaluate_all(loaded, ledger)
        check_results_possible(loaded, ledger, path)

    answers_with_a_message(load_and_evaluate, "checks.yml")


# ---- themes.yml -----------------------------------------------------------------------------------
THEME_KEYS = ["id", "title", "question", "metrics", "chart"]
themes = st.fixed_dictionaries({"themes": st.one_of(st.lists(mapping_of(THEME_KEYS), max_size=2), values)})


@settings(suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(content=broken(themes))
def test_any_themes_file_is_loaded_or_named(tmp_path, ledger, content):
    path = tmp_path / "themes.yml"
    path.write_text(content, encoding="utf-8", errors="surrogatepass")
    answers_with_a_message(lambda: load_themes(ledger, path), "themes.yml")


# ---- formulas -------------------------------------------------------------------------------------
formula_text = st.one_of(text, st.text(alphabet="ab0123456789.+-*/() e", max_size=40),
                         st.builds(lambda n, op: "a" + f" {op} a" * n, st.integers(0, 3000), st.sampled_from("+-*/")))
operand = st.one_of(st.floats(allow_nan=False, allow_infinity=False, min_value=-1e300, max_value=1e300),
                    st.builds(lambda low, width: Interval(low, low + width), st.floats(-1e6, 1e6), st.floats(0, 1e6)))


@given(formula=formula_text, a=operand, b=operand)
def test_any_formula_gives_a_value_or_says_why_not(formula, a, b):
    try:
        names_in(formula)
        evaluate(formula, {"a": a, "b": b})
    except (FormulaError, ArithmeticError) as error:
        assert str(error)



# ---- a participant's folder, the class book's index, an --out folder ---------------------------
PARTICIPANT_FILES = ["data/claims.csv", "data/non_claims.csv", "data/checks.yml", "seeds/sources.yml",
                     "data/datapackage.json", "_failed/wire17.ipynb", "_site", "_site/work/render", "wire17.ipynb"]


@pytest.fixture(scope="module")
def participant_folder(tmp_path_factory):
    from participant import ARTICLE_TEXT, fill_judgements
    from factcheck.byo.scaffold import scaffold

    base = tmp_path_factory.mktemp("fuzz-participant")
    article = base / "article.txt"
    article.write_text(ARTICLE_TEXT, encoding="utf-8")
    folder = scaffold(article, "wire17", base / "pristine").folder
    fill_judgements(folder, "wire17")
    return folder


@settings(max_examples=25)
@given(changes=st.lists(st.tuples(st.sampled_from(PARTICIPANT_FILES), st.sampled_from(["text", "link", "folder"]),
                                  text), min_size=1, max_size=3))
def test_a_participant_folder_is_reviewed_without_a_traceback_or_a_write_outside(participant_folder, changes, tmp_path_factory):
    """Whatever a participant leaves in their folder, review() answers with problems, and nothing outside changes."""
    from factcheck.byo.workbench import review

    base = tmp_path_factory.mktemp("fuzz-folder")
    victim = base / "instructor.env"
    victim.write_bytes(b"SECRET=1\n")
    folder = base / "wire17"
    shutil.copytree(participant_folder, folder)
    for name, how, content in changes:
        path = folder / name
        if path.is_symlink() or path.is_file():
            path.unlink()
        elif path.is_dir():
            shutil.rmtree(path)
        path.parent.mkdir(parents=True, exist_ok=True)
        if how == "link":
            path.symlink_to(victim)
        elif how == "folder":
            path.mkdir()
        else:
            path.write_text(content, encoding="utf-8", errors="surrogatepass")
    linked = any(os.path.islink(os.path.join(place, name)) for place, folders, files in os.walk(folder)
                 for name in folders + files)
    found = review(folder)
    assert victim.read_bytes() == b"SECRET=1\n"
    if linked:
        assert any("symbolic link" in p.message for p in found.mistakes)
    assert all(p.file and p.message for p in found.mistakes + found.blanks)


@settings(max_examples=60)
@given(name=text, why=text)
def test_the_class_book_index_shows_any_folder_name_and_reason_as_text(name, why, tmp_path_factory):
    """Each left-out line of the index parses to plain text (no HTML, no code span, no link, no role) reading as given."""
    from markdown_it import MarkdownIt

    from factcheck.byo.classbook import ClassBook, _write_site_files

    source = tmp_path_factory.mktemp("fuzz-index")
    folder = source / "collected" / ("x" + name.replace("/", "_").replace("\x00", "_"))
    book = ClassBook(source, left_out=[(folder, why)])
    _write_site_files(source, "Our class book", book)
    lines = (source / "index.md").read_text(encoding="utf-8").splitlines()
    line = lines[lines.index("Left out of this book:") + 2]
    tokens = MarkdownIt("commonmark").parseInline(line[2:])[0].children
    assert {t.type for t in tokens} <= {"text", "softbreak"}, tokens
    assert str(source) not in line


@settings(max_examples=40)
@given(layout=st.lists(st.tuples(st.sampled_from(["source", "html", "work", "work/render", "_config.yml",
                                                   ".class-book", "notes.md"]),
                                  st.sampled_from(["file", "folder", "link", "fifo", "hard link"])), max_size=4),
       adopt=st.booleans())
@example(layout=[(".class-book", "folder")], adopt=True)   # a participant's _site, its mark a folder
@example(layout=[(".class-book", "fifo")], adopt=True)     # writing the mark would wait for a reader, for ever
@example(layout=[(".class-book", "hard link")], adopt=True)   # the mark written would be the victim's file
def test_an_out_folder_is_claimed_or_refused_in_one_line_and_never_through_a_link(layout, adopt, tmp_path_factory):
    """adopt: the folder is the tool's by where it is (new-article --check's _site in a participant's folder)."""
    from factcheck.byo.classbook import MARKER
    from factcheck.files.confine import Unconfined, claim_folder

    base = tmp_path_factory.mktemp("fuzz-out")
    victim = base / "victim"
    victim.mkdir()
    (victim / "keep.txt").write_bytes(b"keep\n")
    out = base / "out"
    for name, kind in layout:
        path = out / name
        if path.exists() or path.is_symlink() or path.parent.is_symlink() or path.parent.is_file():
            continue   # (planted already, or where a link or a file was planted: never in the victim)
        path.parent.mkdir(parents=True, exist_ok=True)
        if kind == "link":
            path.symlink_to(victim, target_is_directory=True)
        elif kind == "fifo":
            os.mkfifo(path)
        elif kind == "hard link":
            os.link(victim / "keep.txt", path)
        elif kind == "folder":
            path.mkdir()
        else:
            path.write_text("x\n", encoding="utf-8")
    before = {p: p.read_bytes() for p in out.rglob("*") if p.is_file() and not p.is_symlink()} if out.exists() else {}
    try:
        claim_folder(out, MARKER, "class-book", adopt=adopt)
    except Unconfined as refused:
        assert "\n" not in str(refused)
        after = {p: p.read_bytes() for p in out.rglob("*") if p.is_file() and not p.is_symlink()}
        assert after == before  # refused: nothing in it touched
    else:
        assert not any(p.is_symlink() for p in out.rglob("*"))
        assert (out / MARKER).is_file()
    assert (victim / "keep.txt").read_bytes() == b"keep\n" and len(list(victim.iterdir())) == 1


# ---- an article a participant pastes: the pieces of numbers a reporter writes, joined anyhow ----------
PROSE = st.sampled_from(["124", "1,077", "2 ½", "¼", "3.5", "one", "a quarter", "nine out of ten", "per", "per 100,000",
                         "residents", "refugees", "resettled", "square", "miles", "pounds", "£5", "the top", "five",
                         "about", "more than", "between", "and", "to", "%", "percent", "$", "million", "times", "(", ")",
                         "-", "—", ",", ".", "\n", "\n\n", " ", "\t", "Title 42", "287(g)", "’08", "2019-2021",
                         "half a century", "all time low", "the record"])


@given(pieces=st.lists(st.one_of(PROSE, text), max_size=25), glue=st.sampled_from([" ", "", "\n"]))
@example(pieces=["with 124 refugees", "resettled per 100,000 residents"], glue="\n")  # a line broke inside a rate
@example(pieces=["one", "one"], glue=" ")  # number words that make no single number
@example(pieces=["between three and three and a half years", "last year’s half-billion sales"], glue=". ")
def test_the_finder_reads_any_text_without_a_traceback(pieces, glue):
    article = glue.join(pieces)
    for mention in find_mentions(article, words=True):
        assert 0 <= mention.start <= mention.end <= len(article), mention
