"""Plain-text and Markdown letters, with optional YAML front matter."""

from __future__ import annotations

import re
from datetime import date, datetime

import yaml
from replylint.errors import InputError
from replylint.letter import Context, Letter, Span

_FENCE = re.compile(r"^---[ \t]*\r?\n")
_CLOSE = re.compile(r"^(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)", re.MULTILINE)

_LIST_KEYS = ("to", "cc")
_DATE_KEYS = ("sent",)
_REJECTION_KEYS = {"from": list, "company": str, "received": datetime}


def read(path: str, text: str) -> Letter:
    """Split off the front matter (if any) and return the Letter."""
    start = 0
    context = Context()
    if _FENCE.match(text):
        # NOTE: parsed by hand rather than with python-frontmatter because the linter
        # needs the exact offset where the letter starts and line numbers for errors.
        close = _CLOSE.search(text, _FENCE.match(text).end())
        if close is None:
            raise InputError("malformed front matter: the opening '---' line is never closed")
        block = text[_FENCE.match(text).end() : close.start()]
        try:
            data = yaml.safe_load(block)
        except yaml.YAMLError as exc:
            mark = getattr(exc, "problem_mark", None)
            where = f" (line {mark.line + 2})" if mark is not None else ""
            problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
            raise InputError(f"malformed front matter{where}: {problem}") from None
        context = _context(data if data is not None else {})
        start = close.end()
    return Letter(path=path, text=text, own=Span(start, len(text)), context=context)


def _context(data: object) -> Context:
    """Return the Context described by front matter ``data``."""
    if not isinstance(data, dict):
        raise InputError("malformed front matter: expected 'key: value' lines")
    context = Context()
    for key in _LIST_KEYS:
        if key in data:
            setattr(context, key, _names(data[key], key))
    if "sent" in data:
        context.sent = _datetime(data["sent"], "sent")
    rejection = data.get("rejection") or {}
    if not isinstance(rejection, dict):
        raise InputError("malformed front matter: 'rejection' must hold from/company/received")
    if "from" in rejection:
        context.rejection_from = _names(rejection["from"], "rejection.from")
    if rejection.get("company") is not None:
        context.company = str(rejection["company"])
    if "received" in rejection:
        context.received = _datetime(rejection["received"], "rejection.received")
    return context


def _names(value: object, key: str) -> list[str]:
    """Return a list of 'Name <address>' strings from a string or list."""
    if value is None:
        return []
    if isinstance(value, str):
        return [value]
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return list(value)
    raise InputError(f"malformed front matter: '{key}' must be a name or a list of names")


def _datetime(value: object, key: str) -> datetime:
    """Return ``value`` as a datetime (YAML parses ISO dates itself)."""
    if isinstance(value, datetime):
        return value
    if isinstance(value, date):
        return datetime(value.year, value.month, value.day)
    if isinstance(value, str):
        try:
            return datetime.fromisoformat(value.strip())
        except ValueError:
            pass
    raise InputError(f"malformed front matter: '{key}' is not a date and time ({value!r})")
