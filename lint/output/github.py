"""GitHub Actions workflow commands: each finding becomes a pull-request annotation."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from replylint.findings import Severity
from replylint.output.safe import MESSAGE_MAX, shown

if TYPE_CHECKING:
    from replylint.output import Report

_LEVELS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}


def render(report: Report) -> Iterator[str]:
    """Yield one '::error file=...::message' line per finding."""
    for result in report.results:
        path = _property(result.path)
        if result.error:
            yield f"::error file={path},title=replylint::{_data(result.error)}\n"
        for f in result.findings:
            props = (f"file={path},line={f.start.line},col={f.start.column},"
                     f"endLine={f.end.line},endColumn={f.end.column},"
                     f"title={_property(f'{f.code} {f.rule}')}")  # fmt: skip
            yield f"::{_LEVELS[f.severity]} {props}::{_data(f.message)}\n"


def _data(text: str) -> str:
    """Escape a message the way the runner expects (%), control characters made visible."""
    # NOTE: shown() writes CR and LF as \r and \n, so none is left for %0D and %0A
    return shown(text, MESSAGE_MAX).replace("%", "%25")


def _property(text: str) -> str:
    """Escape a property value (also ':' and ',')."""
    return _data(text).replace(":", "%3A").replace(",", "%2C")
