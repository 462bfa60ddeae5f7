"""wrong-company: the reply names another organisation as the one it is writing to."""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator

from replylint.custom._org_names import (
    EVENTS,
    FREE_MAIL,
    JOB_NOUNS,
    JOBTITLES,
    SCHOOLS,
    SITES,
    UMBRELLA,
    Candidate,
    distinctive,
    find_candidates,
    near_miss,
    same_org,
    words_of,
)
from replylint.custom._people import TITLES, fold
from replylint.findings import Finding
from replylint.letter import Letter, domain_name
from replylint.rules import Rule

#: Words before a name that make it the writer's own: a past or present employer, a
#: school, a client, an event, a new employer ("In my five years at Initech").
_OWN_CUES = frozenset({
    "worked", "spent", "previously", "former", "formerly", "currently", "current", "intern",
    "interned", "internship", "years", "months", "employer", "led", "built", "managed", "ran",
    "studied", "study", "studying", "graduated", "graduate", "graduating",
    "alumni", "alumnus", "alumna", "degree", "trained", "volunteered", "volunteer", "time",
    "last", "previous", "placement", "apprenticeship", "accepted", "starting", "start",
    "moving", "clients", "client", "customers", "customer", "including", "such",
    "competitors", "suppliers", "vendors", "brands", "attended", "student", "course",
    "diploma", "booth", "stand", "stall", "exhibition", "exhibiting", "conference", "fair",
    "expo", "event", "webinar", "taught", "teaching", "qualified", "certificate", "mba",
    "phd", "bsc", "msc", "ba", "ma", "since", "background", "experience", "offer", "used",
    "served", "retired", "left", "leaving",
})  # fmt: skip
#: Words of a sentence about working for, joining or being considered by an organisation,
#: or about the interview with it.
_JOB_CUES = frozenset({
    "role", "roles", "position", "positions", "job", "jobs", "opening", "openings",
    "opportunity", "opportunities", "team", "teams", "career", "careers", "work", "working",
    "join", "joining", "rejoin", "interview", "interviewing", "interviewed", "vacancy",
    "vacancies", "post", "posts", "department", "company", "firm", "everyone", "colleagues",
    "somewhere", "future", "people", "folks", "crew", "family", "staff", "considered",
    "consider", "considering", "opens", "open", "something", "apply", "applying", "hire",
    "hired", "hiring", "employed", "part", "visit", "visiting", "tour", "meeting", "met",
    "meet", "having", "showing", "place", "contribute", "contributing", "lucky", "benefit",
    "congratulations", "congratulate", "hear", "hearing", "heard", "learn", "learning",
    "plans", "thank", "thanks", "grateful", "appreciated", "welcome", "day", "stay", "again",
    "expected", "better", "luck", "success", "wish", "mission", "culture", "values",
    "enjoyed", "afternoon", "morning", "fit", "fitting", "commitment", "committed", "keen",
    "passion", "passionate", "excited", "interest", "interested", "eager", "admire", "admired",
    "love", "proud",
})  # fmt: skip
#: Nouns after "like" that make the name the employer ("a crew like Corvane's").
_LIKE_EMPLOYER = frozenset({
    "crew", "family", "team", "company", "firm", "place", "employer", "organisation",
    "organization", "somewhere", "business", "group", "outfit", "house", "agency",
})  # fmt: skip
#: Words that make "from X" the employer's own answer ("I expected better from Datavance").
_FROM_EMPLOYER = frozenset({"better", "more", "hear", "hearing", "heard", "back", "news",
                            "response", "reply", "email", "decision", "rejection"})  # fmt: skip
_SELF = frozenset({"i", "we", "currently", "still", "now", "been", "am", "i'm"})
#: Nouns after an organisation's name that make it a client or a project of the employer
#: ("the Pellmore Retail engagement"), not the organisation written to.
_PROJECTS = frozenset({
    "engagement", "account", "project", "pitch", "campaign", "contract", "deal", "case",
    "brief", "bid", "tender", "acquisition", "merger", "audit", "rollout", "launch",
    "integration", "partnership", "study", "portfolio", "client", "relationship",
})  # fmt: skip
#: Words before "for X" or "by X" that make X the employer ("considered by Northway").
_WORK_FOR = frozenset(
    {
        "work",
        "working",
        "apply",
        "applying",
        "interviewing",
        "considered",
        "hired",
        "employed",
        "chosen",
        "selected",
        "job",
        "role",
        "position",
    }
)
#: Words after a name that are not a noun it qualifies ("Acme is", "Acme one day").
_FUNCTION_WORDS = frozenset({
    "is", "was", "are", "were", "has", "have", "had", "will", "would", "can", "could", "may",
    "might", "should", "must", "and", "or", "but", "for", "to", "in", "at", "on", "of", "with",
    "from", "by", "as", "one", "again", "someday", "soon", "too", "also", "that",
    "who", "which", "where", "when", "if", "so", "because", "last", "next", "this",
    "does", "did", "do", "seems", "sounds", "looks", "feels", "really", "still", "always",
})  # fmt: skip
_CLAUSE_BREAKS = frozenset({",", ";", ":", "(", "and", "but", "so", "because", "while",
                            "although", "though", "whereas", "-", "\u2013", "\u2014"})  # fmt: skip
_PAST = frozenset({"wrote", "led", "ran", "built", "was", "were", "had", "spent", "taught",
                   "made", "did", "took", "grew", "won", "got", "saw", "sold", "oversaw",
                   "kept", "brought", "learnt", "worked", "managed", "learned"})  # fmt: skip


def has_context(letter: Letter, rule: Rule) -> bool:
    """Return True when the company that sent the rejection is known (by name or domain)."""
    return letter.doc is not None and _company(letter) is not None


def _company(letter: Letter) -> str | None:
    return letter.context.company or _company_from_domain(letter)


def run(letter: Letter, rule: Rule) -> Iterator[Finding]:
    """Yield a finding for each organisation named as the addressee that is not the sender."""
    context = letter.context
    company = _company(letter)
    if company is None or letter.doc is None:
        return  # the company is unknown: nothing to compare with
    doc = letter.doc
    aliases = _Aliases(letter, company)
    body = letter.parts.get("body", letter.own)
    candidates = list(find_candidates(doc))
    aliases.learn(doc, candidates)
    for candidate in candidates:
        span = letter.file_span(candidate.start, candidate.end)
        if not body.covers(span.start, span.end) or aliases.person(candidate.text):
            continue
        covered = aliases.covers(candidate.text)
        if context.company and not covered and near_miss(candidate.text, context.company):
            yield rule.finding(letter, span.start, span.end, company=context.company,
                               note=f"spelt '{context.company}'")  # fmt: skip
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
            and (not candidate.org or after in _PROJECTS)):  # fmt: skip
        return False  # "the Clyde bridge", "the Pellmore Retail engagement": a thing it names
    if "messe" in words or (last in SCHOOLS and UMBRELLA.search(company)):
        return False  # a trade fair; a school of the district that wrote
    window = _window(doc, sent.start, start)
    if _OWN_CUES.intersection(window) or _own_sentence(doc, sent, start, end):
        return False
    if any(w in ("work", "working", "was", "were", "had") and p in _SELF
           for p, w in itertools.pairwise(window)):  # fmt: skip
        return False  # "I work at Initech", "I was a nurse at Meridian": the writer's own
    previous = window[-1] if window else ""
    if previous in ("the", "a", "an") and len(window) > 1:
        previous, window = window[-2], window[:-1]
    if previous in ("join", "joining", "rejoin", "rejoining"):
        return True
    if previous == "like" and len(window) > 1 and window[-2] in _LIKE_EMPLOYER:
        return True  # "a crew like Corvane", "a family like yours at Initech"
    if previous == "from" and _FROM_EMPLOYER.intersection(window[-4:-1]):
        return True  # "I expected better from Datavance"
    sentence = {t.lower_ for t in sent}
    cued = bool(_JOB_CUES.intersection(sentence) or {"you", "your"} & sentence)
    if candidate.org:
        return cued
    if possessive and cued and after.isalpha():
        return True  # "Brightwave's plans", "Veridia's pipeline"
    if previous in ("for", "by"):
        return len(window) > 1 and window[-2] in _WORK_FOR  # "work for Telvanta"
    # "at X" names the employer only after a word about the job ("the team at Globex",
    # "considered when something opens up at Northway"), not a place ("a visit at Cedar Flats").
    return previous == "at" and bool(_JOB_CUES.intersection(window[-4:-1]))


def _attributive(word: str) -> bool:
    """Return True when ``word`` after a name is a noun it qualifies ("the Clyde bridge")."""
    return word.isalpha() and word.islower() and word not in _FUNCTION_WORDS


def _window(doc, sent_start: int, start: int) -> list[str]:
    """Return the lowercase words of the clause before doc[start] (a few words at most)."""
    k = start - 1
    while k >= sent_start and doc[k].lower_ not in _CLAUSE_BREAKS and start - k <= 10:
        k -= 1
    if k >= sent_start and doc[k].text in (",", "(") and k == start - 1:
        return _window(doc, sent_start, k)  # "my previous employer, Globex,": an apposition
    return [t.lower_ for t in doc[k + 1 : start]]


def _own_sentence(doc, sent, start: int, end: int) -> bool:
    """Return True for "At Ogilvy I wrote ...": a sentence that opens on the writer's past."""
    if start - sent.start > 3 or doc[start - 1].lower_ not in ("at", "in", "with"):
        return False
    rest = [t.lower_ for t in doc[end : min(end + 4, sent.end)] if t.text != ","]
    return (
        bool(rest[:1])
        and rest[0] in ("i", "we")
        and len(rest) > 1
        and (rest[1] in _PAST or rest[1].endswith("ed"))
    )


def _company_from_domain(letter: Letter) -> str | None:
    """Return the sender's domain name ('acmecorp') when no company name is known."""
    for person in letter.context.signers:
        domain = person.address.split("@", 1)[1] if "@" in person.address else ""
        if domain and not FREE_MAIL.match(domain):
            return domain_name(domain) or None
    return None
