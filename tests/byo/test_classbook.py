"""The class book: one site from the participants' folders, every article a chapter, a clash reported, never overwritten."""
from __future__ import annotations

from factcheck.cli import main
from factcheck.byo.scaffold import scaffold


def test_one_command_builds_one_site_and_reports_a_clashing_id(article_file, tmp_path, capsys):
    first = scaffold(article_file, "wire17", tmp_path / "ana").folder
    second = scaffold(article_file, "wire17", tmp_path / "ben").folder      # the same id: a clash
    other = scaffold(article_file, "post18", tmp_path / "cleo").folder
    (tmp_path / "notes").mkdir()
    status = main(["class-book", str(first), str(second), str(other), str(tmp_path / "notes"),
                   "--out", str(tmp_path / "book")])
    printed = capsys.readouterr()
    assert status == 1, printed.err  # something was left out: said, and the exit status says so
    assert "left out" in printed.out and "'wire17' is already" in printed.out and "not written over" in printed.out
    assert "not an article folder" in printed.out
    html = tmp_path / "book" / "html"
    assert (html / "articles" / "wire17.html").is_file() and (html / "articles" / "post18.html").is_file()
    index = (html / "index.html").read_text(encoding="utf-8")
    assert "wire17" in index and "post18" in index and "ben" in index  # the clash is on the page too
    chapter = (html / "articles" / "wire17.html").read_text(encoding="utf-8")
    assert "{glue" not in chapter and 'href="../methods.html"' in chapter and "cdn." not in chapter
    assert not (html / "vendor").exists()   # charts are drawn into the page: no chart library
    assert (second / "seeds" / "sources.yml").is_file()  # the clashing folder is left as it was
