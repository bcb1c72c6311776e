"""The command line registers only the command it runs, so `check` stays quick to start."""
import subprocess
import sys

import pytest

from factcheck import paths
from factcheck.cli import main
from factcheck.commands import REGISTRARS


def _modules_loaded_by(*argv: str) -> set[str]:
    code = ("import sys; from factcheck.cli import main\n"
            "try:\n    main(list(sys.argv[1:]))\nexcept SystemExit:\n    pass\n"
            "print('\\n'.join(sys.modules))")
    run = subprocess.run([sys.executable, "-c", code, *argv], capture_output=True, text=True, cwd=paths.ROOT)
    return set(run.stdout.split())


def test_check_help_loads_neither_the_build_nor_the_server_nor_the_workshop():
    loaded = _modules_loaded_by("check", "--help")
    assert "factcheck.commands" in loaded
    assert not {m for m in loaded if m.startswith(("factcheck.pipeline.serve", "factcheck.pipeline.cli",
                                                    "factcheck.byo", "factcheck.workshop", "pandas"))}


def test_help_without_a_command_lists_every_command(capsys):
    with pytest.raises(SystemExit):
        main(["--help"])
    listed = capsys.readouterr().out
    for name in REGISTRARS:
        assert name in listed


@pytest.mark.parametrize("name", sorted(REGISTRARS))
def test_each_command_has_its_help_on_its_own(name, capsys):
    with pytest.raises(SystemExit) as exit_:
        main([name, "--help"])
    assert exit_.value.code == 0
    assert f"python -m factcheck {name}" in capsys.readouterr().out



HEAVY = ("pandas", "numpy", "frictionless", "jsonschema", "pysbd", "yaml", "factcheck.ledger.mentions")


def checked(root, *options: str) -> set[str]:
    """The modules `check --root root` imported; it must succeed."""
    code = ("import sys; from factcheck.cli import main\n"
            "status = main(['check', '--root', *sys.argv[1:]])\n"
            "print('MODULES', *sys.modules, file=sys.stderr); sys.exit(status)")
    run = subprocess.run([sys.executable, "-c", code, str(root), *options], capture_output=True, text=True,
                         cwd=paths.ROOT)
    assert run.returncode == 0 and "Ledger OK." in run.stdout, run.stderr[-3000:]
    return set(run.stderr.split("MODULES", 1)[1].split())


@pytest.fixture
def checkout(tmp_path):
    """The report's data in a folder of its own (check --root reads data/ and seeds/)."""
    import shutil

    root = tmp_path / "repo"
    for folder in ("data", "seeds"):
        shutil.copytree(paths.ROOT / folder, root / folder)
    return root


def test_check_after_a_one_claim_edit_validates_in_full_without_the_heavy_libraries(checkout):
    """The desk's loop: edit one cell, run check. Every rule runs again (the validator is imported and the summary
    printed) but imports no library whose answers were kept for the unchanged files, nor pandas, nor frictionless."""
    from buildcopies import edit_claim

    assert "factcheck.pipeline.validate" in checked(checkout)
    edit_claim(checkout, "oig17-03", "population", "edited by the test")
    loaded = checked(checkout)
    assert "factcheck.pipeline.validate" in loaded
    assert [m for m in HEAVY if m in loaded] == []
    assert (checkout / "_build" / "memo").is_dir()   # the answers live with the project checked


def test_check_full_trusts_nothing_kept(checkout):
    checked(checkout)
    loaded = checked(checkout, "--full")
    assert {"frictionless", "pysbd", "yaml", "factcheck.ledger.mentions"} <= loaded and "pandas" not in loaded


def test_a_folder_the_machine_will_not_let_a_command_write_gets_one_line_not_a_traceback(tmp_path, monkeypatch, capsys):
    """workshop and new-article --out on a read-only folder ended in an OSError traceback (the third probe)."""
    import errno
    import os

    from factcheck.cli import main

    def refuse(path, *args, **kwargs):
        raise OSError(errno.EROFS, os.strerror(errno.EROFS), str(path))

    monkeypatch.setattr("pathlib.Path.mkdir", refuse)
    assert main(["workshop", "--variant", "ana", "--out", str(tmp_path / "class" / "ana")]) == 1
    assert capsys.readouterr().err == (f"python -m factcheck workshop: cannot write in {tmp_path / 'class'}: "
                                       "Read-only file system\n")


def test_a_file_the_tools_expect_and_do_not_find_is_still_a_traceback(tmp_path, monkeypatch):
    """Only what the machine refuses (read-only, full, no permission) is one line: a missing file of the tools' own
    is their fault, and keeps its traceback."""
    import errno
    import os

    import pytest

    from factcheck.cli import main

    def missing(path, *args, **kwargs):
        raise FileNotFoundError(errno.ENOENT, os.strerror(errno.ENOENT), str(path))

    monkeypatch.setattr("pathlib.Path.mkdir", missing)
    with pytest.raises(FileNotFoundError):
        main(["workshop", "--variant", "ana", "--out", str(tmp_path / "class" / "ana")])
