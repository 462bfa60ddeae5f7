"""RFC 5322 reply drafts (.eml), read with the standard library's modern email API."""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from email import errors, policy, utils
from email.message import EmailMessage
from email.parser import BytesParser

from replylint.errors import InputError
from replylint.letter import Context, Letter, Person, Span
from replylint.sources import html
from replylint.sources.plain import with_quote

_SEPARATOR = re.compile(r"\r?\n\r?\n")
_HEADER = re.compile(r"^(?P<name>[\w-]+):(?P<value>.*(?:\r?\n[ \t].*)*)", re.MULTILINE)
#: Body encodings whose text stands in the file as it reads, so positions can point there.
_VERBATIM = frozenset({"", "7bit", "8bit", "binary"})
#: What the standard library raises on a malformed email besides its own errors: its
#: header parser has bugs that surface as these (a group inside a group is an
#: AttributeError; a number too big for a date an OverflowError).
_MALFORMED = (errors.MessageError, LookupError, ValueError, TypeError, AttributeError,
              AssertionError, OverflowError)  # fmt: skip
#: Parts (multipart or enclosed messages) a reply draft may have: a few are usual.
MAX_PARTS = 100
_PART_HEADER = re.compile(
    rb"^content-type:\s*(?:multipart|message)\s*/", re.IGNORECASE | re.MULTILINE
)


def read(path: str, data: bytes) -> Letter:
    """Parse a reply draft: headers give the context, the body is the letter."""
    message = _parse(data)
    if not message.keys():
        raise InputError("not an email: it has no headers (save it as .txt to check the text)")
    with _malformed("the parts' headers"):
        part = message.get_body(preferencelist=("plain", "html"))
    if part is None:
        raise InputError("broken email: it has no text/plain or text/html body")
    body = _body(part)
    with _malformed("the Content-Type or Content-Transfer-Encoding header"):
        content_type = part.get_content_type()
        encoding = str(part.get("Content-Transfer-Encoding", "")).strip().lower()

    raw = _raw_text(data)
    separator = _SEPARATOR.search(raw) if raw is not None else None
    in_file = (
        separator is not None
        and part is message
        and content_type == "text/plain"
        and encoding in _VERBATIM
    )
    if in_file:
        letter = Letter(path=path, text=raw, own=Span(separator.end(), len(raw)))
        header_text = raw[: separator.start()]
    else:
        text = html.to_text(body) if content_type == "text/html" else body
        letter = Letter(path=path, text=text, own=Span(0, len(text)), positions="decoded-body")
        header_text = None
    if not letter.own_text.strip():
        raise InputError("the email has no text of its own to check")
    letter.context = _context(message, header_text)
    return with_quote(letter)


def rejection_context(data: bytes) -> Context:
    """Return who sent a rejection email, when, and what its sign-off says."""
    from replylint.sources import quote

    message = _parse(data)
    with _malformed("the parts' headers"):
        part = message.get_body(preferencelist=("plain", "html"))
        is_html = part is not None and part.get_content_type() == "text/html"
    body = _body(part) if part is not None else ""
    if is_html:
        body = html.to_text(body)
    context = quote.signature_context(body)
    senders = [Person(name, address.lower()) for name, address in _addresses(message, "from")]
    names = {p.name.lower() for p in senders}
    context.signers = senders + [p for p in context.signers if p.name.lower() not in names]
    context.received = _date(message)
    context.subject = _subject(message)
    context.thread = body
    return context


def _parse(data: bytes) -> EmailMessage:
    """Parse the bytes of an email, refusing one nested past what a reply could need."""
    parts = len(_PART_HEADER.findall(data))
    if parts > MAX_PARTS:
        # NOTE: checked before parsing: the parser takes seconds over thousands of nested
        # parts before it fails with a RecursionError.
        raise InputError(f"broken email: too deeply nested ({parts} multipart or message "
                         f"parts; a reply has a few, the limit is {MAX_PARTS})")  # fmt: skip
    with _malformed("the message"):
        return BytesParser(policy=policy.default).parsebytes(data)


@contextmanager
def _malformed(what: str) -> Iterator[None]:
    """Turn what the standard library raises on a malformed email into one InputError."""
    try:
        yield
    except RecursionError:
        raise InputError(f"broken email: too deeply nested to read ({what})") from None
    except _MALFORMED as exc:
        reason = " ".join(str(exc).split()) or type(exc).__name__
        raise InputError(f"broken email: cannot read {what} ({reason})") from None


def _body(part: EmailMessage) -> str:
    """Return the decoded text of a body part."""
    with _malformed("the body's Content-Type or Content-Transfer-Encoding header"):
        try:
            body = part.get_content()
        except (LookupError, UnicodeError, ValueError, AssertionError) as exc:
            raise InputError(f"cannot decode the email body: {exc}") from None
    if not isinstance(body, str):
        raise InputError("broken email: the body is not text")
    if any(isinstance(d, errors.InvalidBase64LengthDefect) for d in part.defects):
        # the standard library then returns the undecoded text with its line breaks removed
        raise InputError("broken email: the body is not the base64 its "
                         "Content-Transfer-Encoding says")  # fmt: skip
    return body


def _raw_text(data: bytes) -> str | None:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return None


def _context(message: EmailMessage, header_text: str | None) -> Context:
    """Return what the draft's own headers say: recipients and when it is sent."""
    context = Context()
    spans = {m["name"].lower(): (m.start("value"), m.end("value"))
             for m in _HEADER.finditer(header_text or "")}  # fmt: skip
    for name in ("to", "cc"):
        people = []
        for display_name, address in _addresses(message, name):
            span = None
            if header_text is not None and name in spans:
                start, end = spans[name]
                at = header_text.find(address, start, end) if address else -1
                span = Span(at, at + len(address)) if at >= 0 else None
            people.append(Person(display_name, address.lower(), span))
        setattr(context, name, people)
    context.subject = _subject(message)
    context.sent = _date(message)
    if context.sent is not None and header_text is not None and "date" in spans:
        start, end = spans["date"]
        value = header_text[start:end]
        # the span is the date itself: no leading space, no CR of a CRLF line end
        start += len(value) - len(value.lstrip())
        end -= len(value) - len(value.rstrip())
        context.sent_span = Span(start, end)
    return context


def _clean(text: str) -> str:
    """Undo the stand-in characters the parser uses for raw 8-bit bytes in a header."""
    return text.encode("utf-8", "surrogateescape").decode("utf-8", "replace")


def _raw_header(message: EmailMessage, name: str) -> list[str]:
    """Return the values of header ``name`` as written (unfolded), without parsing them."""
    return [" ".join(str(value).split()) for key, value in message.raw_items()
            if key.lower() == name]  # fmt: skip


def _addresses(message: EmailMessage, name: str) -> list[tuple[str, str]]:
    """Return (name, address) for every mailbox in header ``name``, group members included."""
    with _malformed(f"the {name.title()} header"):
        try:
            return [(_clean(a.display_name), _clean(a.addr_spec) if a.addr_spec != "<>" else "")
                    for header in message.get_all(name) or []
                    for a in getattr(header, "addresses", ())]  # fmt: skip
        except _MALFORMED:
            # NOTE: the modern parser fails on some malformed lists (a group inside a
            # group, an unclosed [domain literal]); the older, lenient one still finds the
            # mailboxes in them.
            pass
        try:
            pairs = utils.getaddresses(_raw_header(message, name))
        except _MALFORMED:
            return []  # who it goes to is unknown: the rules that need it stay silent
    return [(_clean(display_name), _clean(address)) for display_name, address in pairs if address]


def _subject(message: EmailMessage) -> str | None:
    """Return the Subject as written (unfolded), or None without one."""
    try:
        subject = str(message.get("subject") or "")
    except _MALFORMED:
        values = _raw_header(message, "subject")
        subject = values[0] if values else ""
    return " ".join(_clean(subject).split()) or None


def _date(message: EmailMessage) -> datetime | None:
    """Return the Date header's date; None without one; InputError when no calendar has it."""
    values = _raw_header(message, "date")
    if not values or not values[0]:
        return None  # no date given: the rule that needs it stays silent
    try:
        # NOTE: parsed here rather than by the header registry, which in some Python
        # versions turns an impossible date into None and in others into an exception.
        return utils.parsedate_to_datetime(values[0])
    except _MALFORMED:
        shown = _clean(values[0] if len(values[0]) <= 80 else values[0][:77] + "...")
        raise InputError(f"broken email: the Date header '{shown}' is not a real date") from None
