"""Checks every input passes, and decoding of text files."""

from __future__ import annotations

from replylint.errors import InputError

#: Largest input accepted; a reply is a few KB, so anything bigger is a mistake.
MAX_BYTES = 1024 * 1024


def too_large(size: int) -> str:
    """Return what is said of an input of ``size`` bytes, more than MAX_BYTES."""
    return f"file is too large ({size / 1e6:.1f} MB; the limit is {MAX_BYTES // 1024} KB)"


def check_bytes(data: bytes) -> None:
    """Raise InputError when ``data`` is too large, binary or empty."""
    if len(data) > MAX_BYTES:
        raise InputError(too_large(len(data)))
    if b"\x00" in data[:8192]:
        raise InputError("binary file (it contains NUL bytes), not a letter")
    if not data.strip():
        raise InputError("empty file: there is no letter to check")


def decode(data: bytes) -> str:
    """Return ``data`` as UTF-8 text (a byte-order mark is dropped), or raise InputError."""
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
