"""The command line's report: a run written out in the chosen format, and its exit status.

Each file's part is written as soon as it is linted, to standard output or to the
--output file; each file's warnings go to standard error as it goes by.
"""

from __future__ import annotations

import itertools
import os
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import click
from replylint.discover import NO_LETTER
from replylint.files import new_file_mode, replace_file
from replylint.findings import ExitStatus, FileResult
from replylint.output import FORMATS, STATISTICS, Report
from replylint.output.safe import shown

if TYPE_CHECKING:
    from replylint.fixes.run import Fixing
    from replylint.project import Run


@dataclass(frozen=True, slots=True)
class Choices:
    """What the command line asked of the report."""

    fmt: str = "text"
    statistics: bool = False
    checklist: bool = False
    #: Print the quick fixes as a diff instead of the report (--diff).
    diff: bool = False
    #: Make the quick fixes, then report what remains (--fix).
    fix: bool = False
    #: --color/--no-color (None: decide by the environment and the terminal).
    color: bool | None = None
    output: str | None = None
    quiet: bool = False


def deliver(outcome: Run, choices: Choices) -> ExitStatus:
    """Write the report of ``outcome`` as ``choices`` say; return the exit status."""
    counted: Run | Fixing = outcome  # what the exit status is taken from
    results: Iterable[FileResult] = outcome.results
    if choices.diff or choices.fix:
        from replylint.fixes.run import Fixing

        counted = Fixing(outcome, lambda note: click.echo(f"replylint: {shown(note)}", err=True))
        results = counted.results()
    use_color = _use_color(choices.color, choices.output)
    if not choices.diff:
        # NOTE: the first file is linted before anything is written, so that a broken
        # --rules-dir file, --config or option (each stops the run) leaves no half JSON or
        # SARIF document on standard output (found by tests/test_fuzz.py); --diff
        # reads the run itself instead of these results
        results = iter(results)
        first = next(results, None)
        results = itertools.chain(() if first is None else (first,), results)
    report = Report(_warned(results, choices.quiet), lambda: outcome.rules, use_color,
                    choices.checklist)  # fmt: skip
    report.quiet = choices.quiet
    fmt = choices.fmt
    # NOTE: each file's part is written as soon as it is linted, so a folder of any
    # size needs no more memory than a few letters
    render = STATISTICS.get(fmt, STATISTICS["text"]) if choices.statistics else FORMATS[fmt]
    rendered = counted.diffs() if choices.diff else render(report)
    if choices.output is None:
        for piece in rendered:
            click.echo(piece, nl=False, color=use_color)
    else:
        path = Path(choices.output)
        try:
            replace_file(path, rendered, new_file_mode(path), encoding="utf-8")
        except OSError as exc:
            click.echo(f"replylint: error: --output: {shown(choices.output)}: "
                       f"{exc.strerror or exc}", err=True)  # fmt: skip
            return ExitStatus.ERROR
    if outcome.files == 0 and not choices.quiet:
        click.echo(NO_LETTER, err=True)
    return _status(counted)


def _use_color(flag: bool | None, output: str | None) -> bool:
    """Return whether to colour: as --color/--no-color say, else NO_COLOR, FORCE_COLOR, a terminal.

    The variables follow no-color.org and force-color.org (set and not empty), and, as in
    Python itself, NO_COLOR wins over FORCE_COLOR; they never colour a report --output writes.
    """
    if flag is not None:
        return flag
    if output is not None or os.environ.get("NO_COLOR"):
        return False
    return bool(os.environ.get("FORCE_COLOR")) or sys.stdout.isatty()


def _warned(results: Iterable[FileResult], quiet: bool) -> Iterator[FileResult]:
    """Pass the results on, saying each file's warnings on stderr as it goes by.

    A broken configuration or rule file found in the tree is said once, in the style of
    every other error, however many letters it leaves unchecked.
    """
    from replylint.project import NOT_CHECKED

    said: set[str] = set()
    for result in results:
        broken = (result.error or "").removeprefix(NOT_CHECKED)
        if result.error and broken != result.error and broken not in said:
            said.add(broken)
            click.echo(f"replylint: error: {shown(broken)}", err=True)
        for line, message in () if quiet else result.warnings:
            click.echo(f"replylint: warning: {shown(result.path)}:{line}: {shown(message)}",
                       err=True)  # fmt: skip
        yield result


def _status(outcome: Run | Fixing) -> ExitStatus:
    """Return the exit status: 2 for unreadable input, 1 for findings at --fail-on or above."""
    if outcome.unreadable:
        return ExitStatus.ERROR
    return ExitStatus.FINDINGS if outcome.failing else ExitStatus.OK
