"""Rule files: the built-in rules and the user's folders, read, validated and cached.

Every rule is loaded here (ruleschema.validate checks each file's keys); names and codes
must be unique across all the files a run loads. The validated rules are kept between
runs (see prepared.py), keyed by every file's path and contents.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable
from pathlib import Path

from replylint import prepared
from replylint.errors import ConfigError
from replylint.files import read_settings
from replylint.rules import Rule, builtin_rule_files
from replylint.ruleschema import validate


def load_rules(folders: Iterable[str | Path] = ()) -> list[Rule]:
    """Load the built-in rules plus every rule file in ``folders``; raise ConfigError."""
    return list(_load_rules(tuple(str(f) for f in folders)))


@functools.cache
def _load_rules(folders: tuple[str, ...]) -> tuple[Rule, ...]:
    # NOTE: cached because a run asks for the rules in several places (selection, the
    # configuration's rule names, the linter); a long-running server clears it.
    files = builtin_rule_files()
    for folder in folders:
        path = Path(folder)
        if not path.is_dir():
            raise ConfigError(f"{path}: rule folder does not exist")
        files.extend(sorted(path.glob("*.y*ml")))
    try:
        texts = [read_settings(path, "rule file") for path in files]
    except ConfigError:
        # an unreadable file: the first error in file order is the one to report
        _check_unique([load_rule_file(path) for path in files])
        raise
    parts = [prepared.module_stamp("yaml")]
    for path, text in zip(files, texts, strict=True):
        parts += [str(path), text]
    return prepared.load_or_build("rules", parts, lambda: _validated(files, texts))


def _validated(files: list[Path], texts: list[str]) -> tuple[Rule, ...]:
    from replylint.yamlfile import load_located

    rules = [validate(path, load_located(path, text))
             for path, text in zip(files, texts, strict=True)]  # fmt: skip
    _check_unique(rules)
    return tuple(sorted(rules, key=lambda rule: rule.code))


def clear_cache() -> None:
    """Forget loaded rule files (for a long-running process such as the server)."""
    _load_rules.cache_clear()


def load_rule_file(path: Path) -> Rule:
    """Load and validate one rule file."""
    from replylint.yamlfile import load_located

    return validate(path, load_located(path, read_settings(path, "rule file")))


def _check_unique(rules: list[Rule]) -> None:
    seen: dict[str, Rule] = {}
    for rule in rules:
        for ident in (rule.name, rule.code):
            if ident in seen:
                raise ConfigError(f"{rule.path}:1: '{ident}' is already used by {seen[ident].path}")
            seen[ident] = rule
