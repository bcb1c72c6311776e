"""What the finder reads in a sentence written for a test, shared by the finder's rule tests (tests/ledger/)."""
from factcheck.ledger.mentions import find_mentions


def quantities(text):
    return [m for m in find_mentions(text) if m.is_quantity]


def only(text):
    found = quantities(text)
    assert len(found) == 1, found
    return found[0]


def words(text):
    return [(m.text, m.words) for m in find_mentions(text, words=True) if m.kind == "word"]
