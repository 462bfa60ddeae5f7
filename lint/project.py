"""A run over paths: each file linted with the configuration that applies to it."""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path

from replylint import config as config_module
from replylint import startup
from replylint.cache import Cache
from replylint.config import Config
from replylint.engine import Input, Options, lint, resolve_rules
from replylint.errors import ConfigError
from replylint.findings import FileResult, Severity
from replylint.rulefiles import load_rules
from replylint.rules import Rule
from replylint.workers import CHUNK, Chunk, Workers


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
    #: What was linted, and with which configuration (for --diff and --fix).
    item: Input | None = None
    config: Config | None = None
    options: Options | None = None


class Run:
    """A run over inputs: outcomes come lazily, in input order, as files are linted.

    Nothing is kept per file once its outcome has been handed on, so memory stays the
    same however many files there are. ``rules`` grows as configurations are met (it is
    complete once the outcomes are exhausted); ``files``, ``unreadable`` and ``failing``
    count the outcomes handed on so far.
    """

    def __init__(self, inputs: Iterable[Input], overrides: Overrides) -> None:
        self._inputs = inputs
        self._overrides = overrides
        self._rules: dict[str, Rule] = {}
        self.files = 0
        self.unreadable = 0
        self.failing = 0

    @property
    def rules(self) -> list[Rule]:
        """Return the rules that ran, by code (all of them once the outcomes are exhausted)."""
        return [self._rules[code] for code in sorted(self._rules)]

    @property
    def outcomes(self) -> Iterator[Outcome]:
        """Yield every file's outcome in input order (once: the inputs are read as it goes)."""
        for outcome in _outcomes(self._inputs, self._overrides, self._rules):
            startup.settle()  # a run answered from the cache builds no linter
            self.files += 1
            self.unreadable += outcome.result.error is not None
            self.failing += any(f.severity >= outcome.fail_on for f in outcome.result.findings)
            yield outcome

    @property
    def results(self) -> Iterator[FileResult]:
        """Yield every file's result in input order."""
        return (outcome.result for outcome in self.outcomes)


def run(inputs: Iterable[Input], overrides: Overrides = Overrides()) -> Run:
    """Lint every input with its configuration; excluded files are left out."""
    return Run(inputs, overrides)


#: How a letter under a broken configuration or rule file begins its error.
NOT_CHECKED = "not checked: "


def _outcomes(inputs: Iterable[Input], overrides: Overrides, rules: dict[str, Rule]
              ) -> Iterator[Outcome]:  # fmt: skip
    """Read, lint and hand on the inputs in order, at most a few chunks ahead."""
    groups: dict[Config, tuple[Options, Cache | None, Severity]] = {}
    workers = Workers(overrides.jobs)
    queue: deque[Chunk] = deque()
    try:
        for item in inputs:
            try:
                config = linted_with(item, overrides)
                if config is None:
                    continue
                if config not in groups:
                    groups[config] = _group(config, overrides, rules)
            except ConfigError as exc:
                if _stops_run(exc, overrides):
                    raise
                # a configuration or rule file found in the tree governs only its own
                # letters: they are reported unchecked, and the rest of the run goes on
                while queue:
                    yield from _finish(queue.popleft(), groups, workers)
                error = f"{NOT_CHECKED}{exc}"
                fail_on = Severity.parse(overrides.fail_on or "error")
                yield Outcome(FileResult(item.path, error=error, cacheable=False), fail_on, item)
                continue
            options, cache = groups[config][:2]
            if not queue or queue[-1].config != config or len(queue[-1].items) == CHUNK:
                workers.send([c for c in queue if not c.sent])
                queue.append(Chunk(config, options, [], []))
            queue[-1].items.append(item)
            queue[-1].results.append(cache.get(item) if cache else None)
            while len(queue) > 1 and workers.ready(queue[0], len(queue)):
                yield from _finish(queue.popleft(), groups, workers)
        workers.send([c for c in queue if not c.sent])
        while queue:
            yield from _finish(queue.popleft(), groups, workers)
    finally:
        workers.close()
    if not groups:  # every file excluded: the rules still describe the run
        _group(Config(), overrides, rules)


def _stops_run(exc: ConfigError, overrides: Overrides) -> bool:
    """Return True for an error in what the command line gave, which concerns every letter."""
    message = str(exc)
    given = [overrides.config or "", *overrides.rules_dirs]
    return message.startswith("--") or any(
        path and message.startswith((path, str(Path(path)), str(Path(path).resolve())))
        for path in given
    )


def _group(config: Config, overrides: Overrides, rules: dict[str, Rule]
           ) -> tuple[Options, Cache | None, Severity]:  # fmt: skip
    """Resolve one configuration once: its options, cache and fail-on; note its rules."""
    options = options_for(config, overrides)
    # NOTE: where configurations give a rule different severities, the report's rule
    # list keeps the first one's; each finding still carries its own.
    for rule in resolve_rules(options):
        rules.setdefault(rule.code, rule)
    cache = Cache(Path(overrides.cache_dir), options) if overrides.cache_dir else None
    return options, cache, Severity.parse(overrides.fail_on or config.fail_on or "error")


def _finish(chunk: Chunk, groups: dict, workers: Workers) -> Iterator[Outcome]:
    """Wait for a chunk's results, store them in the cache, yield its outcomes in order."""
    options, cache, fail_on = groups[chunk.config]
    fresh = iter(workers.results(chunk))
    for item, result in zip(chunk.items, chunk.results, strict=True):
        if result is None:
            result = next(fresh)
            if cache is not None:
                cache.put(item, result)
        result = replace(per_file_ignores(chunk.config, options, item, result), fail_on=fail_on)
        yield Outcome(result, fail_on, item, chunk.config, options)


def lint_again(outcome: Outcome, data: bytes) -> FileResult:
    """Lint new bytes for the file of ``outcome`` with its configuration (after --fix)."""
    item = replace(outcome.item, data=data)
    (result,) = lint([item], outcome.options)
    return per_file_ignores(outcome.config, outcome.options, item, result)


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


def linted_with(item: Input, overrides: Overrides) -> Config | None:
    """Return the configuration ``item`` is linted with, or None when it is excluded."""
    config = config_for(item, overrides)
    # a file named on the command line is linted anyway, unless --force-exclude
    exempt = item.explicit and not (overrides.force_exclude and item.path != "-")
    return None if not exempt and excluded(config, item, overrides) else config


def excluded(config: Config, item: Input, overrides: Overrides) -> bool:
    """Return True when the exclude globs (configuration's and command line's) match ``item``."""
    globs = config.exclude + overrides.exclude
    return bool(globs) and config_module.matches(config, item.path, globs)


def per_file_idents(config: Config, path: str) -> list[str]:
    """Return the rule names and codes the per-file-ignores globs matching ``path`` turn off."""
    return [ident for glob, rules in config.per_file_ignores
            if config_module.matches(config, path, (glob,)) for ident in rules]  # fmt: skip


def per_file_ignores(
    config: Config, options: Options, item: Input, result: FileResult
) -> FileResult:
    """Drop findings of rules a per-file-ignores glob turns off for this file."""
    from replylint.engine import selects

    idents = per_file_idents(config, item.path)
    if not idents:
        return result
    # NOTE: the resolved rules, not linter(options): building a Linter imports spaCy and
    # loads the pipeline, which a run answered from the cache must never do
    rules = {r.code: r for r in resolve_rules(options)}
    kept = tuple(f for f in result.findings if not any(selects(i, rules[f.code]) for i in idents))
    # the rules turned off here did not check the letter (its checklist says so)
    off_here = {r.name for r in rules.values() if any(selects(i, r) for i in idents)}
    checked = result.checked
    if checked is not None:
        checked = tuple(name for name in checked if name not in off_here)
    unknown = tuple(name for name in result.unknown if name not in off_here)
    return replace(result, findings=kept, checked=checked, unknown=unknown)
