"""Command line: options and formatting only; every run goes through engine.lint."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

import click
from replylint import __version__
from replylint.acts import ACT_MODES
from replylint.cache import DEFAULT_FOLDER
from replylint.errors import ConfigError
from replylint.findings import ExitStatus, Severity
from replylint.output import FORMATS, STATISTICS, Report
from replylint.output.safe import shown

if TYPE_CHECKING:
    from replylint.findings import FileResult
    from replylint.fixes import Fixing
    from replylint.project import Run


def _split(values: tuple[str, ...]) -> tuple[str, ...]:
    """Accept both --select a,b and --select a --select b."""
    return tuple(v.strip() for value in values for v in value.split(",") if v.strip())


#: The most --jobs accepts at all; above the number of cores it is lowered to it.
MAX_JOBS = 1024
#: --acts, shared with ``python -m replylint.eval`` (None: the configuration decides).
acts_option = click.option(
    "--acts",
    type=click.Choice(ACT_MODES),
    default=None,
    help="Act model and patterns together (both, the default), patterns only, or the model only.",
)


@click.command(context_settings={"help_option_names": ["-h", "--help"]})
@click.argument("paths", nargs=-1, type=click.Path(path_type=str))
@click.option(
    "--format",
    "fmt",
    type=click.Choice(sorted(FORMATS)),
    default="text",
    show_default=True,
    help="Report format.",
)
@click.option(
    "--select",
    multiple=True,
    metavar="RULES",
    help="Only these rules: names, codes or code prefixes (RL2), comma-separated.",
)
@click.option("--ignore", multiple=True, metavar="RULES", help="Skip these rules (same forms).")
@click.option(
    "--fail-on",
    type=click.Choice([s.label for s in reversed(Severity)]),
    # NOTE: no click default: None lets a configuration file's fail-on apply
    help="Exit 1 when a finding is at least this severe (default: error).",
)
@click.option(
    "--model",
    help="spaCy pipeline: auto (the default), blank, or an installed package name.",
)
@acts_option
@click.option(
    "--max-words",
    type=click.IntRange(min=1),
    metavar="N",
    help="Word limit for too-long (default 250).",
)
@click.option(
    "--rules-dir",
    "rules_dirs",
    multiple=True,
    type=click.Path(file_okay=False),
    help="Also load the rule files in this folder (repeatable).",
)
@click.option(
    "--rejection",
    type=click.Path(dir_okay=False),
    metavar="FILE",
    help="The rejection letter (.txt or .eml): who signed, the company, when it came.",
)
@click.option(
    "--now",
    "now",
    metavar="DATETIME",
    help="When the reply is sent, for letters without a date (default: now); ISO 8601 "
    "only: 2026-03-05, 2026-03-05T10:00, optionally with a zone (Z, +01:00).",
)
@click.option(
    "--reply-window",
    type=click.IntRange(min=1),
    metavar="HOURS",
    help="Hours within which to reply, for late-reply (default 24).",
)
@click.option("--statistics", is_flag=True, help="Print how many findings each rule made instead.")
@click.option(
    "--output",
    "-o",
    type=click.Path(dir_okay=False),
    metavar="FILE",
    help="Write the report to FILE instead of standard output.",
)
@click.option(
    "--config",
    "config_file",
    type=click.Path(exists=True, dir_okay=False),
    metavar="FILE",
    help="Use this configuration file instead of searching for one.",
)
@click.option("--isolated", is_flag=True, help="Ignore all configuration files.")
@click.option(
    "--exclude",
    multiple=True,
    metavar="GLOBS",
    help="Skip files found in folders that match these globs (comma-separated).",
)
@click.option(
    "--force-exclude",
    is_flag=True,
    help="Skip excluded files even when named on the command line (as pre-commit names them).",
)
@click.option(
    "--jobs",
    "-j",
    type=click.IntRange(min=1, max=MAX_JOBS),
    metavar="N",
    help="Lint in N processes (default and most: the number of cores).",
)
@click.option(
    "--no-cache", is_flag=True, help="Lint every file again; don't read or write the cache."
)
@click.option(
    "--cache-dir",
    default=DEFAULT_FOLDER,
    show_default=True,
    metavar="DIR",
    help="Where to keep results of unchanged letters (safe to delete).",
)
@click.option(
    "--diff",
    is_flag=True,
    help="Print the quick fixes as a unified diff instead of the report; write nothing.",
)
@click.option(
    "--fix",
    is_flag=True,
    help="Make the quick fixes in the letters, then report what remains.",
)
@click.option("--lsp", is_flag=True, help="Run the language server on standard input/output.")
@click.option(
    "--list-rules",
    is_flag=True,
    help="List the rules, with the severities the configuration gives them, and exit.",
)
@click.option("--explain", metavar="RULE", help="Explain one rule (name or code) and exit.")
@click.option(
    "--color/--no-color", default=None, help="Colour the text report (default: on a terminal)."
)
@click.version_option(__version__, "--version", prog_name="replylint")
def main(
    paths: tuple[str, ...],
    fmt: str,
    select: tuple[str, ...],
    ignore: tuple[str, ...],
    fail_on: str | None,
    model: str | None,
    acts: str | None,
    max_words: int | None,
    rules_dirs: tuple[str, ...],
    rejection: str | None,
    now: str | None,
    reply_window: int | None,
    statistics: bool,
    output: str | None,
    config_file: str | None,
    isolated: bool,
    exclude: tuple[str, ...],
    force_exclude: bool,
    jobs: int | None,
    no_cache: bool,
    cache_dir: str,
    diff: bool,
    fix: bool,
    lsp: bool,
    list_rules: bool,
    explain: str | None,
    color: bool | None,
) -> None:
    """Check replies to job rejections before you send them.

    PATHS are letters (.txt, .md, .eml) or folders to search for them; '-' reads standard input.
    """  # fmt: skip
    if lsp:
        from replylint.server import serve

        sys.exit(serve())  # LSP's exit code: 1 when the editor exits without 'shutdown'
    try:
        if list_rules or explain:
            from replylint.project import Overrides, rules_here

            # the rules as the configuration here resolves them (severities included)
            overrides = Overrides(
                select=_split(select), ignore=_split(ignore), rules_dirs=rules_dirs,
                config=config_file, isolated=isolated,
            )  # fmt: skip
            rules = rules_here(overrides, every=explain is not None)
            click.echo(_explain(rules, explain) if explain else _list(rules), nl=False)
            sys.exit(ExitStatus.OK)
        if not paths:
            raise click.UsageError("give at least one letter or folder to check (or '-').")
        from replylint.discover import inputs
        from replylint.project import Overrides, run

        cores = os.cpu_count() or 1
        if jobs is not None and jobs > cores:
            # NOTE: more processes than cores only add memory (each loads spaCy)
            click.echo(f"replylint: --jobs {jobs}: using {cores}, the number of cores", err=True)
            jobs = cores
        if diff and (fix or statistics or fmt != "text"):
            raise click.UsageError("--diff prints a diff, not a report: it goes with none of "
                                   "--fix, --format and --statistics")  # fmt: skip
        if output is not None and any(_same_file(output, p) for p in paths):
            raise click.UsageError(f"--output {output} is one of the letters to check; "
                                   "replylint never writes to a letter")  # fmt: skip
        overrides = Overrides(
            select=_split(select), ignore=_split(ignore), fail_on=fail_on, model=model, acts=acts,
            max_words=max_words, reply_window=reply_window, rules_dirs=rules_dirs,
            exclude=_split(exclude), force_exclude=force_exclude, now=_datetime(now),
            rejection=rejection, config=config_file, isolated=isolated, jobs=jobs or cores,
            cache_dir=None if no_cache else cache_dir,
        )  # fmt: skip
        outcome = run(inputs(paths), overrides)
        counted: Run | Fixing = outcome  # what the exit status is taken from
        results: Iterable[FileResult] = outcome.results
        if diff or fix:
            from replylint.fixes import Fixing

            counted = Fixing(
                outcome, lambda note: click.echo(f"replylint: {shown(note)}", err=True)
            )
            results = counted.results()
        to_terminal = output is None and sys.stdout.isatty()
        use_color = color if color is not None else (fmt == "text" and to_terminal)
        report = Report(results, lambda: outcome.rules, use_color)
        # NOTE: each file's part is written as soon as it is linted, so a folder of any
        # size needs no more memory than a few letters
        rendered = (STATISTICS if statistics else FORMATS[fmt])(report)
        if diff:
            rendered = counted.diffs()
        if output is None:
            for piece in rendered:
                click.echo(piece, nl=False, color=use_color)
        else:
            try:
                _write_atomically(Path(output), rendered)
            except OSError as exc:
                click.echo(f"replylint: error: --output: {shown(output)}: "
                           f"{exc.strerror or exc}", err=True)  # fmt: skip
                sys.exit(ExitStatus.ERROR)
    except ConfigError as exc:
        click.echo(f"replylint: error: {shown(str(exc))}", err=True)
        sys.exit(ExitStatus.ERROR)
    except KeyboardInterrupt:
        # as shells do: 128 + SIGINT, never 1 ("findings")
        click.echo("replylint: interrupted", err=True)
        sys.exit(ExitStatus.INTERRUPTED)
    sys.exit(_status(counted))


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


def _write_atomically(path: Path, pieces: Iterable[str]) -> None:
    """Write the report beside ``path`` first, so a failed write never truncates it."""
    import tempfile

    descriptor, name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    temporary = Path(name)
    try:
        with os.fdopen(descriptor, "w", encoding="utf-8") as handle:
            for piece in pieces:
                handle.write(piece)
            # NOTE: inside the try, because a full disk often shows only when flushing
            handle.flush()
            os.fsync(handle.fileno())
        temporary.chmod(_report_mode(path))
        temporary.replace(path)
    except BaseException:
        # whatever stopped it (a full disk, Ctrl-C, a bug), the old report stays whole
        temporary.unlink(missing_ok=True)
        raise


def _report_mode(path: Path) -> int:
    """Return the permissions for the report: those of the one it replaces, else the umask's."""
    try:
        return path.stat().st_mode & 0o7777
    except OSError:
        # NOTE: a temporary file is private (0600); a new report is as readable as any file
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


def _datetime(value: str | None) -> datetime | None:
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


def _status(outcome: Run | Fixing) -> ExitStatus:
    """Return the exit status: 2 for unreadable input, 1 for findings at --fail-on or above."""
    if outcome.unreadable:
        return ExitStatus.ERROR
    return ExitStatus.FINDINGS if outcome.failing else ExitStatus.OK


def _list(rules) -> str:
    width = max(len(r.name) for r in rules) if rules else 0
    return "".join(
        f"{r.code}  {r.name:<{width}}  {r.severity.label:<7}  {r.docs['what']}\n" for r in rules
    )


def _explain(rules, ident: str) -> str:
    rule = next((r for r in rules if ident in (r.name, r.code) or ident.upper() == r.code), None)
    if rule is None:
        raise ConfigError(f"--explain: no rule is named or coded '{ident}' (see --list-rules)")
    flag = "".join(f"    {s}\n" for s in rule.examples["flag"])
    passes = "".join(f"    {s}\n" for s in rule.examples["pass"])
    return (
        f"{rule.code} {rule.name} ({rule.severity.label}, looks at: {', '.join(rule.scope)})\n\n"
        f"What it finds:\n  {rule.docs['what']}\n\n"
        f"Why it matters:\n  {rule.docs['why']}\n\n"
        f"What to do instead:\n  {rule.docs['instead']}\n\n"
        f"Flagged:\n{flag}\nNot flagged:\n{passes}"
    )
