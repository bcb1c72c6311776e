"""The ledger this repository ships: seeds intact, every quote anchored, every mention accounted for."""
from __future__ import annotations

import hashlib
import subprocess
import sys
from pathlib import Path

import pytest

from factcheck.ledger.claims import load_ledger
from factcheck.ledger.mentions import find_mentions

REPO = Path(__file__).resolve().parent.parent
SHARED_SEEDS = REPO.parent / "shared" / "seeds"


@pytest.fixture(scope="module")
def ledger():
    return load_ledger(REPO)  # raises, listing every problem, if anything is wrong


def test_every_seed_has_the_sha256_its_provenance_records(ledger):
    for document in ledger.documents.values():
        digest = hashlib.sha256((REPO / "seeds" / document.file).read_bytes()).hexdigest()
        assert digest == document.sha256


@pytest.mark.skipif(not SHARED_SEEDS.is_dir(), reason="../shared/seeds is only beside the repo on the project's machines")
def test_seeds_are_byte_identical_to_the_shared_originals():
    ours = sorted(p.name for p in (REPO / "seeds").glob("*.txt"))
    assert ours == sorted(p.name for p in SHARED_SEEDS.glob("*.txt"))
    for name in ours:
        assert (REPO / "seeds" / name).read_bytes() == (SHARED_SEEDS / name).read_bytes(), name


def test_five_documents_each_with_claims(ledger):
    assert len(ledger.documents) == 5
    for doc_id in ledger.documents:
        assert len(ledger.claims_for(doc_id)) > 0, doc_id


def test_every_quote_is_the_seed_text_at_its_offsets(ledger):
    for row in ledger.claims.itertuples():
        assert ledger.documents[row.doc_id].text[row.start:row.end] == row.quote, row.claim_id
    for row in ledger.non_claims.itertuples():
        assert ledger.documents[row.doc_id].text[row.start:row.end] == row.text


def test_every_numeric_mention_is_a_claim_or_a_non_claim(ledger):
    spans = {}
    for table in (ledger.claims, ledger.non_claims):
        for row in table.itertuples():
            spans.setdefault(row.doc_id, []).append((row.start, row.end))
    unaccounted = [(doc_id, m.text) for doc_id, d in ledger.documents.items() for m in find_mentions(d.text)
                   if not any(s <= m.start and m.end <= e for s, e in spans.get(doc_id, []))]
    assert unaccounted == []


def test_claim_ids_are_numbered_without_gaps_and_never_reused(ledger):
    # Ids are stable anchors (#pep16-08 is linked from outside): a claim added later takes the next number.
    for doc_id in ledger.documents:
        claims = ledger.claims_for(doc_id)
        assert sorted(claims["claim_id"]) == [f"{doc_id}-{i:02d}" for i in range(1, len(claims) + 1)]


def test_non_claim_reasons_are_sentences_not_placeholders(ledger):
    assert (ledger.non_claims["reason"].str.split().str.len() >= 3).all()


def test_check_command_prints_a_summary():
    result = subprocess.run([sys.executable, "-m", "factcheck", "check"], cwd=REPO, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert "Ledger OK." in result.stdout
    for doc_id in ("hearing16", "pep16", "ndd24", "parole24", "oig17"):
        assert doc_id in result.stdout
    assert "numeric mentions accounted for" in result.stdout


def test_check_command_exits_nonzero_with_the_problems_on_stderr(tmp_path):
    result = subprocess.run([sys.executable, "-m", "factcheck", "check", "--root", str(tmp_path)],
                            capture_output=True, text=True)
    assert result.returncode == 1
    assert "sources.yml: file not found" in result.stderr
