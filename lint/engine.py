"""The engine: parse letters once, run every selected rule, return sorted findings."""

from __future__ import annotations

import bisect
import functools
import itertools
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from datetime import datetime

from replylint import language, parts, sources, startup
from replylint.checks import CHECK_TYPES
from replylint.checks import python as python_check
from replylint.errors import ConfigError, InputError, cut, did_you_mean
from replylint.findings import FileResult, Finding, Severity
from replylint.letter import Letter
from replylint.rulefiles import load_rules
from replylint.rules import Rule


@dataclass(frozen=True, slots=True)
class Options:
    """Everything that changes what a run reports (hashable: one Linter per Options)."""

    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    model: str = "auto"
    #: How act scores and patterns combine: both, patterns (model off) or model (ablation).
    acts: str = "both"
    max_words: int | None = None
    rule_dirs: tuple[str, ...] = ()
    #: The clock for late-reply when a letter has no send date (default: now).
    now: datetime | None = None
    #: Hours within which a reply counts as prompt (late-reply's window).
    reply_window: int | None = None
    #: A separate rejection letter that gives every input its context.
    rejection: str | None = None
    #: Severity overrides from a configuration file: (rule name or code, severity).
    severities: tuple[tuple[str, str], ...] = ()
    #: More shared-mailbox names for wrong-recipient (careers, jobs ... are built in).
    generic_addresses: tuple[str, ...] = ()
    #: An act model file used instead of the shipped one (evaluation and benchmarks only:
    #: ``replylint.eval --act-model``, bench/letter_cv.py).
    act_model: str | None = None


@dataclass(frozen=True, slots=True)
class Input:
    """One thing to lint: a display path and its bytes (or text already decoded)."""

    path: str
    data: bytes | str
    suffix: str = ".txt"
    error: str | None = None
    #: False for a file found by searching a folder (configuration 'exclude' applies).
    explicit: bool = True


def select_rules(rules: Sequence[Rule], select: Sequence[str], ignore: Sequence[str]) -> list[Rule]:
    """Return the rules chosen by --select/--ignore (names, codes or code prefixes)."""
    for option, idents in (("--select", select), ("--ignore", ignore)):
        for ident in idents:
            if not any(selects(ident, rule) for rule in rules):
                raise ConfigError(f"{option}: no rule is named or coded '{cut(ident)}'"
                                  f"{nearest(ident, rules)}")  # fmt: skip
    chosen = [r for r in rules if not select or any(selects(i, r) for i in select)]
    return [r for r in chosen if not any(selects(i, r) for i in ignore)]


def selects(ident: str, rule: Rule) -> bool:
    return ident == rule.name or (rule.code.startswith(ident.upper()) and ident[:1].isalpha())


def nearest(ident: str, rules: Sequence[Rule]) -> str:
    """Return " (did you mean 'x'?)" naming the rule name or code nearest ``ident``, or ''."""
    return did_you_mean(ident, [r.name for r in rules] + [r.code for r in rules])


def letter_ignores(letter: Letter, findings: Iterable[Finding], rule_dirs: tuple[str, ...]
                   ) -> list[Finding]:  # fmt: skip
    """Drop findings of the rules the letter's front matter ignores; warn of unknown names."""
    rules = load_rules(rule_dirs)
    # NOTE: against every rule, not only the selected ones: ignoring a rule that the
    # configuration leaves out is no mistake
    for ident in letter.ignore:
        if not any(selects(ident, rule) for rule in rules):
            key = letter.text.find("ignore", 0, letter.own.start)
            at = letter.text.find(ident, max(key, 0), letter.own.start)
            letter.warnings.append((letter.lines.position(max(at, key, 0)).line,
                                    f"front matter: ignore: no rule is named or coded "
                                    f"'{cut(ident)}'{nearest(ident, rules)}"))  # fmt: skip
    off = {rule.code for rule in rules if any(selects(i, rule) for i in letter.ignore)}
    return [f for f in findings if f.code not in off]


def resolve_rules(options: Options) -> tuple[Rule, ...]:
    """Return the rules ``options`` select, with their option values and severities.

    The one list of rules for a configuration: the linter runs it, reports describe it.
    """
    # NOTE: not cached: the rule files are (rules.load_rules), and the server clears
    # that cache when a rule file is saved, which a second cache here would outlive.
    rules = select_rules(load_rules(options.rule_dirs), options.select, options.ignore)
    overrides = {"max": options.max_words, "window": options.reply_window}
    overrides = {k: v for k, v in overrides.items() if v is not None}
    rules = [r.with_options(**{k: v for k, v in overrides.items() if k in r.options})
             for r in rules]  # fmt: skip
    rules = [
        replace(rule, severity=Severity.parse(level))
        if (level := next((lv for ident, lv in options.severities if selects(ident, rule)),
                          None)) else rule
        for rule in rules
    ]  # fmt: skip
    if options.generic_addresses:
        rules = [r.with_options(generic=list(options.generic_addresses))
                 if r.name == "wrong-recipient" else r for r in rules]  # fmt: skip
    return tuple(rules)


class Linter:
    """The pipeline and compiled rules for one set of options, built once."""

    def __init__(self, options: Options) -> None:
        rules = resolve_rules(options)
        self.rejection = sources.read_rejection(options.rejection) if options.rejection else None
        # NOTE: spaCy is imported here, not at the top, so that a run answered wholly from
        # the cache (see cache.py) never pays for importing it.
        startup.import_spacy()
        from replylint import nlp as nlp_module
        from replylint.ruleset import RuleSet

        self.options = options
        self.nlp = nlp_module.load(options.model)
        self.ruleset = RuleSet(rules, self.nlp, options.acts, options.act_model)

    @property
    def rules(self) -> tuple[Rule, ...]:
        """Return the rules this linter runs."""
        return self.ruleset.rules

    def lint(self, inputs: Iterable[Input], batch_size: int = 64) -> list[FileResult]:
        """Lint every input; unreadable ones get an error instead of findings."""
        results, parsed = self.parse(inputs, batch_size)
        # NOTE: a batch at a time, so that the act model scores a batch's sentences at once
        while batch := list(itertools.islice(parsed, batch_size)):
            hits = self.ruleset.hits_of([letter for _, letter in batch])
            for (slot, letter), found in zip(batch, hits, strict=True):
                results[slot] = self._result(letter, found)
        return results

    def parse(
        self, inputs: Iterable[Input], batch_size: int = 64
    ) -> tuple[list[FileResult], Iterator[tuple[int, Letter]]]:
        """Read every input and parse the readable ones, lazily, through ``nlp.pipe``.

        Return a result per input (an error for an unreadable one) and (index of its
        result, letter with its doc) for the others, ready for check().
        """
        results: list[FileResult] = []
        letters: list[Letter] = []
        slots: list[int] = []
        for item in inputs:
            try:
                letter = read_letter(item)
            except InputError as exc:
                results.append(FileResult(item.path, error=str(exc)))
                continue
            if self.rejection is not None:
                letter.context.merge(self.rejection)
            if letter.context.sent is None:
                letter.context.sent = self.options.now or datetime.now().astimezone()
                letter.context.sent_assumed = True
            slots.append(len(results))
            results.append(FileResult(item.path))
            letters.append(letter)

        docs = self.nlp.pipe((self._prepare(letter) for letter in letters), batch_size=batch_size)

        def parsed() -> Iterator[tuple[int, Letter]]:
            for slot, letter, doc in zip(slots, letters, docs, strict=True):
                letter.doc = doc
                yield slot, letter

        return results, parsed()

    def _result(self, letter: Letter, hits: dict[str, list]) -> FileResult:
        clock = letter.context.sent_assumed and letter.context.received is not None
        try:
            findings = tuple(self.check(letter, hits))
        except InputError as exc:
            # a user's regex over its time limit; never cached (it depends on the machine)
            return FileResult(letter.path, error=str(exc), cacheable=False)
        return FileResult(letter.path, findings, text=letter.file_text,
                          positions=letter.positions, cacheable=not clock,
                          checked=letter.checked, unknown=self.unknown(letter),
                          warnings=tuple(sorted(letter.warnings)))  # fmt: skip

    def check(self, letter: Letter, hits: dict[str, list] | None = None) -> list[Finding]:
        """Run every rule over a parsed letter and return its findings in order, in the file.

        ``hits`` are the rule set's for the letter when already worked out (see lint).
        """
        if hits is None:
            hits = self.ruleset.hits(letter) if letter.doc is not None else {}
        rules = self.readable(letter)
        letter.checked = tuple(r.name for r in rules)
        findings = {
            finding
            for rule in rules
            for finding in CHECK_TYPES[rule.check].run(letter, rule, hits.get(rule.name, ()))
        }
        if letter.ignore:
            findings = letter_ignores(letter, findings, self.options.rule_dirs)
        # NOTE: ordered before they are placed: every finding in a base64 body goes to
        # the same line, and keeps its order there
        return letter.in_file(sorted(findings, key=Finding.sort_key))

    def readable(self, letter: Letter) -> list[Rule]:
        """Return the rules that can read the letter's language, warning of the rest once."""
        code = language.detect(letter.own_text)
        rules = [r for r in self.rules if not r.languages or code in r.languages]
        if len(rules) < len(self.rules):
            skipped = len(self.rules) - len(rules)
            only = " or ".join(
                language.name(c) for c in sorted({c for r in self.rules for c in r.languages})
            )
            letter.warnings.append((letter.lines.position(letter.own.start).line,
                                    f"this letter reads as {language.name(code)} ({code}): "
                                    f"the rules that read {only} only ({skipped}) "
                                    f"were not run"))  # fmt: skip
        return rules

    def unknown(self, letter: Letter) -> tuple[str, ...]:
        """Return the rules that had no context to judge ``letter`` by (for the checklist)."""
        python = [r for r in self.rules if r.check == "python"]
        return tuple(r.name for r in python if not python_check.has_context(letter, r))

    def _prepare(self, letter: Letter):
        """Make the Doc for the writer's text, with sentences starting at each part."""
        text, letter.doc_offsets = letter.nlp_view()
        letter.doc_text = text
        from replylint.nlp import mark_starts  # imported by __init__ already (see there)

        doc = self.nlp.make_doc(text)
        starts = []
        for span in letter.parts.values():
            start = bisect.bisect_left(letter.doc_offsets, span.start)
            token = doc.char_span(start, min(start + 1, len(text)), alignment_mode="expand")
            if token is not None and token.start > 0:
                starts.append(token.start)
        mark_starts(doc, starts)
        return doc


def read_letter(item: Input) -> Letter:
    """Decode and split one input into a Letter (raises InputError)."""
    if item.error:
        raise InputError(item.error)
    data = item.data.encode("utf-8") if isinstance(item.data, str) else item.data
    letter = sources.read(item.path, data, item.suffix)
    if not letter.own_text.strip():
        raise InputError("the letter has no text of its own to check")
    letter.parts = parts.split(letter)
    return letter


@functools.cache
def linter(options: Options = Options()) -> Linter:
    """Return the Linter for ``options``, built once per process."""
    built = Linter(options)
    startup.settle()  # what a start makes is built: collect again (see startup.py)
    return built


def lint(inputs: Iterable[Input], options: Options = Options()) -> list[FileResult]:
    """Lint inputs with ``options``: the one entry every front end calls."""
    return linter(options).lint(inputs)
