"""The `fix:` key of a rule file: the kinds of quick fix and their validation."""

from __future__ import annotations

import re
import string
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from replylint.errors import ConfigError, brief
from replylint.letter import PART_NAMES


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


#: The kinds of fix, and what each does (the one table: errors list it, a test holds README to it).
KINDS = {
    "remove-sentence": "remove the sentence that holds the finding",
    "insert-start": "add `text` at the start of the body, after the greeting",
    "insert-end": "add `text` at the end of the body, before the sign-off",
    "replace-with": "put `text` in place of the flagged words",
}
#: Values a fix's text and title may name; a fix whose value is unknown is not offered.
PLACEHOLDERS = ("company", "signers", "match")
#: The kinds that add words rather than change the flagged ones.
INSERTS = frozenset({"insert-start", "insert-end"})
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
        if key in entry and kind in INSERTS:
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
