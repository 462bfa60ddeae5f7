"""A command's start: garbage collection held while the long-lived objects are made.

A start makes a few hundred thousand objects that live until the process ends (spaCy
and its pipeline, the rules, the act model), and Python's collector walks all of them
again and again while they are being made: about a tenth of a second of a one-letter
run. The command (``__main__.main``) holds collection from its first line; ``settle``,
called once the linter is built or the first result is out, freezes what exists out of
later collections and turns collection back on, so a long run's memory is managed as
usual. Nothing changes for a program that imports replylint as a library.
"""

from __future__ import annotations

import gc

_held = False


def hold() -> None:
    """Hold garbage collection for the start of a command (if it is on at all)."""
    global _held
    if gc.isenabled():
        gc.disable()
        _held = True


def settle() -> None:
    """End the start: freeze the objects made so far and collect again from now on."""
    global _held
    if _held:
        _held = False
        gc.freeze()
        gc.enable()
