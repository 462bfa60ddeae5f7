"""The two kinds of error replylint reports instead of a traceback, and quoting in them."""

from __future__ import annotations

import difflib
import reprlib
from collections.abc import Iterable

#: The longest a value from a user's file is quoted in an error message.
QUOTE_MAX = 200


class InputError(Exception):
    """An input that cannot be linted; the message says why in one line."""


class ConfigError(Exception):
    """A broken rule file, option or configuration; the message names file and line."""


class _Brief(reprlib.Repr):
    """reprlib's bounded repr, also for the YAML loader's dict and list subclasses."""

    def repr1(self, x: object, level: int) -> str:
        # NOTE: reprlib picks a method by type name, so a subclass would fall back to the
        # full repr (of however much data) before cutting it
        for base in (dict, list):
            if isinstance(x, base) and type(x) is not base:
                return getattr(self, f"repr_{base.__name__}")(x, level)
        return super().repr1(x, level)


_BRIEF = _Brief()
_BRIEF.maxstring = _BRIEF.maxother = QUOTE_MAX
_BRIEF.maxlevel, _BRIEF.maxlist, _BRIEF.maxdict = 3, 8, 8


def cut(text: str, limit: int = QUOTE_MAX) -> str:
    """Return ``text`` cut to ``limit`` characters (the cut marked with an ellipsis)."""
    return text if len(text) <= limit else text[: limit - 1] + "…"


def brief(value: object) -> str:
    """Return ``repr(value)`` for a message, at most QUOTE_MAX long, built without the whole."""
    return cut(_BRIEF.repr(value))


def did_you_mean(word: str, choices: Iterable[str]) -> str:
    """Return " (did you mean 'x'?)" for the choice nearest ``word`` (any case), or ''."""
    by_lower = {choice.lower(): choice for choice in choices}
    close = difflib.get_close_matches(word.lower(), by_lower, n=1, cutoff=0.7)
    return f" (did you mean '{by_lower[close[0]]}'?)" if close else ""
