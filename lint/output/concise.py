"""One line per finding: path:line:col: CODE [severity] message."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from replylint.output.safe import MESSAGE_MAX, shown
from replylint.output.text import summary

if TYPE_CHECKING:
    from replylint.output import Report


def render(report: Report) -> Iterator[str]:
    """Yield one line per finding (and per unreadable file), then the summary."""
    for result in report.results:
        path = shown(result.path)
        if result.error:
            yield f"{path}: error: {shown(result.error, MESSAGE_MAX)}\n"
        for f in result.findings:
            yield (f"{path}:{f.start.line}:{f.start.column}: {f.code} "
                   f"[{f.severity.label}] {shown(f.message, MESSAGE_MAX)}\n")  # fmt: skip
    if not report.quiet:
        yield summary(report.tally) + "\n"
