"""Turn command-line paths into inputs: files as given, folders searched for letters."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

from replylint.engine import Input
from replylint.sources import MAX_BYTES, READERS

#: What a folder is searched for (a file named on the command line is read whatever it ends in).
LETTER_SUFFIXES = tuple(READERS)


def inputs(paths: Iterable[str]) -> Iterator[Input]:
    """Yield one Input per file, in a stable order; unreadable paths carry their error."""
    for raw in paths:
        if raw == "-":
            yield Input("-", sys.stdin.buffer.read(MAX_BYTES + 1))
            continue
        path = Path(raw)
        if path.is_dir():
            for file in _walk(path):
                yield _read(file)
        else:
            yield _read(path)


def _walk(folder: Path) -> Iterator[Path]:
    """Yield letter files below ``folder``, sorted, skipping hidden folders and link loops."""
    seen: set[tuple[int, int]] = set()
    for root, dirs, files in os.walk(folder, followlinks=False):
        stat = Path(root).stat()
        if (stat.st_dev, stat.st_ino) in seen:
            dirs[:] = []
            continue
        seen.add((stat.st_dev, stat.st_ino))
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if not name.startswith(".") and name.lower().endswith(LETTER_SUFFIXES):
                yield Path(root) / name


def _read(path: Path) -> Input:
    """Read one file's bytes (at most the size limit plus one byte, to detect huge files)."""
    suffix = path.suffix
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            return Input(str(path), b"", suffix, error=(
                f"file is too large ({size / 1e6:.1f} MB; the limit is {MAX_BYTES // 1024} KB)"
            ))  # fmt: skip
        with path.open("rb") as handle:
            return Input(str(path), handle.read(MAX_BYTES + 1), suffix)
    except FileNotFoundError:
        return Input(str(path), b"", suffix, error="no such file or folder")
    except OSError as exc:
        return Input(str(path), b"", suffix, error=f"cannot read: {exc.strerror or exc}")
