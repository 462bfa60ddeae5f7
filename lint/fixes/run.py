"""--diff and --fix over a run: each letter's fixes shown as a diff, or written back."""

from __future__ import annotations

import functools
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from replylint.errors import InputError
from replylint.files import replace_file
from replylint.fixes.apply import fix_text, unified_diff
from replylint.letter import Context, Letter

if TYPE_CHECKING:
    from replylint.engine import Input, Options
    from replylint.findings import FileResult
    from replylint.project import Outcome, Run
    from replylint.rules import Rule


def letter_for(item: Input, options: Options) -> Letter:
    """Read a letter with the context a run gives it (--rejection); raise InputError."""
    from replylint.engine import read_letter

    letter = read_letter(item)
    if options.rejection:
        letter.context.merge(_rejection(options.rejection))
    return letter


@functools.cache
def _rejection(path: str) -> Context:
    from replylint import sources

    return sources.read_rejection(path)


@functools.cache
def _rules(options: Options) -> dict[str, Rule]:
    from replylint.engine import resolve_rules

    return {rule.code: rule for rule in resolve_rules(options)}


class NotFixed(Exception):
    """A letter whose fixes cannot be shown or made; the message says why in one line."""


_BOM = "\ufeff"


class Fixing:
    """A run with its fixes shown (--diff) or made (--fix).

    ``say`` gets one line per note (what was fixed, or why not). ``unreadable`` counts
    files that could not be read or written and ``failing`` those with findings at or
    above their fail-on, as for a plain run.
    """

    def __init__(self, run: Run, say: Callable[[str], None]) -> None:
        self._run = run
        self._say = say
        self.unreadable = 0
        self.failing = 0

    def diffs(self) -> Iterator[str]:
        """Yield a unified diff per letter that has fixes; nothing is written."""
        for outcome in self._run.outcomes:
            result = outcome.result
            self._count(outcome, result)
            if result.error is not None:
                self._say(f"{result.path}: {result.error}")
                continue
            try:
                found = self._fixed(outcome, writing=False)
            except NotFixed as exc:
                self._say(f"{result.path}: {exc}")
                continue
            if found is not None:
                before, after, titles, bom = found
                yield unified_diff(result.path, before, after, titles, bom)

    def results(self) -> Iterator[FileResult]:
        """Fix every letter that has fixes and yield what remains in each, for the report."""
        for outcome in self._run.outcomes:
            result = outcome.result
            if result.error is None:
                result = self._fix(outcome)
            self._count(outcome, result)
            yield result

    def _count(self, outcome: Outcome, result: FileResult) -> None:
        self.unreadable += result.error is not None
        self.failing += any(f.severity >= outcome.fail_on for f in result.findings)

    def _fix(self, outcome: Outcome) -> FileResult:
        from replylint.project import lint_again

        result = outcome.result
        try:
            found = self._fixed(outcome, writing=True)
            if found is None:
                return result
            _, after, titles, bom = found
            data = (bom + after).encode("utf-8")
            write(Path(result.path), outcome.item.data, data)
        except NotFixed as exc:
            self._say(f"{result.path}: {exc}")
            return result
        except OSError as exc:
            self.unreadable += 1
            self._say(f"{result.path}: not fixed: cannot write it: {exc.strerror or exc}")
            return result
        self._say(f"{result.path}: fixed {_counted(titles)}")
        return lint_again(outcome, data)

    def _fixed(self, outcome: Outcome, writing: bool) -> tuple[str, str, list[str], str] | None:
        """Return the text before and after the fixes, what they did and the byte-order mark.

        None when there is nothing to fix; NotFixed when there is but it cannot be done.
        """
        result, item, options = outcome.result, outcome.item, outcome.options
        rules = _rules(options)
        if not any(rules[f.code].fix for f in result.findings if f.code in rules):
            return None
        if result.positions != "file":
            raise NotFixed("not fixed: its body is encoded (base64 or quoted-printable), "
                           "so the findings point into the decoded text, not the file")  # fmt: skip
        if writing and item.path == "-":
            raise NotFixed("not fixed: standard input cannot be written back (use --diff)")
        data = item.data.encode("utf-8") if isinstance(item.data, str) else item.data
        bom = _BOM if data.startswith(_BOM.encode("utf-8")) else ""
        try:
            letter = letter_for(item, options)
        except InputError as exc:
            raise NotFixed(f"not fixed: {exc}") from None

        def reread(text: str) -> Letter:
            return letter_for(replace(item, data=(bom + text).encode("utf-8")), options)

        after, titles = fix_text(letter, result.findings, rules, reread)
        return (letter.text, after, titles, bom) if after != letter.text else None


def _counted(titles: Sequence[str]) -> str:
    """Return "3 findings: RL101 blame-employer (2), RL201 missing-thanks" for a note."""
    rules = Counter(title.split(",")[0] for title in titles)
    each = ", ".join(rule if n == 1 else f"{rule} ({n})" for rule, n in rules.items())
    return f"{len(titles)} finding{'s' if len(titles) != 1 else ''}: {each}"


def write(path: Path, before: bytes, after: bytes) -> None:
    """Replace the file at ``path`` by ``after`` through a temporary file beside it.

    The file keeps its permissions; it is whole, old or new, whatever happens. A file
    that no longer holds ``before`` (edited since it was read) is left alone.
    """
    target = path.resolve()  # a symbolic link stays one: the file it points to is fixed
    if target.read_bytes() != before:
        raise NotFixed("not fixed: it changed while it was being checked")
    replace_file(target, (after,), target.stat().st_mode & 0o7777)
