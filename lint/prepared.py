"""Prepared data kept between runs: what every start would otherwise rebuild from files.

Reading and validating the rule files, and parsing the lemma and lexicon tables, cost a
start more than a tenth of a second; their results are stored once in the user's cache
folder (``~/.cache/replylint/prepared`` on Linux; ``REPLYLINT_PREPARED_DIR`` moves it,
and set empty turns it off) under a key made of everything they are built from: the
files' contents or sizes and times, replylint's own code, its version and Python's.
A changed input gives a new key, so a stale entry is never read; a missing, damaged or
unwritable entry only costs the time to build it again. This is not the result cache
(``--no-cache``): it holds no findings, only what the files say. Entries are pickles,
so the folder must be the user's own, as a cache folder is.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import os
import pickle
import sys
import tempfile
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TypeVar

T = TypeVar("T")

#: The environment variable that moves the folder (empty: keep nothing).
ENV = "REPLYLINT_PREPARED_DIR"
#: Entries kept per kind (rules for several rule folders, say); the oldest go first.
KEEP = 8


def folder() -> Path | None:
    """Return where prepared data lives, or None when it is switched off."""
    chosen = os.environ.get(ENV)
    if chosen is not None:
        return Path(chosen) if chosen else None
    try:
        if sys.platform == "win32":
            base = os.environ.get("LOCALAPPDATA") or str(Path.home() / "AppData" / "Local")
        elif sys.platform == "darwin":
            base = str(Path.home() / "Library" / "Caches")
        else:
            base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    except RuntimeError:
        return None  # no home folder (a service account, a bare container): keep nothing
    return Path(base) / "replylint" / "prepared"


@functools.cache
def code_stamp() -> str:
    """Return a stamp of replylint's own code and version, and of Python's version.

    Sizes and times of the package's modules (not their bytes: a start must stay cheap),
    so an edited checkout never reads what older code prepared.
    """
    from replylint import __version__

    package = Path(__file__).parent
    parts = [__version__, sys.version]
    for source in sorted(package.rglob("*.py")):
        parts.append(file_stamp(source))
    return "\n".join(parts)


def file_stamp(path: Path | str) -> str:
    """Return a file's path, size and modification time (or that it is missing)."""
    try:
        info = Path(path).stat()
    except OSError:
        return f"{path}\0missing"
    return f"{path}\0{info.st_size}\0{info.st_mtime_ns}"


def module_stamp(name: str) -> str:
    """Return the stamp of an installed module's file, found without importing it."""
    import importlib.util

    spec = importlib.util.find_spec(name)
    origin = spec.origin if spec is not None else None
    return file_stamp(origin) if origin else f"{name}\0missing"


def key(parts: Iterable[str | bytes]) -> str:
    """Return the key for what is built from ``parts`` (code stamp included)."""
    digest = hashlib.sha256(code_stamp().encode())
    for part in parts:
        data = part.encode("utf-8", "surrogatepass") if isinstance(part, str) else part
        # NOTE: each part's length first, so that moving bytes between parts changes the key
        digest.update(len(data).to_bytes(8, "little") + data)
    return digest.hexdigest()[:40]


def load_or_build(kind: str, parts: Iterable[str | bytes], build: Callable[[], T]) -> T:
    """Return the value stored for ``parts`` under ``kind``, or build it and store it."""
    where = folder()
    if where is None:
        return build()
    path = where / f"{kind}-{key(parts)}.pickle"
    try:
        with path.open("rb") as handle:
            return pickle.load(handle)
    except Exception:
        pass  # missing, damaged, or written by another layout: build it again
    value = build()
    _store(path, value)
    return value


def _store(path: Path, value: object) -> None:
    """Write ``value`` to ``path`` whole or not at all; drop the oldest entries of its kind."""
    temporary: Path | None = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile("wb", dir=path.parent, delete=False,
                                         suffix=".tmp") as handle:  # fmt: skip
            temporary = Path(handle.name)
            pickle.dump(value, handle, protocol=pickle.HIGHEST_PROTOCOL)
        temporary.replace(path)
        temporary = None
        kind = path.name.rsplit("-", 1)[0]
        entries = sorted(path.parent.glob(f"{kind}-*.pickle"), key=_age)
        for old in entries[:-KEEP]:
            old.unlink(missing_ok=True)
    except (OSError, pickle.PicklingError, TypeError, ValueError):
        pass  # a read-only or full disk only costs the time to build again
    finally:
        if temporary is not None:
            with contextlib.suppress(OSError):
                temporary.unlink()


def _age(path: Path) -> float:
    try:
        return path.stat().st_mtime
    except OSError:
        return 0.0
