"""How the finder's time grows with the length of texts of one repeated shape (prints figures; not a test).

    .venv/bin/python benchmarks/finder_shapes.py              # 8,000 and 16,000 characters of each shape
    .venv/bin/python benchmarks/finder_shapes.py 20000 'a.' 'A.'

An article is untrusted: texts of one short shape repeated found work that grew with the square of the text's
length: a pattern that backtracked ("a." repeated to 20,000 characters took 11 s to scaffold), each quantity word
compared with all others found ("ever recorded " repeated to 80,000 characters: 77 s); a pattern split a run of
hyphens every way ("the lowest", 40 hyphens, "ever recorded": minutes). Some shapes were, and are, slow per character
but linear: each numeral read every line end of the 800 characters before it ("1" on each of 4,000 lines took 30 s,
now 3 s; "of" and "1" on alternate lines still take about 0.4 ms a character). For each shape the finder (`find_mentions` and
`find_quantity_words`, what new-article and `--check` run) reads the text at N and at 2N characters; a ratio near 2
grows with the text, near 4 with its square, marked "SQUARE", with the time the limit's length
(scaffold.MAX_ARTICLE_CHARACTERS) would take at that rate.
"""
from __future__ import annotations

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

SHAPES = ["a.", "A.", "ab.c", "a", "a ", "a'", "a's ", "the ", "A ", "a,", "a-", "a/", "a\n", "1\n", "of\n1 ", "ever recorded ", "the lowest " + "-" * 30 + "ever recorded. ", "peaked ", "one of ", "one of the ", "Mr. ",
          "no. ", "the most ", "percent ", "$", "%", "1.", "a.1"]


def seconds(text: str) -> float:
    from factcheck.ledger.mentions import find_mentions, find_quantity_words

    start = time.perf_counter()
    find_mentions(text)
    find_quantity_words(text)
    return time.perf_counter() - start


def main(argv: list[str]) -> int:
    from factcheck.byo.scaffold import MAX_ARTICLE_CHARACTERS

    length = int(argv[0]) if argv and argv[0].isdigit() else 8000
    shapes = [a for a in argv if not a.isdigit()] or SHAPES
    print(f"{'shape':<14} {length:>7,} chars  {2 * length:>7,} chars  ratio")
    for shape in shapes:
        short, long = ((shape * (n // len(shape) + 1))[:n] for n in (length, 2 * length))
        first, second = seconds(short), seconds(long)
        ratio = second / max(first, 1e-9)
        flag = ""
        if ratio > 3:
            flag = f"  SQUARE: {MAX_ARTICLE_CHARACTERS:,} characters would take about " \
                   f"{second * (MAX_ARTICLE_CHARACTERS / (2 * length)) ** 2:,.0f} s"
        print(f"{shape!r:<14} {first:>11.3f} s  {second:>11.3f} s  {ratio:4.1f}{flag}", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
