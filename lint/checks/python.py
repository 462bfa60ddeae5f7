"""python: a rule implemented in lint/custom/<rule_name>.py as run(letter, rule)."""

from __future__ import annotations

import importlib
import sys
from collections.abc import Callable, Iterator, Sequence
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


def fields(data: dict[str, Any], fail: Callable[..., Exception]) -> dict[str, Any]:
    """Return this type's own Rule fields from a rule file's ``data`` (none beyond its keys)."""
    return {}


def check_rule(rule: Rule) -> str | None:
    """Return what is wrong when the rule's module or its run() is missing, or None."""
    name = _module_name(rule.name)
    try:
        module = implementation(rule.name)
    except Exception as exc:  # any failure to import it is the rule's load error
        return f"python: importing {name} failed: {type(exc).__name__}: {exc}"
    if module is None:
        return f"python runs run(letter, rule) from the module {name}, which does not exist"
    if not callable(getattr(module, "run", None)):
        return f"python: {name} has no function run(letter, rule)"
    return None


def _module_name(rule_name: str) -> str:
    return f"replylint.custom.{rule_name.replace('-', '_')}"


def implementation(rule_name: str) -> ModuleType | None:
    """Return the module implementing ``rule_name``, or None when there is none."""
    name = _module_name(rule_name)
    if name in sys.modules:  # what import_module returns, without its checks (per letter)
        return sys.modules[name]
    try:
        return importlib.import_module(name)
    except ModuleNotFoundError as exc:
        # NOTE: only the rule's own module missing means "none"; a module it imports
        # being missing is a broken implementation, reported as such
        if exc.name != name:
            raise
        return None


def run(letter: Letter, rule: Rule, hits: Sequence[Span]) -> Iterator[Finding]:
    """Yield what the rule's own module finds."""
    module = implementation(rule.name)
    if module is not None:
        yield from module.run(letter, rule)


def has_context(letter: Letter, rule: Rule) -> bool:
    """Return False when the rule had nothing to judge the letter by (see custom/*.has_context).

    A context rule stays silent without its context (no signer, no arrival date); the
    checklist says "can't tell" then rather than a tick. A rule without has_context
    always judges.
    """
    module = implementation(rule.name)
    judge = getattr(module, "has_context", None)
    return judge is None or bool(judge(letter, rule))
