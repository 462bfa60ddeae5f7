"""python: a rule implemented in lint/custom/<rule_name>.py as run(letter, rule)."""

from __future__ import annotations

import importlib
from collections.abc import Iterator, Sequence
from types import ModuleType
from typing import Any

from replylint.findings import Finding
from replylint.letter import Letter, Span
from replylint.rules import Rule

KEYS = frozenset({"options"})
REQUIRED: frozenset[str] = frozenset()
OPTIONS: frozenset[str] = frozenset()
PLACEHOLDERS = frozenset({"detail", "delay", "when", "company", "window"})


def check_pattern(item: Any) -> str | None:
    """Python rules have no patterns."""
    return "a python rule takes no patterns"


def implementation(rule_name: str) -> ModuleType | None:
    """Return the module implementing ``rule_name``, or None when there is none."""
    try:
        return importlib.import_module(f"replylint.custom.{rule_name.replace('-', '_')}")
    except ModuleNotFoundError:
        return None


def run(letter: Letter, rule: Rule, hits: Sequence[Span]) -> Iterator[Finding]:
    """Yield what the rule's own module finds."""
    module = implementation(rule.name)
    if module is not None:
        yield from module.run(letter, rule)
