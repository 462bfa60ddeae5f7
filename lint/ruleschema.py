"""The rule file schema: one file's data checked key by key and built into a Rule.

Every problem is a ConfigError saying ``path:line: key: what is allowed``; the keys a
check type adds are checked by that type (checks/<type>.py: KEYS, fields, check_rule).
"""

from __future__ import annotations

import re
import string
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from replylint import language
from replylint.errors import ConfigError, brief, cut
from replylint.findings import Severity
from replylint.fixes.declared import parse as parse_fix
from replylint.rules import SCOPES, Rule

#: The keys every rule file may have, whatever its check type.
COMMON_KEYS = {
    "name", "code", "extends", "severity", "scope", "message", "docs", "examples", "needs",
    "words", "fix", "languages",
}  # fmt: skip
_NAME = re.compile(r"^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$")
_CODE = re.compile(r"^[A-Z]{1,4}[0-9]{3}$")
# Token attributes that need more than the blank pipeline, and which component gives them.
_NEEDS_BY_ATTR = {
    "POS": "tagger", "TAG": "tagger", "MORPH": "tagger",
    "DEP": "parser", "HEAD": "parser", "SENT_START": None,
    "ENT_TYPE": "ner", "ENT_IOB": "ner", "ENT_ID": "ner", "ENT_KB_ID": "ner",
}  # fmt: skip

#: A word list's name, as ``$name`` refers to it in a token pattern.
_WORDS_NAME = re.compile(r"^[A-Za-z][\w-]*$")


def _with_words(item: Any, words: dict[str, list[str]]) -> Any:
    """Return ``item`` with each ``$name`` in an IN or NOT_IN list replaced by its words.

    ``IN: $be`` stands for the whole list, ``IN: [$be, seemed]`` for the list and more.
    Raise KeyError(name) for a list that is not defined.
    """
    if isinstance(item, list):
        return [_with_words(i, words) for i in item]
    if not isinstance(item, dict):
        return item
    out = {}
    for key, value in item.items():
        if key in ("IN", "NOT_IN") and isinstance(value, (str, list)):
            values = [value] if isinstance(value, str) else value
            expanded: list = []
            for v in values:
                if isinstance(v, str) and v.startswith("$"):
                    expanded.extend(words[v[1:]])
                else:
                    expanded.append(v)
            out[key] = expanded
        else:
            out[key] = _with_words(value, words)
    return out


#: A word with hyphens inside ("re-evaluate"): spaCy splits it into words and hyphens.
_HYPHENATED = re.compile(r"^\w+(?:-\w+)+$")


def _with_hyphens(patterns: tuple) -> Iterator[Any]:
    """Yield each pattern, then one more for each hyphenated word of its IN lists.

    A token is never "re-evaluate": spaCy reads it as "re", "-", "evaluate". So a list
    ``LEMMA: {IN: [reconsider, re-evaluate]}`` also yields the pattern with that token
    spelled out as those three (the last word keeps the list's attribute). Only a token
    that stands once (no OP, or "?") is spelled out.
    """
    for pattern in patterns:
        yield pattern
        if not isinstance(pattern, list):
            continue
        for i, token in enumerate(pattern):
            if not isinstance(token, dict) or token.get("OP", "?") != "?":
                continue
            for attr in ("LOWER", "LEMMA"):
                value = token.get(attr)
                if not isinstance(value, dict) or not isinstance(value.get("IN"), list):
                    continue
                for word in value["IN"]:
                    if isinstance(word, str) and _HYPHENATED.match(word):
                        *first, last = word.lower().split("-")
                        spelled = [t for w in first for t in ({"LOWER": w}, {"LOWER": "-"})]
                        yield [*pattern[:i], *spelled, {attr: last}, *pattern[i + 1 :]]


def validate(path: Path, data: Any) -> Rule:
    """Check ``data`` against the rule schema and build the Rule."""
    from replylint.checks import CHECK_TYPES

    def fail(key: str | None, problem: str, where: Any = None) -> ConfigError:
        line = where if isinstance(where, int) else getattr(data, "lines", {}).get(key, 1)
        prefix = f"{cut(key)}: " if key else ""
        return ConfigError(f"{path}:{line}: {prefix}{problem}")

    if not isinstance(data, dict):
        raise fail(None, "a rule file must be a mapping of keys to values", 1)

    check_name = data.get("extends")
    if not isinstance(check_name, str) or check_name not in CHECK_TYPES:
        where = data.lines.get("extends", 1)
        allowed = ", ".join(sorted(CHECK_TYPES))
        raise fail("extends", f"must be one of {allowed} (got {brief(check_name)})", where)
    check = CHECK_TYPES[check_name]

    allowed_keys = COMMON_KEYS | check.KEYS
    for key in data:
        if key not in allowed_keys:
            raise fail(key, f"unknown key; allowed: {', '.join(sorted(allowed_keys))}")
    for key in ("name", "code", "severity", "scope", "message", "docs", "examples"):
        if key not in data:
            raise fail(None, f"missing required key '{key}'", 1)
    for key in check.REQUIRED:
        if key not in data:
            raise fail(None, f"missing required key '{key}' (needed by extends: {check_name})", 1)

    name, code = data["name"], data["code"]
    if not isinstance(name, str) or not _NAME.match(name):
        raise fail("name", "must be kebab-case like 'blame-employer'")
    if name != path.stem:
        raise fail("name", f"must match the file name '{path.stem}'")
    if not isinstance(code, str) or not _CODE.match(code):
        raise fail("code", "must be letters then three digits, like 'RL101'")
    severity = data["severity"]
    if not isinstance(severity, str) or severity not in {s.label for s in Severity}:
        raise fail("severity", f"must be error, warning or info (got {brief(severity)})")
    scope = data["scope"]
    scope = (scope,) if isinstance(scope, str) else tuple(scope) if isinstance(scope, list) else ()
    if not scope or any(s not in SCOPES for s in scope):
        raise fail("scope", f"must be one or more of {', '.join(SCOPES)}")

    message = data["message"]
    if not isinstance(message, str) or not message.strip():
        raise fail("message", "must be a non-empty string")
    allowed_fields = {"match", *check.PLACEHOLDERS}
    try:
        fields = list(string.Formatter().parse(message))
    except ValueError as exc:
        # NOTE: "{" alone was a traceback at load time (found by tests/test_fuzz.py)
        raise fail("message", f"{exc} (write {{{{ and }}}} for a literal brace)") from None
    for _, field_name, format_spec, conversion in fields:
        if field_name is not None and field_name not in allowed_fields:
            raise fail(
                "message",
                f"unknown placeholder {{{field_name}}}; "
                f"allowed: {', '.join('{' + f + '}' for f in sorted(allowed_fields))}",
            )
        if field_name is not None and (format_spec or conversion):
            # "{match:d}" or "{match!z}" would fail only when the rule finds something
            raise fail("message", f"a placeholder is a name alone in braces, like {{{field_name}}}")

    docs = data["docs"]
    if (
        not isinstance(docs, dict)
        or set(docs) != {"what", "why", "instead"}
        or not all(isinstance(v, str) and v.strip() for v in docs.values())
    ):
        raise fail("docs", "must have exactly 'what', 'why' and 'instead', each a sentence")
    examples = data["examples"]
    if (
        not isinstance(examples, dict)
        or set(examples) - {"flag", "pass"}
        or not all(
            isinstance(v, list) and v and all(isinstance(s, str) for s in v)
            for v in examples.values()
        )
        or set(examples) != {"flag", "pass"}
    ):
        raise fail("examples", "must have 'flag' and 'pass', each a non-empty list of sentences")

    needs = data.get("needs", [])
    if not isinstance(needs, list) or any(n not in ("tagger", "parser", "ner") for n in needs):
        raise fail("needs", "must be a list of tagger, parser, ner")

    options = {key: data[key] for key in check.OPTIONS if key in data}
    if "options" in check.KEYS:
        options = data.get("options", {})
        if not isinstance(options, dict):
            raise fail("options", "must be a mapping of option names to whole numbers")
        options = dict(options)  # a plain dict: a rule carries no YAML loader types
    for key, value in options.items():
        if not isinstance(value, int) or isinstance(value, bool) or value < 0:
            raise fail(key, "must be a whole number")

    words = data.get("words", {})
    if not isinstance(words, dict) or not all(
        isinstance(k, str) and _WORDS_NAME.match(k) and isinstance(v, list) and v
        and all(isinstance(w, str) for w in v) for k, v in words.items()
    ):  # fmt: skip
        raise fail("words", "must map names (letters, digits, '-') to non-empty lists of words")
    for key in ("patterns", "unless", "dependency-patterns"):
        if isinstance(data.get(key), list):
            for i, item in enumerate(data[key]):
                try:
                    data[key][i] = _with_words(item, words)
                except KeyError as exc:
                    defined = ", ".join(f"${k}" for k in sorted(words)) or "none"
                    problem = f"unknown word list ${exc.args[0]} (defined in 'words': {defined})"
                    raise fail(key, problem, data[key].lines[i]) from None
    patterns = tuple(data.get("patterns", ()))
    unless = tuple(data.get("unless", ()))
    for key, items in (("patterns", data.get("patterns")), ("unless", data.get("unless"))):
        if items is None:
            continue
        if not isinstance(items, list):
            raise fail(key, "must be a list")
        for i, item in enumerate(items):
            problem = check.check_pattern(item)
            if problem:
                raise fail(key, problem, items.lines[i])
            needs.extend(_pattern_needs(item))

    patterns = tuple(_with_hyphens(patterns))
    unless = tuple(_with_hyphens(unless))

    languages = data.get("languages", [])
    if not isinstance(languages, list) or not all(
        isinstance(code, str) and code in language.LANGUAGES for code in languages
    ):
        codes = ", ".join(language.LANGUAGES)
        raise fail("languages", f"must be a list of codes from {codes} (got {brief(languages)})")

    # the keys only this check type has (act, unless-scope ... for pattern)
    own = check.fields(data, fail)

    fix = ()
    if "fix" in data:
        where = data.lines["fix"]
        fix = parse_fix(data["fix"], where, lambda problem, line: fail("fix", problem, line))

    rule = Rule(
        name=name, code=code, check=check_name, severity=Severity.parse(severity), scope=scope,
        message=message, docs=dict(docs),
        examples={k: tuple(v) for k, v in examples.items()},
        patterns=patterns, unless=unless, options=options,
        needs=frozenset(n for n in needs if n), path=str(path), fix=fix,
        languages=tuple(languages), **own,
    )  # fmt: skip
    # what only the check type can judge, such as a python rule's module being there
    problem = check.check_rule(rule)
    if problem:
        raise fail("extends", problem)
    return rule


def _pattern_needs(pattern: Any) -> Iterator[str]:
    """Yield the annotations a token pattern uses (POS needs a tagger, and so on)."""
    if isinstance(pattern, list):
        for token in pattern:
            if isinstance(token, dict):
                for attr in token:
                    need = _NEEDS_BY_ATTR.get(str(attr).upper())
                    if need:
                        yield need
