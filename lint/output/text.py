"""Compiler-style text report: location, code, severity, message, the line underlined."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

import click
from replylint.findings import FileResult, Finding, Severity

if TYPE_CHECKING:
    from replylint.output import Report

#: Paragraph lines longer than this are cut down to the span and some context.
_MAX_SHOWN = 100
_CONTEXT = 30
_COLORS = {Severity.ERROR: "red", Severity.WARNING: "yellow", Severity.INFO: "blue"}


def render(report: Report) -> str:
    """Return the report as text, compiler style."""
    results, color = report.results, report.color
    out: list[str] = []
    cache: dict[str, list[str]] = {}
    for result in results:
        if result.error:
            label = _style("error", color, fg="red", bold=True)
            out.append(f"{_style(result.path, color, bold=True)}: {label}: {result.error}")
            continue
        for finding in result.findings:
            out.extend(_finding(result, finding, cache, color))
    out.append(summary(results))
    return "\n".join(out) + "\n"


def _finding(result: FileResult, f: Finding, cache: dict[str, list[str]], color: bool) -> list[str]:
    path = result.path
    head = (
        f"{_style(f'{path}:{f.start.line}:{f.start.column}:', color, bold=True)} "
        f"{_style(f.code, color, fg=_COLORS[f.severity], bold=True)} "
        f"[{_style(f.severity.label, color, fg=_COLORS[f.severity])}] {f.message}"
    )
    lines = [head]
    source = _line(result, f.start.line, cache)
    if source is not None:
        gutter = str(f.start.line)
        start = f.start.column - 1
        end = f.end.column - 1 if f.end.line == f.start.line else len(source)
        source, start, end = _window(source, start, max(end, start + 1))
        lines.append(f" {gutter} | {source}")
        caret = " " * start + "^" * (end - start)
        lines.append(f" {' ' * len(gutter)} | {_style(caret, color, fg=_COLORS[f.severity])}")
    if f.suggestion:
        lines.append(f" {' ' * len(str(f.start.line))} = help: {f.suggestion}")
    return lines


def _window(line: str, start: int, end: int) -> tuple[str, int, int]:
    """Cut a long paragraph line down to the span and some context on each side."""
    end = min(end, max(len(line), start + 1))
    if len(line) <= _MAX_SHOWN:
        return line, start, end
    left = max(0, start - _CONTEXT)
    right = min(len(line), max(end + _CONTEXT, left + _MAX_SHOWN))
    prefix = "…" if left else ""
    suffix = "…" if right < len(line) else ""
    shown = prefix + line[left:right] + suffix
    shift = len(prefix) - left
    return shown, start + shift, min(end, right) + shift


def _line(result: FileResult, number: int, cache: dict[str, list[str]]) -> str | None:
    """Return line ``number`` of the text the positions count in, or None."""
    if result.path not in cache:
        cache[result.path] = (result.text or "").splitlines()
    lines = cache[result.path]
    return lines[number - 1].expandtabs(1) if 0 < number <= len(lines) else None


def summary(results: Sequence[FileResult]) -> str:
    """Return the one-line summary of a run."""
    counts = {s: 0 for s in Severity}
    for result in results:
        for finding in result.findings:
            counts[finding.severity] += 1
    unreadable = sum(1 for r in results if r.error)
    total = sum(counts.values())
    parts = [f"{n} {s.label}{'s' if n != 1 else ''}" for s, n in
             sorted(counts.items(), reverse=True) if n]  # fmt: skip
    files = f"{len(results)} file{'s' if len(results) != 1 else ''}"
    text = (f"Found {total} problem{'s' if total != 1 else ''} ({', '.join(parts)}) in {files}"
            if total else f"No problems found in {files}")  # fmt: skip
    if unreadable:
        text += f"; {unreadable} could not be read"
    return text + "."


def _style(text: str, color: bool, **style: object) -> str:
    return click.style(text, **style) if color else text
