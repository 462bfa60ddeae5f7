"""One line per finding: path:line:col: CODE [severity] message."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from replylint.output.safe import MESSAGE_MAX, shown
from replylint.output.text import COLORS, style, summary

if TYPE_CHECKING:
    from replylint.output import Report


def render(report: Report) -> Iterator[str]:
    """Yield one line per finding (and per unreadable file), then the summary."""
    color = report.color
    for result in report.results:
        path = shown(result.path)
        if result.error:
            yield (f"{style(path + ':', color, bold=True)} "
                   f"{style('error', color, fg='red', bold=True)}: "
                   f"{shown(result.error, MESSAGE_MAX)}\n")  # fmt: skip
        for f in result.findings:
            hue = COLORS[f.severity]
            yield (f"{style(f'{path}:{f.start.line}:{f.start.column}:', color, bold=True)} "
                   f"{style(f.code, color, fg=hue, bold=True)} "
                   f"[{style(f.severity.label, color, fg=hue)}] "
                   f"{shown(f.message, MESSAGE_MAX)}\n")  # fmt: skip
    if not report.quiet:
        yield summary(report.tally) + "\n"
