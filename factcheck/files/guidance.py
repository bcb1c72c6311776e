"""What to write in a blank judgement field, in plain words: the validator's advice to a person filling in a draft.

`python -m factcheck new-article` leaves these fields blank on purpose (they need
a reader's judgement); validation then lists each blank one with the advice here,
so the list of problems doubles as the list of what is left to do.
"""
from __future__ import annotations

# claims.csv and non_claims.csv: column -> what to write there
COLUMNS = {
    "metric": "say what this number measures, in a few words joined by '_' (for example 'removals' or "
              "'detainer_refusal_rate'); use the same metric for two numbers that measure the same thing",
    "period": "say when the number applies (for example 'FY2015', '2015-11', 'as of 2024-07-21'); "
              "if the article does not say, write 'unspecified' and what you can infer",
    "population": "say who or where is counted (for example 'ICE removals, nationwide' or 'Santa Clara County Main Jail')",
    "speaker": "say who states the number: a person's name as the text gives it, an organisation "
               "(for example 'DHS inspector general'), or 'outlet' when the article states it in its own voice",
    "unit": "say what is counted, in lower case with '_' for spaces (for example 'people', 'usd', 'percent', 'cases')",
    "reason": "say in one sentence why this number is not a claim (for example 'the year the law was passed, not a quantity')",
}

# seeds/sources.yml: field -> what to write there and where to look
PROVENANCE = {
    "outlet.name": "write the outlet's name: look at the page you copied the text from (masthead or logo, "
                   "the byline, the copyright line at the foot, or the web address)",
    "outlet.stated": "write true if the article's own text names the outlet, false if you found it elsewhere (the page, the URL)",
    "outlet.evidence": "say in one sentence where you found the outlet's name",
    "headline.text": "copy the headline as the page shows it; if there is none, write a short descriptive one and set own: false",
    "headline.own": "write true if the headline is the outlet's own, false if you wrote a descriptive one",
    "date": "give the date: if the article prints it, write it under published (YYYY-MM-DD) and set earliest "
            "and latest to the same day; if it does not, leave published: null and infer the range "
            "(earliest, latest) from what the text mentions",
    "date.evidence": "add at least one piece of evidence for the date: a quote from the text with its start and end "
                     "offsets and why it dates the article (the dates the text prints are listed in comments above)",
    "people_quoted": "list each person the article quotes as '- name: ...' with their role; write [] if it quotes nobody",
}


def blank_column(column: str) -> str | None:
    """The advice for a blank cell in this column, or None when the column needs no judgement."""
    advice = COLUMNS.get(column)
    return f"is blank: {advice}" if advice else None


def blank_field(field: str) -> str:
    return f"is blank: {PROVENANCE[field]}"
