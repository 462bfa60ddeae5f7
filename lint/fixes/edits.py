"""One finding -> one edit: where each kind of fix cuts, inserts or replaces words."""

from __future__ import annotations

import bisect
import functools
import re
import string
from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING

from replylint.fixes.declared import INSERTS, KINDS, Fix
from replylint.letter import PART_NAMES, Context, Letter, Span

if TYPE_CHECKING:
    from replylint.rules import Rule


@dataclass(frozen=True, slots=True)
class Edit:
    """One change to a letter: file offsets [start, end) become ``text``."""

    start: int
    end: int
    text: str
    title: str
    rule: str
    code: str


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
    return f'Add "{shown}"' if kind in INSERTS else f'Replace with "{shown}"'


def _areas(letter: Letter, rule: Rule) -> list[Span]:
    """Return the parts a fix of ``rule`` may edit: those it looks at (a signature by name)."""
    names = [*rule.scope]
    if "letter" in names:
        names += ["salutation", "body", "closing"]
    return [letter.parts[name] for name in PART_NAMES if name in names and name in letter.parts]


#: What ends a sentence: stops, then closing quotes or brackets, then a space or the end.
_SENTENCE_END = re.compile(r"[.!?]+[\"'”’)\]]*(?=\s|$)")
_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\r?\n")
#: Any character of a word: a line without one is blank.
WORD = re.compile(r"\S")
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
    words_after = WORD.search(text, stop, line_end) is not None
    alone = not words_after and WORD.search(text, line_start, begin) is None
    if alone and area.start <= line_start and line_end <= area.end:
        return remove_lines(text, area, line_start, line_end)
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


def remove_lines(text: str, area: Span, first: int, stop: int) -> tuple[int, int, str]:
    """Cut whole lines [first, stop); a paragraph of its own takes one blank line along."""

    def blank_line_after(at: int) -> int | None:
        newline = text.find("\n", at, area.end)
        return newline + 1 if newline >= 0 and not WORD.search(text, at, newline) else None

    previous = text.rfind("\n", 0, max(first - 1, 0)) + 1
    blank_before = first > area.start and not WORD.search(text, previous, first)
    if blank_before:
        after = blank_line_after(stop)
        if after is not None:
            return first, after, ""
        if not WORD.search(text, stop, area.end):
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
