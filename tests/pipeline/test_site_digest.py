"""The site is rendered again when anything it is made from changes: its sources, and the report's own Sphinx code."""
from __future__ import annotations

from factcheck.pipeline import site


def make_site(root):
    (root / "book").mkdir(parents=True)
    (root / "_config.yml").write_text("title: t\n", encoding="utf-8")
    (root / "_toc.yml").write_text("root: book/index\n", encoding="utf-8")
    (root / "book" / "index.md").write_text("# t\n", encoding="utf-8")


def test_a_change_to_a_page_or_to_the_sphinx_extension_changes_the_site_digest(tmp_path, monkeypatch):
    make_site(tmp_path / "site")
    extension = tmp_path / "extension.py"
    extension.write_text("def setup(app): pass\n", encoding="utf-8")
    monkeypatch.setattr(site, "_extension_files", lambda: [extension])
    before = site.site_digest(tmp_path / "site")
    assert site.site_digest(tmp_path / "site") == before   # nothing changed
    extension.write_text("def setup(app): return {}\n", encoding="utf-8")
    after_extension = site.site_digest(tmp_path / "site")
    assert after_extension != before
    (tmp_path / "site" / "book" / "index.md").write_text("# t2\n", encoding="utf-8")
    assert site.site_digest(tmp_path / "site") != after_extension


def test_the_site_digest_reads_the_render_script_and_every_module_of_the_site_stage():
    files = site._extension_files()
    assert all(f.exists() for f in files)
    assert {f.name for f in files} >= {"render.py", "extension.py", "assets.py"}
