"""Text from files and letters made safe to print or serialise, the same way in every format.

Two things can break a report. A file name that is not valid UTF-8 arrives as lone
surrogates (Python's surrogateescape), which no UTF-8 stream, JSON file or XML document
can hold; it is written as ``\\xe9``, the byte it stands for, in every format. And a
letter can hold characters a terminal, a log viewer or an XML parser acts on instead of
showing (escape sequences, BEL, form feeds, line separators, bidirectional overrides);
the human formats show those as escapes too (``\\x1b``, ``\\u2028``), so what the report
prints is what the letter holds and nothing in the letter can restyle or rewrite it.
"""

from __future__ import annotations

import json
import re

#: Lone surrogates: the undecodable bytes of a file name, or a broken string.
_SURROGATES = re.compile("[\ud800-\udfff]")
#: What is acted on rather than shown: C0 and C1 controls and DEL (\t, \n and \r too:
#: a finding is one line), line and paragraph separators, the bidirectional embeddings,
#: overrides and isolates (they reorder what is shown), the two non-characters XML 1.0
#: forbids, and lone surrogates.
_HIDDEN = re.compile(
    "[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufffe\uffff\ud800-\udfff]"
)
_NAMED = {"\t": "\\t", "\n": "\\n", "\r": "\\r"}
#: Letter text in a message is cut here (quotes are already cut at 200 characters; this
#: catches the rest, such as a name from the letter's front matter).
MESSAGE_MAX = 1000


def _escape(match: re.Match[str]) -> str:
    char = match.group()
    code = ord(char)
    if 0xDC80 <= code <= 0xDCFF:
        return f"\\x{code - 0xDC00:02x}"  # the undecodable byte itself, as Python shows it
    if char in _NAMED:
        return _NAMED[char]
    return f"\\x{code:02x}" if code <= 0xFF else f"\\u{code:04x}"


def name(text: str) -> str:
    """Return ``text`` with undecodable bytes written as \\xNN (for machine formats)."""
    return _SURROGATES.sub(_escape, text)


def shown(text: str, limit: int | None = None) -> str:
    """Return ``text`` fit to print: hidden characters escaped, at most ``limit`` long first."""
    if limit is not None and len(text) > limit:
        text = text[: limit - 1] + "…"
    return _HIDDEN.sub(_escape, text)


def dumps(document: object) -> str:
    """Return ``document`` as indented JSON that is always valid UTF-8."""
    text = json.dumps(document, indent=2, ensure_ascii=False)
    # NOTE: json.dumps leaves lone surrogates raw inside strings; their escape, JSON-quoted
    # in turn, keeps the document valid and decodes to the same \xNN as everywhere else.
    return _SURROGATES.sub(lambda m: json.dumps(_escape(m))[1:-1], text) + "\n"


def nested(document: object, spaces: int) -> str:
    """Return ``document`` as indented JSON (as ``dumps``), every line ``spaces`` further in.

    NOTE: not textwrap.indent, which also cuts lines at U+2028, U+0085 and the like, left
    raw inside JSON strings, and so put spaces into the letter's text (found by
    tests/test_fuzz.py); in JSON only LF ends a line.
    """
    pad = " " * spaces
    return "\n".join(pad + line for line in dumps(document).rstrip("\n").split("\n"))
