"""Letter: the decoded text of one input, its parts, its context and a line index."""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime
from email.utils import parseaddr
from typing import TYPE_CHECKING

from replylint.findings import Finding, Position

if TYPE_CHECKING:
    from spacy.tokens import Doc

_LINE_BREAK = re.compile(r"\r?\n")
#: What ends a line, everywhere positions are counted or lines shown (see LineIndex).
LINE_ENDS = ("\r\n", "\n", "\r")
LINE_END = re.compile("|".join(LINE_ENDS))
#: A line that starts a list item keeps its line break ("- item", "* item", "2. item").
_LIST_ITEM = re.compile(r"[ \t]*(?:[-*•\u2013]|\d+[.)])\s")
PART_NAMES = ("salutation", "body", "closing", "signature", "postscript")


class LineIndex:
    """Turn code-point offsets into 1-based line and column numbers.

    A line ends at LF, CRLF or a lone CR, as in a text editor and the Language Server
    Protocol, and at nothing else: not at the form feeds, U+2028 and the other
    separators where ``str.splitlines`` also cuts.
    """

    def __init__(self, text: str) -> None:
        self._text = text
        self._starts = [0] + [m.end() for m in LINE_END.finditer(text)]

    def position(self, offset: int) -> Position:
        """Return the position of ``offset`` (a column counts code points)."""
        line = bisect.bisect_right(self._starts, offset) - 1
        return Position(line=line + 1, column=offset - self._starts[line] + 1, offset=offset)

    def line(self, number: int) -> str | None:
        """Return line ``number`` (from 1) without its line break, or None past the end."""
        if not 0 < number <= len(self._starts):
            return None
        end = self._starts[number] if number < len(self._starts) else len(self._text)
        return self._text[self._starts[number - 1] : end].rstrip("\r\n")


@dataclass(frozen=True, slots=True)
class Span:
    """A half-open range of offsets into the file text."""

    start: int
    end: int

    def covers(self, start: int, end: int) -> bool:
        """Return True when [start, end) lies inside this span."""
        return self.start <= start and end <= self.end


@dataclass(frozen=True, slots=True)
class FileMap:
    """Where each character of a letter's text stands in the file it was decoded from.

    An email body stored encoded (quoted-printable, base64, HTML) is linted as decoded
    text, yet findings must point into the file: character ``i`` of ``Letter.text``
    stands at ``starts[i]`` to ``ends[i]`` of the file's text (an "é" written "=C3=A9"
    spans six; every character of a base64 body, that body's first line).
    """

    text: str
    starts: list[int]
    ends: list[int]

    def span(self, start: int, end: int) -> Span:
        """Return the file's span for the letter's text [start, end)."""
        if end > start:
            return Span(self.starts[start], self.ends[end - 1])
        at = self.starts[start] if start < len(self.starts) else self.ends[-1] if self.ends else 0
        return Span(at, at)


@dataclass(frozen=True, slots=True)
class Hit:
    """Where a rule matched, in file offsets; ``score`` is set when the act model found it."""

    start: int
    end: int
    score: float | None = None


@dataclass(frozen=True, slots=True)
class SentenceActs:
    """One sentence of the writer's own words and its score for each act."""

    span: Span
    scores: dict[str, float]
    #: Its tokens in ``Letter.doc``: [first, end).
    first: int = 0
    end: int = 0


#: Domain labels that name a registry, not an organisation ("co" in acme.co.uk); any
#: label of two letters at the end is a country's ("cn", "jp", "br") and is a registry's too.
_REGISTRY_LABELS = frozenset({
    "com", "co", "org", "net", "gov", "edu", "ac", "info", "biz", "ai", "app", "dev", "ltd",
    "plc", "or", "ne", "go", "gob", "gouv", "govt", "nic", "mil", "int", "nom", "sch",
    # a sector's shared second level: every UK force writes from its-name.police.uk, and
    # an NHS trust from its-name.nhs.uk
    "police", "nhs",
    # a country's second levels for a kind of body: valeverde.coop.br, acme.ind.br, x.agr.br
    "coop", "agr", "ind", "eng", "adv", "gen", "firm",
})  # fmt: skip


def domain_name(domain: str) -> str:
    """Return the organisation's label of an email domain: careers.acme.co.uk -> acme."""
    labels = [label for label in domain.lower().split(".") if label]
    # NOTE: the last label is a top-level domain's, whatever it says: a trade's own
    # ("emberandoak.coffee", "hale.law", "quill.partners") names no organisation
    if len(labels) > 1:
        labels.pop()
    while len(labels) > 1 and (labels[-1] in _REGISTRY_LABELS or len(labels[-1]) == 2):
        labels.pop()
    return labels[-1] if labels else ""


@dataclass(frozen=True, slots=True)
class Person:
    """Someone named in the context: a name, an address, or both."""

    name: str = ""
    address: str = ""
    #: Where the file names this person (a header or front matter line), if it does.
    span: Span | None = None

    @classmethod
    def parse(cls, text: str, span: Span | None = None) -> Person:
        """Parse 'Name <address>', a bare address or a bare name."""
        if "@" not in text:
            return cls(name=" ".join(text.split()).strip('"'), span=span)
        name, address = parseaddr(text)
        return cls(name=name.strip().strip('"'), address=address.lower(), span=span)

    def __str__(self) -> str:
        if self.name and self.address:
            return f"{self.name} <{self.address}>"
        return self.name or self.address


@dataclass(slots=True)
class Context:
    """What is known about the situation the reply is written in."""

    to: list[Person] = field(default_factory=list)
    cc: list[Person] = field(default_factory=list)
    sent: datetime | None = None
    #: Where the send date is written (the Date header or the front matter line).
    sent_span: Span | None = None
    #: Who signed or phoned with the rejection.
    signers: list[Person] = field(default_factory=list)
    #: Whom the rejection was copied to (its Cc): people of the thread who did not sign.
    copied: list[Person] = field(default_factory=list)
    company: str | None = None
    received: datetime | None = None
    #: Both readings of a received date only the locale tells ("11/03/2026 2:30 pm"),
    #: month first; late-reply takes the one before the reply.
    received_choices: tuple[datetime, ...] = ()
    #: The Subject of the reply, and the rejection's own text (body and sign-off): where
    #: the employer's departments, sites and brands are named.
    subject: str | None = None
    thread: str | None = None
    #: What front matter writes under keys replylint does not read ("agency: Meridian
    #: Search", "caller_title: Chief Pharmacist, Ashby Vale Hospital"): the writer's own
    #: notes on the thread, so the names in them are the employer's world.
    notes: str | None = None
    #: True when ``sent`` is the clock (--now or the current time), not the letter's own date.
    sent_assumed: bool = False

    def merge(self, weaker: Context) -> None:
        """Fill what is still unknown from a weaker source."""
        for name in ("to", "cc", "signers", "copied"):
            if not getattr(self, name):
                setattr(self, name, list(getattr(weaker, name)))
        if self.received is None:
            self.received_choices = weaker.received_choices
        for name in ("sent", "sent_span", "company", "received", "subject", "thread", "notes"):
            if getattr(self, name) is None:
                setattr(self, name, getattr(weaker, name))


@dataclass(slots=True)
class Letter:
    """One parsed reply: the file text, where the writer's words are, and its parts."""

    path: str
    text: str
    own: Span
    context: Context = field(default_factory=Context)
    #: What finding positions point at: "file" (the text itself, in the file),
    #: "body-start" (an email body the file holds encoded as base64 or HTML: its first
    #: line), "decoded-body" (offsets into the decoded body; the file isn't UTF-8).
    positions: str = "file"
    #: Where ``text`` stands in the file, when it is not the file's text (see FileMap).
    file_map: FileMap | None = None
    parts: dict[str, Span] = field(default_factory=dict)
    doc: Doc | None = None
    #: Act scores of the writer's sentences (filled only when a selected rule uses acts).
    acts: list[SentenceActs] = field(default_factory=list)
    #: For each character of the text the pipeline saw, its offset in the file (+ the end).
    doc_offsets: Sequence[int] = field(default_factory=list)
    #: The text the pipeline saw (``doc.text``, which spaCy rebuilds token by token).
    doc_text: str = ""
    #: Rule names or codes the letter's front matter turns off for this letter only.
    ignore: tuple[str, ...] = ()
    #: (line, message) for what the reader let pass but the writer should hear of.
    warnings: list[tuple[int, str]] = field(default_factory=list)
    #: The names of the rules that read this letter (not those of another language).
    checked: tuple[str, ...] = ()
    lines: LineIndex = field(init=False)

    def __post_init__(self) -> None:
        self.lines = LineIndex(self.text)

    @property
    def own_text(self) -> str:
        """Return the writer's own words (no front matter, no quoted rejection)."""
        return self.text[self.own.start : self.own.end]

    def nlp_view(self) -> tuple[str, Sequence[int]]:
        """Return the writer's text as the pipeline should see it, and each character's offset.

        Line breaks inside a paragraph become spaces, because a hard-wrapped line would
        otherwise put a whitespace token in the middle of a phrase (the spaces that end such
        a line go too), and CRLF becomes one character. Paragraph breaks and list items
        stay. The offsets map every character back to the file, so findings still point at
        the text as it is on disk.
        """
        start, end = self.own.start, self.own.end
        text = self.text
        spaces: list[int] = []  # where a line break becomes a space (its "\n")
        dropped: list[int] = []  # the "\r" of each CRLF, which goes
        # NOTE: only line breaks are visited (not every character): this runs per letter.
        for match in _LINE_BREAK.finditer(text, start, end):
            line_start = text.rfind("\n", start, match.start()) + 1
            next_end = text.find("\n", match.end(), end)
            next_line = text[match.end() : end if next_end == -1 else next_end]
            if (text[max(line_start, start) : match.start()].strip() and next_line.strip()
                    and not _LIST_ITEM.match(next_line)):  # fmt: skip
                spaces.append(match.end() - 1)
                # NOTE: a line ending in a space (format=flowed's soft break, a stray trailing
                # space) would leave two spaces, a whitespace token inside the phrase ("the
                # Global Energy \nShow"): the spaces go, the break is the one space left
                k = match.start()
                while k > max(line_start, start) and text[k - 1] in " \t":
                    k -= 1
                    dropped.append(k)
            if match.group() == "\r\n":
                dropped.append(match.start())
        if not dropped:
            # every character stays where it is: the offsets are a range, not a list
            pieces, at = [], start
            for k in spaces:
                pieces += (text[at:k], " ")
                at = k + 1
            pieces.append(text[at:end])
            return "".join(pieces), range(start, end + 1)
        chars = list(text[start:end])
        for k in spaces:
            chars[k - start] = " "
        for k in dropped:
            chars[k - start] = ""
        return "".join(chars), [start + k for k, char in enumerate(chars) if char] + [end]

    @property
    def file_text(self) -> str:
        """Return the text findings count in once placed (see in_file)."""
        return self.text if self.file_map is None else self.file_map.text

    def in_file(self, findings: list[Finding]) -> list[Finding]:
        """Return ``findings`` moved from offsets into ``text`` to the file (see FileMap)."""
        if self.file_map is None:
            return findings
        lines = LineIndex(self.file_map.text)
        spans = [self.file_map.span(f.start.offset, f.end.offset) for f in findings]
        return [replace(f, start=lines.position(span.start), end=lines.position(span.end))
                for f, span in zip(findings, spans, strict=True)]  # fmt: skip

    def file_span(self, start_token: int, end_token: int) -> Span:
        """Return the file offsets of doc[start_token:end_token] (see nlp_view)."""
        span = self.doc[start_token:end_token]
        return Span(self.doc_offsets[span.start_char], self.doc_offsets[span.end_char - 1] + 1)

    def scope_spans(self, scope: tuple[str, ...]) -> list[Span]:
        """Return the spans a rule with ``scope`` looks at."""
        if "letter" in scope:
            return [self.own]
        if "body" in scope and "postscript" not in scope:
            scope = (*scope, "postscript")  # a P.S. is read as the body is
        return [self.parts[name] for name in scope if name in self.parts]

    def best_act(self, act: str, spans: list[Span]) -> float | None:
        """Return the highest ``act`` score of a sentence inside ``spans``, or None."""
        scores = [
            s.scores[act]
            for s in self.acts
            if act in s.scores and any(span.covers(s.span.start, s.span.end) for span in spans)
        ]
        return max(scores) if scores else None

    def first_line_span(self) -> Span:
        """Return the first non-blank line of the writer's text (for whole-letter findings)."""
        text = self.text
        start = self.own.start
        while start < self.own.end and text[start].isspace():
            start += 1
        found = LINE_END.search(text, start, self.own.end)
        end = self.own.end if found is None else found.start()
        while end > start and text[end - 1].isspace():
            end -= 1
        return Span(start, max(end, start))
