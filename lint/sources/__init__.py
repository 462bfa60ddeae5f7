"""Input readers: bytes of one file -> Letter. One module per input kind."""

from __future__ import annotations

from replylint.errors import InputError
from replylint.letter import Letter
from replylint.sources import plain

#: Largest input accepted; a reply is a few KB, so anything bigger is a mistake.
MAX_BYTES = 1024 * 1024

#: File name endings replylint reads, and the reader for each.
READERS = {".txt": plain.read, ".md": plain.read}


def decode(data: bytes) -> str:
    """Return ``data`` as text, or raise InputError saying why it is not a letter."""
    if len(data) > MAX_BYTES:
        raise InputError(
            f"file is too large ({len(data) / 1e6:.1f} MB; the limit is {MAX_BYTES // 1024} KB)"
        )
    if b"\x00" in data[:8192]:
        raise InputError("binary file (it contains NUL bytes), not a letter")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(
            f"not valid UTF-8 (byte 0x{data[exc.start]:02x} at offset {exc.start}); "
            "save the letter as UTF-8"
        ) from None
    if not text.strip():
        raise InputError("empty file: there is no letter to check")
    return text


def read(path: str, data: bytes, suffix: str) -> Letter:
    """Parse the bytes of one input into a Letter, choosing the reader by ``suffix``."""
    reader = READERS.get(suffix.lower(), plain.read)
    return reader(path, decode(data))
