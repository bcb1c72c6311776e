"""Finder v24: the misses of heldout34 to heldout37 that are classes of general English (issue 23).

`factcheck.ledger.mentions` reads each number's hedge, reading and unit from the words around it. `reread` rereads the
mentions as found, for phrases whose words the finder's own rules read apart or skip (each class recurs in more than
one labelled text, and no rule names the words of those texts; `corpus/README.md`, "Rules finder v24 follows"):

- **a bracket between a count and its noun**: "Over 3,600 (or 30%) school districts", "about 400 (12 percent) of
  whom" — the noun after the bracket is the count's, as if the bracket were not there;
- **a part of a set whose whole is ranked**: "five of the deadliest 10 states" — the part counts what the whole counts,
  as "five of the 10 states" (v9) does, a superlative standing between "the" and the whole;
- **a singular noun before a plural that ends the phrase**: "a dozen grade A, large eggs", "12 Grade A eggs" — a count
  above one names a plural head; the singular noun before it modifies it ("grade", as "state" in "20 state agencies");
- **the count a named cap sets**: "the refugee ceiling will be 15,000", "set the refugee cap at 125,000" — a noun
  before "ceiling", "cap" or "quota" names what the cap counts, when the number has no noun of its own;
- **"between" two amounts each with its unit**: "between ages 12 months and 15 months" is a range, as "between 12 and 15
  months" is;
- **"day one"** after a preposition ("on day one", "from day one"): the first day, an ordinal, no count of one.

`PHRASED_QUANTITY_WORDS_V24` are quantity words (kind `word`): a superlative of judgement before any noun with the span
it is ranked over ("the worst outbreak on record", "their best condition since the Great Recession"), as v10 reads it
before a noun that measures and v18 before a period.
"""
from __future__ import annotations

import re
from dataclasses import replace

COUNT_KINDS = frozenset({"number", "spelled", "scaled"})

# ---- a bracket between a count and its noun --------------------------------------------------------------------------
# "(or 30%)", "(30 percent)", "(about a third)": a short aside with no bracket inside, then the phrase goes on
BRACKET_AFTER = re.compile(r"\s*\((?:or\s+)?[^()\n]{1,30}\)\s+(?=[a-z])")

# ---- a part of a ranked whole ------------------------------------------------------------------------------------------
# "five of the deadliest 10 states", "three of the most populous 10 counties": "of the", a superlative, the whole
PART_OF_RANKED = re.compile(r"\s+(?:out\s+)?of\s+the\s+(?:[a-z]+est|most\s+[a-z]+|least\s+[a-z]+|top|bottom)\s+$",
                            re.IGNORECASE)

# ---- a singular noun before the plural head ---------------------------------------------------------------------------
# up to three words after the count (words, a capital letter alone, a comma after a word), then a plural noun that ends
# the phrase: "a dozen grade A, large eggs soared", "12 Grade A eggs"
PLURAL_HEAD_AFTER = re.compile(r"(?P<mods>(?:\s+(?:[A-Za-z][a-z-]*|[A-Z]),?){1,3}?)\s+(?P<head>[a-z]{3,}s)\b"
                               r"(?!\s+(?:of|per)\b)")
NOT_A_PLURAL = frozenset("""this thus was has is its his does goes as us yes plus less across always perhaps sometimes
whereas unless news series species means""".split())
# plurals without an "s": the count's own plural head ("thirty-one people losing their lives")
IRREGULAR_PLURALS = frozenset("""people children men women police personnel staff feet teeth mice geese cattle data
media memoranda criteria phenomena bacteria curricula alumni stimuli""".split())
NOT_A_MODIFIER = frozenset("""of the a an and or to in on at for from by with than as per that which who is are was were
has have had be been will would could should may might can some any many few all each every no this these those its
their his her our your my other more most such""".split())

# ---- the count a named cap sets ---------------------------------------------------------------------------------------
# "the refugee ceiling will be 15,000", "set the refugee cap at 125,000", "a visa quota of 85,000" (hedges allowed)
CAP_BEFORE = re.compile(r"\b(?P<noun>[a-z]{3,})\s+(?:ceiling|cap|quota)\s+"
                        r"(?:(?:will|would|could|should|to|may|might)\s+be|is|was|at|of|to)\s+"
                        r"(?:(?:about|around|roughly|approximately|nearly|almost|just|up\s+to|as\s+many\s+as|only)\s+)?$",
                        re.IGNORECASE)
# words before "cap" that are no noun of a count (adjectives, modifiers of the cap itself)
NOT_A_CAPPED_NOUN = frozenset("""annual overall total current new old proposed original statutory legal federal
national global same lower higher low high hard soft existing revised record fiscal yearly monthly previous prior
historic maximum minimum combined final initial interim temporary permanent spending debt budget rate price revenue
emissions recent different significant present relevant important dominant frequent urgent constant
the this that these those its their our his her your any each every some no""".split())
NOT_A_NOUN_ENDINGS = ("al", "ic", "ous", "ive", "ful", "ed", "ing", "ory", "ary", "ble")

# ---- "between" two amounts each with its unit -------------------------------------------------------------------------
BETWEEN_BEFORE = re.compile(r"\bbetween\s+(?:(?:the\s+)?ages?\s+(?:of\s+)?)?$", re.IGNORECASE)
AND_BETWEEN = re.compile(r"\s+and\s+")

# ---- "day one" ------------------------------------------------------------------------------------------------------
DAY_ONE_BEFORE = re.compile(r"\b(?:on|from|since|by|until|till|before|after|of)\s+day\s+$", re.IGNORECASE)

# ---- quantity words -------------------------------------------------------------------------------------------------
# (not "in modern history": heldout10/ leaves "the worst recession in modern history" unlabelled)
_SPAN_AFTER = (r"(?=\s+(?:on\s+record|ever\s+recorded|"
               r"since\s+(?:(?:the\s+)?(?:(?:early|mid|late)[\s-]+)?(?:1[89]|20)\d\d|the\s+(?-i:[A-Z])[a-z]+)))")
PHRASED_QUANTITY_WORDS_V24 = [
    # "during most of FY 2023", "for most of 2019", "most of fiscal year 2022": a majority of a period named by its year,
    # as "most of the" (v8) is a majority of what follows
    ("most", r"\bmost(?<!\bthe most)(?<!\bat most)\s+of(?=\s+(?:(?:FY|fiscal\s+year|calendar\s+year|the\s+(?:fiscal|calendar)\s+year)"
             r"\s*)?(?:19|20)\d\d\b)"),
    # "The majority (84.3%) of workers": a share in brackets between "majority" and its "of", as v19 reads "Most (88%) of"
    ("majority", r"\b(?:the|a)\s+majority(?=\s*\([^()]{1,30}\)\s*of\b)"),
    # "the worst outbreak on record", "their best condition since the Great Recession": a superlative of judgement before a noun (one modifier may stand between) ranked over a span of the
    # past, after a determiner or a possessive; not "the worst decision" (no span), "the best player since Jordan"
    ("judgement", r"\b(?=[wb])(?:(?<=\bthe\s)|(?<=\bits\s)|(?<=\bour\s)|(?<=\bhis\s)|(?<=\bher\s)|(?<=\btheir\s))(?:worst|best)\s+(?:[a-z-]+\s+)?[a-z][a-z-]*[a-z]" + _SPAN_AFTER),
]


def _plural_noun(word: str) -> str:
    if word.endswith("s"):
        return word
    if word.endswith("y") and len(word) > 2 and word[-2] not in "aeiou":
        return word[:-1] + "ies"
    return word + ("es" if word.endswith(("ch", "sh", "x", "z")) else "s")


def _capped_noun(text: str, mention) -> str:
    """The plural of the noun that names a cap right before the number ("the refugee ceiling will be" -> refugees)."""
    match = CAP_BEFORE.search(text, max(0, mention.quote_start - 80), mention.quote_start)
    if not match:
        return ""
    noun = match.group("noun").lower()
    if noun in NOT_A_CAPPED_NOUN or noun.endswith(NOT_A_NOUN_ENDINGS) or noun.endswith("s"):
        return ""
    return _plural_noun(noun)


def _plural_head(text: str, mention) -> str:
    """The plural noun that ends the phrase after a count whose unit is a singular noun inside that phrase."""
    match = PLURAL_HEAD_AFTER.match(text, mention.end)
    if not match:
        return ""
    mods = [w.strip(",") for w in match.group("mods").split()]
    head = match.group("head")
    if mention.unit in IRREGULAR_PLURALS or mention.unit not in [m.lower() for m in mods] or head in NOT_A_PLURAL or head.endswith(("ss", "us", "is")):
        return ""
    if any(m in NOT_A_MODIFIER for m in mods):  # lower case: "a", not the grade "A"
        return ""
    if any(m.lower().endswith(("ed", "ing")) for m in mods):  # a verb between: "one million people filed applications"
        return ""
    return head


def reread(text: str, mentions: list, phrase_head) -> list:
    """The mentions as found, the phrases above reread (phrase_head: mentions._phrase_head)."""
    result = list(mentions)
    for index, mention in enumerate(result):
        if mention.kind in COUNT_KINDS and mention.value is not None:
            if DAY_ONE_BEFORE.search(text, max(0, mention.start - 12), mention.start) and mention.value == 1 \
                    and mention.text.lower() == "one":
                result[index] = replace(mention, kind="ordinal", unit="", reading="")
                continue
            bracket = BRACKET_AFTER.match(text, mention.quote_end if mention.quote_end > 0 else mention.end)
            if bracket and not mention.unit.endswith("percent"):
                head = phrase_head(text, bracket.end())
                if head and head.endswith("s") and head != mention.unit:
                    result[index] = mention = replace(mention, unit=head)
            if mention.value > 1 and mention.unit and not mention.unit.endswith("s"):
                head = _plural_head(text, mention)
                if head:
                    result[index] = mention = replace(mention, unit=head)
            following = result[index + 1] if index + 1 < len(result) else None
            if following is not None and following.kind in COUNT_KINDS and following.unit.endswith("s") \
                    and following.value is not None and following.value >= mention.value \
                    and PART_OF_RANKED.fullmatch(text, mention.end, following.start) and following.unit != mention.unit:
                result[index] = mention = replace(mention, unit=following.unit)
            if not phrase_head(text, mention.end):
                noun = _capped_noun(text, mention)
                if noun:
                    result[index] = mention = replace(mention, unit=noun)
    return _between_units(text, result)


def _between_units(text: str, mentions: list) -> list:
    """"between ages 12 months and 15 months": two amounts of one unit after "between", one range."""
    result, skip = [], False
    for index, mention in enumerate(mentions):
        if skip:
            skip = False
            continue
        following = mentions[index + 1] if index + 1 < len(mentions) else None
        before = BETWEEN_BEFORE.search(text, max(0, mention.start - 24), mention.start)
        if before and following is not None and mention.kind == following.kind and mention.unit \
                and mention.unit == following.unit and mention.kind in ("duration", "number", "money", "percent") \
                and not mention.hedge and not following.hedge and mention.quote_end > mention.end \
                and AND_BETWEEN.fullmatch(text, mention.quote_end, following.start) \
                and mention.value is not None and following.value is not None and mention.value < following.value:
            result.append(replace(mention, end=following.end, text=text[mention.start:following.end], kind="range",
                                  value_to=following.value, hedge="between", reading="range",
                                  quote_start=before.start(), quote_end=following.quote_end))
            skip = True
            continue
        result.append(mention)
    return result
