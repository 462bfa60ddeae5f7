"""YAML written by users (front matter, configuration and rule files), read defensively.

PyYAML accepts two things replylint refuses. An alias (``*name``) repeats an anchored
value: nested a few levels, a few hundred bytes stand for billions of items ("billion
laughs"), which explode the moment anything walks the data (a repr in an error message,
a merge key). And a key given twice in one mapping, where the last silently wins. Both
raise ``Refused`` with the line, which each caller turns into its own one-line error.

Rule and configuration files are read by ``load_located``, which keeps the line of every
key and item (for errors that name them) and reports every problem as ``path:line: ...``.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import yaml
from replylint.errors import ConfigError, brief, cut

_MERGE = "tag:yaml.org,2002:merge"


class Refused(yaml.MarkedYAMLError):
    """YAML that parses but that replylint will not read: an alias or a duplicate key."""


def describe(exc: Refused, line: Callable[[yaml.Mark], int] = lambda m: m.line + 1) -> str:
    """Return the problem, with the first key's line for a duplicate (``line`` maps marks)."""
    first = f" (first at line {line(exc.context_mark)})" if exc.context_mark else ""
    return f"{exc.problem}{first}"


def duplicate(key: Any, mark: yaml.Mark, first: yaml.Mark) -> Refused:
    """Return the error for ``key`` given again at ``mark`` (first given at ``first``)."""
    return Refused(problem=f"duplicate key {brief(key)}", problem_mark=mark, context_mark=first)


class Guarded:
    """Loader mixin: refuse aliases before anything can expand them, and duplicate keys."""

    def __init__(self, stream: str) -> None:
        super().__init__(stream)  # type: ignore[call-arg]
        self._source = stream

    def get_single_data(self) -> Any:
        """Compose the document, refuse aliases in it, then build the Python values."""
        node = self.get_single_node()  # type: ignore[attr-defined]
        if node is None:
            return None
        self._refuse_aliases(node)
        return self.construct_document(node)  # type: ignore[attr-defined]

    def _refuse_aliases(self, root: yaml.Node) -> None:
        # An alias is the anchored node itself, reached a second time: a walk that stops
        # at the first repeat visits each node once, however far the aliases would expand.
        seen: set[int] = set()
        stack = [root]
        while stack:
            node = stack.pop()
            if id(node) in seen:
                raise Refused(problem="YAML aliases are not allowed here",
                              problem_mark=self._alias_mark() or node.start_mark)  # fmt: skip
            seen.add(id(node))
            if isinstance(node, yaml.SequenceNode):
                stack.extend(reversed(node.value))
            elif isinstance(node, yaml.MappingNode):
                stack.extend(n for pair in reversed(node.value) for n in reversed(pair))

    def _alias_mark(self) -> yaml.Mark | None:
        # NOTE: the composed nodes keep no trace of where the alias was written, so the
        # tokens are scanned again (only on this error path) to name its line.
        for token in yaml.scan(self._source, Loader=type(self)):
            if isinstance(token, yaml.AliasToken):
                return token.start_mark
        return None

    def check_duplicates(self, node: yaml.MappingNode) -> None:
        """Raise Refused for a key written twice in ``node`` (merged keys may be overridden)."""
        first: dict[Any, yaml.Mark] = {}
        for key_node, _ in node.value:
            if key_node.tag == _MERGE:
                continue
            key = self.construct_object(key_node)  # type: ignore[attr-defined]
            try:
                if key in first:
                    raise duplicate(key, key_node.start_mark, first[key])
            except TypeError:
                continue  # unhashable: the constructor reports it
            first[key] = key_node.start_mark


# NOTE: the C parser (libyaml) is several times faster (rule files are read on every run)
# and caps nesting depth, where the pure-Python one runs out of stack on "[[[[...":
# PyYAML falls back to Python where it is missing.
_Base = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def check_scalars(loader: type) -> type:
    """Make ``loader`` report a scalar its tag can't hold as a YAML error with its line.

    NOTE: PyYAML's constructors raise bare errors, with no line, for "!!float nope",
    "!!int x", "!!bool maybe", "!!timestamp 2026-02-30" or "!!timestamp x" (found by
    tests/test_fuzz.py). Only these tags are wrapped: wrapping every node would slow
    down reading the built-in rules on every run.
    """
    for name in ("bool", "int", "float", "timestamp"):
        tag = f"tag:yaml.org,2002:{name}"
        loader.add_constructor(tag, _checked(name, loader.yaml_constructors[tag]))
    return loader


def _checked(name: str, construct: Callable[[Any, yaml.Node], Any]) -> Callable:
    def checked(loader: Any, node: yaml.Node) -> Any:
        try:
            return construct(loader, node)
        except (ValueError, OverflowError, KeyError, TypeError, AttributeError) as exc:
            # the reason only where it is the user's (a day out of range), not PyYAML's own
            why = f" ({str(exc)[:100]})" if isinstance(exc, (ValueError, OverflowError)) else ""
            problem = f"{brief(str(node.value))} is not a {name}{why}"
            raise yaml.constructor.ConstructorError(None, None, problem, node.start_mark) from None

    return checked


@check_scalars
class FrontMatterLoader(Guarded, _Base):  # type: ignore[misc, valid-type]
    """PyYAML's safe loader, without aliases or duplicate keys."""

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict:
        """Build a mapping, refusing a key given twice."""
        self.check_duplicates(node)
        return super().construct_mapping(node, deep=deep)


class Located(dict):
    """A YAML mapping that remembers the line of each key."""

    line = 0
    lines: dict[str, int]


class LocatedList(list):
    """A YAML sequence that remembers the line of each item."""

    line = 0
    lines: list[int]


@check_scalars
class LocatedLoader(Guarded, _Base):  # type: ignore[misc, valid-type]
    """PyYAML's safe loader for rule and configuration files: lines kept, YAML 1.2 booleans."""


def _construct_map(loader: LocatedLoader, node: yaml.MappingNode) -> Located:
    loader.flatten_mapping(node)
    result = Located()
    result.line, result.lines = node.start_mark.line + 1, {}
    marks: dict[str, yaml.Mark] = {}
    for key_node, value_node in node.value:
        key = loader.construct_object(key_node, deep=True)
        if not isinstance(key, str):
            raise ConfigError(f"{key_node.start_mark.line + 1}: keys must be words, "
                              f"not {brief(key)}")  # fmt: skip
        if key in marks:
            raise duplicate(key, key_node.start_mark, marks[key])
        marks[key] = key_node.start_mark
        result[key] = loader.construct_object(value_node, deep=True)
        result.lines[key] = key_node.start_mark.line + 1
    return result


def _construct_seq(loader: LocatedLoader, node: yaml.SequenceNode) -> LocatedList:
    result = LocatedList(loader.construct_object(child, deep=True) for child in node.value)
    result.line = node.start_mark.line + 1
    result.lines = [child.start_mark.line + 1 for child in node.value]
    return result


# NOTE: YAML 1.1 reads yes/no/on/off as booleans, which silently breaks patterns such
# as {LOWER: on}; rule and configuration files follow YAML 1.2, where only true/false are booleans.
LocatedLoader.yaml_implicit_resolvers = {
    key: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:bool"]
    for key, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
LocatedLoader.add_implicit_resolver(
    "tag:yaml.org,2002:bool", re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"), list("tTfF")
)
LocatedLoader.add_constructor("tag:yaml.org,2002:map", _construct_map)
LocatedLoader.add_constructor("tag:yaml.org,2002:seq", _construct_seq)


def load_located(path: Path | str, text: str) -> Any:
    """Parse a rule or configuration file's ``text``; raise ConfigError as ``path:line: ...``."""
    try:
        return yaml.load(text, Loader=LocatedLoader)
    except ConfigError as exc:  # a key that is not a word: the message starts with its line
        raise ConfigError(f"{path}:{exc}") from None
    except Refused as exc:
        raise ConfigError(f"{path}:{exc.problem_mark.line + 1}: {describe(exc)}") from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 1 if mark else 1
        problem = getattr(exc, "problem", exc)
        raise ConfigError(f"{path}:{line}: not valid YAML: {cut(str(problem))}") from None
