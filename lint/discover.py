"""Turn command-line paths into inputs: files as given, folders searched for letters."""

from __future__ import annotations

import os
import stat
import sys
from collections.abc import Iterable, Iterator
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from replylint.engine import Input
from replylint.sources import MAX_BYTES, READERS, too_large

if TYPE_CHECKING:  # pathspec is imported where a .gitignore is found
    from pathspec import GitIgnoreSpec

#: What a folder is searched for (a file named on the command line is read whatever it ends in).
LETTER_SUFFIXES = tuple(READERS)
#: The warning for a run that finds no letter (exit 0: an empty folder is no error).
NO_LETTER = (
    "replylint: warning: no letter to check in the paths given (folders are searched for "
    f"{', '.join(LETTER_SUFFIXES)} files; hidden, git-ignored and excluded ones are skipped)"
)


def inputs(paths: Iterable[str], stdin_name: str | None = None) -> Iterator[Input]:
    """Yield one Input per file, in a stable order; unreadable paths carry their error.

    '-' is standard input, under ``stdin_name`` if given (--stdin-filename): its ending
    picks the reader; without one, the text itself says whether it is an email.
    """
    for raw in paths:
        if raw == "-":
            data = sys.stdin.buffer.read(MAX_BYTES + 1)
            yield Input(stdin_name or "-", data, Path(stdin_name).suffix if stdin_name else "")
            continue
        path = Path(raw)
        if path.is_dir():
            for file in _walk(path):
                yield replace(_read(file), explicit=False)
        else:
            yield _read(path)


def _walk(folder: Path) -> Iterator[Path]:
    """Yield letter files below ``folder``, sorted; skip hidden and git-ignored ones, link loops."""
    seen: set[tuple[int, int]] = set()
    ignores: list[tuple[Path, GitIgnoreSpec]] = []
    for root, dirs, files in os.walk(folder, followlinks=False):
        here = Path(root)
        stat = here.stat()
        if (stat.st_dev, stat.st_ino) in seen:
            dirs[:] = []
            continue
        seen.add((stat.st_dev, stat.st_ino))
        if ".gitignore" in files:
            try:
                from pathspec import GitIgnoreSpec

                lines = (here / ".gitignore").read_text(encoding="utf-8").splitlines()
                ignores.append((here, GitIgnoreSpec.from_lines(lines)))
            except (OSError, UnicodeDecodeError):
                pass  # an unreadable .gitignore ignores nothing, as in git
        dirs[:] = sorted(
            d for d in dirs if not d.startswith(".") and not _ignored(here / d, True, ignores)
        )
        for name in sorted(files):
            path = here / name
            if (not name.startswith(".") and name.lower().endswith(LETTER_SUFFIXES)
                    and not _ignored(path, False, ignores)):  # fmt: skip
                yield path


def _ignored(path: Path, is_dir: bool, ignores: list[tuple[Path, GitIgnoreSpec]]) -> bool:
    """Return True when a .gitignore above ``path`` (within the walk) ignores it."""
    for base, spec in ignores:
        try:
            relative = path.relative_to(base).as_posix()
        except ValueError:
            continue
        if spec.match_file(relative + ("/" if is_dir else "")):
            return True
    return False


def _read(path: Path) -> Input:
    """Read one file's bytes (at most the size limit plus one byte, to detect huge files)."""
    suffix = path.suffix
    try:
        info = path.stat()
        if not stat.S_ISREG(info.st_mode):
            # NOTE: a named pipe would block the run forever, a device never end
            return Input(
                str(path), b"", suffix, error="not a regular file (a pipe, device or socket)"
            )
        size = info.st_size
        if size > MAX_BYTES:
            return Input(str(path), b"", suffix, error=too_large(size))
        with path.open("rb") as handle:
            # NOTE: read what the file holds (one byte more shows growth), never a 1 MB
            # buffer per file: each would stay mapped, and a folder of 60,000 letters
            # ran out of memory maps
            return Input(str(path), handle.read(size + 1), suffix)
    except FileNotFoundError:
        return Input(str(path), b"", suffix, error="no such file or folder")
    except OSError as exc:
        return Input(str(path), b"", suffix, error=f"cannot read: {exc.strerror or exc}")
