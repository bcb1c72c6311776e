"""How long a participant's folder takes to check, by the number of its claims (prints figures; not a test).

    .venv/bin/python benchmarks/participant_scale.py              # 1,000, 5,000 and 10,000 claims
    .venv/bin/python benchmarks/participant_scale.py 10000 20000

Each size is a synthetic article of N numbers ("20,000 people, 20,001 people, ..."), scaffolded by
new-article as a participant receives it (every judgement blank: four blanks a claim), then
reviewed as `new-article --check` and `class-book` review it (the ledger's validation, the
accounting of every mention, the checks), without building the chapter. The figure the issue
asks for is 10,000 claims in under 10 s; tests/byo/test_untrusted_folder.py holds a generous bound.
"""
from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))


def article(claims: int) -> str:
    """A text of `claims` plain counts, one sentence per 20 so lines stay short."""
    numbers = [f"{20000 + i:,} people" for i in range(claims)]
    sentences = [", ".join(numbers[i:i + 20]) + ".\n" for i in range(0, claims, 20)]
    return "The agency said so on March 3, 2017.\n" + "".join(sentences)


def measure(claims: int, folder: Path) -> tuple[float, float, int, int]:
    from factcheck.byo.scaffold import scaffold
    from factcheck.byo.workbench import review

    source = folder / f"article-{claims}.txt"
    source.write_text(article(claims), encoding="utf-8")
    started = time.perf_counter()
    made = scaffold(source, "big", folder / f"big-{claims}")
    scaffolded = time.perf_counter() - started
    started = time.perf_counter()
    found = review(made.folder)
    return scaffolded, time.perf_counter() - started, len(made.claims), len(found.blanks) + len(found.mistakes)


def longest_articles(folder: Path) -> None:
    """Articles at the character limit: the five seeds' prose repeated, and a run of bare numbers."""
    from factcheck.byo.scaffold import MAX_ARTICLE_CHARACTERS, ArticleError, scaffold
    from factcheck.byo.workbench import review
    from factcheck.paths import SEEDS

    prose = "\n\n".join(p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt")))
    texts = {"prose": prose * (MAX_ARTICLE_CHARACTERS // len(prose) + 1),
             "numbers": "1,234 people and 56 percent. " * MAX_ARTICLE_CHARACTERS}
    print(f"\n{'article at the limit':<22} {'claims':>8} {'scaffold s':>11} {'check s':>8}")
    for name, text in texts.items():
        source = folder / f"{name}.txt"
        source.write_text(text[:MAX_ARTICLE_CHARACTERS], encoding="utf-8")
        started = time.perf_counter()
        try:
            made = scaffold(source, name, folder / name)
        except ArticleError as refused:
            print(f"{name:<22} {'refused':>8} {time.perf_counter() - started:>11.2f}   ({str(refused)[:60]}...)")
            continue
        scaffolded = time.perf_counter() - started
        started = time.perf_counter()
        review(made.folder)
        print(f"{name:<22} {len(made.claims):>8,} {scaffolded:>11.2f} {time.perf_counter() - started:>8.2f}")


def main(sizes: list[int]) -> None:
    from factcheck.byo.workbench import review  # imports outside the timings
    from factcheck.checks.definitions import load_checks  # noqa: F401

    del review
    print(f"{'claims':>8} {'characters':>11} {'scaffold s':>11} {'check s':>8} {'listed':>8}")
    with tempfile.TemporaryDirectory() as scratch:
        for size in sizes:
            scaffolded, checked, count, listed = measure(size, Path(scratch))
            print(f"{count:>8,} {len(article(size)):>11,} {scaffolded:>11.2f} {checked:>8.2f} {listed:>8,}", flush=True)
        longest_articles(Path(scratch))


if __name__ == "__main__":
    main([int(a) for a in sys.argv[1:]] or [1000, 5000, 10000])
