"""The source view highlights every claim at its offsets, tints it by its worst rating, and never lets the article inject markup."""
import html as html_module
import re
from html.parser import HTMLParser

import pandas as pd
import pytest

from factcheck.report.source_view import Marker, source_html


def claims(*rows):
    return pd.DataFrame([{"claim_id": c, "quote": "q", "start": s, "end": e, "value": 1.0, "low": 1.0, "high": 1.0,
                          "bounds": "[]", "unit": "people", "words": "", "condition": ""} for c, s, e in rows])


def test_each_claim_is_marked_anchored_and_tinted_by_its_rating():
    text = "ICE removed 409,000 people.\nThen 235,000."
    page = source_html(text, claims(("d-01", 12, 19), ("d-02", 33, 40)),
                       {"d-01": Marker("removals-decline", "imprecise", 2)})
    assert '<mark class="claim rating-imprecise" id="d-01" title="the words allow exactly 1 person; in a statement rated imprecise">409,000</mark>' in page
    assert '<mark class="claim" id="d-02"' in page
    assert '<a class="claim-marker" href="#removals-decline" aria-label="“409,000”: in a statement rated imprecise">' in page
    assert page.count("claim-marker") == 1 and page.count("<p>") == 2


def test_a_figure_outside_what_its_statements_rating_rests_on_says_so_in_its_tooltip_and_label():
    frame = claims(("d-01", 18, 30), ("d-02", 45, 51))
    frame.loc[1, ["words", "bounds", "condition"]] = ["dipped", "", "a fall"]
    page = source_html("With a budget of $3.43 billion, deportations dipped.", frame,
                       {"d-01": Marker("s", "imprecise", 1, rated_for=False), "d-02": Marker("s", "imprecise", 1, False)})
    assert '<mark class="claim" id="d-01" title="the words allow exactly 1 person; in a statement rated imprecise; the rating is not about this figure"' in page
    assert "rating-imprecise" not in page and page.count('<span aria-hidden="true">→</span>') == 2   # no tint, no ≈
    assert 'aria-label="“3.43 billion”: in a statement rated imprecise; the rating is not about this figure"' in page
    assert 'aria-label="“dipped”: in a statement rated imprecise; the rating is not about these words"' in page


def test_a_condition_shows_its_words_in_the_tooltip_and_no_internal_id():
    frame = claims(("d-01", 0, 6))
    frame.loc[0, ["bounds", "words", "condition"]] = ["", "record", "higher than ever before"]
    assert 'title="the words claim: higher than ever before"' in source_html("record year", frame)


def test_article_text_is_escaped():
    text = "<script>alert(1)</script> and 5 <b>bold</b> & more"
    page = source_html(text, claims(("d-01", 30, 31)))
    assert "<script>" not in page and "<b>" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "&amp; more" in page


def test_a_character_that_would_reverse_the_text_after_it_is_shown_as_its_code_and_offsets_hold():
    """An article's "1\u202e000" showed the rest of its paragraph reversed on the page, the character unseen."""
    text = "Police said 1\u202e000 people\u202d came, then 25\u2067 left.\nNext."
    page = source_html(text, claims(("d-01", 12, 17), ("d-02", 37, 39)))
    assert not re.search("[\u202a-\u202e\u2066-\u2069]", page)
    assert [page.count(f"[U+{code}]") for code in ("202E", "202D", "2067")] == [1, 1, 1]
    highlighted = re.search(r'<mark class="claim" id="d-01"[^>]*>(.*?)</mark>', page).group(1)
    assert re.sub(r"<[^>]+>", "", highlighted) == "1[U+202E]000"   # the claim's own characters, the mark among them
    assert " people<span" in page and "</span> came, then " in page and "[U+2067]</span> left." in page


def test_overlapping_claims_are_refused():
    with pytest.raises(ValueError, match="overlaps"):
        source_html("0123456789", claims(("d-01", 0, 5), ("d-02", 3, 8)))


def test_a_number_used_only_as_evidence_gets_a_neutral_mark_that_links_to_the_check():
    page = source_html("ICE counted 14.", claims(("d-01", 12, 14)), {"d-01": Marker("parole-unaccounted", None, 1)})
    assert '<mark class="claim" id="d-01"' in page and "rated" not in page.split("title=")[1].split('"')[1]
    assert 'href="#parole-unaccounted" aria-label="“14”: used as evidence: see the check"' in page
    assert '<span aria-hidden="true">→</span>' in page


class _Tags(HTMLParser):
    """The page's tags in order, and whether every one closed where it should (no tag left open or closed twice)."""
    VOID = {"br", "img", "hr", "meta", "link", "input"}

    def __init__(self):
        super().__init__()
        self.stack, self.bad, self.ids, self.twice = [], [], {}, []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if attrs.get("id"):
            if attrs["id"] in self.ids:
                self.twice.append(attrs["id"])
            self.ids[attrs["id"]] = (tag, attrs.get("class"))
        if tag not in self.VOID:
            self.stack.append(tag)

    def handle_endtag(self, tag):
        if not self.stack or self.stack.pop() != tag:
            self.bad.append(tag)


def tags(page: str) -> _Tags:
    parser = _Tags()
    parser.feed(page)
    assert parser.bad == [] and parser.stack == [] and parser.twice == [], page
    return parser


def before(page: str, ident: str) -> str:
    """The article's text that comes before the element with this id (markers and paragraph breaks left out)."""
    head = re.sub(r'<a class="claim-marker".*?</a>', "", page.split(f'id="{ident}"', 1)[0])
    return html_module.unescape(re.sub(r"<[^>]*>|<[^>]*$", "", head)).replace("\n", "")


def words_in(page: str, passage: str) -> str:
    """The text a wrapped passage holds, its tags taken out."""
    inner = page.split(f'id="{passage}">', 1)[1]
    depth, out = 1, []
    for piece in re.split(r"(<[^>]+>)", inner):
        if piece.startswith("</span"):
            depth -= 1
            if depth == 0:
                break
        elif piece.startswith("<span") and not piece.endswith("/>"):
            depth += 1
        if not piece.startswith("<"):
            out.append(piece)
    return html_module.unescape("".join(out))


def test_a_passage_is_wrapped_where_it_holds_whole_highlights_and_anchored_at_its_start_where_it_cannot_be():
    text = "ICE removed 409,000 people in 2016.\nOfficials said the rate <fell> by half."
    frame = claims(("d-01", 12, 19), ("d-02", 59, 66))
    statement, inside, crossing, across_lines, evidence = (0, 34), (4, 11), (15, 26), (20, 50), (36, 50)
    page = source_html(text, frame, {}, [statement, inside, crossing, across_lines, evidence, evidence, (5, 5),
                                         (60, 999)])
    found = tags(page)
    assert found.ids["words_0_34"] == ("span", "passage")       # holds d-01 whole
    assert words_in(page, "words_0_34") == text[0:34] and words_in(page, "words_4_11") == text[4:11]
    assert found.ids["words_4_11"] == ("span", "passage")       # inside the statement: nested
    assert found.ids["words_15_26"] == ("span", "passage-start")   # starts inside d-01's highlight
    assert page.index('id="words_15_26"') < page.index('id="d-01"')   # so it is marked where the highlight starts
    assert found.ids["words_20_50"] == ("span", "passage-start")   # crosses a paragraph's end
    assert words_in(page, "words_36_50") == "Officials said"
    assert page.count('id="words_36_50"') == 1                  # given twice, anchored once
    assert "words_5_5" not in page and "words_60_999" not in page   # empty, or beyond the text: left out
    assert "&lt;fell&gt;" in page and "<fell>" not in page       # the text still escaped, piece by piece
    assert html_module.unescape(re.sub(r"<[^>]+>", "", page)).replace("\n", "").replace("↗", "") == text.replace("\n", "")


def test_passages_that_cross_each_other_are_wrapped_once_each_way_and_the_page_stays_well_formed():
    text = "one two three four five six seven"
    page = source_html(text, claims(("d-01", 8, 13)), {}, [(0, 13), (4, 18), (8, 13), (14, 18), (0, 33)])
    found = tags(page)
    assert found.ids["words_0_33"] == ("span", "passage") and found.ids["words_0_13"] == ("span", "passage")
    assert found.ids["words_8_13"] == ("span", "passage")        # the claim's own words: around its highlight
    assert found.ids["words_4_18"] == ("span", "passage-start")   # crosses words_0_13's end
    assert found.ids["words_14_18"] == ("span", "passage")
    assert words_in(page, "words_0_13") == "one two three" and words_in(page, "words_14_18") == "four"


def test_a_passage_that_cannot_be_wrapped_is_anchored_exactly_where_it_starts_or_where_its_highlight_does():
    text = "They counted nearly 240,000 people.\nThen fewer came back. Officials said so."
    frame = claims(("d-01", 13, 27))   # "nearly 240,000"
    across_a_break, in_a_number, into_a_number, out_of_a_number = (29, 45), (20, 27), (6, 20), (24, 35)
    page = source_html(text, frame, {"d-01": Marker("s", "accurate", 1)},
                       [across_a_break, in_a_number, into_a_number, out_of_a_number])
    found = tags(page)
    assert {ident: kind for ident, (_, kind) in found.ids.items() if ident.startswith("words_")} == {
        "words_29_45": "passage-start", "words_20_27": "passage-start", "words_6_20": "passage-start",
        "words_24_35": "passage-start"}
    assert before(page, "words_29_45") == text[:29]           # across a line break: at its own start
    assert before(page, "words_6_20") == text[:6]             # ending inside the highlight: at its own start
    for inside in ("words_20_27", "words_24_35"):             # starting inside it: where the highlight starts
        assert before(page, inside) == text[:13]
        assert re.search(rf'id="{inside}"></span>(<span class="passage-start" id="[^"]+"></span>)*<mark', page)
    shown = re.sub(r'<a class="claim-marker".*?</a>', "", page)
    assert html_module.unescape(re.sub(r"<[^>]+>", "", shown)).replace("\n", "") == text.replace("\n", "")


def test_passages_that_touch_are_both_wrapped_and_each_holds_its_own_words():
    text = "one two three"
    page = source_html(text, claims(), {}, [(0, 3), (3, 7), (7, 13), (4, 7)])
    found = tags(page)
    assert all(found.ids[f"words_{s}_{e}"] == ("span", "passage") for s, e in ((0, 3), (3, 7), (7, 13), (4, 7)))
    assert [words_in(page, f"words_{s}_{e}") for s, e in ((0, 3), (3, 7), (7, 13), (4, 7))] == \
        ["one", " two", " three", "two"]


def test_a_quote_across_a_line_break_is_highlighted_in_each_paragraph_and_the_page_stays_well_formed():
    text = "They counted more than\n6,000 requests."
    page = source_html(text, claims(("d-01", 13, 28)), {"d-01": Marker("s", "accurate", 1)})
    found = tags(page)   # (well formed: the paragraph split no longer cuts a highlight or an attribute in two)
    assert page.count("<p>") == 2 and page.count('<mark class="claim rating-accurate"') == 2
    assert found.ids["d-01"] == ("mark", "claim rating-accurate")
    assert 'aria-label="“more than 6,000”: in a statement rated accurate"' in page


def test_a_passage_starting_on_a_line_break_is_not_wrapped_and_one_ending_before_it_is():
    text = "one two.\nthree four"
    page = source_html(text, claims(), {}, [(8, 14), (4, 8), (9, 14)])
    found = tags(page)   # (wrapped across the break, it would open in one paragraph and close in the next)
    assert found.ids["words_8_14"] == ("span", "passage-start")
    assert found.ids["words_4_8"] == ("span", "passage") and found.ids["words_9_14"] == ("span", "passage")


def test_a_quote_across_a_blank_line_adds_no_empty_paragraph_and_its_marker_follows_its_last_words():
    text = "They counted more than\n\n6,000\nrequests."
    page = source_html(text, claims(("d-01", 13, 30)), {"d-01": Marker("s", "accurate", 1)})
    tags(page)
    assert page.count("<p>") == 3 and "<mark" in page.split("<p>")[1] and "></mark>" not in page
    [with_marker] = [paragraph for paragraph in page.split("<p>") if "claim-marker" in paragraph]
    assert "6,000" in with_marker and "requests." not in with_marker   # after the last words, in their paragraph
