"""wrong-company: the reply names another organisation as the one it is writing to."""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from dataclasses import dataclass

from replylint.custom._people import TITLES, fold
from replylint.findings import Finding
from replylint.letter import Letter, domain_name
from replylint.rules import Rule

#: Words a company's name may carry or drop without naming another company.
_SUFFIXES = frozenset({
    "inc", "ltd", "llc", "corp", "corporation", "co", "company", "gmbh", "plc", "group",
    "limited", "holdings", "sa", "ag", "bv", "lp", "llp", "pty", "the", "nv", "srl", "spa",
})  # fmt: skip
#: Partnership words an employer's initials leave out ("HB" for Harlow Briggs & Partners).
_PARTNERSHIP = frozenset({"partners", "partnership", "associates", "sons", "brothers", "and"})
#: Legal forms that end a name and may stand after a comma ("Baxter Holdings, L.P.").
_LEGAL = frozenset({
    "inc", "ltd", "llc", "llp", "lp", "corp", "co", "gmbh", "plc", "pty", "ag", "sa", "bv",
    "nv", "srl", "spa", "kg", "oy", "ab", "limited",
})  # fmt: skip
#: Words that end an organisation's name ("Northgate Health", "Kestrel Shipping").
_ORG_WORDS = _LEGAL | frozenset({
    "group", "labs", "technologies", "solutions", "partners", "systems", "bank", "hospital",
    "health", "healthcare", "university", "college", "studio", "studios", "agency",
    "foundation", "consulting", "media", "software", "capital", "associates", "architects",
    "industries", "logistics", "pharma", "clinic", "academy", "institute", "enterprises",
    "shipping", "freight", "marine", "offshore", "mutual", "insurance", "homes", "housing",
    "construction", "builders", "care", "trust", "analytics", "bio", "biotech", "games",
    "holdings", "ventures", "energy", "renewables", "motors", "airlines", "airways", "foods",
    "brewing", "brewery", "hotels", "restaurants", "retail", "finance", "financial", "legal",
    "law", "networks", "telecom", "engineering", "manufacturing", "services", "partnership",
    "clínica", "clinica", "clinique", "klinik", "gruppo", "groupe", "grupo", "hospitality",
    "corporation", "company", "association", "society", "council", "laboratories",
})  # fmt: skip
#: Words that open an organisation's name ("Clínica Montemar", "Banco Sabadell").
_ORG_OPENERS = frozenset({
    "clinica", "clinique", "klinik", "hospital", "hopital", "ospedale", "banco", "banque",
    "grupo", "gruppo", "groupe", "bank", "university", "universidad", "universite",
    "universitat", "universita", "fundacion", "fondation", "stiftung", "instituto", "institut",
    "colegio", "escuela", "ecole", "editorial", "editions", "studio", "atelier", "agence",
    "agencia", "casa", "maison", "laboratoires", "laboratorios",
})  # fmt: skip
#: A name ending in one of these, or followed by one, is a place of the employer
#: ("Willow House", "the Millbrook plant", "the Arklow Bank project"), not a company.
_SITES = frozenset({
    "location", "branch", "store", "site", "office", "offices", "campus", "depot", "plant",
    "warehouse", "facility", "building", "hq", "headquarters", "ward", "unit", "shop",
    "house", "lodge", "court", "manor", "hall", "gardens", "mill", "yard", "kitchen",
    "restaurant", "hotel", "bistro", "cafe", "café", "bar", "project", "programme", "program",
    "scheme", "centre", "center", "lab", "laboratory", "wing", "floor", "team", "department",
    "division", "desk", "line", "route", "stores", "outlet", "farm", "works", "terminal",
    "port", "school", "home", "residence", "estate", "park", "square", "street", "road",
})  # fmt: skip
#: A name ending in one of these is an event ("Hannover Messe", "the Leeds Jobs Fair").
_EVENTS = frozenset({
    "fair", "expo", "messe", "conference", "summit", "show", "festival", "congress", "forum",
    "week", "awards", "meetup", "hackathon", "symposium", "convention", "fest", "day", "con",
})  # fmt: skip
#: A name followed by one of these, or ending in a job title, names a job ("the Data
#: Analyst role", "the Head Brewer"), not a company.
_JOB_NOUNS = frozenset({
    "role", "roles", "position", "positions", "post", "job", "vacancy", "opening", "openings",
    "interview", "interviews", "application", "contract", "shift", "intake", "programme",
    "placement", "apprenticeship", "internship", "opportunity", "or",
})  # fmt: skip
_JOBTITLES = frozenset({
    "manager", "director", "recruiter", "partner", "coordinator", "specialist", "lead", "head",
    "officer", "president", "chair", "dean", "editor", "chief", "founder", "generalist",
    "advisor", "adviser", "consultant", "supervisor", "associate", "administrator", "engineer",
    "superintendent", "analyst", "paralegal", "auditor", "surveyor", "brewer", "librarian",
    "nurse", "pharmacist", "technologist", "technician", "tester", "fellow", "planner",
    "executive", "lecturer", "architect", "assistant", "senior", "junior", "qs", "educator",
    "developer", "designer", "scientist", "researcher", "writer", "copywriter", "accountant",
    "clerk", "agent", "representative", "rep", "teacher", "tutor", "chef", "cook", "driver",
    "operator", "electrician", "plumber", "mechanic", "producer", "curator", "therapist",
    "counsellor", "counselor", "worker", "handler", "intern", "trainee", "apprentice",
    "principal", "professor", "doctor", "physician", "surgeon", "midwife", "paramedic",
    "secretary", "receptionist", "cashier", "barista", "server", "steward", "pilot",
    "photographer", "journalist", "marketer", "strategist", "owner", "programmer", "admin",
    "controller", "inspector", "investigator", "buyer", "merchandiser", "estimator",
})  # fmt: skip
_SCHOOLS = frozenset({
    "school", "elementary", "primary", "middle", "high", "academy", "college", "secondary",
    "kindergarten", "faculty", "institute", "campus",
})  # fmt: skip
#: An employer whose schools, hospitals or sites carry names of their own.
_UMBRELLA = re.compile(
    r"\b(?:district|schools|board|trust|authority|council|diocese|academies|isd|usd"
    r"|university|federation|network|group|system)\b",
    re.IGNORECASE,
)
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
_NOT_NAMES = frozenset({"i", "linkedin", "glassdoor", "zoom", "teams", "slack", "google",
                        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
                        "sunday", "january", "february", "march", "april", "may", "june",
                        "july", "august", "september", "october", "november", "december",
                        "hr", "ceo", "cto", "vp", "cv", "english"})  # fmt: skip
#: Words that join capitalised words inside one name ("Bank of Ireland", "Lumen & Reed").
_JOINERS = frozenset({"&", "of", "de", "del", "du", "des", "la", "der", "von", "van", "y",
                      "for", "'s", "’s"})  # fmt: skip
_SAINT = frozenset({"st.", "st", "ste.", "saint", "sainte"})
_FREE_MAIL = re.compile(r"(?:gmail|googlemail|yahoo|hotmail|outlook|live|icloud|aol|proton\w*"
                        r"|gmx|mail)\.", re.IGNORECASE)  # fmt: skip
#: How alike (0-100) a name must be to the employer's to be a misspelling of it.
_NEAR_MISS = 80


@dataclass(frozen=True, slots=True)
class Candidate:
    """A capitalised name in the letter: doc[start:end], its text, and how sure it is a firm."""

    start: int
    end: int
    text: str
    org: bool


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
    candidates = list(_candidates(doc))
    aliases.learn(doc, candidates)
    for candidate in candidates:
        span = letter.file_span(candidate.start, candidate.end)
        if not body.covers(span.start, span.end) or aliases.person(candidate.text):
            continue
        covered = aliases.covers(candidate.text)
        if context.company and not covered and _near_miss(candidate.text, context.company):
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
            last = _words(candidate.text)[-1]
            if after in _SITES or before in ("your", "our") or last in _SITES:
                self.thread.update(_distinctive(candidate.text))

    def person(self, name: str) -> bool:
        """Return True for the name of someone in the context ("Dana", "Ms Whitfield")."""
        words = [w for w in _words(name) if w not in TITLES]
        return bool(words) and set(words) <= self.people

    def covers(self, name: str) -> bool:
        """Return True when ``name`` is one of the employer's names."""
        if any(_same(name, known) for known in self.names):
            return True
        distinctive = _distinctive(name)
        return not distinctive or set(distinctive) <= self.thread


def _candidates(doc) -> Iterator[Candidate]:
    """Yield the capitalised names of the letter (and the pipeline's ORG entities)."""
    tagged = doc.has_annotation("ENT_IOB")
    ents = {(e.start, e.end) for e in doc.ents if e.label_ == "ORG"} if tagged else set()
    # NOTE: a small pipeline also tags acronyms, tools and first names as ORG (and firms
    # as people): its ORG entities may open a sentence, but only a name's own words make
    # it surely a firm.
    i = 0
    while i < len(doc):
        end = _name_end(doc, i)
        if end == i:
            i += 1
            continue
        start = i
        text = doc[start:end].text
        org = _is_org(text)
        if doc[start].is_sent_start and not org and (start, end) not in ents:
            start += 1  # "Thanks", "Please": a capital that only starts the sentence
            if _name_end(doc, start) != end:
                i = start
                continue
            text = doc[start:end].text
        if start < end and fold(text) not in _NOT_NAMES:
            yield Candidate(start, end, text, org)
        i = end


def _name_end(doc, i: int) -> int:
    """Return where a name starting at doc[i] ends (i when none starts there)."""
    if doc[i].lower_ in _SAINT and i + 1 < len(doc) and _capitalised(doc[i + 1]):
        j = i + 1
    elif _capitalised(doc[i]):
        j = i
    else:
        return i
    j += 1
    while j < len(doc) and j - i < 7:
        token = doc[j]
        if _capitalised(token) or _legal(token):
            j += 1
        elif (
            (token.lower_ in _JOINERS or token.lower_ in _SAINT)
            and j + 1 < len(doc)
            and (_capitalised(doc[j + 1]) or (token.text == "&" and _legal(doc[j + 1])))
        ):
            j += 2
        elif token.text == "," and j + 1 < len(doc) and _legal(doc[j + 1]):
            j += 2  # "Baxter Holdings, L.P."
        else:
            break
    return j


def _capitalised(token) -> bool:
    text = token.text
    if not text[:1].isupper():
        return False
    letters = text.replace("-", "").replace("'", "").replace("’", "")
    return letters.isalpha() and len(text) > 1


def _legal(token) -> bool:
    return re.sub(r"[.,]", "", token.lower_) in _LEGAL and token.text[:1].isupper()


def _is_org(name: str) -> bool:
    """Return True when the name's own words make it an organisation."""
    words = _words(name)
    return bool(words) and (
        words[-1] in _ORG_WORDS
        or "&" in name
        or (len(words) > 1 and words[-2] in _ORG_WORDS and words[-1] in _LEGAL)
        or (len(words) > 1 and words[0] in _ORG_OPENERS)
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
    words = _words(candidate.text)
    last = words[-1]
    after = _after(doc, end)
    if last in _SITES or after in _SITES or last in _EVENTS or after in _EVENTS:
        return False  # a site, property or event: "Willow House", "the Eastgate branch"
    if last in _JOBTITLES or after in _JOB_NOUNS:
        return False  # a job: "the Data Analyst role", "our new Head Brewer"
    possessive = end < len(doc) and doc[end].lower_ in ("'s", "’s", "'", "’")
    following = [t.lower_ for t in doc[end + possessive : min(end + possessive + 3, len(doc))]]
    if possessive and not candidate.org and _SITES.intersection(following):
        return False  # "St. Fintan's surgical ward"
    before = doc[start - 1].lower_ if start else ""
    if (not possessive and before in ("the", "a", "an", "your", "our") and _attributive(after)
            and (not candidate.org or after in _PROJECTS)):  # fmt: skip
        return False  # "the Clyde bridge", "the Pellmore Retail engagement": a thing it names
    if "messe" in words or (last in _SCHOOLS and _UMBRELLA.search(company)):
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


def _words(name: str) -> list[str]:
    return re.findall(r"[a-z0-9&]+", re.sub(r"['’]s?\b", "", fold(name)))


def _normal(name: str) -> list[str]:
    return [w for w in _words(name) if w not in _SUFFIXES and w != "&"]


def _distinctive(name: str) -> list[str]:
    """Return the words of ``name`` that tell one organisation from another."""
    return [w for w in _normal(name) if w not in _ORG_WORDS and w not in _JOINERS
            and w not in _SAINT]  # fmt: skip


def _initials(words: list[str]) -> set[str]:
    """Return the employer's initials, with and without its partnership words."""
    core = [w for w in words if w not in _PARTNERSHIP]
    return {"".join(w[0] for w in ws) for ws in (words, core) if ws}


def _same(candidate: str, company: str) -> bool:
    """Return True when ``candidate`` names the company (short form, initials, possessive)."""
    mine, theirs = _normal(candidate), _normal(company)
    if not mine or not theirs:
        return True
    if set(mine) <= set(theirs) or set(theirs) <= set(mine):
        return True
    joined = "".join(theirs)
    if "".join(mine) in _initials(theirs) or "".join(mine) in joined:
        return True
    return mine[0] == theirs[0] and len(mine[0]) > 3  # "Lakeview Middle School", "Lakeview SD"


def _near_miss(candidate: str, company: str) -> bool:
    """Return True when ``candidate`` misspells the company ("Halvorson Analytics")."""
    mine, theirs = _normal(candidate), _normal(company)
    if not mine or mine == theirs or len(mine) != len(theirs):
        return False
    if "".join(mine) in _initials(theirs):
        return False
    from rapidfuzz import fuzz  # only when a company is known (see _people.name_parts)

    pairs = list(zip(mine, theirs, strict=True))
    changed = [(a, b) for a, b in pairs if a != b]
    # one word changed, and only a little: a typo, not another firm sharing a word
    return (len(changed) == 1 and min(len(w) for w in changed[0]) > 3
            and fuzz.ratio(*changed[0]) >= _NEAR_MISS
            and fuzz.ratio(" ".join(mine), " ".join(theirs)) >= _NEAR_MISS)  # fmt: skip


def _company_from_domain(letter: Letter) -> str | None:
    """Return the sender's domain name ('acmecorp') when no company name is known."""
    for person in letter.context.signers:
        domain = person.address.split("@", 1)[1] if "@" in person.address else ""
        if domain and not _FREE_MAIL.match(domain):
            return domain_name(domain) or None
    return None
