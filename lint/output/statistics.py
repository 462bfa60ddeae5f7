"""--statistics: how many findings each rule produced, most first."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from typing import TYPE_CHECKING

from replylint.findings import Severity
from replylint.output.text import COLORS, style, summary

if TYPE_CHECKING:
    from replylint.output import Report


def render(report: Report) -> Iterator[str]:
    """Yield one line per rule that fired: count, code, name, severity (once all are in)."""
    counts = Counter((f.code, f.rule, f.severity.label) for r in report.results for f in r.findings)
    width = max((len(str(n)) for n in counts.values()), default=1)
    ordered = sorted(counts.items(), key=lambda item: (-item[1], item[0]))
    color = report.color
    lines = [f"{style(f'{n:>{width}}', color, bold=True)}  "
             f"{style(code, color, fg=COLORS[Severity.parse(sev)], bold=True)}  {name:<26} "
             f"{style(sev, color, fg=COLORS[Severity.parse(sev)])}"
             for (code, name, sev), n in ordered]  # fmt: skip
    if not report.quiet:
        lines.append(summary(report.tally))
    yield "".join(f"{line}\n" for line in lines)
