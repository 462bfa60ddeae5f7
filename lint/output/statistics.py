"""--statistics: how many findings each rule produced, most first (as text or JSON)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from typing import TYPE_CHECKING

from replylint.findings import Severity
from replylint.output.safe import dumps
from replylint.output.text import COLORS, style, summary

if TYPE_CHECKING:
    from replylint.output import Report

#: The JSON shape's version (its own, beside the report's).
VERSION = 1


def _counts(report: Report) -> list[tuple[tuple[str, str, Severity], int]]:
    """Return ((code, name, severity), count) per rule that fired, most first (once all are in)."""
    counts = Counter((f.code, f.rule, f.severity) for r in report.results for f in r.findings)
    return sorted(counts.items(), key=lambda item: (-item[1], item[0]))


def render(report: Report) -> Iterator[str]:
    """Yield one line per rule that fired: count, code, name, severity; then the summary."""
    ordered = _counts(report)
    width = max((len(str(n)) for _, n in ordered), default=1)
    color = report.color
    lines = [f"{style(f'{n:>{width}}', color, bold=True)}  "
             f"{style(code, color, fg=COLORS[sev], bold=True)}  {name:<26} "
             f"{style(sev.label, color, fg=COLORS[sev])}"
             for (code, name, sev), n in ordered]  # fmt: skip
    if not report.quiet:
        lines.append(summary(report.tally))
    yield "".join(f"{line}\n" for line in lines)


def render_json(report: Report) -> Iterator[str]:
    """Yield the counts as one JSON document: a row per rule that fired, then the totals."""
    rows = [{"code": code, "name": name, "severity": sev.label, "count": n}
            for (code, name, sev), n in _counts(report)]  # fmt: skip
    tally = report.tally
    summary = {
        "files": tally.files,
        "unreadable": tally.unreadable,
        "findings": tally.findings,
        **tally.totals(),
    }
    yield dumps({"version": VERSION, "statistics": rows, "summary": summary})
