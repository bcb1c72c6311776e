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


def test_the_shipped_verdicts_are_the_last_release():
    """No verdict changed since the last release: a change would be logged under the desk's review date without a
    release recording it (python -m factcheck release)."""
    ledger = load_ledger()
    published = releases()
    assert current(outcomes(ledger)) == published[max(published)] and max(published) == load_desk().reviewed


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
    shipped = load_ledger()   # the report's own data: what its reviews say before the edit
    before = {r["claimReviewed"]: r.get("dateModified") for r in claim_reviews(
        outcomes(shipped), shipped, Site("register.html"), shipped.root)}
    assert {quote for quote, date in modified.items() if date} == {lead} | {q for q, date in before.items() if date}


def test_recording_a_release_settles_the_change(real_data_copy):
    _rerate(real_data_copy, "parole24-lead", "wrong", "misleading")
    record_release(real_data_copy, load_ledger(real_data_copy))
    ledger = load_ledger(real_data_copy)
    assert current(outcomes(ledger)) == releases(real_data_copy)[load_desk(real_data_copy).reviewed]


def test_a_statement_first_rated_after_cannot_be_checked_is_published_then_not_modified(real_data_copy):
    """A statement that could not be checked has no review; the release that first rates it publishes its review,
    and that is not a change of it (its ClaimReview said datePublished of the earlier release, when it had none)."""
    statement_id = "parole24-record-parole-10-percent-decrease"
    assert releases(real_data_copy)[max(releases(real_data_copy))][statement_id][0] == "cannot be checked"
    _rerate(real_data_copy, statement_id, "cannot be checked", "unsupported")
    desk = real_data_copy / "data" / "report.yml"
    text = desk.read_text(encoding="utf-8")
    reviewed = load_desk(real_data_copy).reviewed
    desk.write_text(text.replace(f"reviewed: {reviewed}", "reviewed: 2027-01-15"), encoding="utf-8")
    ledger = load_ledger(real_data_copy)
    (review,) = [r for r in claim_reviews(outcomes(ledger), ledger, Site("register.html"), real_data_copy)
                 if "10% decrease" in r["claimReviewed"]]
    assert review["datePublished"] == "2027-01-15" and "dateModified" not in review
