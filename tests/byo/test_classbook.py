"""The class book: one site from the participants' folders, every article a chapter, a clash of ids reported."""
from __future__ import annotations

import re
from pathlib import Path

from participant import add_article, fill_judgements
from site_links import site_links
from factcheck.cli import main
from factcheck.byo.scaffold import scaffold

REPO = Path(__file__).resolve().parents[2]


def test_one_command_builds_one_site_and_reports_a_clashing_id(article_file, tmp_path, capsys):
    first = scaffold(article_file, "wire17", tmp_path / "ana").folder
    bens = tmp_path / "bens-article.txt"
    bens.write_text("Ben's own article: 12 people waited 3 days.\n", encoding="utf-8")
    second = scaffold(bens, "wire17", tmp_path / "ben").folder      # the same id, another article: a clash
    other = scaffold(article_file, "post18", tmp_path / "cleo").folder
    (tmp_path / "notes").mkdir()
    broken = scaffold(article_file, "dan19", tmp_path / "dan").folder   # a mistake: left out, told to run --check
    claims = broken / "data" / "claims.csv"
    header, row, *rest = claims.read_text(encoding="utf-8").splitlines(keepends=True)
    claims.write_text(header + row.replace(",", ",not a number,", 1) + "".join(rest), encoding="utf-8")
    third = scaffold(article_file, "wire17", tmp_path / "cy").folder
    linked = scaffold(article_file, "eve20", tmp_path / "eve").folder   # refused: its reason names a file in it
    (linked / "data" / "extra.csv").symlink_to(tmp_path / "notes")
    (tmp_path / "loop").symlink_to(tmp_path / "back")   # a folder given through a link into a loop of two: it has
    (tmp_path / "back").symlink_to(tmp_path / "loop")   # no real path, and its error names the path through the loop
    (tmp_path / "entry").symlink_to(tmp_path / "loop")
    looped = tmp_path / "entry" / "inner"
    status = main(["class-book", str(first), str(second), str(other), str(tmp_path / "notes"), str(broken),
                   f"{first}/", str(third), str(linked), str(looped), "--out", str(tmp_path / "book")])
    printed = capsys.readouterr()
    # the terminal names it as given, and keeps the error's words whole
    assert f"left out {looped}: " in printed.out and f"'{tmp_path / 'loop' / 'inner'}'" in printed.out
    assert status == 0, printed.err  # a book was built: exit 0, and what was left out is listed (issue 23)
    assert "left out" in printed.out and "'wire17' of " in printed.out and "is also" in printed.out
    assert "wire17-2.html" in printed.out and "wire17-3.html" in printed.out and "'s chapter is " in printed.out
    assert "given twice" in printed.out   # ana named again: not a clash with itself, and one chapter
    assert "5 folder(s) left out" in printed.out and "new-article --check" in printed.out
    assert "not an article folder" in printed.out
    html = tmp_path / "book" / "html"
    assert (html / "articles" / "wire17.html").is_file() and (html / "articles" / "post18.html").is_file()
    # the folder given second is a chapter too, of its own article, under a name of its own
    assert "own article" in (html / "articles" / "wire17-2.html").read_text(encoding="utf-8")
    assert "own article" not in (html / "articles" / "wire17.html").read_text(encoding="utf-8")
    index = (html / "index.html").read_text(encoding="utf-8")
    assert "wire17" in index and "post18" in index and "ben" in index and "is also" in index  # the clash, named
    assert 'href="articles/wire17-2.html"' in index and 'href="articles/wire17-4.html"' not in index
    # folders named from the folder they are all in: not by a path that climbs out of the repository to them
    assert "<li><p>ben: the id wire17 is also ana" in index and "<li><p>eve: eve/data/extra.csv: is a symbolic link: a" in index
    assert tmp_path.name not in index   # (the folder the test's folders are in: in any path to them, absolute or not)
    assert "<li><p>inner: " in index and "'…/inner'" in index   # the path through the loop: its last part alone
    assert "By The factcheck project" not in index and "Copyright" not in index   # the report's footer is not the class's
    # a shared link names the class book, and shows none of the report's card
    assert '<meta property="og:site_name" content="Our class book" />' in index
    assert "twitter:card" not in index and "og:image" not in index
    # the book's copy of a renamed chapter is headed with its page's name; the folder's own chapter is as it was
    assert "<h1>wire17-3 (draft)" in (html / "articles" / "wire17-3.html").read_text(encoding="utf-8")
    assert "wire17-3" not in (third / "wire17.ipynb").read_text(encoding="utf-8")
    assert "new-article --check" in index.replace("&#8212;", "")  # two hyphens, as typed: no smart dash
    claims = len((first / "data" / "claims.csv").read_text(encoding="utf-8").splitlines()) - 1
    assert f"0 of {claims} claims filled in; {claims} not yet filled in (draft, not reviewed)" in index
    assert f"chapter post18: 0 of {claims} claims filled in" in printed.out   # said in the terminal too
    chapter = (html / "articles" / "wire17.html").read_text(encoding="utf-8")
    assert "draft, not reviewed" in chapter and "checked by" not in chapter  # a participant's draft claims no review
    assert "{glue" not in chapter and 'href="../methods.html"' in chapter and "cdn." not in chapter
    assert not (html / "vendor").exists()   # charts are drawn into the page: no chart library
    assert (second / "seeds" / "sources.yml").is_file()  # the clashing folder is left as it was


def test_a_folder_set_aside_by_force_is_left_out_and_the_current_one_is_the_chapter(article_file, tmp_path, capsys):
    current = scaffold(article_file, "ice24", tmp_path / "workbench" / "ice24").folder
    older = scaffold(article_file, "ice24", tmp_path / "workbench" / "ice24.old-1").folder   # sorts first
    status = main(["class-book", str(older), str(current), "--out", str(tmp_path / "book")])
    printed = capsys.readouterr().out
    assert status == 0 and "set aside" in printed and "is also" not in printed
    [chapter] = [line for line in printed.splitlines() if line.startswith("chapter ice24 from")]
    assert "old-1" not in chapter and (tmp_path / "book" / "html" / "articles" / "ice24.html").is_file()


def _checks(folder, *checks: str) -> None:
    (folder / "data" / "checks.yml").write_text("checks:\n" + "".join(checks), encoding="utf-8")


def _ratio(check_id: str, a: str, b: str) -> str:
    return (f"  - id: {check_id}\n    title: \"{a} against {b}\"\n    operation: ratio\n    inputs: {{a: {a}, b: {b}}}\n"
            f"    comparable: false\n    reason: \"Different things. [[{a}, {b}]]\"\n")


def _evidence(folder, doc_id: str, words: str) -> str:
    start = (folder / "seeds" / f"{doc_id}.txt").read_text(encoding="utf-8").index(words)
    return f"    evidence:\n      - {{doc_id: {doc_id}, quote: \"{words}\", start: {start}, end: {start + len(words)}}}\n"


def _flag(folder, doc_id: str, words: str) -> str:
    return (f"  - id: flag-{doc_id}\n    title: \"No source\"\n    operation: flag\n    reason: \"Unsourced. [[flag-{doc_id}]]\"\n"
            + _evidence(folder, doc_id, words))


def _rounding(folder, precise: str, rounded: str, words: str) -> str:
    """A statement rated: is one article's figure a rounding of the other's? With words of the statement's article."""
    return (f"  - id: rounded\n    title: \"{rounded} a rounding of {precise}?\"\n    operation: rounding\n"
            f"    inputs: {{precise: {precise}}}\n    tests: {rounded}\n"
            "    judgement: {rating: accurate, why: \"The same figure.\", materiality: minor, matters: \"A detail.\"}\n"
            + _evidence(folder, rounded.split("-")[0], words))   # the evidence in the article the statement is in


def _sum(check_id: str, a: str, b: str) -> str:
    """A figure derived from two claims."""
    return f"  - id: {check_id}\n    title: \"{a} and {b}\"\n    operation: formula\n    formula: \"a + b\"\n    inputs: {{a: {a}, b: {b}}}\n"


def test_a_chapters_links_lead_to_their_places_and_its_page_names_no_path_of_the_machine(article_file, tmp_path,
                                                                                         capsys, monkeypatch):
    """A chapter's quotes link to their highlights on its own page, wherever the page is published; a link from one of
    a folder's articles to another's leads to that article's page, under the name the class book gave it. The page
    says how to build it again (new-article --check), and neither it nor the notebook the site offers for download
    names a folder by its path on the instructor's machine, only by its name."""
    monkeypatch.chdir(REPO)   # the instructor runs class-book from the repository: the folders are elsewhere
    first = scaffold(article_file, "wire17", tmp_path / "ana").folder
    joined = scaffold(article_file, "wire17", tmp_path / "ben").folder     # the id ana's has: it is wire17-2
    other = scaffold(article_file, "post18", tmp_path / "ben-second").folder
    for folder, doc_id in ((first, "wire17"), (joined, "wire17"), (other, "post18")):
        fill_judgements(folder, doc_id)
    add_article(joined, other)      # ben's folder holds two articles, and a check across them
    desk = (REPO / "data" / "report.yml").read_text(encoding="utf-8")   # a desk of its own: it names no one's review
    (joined / "data" / "report.yml").write_text(desk.replace("desk:", "desk: Planted Desk #", 1), encoding="utf-8")
    _checks(first, _ratio("cost-per-removal", "wire17-02", "wire17-01"), _flag(first, "wire17", "the first such unit"))
    _checks(joined, _ratio("across", "wire17-01", "post18-01"), _flag(joined, "post18", "the first such unit"),
            _rounding(joined, "post18-01", "wire17-01", "the agency said"), _sum("both", "wire17-05", "post18-05"))

    assert main(["new-article", "--check", str(joined)]) == 0, capsys.readouterr().out   # ben's own site
    own = site_links(joined / "_site" / "html")
    assert own.broken == []
    assert main(["class-book", str(first), str(joined), "--out", str(tmp_path / "book")]) == 0
    book = site_links(tmp_path / "book" / "html")
    assert book.broken == []

    def led(links, page: str) -> set[tuple[str, str]]:   # (page it leads to, fragment) of the links of one page
        return {(target.name, fragment) for where, _, target, fragment in links.internal if where.name == page}

    def to_words(links, page: str) -> set[str]:   # the pages whose words (a statement's, evidence) page links to
        return {target for target, fragment in led(links, page) if fragment.startswith("words_")}

    def words(folder, doc_id: str, quoted: str) -> str:   # the anchor of a check's evidence on its article's page
        start = (folder / "seeds" / f"{doc_id}.txt").read_text(encoding="utf-8").index(quoted)
        return f"words_{start}_{start + len(quoted)}"

    for links, renamed in ((own, "wire17.html"), (book, "wire17-2.html")):
        across = led(links, "post18.html")   # the statement, the derived figure, the checks' quotes
        assert {(renamed, "wire17-01"), (renamed, "wire17-05")} <= across
        # the rounding's evidence, in the other article (its statement's); the flag's, on this page
        assert {(renamed, words(joined, "wire17", "the agency said")),
                ("post18.html", words(joined, "post18", "the first such unit"))} <= across
        own_quotes = [href for where, href, _, _ in links.internal if where.name == "post18.html" and "post18-0" in href]
        assert own_quotes and all(href.startswith("#post18-0") for href in own_quotes)
    assert ("wire17.html", "wire17-01") not in led(book, "post18.html")    # never ana's article: it is not ben's
    assert ("wire17.html", "wire17-02") in led(book, "wire17.html") and "wire17.html" in to_words(book, "wire17.html")

    html = tmp_path / "book" / "html"
    # two chapters of one headline (ana's wire17, ben's post18) told apart: each is headed with its page's name, as
    # a renamed one is (the navigation, the first page, the next page's link, the browser's tab), and the first page
    # names each chapter's folder; so are ben's own site's two articles of one headline
    index = (html / "index.html").read_text(encoding="utf-8")
    titles = {"wire17": "Removals in 2016 (wire17)", "wire17-2": "Removals in 2016 (wire17-2)",
              "post18": "Removals in 2016 (post18)"}
    for name, folder in (("wire17", "ana"), ("wire17-2", "ben"), ("post18", "ben")):
        assert f'href="articles/{name}.html"><span class="doc">{titles[name]}</span></a>, from {folder}</p>' in index
        assert f"<title>{titles[name]}" in (html / "articles" / f"{name}.html").read_text(encoding="utf-8")
    labels = re.findall(r'<li class="toctree-l1"><a [^>]*href="articles/[^"]+">([^<]*)</a>', index)
    assert labels == list(titles.values())
    own_labels = re.findall(r'<li class="toctree-l1"><a [^>]*href="articles/[^"]+">([^<]*)</a>',
                            (joined / "_site" / "html" / "index.html").read_text(encoding="utf-8"))
    assert own_labels == ["Removals in 2016 (wire17)", "Removals in 2016 (post18)"]
    for name in ("wire17", "wire17-2", "post18"):
        page = (html / "articles" / f"{name}.html").read_text(encoding="utf-8")
        assert "new-article --check FOLDER" in page and "papermill" not in page   # not the report's command
        assert "ld+json" not in page and "a draft is published under no desk" in page   # no ClaimReview
        assert "checked by" not in page and "Planted Desk" not in page and "draft, not reviewed" in page
        notebook = (html / "_sources" / "articles" / f"{name}.ipynb").read_text(encoding="utf-8")
        assert str(tmp_path.relative_to(tmp_path.anchor)) not in page + notebook   # (relative to here, it climbs to /tmp)
        folder = "ana" if name == "wire17" else "ben"
        assert f'"project_root": "{folder}"' in notebook and f'project_root = \\"{folder}\\"' in notebook


def test_a_folder_one_of_whose_chapters_fails_is_left_out_whole(article_file, tmp_path, capsys, monkeypatch):
    """Its other chapters may link to the one that failed, whose name a later folder's chapter may then take: a link
    to a classmate's article, under the folder's name. So all of a folder's chapters are in the book, or none."""
    from factcheck.byo import workbench
    from factcheck.pipeline.execute import Outcome

    ben = scaffold(article_file, "wire17", tmp_path / "ben").folder
    add_article(ben, scaffold(article_file, "post18", tmp_path / "ben-second").folder)
    carl = scaffold(article_file, "post18", tmp_path / "carl").folder
    built = workbench.build_chapter

    def failing_for_bens_post18(folder, doc_id, title=None):
        if doc_id == "post18" and folder == ben:
            return Outcome(str(folder / "post18.ipynb"), False, 0.0, "cell 5", "planted for the test")
        return built(folder, doc_id, title)

    monkeypatch.setattr(workbench, "build_chapter", failing_for_bens_post18)
    assert main(["class-book", str(ben), str(carl), "--out", str(tmp_path / "book")]) == 0
    printed = capsys.readouterr().out
    assert "its chapter post18 failed at cell 5: planted for the test; none of its chapters is in the book" in printed
    articles = tmp_path / "book" / "html" / "articles"
    assert sorted(page.name for page in articles.glob("*.html")) == ["post18.html"]   # carl's, under its own id
    assert "is also" not in printed and "could not read" not in printed   # no clash with a chapter not in the book


def test_only_a_link_to_a_renamed_article_is_led_to_its_new_name():
    """A participant's words in a table's cell keep their quotation marks (pandas' to_html): a text that reads like
    the attribute is theirs, and stays as they wrote it."""
    from factcheck.byo.classbook import _relinked

    cell = '<td>as in href="../articles/wire17.html</td><a href="../articles/wire17.html#wire17-01">12</a>'
    notebook = {"cells": [{"outputs": [{"data": {"text/html": [cell]}}]}]}
    [html] = _relinked(notebook, {"wire17": "wire17-2"})["cells"][0]["outputs"][0]["data"]["text/html"]
    assert html == '<td>as in href="../articles/wire17.html</td><a href="../articles/wire17-2.html#wire17-01">12</a>'


def test_a_chapter_still_naming_its_folders_absolute_path_is_not_published(tmp_path):
    import pytest

    from factcheck.byo.classbook import _folder_named

    built_with = str(tmp_path / "ana")

    def chapter(*outputs: str) -> dict:
        return {"metadata": {"papermill": {"parameters": {"project_root": built_with, "doc_id": "wire17"}}},
                "cells": [{"metadata": {"tags": ["injected-parameters"]}, "source": "# Parameters\nproject_root = 'x'\n"},
                          {"metadata": {}, "outputs": [{"text": text} for text in outputs]}]}

    for said in (f"read {built_with}/data/claims.csv", f"line one\n{built_with}/data", f"\x1b[0;32m{built_with}/x",
                 f"the folder is {built_with}.", f"file://{built_with}/data"):
        with pytest.raises(ValueError, match="built with, in the output of cell 2 of its built notebook"):
            _folder_named(chapter(said), "ana")
    with pytest.raises(ValueError, match="in the metadata of its built notebook"):   # where it is, to be mended
        _folder_named({**chapter(), "metadata": {"papermill": {"parameters": {"project_root": built_with}},
                                                 "note": f"built in {built_with}"}}, "ana")
    with pytest.raises(ValueError, match="in the metadata of its built notebook"):   # any key besides the cells
        _folder_named({**chapter(), "extra": [built_with]}, "ana")
    with pytest.raises(ValueError, match="in the source or metadata of cell 2 of its built notebook"):
        _folder_named({**chapter(), "cells": chapter()["cells"][:1] + [{"source": f"open('{built_with}/x')"}]}, "ana")
    _folder_named(chapter(f"{built_with}ysis, text{built_with}"), "ana")   # words that hold it are not the path
    awkward = str(tmp_path / "o'brien & co" / "ana")   # as HTML, pandas and an address write it
    for said in (awkward.replace("&", "&amp;"), awkward.replace("&", "&amp;").replace("'", "&#x27;"),
                 "file://" + awkward.replace(" ", "%20").replace("&", "%26").replace("'", "%27")):
        with pytest.raises(ValueError, match="absolute path"):
            _folder_named({**chapter(said), "metadata": {"papermill": {"parameters": {"project_root": awkward}}}}, "ana")
    named = _folder_named(chapter("read data/claims.csv"), "ana")
    assert named["cells"][0]["source"] == '# Parameters\nproject_root = "ana"\ndoc_id = "wire17"\n'
    assert named["metadata"]["papermill"]["parameters"]["project_root"] == "ana"


def test_the_site_names_a_folder_by_its_name_and_as_many_of_its_parents_as_tell_it_from_another(tmp_path):
    from factcheck.byo.classbook import _short_names

    folders = [tmp_path / "group-a" / "ana", tmp_path / "group-b" / "ana", tmp_path / "group-b" / "ben",
               tmp_path / "group-b" / "ben", tmp_path / "group-a" / "x" / ".."]
    names = _short_names(folders)
    assert sorted(names.values()) == ["ben", "group-a", "group-a/ana", "group-b/ana"]   # ben once: given twice
    assert _short_names([Path("/")]) == {Path("/"): ""}   # the root: named "(the root folder)" on the page
    # never above the folder they are all in (its parents hold the instructor's user name)
    assert sorted(_short_names([tmp_path / "ana", tmp_path / "class" / "ana"]).values()) == ["ana", "class/ana"]
    (tmp_path / "real" / "deep").mkdir(parents=True)
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "lnk").symlink_to(tmp_path / "real" / "deep")
    assert sorted(_short_names([tmp_path / "a" / "lnk" / "..", tmp_path / "a"]).values()) == ["a", "real"]
    for group in ("g1", "g2"):
        (tmp_path / group / "ana").mkdir(parents=True)
    (tmp_path / "g3").mkdir()
    (tmp_path / "g3" / "ana").symlink_to(tmp_path / "g1" / "ana")   # g1/ana given again, under another name
    names = _short_names([tmp_path / "g1" / "ana", tmp_path / "g2" / "ana", tmp_path / "g3" / "ana"])
    assert names[tmp_path / "g3" / "ana"] == names[tmp_path / "g1" / "ana"] == "g1/ana"   # "given twice" says which


def test_a_reason_on_the_site_names_the_folder_by_its_name_and_no_links_target(tmp_path, monkeypatch):
    from factcheck.byo.classbook import ClassBook, _short_names

    for folder in ("g1/a", "g1/data", "g1/seeds", "g2/a", "g2/data", "g2/seeds"):
        (tmp_path / folder).mkdir(parents=True)
    monkeypatch.chdir(tmp_path / "g1")   # the folders given as bare words, from their parent
    book = ClassBook(tmp_path / "out")
    book.names = _short_names([Path("a"), Path("data"), Path("seeds")] +
                              [tmp_path / "g2" / name for name in ("a", "data", "seeds")])
    tail = "a participant's folder may hold none, since writing or deleting there would reach the link's target"
    assert book.for_the_site(f"a/data/x.csv: is a symbolic link (to /home/someone\nelse): {tail}", Path("a")) == \
        f"g1/a/data/x.csv: is a symbolic link: {tail}"
    assert book.for_the_site(f"{tmp_path}/g1/data/data/x.csv: 4,000,100 bytes", Path("data")) == \
        "g1/data/data/x.csv: 4,000,100 bytes"
    assert book.for_the_site("no seeds/sources.yml in data: run it on the folder", Path("data")) == \
        "no seeds/sources.yml in data: run it on the folder"   # the words of the sentence stay as they are
    assert book.for_the_site("not an article folder (no seeds/sources.yml)", Path("seeds")) == \
        "not an article folder (no seeds/sources.yml)"   # a file's name in the sentence, not the folder's path
    assert book.for_the_site("cannot read 'seeds/data/x.csv'", Path("seeds")) == "cannot read 'g1/seeds/data/x.csv'"
    monkeypatch.chdir("/")   # the root folder, given from itself: no form of it to replace
    assert book.for_the_site("not an article folder (no seeds/sources.yml)", Path("/")) == \
        "not an article folder (no seeds/sources.yml)"
    # another path an error names (another link of a loop, a file of the instructor's) keeps its last part, or
    # nothing where that would be a user's name; in quotation marks, spaces and all
    loop = "[Errno 40] Too many levels of symbolic links: '/home/someone/class/b' (from /home/someone/class/b)"
    assert book.for_the_site(loop, Path("a")) == "[Errno 40] Too many levels of symbolic links: '…/b' (from …/b)"
    assert book.for_the_site("cannot read '/home/jane/My Documents/x.csv' in '/home/jane'", Path("a")) == \
        "cannot read '…/x.csv' in '…'"
    assert book.for_the_site('no "/home/o\'brien/class/x.csv", file:/srv/class/x.csv', Path("a")) == \
        'no "…/x.csv", file:…/x.csv'
    assert book.for_the_site("C:/Users/jane and '/var/home/jane' (from /home/jane): /mnt/c/Users/jane/x.csv",
                             Path("a")) == "… and '…' (from …): …/x.csv"   # a user's folder: nothing of it
    assert book.for_the_site("/u/jane; home=/srv/x/y;/home/jane/z/w, /srv/jane,smith/x.csv {/srv/k/x.csv}.",
                             Path("a")) == "…; home=…/y;…/w, …/x.csv {…/x.csv}."   # punctuation ends a path before a space
    assert book.for_the_site("PATH=/opt/x/lib:/u/jane [/srv/j/x](/var/HOMES/jane) /srv/j/x/.. /srv/j/y,/srv/j/z",
                             Path("a")) == "PATH=…/lib:… […/x](…) …/.. …/y,…/z"   # run together: one by one
    assert book.for_the_site("/srv/a)/home/jane/x.csv", Path("a")) == "…)…/x.csv"
    assert book.for_the_site("(to /home/jane?) (/srv/k/x!)", Path("a")) == "(to …?) (…/x!)"   # a sentence's end
    assert book.for_the_site("see file:///home/jane/x.csv or 'file:///home/jane'", Path("a")) == \
        "see file://…/x.csv or 'file://…'"   # a file's address, as a browser writes it, in any of its forms:
    assert book.for_the_site("file://localhost/home/jane/x.csv FILE:///Users/jane/y.csv file:////home/jane/z.csv "
                             "'file:///home/jane doe/w.csv'", Path("a")) == \
        "file://…/x.csv file://…/y.csv file://…/z.csv 'file://…/w.csv'"
    from factcheck.byo.classbook import MAX_REASON, _path_end
    long = book.for_the_site("is a symbolic link (to " + "): " * 40_000, Path("a"))   # a participant's error text
    assert len(long) <= MAX_REASON + 1 and long.endswith("…")   # shown cut short (the terminal has it whole)
    for target in ("/srv/Secret Project/notes/" + "n" * 2_500,   # longer than what the page shows
                   "/srv/x): jane secret notes/y"):   # holding the words that end it
        assert book.for_the_site(f"a/x.csv: is a symbolic link (to {target}): {tail}", Path("a")) == \
            f"a/x.csv: is a symbolic link: {tail}"   # (the test is in / by now: "a" names no folder here)
    for kept in ("/srv/x..", "/srv/x/.", "/srv/x/...", "/srv/x/.."):   # two dots, or dots after a slash: the path's
        assert _path_end(kept + ").") == len(kept), kept
    # what ends a sentence or a bracket after a path stays, in any order; a path's own `..` stays too
    assert book.for_the_site("a link (to /home/jane). Then (from /srv/class)... or /srv/x/y.csv? (/). /srv/x/..",
                             Path("a")) == "a link (to …). Then (from …)... or …/y.csv? (/). …/.."
    ana = tmp_path / "g2" / "a"   # a NUL of the text's own is taken out, not given the folder's name
    assert book.for_the_site(f"a\0b {ana}/x.csv", ana) == f"ab {book.named(ana)}/x.csv"
    kept = ("see https://example.org/a/b, ../up/x.csv, ana (2)/data/x.csv, and/or data/claims.csv: row 2; 1/2, "
            "3 / 4, <b>bold</b> (/)")
    assert book.for_the_site(kept, Path("a")) == kept   # an address, relative paths and words are not such paths
    for odd in ("ana (1)", "ana:"):   # a folder's own name before a slash is never read as a path's start
        (tmp_path / "g1" / odd).mkdir()
        assert book.for_the_site(f"{tmp_path}/g1/{odd}/data/x.csv: is a link", tmp_path / "g1" / odd) == \
            f"{book.named(tmp_path / 'g1' / odd)}/data/x.csv: is a link"


def test_an_errors_reason_is_worded_for_the_site_once_and_a_backslash_in_a_name_breaks_nothing(
        article_file, tmp_path, monkeypatch):
    """The site's wording of a reason from an error is made before the text is cut short, once; the terminal keeps
    the path; a folder whose name holds a backslash (read as a pattern's group, it stopped the book) is listed."""
    from factcheck.byo import classbook, workbench
    from factcheck.pipeline import site

    for group in ("g1", "g2"):
        scaffold(article_file, "wire17", tmp_path / "class" / group / "ana")
    (tmp_path / "class" / "notes\\1old").mkdir()
    monkeypatch.chdir(tmp_path / "class")   # the folders given from where they are: g1/ana, g2/ana
    (Path("g2/ana") / "wire17.ipynb").write_text("{}", encoding="utf-8")   # its chapter, as new-article --check left it
    review, index = workbench.review, []
    where = (tmp_path / "class" / "g1" / "ana").resolve()

    def review_failing(folder, first=None):
        if Path(folder) == Path("g1/ana"):
            # placed so that the terminal's 300 characters end inside the path, past the test's own folder
            padding = "x" * (300 - len("ValueError: ") - len(" cannot read '") - len(str(tmp_path.resolve())) - 3)
            raise ValueError(f"{padding} cannot read '{where}/data/claims.csv'" + " and more" * 40)
        return review(folder, first)

    def build_site(source, html, work, **options):
        index.append((Path(source) / "index.md").read_text(encoding="utf-8"))
        return site.SiteOutcome(True, False, 0.0, "", ())

    monkeypatch.setattr(workbench, "review", review_failing)
    monkeypatch.setattr(site, "build_site", build_site)
    book = classbook.build_class_book([Path("g1/ana"), Path("g2/ana"), Path("notes\\1old")], tmp_path / "out",
                                      echo=lambda _: None, rebuild=False)
    [(failed, said), (notes, why)] = book.left_out
    assert f"'{tmp_path.resolve()}/cl" in said and "not an article folder" in why   # the terminal: the path
    [page] = index
    page = re.sub(r"\\(.)", r"\1", page)   # the page's markdown, its escapes taken away: the words as they read
    assert "cannot read 'g1/ana/data/claims.csv' and more" in page and str(tmp_path) not in page
    assert "notes\\1old: not an article folder" in page and "g1/ana/g1" not in page



def test_chapters_told_apart_end_with_titles_a_reader_can_tell_apart(tmp_path):
    """A title told apart may be another chapter's own, and two titles may differ only in their spaces."""
    import json

    from factcheck.byo.classbook import ClassBook, _told_apart

    book = ClassBook(tmp_path / "out")
    chapters = [("wire17", "Removals in 2016"), ("dan19", "Removals in 2016"), ("post18", "Removals in 2016 (wire17)"),
                ("q1", "Removals in 2016 (wire17) (post18)"), ("r1", "Removals in 2016 (wire17) (post18) (q1)"),
                ("a1", "X Y"), ("b1", "X  Y "), ("c1", "x\u00a0y"), ("e1", "Caf\u00e9"), ("f1", "Cafe\u0301"),
                ("g1", "Soft"), ("h1", "So\u00adft"), ("i1", "Mark"), ("j1", "\u200eMark\ufe0f"),
                ("w-2", "Raids (w-2)"), ("k1", "Raids (w-2)"), ("d1", "Alone")]   # w-2: a renamed chapter
    for name, title in chapters:
        cell = {"cell_type": "markdown", "id": "t", "metadata": {}, "source": [f"# {title}\n", "Text."]}
        (tmp_path / f"{name}.ipynb").write_text(json.dumps({"cells": [cell], "metadata": {}, "nbformat": 4,
                                                            "nbformat_minor": 5}), encoding="utf-8")
        book.chapters.append((name, title, tmp_path / name))
    _told_apart(book, tmp_path)
    titles = [title for _, title, _ in book.chapters]
    import unicodedata   # as a reader sees them: one form of each letter, spaces run together, any case

    def read(title):
        shown = "".join(c for c in unicodedata.normalize("NFKC", title)
                        if unicodedata.category(c) != "Cf" and not "\ufe00" <= c <= "\ufe0f")
        return " ".join(shown.split()).casefold()

    assert len(set(map(read, titles))) == len(titles), titles
    from factcheck.byo.classbook import as_read   # the module's own reading: pairs that look alike read alike
    for shown, written in (("Café", "Cafe\u200b\u0301"), ("Mark", "Mark\U000e0100"), ("Mark", "Ma\u3164rk"),
                           ("Mark", "Mark\u180b"), ("Mark", "Mark\u180d"), ("Mark", "Ma\u180frk"),
                           ("A B", "A\u2800B"), ("Café", "Cafe\u034f\u0301"), ("X Y", " x\u00a0 Y\u200e")):
        assert as_read(shown) == as_read(written), (shown, written)
    assert as_read("Removals") != as_read("Removal") and as_read("1/2") != as_read("12")
    assert titles[-1] == "Alone" and titles[0] == "Removals in 2016 (wire17)" != titles[2]
    assert titles[-3:-1] == ["Raids (w-2)", "Raids (w-2) (k1)"]   # the renamed chapter's name, not twice
    headings = [json.loads((tmp_path / f"{name}.ipynb").read_text(encoding="utf-8"))["cells"][0]["source"]
                for name, _ in chapters]
    assert headings[1].replace("\\", "").startswith("# Removals in 2016 (dan19)") and headings[-1][0] == "# Alone\n"
