"""A command's start: garbage collection held while the long-lived objects are made.

A start makes a few hundred thousand objects that live until the process ends (spaCy
and its pipeline, the rules, the act model), and Python's collector walks all of them
again and again while they are being made: about a tenth of a second of a one-letter
run. The command (``__main__.main``) holds collection from its first line; ``settle``,
called once the linter is built or the first result is out, freezes what exists out of
later collections and turns collection back on, so a long run's memory is managed as
usual.

The command also imports spaCy without spaCy's own command line (see import_spacy).
Nothing changes for a program that imports replylint as a library.
"""

from __future__ import annotations

import gc
import sys
import types
from typing import Any

_held = False
#: True in the replylint command (hold() was called), never in a library's user.
_command = False


def hold() -> None:
    """Hold garbage collection for the start of a command (if it is on at all)."""
    global _held, _command
    _command = True
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


def import_spacy() -> None:
    """Import spaCy in the command, without spaCy's command line (elsewhere: nothing).

    spaCy's package imports its command line (spacy.cli: download, train, the project
    tools, and with them typer, weasel, requests and httpx) for the one name ``info``:
    a fifth of a second of every replylint start, for nothing a linter uses. In the
    command a placeholder stands in for spacy.cli while spaCy is imported and is gone
    after, so a later ``import spacy.cli`` gets the real one (and ``spacy.info`` is
    imported when called). A spaCy that needs more of spacy.cli than ``info`` is
    imported in full.
    """
    if not _command or "spacy" in sys.modules:
        return  # imported as usual where it is needed
    cli, info = types.ModuleType("spacy.cli"), types.ModuleType("spacy.cli.info")
    info.info = _info  # type: ignore[attr-defined]
    cli.info = info  # type: ignore[attr-defined]
    placeholders = {"spacy.cli": cli, "spacy.cli.info": info}
    sys.modules.update(placeholders)
    try:
        import spacy  # noqa: F401
    except ImportError:
        pass  # this spaCy wants more of its command line: imported in full where needed
    finally:
        for name, module in placeholders.items():
            if sys.modules.get(name) is module:
                del sys.modules[name]


def _info(*args: Any, **kwargs: Any) -> Any:
    """Return spaCy's ``info`` (spacy.info), importing spacy.cli when it is first called."""
    from spacy.cli.info import info

    return info(*args, **kwargs)
