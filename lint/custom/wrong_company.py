"""wrong-company: the reply names another organisation as the one it is writing to."""

from __future__ import annotations

import re
from collections.abc import Iterator

from replylint.findings import Finding
from replylint.letter import Letter, domain_name
from replylint.rules import Rule

_SUFFIXES = frozenset({
    "inc", "ltd", "llc", "corp", "corporation", "co", "company", "gmbh", "plc", "group",
    "limited", "holdings", "sa", "ag", "bv", "lp", "llp", "pty", "the",
})  # fmt: skip
#: Words that end an organisation's name ("Northgate Health", "Bluefern Studio").
_ORG_WORDS = frozenset({
    "inc", "inc.", "ltd", "ltd.", "llc", "corp", "corp.", "corporation", "gmbh", "plc", "group",
    "labs", "technologies", "solutions", "partners", "systems", "bank", "hospital", "health",
    "university", "college", "school", "studio", "studios", "agency", "foundation",
    "consulting", "media", "software", "capital", "associates", "architects", "industries",
    "logistics", "pharma", "clinic", "academy", "institute", "enterprises",
})  # fmt: skip
#: Words just before "at X" that make X the organisation being written to.
_JOB_WORDS = frozenset({
    "role", "roles", "position", "positions", "job", "jobs", "opening", "openings",
    "opportunity", "opportunities", "team", "career", "careers", "work", "working", "join",
    "joining", "interview", "interviewing", "offer", "vacancy", "vacancies", "post", "posts",
    "department", "company", "firm", "everyone", "colleagues", "somewhere", "future",
})  # fmt: skip
#: Words earlier in the sentence that make a name the writer's own past or present employer.
_OWN_EMPLOYER_CUES = frozenset({
    "worked", "work", "working", "spent", "previously", "former", "formerly", "currently",
    "current", "years", "months", "employer", "intern", "interned", "internship", "led",
    "built", "managed", "ran", "was", "i'm", "am", "used", "studied", "graduated", "from",
    "clients", "client", "customers", "like", "including", "competitors", "such",
})  # fmt: skip
_AFTER_POSSESSIVE = frozenset({
    "team", "mission", "culture", "office", "offices", "hiring", "product", "products",
    "values", "vision", "people", "staff",
})  # fmt: skip
_PLACES = frozenset({
    "location", "branch", "store", "site", "office", "campus", "depot", "plant", "warehouse",
    "facility", "building", "hq", "headquarters", "clinic", "ward", "unit", "studio", "shop",
})  # fmt: skip
_FREE_MAIL = re.compile(r"(?:gmail|googlemail|yahoo|hotmail|outlook|live|icloud|aol|proton\w*"
                        r"|gmx|mail)\.", re.IGNORECASE)  # fmt: skip
_NOT_NAMES = frozenset({"i", "linkedin", "glassdoor", "zoom", "teams", "slack", "google",
                        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
                        "sunday", "january", "february", "march", "april", "may", "june",
                        "july", "august", "september", "october", "november", "december",
                        "hr", "ceo", "cto", "vp"})  # fmt: skip


def has_context(letter: Letter, rule: Rule) -> bool:
    """Return True when the company that sent the rejection is known (by name or domain)."""
    return letter.doc is not None and _company(letter) is not None


def _company(letter: Letter) -> str | None:
    return letter.context.company or _company_from_domain(letter)


def run(letter: Letter, rule: Rule) -> Iterator[Finding]:
    """Yield a finding for each organisation named as the addressee that is not the sender."""
    company = _company(letter)
    if company is None or letter.doc is None:
        return  # the company is unknown: nothing to compare with
    domain = _company_from_domain(letter)
    body = letter.parts.get("body", letter.own)
    people = {w.lower() for p in letter.context.signers for w in p.name.split()}
    for start, end, name in _candidates(letter):
        span = letter.file_span(start, end)
        if not body.covers(span.start, span.end) or _same(name, company):
            continue
        if domain and _same(name, domain):
            continue
        if set(name.lower().split()) <= people:
            continue
        yield rule.finding(letter, span.start, span.end, company=company)


def _candidates(letter: Letter) -> Iterator[tuple[int, int, str]]:
    """Yield (first token, end token, text) of capitalised names used as the addressee."""
    doc = letter.doc
    ents = (
        {(e.start, e.end) for e in doc.ents if e.label_ == "ORG"}
        if doc.has_annotation("ENT_IOB")
        else set()
    )
    i = 0
    while i < len(doc):
        token = doc[i]
        if not _capitalised(token) or (token.is_sent_start and (i, i + 1) not in ents):
            i += 1
            continue
        j = i + 1
        while j < len(doc) and j - i < 5 and (_capitalised(doc[j]) or doc[j].text == "&"):
            j += 1
        name = doc[i:j].text.rstrip("&").strip()
        if name.lower() not in _NOT_NAMES and _addressed(doc, i, j, ents):
            yield i, j, name
        i = j


def _capitalised(token) -> bool:
    return (token.is_alpha and (token.is_title or (token.is_upper and len(token) > 1))) or (
        token.text[:1].isupper() and any(c.isupper() for c in token.text[1:]) and token.is_alpha
    )


def _addressed(doc, start: int, end: int, ents: set[tuple[int, int]]) -> bool:
    """Return True when the name at doc[start:end] is used as the company being written to."""
    sent = doc[start].sent
    before = [t.lower_ for t in doc[sent.start : start]]
    if _OWN_EMPLOYER_CUES.intersection(before):
        return False
    last = doc[end - 1].lower_
    after = [t.lower_ for t in doc[end : min(end + 2, len(doc))]]
    if after[:1] and after[0] in _PLACES:
        return False  # "the Maple Avenue location", "the Eastgate branch": a place, not a firm
    if last in _ORG_WORDS:
        return True
    if after[:1] in (["'s"], ["’s"]) and after[1:2] and after[1] in _AFTER_POSSESSIVE:
        return True
    previous = doc[start - 1].lower_ if start > 0 else ""
    if previous == "the" and start > 1 and doc[start - 2].lower_ == "at":
        previous, before = "at", before[:-1]  # "the post at the Harbourline Gallery"
    if previous in ("join", "joining", "joined"):
        return True
    # "at X" names the employer only after a word about the job ("the team at Globex"),
    # not a place ("the site visit at Cedar Flats").
    return previous == "at" and bool(_JOB_WORDS.intersection(before[-3:]))


def _normal(name: str) -> list[str]:
    words = re.findall(r"[a-z0-9]+", re.sub(r"['’]s\b", "", name.lower()))
    return [w for w in words if w not in _SUFFIXES]


def _same(candidate: str, company: str) -> bool:
    """Return True when ``candidate`` names the company (short form, initials, misspelling)."""
    mine, theirs = _normal(candidate), _normal(company)
    if not mine or not theirs:
        return True
    if set(mine) <= set(theirs) or set(theirs) <= set(mine):
        return True
    joined = "".join(theirs)
    if "".join(mine) == "".join(w[0] for w in theirs) or "".join(mine) in joined:
        return True
    if mine[0] == theirs[0] and len(mine[0]) > 3:
        return True  # "Lakeview Middle School" is part of "Lakeview School District"
    from rapidfuzz import fuzz  # only when a company is known (see _people.name_parts)

    return fuzz.ratio(" ".join(mine), " ".join(theirs)) >= 88


def _company_from_domain(letter: Letter) -> str | None:
    """Return the sender's domain name ('acmecorp') when no company name is known."""
    for person in letter.context.signers:
        domain = person.address.split("@", 1)[1] if "@" in person.address else ""
        if domain and not _FREE_MAIL.match(domain):
            return domain_name(domain) or None
    return None
