"""occurrence: require a phrase or token pattern; one finding when too few match."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from replylint.checks.pattern import check_pattern
from replylint.findings import Finding
from replylint.letter import Letter, Span
from replylint.rules import Rule

__all__ = ["KEYS", "OPTIONS", "PLACEHOLDERS", "REQUIRED", "check_pattern", "run"]

KEYS = frozenset(
    {"patterns", "unless", "unless-scope", "skip-negated", "dependency-patterns", "min"}
)
REQUIRED = frozenset({"patterns"})
OPTIONS = frozenset({"min"})
PLACEHOLDERS = frozenset({"min", "count"})


def run(letter: Letter, rule: Rule, hits: Sequence[Span]) -> Iterator[Finding]:
    """Yield a finding about the whole letter when fewer than ``min`` hits are in scope."""
    spans = letter.scope_spans(rule.scope)
    count = sum(1 for hit in hits if any(s.covers(hit.start, hit.end) for s in spans))
    if count < rule.options.get("min", 1):
        where = letter.first_line_span()
        yield rule.finding(letter, where.start, where.end, count=count)
