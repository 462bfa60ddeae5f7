"""replylint: lint the reply to a job rejection before it is sent."""

from __future__ import annotations

__version__ = "0.1.0"

__all__ = ["__version__", "lint_paths", "lint_text", "load_rules"]


def lint_text(text: str, path: str = "<text>", **options):
    """Lint one letter given as text; return its findings (see engine.Options)."""
    from replylint.engine import Input, Options, lint

    suffix = "." + path.rsplit(".", 1)[-1] if "." in path else ".txt"
    (result,) = lint([Input(path, text, suffix)], Options(**options))
    if result.error:
        from replylint.errors import InputError

        raise InputError(f"{path}: {result.error}")
    return list(result.findings)


def lint_paths(paths, **overrides):
    """Lint files and folders as the command line does (configuration files included).

    Keyword arguments are those of project.Overrides (select, ignore, model, jobs ...);
    returns one FileResult per file, in order.
    """
    from replylint.discover import inputs
    from replylint.project import Overrides, run

    return list(run(inputs(paths), Overrides(**overrides)).results)


def load_rules(folders=()):
    """Load and validate the built-in rules plus rule files in ``folders``."""
    from replylint.rulefiles import load_rules as _load

    return _load(folders)
