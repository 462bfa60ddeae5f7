"""Rule: the data of one rule file, once ruleschema.py has validated it."""

from __future__ import annotations

import importlib.resources
import re
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from replylint.findings import Finding, Severity
from replylint.fixes.declared import Fix
from replylint.letter import PART_NAMES, Letter

#: Where in a letter a rule may look (``scope:``).
SCOPES = (*PART_NAMES, "letter")
#: The longest quote a message repeats (the finding's text keeps the whole span).
_QUOTE_MAX = 200
#: A message that ends on a quote ending in its own stop, then the template's full stop.
_DOUBLE_STOP = re.compile(r"([.!?…])(['\"’”])\.$")


@dataclass(frozen=True, slots=True)
class Rule:
    """One rule, as loaded from its YAML file."""

    name: str
    code: str
    check: str
    severity: Severity
    scope: tuple[str, ...]
    message: str
    docs: dict[str, str]
    examples: dict[str, tuple[str, ...]]
    patterns: tuple[Any, ...] = ()
    unless: tuple[Any, ...] = ()
    dependency_patterns: tuple[Any, ...] = ()
    unless_scope: str = "sentence"
    skip_negated: bool = False
    options: dict[str, Any] = field(default_factory=dict)
    needs: frozenset[str] = frozenset()
    path: str = ""
    #: The act (see acts.ACTS) whose score also finds what this rule looks for, if any.
    act: str | None = None
    #: The act score at or above which a sentence counts as doing the act.
    threshold: float = 0.5
    #: Acts that, scoring higher in the same sentence, cancel the model's hit
    #: ("keep me in mind, I'd like to try again" is door-open more than plea).
    unless_acts: tuple[str, ...] = ()
    #: Quick fixes, tried in order: the first that applies to a finding is offered.
    fix: tuple[Fix, ...] = ()
    #: The languages (ISO 639-1 codes) whose letters the rule can read; empty: any language.
    languages: tuple[str, ...] = ()

    @property
    def suggestion(self) -> str:
        """Return what to write instead."""
        return self.docs.get("instead", "")

    def finding(self, letter: Letter, start: int, end: int, score: float | None = None,
                note: str = "", **values: Any) -> Finding:  # fmt: skip
        """Build the finding for file offsets [start, end) of ``letter``.

        ``score`` is the act model's score when the model found it, and ``note`` says so
        in the message.
        """
        text = letter.text[start:end]
        # a phrase across a wrapped line reads as one line in the message
        quoted = " ".join(text.split())
        # a 1 MB template slot must not become a 1 MB message line
        values.setdefault("match", quoted if len(quoted) <= _QUOTE_MAX else
                          quoted[: _QUOTE_MAX - 1].rstrip() + "…")  # fmt: skip
        message = self.message.format(**{**self.options, **values})
        # a quoted sentence keeps its own stop: "... the role.'" and no second one after it
        message = _DOUBLE_STOP.sub(r"\1\2", message)
        return Finding(
            rule=self.name,
            code=self.code,
            severity=self.severity,
            message=f"{message} ({note})" if note else message,
            start=letter.lines.position(start),
            end=letter.lines.position(end),
            text=text,
            suggestion=self.suggestion,
            score=None if score is None else round(float(score), 3),
        )

    def with_options(self, **options: Any) -> Rule:
        """Return a copy with some options replaced (such as --max-words)."""
        return replace(self, options={**self.options, **options})


def builtin_rule_files() -> list[Path]:
    """Return the built-in rule files shipped inside the package."""
    folder = importlib.resources.files("replylint.builtin_rules")
    return sorted(Path(str(p)) for p in folder.iterdir() if p.name.endswith((".yml", ".yaml")))
