"""RFC 5322 reply drafts (.eml), read with the standard library's modern email API."""

from __future__ import annotations

import re
from email import policy
from email.errors import MessageError
from email.headerregistry import Address
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


def read(path: str, data: bytes) -> Letter:
    """Parse a reply draft: headers give the context, the body is the letter."""
    try:
        message = BytesParser(policy=policy.default).parsebytes(data)
    except (MessageError, ValueError, TypeError) as exc:
        raise InputError(f"broken email: {exc}") from None
    if not message.keys():
        raise InputError("not an email: it has no headers (save it as .txt to check the text)")
    try:
        part = message.get_body(preferencelist=("plain", "html"))
    except (MessageError, KeyError) as exc:
        raise InputError(f"broken email: {exc}") from None
    if part is None:
        raise InputError("broken email: it has no text/plain or text/html body")
    try:
        body = part.get_content()
    except (LookupError, UnicodeError, ValueError, AssertionError) as exc:
        raise InputError(f"cannot decode the email body: {exc}") from None
    if not isinstance(body, str):
        raise InputError("broken email: the body is not text")

    raw = _raw_text(data)
    separator = _SEPARATOR.search(raw) if raw is not None else None
    in_file = (
        separator is not None
        and part is message
        and part.get_content_type() == "text/plain"
        and str(part.get("Content-Transfer-Encoding", "")).strip().lower() in _VERBATIM
    )
    if in_file:
        letter = Letter(path=path, text=raw, own=Span(separator.end(), len(raw)))
        header_text = raw[: separator.start()]
    else:
        text = html.to_text(body) if part.get_content_type() == "text/html" else body
        letter = Letter(path=path, text=text, own=Span(0, len(text)), positions="decoded-body")
        header_text = None
    if not letter.own_text.strip():
        raise InputError("the email has no text of its own to check")
    letter.context = _context(message, header_text)
    return with_quote(letter)


def rejection_context(data: bytes) -> Context:
    """Return who sent a rejection email, when, and what its sign-off says."""
    from replylint.sources import quote

    try:
        message = BytesParser(policy=policy.default).parsebytes(data)
        part = message.get_body(preferencelist=("plain", "html"))
        body = part.get_content() if part is not None else ""
    except (MessageError, LookupError, UnicodeError, ValueError, KeyError) as exc:
        raise InputError(f"broken email: {exc}") from None
    if part is not None and part.get_content_type() == "text/html":
        body = html.to_text(body)
    context = quote.signature_context(body)
    senders = [Person(_clean(a.display_name), a.addr_spec.lower())
               for a in _addresses(message, "from")]  # fmt: skip
    names = {p.name.lower() for p in senders}
    context.signers = senders + [p for p in context.signers if p.name.lower() not in names]
    try:
        context.received = message["date"].datetime if message["date"] is not None else None
    except (ValueError, TypeError, AttributeError):
        context.received = None
    return context


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
        for address in _addresses(message, name):
            span = None
            if header_text is not None and name in spans:
                start, end = spans[name]
                at = header_text.find(address.addr_spec, start, end) if address.addr_spec else -1
                span = Span(at, at + len(address.addr_spec)) if at >= 0 else None
            people.append(Person(_clean(address.display_name), address.addr_spec.lower(), span))
        setattr(context, name, people)
    try:
        date = message["date"]
        context.sent = date.datetime if date is not None else None
    except (ValueError, TypeError, AttributeError):
        context.sent = None
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


def _addresses(message: EmailMessage, name: str) -> list[Address]:
    result: list[Address] = []
    try:
        for header in message.get_all(name) or []:
            result.extend(getattr(header, "addresses", ()))
    except (ValueError, TypeError, IndexError):
        return []
    return result
