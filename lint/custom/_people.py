"""Name matching shared by the context rules (titles, first names, misspellings)."""

from __future__ import annotations

import re

from replylint.letter import Person

#: Local parts of addresses that reach a team or nobody, not the person who signed.
GENERIC_MAILBOXES = frozenset({
    "careers", "career", "jobs", "job", "hr", "recruiting", "recruitment", "recruiter",
    "talent", "hiring", "noreply", "no-reply", "donotreply", "do-not-reply", "info", "hello",
    "team", "people", "apply", "applications", "admin", "office", "contact", "support",
})  # fmt: skip
#: Words of a greeting that address a group or nobody in particular.
GENERIC_GREETINGS = re.compile(
    r"\b(?:hiring|recruit\w*|talent|search|selection|interview|people|hr|human\s+resources"
    r"|team|committee|panel|sir|madam|whom\s+it\s+may\s+concern|all|everyone|everybody"
    r"|colleagues|friends|folks|there|manager|department)\b",
    re.IGNORECASE,
)
#: How alike two spellings must be (0-100) to count as a misspelling of one another.
MISSPELLING = 80


def is_generic_mailbox(address: str, extra: frozenset[str] = frozenset()) -> bool:
    """Return True for careers@, noreply@ and the like (``extra`` adds more names)."""
    local = address.split("@", 1)[0].lower()
    return local in GENERIC_MAILBOXES or local in extra or "noreply" in local or "no-reply" in local


def name_parts(name: str) -> list[str]:
    """Return the lowercase first and last names of ``name`` (titles dropped)."""
    # NOTE: imported here, not at the top: most letters carry no context, and a cold run
    # should not pay for name parsing it never does.
    from nameparser import HumanName

    parsed = HumanName(name)
    return [part.lower().strip(".") for part in (parsed.first, parsed.last) if part]


def signer_parts(signers: list[Person]) -> set[str]:
    """Return every first and last name of the signers."""
    return {part for person in signers for part in name_parts(person.name)}


def closest(word: str, names: set[str]) -> tuple[str, float]:
    """Return the signer name most like ``word`` and how alike they are (0-100)."""
    from rapidfuzz import fuzz

    best = max(names, key=lambda name: fuzz.ratio(word, name), default="")
    return best, fuzz.ratio(word, best) if best else 0.0


def same_person(person: Person, signers: list[Person]) -> bool:
    """Return True when ``person`` is one of the signers (by address or by name)."""
    if person.address and any(person.address == s.address for s in signers if s.address):
        return True
    parts = name_parts(person.name)
    return bool(parts) and any(
        set(parts) <= set(name_parts(s.name)) or set(name_parts(s.name)) <= set(parts)
        for s in signers
        if s.name
    )
