"""pattern: forbid a phrase or token pattern; one finding per match."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any

from replylint.findings import Finding
from replylint.letter import Hit, Letter
from replylint.rules import Rule

KEYS = frozenset(
    {
        "patterns",
        "unless",
        "unless-scope",
        "skip-negated",
        "dependency-patterns",
        "act",
        "threshold",
        "unless-acts",
    }
)
#: "patterns" or "act" is required (checked by the loader, which knows both).
REQUIRED: frozenset[str] = frozenset()
OPTIONS: frozenset[str] = frozenset()
PLACEHOLDERS: frozenset[str] = frozenset()


def check_pattern(item: Any) -> str | None:
    """Return what is wrong with one entry of ``patterns``/``unless``, or None."""
    if isinstance(item, str):
        return None if item.strip() else "a phrase must not be empty"
    if isinstance(item, list) and item and all(isinstance(t, dict) for t in item):
        return None
    return "each entry must be a phrase (a string) or a token pattern (a list of {ATTR: value})"


def check_rule(rule: Rule) -> str | None:
    """Return what is wrong with a whole rule of this type, or None (nothing beyond its keys)."""
    return None


def run(letter: Letter, rule: Rule, hits: Sequence[Hit]) -> Iterator[Finding]:
    """Yield one finding per hit inside the rule's scope."""
    spans = letter.scope_spans(rule.scope)
    for hit in hits:
        if any(span.covers(hit.start, hit.end) for span in spans):
            # a hit with a score is a sentence the act model found (no pattern matched it)
            note = f"act model: {rule.act} {hit.score:.2f}" if hit.score is not None else ""
            yield rule.finding(letter, hit.start, hit.end, score=hit.score, note=note)
