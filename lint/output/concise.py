"""One line per finding: path:line:col: CODE [severity] message."""

from __future__ import annotations

from typing import TYPE_CHECKING

from replylint.output.safe import MESSAGE_MAX, shown
from replylint.output.text import summary

if TYPE_CHECKING:
    from replylint.output import Report


def render(report: Report) -> str:
    """Return one line per finding (and per unreadable file), then the summary."""
    lines = []
    for result in report.results:
        path = shown(result.path)
        if result.error:
            lines.append(f"{path}: error: {shown(result.error, MESSAGE_MAX)}")
        for f in result.findings:
            lines.append(f"{path}:{f.start.line}:{f.start.column}: {f.code} "
                         f"[{f.severity.label}] {shown(f.message, MESSAGE_MAX)}")  # fmt: skip
    lines.append(summary(report.results))
    return "\n".join(lines) + "\n"
