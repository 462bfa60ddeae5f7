"""Files the user named: read (regular files only, never more than a cap) and replaced whole."""

from __future__ import annotations

import os
import stat
import tempfile
from collections.abc import Iterable
from pathlib import Path

#: The most any rule file, configuration file or --rejection letter may hold.
SETTINGS_MAX_BYTES = 1024 * 1024


def read_capped(path: Path, limit: int) -> bytes:
    """Return the bytes of a regular file of at most ``limit`` bytes.

    Raise OSError for what is not a regular file (a pipe would block, a device would never
    end) or is larger than ``limit``, with a message fit to show the user.
    """
    mode = path.stat().st_mode
    if not stat.S_ISREG(mode):
        raise OSError(f"not a regular file ({_kind(mode)})")
    with path.open("rb") as handle:
        data = handle.read(limit + 1)
    if len(data) > limit:
        raise OSError(f"larger than {limit // 1024} KB")
    return data


def read_settings(path: Path, what: str) -> str:
    """Return a rule or configuration file's text; raise ConfigError "path:1: cannot read what"."""
    from replylint.errors import ConfigError

    try:
        return read_capped(path, SETTINGS_MAX_BYTES).decode("utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path}:1: cannot read {what}: {exc}") from None


def _kind(mode: int) -> str:
    if stat.S_ISFIFO(mode):
        return "a named pipe"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return "a folder" if stat.S_ISDIR(mode) else "not a file"


def replace_file(path: Path, pieces: Iterable[str] | Iterable[bytes], mode: int,
                 encoding: str | None = None) -> None:  # fmt: skip
    """Replace the file at ``path`` by ``pieces``, written to a temporary file beside it first.

    The new file gets the permissions ``mode``. Text pieces need an ``encoding``; bytes
    need none. Whatever stops the write (a full disk, Ctrl-C, a bug), the file at ``path``
    stays whole, old or new, and the temporary file goes.
    """
    descriptor, name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    temporary = Path(name)
    try:
        with os.fdopen(descriptor, "w" if encoding else "wb", encoding=encoding) as handle:
            for piece in pieces:
                handle.write(piece)
            # NOTE: inside the try, because a full disk often shows only when flushing
            handle.flush()
            os.fsync(handle.fileno())
        temporary.chmod(mode)
        temporary.replace(path)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise


def new_file_mode(path: Path) -> int:
    """Return the permissions for a file written at ``path``: the old file's, else the umask's."""
    try:
        return path.stat().st_mode & 0o7777
    except OSError:
        # NOTE: a temporary file is private (0600); a new file is as readable as any file
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask
