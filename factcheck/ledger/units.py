"""Units: which verbs say what the people they act on count, a short table of synonyms.

The finder (`factcheck.ledger.mentions`) takes a number's unit from the head noun of its
phrase ("302,192 people" -> people). Where a number stands alone ("the tally was about
271,000", "ICE apprehended 68,631 last year") a reader takes the unit from the words around
it, and one table here says what a verb's people count:

    deportations  = removals = deported people = people removed (deport-, remov-)
    arrests       = people arrested                              (arrest-)
    apprehensions = people apprehended                           (apprehend-)
    detainees     = people detained                              (detain-)
    releases      = people released                              (releas-)
    hires         = people hired, a hiring need                  (hir-)
    expulsions    = people expelled;  bookings = people booked

It is used three ways: a bare number later in the text carries the count, not "people"
("ICE has formally removed 302,192 people ... The last time ICE topped 300,000" ->
deportations); a measure noun after a verb form takes the verb's count ("its hiring need
is 2,500" -> hires); and a verb's subject is never what its object counts ("agents
apprehended 68,631 of them": not agents).

Arrests and apprehensions stay apart, as the corpus's gold keeps them (its rule is the head
noun as written, corpus/README.md); a unit the finder reports is always a word of the text.
A parser would find subjects and objects more generally, but spaCy's and Stanza's English
models are downloads from outside the package registries (which these machines cannot
reach), so the finder keeps its tested patterns.
"""
from __future__ import annotations

import re

# the count a verb's people are -> the head nouns that name the same count
SYNONYMS = {
    "deportations": ("deportations", "removals", "deportees"),
    "arrests": ("arrests",), "apprehensions": ("apprehensions",), "detainees": ("detainees",),
    "releases": ("releases",), "hires": ("hires", "hirings"), "expulsions": ("expulsions",), "bookings": ("bookings",),
}

# a verb's stem (its forms are stem + e/ed/es/ing) -> the name of the count its object is
VERB_UNITS = {
    "deport": "deportations", "remov": "deportations", "arrest": "arrests", "apprehend": "apprehensions",
    "detain": "detainees", "releas": "releases", "hir": "hires", "expel": "expulsions", "book": "bookings",
}
_VERB = re.compile(rf"({'|'.join(sorted(VERB_UNITS, key=len, reverse=True))})(?:e|ed|es|ing|led|ling)",
                   re.IGNORECASE)

# The head nouns that say only "people": what they count is told by the verb beside them.
GENERIC = frozenset("people persons individuals".split())


def verb_unit(word: str) -> str:
    """What the object of this verb form counts ('removed' -> 'deportations', 'hiring' -> 'hires'), or ''.

    Only a verb form: 'arrests', 'hires' and 'releases' are nouns and name themselves."""
    found = _VERB.fullmatch((word or "").lower())
    if not found or (word.lower().endswith("es") and not word.lower().endswith(("ses", "oves"))):
        return ""
    return VERB_UNITS[found.group(1)]


_WORD_BEFORE = re.compile(r"([A-Za-z]+)\s+$")
_WORD_AFTER = re.compile(r"\s+([a-z]+)\b")


def unit_carried(text: str, quote_start: int, end: int, unit: str, counted: list[str] = ()) -> str:
    """The unit a later bare number takes from the number at text[quote_start:end] (its unit's word ends the
    phrase at end or later): its head noun as written; but people that a verb counts ("removed 302,192
    people", "302,192 people deported") are the count the text has been giving, when one of `counted` (the
    units of the numbers before, last first) names it ("more than 300,000 deportations" -> deportations).
    Without such a number the people stay people: "arresting about 920 people a day ... it hit almost 1,200"."""
    if unit.lower() not in GENERIC:
        return unit
    before = _WORD_BEFORE.search(text, max(0, quote_start - 30), quote_start)
    noun = re.compile(rf"\s*{re.escape(unit)}\b", re.IGNORECASE).match(text, end)
    after = _WORD_AFTER.match(text, noun.end()) if noun else None
    for word in (before.group(1) if before else "", after.group(1) if after else ""):
        names = SYNONYMS.get(verb_unit(word), ())
        same = next((c for c in counted if c.lower() in names), None)
        if same:
            return same
    return unit
