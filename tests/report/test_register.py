"""The register's helpers (factcheck.report.register) that the methods and register pages read."""


def test_a_check_that_changes_under_two_rule_sets_is_counted_once():
    """The methods page said "2 change outcome" for one check listed under two rule sets."""
    import pandas as pd

    from factcheck.report.register import checks_that_change

    changes = pd.DataFrame({"rules": ["strict", "extreme", "loose"], "check_id": ["a", "a", "b"]})
    assert checks_that_change(changes) == 2 and checks_that_change(changes.iloc[:2]) == 1
    assert checks_that_change(changes.iloc[:0]) == 0
