"""Input readers: bytes of one file -> Letter. One module per input kind."""

from __future__ import annotations

from replylint.letter import Context, Letter
from replylint.sources import plain, quote
from replylint.sources.text import MAX_BYTES, check_bytes, decode, too_large

__all__ = ["MAX_BYTES", "READERS", "read", "read_rejection", "too_large"]


def _read_email(path: str, data: bytes) -> Letter:
    # NOTE: the email reader (and the standard library's email policies and HTML parser
    # behind it) is imported only for an email: a few hundredths of a second of a start
    from replylint.sources import email

    return email.read(path, data)


#: File name endings replylint reads, and the reader for each.
READERS = {".txt": plain.read, ".md": plain.read, ".eml": _read_email}


def read(path: str, data: bytes, suffix: str) -> Letter:
    """Parse the bytes of one input into a Letter, choosing the reader by ``suffix``.

    An input whose name says nothing (standard input, 'draft', 'reply.text') is read
    as an email when it starts with an email's headers, else as plain text.
    """
    check_bytes(data)
    reader = READERS.get(suffix.lower())
    if reader is None:
        from replylint.sources import email

        reader = email.read if email.has_headers(data) else plain.read
    return reader(path, data)


def read_rejection(path: str) -> Context:
    """Return the context a separate rejection letter (.txt or .eml) gives (--rejection)."""
    from pathlib import Path

    from replylint.errors import ConfigError, InputError
    from replylint.files import read_capped

    try:
        data = read_capped(Path(path), MAX_BYTES)
        check_bytes(data)
        if path.lower().endswith(".eml"):
            from replylint.sources import email

            return email.rejection_context(data)
        return quote.signature_context(decode(data))
    except OSError as exc:
        raise ConfigError(f"--rejection: {path}: cannot read: {exc.strerror or exc}") from None
    except InputError as exc:
        raise ConfigError(f"--rejection: {path}: {exc}") from None
