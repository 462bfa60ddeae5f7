"""Rule files: the built-in rules and the user's folders, read, validated and cached.

Every rule is loaded here (rules.validate checks each file's keys); names and codes
must be unique across all the files a run loads.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable
from pathlib import Path

from replylint.errors import ConfigError
from replylint.files import read_settings
from replylint.rules import Rule, builtin_rule_files, validate
from replylint.yamlfile import load_located


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
    rules = [load_rule_file(path) for path in files]
    _check_unique(rules)
    return tuple(sorted(rules, key=lambda rule: rule.code))


def clear_cache() -> None:
    """Forget loaded rule files (for a long-running process such as the server)."""
    _load_rules.cache_clear()


def load_rule_file(path: Path) -> Rule:
    """Load and validate one rule file."""
    return validate(path, load_located(path, read_settings(path, "rule file")))


def _check_unique(rules: list[Rule]) -> None:
    seen: dict[str, Rule] = {}
    for rule in rules:
        for ident in (rule.name, rule.code):
            if ident in seen:
                raise ConfigError(f"{rule.path}:1: '{ident}' is already used by {seen[ident].path}")
            seen[ident] = rule
