"""regex: forbid text matching a regular expression on the raw letter text.

A user's rule runs on the ``regex`` package with a time limit: a backtracking
expression such as ``(a|aa)+$`` can take longer than the universe on one line, and
Python's ``re`` cannot be stopped. The built-in rules stay on ``re``, unchanged.
"""

from __future__ import annotations

import functools
import re
import time
from collections.abc import Callable, Iterator, Sequence
from types import ModuleType
from typing import Any

from replylint import restarts
from replylint.errors import InputError
from replylint.findings import Finding
from replylint.letter import Letter, Span
from replylint.rules import Rule, builtin_rule_files

KEYS = frozenset({"patterns", "unless"})
REQUIRED = frozenset({"patterns"})
OPTIONS: frozenset[str] = frozenset()
PLACEHOLDERS: frozenset[str] = frozenset()
#: Seconds one user rule's regular expressions may run on one letter (README: regex).
TIME_LIMIT = 1.0


def check_pattern(item: Any) -> str | None:
    """Return what is wrong with one regular expression, or None."""
    if not isinstance(item, str):
        return "each entry must be a regular expression (a string)"
    import regex

    try:
        regex.compile(item)
    except regex.error as exc:
        return f"not a valid regular expression: {exc}"
    return None


def fields(data: dict[str, Any], fail: Callable[..., Exception]) -> dict[str, Any]:
    """Return this type's own Rule fields from a rule file's ``data`` (none beyond its keys)."""
    return {}


def check_rule(rule: Rule) -> str | None:
    """Return what is wrong with a whole rule of this type, or None (nothing beyond its keys)."""
    return None


@functools.cache
def _builtin_paths() -> frozenset[str]:
    return frozenset(str(path) for path in builtin_rule_files())


def engine(rule: Rule) -> ModuleType:
    """Return the module that runs ``rule``'s expressions: re for built-ins, else regex."""
    if rule.path in _builtin_paths():
        return re
    # NOTE: imported only for a user's rule: a hundredth of a second of every start
    import regex

    return regex


@functools.cache
def _compiled(patterns: tuple[str, ...], module: ModuleType) -> Any:
    return module.compile("|".join(f"(?:{p})" for p in patterns), module.MULTILINE)


def run(letter: Letter, rule: Rule, hits: Sequence[Span]) -> Iterator[Finding]:
    """Yield one finding per regex match inside the rule's scope."""
    module = engine(rule)
    forbid = _compiled(rule.patterns, module)
    allow = _compiled(rule.unless, module) if rule.unless else None
    deadline = time.monotonic() + TIME_LIMIT

    def finditer(pattern: Any, span: Span) -> Iterator[Any]:
        if module is re:
            # the same matches, found faster (see restarts.py)
            begin = restarts.starts(pattern.pattern, re.MULTILINE)
            return restarts.finditer(pattern, begin, letter.text, span.start, span.end)
        left = deadline - time.monotonic()
        if left <= 0:
            raise _too_slow(rule)
        return _guarded(pattern.finditer(letter.text, span.start, span.end, timeout=left), rule)

    for span in letter.scope_spans(rule.scope):
        for match in finditer(forbid, span):
            if match.end() == match.start():
                continue
            if allow and any(
                a.start() < match.end() and match.start() < a.end() for a in finditer(allow, span)
            ):
                continue
            yield rule.finding(letter, match.start(), match.end())


def _guarded(matches: Iterator[Any], rule: Rule) -> Iterator[Any]:
    try:
        yield from matches
    except TimeoutError:
        raise _too_slow(rule) from None


def _too_slow(rule: Rule) -> InputError:
    return InputError(f"{rule.path}: rule '{rule.name}': its regular expressions ran longer "
                      f"than {TIME_LIMIT:g} s on this letter")  # fmt: skip
