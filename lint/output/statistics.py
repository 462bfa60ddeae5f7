"""--statistics: how many findings each rule produced, most first."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from typing import TYPE_CHECKING

from replylint.output.text import summary

if TYPE_CHECKING:
    from replylint.output import Report


def render(report: Report) -> Iterator[str]:
    """Yield one line per rule that fired: count, code, name, severity (once all are in)."""
    counts = Counter((f.code, f.rule, f.severity.label) for r in report.results for f in r.findings)
    width = max((len(str(n)) for n in counts.values()), default=1)
    ordered = sorted(counts.items(), key=lambda item: (-item[1], item[0]))
    lines = [f"{n:>{width}}  {code}  {name:<26} {sev}" for (code, name, sev), n in ordered]
    if not report.quiet:
        lines.append(summary(report.tally))
    yield "".join(f"{line}\n" for line in lines)
