"""What the command line accepts: its arguments checked and converted, usage errors said once.

Every usage error is one line, ``replylint: error: ...``, with exit status 2, like every
other replylint error (not click's usage block).
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import click
from replylint.findings import ExitStatus
from replylint.output import CHECKLIST_FORMATS
from replylint.output.safe import shown


class UsageFailure(click.ClickException):
    """A usage error, said the way every replylint error is: one line, exit status 2."""

    exit_code = ExitStatus.ERROR

    def show(self, file: object = None) -> None:
        """Print ``replylint: error: ...`` on stderr (not click's usage block)."""
        message = " ".join(self.format_message().split())
        click.echo(f"replylint: error: {shown(message[:1].lower() + message[1:])}", err=True)


class Command(click.Command):
    """click's command, with its usage errors in replylint's one error style."""

    def make_context(self, *args, **kwargs) -> click.Context:
        try:
            return super().make_context(*args, **kwargs)
        except click.UsageError as exc:
            raise UsageFailure(exc.format_message()) from None

    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except click.UsageError as exc:
            raise UsageFailure(exc.format_message()) from None


def split_list(values: tuple[str, ...]) -> tuple[str, ...]:
    """Accept both --select a,b and --select a --select b."""
    return tuple(v.strip() for value in values for v in value.split(",") if v.strip())


def check_combinations(paths: tuple[str, ...], fmt: str, statistics: bool, checklist: bool,
                       diff: bool, fix: bool, output: str | None) -> None:  # fmt: skip
    """Raise click.UsageError for options that do not go together."""
    if checklist and (statistics or fmt not in CHECKLIST_FORMATS):
        shown_with = "--statistics" if statistics else f"--format {fmt}"
        raise click.UsageError(f"--checklist is shown by --format text and html, not "
                               f"with {shown_with}")  # fmt: skip
    if diff and (fix or statistics or fmt != "text"):
        raise click.UsageError("--diff prints a diff, not a report: it goes with none of "
                               "--fix, --format and --statistics")  # fmt: skip
    if output is not None and any(_same_file(output, p) for p in paths):
        raise click.UsageError(f"--output {output} is one of the letters to check; "
                               "replylint never writes to a letter")  # fmt: skip


def _same_file(output: str, path: str) -> bool:
    """Return True when ``output`` names the file ``path`` (a letter to check)."""
    if path == "-":
        return False
    try:
        return Path(output).resolve() == Path(path).resolve() or (
            Path(output).exists() and Path(path).exists() and Path(output).samefile(path)
        )
    except OSError:
        return False


def parse_now(value: str | None) -> datetime | None:
    """Parse --now, in ISO 8601 only."""
    if value is None:
        return None
    from dateutil.parser import isoparse

    # NOTE: not dateutil's parse(), which reads 05/03/2026 as May 3rd without a word;
    # ISO 8601 puts the year first and so can't be misread.
    try:
        return isoparse(value)
    except (ValueError, OverflowError):
        raise click.BadParameter(
            f"'{value}' is not an ISO 8601 date and time; write it as 2026-03-05 or "
            "2026-03-05T10:00, optionally with a zone (2026-03-05T10:00+01:00)",
            param_hint="--now",
        ) from None
