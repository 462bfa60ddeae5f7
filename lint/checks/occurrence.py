"""occurrence: require a phrase or token pattern; one finding when too few match."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from replylint.checks import pattern
from replylint.checks.pattern import check_pattern, check_rule, fields
from replylint.findings import Finding
from replylint.letter import Hit, Letter
from replylint.rules import Rule

__all__ = [
    "KEYS", "OPTIONS", "PLACEHOLDERS", "REQUIRED", "check_pattern", "check_rule", "fields", "run",
]  # fmt: skip

KEYS = pattern.KEYS | {"min"}
#: "patterns" or "act" is required (checked by pattern.fields()).
REQUIRED: frozenset[str] = frozenset()
OPTIONS = frozenset({"min"})
PLACEHOLDERS = frozenset({"min", "count"})


def run(letter: Letter, rule: Rule, hits: Sequence[Hit]) -> Iterator[Finding]:
    """Yield a finding about the whole letter when fewer than ``min`` hits are in scope.

    With an act, a sentence whose act score reaches the threshold is a hit too (the
    rule set adds those); the finding then carries the best score any sentence got.
    """
    spans = letter.scope_spans(rule.scope)
    count = sum(1 for hit in hits if any(s.covers(hit.start, hit.end) for s in spans))
    if count < rule.options.get("min", 1):
        where = letter.first_line_span()
        best = letter.best_act(rule.act, spans) if rule.act else None
        if best is None:
            note = ""
        elif best < rule.threshold:
            note = f"act model: best {rule.act} score {best:.2f}, below {rule.threshold:.2f}"
        else:
            # the sentence that scored it does not count: an exception, or another act
            # (venting) took it: "Congrats to whoever you picked, I suppose."
            note = f"act model: {rule.act} {best:.2f} only where it does not count"
        yield rule.finding(letter, where.start, where.end, score=best, note=note, count=count)
