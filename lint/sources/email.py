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
from replylint.letter import Context, FileMap, Letter, Person, Span
from replylint.sources import html, qp
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


#: The header block at the top of an email: "Name: value" lines (values may go on over
#: lines that start with a space or tab), then a blank line; an mbox "From " line first.
_HEADER_BLOCK = re.compile(
    rb"(?:From [^\r\n]*\r?\n)?"
    rb"((?:[!-9;-~]+:[^\r\n]*\r?\n(?:[ \t][^\r\n]*\r?\n)*)+)\r?\n"
)
_FIELD_NAME = re.compile(rb"^([!-9;-~]+):", re.MULTILINE)
#: Fields every saved draft has one of; a letter that starts "Re: your note" has none.
_EMAIL_FIELDS = frozenset({
    b"from", b"to", b"cc", b"date", b"subject", b"message-id", b"mime-version",
    b"content-type", b"received", b"return-path",
})  # fmt: skip


def has_headers(data: bytes) -> bool:
    """Return True when ``data`` starts with an email's header block (two fields or more)."""
    block = _HEADER_BLOCK.match(data)
    if block is None:
        return False
    names = [name.lower() for name in _FIELD_NAME.findall(block[1])]
    return len(names) >= 2 and not _EMAIL_FIELDS.isdisjoint(names)


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
        charset = part.get_content_charset() or "us-ascii"

    raw = _raw_text(data)
    separator = _SEPARATOR.search(raw) if raw is not None else None
    verbatim = part is message and content_type == "text/plain" and encoding in _VERBATIM
    if separator is not None and verbatim:
        letter = Letter(path=path, text=raw, own=Span(separator.end(), len(raw)))
    else:
        at = _payload_at(raw, part, separator.end()) if separator is not None else None
        letter = _placed(path, raw, at, body, content_type, encoding, charset)
    if not letter.own_text.strip():
        raise InputError("the email has no text of its own to check")
    # whenever the body is placed in the file, the letter's text starts with the headers
    header_text = raw[: separator.start()] if letter.positions != "decoded-body" else None
    letter.context = _context(message, header_text)
    return with_quote(letter)


def _placed(path: str, raw: str | None, at: tuple[int, str] | None, body: str,
            content_type: str, encoding: str, charset: str) -> Letter:  # fmt: skip
    """Return the letter of a body that is not simply the rest of the file, placed in it.

    ``at`` is where the body part's encoded text starts in the file, and that text.
    The letter's text is the file up to there and the decoded body after it, so that
    header offsets stay those of the file; ``Letter.file_map`` places the body's.
    """
    if raw is None or at is None:
        # NOTE: the file isn't UTF-8 (an 8-bit body in another charset) or the body
        # can't be found in it: offsets can only count in the decoded body
        text = html.to_text(body) if content_type == "text/html" else body
        return Letter(path=path, text=text, own=Span(0, len(text)), positions="decoded-body")
    start, encoded = at
    if content_type == "text/plain" and encoding in _VERBATIM and encoded == body:
        return Letter(path=path, text=raw, own=Span(start, start + len(body)))  # a multipart's
    if content_type == "text/plain" and encoding == "quoted-printable":
        decoded = qp.decode(encoded, charset)
        if decoded is not None and decoded[0] == body:
            text, starts, ends = decoded
            head = range(start)
            file_map = FileMap(raw, [*head, *(start + s for s in starts)],
                               [*(i + 1 for i in head), *(start + e for e in ends)])  # fmt: skip
            return Letter(path=path, text=raw[:start] + text,
                          own=Span(start, start + len(text)), file_map=file_map)  # fmt: skip
    # base64, HTML (or a body our decoding disagrees on): the body part's first line
    text = html.to_text(body) if content_type == "text/html" else body
    first = re.search(r"\S[^\r\n]*", encoded)
    line = Span(start + first.start(), start + first.end()) if first else Span(start, start)
    head = range(start)
    file_map = FileMap(raw, [*head, *[line.start] * len(text)],
                       [*(i + 1 for i in head), *[line.end] * len(text)])  # fmt: skip
    return Letter(path=path, text=raw[:start] + text, own=Span(start, start + len(text)),
                  positions="body-start", file_map=file_map)  # fmt: skip


def _payload_at(raw: str, part: EmailMessage, after: int) -> tuple[int, str] | None:
    """Return where the body part's text, as encoded, starts in the file, and that text."""
    payload = part.get_payload()
    if not isinstance(payload, str) or not payload.strip():
        return None
    # NOTE: 8-bit text comes decoded by the part's charset: found only when that is UTF-8
    at = raw.find(payload, after)
    # NOTE: the same text may stand earlier (a short body): a part's text follows the
    # blank line that ends its headers
    while at >= 0 and not raw.endswith("\n\n", 0, at) and not raw.endswith("\n\r\n", 0, at):
        at = raw.find(payload, at + 1)
    return (at, payload) if at >= 0 else None


def rejection_context(data: bytes) -> Context:
    """Return who sent a rejection email, when, and what its sign-off says."""
    from replylint.sources import signature

    message = _parse(data)
    with _malformed("the parts' headers"):
        part = message.get_body(preferencelist=("plain", "html"))
        is_html = part is not None and part.get_content_type() == "text/html"
    body = _body(part) if part is not None else ""
    if is_html:
        body = html.to_text(body)
    context = signature.signature_context(body)
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
