"""The replylint command: its options, and which job each asks for; no rule logic here.

A run goes through project.run (and so engine.lint) and reporting.deliver; usage.py checks
and converts the arguments.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

import click
from replylint import __version__
from replylint.acts import ACT_MODES
from replylint.cache import DEFAULT_FOLDER
from replylint.errors import ConfigError
from replylint.explain import explain as explain_rule
from replylint.explain import rule_list
from replylint.findings import ExitStatus, Severity
from replylint.output import FORMATS
from replylint.output.safe import shown
from replylint.reporting import Choices, deliver
from replylint.usage import Command, check_combinations, parse_now, split_list

if TYPE_CHECKING:
    pass


#: The most --jobs accepts at all; above the number of cores it is lowered to it.
MAX_JOBS = 1024
#: --acts, shared with ``python -m replylint.eval`` (None: the configuration decides).
acts_option = click.option(
    "--acts",
    type=click.Choice(ACT_MODES),
    default=None,
    help="Act model and patterns together (both, the default), patterns only, or the model only.",
)


@click.command(cls=Command, context_settings={"help_option_names": ["-h", "--help"]})
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
                select=split_list(select), ignore=split_list(ignore), rules_dirs=rules_dirs,
                config=config_file, isolated=isolated,
            )  # fmt: skip
            rules = rules_here(overrides, every=explain is not None)
            click.echo(explain_rule(rules, explain) if explain else rule_list(rules), nl=False)
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
        check_combinations(paths, fmt, statistics, checklist, diff, fix, output)
        overrides = Overrides(
            select=split_list(select), ignore=split_list(ignore), fail_on=fail_on, model=model,
            acts=acts, max_words=max_words, reply_window=reply_window, rules_dirs=rules_dirs,
            exclude=split_list(exclude), force_exclude=force_exclude, now=parse_now(now),
            rejection=rejection, config=config_file, isolated=isolated, jobs=jobs or cores,
            cache_dir=None if no_cache else cache_dir,
        )  # fmt: skip
        if show_files or show_settings:
            from replylint import show

            sys.exit(show.run(paths, overrides, show_settings, quiet))
        choices = Choices(fmt=fmt, statistics=statistics, checklist=checklist, diff=diff, fix=fix,
                          color=color, output=output, quiet=quiet)  # fmt: skip
        status = deliver(run(inputs(paths, stdin_filename), overrides), choices)
    except ConfigError as exc:
        click.echo(f"replylint: error: {shown(str(exc))}", err=True)
        sys.exit(ExitStatus.ERROR)
    except KeyboardInterrupt:
        # as shells do: 128 + SIGINT, never 1 ("findings")
        click.echo("replylint: interrupted", err=True)
        sys.exit(ExitStatus.INTERRUPTED)
    sys.exit(ExitStatus.OK if exit_zero and status == ExitStatus.FINDINGS else status)
