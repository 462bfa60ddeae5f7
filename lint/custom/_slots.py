"""Template slots ("XXX", "[Company Name]"), as the built-in template-placeholder rule finds them.

A slot is never a name of anyone: the context rules leave it to template-placeholder.
"""

from __future__ import annotations

import functools
import re

#: The built-in rule whose patterns say what a template slot is.
SLOT_RULE = "template-placeholder"


@functools.cache
def _slots() -> re.Pattern[str]:
    """Return one expression of every pattern of the built-in template-placeholder rule."""
    # NOTE: the built-in rules the run has already loaded (cached, and prepared between
    # runs), not the YAML file read and validated a second time
    from replylint.rulefiles import load_rules

    patterns = next(rule for rule in load_rules() if rule.name == SLOT_RULE).patterns
    return re.compile("|".join(f"(?:{p})" for p in patterns), re.MULTILINE)


def slot_spans(text: str) -> list[tuple[int, int]]:
    """Return the [start, end) offsets of the template slots in ``text``."""
    return [m.span() for m in _slots().finditer(text) if m.end() > m.start()]


def in_slot(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """Return True when [start, end) overlaps one of the slot ``spans``."""
    return any(a < end and start < b for a, b in spans)
