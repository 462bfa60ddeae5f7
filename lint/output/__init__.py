"""Report formats: one module per format; FORMATS is the only table of them."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from replylint.findings import FileResult, Severity
from replylint.output import concise, github, json_format, junit, sarif, statistics, text
from replylint.rules import Rule


@dataclass(frozen=True, slots=True)
class Report:
    """Everything a format may show: the results, the rules that ran, whether to colour."""

    results: Sequence[FileResult]
    rules: Sequence[Rule]
    color: bool = False

    def counts(self) -> dict[Severity, int]:
        """Return how many findings there are of each severity."""
        counts = {s: 0 for s in Severity}
        for result in self.results:
            for finding in result.findings:
                counts[finding.severity] += 1
        return counts


#: --format NAME -> render(report) -> str
FORMATS = {
    "text": text.render,
    "concise": concise.render,
    "json": json_format.render,
    "sarif": sarif.render,
    "github": github.render,
    "junit": junit.render,
}
#: --statistics replaces the chosen format with per-rule counts.
STATISTICS = statistics.render
