"""Counting what a report shows: files, unreadable files, findings by severity, in words.

Every format that sums findings up (the text summary line, the HTML report, the JSON
and statistics documents) takes its counts and their wording from here.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from replylint.findings import FileResult, Finding, Severity


def plural(count: int, word: str) -> str:
    """Return ``count`` with ``word``, in the plural unless it is one ("1 error", "2 errors")."""
    return f"{count} {word}{'s' if count != 1 else ''}"


def severity_words(counts: Mapping[Severity, int]) -> str:
    """Return the counts that are not zero, worst first: "1 error, 2 warnings"."""
    return ", ".join(plural(counts[s], s.label) for s in sorted(Severity, reverse=True)
                     if counts.get(s))  # fmt: skip


def count_by_severity(findings: Iterable[Finding]) -> Counter[Severity]:
    """Return how many of ``findings`` there are of each severity."""
    return Counter(f.severity for f in findings)


@dataclass(slots=True)
class Tally:
    """What a report has shown so far: files, unreadable files, findings by severity."""

    files: int = 0
    unreadable: int = 0
    counts: dict[Severity, int] = field(default_factory=lambda: {s: 0 for s in Severity})

    def add(self, result: FileResult) -> None:
        """Count one file's result."""
        self.files += 1
        self.unreadable += result.error is not None
        for finding in result.findings:
            self.counts[finding.severity] += 1

    @property
    def findings(self) -> int:
        """Return how many findings there were in all."""
        return sum(self.counts.values())

    def totals(self) -> dict[str, int]:
        """Return the counts as the JSON documents name them: errors, warnings, infos."""
        return {f"{s.label}s": self.counts[s] for s in sorted(Severity, reverse=True)}
