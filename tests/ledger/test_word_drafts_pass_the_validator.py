"""Every quantity word the finder drafts, in every labelled text and every seed, is one the validator accepts: its
words stand in its quote and have a reading (a participant's draft must pass `review` before anything is typed;
hus25's "led the nation" drafted as 'lead' once did not)."""
from __future__ import annotations

from pathlib import Path

import pytest

from factcheck.ledger.mentions import find_mentions
from factcheck.ledger.words import check_word_claim, draft_claim

REPO = Path(__file__).resolve().parents[2]
TEXTS = sorted(REPO.glob("corpus/**/texts/*.txt")) + sorted((REPO / "seeds").glob("*.txt"))


class _Problems:
    def __init__(self):
        self.found = []

    def add(self, line, column, message, to_fill=False):
        if not to_fill:  # a condition left for the participant is expected in a draft
            self.found.append((column, message))


def _rejected(text: str) -> list:
    rejected = []
    for found in (m for m in find_mentions(text, words=True) if m.kind == "word"):
        row = {"_line": 2, **draft_claim(text, found.quote_start, found.quote_end, found.words)}
        problems = _Problems()
        check_word_claim(row, problems)
        rejected += [(row["quote"], row["words"], problem) for problem in problems.found]
    return rejected


@pytest.mark.parametrize("sentence", [
    "Texas led the nation in arrests.", "Florida leads all other states.", "After peaking in July, crossings fell.",
    "It has the third worst overdose rate.", "It is the second slowest court.", "Ohio is the 11th largest state."])
def test_a_word_written_in_another_form_or_with_a_space_is_drafted_as_written(sentence):
    assert [m for m in find_mentions(sentence, words=True) if m.kind == "word"], sentence
    assert _rejected(sentence) == []


@pytest.mark.parametrize("path", TEXTS, ids=[f"{p.parent.parent.name}/{p.stem}" for p in TEXTS])
def test_every_drafted_word_of_a_labelled_text_passes_the_validator(path):
    assert _rejected(path.read_text(encoding="utf-8")) == []
