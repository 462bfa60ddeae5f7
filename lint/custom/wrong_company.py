"""wrong-company: the reply names another organisation as the one it is writing to."""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator

from replylint.custom._org_cues import (
    CLAUSE_BREAKS,
    FROM_EMPLOYER,
    FUNCTION_WORDS,
    JOB_CUES,
    JOINING,
    LIKE_EMPLOYER,
    OWN_CUES,
    PAST,
    PAST_JOB,
    PROJECTS,
    SELF,
    WORK_FOR,
)
from replylint.custom._org_names import (
    EVENT_OPENERS,
    EVENTS,
    FREE_MAIL,
    JOB_NOUNS,
    JOBTITLES,
    SCHOOLS,
    SITES,
    SUFFIXES,
    UMBRELLA,
    UMBRELLA_UNITS,
    UNITS,
    Candidate,
    distinctive,
    find_candidates,
    near_miss,
    same_org,
    sentence_stop,
    words_of,
)
from replylint.custom._people import PERSON_TITLES, TITLES, fold
from replylint.findings import Finding
from replylint.letter import Letter, Span, domain_name
from replylint.rules import Rule


def has_context(letter: Letter, rule: Rule) -> bool:
    """Return True when the company that sent the rejection is known (by name or domain)."""
    return letter.doc is not None and _company(letter) is not None


def _company(letter: Letter) -> str | None:
    context = letter.context
    return context.company or _company_from_subject(letter) or _company_from_domain(letter)


def run(letter: Letter, rule: Rule) -> Iterator[Finding]:
    """Yield a finding for each organisation named as the addressee that is not the sender."""
    context = letter.context
    company = _company(letter)
    if company is None or letter.doc is None:
        return  # the company is unknown: nothing to compare with
    doc = letter.doc
    aliases = _Aliases(letter, company)
    body = letter.parts.get("body", letter.own)
    named = context.company or _company_from_subject(letter)  # a name, not a domain
    candidates = list(find_candidates(doc))
    aliases.learn(doc, candidates)
    for candidate in candidates:
        span = letter.file_span(candidate.start, candidate.end)
        if sentence_stop(candidate.text):
            span = Span(span.start, span.end - 1)
        if not body.covers(span.start, span.end) or aliases.person(candidate.text):
            continue
        if _titled(doc, candidate):
            continue  # "Ms. Okafor's class", "Dr Osei": a person, never a company
        covered = aliases.covers(candidate.text)
        if named and not covered and near_miss(candidate.text, named):
            yield rule.finding(letter, span.start, span.end, company=named,
                               note=f"spelt '{named}'")  # fmt: skip
            continue
        if covered or not _addressed(doc, candidate, company):
            continue
        yield rule.finding(letter, span.start, span.end, company=company)


class _Aliases:
    """Every name the context gives the employer: its own, its domain, and the thread's."""

    def __init__(self, letter: Letter, company: str) -> None:
        context = letter.context
        self.names = [company]
        domain = _company_from_domain(letter)
        if domain:
            self.names.append(domain)
        people = [*context.signers, *context.to, *context.cc]
        self.people = {fold(w) for p in people for w in re.findall(r"[\w'’-]+", p.name)}
        # NOTE: the Subject and the rejection name the employer's departments, sites and
        # brands ("the Data Platform Group", "our Pretoria East laboratory"): any name
        # made of their capitalised words is the employer's.
        texts = [context.subject or "", context.thread or "",
                 *(p.name for p in context.signers)]  # fmt: skip
        self.thread = {fold(w) for text in texts for w in re.findall(r"\b[^\W\d_][\w'’-]*", text)
                       if w[:1].isupper()}  # fmt: skip

    def learn(self, doc, candidates: list[Candidate]) -> None:
        """Take as the employer's the names the letter itself calls its sites or teams."""
        for candidate in candidates:
            after = _after(doc, candidate.end)
            before = doc[candidate.start - 1].lower_ if candidate.start else ""
            last = words_of(candidate.text)[-1]
            if after in SITES or before in ("your", "our") or last in SITES:
                self.thread.update(distinctive(candidate.text))

    def person(self, name: str) -> bool:
        """Return True for the name of someone in the context ("Dana", "Ms Whitfield")."""
        words = [w for w in words_of(name) if w not in TITLES]
        return bool(words) and set(words) <= self.people

    def covers(self, name: str) -> bool:
        """Return True when ``name`` is one of the employer's names."""
        if any(same_org(name, known) for known in self.names):
            return True
        words = distinctive(name)
        return not words or set(words) <= self.thread


def _titled(doc, candidate: Candidate) -> bool:
    """Return True for a name after an honorific ("Ms. Okafor") or opening on one."""
    before = doc[candidate.start - 1].lower_.rstrip(".") if candidate.start else ""
    first = words_of(candidate.text)[0]
    return before in PERSON_TITLES or (
        first in PERSON_TITLES and candidate.end - candidate.start > 1
    )


def _after(doc, end: int) -> str:
    """Return the word after a name, past a possessive ("Riverside Homes' programme")."""
    k = end
    if k < len(doc) and doc[k].lower_ in ("'s", "’s", "'", "’"):
        k += 1
    return doc[k].lower_ if k < len(doc) else ""


def _addressed(doc, candidate: Candidate, company: str) -> bool:
    """Return True when the name is used as the company being written to."""
    start, end = candidate.start, candidate.end
    sent = doc[start].sent
    words = words_of(candidate.text)
    last = words[-1]
    after = _after(doc, end)
    if last in SITES or after in SITES or last in EVENTS or after in EVENTS:
        return False  # a site, property or event: "Willow House", "the Eastgate branch"
    if last in JOBTITLES or after in JOB_NOUNS:
        return False  # a job: "the Data Analyst role", "our new Head Brewer"
    possessive = end < len(doc) and doc[end].lower_ in ("'s", "’s", "'", "’")
    following = [t.lower_ for t in doc[end + possessive : min(end + possessive + 3, len(doc))]]
    if possessive and not candidate.org and SITES.intersection(following):
        return False  # "St. Fintan's surgical ward"
    before = doc[start - 1].lower_ if start else ""
    if (not possessive and before in ("the", "a", "an", "your", "our") and _attributive(after)
            and (not candidate.org or after in PROJECTS)):  # fmt: skip
        return False  # "the Clyde bridge", "the Pellmore Retail engagement": a thing it names
    if _event(doc, candidate) or _unit(words, company):
        return False  # a trade fair; a school or department of the employer
    window = _window(doc, sent.start, start)
    if OWN_CUES.intersection(window) or _own_sentence(doc, sent, start, end):
        return False
    if _own_past(window):
        return False  # "I work at Initech", "I was a nurse at Meridian": the writer's own
    previous = window[-1] if window else ""
    if previous == "in" and JOB_NOUNS.intersection(window[-3:-1]):
        return False  # "a post in Critical Care", "roles in Group Finance": a department
    if previous in ("the", "a", "an") and len(window) > 1:
        previous, window = window[-2], window[:-1]
    if previous in ("join", "joining", "rejoin", "rejoining"):
        return True
    if previous == "like" and len(window) > 1 and window[-2] in LIKE_EMPLOYER:
        return True  # "a crew like Corvane", "a family like yours at Initech"
    if previous == "from" and FROM_EMPLOYER.intersection(window[-4:-1]):
        return True  # "I expected better from Datavance"
    sentence = {t.lower_ for t in sent}
    cued = bool(JOB_CUES.intersection(sentence) or {"you", "your"} & sentence)
    if candidate.org:
        return cued
    if possessive and cued and after.isalpha():
        return True  # "Brightwave's plans", "Veridia's pipeline"
    if previous in ("for", "by") or (previous == "to" and window[-2:-1] == ["apply"]):
        return len(window) > 1 and window[-2] in WORK_FOR  # "work for Telvanta", "apply to"
    # "at X" names the employer only after a word about the job ("the team at Globex",
    # "considered when something opens up at Northway"), not a place ("a visit at Cedar Flats").
    return previous == "at" and bool(JOB_CUES.intersection(window[-4:-1]))


def _event(doc, candidate: Candidate) -> bool:
    """Return True for a trade fair or another event ("Feira Sabores 2025", "Expo Lisboa")."""
    after = doc[candidate.end] if candidate.end < len(doc) else None
    year = after is not None and bool(re.fullmatch(r"(?:19|20)\d\d", after.text))
    return year or words_of(candidate.text)[0] in EVENT_OPENERS


def _unit(words: list[str], company: str) -> bool:
    """Return True for a part of an organisation ("the School of Public Health")."""
    umbrella = UMBRELLA.search(company)
    if umbrella and words[-1] in SCHOOLS:
        return True  # "Roosevelt Middle School" of the district that wrote
    units = UNITS | UMBRELLA_UNITS if umbrella else UNITS
    return len(words) > 2 and words[0] in units and words[1] in ("of", "for")


def _own_past(window: list[str]) -> bool:
    """Return True for a clause about the writer's own job ("I was a nurse at").

    "I was grateful to be considered by" and "I had hoped to work for" are not.
    """
    for k, (me, verb) in enumerate(itertools.pairwise(window)):
        if me not in SELF or verb not in ("work", "working", "was", "were", "had"):
            continue
        following = window[k + 2 : k + 3]
        if verb in ("work", "working") or set(following) & PAST_JOB:
            return not JOINING.intersection(window[k + 2 :])
    return False


def _attributive(word: str) -> bool:
    """Return True when ``word`` after a name is a noun it qualifies ("the Clyde bridge")."""
    return word.isalpha() and word.islower() and word not in FUNCTION_WORDS


def _window(doc, sent_start: int, start: int) -> list[str]:
    """Return the lowercase words of the clause before doc[start] (a few words at most)."""
    k = start - 1
    while k >= sent_start and doc[k].lower_ not in CLAUSE_BREAKS and start - k <= 10:
        k -= 1
    if k >= sent_start and doc[k].text in (",", "(") and k == start - 1:
        return _window(doc, sent_start, k)  # "my previous employer, Globex,": an apposition
    return [t.lower_ for t in doc[k + 1 : start]]


def _own_sentence(doc, sent, start: int, end: int) -> bool:
    """Return True for "At Ogilvy I wrote ...": a sentence that opens on the writer's past."""
    if start - sent.start > 3 or doc[start - 1].lower_ not in ("at", "in", "with"):
        return False
    rest = [t.lower_ for t in doc[end : min(end + 4, sent.end)] if t.text != ","]
    if rest[:1] in (["where"], ["when"]) and rest[1:2] in (["i"], ["we"]):
        rest = rest[1:]  # "At Brambles Care, where I worked for three years, I learned"
    return (
        bool(rest[:1])
        and rest[0] in ("i", "we")
        and len(rest) > 1
        and (rest[1] in PAST or rest[1].endswith("ed"))
    )


def _company_from_domain(letter: Letter) -> str | None:
    """Return the sender's domain name ('acmecorp') when no company name is known."""
    for person in letter.context.signers:
        domain = person.address.split("@", 1)[1] if "@" in person.address else ""
        if domain and not FREE_MAIL.match(domain):
            return domain_name(domain) or None
    return None


#: Where a Subject line splits into its parts ("Re: Planner - Northgate Rail Ltd",
#: "[Hanbit Mobility] Product Manager", "Your application to Acme").
_SUBJECT_PARTS = re.compile(r"\s+[-\u2013\u2014|:]\s+|[\[\]():]|\s+(?:at|with|to|for)\s+")


def _company_from_subject(letter: Letter) -> str | None:
    """Return the employer the Subject names, when its name is the domain written to.

    "Re: Graduate Planner - Northgate Rail Ltd" to bethan@northgaterail.co.uk names
    Northgate Rail Ltd; a Subject part that no address of the thread spells gives nothing.
    """
    context = letter.context
    domains = [p.address.split("@", 1)[1] for p in [*context.signers, *context.to, *context.cc]
               if "@" in p.address]  # fmt: skip
    stems = [re.sub(r"[^a-z0-9]", "", domain_name(d)) for d in domains if not FREE_MAIL.match(d)]
    for part in _SUBJECT_PARTS.split(context.subject or ""):
        part = part.strip(" ,.")
        key = "".join(w for w in words_of(part) if w not in SUFFIXES)
        # NOTE: the domain's whole name must be in the part: "Careers" is no name of acmecareers
        if (
            part[:1].isupper()
            and len(part.split()) <= 6
            and any(len(stem) > 3 and stem in key for stem in stems)
        ):
            return part
    return None
