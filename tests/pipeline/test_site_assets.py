"""The site's asset folders: a link out of the repository is refused; a file removed from _extra leaves the site."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from factcheck import paths
from factcheck.pipeline.site import build_site

SECRET = b"API_TOKEN=do-not-publish\n"


def tiny_site(root: Path) -> Path:
    """The report's configuration, styles and templates around one markdown page."""
    root.mkdir(parents=True)
    shutil.copyfile(paths.ROOT / "_config.yml", root / "_config.yml")
    for folder in ("_static", "_templates"):
        shutil.copytree(paths.ROOT / folder, root / folder)
    (root / "_toc.yml").write_text("format: jb-book\nroot: index\n", encoding="utf-8")
    (root / "index.md").write_text("# A tiny site\n\nOne page.\n", encoding="utf-8")
    return root


def test_a_link_out_of_the_site_in_static_is_refused_and_publishes_nothing(tmp_path):
    secret = tmp_path / "home" / ".env"
    secret.parent.mkdir()
    secret.write_bytes(SECRET)
    root = tiny_site(tmp_path / "site")
    (root / "_static" / "settings.env").symlink_to(secret)
    outcome = build_site(root, root / "_build" / "html", root / "_build")
    assert not outcome.ok and len(outcome.problems) == 1
    assert "_static/settings.env is a symbolic link" in outcome.problems[0]
    assert not (root / "_build" / "html").exists()
    assert secret.read_bytes() == SECRET


def test_a_file_removed_from_extra_leaves_the_site_on_the_next_build(tmp_path):
    root = tiny_site(tmp_path / "site")
    html, work = root / "_build" / "html", root / "_build"
    (root / "_extra").mkdir()
    (root / "_extra" / "old.txt").write_text("an asset since removed\n", encoding="utf-8")
    first = build_site(root, html, work)
    assert first.ok and (html / "old.txt").is_file(), first.problems
    (root / "_extra" / "old.txt").unlink()
    second = build_site(root, html, work)
    assert second.ok and not second.skipped, second.problems
    assert not (html / "old.txt").exists()


@pytest.mark.parametrize("reuse", [True, False])
def test_a_published_file_is_taken_for_the_new_sites_only_where_the_published_site_is_trusted(tmp_path, reuse):
    """The new site takes a published file of the same size and time as the file the render wrote (it is
    unchanged, and hard-linked, not copied); where the published site may have been handed in (the class book's out
    may be a participant's _site), a file planted with that size and time would be published: none is taken."""
    import os

    from factcheck.pipeline.site import _assemble

    built, published = tmp_path / "built", tmp_path / "published"
    for folder in (built, published):
        (folder / "_static").mkdir(parents=True)
    (built / "_static" / "theme.js").write_bytes(b"the theme's own code\n")
    (published / "_static" / "theme.js").write_bytes(b"alert('planted')//  \n")   # the same size
    stamp = (built / "_static" / "theme.js").stat().st_mtime_ns
    os.utime(published / "_static" / "theme.js", ns=(stamp, stamp))
    _assemble(built, published if reuse else None, tmp_path / "new")
    taken = (tmp_path / "new" / "_static" / "theme.js").read_bytes()
    assert taken == (b"alert('planted')//  \n" if reuse else b"the theme's own code\n")
