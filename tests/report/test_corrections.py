"""Corrections kept by the machine: a verdict changed since the last release adds a dated line to the About page's
log and dateModified to its ClaimReview; recording a release settles it."""
from __future__ import annotations

from factcheck.checks.desk import load_desk
from factcheck.ledger.claims import load_ledger
from factcheck.report import pages
from factcheck.report.escaping import markdown_text
from factcheck.report.claimreview import Site, claim_reviews
from factcheck.report.corrections import changes, current, record_release, releases
from factcheck.report.register import outcomes


def _rerate(root, statement_id: str, old: str, new: str) -> None:
    path = root / "data" / "statements.yml"
    text = path.read_text(encoding="utf-8")
    start = text.index(f"  - id: {statement_id}\n")
    at = text.index(f"rating: {old}", start)
    path.write_text(text[:at] + f"rating: {new}" + text[at + len(f"rating: {old}"):], encoding="utf-8")


def test_the_shipped_verdicts_are_the_last_release_so_every_correction_is_dated_by_a_release():
    """No verdict changed since the last release (a change would be logged with the desk's review date, unreleased);
    the corrections logged are those between releases, each dated by the release that made it."""
    ledger = load_ledger()
    published = releases()
    assert current(outcomes(ledger)) == published[max(published)]
    assert {c.date for c in changes(None, ledger)} <= set(published)


def test_a_changed_rating_adds_a_dated_line_and_date_modified(real_data_copy):
    logged = changes(real_data_copy, load_ledger(real_data_copy))   # the shipped releases' corrections
    _rerate(real_data_copy, "parole24-lead", "wrong", "misleading")
    ledger = load_ledger(real_data_copy)
    (change,) = [change for change in changes(real_data_copy, ledger) if change not in logged]
    assert (change.statement_id, change.old, change.new) == ("parole24-lead", "wrong, material", "misleading, material")
    assert change.date == load_desk(real_data_copy).reviewed
    log = pages.corrections_log(load_desk(real_data_copy), [change]).text
    assert markdown_text("wrong, material → misleading, material") in log and "remain unaccounted for" in log
    reviews = claim_reviews(outcomes(ledger), ledger, Site("register.html"), real_data_copy)
    modified = {r["claimReviewed"]: r.get("dateModified") for r in reviews}
    lead = next(q for q in modified if "remain unaccounted for" in q)
    assert modified[lead] == change.date.isoformat()
    assert {quote for quote, date in modified.items() if date} == {lead} | {c.quote for c in logged}


def test_recording_a_release_settles_the_change(real_data_copy):
    _rerate(real_data_copy, "parole24-lead", "wrong", "misleading")
    record_release(real_data_copy, load_ledger(real_data_copy))
    ledger = load_ledger(real_data_copy)
    assert current(outcomes(ledger)) == releases(real_data_copy)[load_desk(real_data_copy).reviewed]
    assert {c.date for c in changes(real_data_copy, ledger)} <= set(releases(real_data_copy))
