"""The two kinds of error replylint reports instead of a traceback."""

from __future__ import annotations


class InputError(Exception):
    """An input that cannot be linted; the message says why in one line."""


class ConfigError(Exception):
    """A broken rule file, option or configuration; the message names file and line."""
