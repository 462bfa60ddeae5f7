"""Plain-text and Markdown letters, with optional YAML front matter."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, datetime

from replylint.errors import InputError, brief, cut, did_you_mean
from replylint.letter import Context, Letter, LineIndex, Person, Span
from replylint.sources import quote
from replylint.sources.text import decode

_FENCE = re.compile(r"^---[ \t]*\r?\n")
_CLOSE = re.compile(r"^(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)", re.MULTILINE)


def read(path: str, data: bytes) -> Letter:
    """Decode a text letter, split off its front matter and any quoted rejection."""
    text = decode(data)
    start = 0
    context = Context()
    ignore: tuple[str, ...] = ()
    warnings: list[tuple[int, str]] = []
    fence = _FENCE.match(text)
    if fence:
        # NOTE: parsed by hand rather than with python-frontmatter because the linter
        # needs the exact offset where the letter starts and line numbers for errors.
        close = _CLOSE.search(text, fence.end())
        if close is None:
            raise InputError("malformed front matter: the opening '---' line is never closed")
        block = text[fence.end() : close.start()]
        lines = LineIndex(text)
        # NOTE: imported here: most letters have no front matter, and PyYAML is a
        # hundredth of a second of every start
        import yaml
        from replylint.yamlfile import FrontMatterLoader, Refused, describe

        def line_of(mark: yaml.Mark) -> int:
            # NOTE: from the offset, since YAML also ends lines at U+2028, NEL and others
            return lines.position(fence.end() + mark.index).line

        try:
            data = yaml.load(block, Loader=FrontMatterLoader)
        except Refused as exc:
            raise InputError(f"malformed front matter (line {line_of(exc.problem_mark)}): "
                             f"{describe(exc, line_of)}") from None  # fmt: skip
        except yaml.YAMLError as exc:
            mark = getattr(exc, "problem_mark", None)
            where = f" (line {line_of(mark)})" if mark is not None else ""
            problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
            raise InputError(f"malformed front matter{where}: {cut(problem)}") from None
        except RecursionError:
            raise InputError("malformed front matter: nested too deeply") from None
        except (ValueError, OverflowError) as exc:
            # YAML builds dates itself: "sent: 2026-02-30" fails inside the loader
            raise InputError(f"malformed front matter: {exc}") from None

        def key_line(key: str) -> int:
            found = _line_of(text, key, fence.end(), close.start())
            return lines.position(found.start if found else fence.end()).line

        data = data if data is not None else {}
        context = _context(data, text, fence.end(), close.start())
        ignore = _ignore(data.get("ignore"))
        warnings = _unknown_keys(data, key_line)
        start = close.end()
    letter = Letter(path=path, text=text, own=Span(start, len(text)), context=context,
                    ignore=ignore, warnings=warnings)  # fmt: skip
    return with_quote(letter)


def with_quote(letter: Letter) -> Letter:
    """Cut the quoted rejection (if any) off the writer's text and learn from it."""
    found = quote.find(letter.text, letter.own.start, letter.own.end)
    if found is not None:
        letter.own = Span(letter.own.start, found.start)
        letter.context.merge(found.context)
    return letter


#: The keys front matter may hold, and those of its 'rejection' mapping.
KEYS = ("to", "cc", "sent", "rejection", "ignore")
REJECTION_KEYS = ("from", "company", "received")


def _unknown_keys(data: dict, line: Callable[[str], int]) -> list[tuple[int, str]]:
    """Return a warning for each key front matter does not know (a typo would do nothing)."""
    unknown = [(key, "", KEYS) for key in data if key not in KEYS]
    rejection = data.get("rejection")
    if isinstance(rejection, dict):
        unknown += [(key, "rejection.", REJECTION_KEYS) for key in rejection
                    if key not in REJECTION_KEYS]  # fmt: skip
    return [
        (line(f"{key}:"), f"front matter: unknown key '{cut(prefix + str(key))}'"
         f"{did_you_mean(str(key), allowed)}; allowed: {', '.join(prefix + k for k in allowed)}")
        for key, prefix, allowed in unknown
    ]  # fmt: skip


def _ignore(value: object) -> tuple[str, ...]:
    """Return the rule names or codes of an 'ignore:' line (a list or a comma-separated string)."""
    if value is None:
        return ()
    if isinstance(value, str):
        value = value.split(",")
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return tuple(v.strip() for v in value if v.strip())
    raise InputError("malformed front matter: 'ignore' must be a rule name or code, or a list "
                     f"of them ({brief(value)})")  # fmt: skip


def _context(data: object, text: str, start: int, end: int) -> Context:
    """Return the Context described by front matter ``data`` (text[start:end] is its source)."""
    if not isinstance(data, dict):
        raise InputError("malformed front matter: expected 'key: value' lines")
    context = Context()

    def people(value: object, key: str) -> list[Person]:
        return [Person.parse(name, _find(text, name, start, end)) for name in _names(value, key)]

    context.to = people(data.get("to"), "to")
    context.cc = people(data.get("cc"), "cc")
    if data.get("sent") is not None:
        context.sent = _datetime(data["sent"], "sent")
        context.sent_span = _line_of(text, "sent:", start, end)
    rejection = data.get("rejection") or {}
    if not isinstance(rejection, dict):
        raise InputError("malformed front matter: 'rejection' must hold from/company/received")
    # NOTE: who phoned is often written with their title ("Maeve Quinn, Talent Partner")
    context.signers = [Person.parse(quote.without_title(p.name), p.span) if not p.address else p
                       for p in people(rejection.get("from"), "rejection.from")]  # fmt: skip
    if rejection.get("company") is not None:
        context.company = str(rejection["company"])
    if rejection.get("received") is not None:
        context.received = _datetime(rejection["received"], "rejection.received")
    return context


def _find(text: str, needle: str, start: int, end: int) -> Span | None:
    at = text.find(needle, start, end)
    return Span(at, at + len(needle)) if at >= 0 else None


def _line_of(text: str, key: str, start: int, end: int) -> Span | None:
    match = re.search(
        rf"^[ \t]*{re.escape(key)}[ \t]*(.*?)[ \t]*\r?$", text[start:end], re.MULTILINE
    )
    return Span(start + match.start(1), start + match.end(1)) if match else None


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
    raise InputError(f"malformed front matter: '{key}' is not a date and time ({brief(value)})")
