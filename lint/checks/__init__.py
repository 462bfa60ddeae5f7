"""Check types: how a rule finds problems. CHECK_TYPES is the only table of them."""

from __future__ import annotations

from replylint.checks import metric, occurrence, pattern, python, regex

#: extends: <name> in a rule file -> the module that implements that check type.
CHECK_TYPES = {
    "pattern": pattern,
    "occurrence": occurrence,
    "regex": regex,
    "metric": metric,
    "python": python,
}

#: Check types whose patterns are spaCy token patterns or phrases.
SPACY_CHECKS = frozenset({"pattern", "occurrence"})
