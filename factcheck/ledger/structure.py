"""Finder v21: the document's structure, read for the unit of a number that names none of its own.

The rules (`factcheck.ledger.mentions`) read a number's unit from its own noun ("302,192 people"), then from the words
of its sentence. Where a number stands bare, what it counts is often told by how the document is built, not by the
words beside it:

- **a verb** the number is the subject or object of: "3,266 removed during the same period" counts removals, "ICE
  admitted 9,000" counts admissions, "the elements rate at least 7" is a rating (`VERB_NOUNS`, English verbs and the
  noun of what they count);
- **a table's column header**: in a run of lines whose cells are split by tabs, bars or wide gaps, a number under the
  header "Arrests" counts arrests;
- **a list's heading or lead-in**: the line that opens a run of list items ("Deportations by year:" above "- 2021:
  59,011") names what the items count, when it names a plural noun ("Background" names none);
- **the topic an earlier sentence set**: "Deaths in custody rose. There were 12 in 2023" (deaths), "An estimated 80,000
  people died ... That was down from the 110,000 in 2023" (deaths).

`structural_units` applies these to the finder's mentions only where the rules read no unit, or only "people" that
the number does not name itself; a verb or a table header, the two readings that belong to the number itself, also
stand in for a unit the rules took from elsewhere in a sentence when the number has no noun of its own. A unit the
rules read from the number's own noun is never replaced.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, replace

# English verbs (past forms and participles) -> the noun of what their subject or object counts, when a number is
# that subject or object ("1,500 arrested", "ICE removed 271,484"). Small and general: a count of events.
VERB_NOUNS = {
    "removed": "removals", "deported": "deportations", "arrested": "arrests", "apprehended": "apprehensions",
    "admitted": "admissions", "killed": "deaths", "died": "deaths", "expelled": "expulsions",
    "evacuated": "evacuations", "executed": "executions", "injured": "injuries", "hired": "hires",
    "booked": "bookings", "naturalized": "naturalizations", "resettled": "resettlements",
}
# a verb of rating: the number is the rating ("the elements rate at least 7", "rated on a scale of 0 to 9")
RATING = "ratings"
# the units the rules give a bare number that say nothing of what is counted
GENERIC = frozenset({"", "people", "persons", "individuals"})
# kinds of mention that count something a noun names (not a percent, a sum of money, a rate or a duration)
COUNT_KINDS = frozenset({"number", "spelled", "scaled", "vague", "range"})

# words ending in "s" that are no plural noun
_NOT_PLURALS = "as|is|was|has|does|this|thus|its|his|hers|ours|theirs|us|across|plus|always|perhaps|besides|unless|whereas"
_VERBS = "|".join(sorted(VERB_NOUNS, key=len, reverse=True))
# the number, then the verb it is the subject of: "3,266 removed during", "1,500 arrested in", "12 were killed"
VERB_AFTER = re.compile(rf"[\s)”\"]*(?:(were|was|have\s+been|had\s+been|been|are|is)\s+)?({_VERBS})\b"
                        rf"(?!\s+(?!(?:{_NOT_PLURALS})\b)[a-z]{{2,}}s\b)",  # not before its noun ("680 arrested immigrants")
                        re.IGNORECASE)
# the verb, then the number as its object: "ICE removed 271,484", "have removed (deported) 1,044"
VERB_BEFORE = re.compile(rf"\b({_VERBS})\s+(?:\([a-z ]+\)\s+)?(?:(?:a|an|the)\s+(?:total|record)\s+of\s+)?$",
                         re.IGNORECASE)
# a part of a group named after the number: "1,044 of those arrested", "7,536 of the 38,347 migrants", "68,631 of them"
PART_OF_AFTER = re.compile(r"[\s)”\"]*of\s+(?:the|those|these|them|all|its|their)\b", re.IGNORECASE)
# units of the rules that the structure never replaces: a time unit (an age, "15 and 29"), a rate
KEPT_UNITS = re.compile(r"(?:years?|months?|weeks?|days?|hours?|minutes?|decades?|centuries)$|\bper\b")
# a plural subject, then "rate(d)" with the number: "the elements rate at least 7"; or "rated on a scale of 0 to 9"
RATING_BEFORE = re.compile(r"(?:\b[a-z]+s\s+rated?\s+|\brated?\s+(?:[a-z]+\s+){0,3}?on\s+a\s+scale\s+(?:of|from)\s+)$",
                           re.IGNORECASE)
# how far after a number its own noun phrase can reach (the finder reads at most six words within 160 characters)
PHRASE_REACH = 240
# a list item's opening mark: "- ", "• ", "* ", "1. ", "2) "
ITEM = re.compile(r"[ \t]*(?:[-•*–]|\d{1,2}[.)])[ \t]+\S")
# a list item written as a label, a colon and a number alone ("Harris County (Texas) Sheriff's Office: 10,743"); no
# sentence ends inside the label (an abbreviation may: "St. Lucie"). Web copies often put each such item in a paragraph
# of its own, so a run of them may have blank lines between
LABELLED_NUMBER = re.compile(r"[ \t]*[^\s.!?:](?:(?![a-z]{3}[.!?][ \t]+[A-Z])[^:\n]){0,80}:[ \t]*[$€£]?[-+]?\d[\d,.]*%?"
                             r"(?:[ \t]*(?:million|billion|thousand))?[ \t]*")
# a table's cell separator: a tab, a bar, or three or more spaces
CELL_SPLIT = re.compile(r"\t+|\s*\|\s*|[ ]{3,}")
NUMBER_CELL = re.compile(r"[$€£]?[-+]?\d[\d,.]*%?(?:\s*(?:million|billion|thousand))?")
PLURAL = re.compile(r"\b([a-z][a-z-]{2,}(?<![su]s)(?<!ness)s|children|people|women|men)\b")
# plural words that are not what a number counts: times, function words, verbs of saying
NOT_COUNTED = frozenset("""years months weeks days hours minutes decades centuries times others ones those these
    numbers figures totals levels rates percents statistics data details highlights notes results findings sources
    is was has does says shows goes makes takes gives comes means seems remains includes""".split())
SENTENCE_END = re.compile(r"[.!?][\"”’)]?\s+(?=[\"“‘(]?[A-Z0-9])|\n\s*\n")
# the number's sentence opens as a bare existential or a comparison back: "There were 12 in 2023", "That was down from"
TOPIC_OPENERS = re.compile(r"(?:there\s+(?:were|was|are|is)|that\s+(?:was|is|went|fell|rose)|this\s+(?:was|is)|it\s+"
                           r"(?:was|is|rose|fell|went|dropped|climbed))\b", re.IGNORECASE)
# a plural noun that opens a sentence as its subject: "Deaths in custody rose."
SUBJECT_OPENING = re.compile(r"[\"“]?(?:(?:the|total|annual|overall|reported)\s+)*([A-Za-z][a-z-]{2,}s|Children|People)\b")


@dataclass(frozen=True)
class Block:
    """A paragraph, a list run or a table run: its span, the line that leads it in, its lines' spans."""
    start: int
    end: int
    kind: str                # "paragraph", "list" or "table"
    lead: str = ""           # the heading or lead-in line above a list or a table
    header: tuple = ()       # a table's column headers


def block_at(found: list[Block], position: int, starts: list[int] | None = None) -> Block | None:
    """The block holding position (blocks are in order and do not overlap), found by bisection."""
    index = bisect_right(starts if starts is not None else [b.start for b in found], position) - 1
    return found[index] if index >= 0 and found[index].start <= position < found[index].end else None


def _lines(text: str) -> list[tuple[int, int]]:
    spans, position = [], 0
    for line in text.split("\n"):
        spans.append((position, position + len(line)))
        position += len(line) + 1
    return spans


def _cells(line: str) -> list[str]:
    return [c for c in CELL_SPLIT.split(line.strip().strip("|")) if c.strip()]


def _is_row(line: str) -> bool:
    """A line of a table: two or more cells, at least one of them a number alone."""
    cells = _cells(line)
    return len(cells) >= 2 and CELL_SPLIT.search(line.strip()) is not None and \
        any(NUMBER_CELL.fullmatch(c.strip()) for c in cells)


def _is_header(line: str, width: int) -> bool:
    cells = _cells(line)
    return len(cells) == width and not any(NUMBER_CELL.fullmatch(c.strip()) for c in cells)


def blocks(text: str) -> list[Block]:
    """The document's blocks in order: runs of table rows (with the header line above them), runs of list items (with
    the line that leads them in), and paragraphs (the lines between blank lines that are neither)."""
    lines = _lines(text)
    found: list[Block] = []
    i = 0
    while i < len(lines):
        start, end = lines[i]
        line = text[start:end]
        if not line.strip():
            i += 1
            continue
        if _is_row(line) or ITEM.match(line) or LABELLED_NUMBER.fullmatch(line):
            table = _is_row(line)
            j = i
            while j < len(lines) and text[lines[j][0]:lines[j][1]].strip() and \
                    (_is_row(text[lines[j][0]:lines[j][1]]) if table else _is_item(text[lines[j][0]:lines[j][1]])):
                j += 1
            if not table and LABELLED_NUMBER.fullmatch(line):
                j = _labelled_run_end(text, lines, j)
            run_end = lines[j - 1][1]
            previous = _line_above(text, lines, i)
            if table:
                width = len(_cells(line))
                header = tuple(c.strip() for c in _cells(previous)) if previous and _is_header(previous, width) else ()
                if not header and len(_cells(previous or "")) == width - 1 and previous and \
                        not any(NUMBER_CELL.fullmatch(c.strip()) for c in _cells(previous)):
                    header = ("",) + tuple(c.strip() for c in _cells(previous))  # no header over the row names
                found.append(Block(start, run_end, "table", _line_above(text, lines, i, skip=1 if header else 0) or "",
                                   header))
            else:
                found.append(Block(start, run_end, "list", previous or ""))
            i = j
            continue
        j = i
        while j < len(lines) and text[lines[j][0]:lines[j][1]].strip() and not ITEM.match(text[lines[j][0]:lines[j][1]]) \
                and not _is_row(text[lines[j][0]:lines[j][1]]):
            j += 1
        found.append(Block(start, lines[j - 1][1], "paragraph"))
        i = j
    return found


def _is_item(line: str) -> bool:
    return bool(ITEM.match(line) or LABELLED_NUMBER.fullmatch(line))


def _labelled_run_end(text: str, lines: list, j: int) -> int:
    """Past blank lines, a run of "label: number" items goes on while the next line is one too."""
    while True:
        k = j
        while k < len(lines) and not text[lines[k][0]:lines[k][1]].strip():
            k += 1
        if k == j or k >= len(lines) or not LABELLED_NUMBER.fullmatch(text[lines[k][0]:lines[k][1]]):
            return j
        j = k
        while j < len(lines) and LABELLED_NUMBER.fullmatch(text[lines[j][0]:lines[j][1]]):
            j += 1


def _line_above(text: str, lines: list, index: int, skip: int = 0) -> str:
    """The nearest non-blank line above line `index` (after skipping `skip` of them), if it leads in: it ends with a
    colon or with no full stop (a heading)."""
    k = index - 1
    while k >= 0:
        line = text[lines[k][0]:lines[k][1]].strip()
        if line:
            if skip:
                skip -= 1
            elif line.endswith(":") or not re.search(r"[.!?][\"”’)]?$", line):
                return line
            else:
                return ""
        k -= 1
    return ""


def _plural_named(words: str) -> str:
    """The last plural noun a heading or header names ("Deportations by year:" -> deportations), or ''."""
    named = [m.group(1) for m in PLURAL.finditer(words.lower()) if m.group(1) not in NOT_COUNTED]
    return named[-1] if named else ""


def verb_unit(text: str, start: int, end: int, quote_start: int, clause: bool = True) -> str:
    """What a number counts as the subject or object of a verb of VERB_NOUNS, or a rating; '' if no such verb.

    Not a part of a group named after it ("removed 1,044 of those arrested", "apprehended 7,536 of the 38,347
    migrants"): the group says what the part counts. Without `clause`, only a participle right after the number
    ("3,266 removed during") or a rating: not "40,035 were apprehended", nor a verb before the number."""
    if PART_OF_AFTER.match(text, end):
        return ""
    after = VERB_AFTER.match(text, end)
    if after and (clause or not after.group(1)):  # without clause: the participle alone, no "were" before it
        return VERB_NOUNS[after.group(2).lower()]
    before = VERB_BEFORE.search(text, max(0, quote_start - 60), quote_start) if clause else None
    if before:
        return VERB_NOUNS[before.group(1).lower()]
    if RATING_BEFORE.search(text, max(0, quote_start - 60), quote_start):
        return RATING
    return ""


def column_unit(text: str, position: int, found: list[Block], starts: list[int] | None = None) -> str:
    """A table's column header over the cell at position, when it names a plural noun ("Arrests"), or ''."""
    block = block_at(found, position, starts)
    if block is None or block.kind != "table" or not block.header:
        return ""
    line_start = text.rfind("\n", 0, position) + 1
    line_end = text.find("\n", position)
    line = text[line_start:line_end if line_end >= 0 else len(text)]
    offset = position - line_start
    spans, cursor = [], 0
    for cell in _cells(line):
        at = line.find(cell, cursor)
        spans.append((at, at + len(cell)))
        cursor = at + len(cell)
    column = next((k for k, (a, b) in enumerate(spans) if a <= offset < b), None)
    if column is None or column >= len(block.header):
        return ""
    return _plural_named(block.header[column])


def heading_unit(position: int, found: list[Block], starts: list[int] | None = None) -> str:
    """The plural noun a list's heading or lead-in names, for a number in one of its items, or ''."""
    block = block_at(found, position, starts)
    if block is None or block.kind not in ("list", "table") or not block.lead:
        return ""
    return _plural_named(block.lead)


def topic_unit(text: str, quote_start: int, earlier: list) -> str:
    """The count a sentence before set as its topic, for a number whose own sentence opens without one ("There were
    12 in 2023", "That went down 27 percent from the 110,000"): the verb noun of the people the last sentence counted
    ("80,000 people died" -> deaths), or the plural noun that opens the sentence before as its subject ("Deaths in
    custody rose." -> deaths)."""
    sentence_start = _sentence_start(text, quote_start)
    if sentence_start <= 0 or not TOPIC_OPENERS.match(text, sentence_start):
        return ""
    previous_start = _sentence_start(text, sentence_start - 1)
    if previous_start < 0:
        return ""
    for m in reversed(earlier):
        if m.start < previous_start:
            break
        if m.start >= sentence_start or not m.is_quantity:
            continue
        if m.unit in GENERIC - {""}:
            verb = VERB_AFTER.match(text, m.quote_end + len(re.match(r"\s*\w+", text[m.quote_end:]).group())) \
                if re.match(r"\s*\w+", text[m.quote_end:]) else None
            if verb:
                return VERB_NOUNS[verb.group(2).lower()]
    opening = SUBJECT_OPENING.match(text, previous_start)
    if opening and opening.group(1).lower() not in NOT_COUNTED:
        return opening.group(1).lower()
    return ""


def _sentence_start(text: str, position: int, reach: int = 600) -> int:
    """Where the sentence holding position starts: after the last sentence end within reach before it, or the text's
    start; -1 when none is within reach (a sentence is shorter than that)."""
    start = 0 if position <= reach else -1
    for end in SENTENCE_END.finditer(text, max(0, position - reach), position):
        start = end.end()
    return start


def own_noun(text: str, mention, phrase_head, in_table: bool = False) -> bool:
    """Does the number name its unit itself: is the unit the head of the noun phrase right after it, on its line
    ("302,192 people", "thousands of migrants", "59,011 “noncitizens”")? The rules' own reading of that phrase
    (`phrase_head(text, position)`, given by the finder); in a table, the phrase ends with the row (a hard-wrapped
    sentence goes on: "resettled fewer than 10\nrefugees")."""
    if not mention.unit:
        return False
    line_end = text.find("\n", mention.end, mention.end + PHRASE_REACH) if in_table else -1
    after = text[mention.end:line_end if line_end >= 0 else mention.end + PHRASE_REACH]
    of = re.match(r"[\"”’']?\s+of\s+(?:the\s+)?", after[:13], re.IGNORECASE)
    heads = {phrase_head(after, 0)}
    if of:
        heads.add(phrase_head(after, of.end()))
    return mention.unit.split()[-1].lower() in heads


def structural_units(text: str, mentions: list, phrase_head, bare_context: bool = True) -> list:
    """The mentions, each bare count given the unit the document's structure tells, where the rules read none or only
    "people" (any of the four readings), or (with bare_context) took one from elsewhere in the sentence (a verb or a
    table header only). `phrase_head(text, position)` is the head noun of the phrase at position, as the rules read
    it (the finder passes its own; this module imports nothing from it)."""
    if not any(m.is_quantity and m.kind in COUNT_KINDS for m in mentions):
        return mentions
    found = blocks(text)
    starts = [b.start for b in found]
    out = []
    for m in mentions:
        block = block_at(found, m.start, starts)
        in_table = block is not None and block.kind == "table"
        if not m.is_quantity or m.kind not in COUNT_KINDS or own_noun(text, m, phrase_head, in_table):
            out.append(m)
            continue
        weak = m.unit.lower() in GENERIC
        if not weak and not bare_context:
            out.append(m)
            continue
        if KEPT_UNITS.search(m.unit.lower()):
            out.append(m)
            continue
        # a unit the rules took from the sentence ("when 40,035 were apprehended" after "fewer unaccompanied minors
        # arrived") gives way only to a participle right after the number ("with 3,266 removed during"), not a clause
        unit = verb_unit(text, m.start, m.end, m.quote_start, clause=weak)
        if unit and weak and m.unit and _counted_by_the_same_verb(text, m, unit, out, phrase_head):
            unit = ""  # "apprehended more than 850,000 individuals ... 63,490 were apprehended": the same people
        unit = unit or column_unit(text, m.start, found, starts)
        if not unit and weak:
            unit = heading_unit(m.start, found, starts) or topic_unit(text, m.quote_start, out)
        out.append(replace(m, unit=unit) if unit else m)
    return out


def _counted_by_the_same_verb(text: str, mention, unit: str, earlier: list, phrase_head) -> bool:
    """Did the text just before count the same people ("individuals") as the object or subject of a verb of the same
    count? Then a later bare number of that verb goes on counting them ("Border Patrol apprehended more than 850,000
    individuals ... In the Tucson Sector, 63,490 were apprehended": individuals, not apprehensions)."""
    for m in reversed(earlier):
        if mention.start - m.end > 400:
            break
        if m.is_quantity and m.unit.lower() == mention.unit.lower() and own_noun(text, m, phrase_head):
            before = VERB_BEFORE.search(text, max(0, m.quote_start - 60), m.quote_start)
            return bool(before) and VERB_NOUNS[before.group(1).lower()] == unit
    return False
