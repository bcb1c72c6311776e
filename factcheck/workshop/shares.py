"""Exercise: check a stated percentage against the counts it comes from.

The question is a real check from data/checks.yml (a share or a formula that
tests a stated percentage). The participant computes the share from the counts
and picks a verdict; the checker compares both with what `factcheck.verdicts`
finds, and when the share is off, looks for the usual slips: a fraction instead
of a percentage, the complement, a count left out, too few decimals.
"""
from __future__ import annotations

from dataclasses import dataclass
from html import escape

import pandas as pd

from ..display import Block, csv_download
from ..formulas import evaluate
from ..intervals import Interval
from ..verdicts import OUTSIDE, Outcome, rounding_interval
from .anchoring import sentence_around
from .feedback import Feedback, is_placeholder, not_answered, not_yet, number, right, same_number

CHOICES = ("exact", "within the words", "within rounding", "within hedges", OUTSIDE)
DECIMALS_NEEDED = 0.005   # a share within this of the counts' figure is right (two decimals suffice)


@dataclass(frozen=True)
class ShareQuestion:
    check_id: str
    inputs: dict            # name -> the value as stated
    intervals: dict         # name -> the interval its hedge and rounding allow
    quotes: dict            # name -> (claim id, quote)
    tested_id: str
    tested_quote: str
    context: str            # the sentence the tested quote is in
    stated: float           # the stated percentage
    rounding: Interval      # what the stated percentage means from its precision alone
    tested_interval: Interval  # what it means with its hedge word too (as in the ledger)
    outcome: Outcome        # what the report finds

    @property
    def formula(self) -> str:
        return self.outcome.check.formula

    def card(self) -> Block:
        rows = "".join(f'<tr><th scope="row"><code>{escape(name)}</code></th><td>“{escape(quote)}”</td>'
                       f"<td>{escape(number(self.inputs[name]))}</td><td>{escape(str(self.intervals[name]))}</td>"
                       f"<td>{escape(claim_id)}</td></tr>"
                       for name, (claim_id, quote) in self.quotes.items())
        head = "".join(f'<th scope="col">{c}</th>' for c in ("name", "quote", "stated value", "interval", "claim"))
        html = (f'<table class="factcheck-table"><caption>The counts, as <code>inputs[name]</code> and '
                f"<code>intervals[name]</code></caption><thead><tr>{head}</tr></thead><tbody>{rows}</tbody></table>"
                f"<p>The percentage to check: “{escape(self.tested_quote)}” ({escape(self.tested_id)}), "
                f"stated as {escape(number(self.stated))}, in the sentence:</p>"
                f"<blockquote>{escape(self.context)}</blockquote>")
        frame = pd.DataFrame([(name, quote, self.inputs[name], str(self.intervals[name]), claim_id)
                              for name, (claim_id, quote) in self.quotes.items()],
                             columns=["name", "quote", "stated value", "interval", "claim"])
        html += "\n" + csv_download(frame, f"{self.check_id}-counts.csv")
        text = "\n".join(f"inputs[{name!r}] = {number(self.inputs[name])}  # “{quote}” ({claim_id}), "
                         f"interval {self.intervals[name]}" for name, (claim_id, quote) in self.quotes.items())
        text += (f"\nto check: “{self.tested_quote}” ({self.tested_id}), stated as {number(self.stated)}, "
                 f"in the sentence: {self.context!r}")
        return Block(html, text)


def share_question(check_id: str, ledger=None, checks_file=None) -> ShareQuestion:
    from ..ledger import load_ledger
    from ..register import outcomes

    ledger = ledger or load_ledger()
    outcome = next((o for o in outcomes(ledger, checks_file) if o.check.id == check_id), None)
    if outcome is None:
        raise KeyError(f"no check {check_id!r} in data/checks.yml")
    check = outcome.check
    if not check.tests or check.formula is None or not check.comparable:
        raise ValueError(f"check {check_id!r} does not test a stated figure with a formula; pick a 'share' "
                         "or 'formula' check that names the claim it tests")
    tested = ledger.claim(check.tests)
    rounding = rounding_interval(tested)   # the report's own reading, ranges included
    text = ledger.documents[tested["doc_id"]].text
    context = text[slice(*sentence_around(text, int(tested["start"]), int(tested["end"])))]
    return ShareQuestion(
        check_id=check_id,
        inputs={name: float(ledger.claim(c)["value"]) for name, c in check.inputs.items()},
        intervals={name: ledger.interval(c) for name, c in check.inputs.items()},
        quotes={name: (c, ledger.claim(c)["quote"]) for name, c in check.inputs.items()},
        tested_id=check.tests, tested_quote=tested["quote"], context=context, stated=float(tested["value"]),
        rounding=rounding, tested_interval=ledger.interval(check.tests), outcome=outcome)


def check_share(share, verdict, question: ShareQuestion) -> Feedback:
    return Feedback([_share_result(share, question), _verdict_result(verdict, question)])


def _share_result(share, q: ShareQuestion):
    label = "the share the counts give"
    point = q.outcome.point
    if is_placeholder(share):
        return not_answered(label, "set share to the percentage the counts give, e.g. 100 * part / whole")
    if isinstance(share, Interval):
        if same_number(share.low, q.outcome.result.low) and same_number(share.high, q.outcome.result.high):
            return right(label, f"With every hedge and rounding the counts allow {q.outcome.result}.")
        return not_yet(label, f"Your interval {share} is not what the counts' intervals give; "
                              "compute it from intervals[name] with the same formula as the share.")
    if not isinstance(share, (int, float)) or isinstance(share, bool):
        return not_yet(label, f"The share is a number (a percentage); found {share!r}.")
    if abs(share - point) <= DECIMALS_NEEDED:
        return right(label, f"The counts give {number(point)} percent.")
    return not_yet(label, *_share_slips(float(share), q))


def _share_slips(share: float, q: ShareQuestion) -> list[str]:
    point = q.outcome.point
    said = f"Your share is {number(share)}."
    if abs(100 * share - point) <= DECIMALS_NEEDED:
        return [said, "That looks like a fraction of 1; multiply by 100 for a percentage."]
    if abs((100 - share) - point) <= DECIMALS_NEEDED:
        return [said, "That is the complement: the share of the others. Subtract it from 100."]
    for name, (claim_id, quote) in q.quotes.items():
        try:
            without = evaluate(q.formula, {**q.inputs, name: 0.0})
        except ZeroDivisionError:
            continue
        if abs(share - without) <= DECIMALS_NEEDED:
            return [said, f"It leaves out {name} (“{quote}”, {claim_id}): does that count belong in the share?"]
    if abs(share - point) < 0.05:
        return [said, "Close, but rounded too early: keep at least two decimals, since whether the stated "
                      f"{number(q.stated)} holds depends on them."]
    return [said, "The counts give something else: build it from inputs[name] and say what is the part "
                  "and what is the whole."]


def _verdict_result(verdict, q: ShareQuestion):
    label = "the verdict"
    actual, o = q.outcome.verdict, q.outcome
    if is_placeholder(verdict):
        return not_answered(label, f"set verdict to one of {', '.join(repr(c) for c in CHOICES)}")
    if verdict not in CHOICES:
        return not_yet(label, f"Choose one of {', '.join(repr(c) for c in CHOICES)}; found {verdict!r}.")
    if verdict == actual:
        return right(label, o.explanation)
    point, stated = number(o.point), number(q.stated)
    rounds = o.point in q.rounding
    meets = o.result.intersects(o.tested)
    if verdict == "exact":
        why = f"The counts give {point}, not exactly the stated {stated}."
    elif verdict == "within rounding" and not rounds:
        why = (f"{point} does not round to the stated {stated}: a stated {stated} means {q.rounding}, "
               f"and {point} is outside it.")
    elif verdict == "within hedges" and not meets:
        why = (f"Not even the hedges reconcile them: the counts allow {o.result}, the stated figure "
               f"{o.tested}, and the two do not meet.")
    elif verdict == "within hedges":
        why = f"No hedge is needed: {point} already rounds to the stated {stated} ({q.rounding})."
    elif verdict == "within the words":
        why = (f"The stated figure's own words do not cover the counts: it allows {o.tested}, and the counts give "
               f"{point}.")
    elif verdict == OUTSIDE:
        why = f"They are consistent: the counts allow {o.result}, which meets the stated figure's {o.tested}."
    else:  # "within rounding" when the figures are exactly equal
        why = f"It is better than that: the counts give exactly {stated}."
    return not_yet(label, why)
