"""`python -m factcheck workshop` writes the starters and says what it did."""
from __future__ import annotations

import os

from factcheck.cli import main
from factcheck.workshop.starters import templates


def test_the_command_writes_one_starter_per_exercise(tmp_path, capsys):
    out = tmp_path / "exercises"
    assert main(["workshop", "--out", str(out)]) == 0
    assert sorted(p.name for p in out.iterdir()) == sorted(t.name for t in templates())
    printed = capsys.readouterr().out
    assert printed.count("written ") == len(templates()) and "jupyter lab" in printed


def test_the_command_keeps_what_is_there(tmp_path, capsys):
    main(["workshop", "--out", str(tmp_path)])
    capsys.readouterr()
    assert main(["workshop", "--out", str(tmp_path)]) == 0
    assert capsys.readouterr().out.count("(already there; --force to overwrite)") == len(templates())


def test_force_writes_the_starters_again_and_says_where_the_answers_went(tmp_path, capsys):
    main(["workshop", "--out", str(tmp_path)])
    answered = tmp_path / templates()[1].name
    answered.write_text("my answers", encoding="utf-8")
    capsys.readouterr()
    assert main(["workshop", "--out", str(tmp_path), "--force"]) == 0
    kept = tmp_path / f"{answered.stem}.old-1.ipynb"
    assert kept.read_text(encoding="utf-8") == "my answers"
    assert f"the starter it replaced, which differed (your answers?), is kept as {kept}" in capsys.readouterr().out


def test_the_starters_never_go_into_the_templates_folder(capsys):
    from factcheck.workshop.starters import TEMPLATES

    before = {p: p.read_bytes() for p in TEMPLATES.glob("*.ipynb")}
    for out in (TEMPLATES, TEMPLATES.parent):
        assert main(["workshop", "--out", str(out), "--force"]) == 2
        assert "holds the exercise templates" in capsys.readouterr().err
    assert {p: p.read_bytes() for p in TEMPLATES.glob("*.ipynb")} == before


def test_answers_writes_the_key_and_refuses_the_sites_folders(tmp_path, capsys):
    assert main(["workshop", "--answers", str(tmp_path / "key")]) == 0
    assert (tmp_path / "key" / "workshop-key.md").is_file()
    assert "not part of the site" in capsys.readouterr().out
    from factcheck import paths

    assert main(["workshop", "--answers", str(paths.ROOT / "book" / "key")]) == 2
    assert not (paths.ROOT / "book" / "key").exists()


def test_the_self_test_checks_python_the_environment_the_kernel_and_one_exercise():
    from factcheck.workshop.selftest import run_self_test

    lines = []
    status = run_self_test(echo=lines.append)
    text = "\n".join(lines)
    for label in ("Python", "environment", "kernel", "one exercise"):
        assert f" {label}" in text
    assert status == 0, text
    assert lines[-1] == "self-test: 4 of 4 checks passed"


def test_the_self_test_gives_root_the_guide_s_jupyter_lab_line(monkeypatch):
    """As root the self-test prints the lab line the guide gives (opened at the repository, on a starter)."""
    from factcheck import paths
    from factcheck.workshop import selftest

    monkeypatch.setattr(selftest, "CHECKS", ())
    monkeypatch.setattr(os, "geteuid", lambda: 0)
    lines = []
    selftest.run_self_test(echo=lines.append)
    note = next(line for line in lines if "you are root" in line)
    assert note.endswith("jupyter lab --allow-root --ServerApp.root_dir=. my-exercises/anchor-a-claim.ipynb")
    guide = (paths.ROOT / "book" / "workshop" / "guide.md").read_text(encoding="utf-8")
    assert "jupyter lab --ServerApp.root_dir=. my-exercises/anchor-a-claim.ipynb" in guide


def test_a_variant_is_written_and_jupyter_lab_is_opened_from_the_repository(tmp_path, capsys, monkeypatch):
    """The printed line opens a starter (so the lab's browser reaches data/ and workbench/), --allow-root as root."""
    from factcheck.workshop.variants import variant_parameters

    monkeypatch.setattr(os, "geteuid", lambda: 0)
    assert main(["workshop", "--out", str(tmp_path / "mine"), "--variant", "ana"]) == 0
    printed = capsys.readouterr().out
    assert "-m jupyter lab --allow-root --ServerApp.root_dir=. " in printed
    assert printed.rstrip().endswith("mine/anchor-a-claim.ipynb")
    item = variant_parameters("ana")["anchor-a-claim"]["corpus_item"]
    assert repr(item) in (tmp_path / "mine" / "anchor-a-claim.ipynb").read_text(encoding="utf-8")
    monkeypatch.setattr(os, "geteuid", lambda: 1000)
    assert main(["workshop", "--out", str(tmp_path / "mine"), "--variant", "ana"]) == 0
    assert "--allow-root" not in capsys.readouterr().out
    assert main(["workshop", "--out", str(tmp_path / "two"), "--variant", "ana", "--variant", "ben"]) == 2
    assert "one --variant per participant" in capsys.readouterr().err


def test_answers_with_variants_write_each_participants_answers(tmp_path, capsys):
    assert main(["workshop", "--answers", str(tmp_path / "key"), "--variant", "ana", "--variant", "ben"]) == 0
    text = (tmp_path / "key" / "variants.md").read_text(encoding="utf-8")
    assert "## ana" in text and "## ben" in text and "variant(s)" in capsys.readouterr().out


def test_a_variant_name_is_written_into_the_key_as_words_on_one_line(tmp_path):
    names = ["\x1b[31mred\x07", "<script>x</script>", "a\n# Heading"]
    assert main(["workshop", "--answers", str(tmp_path / "key"), *[f"--variant={name}" for name in names]]) == 0
    text = (tmp_path / "key" / "variants.md").read_text(encoding="utf-8")
    assert "\x1b" not in text and "\x07" not in text and "<script>" not in text
    assert [line for line in text.splitlines() if line.startswith("#")] == [
        "# Workshop: the answers to each participant's variant", "## \\\\x1b\\[31mred\\\\x07",
        "## \\<script\\>x\\<\\/script\\>", "## a\\\\n\\#\\\\x20Heading"]


def test_two_variant_names_that_differ_only_in_spaces_are_told_apart_in_the_key(tmp_path):
    from factcheck.workshop.key import variants_markdown

    text = variants_markdown(["a b", "a  b", "a\tb", "x\u200by"])
    assert [line for line in text.splitlines() if line.startswith("## ")] == [
        "## a b", "## a\\\\x20\\\\x20b", "## a\\\\tb", "## x\\\\u200by"]


def test_a_rerun_of_answers_keeps_an_edited_key_and_writes_through_no_hard_link(tmp_path, capsys):
    """A teacher's notes added to the key were lost when --answers ran again for a late participant, and a key
    hard-linked to a file of the teacher's rewrote that file."""
    key = tmp_path / "key"
    assert main(["workshop", "--answers", str(key), "--variant", "ana"]) == 0
    written = (key / "workshop-key.md").read_bytes()
    notes = tmp_path / "my-notes.md"
    notes.write_bytes(b"my notes\n")
    (key / "workshop-key.md").unlink()
    os.link(notes, key / "workshop-key.md")   # the key's name now leads to the teacher's own file
    (key / "variants.md").write_text("# my annotated copy\n", encoding="utf-8")
    capsys.readouterr()
    assert main(["workshop", "--answers", str(key), "--variant", "ana", "--variant", "ben"]) == 0
    said = capsys.readouterr().out
    assert notes.read_bytes() == b"my notes\n"
    assert (key / "workshop-key.md").read_bytes() == written and "## ben" in (key / "variants.md").read_text()
    assert (key / "workshop-key.old-1.md").read_bytes() == b"my notes\n"
    assert (key / "variants.old-1.md").read_text(encoding="utf-8") == "# my annotated copy\n"
    assert "workshop-key.old-1.md" in said and "variants.old-1.md" in said
    assert main(["workshop", "--answers", str(key), "--variant", "ana", "--variant", "ben"]) == 0
    assert sorted(p.name for p in key.iterdir()) == ["variants.md", "variants.old-1.md", "workshop-key.md",
                                                     "workshop-key.old-1.md"]   # the same key again: nothing set aside


def test_a_starter_forced_over_a_hard_link_leaves_the_linked_file_as_it_was(tmp_path, capsys):
    template = templates()[0]
    mine = tmp_path / "template-copy.ipynb"
    mine.write_bytes(template.read_bytes())
    out = tmp_path / "starters"
    out.mkdir()
    os.link(mine, out / template.name)
    assert main(["workshop", "--out", str(out), "--force"]) == 0
    assert mine.read_bytes() == template.read_bytes()
    assert (out / template.name).read_bytes() != template.read_bytes()   # the starter, its solutions taken out
