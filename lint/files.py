"""Reading a file the user named: regular files only, and never more than a cap."""

from __future__ import annotations

import stat
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


def _kind(mode: int) -> str:
    if stat.S_ISFIFO(mode):
        return "a named pipe"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return "a folder" if stat.S_ISDIR(mode) else "not a file"
