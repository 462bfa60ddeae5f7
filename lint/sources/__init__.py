"""Input readers: bytes of one file -> Letter. One module per input kind."""

from __future__ import annotations

from replylint.letter import Context, Letter
from replylint.sources import email, plain, quote
from replylint.sources.text import MAX_BYTES, check_bytes, decode

__all__ = ["MAX_BYTES", "READERS", "read", "read_rejection"]

#: File name endings replylint reads, and the reader for each.
READERS = {".txt": plain.read, ".md": plain.read, ".eml": email.read}


def read(path: str, data: bytes, suffix: str) -> Letter:
    """Parse the bytes of one input into a Letter, choosing the reader by ``suffix``."""
    check_bytes(data)
    return READERS.get(suffix.lower(), plain.read)(path, data)


def read_rejection(path: str) -> Context:
    """Return the context a separate rejection letter (.txt or .eml) gives (--rejection)."""
    from pathlib import Path

    from replylint.errors import ConfigError, InputError
    from replylint.files import read_capped

    try:
        data = read_capped(Path(path), MAX_BYTES)
        check_bytes(data)
        if path.lower().endswith(".eml"):
            return email.rejection_context(data)
        return quote.signature_context(decode(data))
    except OSError as exc:
        raise ConfigError(f"--rejection: {path}: cannot read: {exc.strerror or exc}") from None
    except InputError as exc:
        raise ConfigError(f"--rejection: {path}: {exc}") from None
