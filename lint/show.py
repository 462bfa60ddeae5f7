"""--show-files and --show-settings: what a run would check, and how, without checking it."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

import click
from replylint.discover import NO_LETTER, inputs
from replylint.engine import Input, read_letter, resolve_rules, selects
from replylint.errors import ConfigError, InputError
from replylint.findings import ExitStatus
from replylint.output.safe import shown
from replylint.project import (
    Overrides,
    config_for,
    excluded,
    linted_with,
    options_for,
    per_file_idents,
)
from replylint.rules import Rule


def files(paths: Iterable[str], overrides: Overrides) -> Iterator[Input]:
    """Yield the inputs a run over ``paths`` would lint, in its order (excluded ones left out)."""
    for path in paths:
        if path == "-":
            # NOTE: standard input is not read (nothing would lint it)
            yield Input("-", b"")
            continue
        for item in inputs([path]):
            if linted_with(item, overrides) is not None:
                yield item


def settings(path: str, overrides: Overrides) -> str:
    """Return the configuration, options and rules that apply to the letter at ``path``."""
    (item,) = inputs([path])
    if item.error:
        raise ConfigError(f"--show-settings: {shown(path)}: {item.error}")
    config = config_for(item, overrides)
    options = options_for(config, overrides)
    try:
        front = read_letter(item).ignore
    except InputError as exc:
        front = (f"(not read: {exc})",)
    per_file = per_file_idents(config, item.path)
    rules = [r for r in resolve_rules(options)
             if not any(selects(i, r) for i in (*per_file, *front))]  # fmt: skip
    where = ("none (--isolated)" if overrides.isolated else
             str(config.path) if config.path else "none found")  # fmt: skip
    skipped = "no"
    if excluded(config, item, overrides):
        # NOTE: named on the command line, it is checked all the same unless --force-exclude
        skipped = "yes: not checked" if overrides.force_exclude else "yes, but named: checked"
    pairs = {
        "letter": item.path,
        "configuration": where,
        "excluded": skipped,
        "fail-on": overrides.fail_on or config.fail_on or "error",
        "model": options.model,
        "acts": options.acts,
        "now": options.now.isoformat() if options.now else "the current time",
        "rejection": options.rejection or "none",
        "rules-dirs": ", ".join(options.rule_dirs) or "none",
        "per-file-ignores": ", ".join(per_file) or "none",
        "front-matter ignore": ", ".join(front) or "none",
        "rules": str(len(rules)),
    }
    width = max(len(r.name) for r in rules) if rules else 0
    lines = [f"{key}: {shown(value)}" for key, value in pairs.items()]
    lines += [f"  {r.code}  {r.name:<{width}}  {r.severity.label:<7}  {_options(r)}".rstrip()
              for r in rules]  # fmt: skip
    return "".join(f"{line}\n" for line in lines)


def _options(rule: Rule) -> str:
    """Return a rule's options as key=value pairs (a list as comma-separated values)."""
    return "  ".join(
        f"{key}={','.join(map(str, value)) if isinstance(value, list) else value}"
        for key, value in sorted(rule.options.items())
    )


def run(paths: tuple[str, ...], overrides: Overrides, one_letter: bool, quiet: bool) -> ExitStatus:
    """Print --show-settings for one letter (``one_letter``), or --show-files; return the status."""
    if one_letter:
        if len(paths) != 1 or Path(paths[0]).is_dir():
            raise click.UsageError("--show-settings takes one letter (a file), not a folder "
                                   "or several")  # fmt: skip
        click.echo(settings(paths[0], overrides), nl=False)
        return ExitStatus.OK
    status, found = ExitStatus.OK, 0
    for item in files(paths, overrides):
        if item.error:  # the run would report it the same way (exit 2)
            click.echo(f"replylint: error: {shown(item.path)}: {item.error}", err=True)
            status = ExitStatus.ERROR
        else:
            click.echo(shown(item.path))
            found += 1
    if not found and status == ExitStatus.OK and not quiet:
        click.echo(NO_LETTER, err=True)
    return status
