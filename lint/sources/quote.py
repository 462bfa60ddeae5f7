"""Find the quoted rejection below a reply, and read who sent it, when and from where."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from replylint.custom._org_names import words_of
from replylint.custom._org_parts import JOB_NOUNS, JOBTITLES
from replylint.custom._people import TITLES, fold
from replylint.letter import Context, Person
from replylint.sources import attribution, outlook
from replylint.sources.signature import legal_name, signature_context
from replylint.sources.signer_names import cosigners

_QUOTED_LINE = re.compile(r"^[ \t]*>", re.MULTILINE)
_TEXT = re.compile(r"\S")


@dataclass(slots=True)
class Quote:
    """The quoted original: where it starts and ends, and what it tells about the rejection."""

    start: int
    end: int
    context: Context = field(default_factory=Context)


def find(text: str, start: int, end: int, recipients: tuple[str, ...] = ()) -> Quote | None:
    """Return the quoted rejection inside text[start:end], if the reply quotes one.

    ``recipients`` are the domains the reply goes to, for a quote that names no address.
    """
    candidates: list[tuple[int, Context]] = []
    line = attribution.find(text, start, end)
    if line is not None:
        candidates.append((line.start, _attributed(line)))
    for match in outlook.ORIGINAL.finditer(text, start, end):
        block = outlook.first_block(text, match.end(), end)
        context = outlook.context(block) if block else Context()
        if block is None and line is not None and not text[match.end() : line.start].strip():
            # NOTE: Proton Mail writes "------- Original Message -------" above an
            # "On ..., X wrote:" line: the attribution under it tells who and when
            context = _attributed(line)
        candidates.append((match.start(), context))
        break
    block = outlook.first_block(text, start, end)
    if block is not None:
        candidates.append((block.start(), outlook.context(block)))
    bare = _trailing_quote_block(text, start, end)
    if bare is not None:
        candidates.append((bare, Context()))
    candidates = [(at, c) for at, c in candidates if text[start:at].strip()]
    if not candidates:
        return None
    at, context = min(candidates, key=lambda item: item[0])
    return Quote(start=at, end=end, context=_learn(text, at, end, context, recipients))


def leading(text: str, start: int, end: int, recipients: tuple[str, ...] = ()) -> Quote | None:
    """Return the quoted rejection that opens text[start:end], when the reply is below it.

    A bottom-posted reply quotes first: an attribution line in any form ``attribution``
    knows (or none), then '>' lines; the writer's text starts at the first line that is
    neither quoted nor blank. The quote's ``end`` is where that line starts.
    """
    # NOTE: a reply typed between quoted parts is not told apart: '>' lines below the
    # first line of the reply stay in the writer's text (the letter has one own span)
    first = _TEXT.search(text, start, end)
    if first is None:
        return None
    at = max(start, text.rfind("\n", start, first.start()) + 1)
    context = Context()
    body = at
    line = attribution.find(text, at, end)
    if line is not None and line.start == at:
        context = _attributed(line)
        body = text.find("\n", line.end, end) + 1 or end
    quoted = False
    offset = body
    for row in text[body:end].splitlines(keepends=True):
        if _QUOTED_LINE.match(row):
            quoted = True
        elif row.strip():
            break
        offset += len(row)
    if not quoted or not text[offset:end].strip():
        return None  # no '>' line, or nothing of the writer's below them
    return Quote(start=at, end=offset, context=_learn(text, at, offset, context, recipients))


def _attributed(line: attribution.Attribution) -> Context:
    """Return what an attribution line tells: who wrote the rejection, and when."""
    return Context(signers=[line.sender] if line.sender else [], received=line.when,
                   received_choices=line.choices)  # fmt: skip


def _learn(text: str, at: int, end: int, context: Context,
           recipients: tuple[str, ...]) -> Context:  # fmt: skip
    """Fill ``context`` from the quote text[at:end]: its sign-off, thread and company."""
    domains = tuple(p.address.split("@", 1)[1] for p in context.signers if "@" in p.address)
    domains = domains or recipients  # the quote names no address: the reply's recipients'
    signature = signature_context(_unquote(text[at:end]), domains)
    known = {p.name.lower() for p in context.signers}
    context.signers += [p for p in signature.signers if p.name.lower() not in known]
    # NOTE: a sign-off of given names ("Ravi & Ngozi") under a rejection one of them sent
    # names the other as a signer too
    lines = [ln for ln in _unquote(text[at:end]).splitlines() if ln.strip()]
    for line in lines[-3:]:
        names = cosigners(line, [p.name for p in context.signers if p.name])
        context.signers += [Person(n) for n in names]
    context.merge(signature)
    context.thread = _unquote(text[at:end])
    # NOTE: a rejection forwarded to the writer by someone else (an administrator passing
    # on the professor's decision) was written by the sender of the forwarded message:
    # they signed it as surely as the one who forwarded it
    known = {p.name.lower() for p in context.signers} | {p.address for p in context.signers}
    context.signers += [p for p in _forwarded_senders(context.thread)
                        if p.name.lower() not in known and p.address not in known]  # fmt: skip
    if context.company is None:
        context.company = _company_in_text(context.thread) or next(
            (legal_name(line) for line in context.thread.splitlines() if legal_name(line)), None
        )
    return context


def _forwarded_senders(thread: str) -> list[Person]:
    """Return the senders of the messages forwarded inside a quoted thread.

    Only a header block right under a forwarding line counts ("---------- Forwarded
    message ---------" then "From: ..."): an earlier message of a reply chain ("Original
    Message") may be the writer's own.
    """
    senders = []
    for line in outlook.FORWARDED.finditer(thread):
        block = outlook.first_block(thread, line.end(), len(thread))
        if block is None or thread[line.end() : block.start()].strip():
            continue
        senders += [p for p in outlook.context(block).signers if p.name or p.address]
    return senders


_COMPANY_IN_TEXT = re.compile(
    r"\b(?:interest in joining|interviewing with|interviewed with|applying to|applied to"
    r"|application to|here at|position at|role at|opportunity at|on behalf of|everyone at"
    r"|team at)\s+(?:the\s+)?"
    # NOTE: the name may wrap onto the next line of the quote, but never past a blank line
    r"(?P<name>[A-Z][\w&'’.-]*(?:(?:[ \t]+|[ \t]*\n[ \t]*)(?:&\s+)?[A-Z][\w&'’.-]*){0,3})"
)
#: Words with a full stop that a name may go on after: an initial ("J. Walter", "U.S.") or
#: a short word of a place's name ("St. Austell", "Mt. Hood"); a person's title is TITLES'.
_INNER_STOP = re.compile(r"(?:[A-Z]\.)+|(?:St|Mt|Ft)\.")


def _company_in_text(body: str) -> str | None:
    """Return the company a rejection names ("Thank you for your interest in Quillon")."""
    match = _COMPANY_IN_TEXT.search(body)
    if not match:
        return None
    words = match["name"].split()
    # a full stop ends the sentence, and the name with it: "... at Parallax Analytics.
    # It was a difficult decision", "Duna Logisztika Zrt. We have now ..."
    ends = [k for k in range(1, len(words)) if words[k - 1].endswith(".")
            and (legal_name(" ".join(words[:k])) or not _inner_stop(words[k - 1]))]  # fmt: skip
    name = " ".join(words[: ends[0]] if ends else words).rstrip(".")
    # NOTE: "your application to the Legal Researcher Internship at ...": a name ending on
    # a job's noun or title names the job applied for, not the employer
    last = words_of(name)[-1:]
    return None if last and (last[0] in JOB_NOUNS or last[0] in JOBTITLES) else name


def _inner_stop(word: str) -> bool:
    """Return True for a word with a full stop that a name goes on after ("J.", "St.", "Mr.")."""
    return bool(_INNER_STOP.fullmatch(word)) or fold(word.rstrip(".")) in TITLES


def _trailing_quote_block(text: str, start: int, end: int) -> int | None:
    """Return where a run of '>' lines begins, when only quoted lines follow it."""
    if text.find(">", start, end) < 0:
        return None  # no quoted line, without a look at each line
    first = None
    offset = start
    for line in text[start:end].splitlines(keepends=True):
        if _QUOTED_LINE.match(line):
            first = offset if first is None else first
        elif line.strip():
            first = None
        offset += len(line)
    return first


def _unquote(text: str) -> str:
    return "\n".join(re.sub(r"^[ \t]*(?:>[ \t]?)+", "", line) for line in text.splitlines())
