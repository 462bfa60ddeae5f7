"""Where a regular expression can start: a quick scan before the full expression is tried.

Python's ``re`` tries every alternative of an expression at every position of the text,
unless the expression begins with a plain character; the built-in template-placeholder
rule (fourteen alternatives, several starting with ``\\b`` or a lookbehind) spent a
third of a millisecond per letter that way. ``finditer`` here gives the same matches
as ``pattern.finditer``: it jumps with a character class to the places a match can
begin and tries the expression only there.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]

#: Zero-width items: they look around but consume nothing.
_ZERO_WIDTH = (sre.AT, sre.ASSERT, sre.ASSERT_NOT)
_REPEATS = (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT)
#: The widest range of characters spelled out in a starting class.
_WIDEST = 256


@functools.cache
def starts(pattern: str, flags: int = 0) -> re.Pattern | None:
    """Return a class of the characters every match of ``pattern`` begins with, or None.

    None when that can't be told simply (any character, a category such as ``\\w``, a
    case-insensitive first character) or when the expression can match empty text.
    """
    try:
        parsed = sre_parse.parse(pattern, flags)
    except re.error:
        return None
    chars, empty = _first(parsed, parsed.state.flags)
    if chars is None or empty or not chars:
        return None
    return re.compile("[" + "".join(re.escape(c) for c in sorted(chars)) + "]")


def finditer(pattern: re.Pattern, begin: re.Pattern | None, text: str, pos: int, endpos: int
             ) -> Iterator[re.Match]:  # fmt: skip
    """Yield what ``pattern.finditer(text, pos, endpos)`` yields, trying only where
    ``begin`` (from starts()) matches.

    The same matches: a match found at a position is the one ``match`` finds there (both
    see the text before ``pos`` for ``\\b`` and lookbehinds), and no match is empty.
    """
    if begin is None:
        yield from pattern.finditer(text, pos, endpos)
        return
    search, match = begin.search, pattern.match
    while (found := search(text, pos, endpos)) is not None:
        at = found.start()
        matched = match(text, at, endpos)
        if matched is None:
            pos = at + 1
            continue
        yield matched
        pos = max(matched.end(), at + 1)


def _first(items, flags: int) -> tuple[set[str] | None, bool]:
    """Return the characters a match of the sequence ``items`` can begin with (None: any)
    and whether the sequence can match empty text."""
    chars: set[str] = set()
    for op, av in items:
        if op in _ZERO_WIDTH:
            continue
        if op is sre.LITERAL or op is sre.IN:
            if flags & re.IGNORECASE:
                return None, False
            got = {chr(av)} if op is sre.LITERAL else _charset(av)
            return (None if got is None else chars | got), False
        if op is sre.SUBPATTERN:
            _, add, remove, sub = av
            got, empty = _first(sub, (flags | add) & ~remove)
        elif op is sre.BRANCH:
            got, empty = set(), False
            for alternative in av[1]:
                some, can_be_empty = _first(alternative, flags)
                if some is None:
                    return None, False
                got |= some
                empty = empty or can_be_empty
        elif op in _REPEATS:
            low, _, sub = av
            got, empty = _first(sub, flags)
            empty = empty or low == 0
        elif op is sre.ATOMIC_GROUP:
            got, empty = _first(av, flags)
        else:
            return None, False
        if got is None:
            return None, False
        chars |= got
        if not empty:
            return chars, False
    return chars, True


def _charset(items) -> set[str] | None:
    """Return the characters of a class ``[...]``, or None for a negated or wide one."""
    chars: set[str] = set()
    for op, av in items:
        if op is sre.LITERAL:
            chars.add(chr(av))
        elif op is sre.RANGE and av[1] - av[0] < _WIDEST:
            chars.update(map(chr, range(av[0], av[1] + 1)))
        else:
            return None
    return chars
