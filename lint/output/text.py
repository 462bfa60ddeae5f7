"""Compiler-style text report: location, code, severity, message, the line underlined."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

import click
from replylint import checklist
from replylint.checklist import Mark
from replylint.findings import FileResult, Finding, Severity
from replylint.letter import LineIndex
from replylint.output.safe import MESSAGE_MAX, shown
from replylint.output.tally import plural, severity_words

if TYPE_CHECKING:
    from replylint.output import Report
    from replylint.output.tally import Tally

#: Paragraph lines longer than this are cut down to the span and some context.
_MAX_SHOWN = 100
_CONTEXT = 30
#: A longer span is shown only up to here (a whole-letter finding on a 1 MB line).
_MAX_SPAN = 2 * _MAX_SHOWN
COLORS = {Severity.ERROR: "red", Severity.WARNING: "yellow", Severity.INFO: "blue"}


def render(report: Report) -> Iterator[str]:
    """Yield the report as text, compiler style, a file at a time."""
    color = report.color
    for result in report.results:
        if result.error:
            label = style("error", color, fg="red", bold=True)
            error = shown(result.error, MESSAGE_MAX)
            yield f"{style(shown(result.path), color, bold=True)}: {label}: {error}\n"
            continue
        if result.findings:
            index = LineIndex(result.text or "")
            # one piece per file: each piece is one click.echo
            yield "".join(f"{line}\n" for finding in result.findings
                          for line in _finding(result, finding, index, color))  # fmt: skip
        if report.checklist:
            yield _checklist(result, checklist.labels(report.rules), color)
    if not report.quiet:
        yield summary(report.tally) + "\n"


_MARK_COLORS = {Mark.YES: "green", Mark.NO: "red", Mark.UNKNOWN: "yellow", Mark.UNCHECKED: None}


def _checklist(result: FileResult, names: dict[str, str], color: bool) -> str:
    """Return a letter's checklist: a mark, the item, and what decided it."""
    entries = checklist.checklist(result, names)
    width = max(len(e.label) for e in entries)
    words = max(len(mark.word) for mark in Mark)
    lines = [f"{style(shown(result.path), color, bold=True)}: checklist"]
    for e in entries:
        mark = style(f"{e.mark.symbol} {e.mark.word:<{words}}", color,
                      fg=_MARK_COLORS[e.mark], dim=e.mark is Mark.UNCHECKED)  # fmt: skip
        places: dict[str, list[str]] = {}
        for f in e.findings:
            places.setdefault(f.code, []).append(f"{f.start.line}:{f.start.column}")
        why = "; ".join(f"{code} at {', '.join(at)}" for code, at in places.items()) or e.reason
        lines.append(f"  {mark}  {e.label:<{width}}  {why}".rstrip())
    return "".join(f"{line}\n" for line in lines)


def _finding(result: FileResult, f: Finding, index: LineIndex, color: bool) -> list[str]:
    # NOTE: the letter's text is escaped before our colours go around it, never after
    path = shown(result.path)
    head = (
        f"{style(f'{path}:{f.start.line}:{f.start.column}:', color, bold=True)} "
        f"{style(f.code, color, fg=COLORS[f.severity], bold=True)} "
        f"[{style(f.severity.label, color, fg=COLORS[f.severity])}] "
        f"{shown(f.message, MESSAGE_MAX)}"
    )
    lines = [head]
    source = index.line(f.start.line)
    source = None if source is None else source.expandtabs(1)
    if source is not None:
        gutter = str(f.start.line)
        start = f.start.column - 1
        end = f.end.column - 1 if f.end.line == f.start.line else len(source)
        source, start, end = _window(source, start, max(end, start + 1))
        lines.append(f" {gutter} | {source}")
        caret = " " * start + "^" * (end - start)
        lines.append(f" {' ' * len(gutter)} | {style(caret, color, fg=COLORS[f.severity])}")
    pad = " " * len(str(f.start.line))
    if result.positions == "body-start" and f.text.strip():
        # the line is the encoded body's first (base64, HTML): say what was found in it
        found = " ".join(f.text.split())
        found = found if len(found) <= _MAX_SHOWN else found[: _MAX_SHOWN - 1] + "…"
        lines.append(f" {pad} = found in the encoded body that starts here: '{shown(found)}'")
    if f.suggestion:
        lines.append(f" {pad} = help: {f.suggestion}")
    return lines


def _window(line: str, start: int, end: int) -> tuple[str, int, int]:
    """Return the line as shown and where the span lies in it.

    A long paragraph line is cut down to the span and some context on each side, a long
    span to its start; what is left is escaped (see safe.shown), and the span moves with it.
    """
    end = min(end, max(len(line), start + 1))
    left, right = 0, len(line)
    if len(line) > _MAX_SHOWN:
        left = max(0, start - _CONTEXT)
        right = min(len(line), max(end + _CONTEXT, left + _MAX_SHOWN), left + _MAX_SPAN)
        end = min(end, right)
    before = ("…" if left else "") + shown(line[left:start])
    span = shown(line[start:end])
    after = shown(line[end:right]) + ("…" if right < len(line) else "")
    return before + span + after, len(before), len(before) + max(len(span), 1)


def summary(tally: Tally) -> str:
    """Return the one-line summary of a run."""
    files = plural(tally.files, "file")
    text = (f"Found {plural(tally.findings, 'problem')} ({severity_words(tally.counts)}) in {files}"
            if tally.findings else f"No problems found in {files}")  # fmt: skip
    if tally.unreadable:
        text += f"; {tally.unreadable} could not be read"
    return text + "."


def style(text: str, color: bool, **style: object) -> str:
    """Return ``text`` in click's ``style`` when colouring, else as it is."""
    return click.style(text, **style) if color else text
