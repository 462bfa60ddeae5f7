"""metric: count the words in scope; one finding when there are more than ``max``."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from typing import Any

from replylint.findings import Finding
from replylint.letter import Letter, Span
from replylint.rules import Rule

KEYS = frozenset({"max"})
REQUIRED = frozenset({"max"})
OPTIONS = frozenset({"max"})
PLACEHOLDERS = frozenset({"max", "count"})

_WORD = re.compile(r"[^\W_]+(?:['’.-][^\W_]+)*")
#: The same words in ASCII text, found faster: there \w is [a-zA-Z0-9_] either way.
_ASCII_WORD = re.compile(_WORD.pattern, re.ASCII)


def check_pattern(item: Any) -> str | None:
    """Metric rules have no patterns."""
    return "a metric rule takes no patterns"


def fields(data: dict[str, Any], fail: Callable[..., Exception]) -> dict[str, Any]:
    """Return this type's own Rule fields from a rule file's ``data`` (none beyond its keys)."""
    return {}


def check_rule(rule: Rule) -> str | None:
    """Return what is wrong with a whole rule of this type, or None (nothing beyond its keys)."""
    return None


def count_words(text: str) -> int:
    """Return the number of words in ``text`` (contractions and hyphenations count once)."""
    return len((_ASCII_WORD if text.isascii() else _WORD).findall(text))


def run(letter: Letter, rule: Rule, hits: Sequence[Span]) -> Iterator[Finding]:
    """Yield a finding about the whole letter when its scope is too long."""
    count = sum(count_words(letter.text[s.start : s.end]) for s in letter.scope_spans(rule.scope))
    if count > rule.options["max"]:
        where = letter.first_line_span()
        yield rule.finding(letter, where.start, where.end, count=count)
