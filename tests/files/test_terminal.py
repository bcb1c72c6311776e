"""What the command line prints shows a participant's control characters; a terminal does not act on them."""
from __future__ import annotations

import io
import sys

import pytest

from factcheck.cli import main
from factcheck.files.terminal import Shown, shown


@pytest.mark.parametrize("given, printed", [
    ("\x1b]0;owned\x07", "\\x1b]0;owned\\x07"),             # sets the window's title
    ("done\rFAILED", "done\\rFAILED"),                       # prints over the line's start
    ("a\x9bb", "a\\x9bb"),                                   # C1's one-character escape
    ("cost\u202e001$", "cost\\u202e001$"),                   # reverses the text that follows
    ("ice\udcff\udc9b", "ice\\udcff\\udc9b"),                  # a name's bytes not UTF-8 (\x9b: C1's escape)
    ("two\tcolumns\nand lines, caf\u00e9 \u2013 \u201cquoted\u201d", None),   # printed as they are
])
def test_characters_a_terminal_acts_on_are_shown_as_escapes_and_others_as_they_are(given, printed):
    assert shown(given) == (given if printed is None else printed)


def test_a_stream_through_shown_writes_escapes_and_keeps_the_rest_of_the_stream():
    stream = io.StringIO()
    out = Shown(stream)
    assert out.write("a\x1b") == 2   # the characters given, as a stream answers
    stream.seek(0)
    stream.truncate()
    print("folder \x1b[2J", file=out)
    out.writelines(["a\x1b", "b\n"])
    assert stream.getvalue() == "folder \\x1b[2J\na\\x1bb\n" and out.getvalue() == stream.getvalue()


def test_a_folder_named_with_an_escape_sequence_is_printed_with_it_shown(tmp_path, capsys):
    folder = tmp_path / "ana\x1b[2J\x1b[H"
    folder.mkdir()
    (folder / "data").mkdir()
    (folder / "data" / "claims.csv").symlink_to("/etc/hostname")
    assert main(["check", "--root", str(folder)]) == 1
    said = capsys.readouterr().err
    assert "\x1b" not in said and "ana\\x1b[2J\\x1b[H/data/claims.csv: is a symbolic link" in said, said


def test_an_option_argparse_refuses_is_printed_with_its_escape_shown(capsys):
    with pytest.raises(SystemExit):
        main(["check", "--\x1b]0;owned\x07"])
    said = capsys.readouterr().err
    assert "\x1b" not in said and "--\\x1b]0;owned\\x07" in said, said


def test_a_closed_stream_stays_closed(monkeypatch):
    """With its output closed (`>&-`), Python's sys.stdout is None: the command runs on, printing nothing."""
    from factcheck.files.terminal import showing

    monkeypatch.setattr(sys, "stdout", None)
    with showing():
        assert sys.stdout is None and isinstance(sys.stderr, Shown)


def test_one_line_writes_line_ends_as_escapes():
    from factcheck.files.terminal import one_line

    assert one_line("eve\nleft out bob\r\nx") == "eve\\nleft out bob\\r\\nx"
    assert one_line("zed\u2028left out amy\u2029") == "zed\\u2028left out amy\\u2029"
    assert one_line("plain") == "plain"
