"""Command line: options and formatting only; every run goes through engine.lint."""

from __future__ import annotations

import itertools
import os
import sys
from collections.abc import Iterable, Iterator
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

import click
from replylint import __version__
from replylint.acts import ACT_MODES
from replylint.cache import DEFAULT_FOLDER
from replylint.discover import LETTER_SUFFIXES
from replylint.errors import ConfigError
from replylint.findings import ExitStatus, FileResult, Severity
from replylint.output import CHECKLIST_FORMATS, FORMATS, STATISTICS, Report
from replylint.output.safe import shown

if TYPE_CHECKING:
    from replylint.fixes import Fixing
    from replylint.project import Overrides, Run


def _split(values: tuple[str, ...]) -> tuple[str, ...]:
    """Accept both --select a,b and --select a --select b."""
    return tuple(v.strip() for value in values for v in value.split(",") if v.strip())


#: The warning for a run that finds no letter (exit 0: an empty folder is no error).
NO_LETTER = (
    "replylint: warning: no letter to check in the paths given (folders are searched for "
    f"{', '.join(LETTER_SUFFIXES)} files; hidden, git-ignored and excluded ones are skipped)"
)
#: The most --jobs accepts at all; above the number of cores it is lowered to it.
MAX_JOBS = 1024
#: --acts, shared with ``python -m replylint.eval`` (None: the configuration decides).
acts_option = click.option(
    "--acts",
    type=click.Choice(ACT_MODES),
    default=None,
    help="Act model and patterns together (both, the default), patterns only, or the model only.",
)


class UsageFailure(click.ClickException):
    """A usage error, said the way every replylint error is: one line, exit status 2."""

    exit_code = ExitStatus.ERROR

    def show(self, file: object = None) -> None:
        """Print ``replylint: error: ...`` on stderr (not click's usage block)."""
        message = " ".join(self.format_message().split())
        click.echo(f"replylint: error: {shown(message[:1].lower() + message[1:])}", err=True)


class _Command(click.Command):
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


@click.command(cls=_Command, context_settings={"help_option_names": ["-h", "--help"]})
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
    "--checklist",
    is_flag=True,
    help="After each letter's findings, print the guidance as a checklist (text format; "
    "the html report always has it).",
)
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
    "--stdin-filename",
    metavar="NAME",
    help="Name standard input ('-', or no PATHS): its ending picks the reader, reports show it, "
    "configuration and exclude go by it.",
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
@click.option(
    "--test-rules",
    type=click.Path(exists=True, file_okay=False, path_type=Path),
    metavar="DIR",
    help="Run the flag and pass examples of the rule files in DIR, and exit.",
)
@click.option("--explain", metavar="RULE", help="Explain one rule (name or code) and exit.")
@click.option(
    "--color/--no-color", default=None, help="Colour the text report (default: on a terminal)."
)
@click.option(
    "--exit-zero",
    is_flag=True,
    help="Exit 0 even with findings (an unreadable letter or an error still exits 2).",
)
@click.option(
    "--quiet", "-q", is_flag=True, help="Print the findings only: no summary line, no warnings."
)
@click.option(
    "--show-files",
    is_flag=True,
    help="List the files that would be checked (after exclude), and exit.",
)
@click.option(
    "--show-settings",
    is_flag=True,
    help="Show the configuration, model, options and rules that apply to one letter, and exit.",
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
    checklist: bool,
    output: str | None,
    config_file: str | None,
    isolated: bool,
    exclude: tuple[str, ...],
    force_exclude: bool,
    jobs: int | None,
    no_cache: bool,
    cache_dir: str,
    stdin_filename: str | None,
    diff: bool,
    fix: bool,
    lsp: bool,
    list_rules: bool,
    test_rules: Path | None,
    explain: str | None,
    color: bool | None,
    exit_zero: bool,
    quiet: bool,
    show_files: bool,
    show_settings: bool,
) -> None:
    """Check replies to job rejections before you send them.

    PATHS are letters (.txt, .md, .eml) or folders to search for them; '-' reads standard input.
    """  # fmt: skip
    if lsp:
        from replylint.server import serve

        sys.exit(serve())  # LSP's exit code: 1 when the editor exits without 'shutdown'
    try:
        if test_rules is not None:
            from replylint import ruletest

            lines, status = ruletest.report(test_rules, model or "blank")
            click.echo("\n".join(lines))
            sys.exit(status)
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
        if stdin_filename is not None and "-" not in (paths := paths or ("-",)):
            raise click.UsageError("--stdin-filename names standard input: add '-' to the paths")
        if not paths:
            raise click.UsageError("give at least one letter or folder to check (or '-').")
        from replylint.discover import inputs
        from replylint.project import Overrides, run

        cores = os.cpu_count() or 1
        if jobs is not None and jobs > cores:
            # NOTE: more processes than cores only add memory (each loads spaCy)
            if not quiet:
                click.echo(f"replylint: --jobs {jobs}: using {cores}, the number of cores",
                           err=True)  # fmt: skip
            jobs = cores
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
        overrides = Overrides(
            select=_split(select), ignore=_split(ignore), fail_on=fail_on, model=model, acts=acts,
            max_words=max_words, reply_window=reply_window, rules_dirs=rules_dirs,
            exclude=_split(exclude), force_exclude=force_exclude, now=_datetime(now),
            rejection=rejection, config=config_file, isolated=isolated, jobs=jobs or cores,
            cache_dir=None if no_cache else cache_dir,
        )  # fmt: skip
        if show_files or show_settings:
            sys.exit(_show(paths, overrides, show_settings, quiet))
        outcome = run(inputs(paths, stdin_filename), overrides)
        counted: Run | Fixing = outcome  # what the exit status is taken from
        results: Iterable[FileResult] = outcome.results
        if diff or fix:
            from replylint.fixes import Fixing

            counted = Fixing(
                outcome, lambda note: click.echo(f"replylint: {shown(note)}", err=True)
            )
            results = counted.results()
        use_color = _use_color(color, output)
        if not diff:
            # NOTE: the first file is linted before anything is written, so that a broken
            # --rules-dir file, --config or option (each stops the run) leaves no half JSON or
            # SARIF document on standard output (found by tests/test_fuzz.py); --diff
            # reads the run itself instead of these results
            results = iter(results)
            first = next(results, None)
            results = itertools.chain(() if first is None else (first,), results)
        report = Report(_warned(results, quiet), lambda: outcome.rules, use_color, checklist)
        report.quiet = quiet
        # NOTE: each file's part is written as soon as it is linted, so a folder of any
        # size needs no more memory than a few letters
        rendered = (STATISTICS.get(fmt, STATISTICS["text"]) if statistics else FORMATS[fmt])(report)
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
        if outcome.files == 0 and not quiet:
            click.echo(NO_LETTER, err=True)
    except ConfigError as exc:
        click.echo(f"replylint: error: {shown(str(exc))}", err=True)
        sys.exit(ExitStatus.ERROR)
    except KeyboardInterrupt:
        # as shells do: 128 + SIGINT, never 1 ("findings")
        click.echo("replylint: interrupted", err=True)
        sys.exit(ExitStatus.INTERRUPTED)
    status = _status(counted)
    sys.exit(ExitStatus.OK if exit_zero and status == ExitStatus.FINDINGS else status)


def _show(paths: tuple[str, ...], overrides: Overrides, settings: bool, quiet: bool
          ) -> ExitStatus:  # fmt: skip
    """Print --show-settings for one letter, or --show-files; return the exit status."""
    from replylint import show

    if settings:
        if len(paths) != 1 or Path(paths[0]).is_dir():
            raise click.UsageError("--show-settings takes one letter (a file), not a folder "
                                   "or several")  # fmt: skip
        click.echo(show.settings(paths[0], overrides), nl=False)
        return ExitStatus.OK
    status, found = ExitStatus.OK, 0
    for item in show.files(paths, overrides):
        if item.error:  # the run would report it the same way (exit 2)
            click.echo(f"replylint: error: {shown(item.path)}: {item.error}", err=True)
            status = ExitStatus.ERROR
        else:
            click.echo(shown(item.path))
            found += 1
    if not found and status == ExitStatus.OK and not quiet:
        click.echo(NO_LETTER, err=True)
    return status


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
    from replylint.engine import nearest

    rule = next((r for r in rules if ident in (r.name, r.code) or ident.upper() == r.code), None)
    if rule is None:
        raise ConfigError(f"--explain: no rule is named or coded '{ident}'"
                          f"{nearest(ident, rules) or ' (see --list-rules)'}")  # fmt: skip
    flag = "".join(f"    {s}\n" for s in rule.examples["flag"])
    passes = "".join(f"    {s}\n" for s in rule.examples["pass"])
    return (
        f"{rule.code} {rule.name} ({rule.severity.label}, looks at: {', '.join(rule.scope)})\n\n"
        f"What it finds:\n  {rule.docs['what']}\n\n"
        f"Why it matters:\n  {rule.docs['why']}\n\n"
        f"What to do instead:\n  {rule.docs['instead']}\n\n"
        f"Flagged:\n{flag}\nNot flagged:\n{passes}"
    )
