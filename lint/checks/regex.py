"""regex: forbid text matching a regular expression on the raw letter text."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator, Sequence
from typing import Any

from replylint.findings import Finding
from replylint.letter import Letter, Span
from replylint.rules import Rule

KEYS = frozenset({"patterns", "unless"})
REQUIRED = frozenset({"patterns"})
OPTIONS: frozenset[str] = frozenset()
PLACEHOLDERS: frozenset[str] = frozenset()


def check_pattern(item: Any) -> str | None:
    """Return what is wrong with one regular expression, or None."""
    if not isinstance(item, str):
        return "each entry must be a regular expression (a string)"
    try:
        re.compile(item)
    except re.error as exc:
        return f"not a valid regular expression: {exc}"
    return None


def check_rule(rule: Rule) -> str | None:
    """Return what is wrong with a whole rule of this type, or None (nothing beyond its keys)."""
    return None


@functools.cache
def _compiled(patterns: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in patterns), re.MULTILINE)


def run(letter: Letter, rule: Rule, hits: Sequence[Span]) -> Iterator[Finding]:
    """Yield one finding per regex match inside the rule's scope."""
    forbid = _compiled(rule.patterns)
    allow = _compiled(rule.unless) if rule.unless else None
    for span in letter.scope_spans(rule.scope):
        for match in forbid.finditer(letter.text, span.start, span.end):
            if match.end() == match.start():
                continue
            if allow and any(
                a.start() < match.end() and match.start() < a.end()
                for a in allow.finditer(letter.text, span.start, span.end)
            ):
                continue
            yield rule.finding(letter, match.start(), match.end())
