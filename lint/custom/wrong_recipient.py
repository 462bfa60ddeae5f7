"""wrong-recipient: the reply goes to people who did not sign or call with the rejection."""

from __future__ import annotations

import re
from collections.abc import Iterator

from replylint.custom._people import (
    GENERIC_GREETINGS,
    MISSPELLING,
    closest,
    is_generic_mailbox,
    same_person,
    signer_parts,
)
from replylint.findings import Finding
from replylint.letter import Letter, Person
from replylint.rules import Rule

_GREETING_WORD = re.compile(
    r"^\s*(?:dear|hi|hello|hey|hiya|greetings|good\s+(?:morning|afternoon|evening|day)|morning)\b",
    re.IGNORECASE,
)


def has_context(letter: Letter, rule: Rule) -> bool:
    """Return True when the letter says who signed and whom the reply goes or speaks to."""
    context = letter.context
    return bool(_signers(letter, rule)) and bool(context.to or context.cc or _addressee(letter))


def _signers(letter: Letter, rule: Rule) -> list[Person]:
    """Return the named signers who are people, not shared mailboxes."""
    extra = frozenset(rule.options.get("generic", ()))
    return [p for p in letter.context.signers
            if p.name and not is_generic_mailbox(p.address, extra)]  # fmt: skip


def _addressee(letter: Letter) -> str:
    """Return whom the greeting names ('Dana' of 'Dear Dana,'), or ''."""
    span = letter.parts.get("salutation")
    if span is None:
        return ""
    return _GREETING_WORD.sub("", letter.text[span.start : span.end]).strip(" ,:!")


def run(letter: Letter, rule: Rule) -> Iterator[Finding]:
    """Yield a finding per recipient or greeting that is not a signer."""
    context = letter.context
    extra = frozenset(rule.options.get("generic", ()))
    signers = _signers(letter, rule)
    if not signers:
        return  # nobody is known to have signed: nothing to compare with
    names = " and ".join(p.name for p in signers)
    where = letter.first_line_span()
    for field in ("to", "cc"):
        for person in getattr(context, field):
            span = person.span or letter.parts.get("salutation") or where
            if person.address and is_generic_mailbox(person.address, extra):
                detail = (f"{person.address} is a shared mailbox, but {names} signed the "
                          f"rejection; write to them instead")  # fmt: skip
            elif same_person(person, context.signers):
                continue
            else:
                detail = f"{person} did not sign the rejection; reply only to {names}"
            yield rule.finding(letter, span.start, span.end, detail=detail)
    yield from _greeting(letter, rule, signers, names)


def _greeting(letter: Letter, rule: Rule, signers, names: str) -> Iterator[Finding]:
    """Check the salutation: generic, addressed to someone else, or misspelled."""
    span = letter.parts.get("salutation")
    addressee = _addressee(letter)
    if span is None or not addressee:
        return  # no greeting line, or one that names nobody: nothing to check
    text = letter.text[span.start : span.end]
    if re.fullmatch(r"(?i)to\s+whom\s+it\s+may\s+concern", text.strip(" ,:!")) or (
        GENERIC_GREETINGS.search(addressee) and not _names_in(addressee, signers)
    ):
        detail = f"the greeting addresses nobody in particular, but {names} signed the rejection"
        yield rule.finding(letter, span.start, span.end, detail=detail)
        return
    known = signer_parts(signers)
    for word in re.findall(r"[^\W\d_][\w'’-]*", addressee):
        lower = word.lower().strip(".")
        if lower in known or _is_title_or_joiner(lower):
            continue
        best, score = closest(lower, known)
        if score >= MISSPELLING:
            detail = f"'{word}' looks like a misspelling of '{best.title()}'"
        else:
            detail = f"{word} did not sign the rejection; reply only to {names}"
        yield rule.finding(letter, span.start, span.end, detail=detail)
        return


def _names_in(addressee: str, signers) -> bool:
    known = signer_parts(signers)
    return any(w.lower() in known for w in re.findall(r"\w+", addressee))


def _is_title_or_joiner(word: str) -> bool:
    return word in {"mr", "mrs", "ms", "miss", "mx", "dr", "prof", "professor", "and", "sir",
                    "madam", "both", "all", "team", "the", "dear", "hi", "hello"}  # fmt: skip
