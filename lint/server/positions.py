"""LSP positions: code-point offsets into a document to line and column, and back.

The column counts in the encoding the editor and server agreed on (UTF-16 unless
it chose UTF-8 or UTF-32); lines end only where LSP says they do.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from lsprotocol import types as t

#: The only line ends LSP knows (str.splitlines, which pygls uses, also ends lines at U+2028...).
_LINE_END = re.compile(r"\r\n|\r|\n")


def positions_at_offsets(
    text: str, offsets: Iterable[int], encoding: str | None
) -> dict[int, t.Position]:
    """Return the LSP position of each code-point offset into ``text``, walking it once.

    NOTE: pygls's client_position_at_offset splits the whole text again for every offset, which
    made a long letter with many findings take minutes to publish.
    """
    units = _unit_counter(encoding)
    ends = _LINE_END.finditer(text)
    next_line = next(ends, None)
    line = column = counted = 0  # `column` is in client units, up to the offset `counted`
    found = {}
    for offset in sorted(set(offsets)):
        at = min(max(offset, 0), len(text))
        while next_line is not None and next_line.end() <= at:
            line, column, counted = line + 1, 0, next_line.end()
            next_line = next(ends, None)
        column += units(text[counted:at])
        counted = at
        found[offset] = t.Position(line, column)
    return found


def offset_at_position(text: str, position: t.Position, encoding: str | None) -> int:
    """Return the code-point offset of an LSP position (at most its line's end, or the text's)."""
    ends = _LINE_END.finditer(text)
    start = 0
    for _ in range(position.line):
        end = next(ends, None)
        if end is None:
            return len(text)  # past the last line
        start = end.end()
    end = next(ends, None)
    line = text[start : end.start() if end else len(text)]
    if encoding == t.PositionEncodingKind.Utf32:
        return start + min(position.character, len(line))
    codec, width = ("utf-8", 1) if encoding == t.PositionEncodingKind.Utf8 else ("utf-16-le", 2)
    data = line.encode(codec, "surrogatepass")[: max(position.character, 0) * width]
    try:
        return start + len(data.decode(codec, "surrogatepass"))
    except UnicodeDecodeError as exc:  # the position cuts a character in two: before it
        return start + len(data[: exc.start].decode(codec, "surrogatepass"))


def _unit_counter(encoding: str | None):
    """Return a function counting a string's units in the position encoding (UTF-16 by default)."""
    if encoding == t.PositionEncodingKind.Utf32:
        return len
    if encoding == t.PositionEncodingKind.Utf8:
        return lambda chars: len(chars.encode("utf-8", "surrogatepass"))
    return lambda chars: len(chars.encode("utf-16-le", "surrogatepass")) // 2
