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
