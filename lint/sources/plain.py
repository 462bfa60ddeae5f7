"""Plain-text and Markdown letters, with optional YAML front matter."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from datetime import date, datetime

from replylint.errors import InputError, brief, cut, did_you_mean
from replylint.letter import Context, Letter, LineIndex, Person, Span
from replylint.sources import quote
from replylint.sources.signer_names import without_title
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
            hint = _quote_hint(block, mark.line) if mark is not None else ""
            raise InputError(f"malformed front matter{where}: {cut(problem)}{hint}") from None
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
    # NOTE: a quote whose attribution gives no address ("Am 19.03. schrieb Prof. X:") is
    # from the people the reply goes to: their domain tells the company among its sign-off
    # lines ("Dekan, Fakultät Maschinenbau" above "Technische Hochschule Rheinau")
    to = [*letter.context.to, *letter.context.cc]
    domains = tuple(p.address.split("@", 1)[1] for p in to if "@" in p.address)
    first = quote.leading(letter.text, letter.own.start, letter.own.end, domains)
    if first is not None:
        # NOTE: a bottom-posted reply: the writer's text is the reply below the quote
        letter.own = Span(first.end, letter.own.end)
        letter.context.merge(first.context)
    found = quote.find(letter.text, letter.own.start, letter.own.end, domains)
    if found is not None:
        letter.own = Span(letter.own.start, found.start)
        letter.context.merge(found.context)
    return letter


def _quote_hint(block: str, at: int) -> str:
    """Say how to quote a value holding ': ' (``subject: Re: Your application``), if that is it.

    ``at`` is the number of the line (from 0) where YAML stopped.
    """
    lines = block.splitlines()
    line = lines[at] if at < len(lines) else ""
    found = re.match(r"^(\s*[\w.-]+):[ \t]+([^'\"\[{].*:[ \t].*?)\s*$", line)
    if not found:
        return ""
    value = found[2].replace('"', '\\"')
    return f" (a value holding ': ' needs quotes: {found[1].strip()}: \"{cut(value)}\")"


#: The keys front matter may hold, and those of its 'rejection' mapping.
KEYS = ("to", "cc", "sent", "subject", "rejection", "ignore")
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
         f"{_hint(str(key), allowed)}; allowed: {', '.join(prefix + k for k in allowed)}")
        for key, prefix, allowed in unknown
    ]  # fmt: skip


def _hint(key: str, allowed: tuple[str, ...]) -> str:
    """Return a hint for an unknown key: a close spelling, or where who signed belongs."""
    # NOTE: replylint still reads such notes (see _people_of_notes), but the documented
    # place for everyone who signed or phoned is the list in rejection.from
    if _SIGNED.fullmatch(key) or _CALLER.fullmatch(key):
        return " (who signed or phoned goes in rejection.from, a list of names)"
    return did_you_mean(key, allowed)


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
    if data.get("subject") is not None:
        context.subject = " ".join(str(data["subject"]).split()) or None
    rejection = data.get("rejection") or {}
    if not isinstance(rejection, dict):
        raise InputError("malformed front matter: 'rejection' must hold from/company/received")
    # NOTE: who phoned is often written with their title ("Maeve Quinn, Talent Partner")
    context.signers = [Person.parse(without_title(p.name), p.span) if not p.address else p
                       for p in people(rejection.get("from"), "rejection.from")]  # fmt: skip
    if rejection.get("company") is not None:
        context.company = str(rejection["company"])
    if rejection.get("received") is not None:
        context.received = _datetime(rejection["received"], "rejection.received")
    unread = [*_strings([v for k, v in data.items() if k not in KEYS])]
    about_rejection = [*_strings([v for k, v in rejection.items() if k not in REJECTION_KEYS])]
    if unread or about_rejection:
        context.notes = "\n".join([*unread, *about_rejection])
        # NOTE: a panel interviewed; only who called or signed gave the news
        told = {str(k): [*_strings(v)] for k, v in rejection.items()
                if k not in REJECTION_KEYS and not _PANEL.search(str(k))}  # fmt: skip
        _people_of_notes(context, told)
    return context


def _strings(value: object) -> Iterator[str]:
    """Yield every string (or number, date) inside a front-matter value, however nested."""
    if isinstance(value, dict):
        for item in value.values():
            yield from _strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from _strings(item)
    elif value is not None and not isinstance(value, bool):
        yield str(value)


def _people_of_notes(context: Context, told: dict[str, list[str]]) -> None:
    """Learn who signed or called from the rejection's keys replylint does not read.

    "caller: Graham Whitlock <graham@...>" names, with an address, who gave the news:
    the signer when 'from' is missing, else someone on the thread; "called_by: Liam
    O'Sullivan (Principal)" names them without one. A recipient whose name the notes write
    ("signed: Wanjiru Kamau and David Otieno") is one of those who signed.
    """
    from replylint.custom._people import fold, name_parts, same_person

    notes = [note for values in told.values() for note in values]
    parts = [part for note in notes for part in re.split(r"[;\n]|,(?=[^,]*@)", note)]
    addressed = [Person.parse(part) for part in parts if "@" in part]
    if context.signers:
        context.copied += [p for p in addressed if not same_person(p, context.signers)]
    else:
        context.signers = addressed
    if not context.signers:
        callers = [v for k, values in told.items() if _CALLER.fullmatch(k) for v in values]
        context.signers = [Person.parse(without_title(re.sub(r"\(.*?\)", "", v)))
                           for v in callers if v.strip()]  # fmt: skip
    if context.signers:
        # NOTE: the notes say who signed: besides a no-reply or team mailbox that sent it
        # ("signed: Priyanka Deshmukh, Talent Partner, Voltara Motors GmbH"), or a second
        # person beside the one who sent it ("signed: [Dr. Ana Ruiz, Dr. Tom Hale]")
        signed = [v for k, values in told.items() if _SIGNED.fullmatch(k) for v in values]
        context.signers += [p for p in map(_signed_person, _signed_names(signed))
                            if p.name and not same_person(p, context.signers)]  # fmt: skip
    # NOTE: a note's sentence that puts someone on the panel ("Detective Maria Ruiz sat on the
    # interview panel") says they interviewed, not that they signed or called, as a 'panel:'
    # key does: a reply copied to them goes to someone who did not give the news
    said = [part for note in notes for part in re.split(r"(?<=[.;!?])\s+|\n", note)
            if not _ON_PANEL.search(part) or _GAVE_NEWS.search(part)]  # fmt: skip
    words = set(re.findall(r"\w+", fold(" ".join(said))))
    for person in [*context.to, *context.cc]:
        parts = name_parts(person.name)
        if parts and set(parts) <= words and not same_person(person, context.signers):
            context.signers.append(Person(person.name, person.address))


#: Keys of the rejection that name who signed it.
_SIGNED = re.compile(r"(?i)sign(?:ed|er|ature|ed_by|off)")


def _nobody(person: Person) -> bool:
    """Return True for a sender that is a shared mailbox or a team, not a person."""
    from replylint.custom._people import is_generic_mailbox, is_group_name

    return bool((person.address and is_generic_mailbox(person.address))
                or (person.name and is_group_name(person.name)) or not person.name)  # fmt: skip


def _signed_names(values: list[str]) -> Iterator[str]:
    """Yield each name of 'signed' notes ("Isabel Harper and Tobias Finch, Publishers")."""
    for value in values:
        # the names come first; a title and company follow after a comma or dash
        # ("The People Team, Lumen & Vane": the "&" is the company's)
        names = re.split(r",|\s+[-\u2013\u2014]\s+", re.sub(r"\(.*?\)", "", value))[0]
        for name in re.split(r"\s+(?:and|&)\s+|;", names):
            if name.strip() and "@" not in name:
                yield name.strip()


def _signed_person(name: str) -> Person:
    """Return the person named ``name`` in a note, or a nameless one for a team."""
    from replylint.custom._people import is_group_name

    person = Person.parse(without_title(name))
    return Person("") if is_group_name(person.name or "") else person


#: Keys of the rejection that list who interviewed, not who gave the news.
_PANEL = re.compile(r"(?i)panel|interview")
#: A note's words that put someone on the interview panel.
_ON_PANEL = re.compile(r"(?i)\b(?:panel(?:l?ist)?s?|interview(?:ed|er|ers)?|sat\s+in\s+on)\b")
#: A note's words that say someone gave the news (signed, called, wrote it).
_GAVE_NEWS = re.compile(
    r"(?i)\b(?:sign(?:ed|s)?|call(?:ed|s)?|phoned|rang|wrote|sent|emailed|told)\b"
)
#: Keys of the rejection that name who phoned with the news.
_CALLER = re.compile(r"(?i)call(?:er|ed_by|ed)?|phoned(?:_by)?|rang")


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
