"""Configuration files: .replylint.yaml or [tool.replylint] in pyproject.toml, found upward."""

from __future__ import annotations

import functools
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from replylint.errors import ConfigError, brief, cut
from replylint.files import read_settings
from replylint.findings import Severity

#: File names searched in each folder, in this order, from a letter's folder upward.
FILE_NAMES = (".replylint.yaml", ".replylint.yml", "pyproject.toml")


@dataclass(frozen=True, slots=True)
class Config:
    """One configuration file's settings (paths already resolved against its folder)."""

    path: Path | None = None
    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    extend_select: tuple[str, ...] = ()
    severity: tuple[tuple[str, str], ...] = ()
    per_file_ignores: tuple[tuple[str, tuple[str, ...]], ...] = ()
    exclude: tuple[str, ...] = ()
    fail_on: str | None = None
    model: str | None = None
    acts: str | None = None
    max_words: int | None = None
    reply_window_hours: int | None = None
    generic_addresses: tuple[str, ...] = ()
    rules_dirs: tuple[str, ...] = ()
    #: Lines of keys, for errors found after loading (unknown rule names).
    lines: dict[str, int] = field(default_factory=dict, compare=False, hash=False)

    @property
    def root(self) -> Path:
        """Return the folder the file's globs and paths are relative to."""
        return self.path.parent if self.path else Path.cwd()

    def error(self, key: str, problem: str) -> ConfigError:
        """Return a ConfigError naming this file, the key's line and the problem."""
        return ConfigError(f"{self.path}:{self.lines.get(key, 1)}: {key}: {problem}")


#: key -> (type check, what is allowed), for messages like "fail-on: must be ...".
_KEYS: dict[str, tuple[Any, str]] = {
    "select": ("rules", "a list of rule names, codes or code prefixes"),
    "ignore": ("rules", "a list of rule names, codes or code prefixes"),
    "extend-select": ("rules", "a list of rule names, codes or code prefixes"),
    "severity": ("severity", "a mapping of rule names or codes to error, warning or info"),
    "per-file-ignores": ("per-file", "a mapping of file globs to lists of rules"),
    "exclude": ("strings", "a list of file globs"),
    "fail-on": ("level", "error, warning or info"),
    "model": ("string", "auto, blank or an installed spaCy pipeline package"),
    "acts": ("acts", "both, patterns or model"),
    "max-words": ("int", "a whole number above 0"),
    "reply-window-hours": ("int", "a whole number above 0"),
    "generic-addresses": ("strings", "a list of mailbox names such as careers or jobs"),
    "rules-dirs": ("strings", "a list of folders of rule files"),
}


def find(folder: Path) -> Path | None:
    """Return the nearest configuration file at or above ``folder``."""
    return _find(folder.resolve())


@functools.cache
def _find(folder: Path) -> Path | None:
    for name in FILE_NAMES:
        candidate = folder / name
        if candidate.is_file() and (name != "pyproject.toml" or _has_tool_section(candidate)):
            return candidate
    return None if folder.parent == folder else _find(folder.parent)


def find_cache_clear() -> None:
    """Forget found and loaded files (for a long-running process such as the server)."""
    _find.cache_clear()
    load.cache_clear()


def _has_tool_section(path: Path) -> bool:
    try:
        return re.search(r"^\[tool\.replylint\]", path.read_text(encoding="utf-8"),
                         re.MULTILINE) is not None  # fmt: skip
    except (OSError, UnicodeDecodeError):
        return False


@functools.cache
def load(path: Path) -> Config:
    """Read and validate one configuration file (raises ConfigError naming file and line)."""
    text = read_settings(path, "configuration")
    if path.name == "pyproject.toml":
        data, lines = _toml(path, text)
    else:
        data, lines = _yaml(path, text)
    if data is None:
        data = {}
    if not isinstance(data, dict):
        got = "a list" if isinstance(data, list) else brief(data)
        raise ConfigError(f"{path}:{getattr(data, 'line', 1)}: the configuration must be a "
                          f"mapping of keys to values (got {got})")  # fmt: skip
    return _validate(path, data, lines)


def _yaml(path: Path, text: str) -> tuple[Any, dict[str, int]]:
    from replylint.yamlfile import load_located

    data = load_located(path, text)
    # NOTE: a top-level list also has 'lines' (a list); only a mapping's are by key
    return data, dict(data.lines) if isinstance(data, dict) else {}


def _toml(path: Path, text: str) -> tuple[Any, dict[str, int]]:
    if sys.version_info >= (3, 11):
        import tomllib
    else:  # pragma: no cover - Python 3.10
        import tomli as tomllib
    # tomllib keeps no positions, so find each key's line in the [tool.replylint] table.
    lines: dict[str, int] = {}
    again: list[tuple[str, int]] = []
    start = re.search(r"^\[tool\.replylint\]", text, re.MULTILINE)
    if start:
        offset = text.count("\n", 0, start.start()) + 1
        for number, line in enumerate(text[start.start() :].splitlines()[1:], offset + 1):
            if line.startswith("["):
                break
            key = re.match(r'\s*"?([\w-]+)"?\s*=', line)
            if key and key.group(1) in lines:
                again.append((key.group(1), number))
            elif key:
                lines[key.group(1)] = number
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        if again:  # TOML forbids it too, but its message names neither key nor table
            key, number = again[0]
            raise ConfigError(f"{path}:{number}: duplicate key {brief(key)} "
                              f"(first at line {lines[key]})") from None  # fmt: skip
        raise ConfigError(f"{path}: not valid TOML: {exc}") from None
    tool = data.get("tool", {})
    if not isinstance(tool, dict):
        line = _toml_line(text, r"tool\s*=")
        raise ConfigError(f"{path}:{line}: tool: must be a table, such as [tool.replylint] "
                          f"(got {brief(tool)})")  # fmt: skip
    section = tool.get("replylint", {})
    if not isinstance(section, dict):
        line = _toml_line(text, r"(tool\s*\.\s*)?replylint\s*=")
        raise ConfigError(f"{path}:{line}: tool.replylint: must be a table of settings "
                          f"(got {brief(section)})")  # fmt: skip
    return section, lines


def _toml_line(text: str, key: str) -> int:
    """Return the number of the first line assigning ``key`` (a regex), else 1."""
    found = re.search(rf"^[ \t]*{key}", text, re.MULTILINE)
    return text.count("\n", 0, found.start()) + 1 if found else 1


def _validate(path: Path, data: dict[str, Any], lines: dict[str, int]) -> Config:
    def fail(key: str, problem: str) -> ConfigError:
        return ConfigError(f"{path}:{lines.get(key, 1)}: {cut(key)}: {problem}")

    values: dict[str, Any] = {}
    for key, value in data.items():
        if key not in _KEYS:
            raise fail(key, f"unknown key; allowed: {', '.join(sorted(_KEYS))}")
        kind, allowed = _KEYS[key]
        ok = {
            "rules": _is_strings, "strings": _is_strings, "string": lambda v: isinstance(v, str),
            "int": lambda v: isinstance(v, int) and not isinstance(v, bool) and v > 0,
            "level": lambda v: isinstance(v, str) and v in {s.label for s in Severity},
            "acts": lambda v: isinstance(v, str) and v in ("both", "patterns", "model"),
            "severity": lambda v: isinstance(v, dict) and all(
                isinstance(k, str) and isinstance(x, str) and x in {s.label for s in Severity}
                for k, x in v.items()),
            "per-file": lambda v: isinstance(v, dict) and all(
                isinstance(k, str) and _is_strings(x) for k, x in v.items()),
        }[kind](value)  # fmt: skip
        if not ok:
            raise fail(key, f"must be {allowed} (got {brief(value)})")
        values[key] = value

    root = path.parent
    rules_dirs = tuple(str((root / d).resolve()) for d in values.get("rules-dirs", ()))
    for folder in rules_dirs:
        # NOTE: said here, so that the error names this file and not only the folder
        # (found by tests/test_fuzz.py)
        if not Path(folder).is_dir():
            raise fail("rules-dirs", f"{cut(folder)}: no such folder")
    return Config(
        path=path,
        select=tuple(values.get("select", ())),
        ignore=tuple(values.get("ignore", ())),
        extend_select=tuple(values.get("extend-select", ())),
        severity=tuple(sorted(values.get("severity", {}).items())),
        per_file_ignores=tuple(
            (glob, tuple(rules)) for glob, rules in values.get("per-file-ignores", {}).items()
        ),
        exclude=tuple(values.get("exclude", ())),
        fail_on=values.get("fail-on"),
        model=values.get("model"),
        acts=values.get("acts"),
        max_words=values.get("max-words"),
        reply_window_hours=values.get("reply-window-hours"),
        generic_addresses=tuple(a.lower() for a in values.get("generic-addresses", ())),
        rules_dirs=rules_dirs,
        lines=lines,
    )


def _is_strings(value: Any) -> bool:
    return isinstance(value, list) and all(isinstance(v, str) for v in value)


def matches(config: Config, path: str, globs: tuple[str, ...]) -> bool:
    """Return True when ``path`` matches one of ``globs`` (relative to the config's folder)."""
    from pathspec import GitIgnoreSpec

    try:
        relative = Path(path).resolve().relative_to(config.root.resolve()).as_posix()
    except ValueError:
        relative = Path(path).as_posix()
    return GitIgnoreSpec.from_lines(globs).match_file(relative)


def check_rule_names(config: Config, rules: list) -> None:
    """Raise ConfigError (file:line) for a rule name or code in the file that matches nothing."""
    from replylint.engine import nearest, selects

    per_file = tuple(r for _, names in config.per_file_ignores for r in names)
    keyed = [("select", config.select), ("ignore", config.ignore),
             ("extend-select", config.extend_select),
             ("severity", tuple(name for name, _ in config.severity)),
             ("per-file-ignores", per_file)]  # fmt: skip
    for key, idents in keyed:
        for ident in idents:
            if not any(selects(ident, rule) for rule in rules):
                raise config.error(key, f"no rule is named or coded '{cut(ident)}'"
                                        f"{nearest(ident, rules)}")  # fmt: skip
