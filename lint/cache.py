"""Result cache: an unchanged letter under unchanged rules and options is not linted again.

The key is a hash of the letter's bytes, its file ending, the options, the rule files'
contents, the --rejection file and replylint's version. A result that depends on the
clock (a letter with no send date judged by late-reply) is never stored. The folder can
be deleted at any time.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import math
import tempfile
from pathlib import Path

from replylint import __version__
from replylint.engine import Input, Options
from replylint.findings import FileResult, Finding, Position, Severity

#: Where results are kept unless --cache-dir says otherwise (relative to the current folder).
DEFAULT_FOLDER = ".replylint_cache"


class Cache:
    """Results by key, one small JSON file each, in a folder the user may delete."""

    def __init__(self, folder: Path, options: Options) -> None:
        self.folder = folder
        self.fingerprint = fingerprint(options)

    def key(self, item: Input) -> str | None:
        """Return the item's key, or None when it has no content to key on."""
        if item.error or not isinstance(item.data, bytes):
            return None
        digest = hashlib.sha256(self.fingerprint.encode())
        digest.update(item.suffix.lower().encode() + b"\0" + item.data)
        return digest.hexdigest()

    def get(self, item: Input) -> FileResult | None:
        """Return the stored result for ``item`` (under its own path), or None."""
        key = self.key(item)
        if key is None:
            return None
        try:
            data = json.loads((self.folder / key[:2] / f"{key}.json").read_text(encoding="utf-8"))
            return _result(item.path, data)
        except (OSError, ValueError, RecursionError):
            return None  # missing or damaged (deep nesting too): lint again

    def put(self, item: Input, result: FileResult) -> None:
        """Store ``result`` for ``item`` (quietly skipping what can't be written)."""
        key = self.key(item)
        if key is None or not result.cacheable:
            return
        folder = self.folder / key[:2]
        temporary: Path | None = None
        try:
            folder.mkdir(parents=True, exist_ok=True)
            _mark(self.folder)
            with tempfile.NamedTemporaryFile("w", dir=folder, delete=False, suffix=".tmp",
                                             encoding="utf-8") as handle:  # fmt: skip
                temporary = Path(handle.name)
                json.dump(_data(result), handle, ensure_ascii=False)
            temporary.replace(folder / f"{key}.json")
            temporary = None
        except (OSError, TypeError, ValueError):
            pass  # a full or read-only disk only costs speed
        finally:
            # NOTE: a write that failed half way (ENOSPC) must not leave a file per run
            if temporary is not None:
                with contextlib.suppress(OSError):
                    temporary.unlink()


def fingerprint(options: Options) -> str:
    """Return what, besides the letter, decides its findings."""
    from replylint import acts as acts_module
    from replylint.rules import builtin_rule_files

    digest = hashlib.sha256(f"{__version__}\0{options!r}".encode())
    # The package's own code too, so that a changed check never answers from old results.
    package = Path(__file__).parent
    for source in sorted(package.rglob("*.py")):
        digest.update(source.read_bytes())
    model_file = Path(options.act_model) if options.act_model else acts_module.model_path()
    files = [model_file, *builtin_rule_files()] + [
        p for d in options.rule_dirs for p in sorted(Path(d).glob("*.y*ml"))
    ]
    for path in [*files, *([Path(options.rejection)] if options.rejection else [])]:
        try:
            digest.update(path.name.encode() + b"\0" + path.read_bytes())
        except OSError:
            digest.update(b"missing:" + str(path).encode())
    return digest.hexdigest()


def _mark(folder: Path) -> None:
    """Tell git and backup tools the folder is a cache (as other linters' caches do)."""
    for name, text in (("CACHEDIR.TAG", "Signature: 8a477f597d28d172789f06886806bc55\n"),
                       (".gitignore", "*\n")):  # fmt: skip
        path = folder / name
        if not path.exists():
            path.write_text(text, encoding="utf-8")


def _data(result: FileResult) -> dict:
    return {
        "error": result.error,
        "text": result.text,
        "positions": result.positions,
        "checked": list(result.checked) if result.checked is not None else None,
        "unknown": list(result.unknown),
        "warnings": [list(warning) for warning in result.warnings],
        "findings": [
            [f.rule, f.code, f.severity.label, f.message, [f.start.line, f.start.column,
             f.start.offset], [f.end.line, f.end.column, f.end.offset], f.text, f.suggestion,
             f.score]
            for f in result.findings
        ],
    }  # fmt: skip


#: What a stored result's offsets count in (see Letter.positions).
_POSITIONS = ("file", "body-start", "decoded-body")


def _result(path: str, data: object) -> FileResult:
    """Return the stored ``data`` as a result; raise ValueError unless every part is sound.

    A damaged entry (a half-written file, a file edited by hand, an old layout) must be
    a miss, never a crash in a formatter or a wrong report: so every value is checked.
    """
    keys = {"error", "text", "positions", "checked", "unknown", "warnings", "findings"}
    _require(isinstance(data, dict) and set(data) == keys)
    error, text, stored = data["error"], data["text"], data["findings"]
    checked, unknown = data["checked"], data["unknown"]
    _require(isinstance(data["warnings"], list) and all(
        isinstance(w, list) and len(w) == 2 and _whole(w[0]) and isinstance(w[1], str)
        for w in data["warnings"]))  # fmt: skip
    warnings = tuple((line, message) for line, message in data["warnings"])
    _require(error is None or isinstance(error, str))
    _require(text is None or isinstance(text, str))
    _require(data["positions"] in _POSITIONS and isinstance(stored, list))
    _require(checked is None or _names(checked))
    _require(_names(unknown))
    findings = tuple(_finding(item, len(text) if text is not None else None) for item in stored)
    return FileResult(path, findings, error, text, data["positions"],
                      checked=None if checked is None else tuple(checked),
                      unknown=tuple(unknown), warnings=warnings)  # fmt: skip


def _names(value: object) -> bool:
    return isinstance(value, list) and all(isinstance(v, str) for v in value)


def _finding(item: object, length: int | None) -> Finding:
    _require(isinstance(item, list) and len(item) == 9)
    rule, code, severity, message, start, end, text, suggestion, score = item
    start, end = _position(start), _position(end)
    _require(all(isinstance(v, str) for v in (rule, code, severity, message, text, suggestion)))
    _require(severity in {s.label for s in Severity})
    _require(score is None or (_number(score) and math.isfinite(score)))
    _require(start.offset <= end.offset and (length is None or end.offset <= length))
    return Finding(rule, code, Severity.parse(severity), message, start, end, text, suggestion,
                   score)  # fmt: skip


def _position(value: object) -> Position:
    _require(isinstance(value, list) and len(value) == 3 and all(_whole(v) for v in value))
    line, column, offset = value
    _require(line >= 1 and column >= 1 and offset >= 0)
    return Position(line, column, offset)


def _require(sound: bool) -> None:
    if not sound:
        raise ValueError("a damaged cache entry")


def _whole(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _number(value: object) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)
