"""--list-rules and --explain: the rules as text, one line each or one rule in full."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from replylint.errors import ConfigError

if TYPE_CHECKING:
    from replylint.rules import Rule


def rule_list(rules: Sequence[Rule]) -> str:
    """Return a line per rule: code, name, severity and what it finds."""
    width = max(len(r.name) for r in rules) if rules else 0
    return "".join(
        f"{r.code}  {r.name:<{width}}  {r.severity.label:<7}  {r.docs['what']}\n" for r in rules
    )


def explain(rules: Sequence[Rule], ident: str) -> str:
    """Return what the rule named or coded ``ident`` finds, why, what to do, and its examples."""
    from replylint.engine import nearest

    rule = next((r for r in rules if ident in (r.name, r.code) or ident.upper() == r.code), None)
    if rule is None:
        raise ConfigError(f"--explain: no rule is named or coded '{ident}'"
                          f"{nearest(ident, rules) or ' (see --list-rules)'}")  # fmt: skip
    flag = "".join(f"    {s}\n" for s in rule.examples["flag"])
    passes = "".join(f"    {s}\n" for s in rule.examples["pass"])
    return (
        f"{rule.code} {rule.name} ({rule.severity.label}, looks at: {', '.join(rule.scope)})\n\n"
        f"What it finds:\n  {rule.docs['what']}\n\n"
        f"Why it matters:\n  {rule.docs['why']}\n\n"
        f"What to do instead:\n  {rule.docs['instead']}\n\n"
        f"Flagged:\n{flag}\nNot flagged:\n{passes}"
    )
