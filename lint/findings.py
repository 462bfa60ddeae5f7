"""Findings, severities and exit statuses: the values every stage hands on."""

from __future__ import annotations

from dataclasses import dataclass
from enum import IntEnum


class Severity(IntEnum):
    """How much a finding hurts the letter; ordered so comparisons work."""

    INFO = 1
    WARNING = 2
    ERROR = 3

    @property
    def label(self) -> str:
        """Return the lowercase name used in rule files and reports."""
        return self.name.lower()

    @classmethod
    def parse(cls, value: str) -> Severity:
        """Return the severity named by ``value`` (error, warning or info)."""
        return cls[value.upper()]


class ExitStatus(IntEnum):
    """Process exit codes (a DESIGN.md contract)."""

    OK = 0
    FINDINGS = 1
    ERROR = 2
    #: Stopped by Ctrl-C (128 + SIGINT, as shells report it).
    INTERRUPTED = 130


@dataclass(frozen=True, slots=True)
class Position:
    """A place in a file: 1-based line and column, 0-based code-point offset."""

    line: int
    column: int
    offset: int


@dataclass(frozen=True, slots=True)
class Finding:
    """One reported problem in one letter."""

    rule: str
    code: str
    severity: Severity
    message: str
    start: Position
    end: Position
    text: str
    suggestion: str
    #: The act model's score when the finding comes from it (None for patterns and checks).
    score: float | None = None

    def sort_key(self) -> tuple[int, int, str]:
        """Order findings by place, then by rule code."""
        return (self.start.offset, self.end.offset, self.code)


@dataclass(frozen=True, slots=True)
class FileResult:
    """What linting one input produced: findings, or the reason it could not be read."""

    path: str
    findings: tuple[Finding, ...] = ()
    error: str | None = None
    #: The text the positions count in: the file as decoded, or an email's decoded body.
    text: str | None = None
    positions: str = "file"
    #: The rules that ran on the letter, by name (None: not recorded, read as every rule).
    checked: tuple[str, ...] | None = None
    #: Rules that ran but had nothing to judge by (no signer known, no arrival date ...).
    unknown: tuple[str, ...] = ()
    #: False when the result depends on the clock (late-reply judged "if sent now").
    cacheable: bool = True
    #: (line, message) warnings about the file that neither fail nor stop the run.
    warnings: tuple[tuple[int, str], ...] = ()
    #: The least severe finding that fails the run for this file (its fail-on).
    fail_on: Severity = Severity.ERROR
