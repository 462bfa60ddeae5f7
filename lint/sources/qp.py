"""Quoted-printable bodies decoded with the place in the file of every character.

The standard library decodes quoted-printable (``binascii.a2b_qp``) but keeps no trace
of where each byte came from; findings must point at the encoded text in the file, so
the body is decoded here the same way, byte by byte, with each byte's source kept.
"""

from __future__ import annotations

import codecs
import re

#: What "=" starts: an escaped byte, "==" (a broken encoder's "="), or a soft line break
#: ("=\n", or "=\r" up to the next "\n"); anything else leaves the "=" as it is.
_ESCAPE = re.compile(r"=(?:(?P<byte>[0-9A-Fa-f]{2})|(?P<equals>=)|(?P<soft>\r[^\n]*\n?|\n))?")


def decode(encoded: str, charset: str) -> tuple[str, list[int], list[int]] | None:
    """Return the text of a quoted-printable body and where each character is in ``encoded``.

    ``starts[i]`` and ``ends[i]`` are the offsets in ``encoded`` where character ``i``
    of the text begins and ends (an "é" written "=C3=A9" spans six). The rules are
    binascii.a2b_qp's (what the email package uses), so the text is the one it gives
    for charsets in which ASCII stands for itself. None when the charset is unknown or
    can't be decoded a part at a time.
    """
    try:
        codec = codecs.lookup(charset)
    except LookupError:
        return None
    chars: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    pending: list[tuple[int, int, int]] = []  # bytes not yet decoded: (byte, start, end)

    def flush() -> None:
        data = bytes(byte for byte, _, _ in pending)
        text = codec.decode(data, "replace")[0]
        # each character's bytes: re-encoding tells, when decoding went without a hitch
        sizes = [] if "\ufffd" in text else [len(codec.encode(c)[0]) for c in text]
        if sum(sizes) != len(data):
            text, sizes = _one_by_one(codec, data)
        first = 0
        start = end = pending[0][1]
        for char, size in zip(text, sizes, strict=True):
            if size:  # (a character of no bytes of its own shares the one before's place)
                start, end = pending[first][1], pending[first + size - 1][2]
                first += size
            chars.append(char)
            starts.append(start)
            ends.append(end)
        pending.clear()

    def literal(start: int, end: int) -> None:
        run = encoded[start:end]
        if not run:
            return  # two escapes in a row: the bytes of one character may go on
        if not run.isascii():
            # an 8-bit byte in the body: the email package reads its UTF-8 bytes
            pending.extend((byte, at, at + 1) for at in range(start, end)
                           for byte in encoded[at].encode("utf-8", "surrogateescape"))  # fmt: skip
            return
        if pending:
            flush()
        chars.append(run)
        starts.extend(range(start, end))
        ends.extend(range(start + 1, end + 1))

    at = 0
    try:
        for match in _ESCAPE.finditer(encoded):
            literal(at, match.start())
            at = match.end()
            if match["byte"]:
                pending.append((int(match["byte"], 16), match.start(), match.end()))
            elif match["equals"]:
                pending.append((ord("="), match.start(), match.end()))
            elif match["soft"] is None and match.end() < len(encoded):
                pending.append((ord("="), match.start(), match.end()))  # "=" for itself
            # a soft line break stands for nothing, nor does a lone "=" at the very end
        literal(at, len(encoded))
        if pending:
            flush()
    except UnicodeError:
        return None  # a charset such as UTF-16 that can't be decoded a part at a time
    return "".join(chars), starts, ends


def _one_by_one(codec: codecs.CodecInfo, data: bytes) -> tuple[str, list[int]]:
    """Return the text of ``data`` and how many bytes each character took (a byte at a time)."""
    decoder = codec.incrementaldecoder(errors="replace")
    text: list[str] = []
    sizes: list[int] = []
    size = 0
    for index in range(len(data)):
        out = decoder.decode(data[index : index + 1], final=index == len(data) - 1)
        size += 1
        if out:
            text.append(out)
            # several characters from one byte: the first takes the bytes, the rest none
            sizes += [size] + [0] * (len(out) - 1)
            size = 0
    return "".join(text), sizes
