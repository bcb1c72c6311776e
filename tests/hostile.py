"""Hostile strings: what a careless or malicious contributor could type into any free-text field."""
from __future__ import annotations

HOSTILE = [
    "</script><script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    "{glue:text}`n_claims` and {eval-rst}`x`",
    "`code` $x^2$ $$y$$",
    "[x](javascript:alert(1))",
    "{{ substitution }} & &amp; <!-- comment",
]
ONE_LINE = " ".join(HOSTILE)  # every attack in one field
