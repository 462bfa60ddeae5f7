"""A run over paths: each file linted with the configuration that applies to it."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path

from replylint import config as config_module
from replylint.cache import Cache
from replylint.config import Config
from replylint.engine import Input, Options, lint, linter, resolve_rules
from replylint.findings import FileResult, Severity
from replylint.rules import Rule, load_rules


@dataclass(frozen=True, slots=True)
class Overrides:
    """What the command line said; None (or empty) where it left the choice to the config."""

    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    fail_on: str | None = None
    model: str | None = None
    acts: str | None = None
    max_words: int | None = None
    reply_window: int | None = None
    rules_dirs: tuple[str, ...] = ()
    exclude: tuple[str, ...] = ()
    #: Apply the exclude globs to files named on the command line too (ruff's option).
    force_exclude: bool = False
    now: datetime | None = None
    rejection: str | None = None
    config: str | None = None
    isolated: bool = False
    #: Worker processes (1: lint in this process).
    jobs: int = 1
    #: Result cache folder, or None for no cache.
    cache_dir: str | None = None


@dataclass(frozen=True, slots=True)
class Outcome:
    """One file's result and the severity that fails the run for it."""

    result: FileResult
    fail_on: Severity


@dataclass(frozen=True, slots=True)
class Run:
    """Every file's outcome, in input order, and the rules that ran (for reports)."""

    outcomes: list[Outcome]
    rules: list[Rule]

    @property
    def results(self) -> list[FileResult]:
        """Return the files' results in input order."""
        return [o.result for o in self.outcomes]


def run(inputs: Iterable[Input], overrides: Overrides = Overrides()) -> Run:
    """Lint every input with its configuration; excluded files are left out."""
    groups: dict[Config, list[tuple[int, Input]]] = {}
    items = list(inputs)
    for index, item in enumerate(items):
        config = config_for(item, overrides)
        # a file named on the command line is linted anyway, unless --force-exclude
        exempt = item.explicit and not (overrides.force_exclude and item.path != "-")
        if not exempt and _excluded(config, item, overrides):
            continue
        groups.setdefault(config, []).append((index, item))

    outcomes: dict[int, Outcome] = {}
    rules: dict[str, Rule] = {}
    for config, members in groups.items():
        options = options_for(config, overrides)
        # NOTE: where configurations give a rule different severities, the report's rule
        # list keeps the first one's; each finding still carries its own.
        for rule in resolve_rules(options):
            rules.setdefault(rule.code, rule)
        fail_on = Severity.parse(overrides.fail_on or config.fail_on or "error")
        for (index, item), result in zip(members, _lint(members, options, overrides),
                                         strict=True):  # fmt: skip
            outcomes[index] = Outcome(per_file_ignores(config, options, item, result), fail_on)
    if not groups:  # every file excluded: the rules still describe the run
        rules.update((r.code, r) for r in resolve_rules(options_for(Config(), overrides)))
    return Run([outcomes[i] for i in sorted(outcomes)], [rules[c] for c in sorted(rules)])


#: Files per batch sent to a worker; small enough to keep both cores busy to the end.
CHUNK = 25


def _lint(
    members: list[tuple[int, Input]], options: Options, overrides: Overrides
) -> list[FileResult]:
    """Lint one configuration's files: from the cache where possible, else in parallel."""
    items = [item for _, item in members]
    cache = Cache(Path(overrides.cache_dir), options) if overrides.cache_dir else None
    results: list[FileResult | None] = [cache.get(i) if cache else None for i in items]
    todo = [k for k, r in enumerate(results) if r is None]
    fresh = _lint_parallel([items[k] for k in todo], options, overrides.jobs)
    for k, result in zip(todo, fresh, strict=True):
        results[k] = result
        if cache is not None:
            cache.put(items[k], result)
    return results  # type: ignore[return-value]


def _lint_parallel(items: list[Input], options: Options, jobs: int) -> list[FileResult]:
    """Spread ``items`` over ``jobs`` processes, each building the pipeline once."""
    if jobs <= 1 or len(items) < 2 * CHUNK:
        return lint(items, options) if items else []
    from concurrent.futures import ProcessPoolExecutor

    chunks = [items[k : k + CHUNK] for k in range(0, len(items), CHUNK)]
    with ProcessPoolExecutor(max_workers=jobs, initializer=_start_worker,
                             initargs=(options,)) as pool:  # fmt: skip
        return [result for chunk in pool.map(_lint_chunk, chunks) for result in chunk]


_WORKER_OPTIONS: Options | None = None


def _start_worker(options: Options) -> None:
    global _WORKER_OPTIONS
    _WORKER_OPTIONS = options
    linter(options)


def _lint_chunk(items: list[Input]) -> list[FileResult]:
    return lint(items, _WORKER_OPTIONS)


def options_for(config: Config, overrides: Overrides) -> Options:
    """Merge a configuration file with the command line (the command line wins)."""
    rules_dirs = config.rules_dirs + overrides.rules_dirs
    if config.path is not None:
        config_module.check_rule_names(config, load_rules(rules_dirs))
    select = overrides.select or config.select
    if select and config.extend_select:
        select = select + config.extend_select
    return Options(
        select=select,
        ignore=config.ignore + overrides.ignore,
        model=overrides.model or config.model or "auto",
        acts=overrides.acts or config.acts or "both",
        max_words=overrides.max_words or config.max_words,
        rule_dirs=rules_dirs,
        now=overrides.now,
        reply_window=overrides.reply_window or config.reply_window_hours,
        rejection=overrides.rejection,
        severities=config.severity,
        generic_addresses=config.generic_addresses,
    )


def rules_here(overrides: Overrides, *, every: bool = False) -> tuple[Rule, ...]:
    """Return the rules a letter in the current folder is checked with (for --list-rules).

    ``every`` keeps the rules its selection leaves out (for --explain).
    """
    options = options_for(config_for(Input("-", b""), overrides), overrides)
    return resolve_rules(replace(options, select=(), ignore=()) if every else options)


def config_for(item: Input, overrides: Overrides) -> Config:
    if overrides.isolated:
        return Config()
    if overrides.config:
        return config_module.load(Path(overrides.config).resolve())
    folder = Path(item.path).parent if item.path != "-" else Path.cwd()
    found = config_module.find(folder)
    return config_module.load(found) if found else Config()


def _excluded(config: Config, item: Input, overrides: Overrides) -> bool:
    globs = config.exclude + overrides.exclude
    return bool(globs) and config_module.matches(config, item.path, globs)


def per_file_ignores(
    config: Config, options: Options, item: Input, result: FileResult
) -> FileResult:
    """Drop findings of rules a per-file-ignores glob turns off for this file."""
    from replylint.engine import selects

    off = [rules for glob, rules in config.per_file_ignores
           if config_module.matches(config, item.path, (glob,))]  # fmt: skip
    if not off:
        return result
    idents = [ident for rules in off for ident in rules]
    # NOTE: the resolved rules, not linter(options): building a Linter imports spaCy and
    # loads the pipeline, which a run answered from the cache must never do
    rules = {r.code: r for r in resolve_rules(options)}
    kept = tuple(f for f in result.findings if not any(selects(i, rules[f.code]) for i in idents))
    return replace(result, findings=kept)
