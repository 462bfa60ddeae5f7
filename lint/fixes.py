"""Quick fixes: declared in a rule's `fix:`, built here for the server, --diff and --fix."""

from __future__ import annotations

import bisect
import difflib
import functools
import os
import re
import string
import tempfile
from collections import Counter
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from replylint.errors import ConfigError, InputError, brief
from replylint.letter import PART_NAMES, Context, Letter, Span

if TYPE_CHECKING:
    from replylint.engine import Input, Options
    from replylint.findings import FileResult, Finding
    from replylint.project import Outcome, Run
    from replylint.rules import Rule


@dataclass(frozen=True, slots=True)
class Fix:
    """One way to fix a rule's finding, as its rule file declares it."""

    kind: str
    #: What to insert or put in place; may name the PLACEHOLDERS.
    text: str = ""
    #: What the editor and --diff call the fix (default: from the kind and the text).
    title: str = ""
    #: A regular expression the flagged words must contain for this fix to apply.
    when: str | None = None
    #: The letter part the finding must be, whole, for this fix to apply.
    part: str | None = None


@dataclass(frozen=True, slots=True)
class Edit:
    """One change to a letter: file offsets [start, end) become ``text``."""

    start: int
    end: int
    text: str
    title: str
    rule: str
    code: str


# --- declaring: the `fix:` key of a rule file --------------------------------------------

#: The kinds of fix, and what each does (the one table: errors list it, a test holds README to it).
KINDS = {
    "remove-sentence": "remove the sentence that holds the finding",
    "insert-start": "add `text` at the start of the body, after the greeting",
    "insert-end": "add `text` at the end of the body, before the sign-off",
    "replace-with": "put `text` in place of the flagged words",
}
#: Values a fix's text and title may name; a fix whose value is unknown is not offered.
PLACEHOLDERS = ("company", "signers", "match")
_INSERTS = frozenset({"insert-start", "insert-end"})
_KEYS = ("kind", "text", "title", "when", "part")
#: Keys that narrow where a fix applies, so they need a finding with words of its own.
_NARROWING = ("when", "part")


def parse(value: Any, line: int, fail: Callable[[str, int], ConfigError]) -> tuple[Fix, ...]:
    """Validate a rule file's `fix:` value (a mapping or a list of them); raise ``fail(...)``."""
    if isinstance(value, list):
        if not value:
            raise fail("must be a mapping with 'kind', or a list of them", line)
        lines = getattr(value, "lines", [line] * len(value))
        pairs = zip(value, lines, strict=True)
        return tuple(_parse_one(entry, where, fail) for entry, where in pairs)
    return (_parse_one(value, line, fail),)


def _parse_one(entry: Any, line: int, fail: Callable[[str, int], ConfigError]) -> Fix:
    if not isinstance(entry, dict):
        raise fail(f"each fix must be a mapping with 'kind' (got {brief(entry)})", line)

    def at(key: str) -> int:
        return getattr(entry, "lines", {}).get(key, getattr(entry, "line", 0) or line)

    for key in entry:
        if key not in _KEYS:
            raise fail(f"{key}: unknown key; allowed: {', '.join(_KEYS)}", at(key))
    kind = entry.get("kind")
    if not isinstance(kind, str) or kind not in KINDS:
        raise fail(f"kind: must be one of {', '.join(KINDS)} (got {brief(kind)})", at("kind"))
    text = entry.get("text")
    if kind == "remove-sentence":
        if "text" in entry:
            raise fail("text: remove-sentence takes no text", at("text"))
        text = ""
    elif not isinstance(text, str) or not text.strip():
        raise fail(f"text: {kind} needs the words to put in, as a string", at("text"))
    title = entry.get("title", "")
    if not isinstance(title, str) or ("title" in entry and not title.strip()):
        raise fail("title: must be a short line saying what the fix does", at("title"))
    for key, words in (("text", text), ("title", title)):
        problem = _template_problem(words)
        if problem:
            raise fail(f"{key}: {problem}", at(key))
    for key in _NARROWING:
        if key in entry and kind in _INSERTS:
            raise fail(f"{key}: only means something with replace-with or remove-sentence",
                       at(key))  # fmt: skip
    when = entry.get("when")
    if when is not None:
        if not isinstance(when, str) or not when:
            raise fail("when: must be a regular expression (a string)", at("when"))
        try:
            re.compile(when)
        except re.error as exc:
            raise fail(f"when: not a regular expression: {exc}", at("when")) from None
    part = entry.get("part")
    if part is not None and part not in PART_NAMES:
        raise fail(f"part: must be one of {', '.join(PART_NAMES)} (got {brief(part)})", at("part"))
    return Fix(kind=kind, text=text, title=title, when=when, part=part)


def _template_problem(words: str) -> str | None:
    """Return what is wrong with a fix's text or title, or None."""
    if "\n" in words or "\r" in words:
        return "must be one line"
    try:
        fields = [name for _, name, _, _ in string.Formatter().parse(words) if name is not None]
    except ValueError as exc:  # a lone brace: "{{" and "}}" write braces
        return f"{exc} (write a brace as {{{{ or }}}})"
    for name in fields:
        if name not in PLACEHOLDERS:
            allowed = ", ".join("{" + p + "}" for p in PLACEHOLDERS)
            return f"unknown placeholder {{{name}}}; allowed: {allowed}"
    return None


# --- building: one finding -> one edit ----------------------------------------------------


def edit_for(letter: Letter, rule: Rule, start: int, end: int) -> Edit | None:
    """Return the edit fixing ``rule``'s finding at [start, end), or None when none is safe."""
    if letter.positions != "file" or not 0 <= start <= end <= len(letter.text):
        return None  # the offsets would not point into the file
    for fix in rule.fix:
        edit = _build(letter, rule, fix, start, end)
        # NOTE: whatever a fix declares, it never edits front matter, headers or the quote
        if edit is not None and letter.own.start <= edit.start <= edit.end <= letter.own.end:
            return edit
    return None


def _build(letter: Letter, rule: Rule, fix: Fix, start: int, end: int) -> Edit | None:
    flagged = letter.text[start:end]
    if fix.when is not None and not re.search(fix.when, flagged):
        return None
    if fix.part is not None and letter.parts.get(fix.part) != Span(start, end):
        return None
    values = _values(letter.context, flagged, frozenset(rule.options.get("generic", ())))
    text = _fill(fix.text, values)
    if text is None:
        return None  # it names something the letter's context does not tell
    found = _BUILDERS[fix.kind](letter, _areas(letter, rule), start, end, text)
    if found is None:
        return None
    at, stop, new_text = found
    # a removal is named by what it removes: a line often has several ("Remove ..." twice)
    shown = letter.text[at:stop] if fix.kind == "remove-sentence" else text
    title = _fill(fix.title, values) if fix.title else _default_title(fix.kind, shown)
    if title is None:
        return None
    return Edit(at, stop, new_text, title, rule.name, rule.code)


def _values(context: Context, flagged: str, generic: frozenset[str]) -> dict[str, str | None]:
    """Return what each placeholder stands for in this letter (None: not known).

    ``generic`` names more shared mailboxes (careers@ and the like), as wrong-recipient's
    option does: a "Careers Team" signature is nobody to address.
    """
    from replylint.custom._people import is_generic_mailbox

    # NOTE: only full names: "Dear Dana Whitfield," is right where "Dear Dana," may be too
    # familiar, and a bare address is no greeting at all
    signers = [" ".join(p.name.split()) for p in context.signers
               if len(p.name.split()) > 1 and not is_generic_mailbox(p.address, generic)
               ]  # fmt: skip
    company = " ".join((context.company or "").split())
    return {
        "company": company or None,
        "signers": " and ".join(signers[:2]) or None,
        "match": " ".join(flagged.split()) or None,
    }


def _fill(template: str, values: Mapping[str, str | None]) -> str | None:
    """Return ``template`` with its placeholders filled, or None when one is unknown."""
    names = {name for _, name, _, _ in string.Formatter().parse(template) if name}
    if any(values.get(name) is None for name in names):
        return None
    return template.format(**values)


def _default_title(kind: str, text: str) -> str:
    """Say what a fix without a declared title does, quoting (the start of) its text."""
    text = " ".join(text.split())
    shown = text if len(text) <= 60 else text[:59].rstrip() + "…"
    if kind == "remove-sentence":
        return f'Remove "{shown}"'
    return f'Add "{shown}"' if kind in _INSERTS else f'Replace with "{shown}"'


def _areas(letter: Letter, rule: Rule) -> list[Span]:
    """Return the parts a fix of ``rule`` may edit: those it looks at (a signature by name)."""
    names = [*rule.scope]
    if "letter" in names:
        names += ["salutation", "body", "closing"]
    return [letter.parts[name] for name in PART_NAMES if name in names and name in letter.parts]


#: What ends a sentence: stops, then closing quotes or brackets, then a space or the end.
_SENTENCE_END = re.compile(r"[.!?]+[\"'”’)\]]*(?=\s|$)")
_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\r?\n")
_WORD = re.compile(r"\S")
#: Words whose full stop ends no sentence ("Ms. Whitfield").
_ABBREVIATIONS = frozenset({"mr", "mrs", "ms", "mx", "dr", "prof", "st", "jr", "sr", "vs",
                            "e.g", "i.e", "approx", "dept", "no"})  # fmt: skip
_LAST_WORD = re.compile(r"([\w.]+)\.$")


def _is_sentence_end(text: str, match: re.Match) -> bool:
    if text[match.start()] != ".":
        return True
    word = _LAST_WORD.search(text, max(0, match.start() - 24), match.start() + 1)
    if word is None:
        return True
    word_text = word.group(1).lower()
    return word_text not in _ABBREVIATIONS and not (len(word_text) == 1 and word_text.isalpha())


def _remove_sentence(letter: Letter, areas: list[Span], start: int, end: int, _text: str
                     ) -> tuple[int, int, str] | None:  # fmt: skip
    """Cut the sentence holding [start, end), with the space or blank line it leaves."""
    text = letter.text
    area = next((a for a in areas if a.covers(start, end)), None)
    if area is None or start == end:
        return None  # the finding is not in the writer's own words this rule looks at
    ends, break_starts, break_ends = _sentences(text, area.start, area.end)
    before = bisect.bisect_right(ends, start) - 1
    begin = ends[before] if before >= 0 else area.start
    after = bisect.bisect_right(break_ends, start) - 1
    begin = max(begin, break_ends[after]) if after >= 0 else begin
    following = bisect.bisect_left(ends, end)
    stop = ends[following] if following < len(ends) else area.end
    paragraph = bisect.bisect_left(break_starts, end)
    if paragraph < len(break_starts) and break_starts[paragraph] < stop:
        stop = break_starts[paragraph]
    while begin < start and text[begin].isspace():
        begin += 1
    while stop > end and text[stop - 1].isspace():
        stop -= 1
    line_start = text.rfind("\n", 0, begin) + 1
    newline = text.find("\n", stop)
    line_end = len(text) if newline < 0 else newline + 1
    words_after = _WORD.search(text, stop, line_end) is not None
    alone = not words_after and _WORD.search(text, line_start, begin) is None
    if alone and area.start <= line_start and line_end <= area.end:
        return _remove_lines(text, area, line_start, line_end)
    if words_after:  # more words follow on its line: take the space after
        while stop < area.end and text[stop] in " \t":
            stop += 1
    else:  # the last sentence on its line: take the space before
        while begin > area.start and text[begin - 1] in " \t":
            begin -= 1
    return begin, stop, ""


@functools.lru_cache(maxsize=4)
def _sentences(text: str, lowest: int, highest: int) -> tuple[list[int], list[int], list[int]]:
    """Return where sentences end, and where paragraph breaks start and end, in a part.

    NOTE: found once per part and text, so that a letter with thousands of findings
    costs each one a look-up, not a search of everything before it.
    """
    ends = [found.end() for found in _SENTENCE_END.finditer(text, lowest, highest)
            if _is_sentence_end(text, found)]  # fmt: skip
    breaks = list(_PARAGRAPH_BREAK.finditer(text, lowest, highest))
    return ends, [found.start() for found in breaks], [found.end() for found in breaks]


def _remove_lines(text: str, area: Span, first: int, stop: int) -> tuple[int, int, str]:
    """Cut whole lines [first, stop); a paragraph of its own takes one blank line along."""

    def blank_line_after(at: int) -> int | None:
        newline = text.find("\n", at, area.end)
        return newline + 1 if newline >= 0 and not _WORD.search(text, at, newline) else None

    previous = text.rfind("\n", 0, max(first - 1, 0)) + 1
    blank_before = first > area.start and not _WORD.search(text, previous, first)
    if blank_before:
        after = blank_line_after(stop)
        if after is not None:
            return first, after, ""
        if not _WORD.search(text, stop, area.end):
            return previous, stop, ""  # the last paragraph: the blank line above goes
    return first, stop, ""


#: A line that is only a name and a comma ("Greg,"): a greeting the parts did not see.
_NAME_GREETING = re.compile(r"[^\W\d_][\w'’.-]*(?:[ \t]+[^\W\d_][\w'’.-]*){0,3}[ \t]*[,:!]"
                            r"[ \t]*(?=\r?\n)")  # fmt: skip


def _insert_start(letter: Letter, _areas: list[Span], _start: int, _end: int, text: str
                  ) -> tuple[int, int, str] | None:  # fmt: skip
    """Put ``text`` before the first words of the body, in their paragraph."""
    body = letter.parts.get("body")
    chunk = letter.text[body.start : body.end] if body else ""
    if not chunk.strip():
        return None  # no body to put it in: better none than a sentence in the greeting
    at = _first_word(letter.text, body.start, body.end)
    greeting = _NAME_GREETING.match(letter.text, at, body.end)
    if greeting is not None and letter.text[greeting.end() : body.end].strip():
        at = _first_word(letter.text, greeting.end(), body.end)  # "Greg," is a greeting too
    return at, at, text + " "


def _first_word(text: str, start: int, end: int) -> int:
    """Return the offset of the first character in [start, end) that is not a space."""
    chunk = text[start:end]
    return start + len(chunk) - len(chunk.lstrip())


#: Text that ends a sentence, so that another may follow on the same line.
_ENDS_SENTENCE = re.compile(r"[.!?][\"'”’)\]]*$")
#: A last line that is only a name ("Sam", "Sam Lee"): a signature the parts missed.
_NAME_LINE = re.compile(r"[^\W\d_][\w'’.-]*(?:[ \t]+[^\W\d_][\w'’.-]*){0,2}")


def _insert_end(letter: Letter, _areas: list[Span], _start: int, _end: int, text: str
                ) -> tuple[int, int, str] | None:  # fmt: skip
    """Put ``text`` after the last words of the body, before the sign-off."""
    body = letter.parts.get("body")
    chunk = (letter.text[body.start : body.end] if body else "").rstrip()
    if not chunk.strip():
        return None
    breaks = list(_PARAGRAPH_BREAK.finditer(chunk))
    if breaks and _NAME_LINE.fullmatch(chunk[breaks[-1].end() :].strip()):
        chunk = chunk[: breaks[-1].start()].rstrip()  # go above a name standing alone
    at = body.start + len(chunk)
    if _ENDS_SENTENCE.search(chunk):
        return at, at, " " + text
    # NOTE: after words that end no sentence (a list, a link), a paragraph of its own
    newline = "\r\n" if "\r\n" in letter.text else "\n"
    return at, at, newline * 2 + text


def _replace_with(letter: Letter, areas: list[Span], start: int, end: int, text: str
                  ) -> tuple[int, int, str] | None:  # fmt: skip
    """Put ``text`` in place of the flagged words."""
    if start == end or not any(a.covers(start, end) for a in areas):
        return None
    return start, end, text


_BUILDERS = {
    "remove-sentence": _remove_sentence,
    "insert-start": _insert_start,
    "insert-end": _insert_end,
    "replace-with": _replace_with,
}
assert set(_BUILDERS) == set(KINDS)


# --- a letter's edits: planning, applying, showing ----------------------------------------


def fix_text(letter: Letter, findings: Sequence[Finding], rules: Mapping[str, Rule],
             reread: Callable[[str], Letter]) -> tuple[str, list[str]]:  # fmt: skip
    """Return the letter's text with every fix of ``findings`` made, and a line per fix.

    Cuts and replacements come first; the sentences to add are placed in what is left
    (``reread`` parses it), so that a sentence meant for the end of the body never lands
    where a paragraph was cut. A fix that would clash with one before it is left out:
    the report after it says what remains.
    """
    planned = _Planned(letter.text)
    titles: list[tuple[int, str]] = []
    inserts: list[tuple[int, Finding, Rule]] = []
    for index, finding in enumerate(findings):
        rule = rules.get(finding.code)
        if rule is None or (planned.cuts(finding.start.offset, finding.end.offset)
                            and not any(fix.kind in _INSERTS for fix in rule.fix)):  # fmt: skip
            continue  # another fix already cuts its sentence
        edit = edit_for(letter, rule, finding.start.offset, finding.end.offset)
        if edit is not None and edit.start == edit.end:
            inserts.append((index, finding, rule))
        elif edit is not None and (edit := planned.add(edit)) is not None:
            titles.append((index, _describe(finding, edit)))
    edits = planned.edits
    text = _apply(letter, edits)
    if inserts:
        try:
            letter = reread(text) if edits else letter
        except InputError:
            inserts = []  # nothing of the writer's own is left to add to
        added: list[Edit] = []
        for index, finding, rule in inserts:
            edit = edit_for(letter, rule, 0, 0)
            if edit is not None and not any(_clash(edit, other) for other in added):
                added.append(edit)
                titles.append((index, _describe(finding, edit)))
        text = _apply(letter, added)
    return text, [title for _, title in sorted(titles)]


def _describe(finding: Finding, edit: Edit) -> str:
    return f"{edit.code} {edit.rule}, line {finding.start.line}: {edit.title}"


class _Planned:
    """Cuts and replacements that do not clash, in order of place.

    NOTE: they never overlap, so a new one can clash only with its neighbours: a letter
    with thousands of findings costs no more than a few checks for each.
    """

    def __init__(self, text: str) -> None:
        self._text = text
        self.edits: list[Edit] = []
        self._places: list[tuple[int, int]] = []

    def cuts(self, start: int, end: int) -> bool:
        """Return True when a cut already takes [start, end) (and a finding there with it)."""
        at = bisect.bisect(self._places, (start, len(self._text) + 1)) - 1
        cut = self.edits[at] if at >= 0 else None
        return cut is not None and not cut.text and cut.start <= start and end <= cut.end

    def add(self, edit: Edit) -> Edit | None:
        """Keep ``edit`` (a cut less what its neighbours already cut); None if it clashes."""
        at = bisect.bisect(self._places, (edit.start, edit.end))
        before = self.edits[at - 1] if at else None
        after = self.edits[at] if at < len(self.edits) else None
        if not edit.text:
            # NOTE: neighbouring sentences each take a space along, so their cuts meet
            start, end = edit.start, edit.end
            if before is not None and not before.text and before.start <= start < before.end:
                start = before.end
            if after is not None and not after.text and after.start < end <= after.end:
                end = after.start
            if not self._text[start:end].strip():
                return None  # nothing of its own left: another fix takes its sentence
            edit = replace(edit, start=start, end=end)
        if any(other is not None and _clash(edit, other) for other in (before, after)):
            return None
        self.edits.insert(at, edit)
        self._places.insert(at, (edit.start, edit.end))
        return edit


def _clash(one: Edit, other: Edit) -> bool:
    """Return True when two edits touch the same text (or are the same insertion)."""
    if (one.start, one.end, one.text) == (other.start, other.end, other.text):
        return True
    return one.start < other.end and other.start < one.end


def _apply(letter: Letter, edits: Sequence[Edit]) -> str:
    """Return the letter's text with ``edits`` made (insertions at one place in order)."""
    text = letter.text
    pieces, at = [], 0
    for start, end, new_text in _joined(letter, edits):
        # NOTE: two cuts widened to whole lines may share a blank line
        pieces += [text[at : max(start, at)], new_text]
        at = max(at, end)
    pieces.append(text[at:])
    return "".join(pieces)


def _joined(letter: Letter, edits: Sequence[Edit]) -> list[tuple[int, int, str]]:
    """Return the edits as (start, end, text), cuts that meet joined into one.

    A run of cuts that empties its lines takes the lines along, as one cut would.
    """
    text = letter.text
    changes: list[tuple[int, int, str]] = []
    for edit in sorted(edits, key=lambda e: (e.start, e.end)):
        last = changes[-1] if changes else None
        if last is not None and not last[2] and not edit.text and edit.start <= last[1]:
            changes[-1] = (last[0], max(last[1], edit.end), "")
        else:
            changes.append((edit.start, edit.end, edit.text))
    for i, (start, end, new_text) in enumerate(changes):
        if new_text or start == end:
            continue
        line_start = text.rfind("\n", 0, start) + 1
        newline = text.find("\n", end)
        line_end = len(text) if newline < 0 else newline + 1
        whole = start == line_start and text[end - 1] == "\n"
        if whole or _WORD.search(text, line_start, start) or _WORD.search(text, end, line_end):
            continue
        area = next((a for a in letter.parts.values() if a.covers(start, end)), letter.own)
        if area.start <= line_start and line_end <= area.end:
            first, stop, _ = _remove_lines(text, area, line_start, line_end)
            changes[i] = (first, stop, "")
    return changes


def unified_diff(path: str, before: str, after: str, titles: Sequence[str], bom: str = "") -> str:
    """Return a unified diff from ``before`` to ``after``, headed by what each fix does."""
    lines = []
    for line in difflib.unified_diff(_lines(bom + before), _lines(bom + after), path, path):
        # NOTE: difflib leaves a last line without its line break as it is; patch needs
        # the marker, or the next line of the diff joins it
        lines.append(line if line.endswith("\n") else line + "\n\\ No newline at end of file\n")
    return "".join(f"# {title}\n" for title in titles) + "".join(lines) if lines else ""


def _lines(text: str) -> list[str]:
    """Split at LF only, keeping it (patch knows no other line end; CR stays in the line)."""
    return re.findall(r"[^\n]*\n|[^\n]+$", text)


# --- files: --diff and --fix over a run --------------------------------------------------


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
    mode = target.stat().st_mode & 0o7777
    descriptor, name = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.",
                                        suffix=".tmp")  # fmt: skip
    temporary = Path(name)
    try:
        with os.fdopen(descriptor, "wb") as handle:
            handle.write(after)
            handle.flush()
            os.fsync(handle.fileno())
        temporary.chmod(mode)
        temporary.replace(target)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
