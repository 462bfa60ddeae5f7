"""The employer's names: the company the context gives, and every alias the thread gives it."""

from __future__ import annotations

import itertools
import re

from replylint.custom._framing import coined_team
from replylint.custom._job_slots import pasted_in_slot
from replylint.custom._org_cues import TRAITS
from replylint.custom._org_kinds import KINDS, body_office_in, kind_name, other_school
from replylint.custom._org_likeness import (
    NEAR_MISS,
    acronyms,
    distinctive,
    near_miss,
    normal_words,
    parallel,
    same_org,
    swapped,
    twin,
    unbracketed,
)
from replylint.custom._org_names import (
    ELIDED,
    FREE_MAIL,
    JOINERS,
    ORG_WORDS,
    POSSESSIVE,
    SUFFIXES,
    Candidate,
    words_of,
)
from replylint.custom._org_parts import (
    ESTABLISHMENTS,
    FLEETS,
    JOB_POSTS,
    NATIONAL_ARMS,
    OWN_SITES,
    PLACES,
    SITE_ENDS,
    SITES,
    TEAMS,
    body_initials,
    establishment,
    firm_shaped,
    foreign_name,
    place_shaped,
)
from replylint.custom._org_wishes import wished_well
from replylint.custom._people import TITLES, fold, same_person
from replylint.custom._vocabulary import mostly_capitalised, ordinary
from replylint.letter import Letter, domain_name


def company(letter: Letter) -> str | None:
    """Return the employer's name: from the context, the Subject, else the sender's domain."""
    context = letter.context
    return context.company or company_from_subject(letter) or company_from_domain(letter)


def word_after(doc, end: int) -> str:
    """Return the word after a name, past a possessive ("Riverside Homes' programme")."""
    k = end
    if k < len(doc) and doc[k].lower_ in POSSESSIVE:
        k += 1
    return doc[k].lower_ if k < len(doc) else ""


#: The words between two names of one organisation before and after it changed its name
#: ("X has become Y", "X was renamed Y", "Y (formerly X)", "X, now trading as Y"), or
#: remembered from before it ("when X was still Y", "X used to be called Y").
_RENAMED = re.compile(
    r"\s*[(,]?\s*(?:(?:has|have|had|was|were|is|are)\s+)?(?:become|became|now|renamed|rebranded"
    r"|formerly|previously|changed\s+(?:its|their)\s+name"
    r"|(?:was|were)\s+(?:still|once|originally)|used\s+to\s+be)"
    r"(?:\s+(?:known|called|named|trading))?"
    r"(?:\s+(?:as|to|into))?\s*",
    re.IGNORECASE,
)


#: The words between two names in "when X was (called) Y": a name held then.
_WAS_CALLED = re.compile(r"\s*(?:was|were)(?:\s+(?:called|named|known\s+as))?\s*", re.IGNORECASE)


def _when_was(doc, one: Candidate, between: str) -> bool:
    """Return True for "when X was Y", "when X was called Y": Y is X's name back then.

    "When" right before the first name, and only "was" (or "was called") between the two.
    """
    return (
        one.start > 0
        and doc[one.start - 1].lower_ == "when"
        and bool(_WAS_CALLED.fullmatch(between))
    )


#: The words between the employer's name and its parent's ("Millbrook Buses is part of Tern
#: Transport Group", "X, a subsidiary of Y", "X belongs to the Y group", "X is owned by Y").
_PARENTED = re.compile(
    r"\s*,?\s*(?:(?:which|that)\s+)?(?:(?:is|are|was|were|has\s+been|have\s+been|'s|’s)\s+)?"
    r"(?:(?:now|still|also|actually|already|since|recently)\s+)?"
    r"(?:(?:(?:a|an|one)\s+)?(?:part|member|subsidiary|division|arm)\s+of"
    r"|owned\s+by|belongs\s+to|belonged\s+to|sits\s+(?:within|under|in))"
    r"(?:\s+the)?\s*",
    re.IGNORECASE,
)

#: The words between a parent's name and the employer's it owns ("Y, which owns X").
_OWNS = re.compile(
    r"\s*,?\s*(?:(?:which|that)\s+)?(?:(?:now|also|already)\s+)?(?:owns|bought|acquired)"
    r"(?:\s+the)?\s*",
    re.IGNORECASE,
)


#: Nouns after "X's" in apposition to a parent's name ("Tern Group, Millbrook's parent company"),
#: or after "your" before a relation's ("your sister brand Y", "Y, your partner airline").
#: NOTE: not "company" or "team": "your company Y" is the reader's own firm, a pasted name
_PARENT_NOUNS = frozenset({"parent", "owner", "owners", "holding", "group", "sister",
                           "subsidiary", "subsidiaries", "partner", "partners", "affiliate",
                           "affiliated", "client", "clients"})  # fmt: skip


def _parent_in_apposition(doc, between: str, other: Candidate) -> bool:
    """Return True for "Y, X's parent company": the name before a comma is X's parent.

    Only a comma (and "the" or "now") stands between the two names, and X is followed by
    a possessive and a noun of ownership ("parent", "owner", "holding company", "group").
    """
    if not re.fullmatch(r"\s*,\s*(?:(?:now|also)\s+)?", between):
        return False
    k = other.end
    if k + 1 >= len(doc) or doc[k].lower_ not in POSSESSIVE:
        return False
    return doc[k + 1].lower_ in _PARENT_NOUNS


def _readers_relation(doc, candidate: Candidate) -> bool:
    """Return True for a relation of the reader's firm named beside "your" ("your sister brand Y").

    "your sister brand Y", "your parent group Y", "Y, your partner airline": "your", a noun
    of a relation (and a noun of its kind) in apposition to the name: a firm the reader's
    own is tied to, not one pasted over it ("your company Y" is).
    """
    start, end = candidate.start, candidate.end
    for k in (start - 2, start - 3):
        if k >= 0 and doc[k].lower_ == "your" and doc[k + 1].lower_ in _PARENT_NOUNS:
            return all(t.is_alpha and t.is_lower for t in doc[k + 1 : start])
    after = [t.lower_ for t in doc[end : min(end + 3, len(doc))]]
    if after[:1] and after[0] in TEAMS and after[1:2] == ["you"]:
        # NOTE: "the Phoenicia Digital team you brought in last year": a team the reader
        # took into its own firm is the reader's now
        return after[2:] != [] and after[2] in _TAKEN_IN
    return after[:2] == [",", "your"] and after[2:] != [] and after[2] in _PARENT_NOUNS


#: Verbs of a firm taking a team into its own ("the X team you brought in", "you acquired").
_TAKEN_IN = frozenset({"brought", "acquired", "bought", "absorbed", "merged", "took",
                       "integrated", "onboarded"})  # fmt: skip


#: A word that refers back to the organisation named before it ("it", "the company").
_BACK = (
    r"(?:\b(?:it|they|(?:the|this)\s+(?:company|business|firm|brand|organi[sz]ation|chain"
    r"|restaurant|hotel|agency|studio|practice)))"
)
#: The pronoun's parent clause up to the parent's name ("it belongs to the", "the company is
#: now part of").
_PARENTED_BACK = re.compile(_BACK + _PARENTED.pattern + r"$", re.IGNORECASE)


def _referred_parent(doc, one: Candidate, other: Candidate) -> bool:
    """Return True for a parent of ``one`` said of it by a word referring back to it.

    "how Nordwind works now that it belongs to the Vahrenholt Group", "I know Millbrook
    well; the company is part of Tern Group": the pronoun or "the company" in the same or
    the next sentence, with no other name between, is ``one``.
    """
    sent = doc[other.start].sent
    named = doc[one.start].sent.start
    if named != sent.start and (sent.start == 0 or doc[sent.start - 1].sent.start != named):
        return False
    opening = max(sent.start, one.end)
    return bool(_PARENTED_BACK.search(doc[opening : other.start].text))


class Aliases:
    """Every name the context gives the employer: its own, its domain, and the thread's."""

    def __init__(self, letter: Letter, company: str) -> None:
        context = letter.context
        self.names = [company]
        domain = company_from_domain(letter)
        if domain:
            self.names.append(domain)
        people = [*context.signers, *context.to, *context.cc]
        self.people = {fold(w) for p in people for w in re.findall(r"[\w'’-]+", p.name)}
        # NOTE: the Subject, the rejection and the writer's own notes in front matter name
        # the employer's departments, sites, brands and agents ("the Data Platform Group",
        # "agency: Meridian Search"): any name made of their capitalised words is theirs.
        texts = [context.subject or "", context.thread or "", context.notes or "",
                 *(p.name for p in context.signers)]  # fmt: skip
        # NOTE: as a name's words are: "St Aldhelm's Hospital" gives "aldhelm", not "aldhelm's"
        #: the employer is one establishment ("Willowmere Care Home"): another is a rival
        self.one_place = establishment(company) or _thread_establishment(context.thread, company)
        # NOTE: past an article or preposition elided onto a name's word, as French and Italian
        # write them ("l'Ospedale Santo Spirito", "dell'Autorità"): the word is the name's
        self.thread = {part for text in texts
                       for w in re.findall(r"\b[^\W\d_][\w'’-]*", ELIDED.sub("", text))
                       if w[:1].isupper() for part in [fold(w), *words_of(w)]}  # fmt: skip
        #: the words the context itself gives, before the letter's own sites are learned
        self.given = frozenset(self.thread)
        #: the employer's names in full as the Subject and the rejection spell them ("Coral
        #: Sea Bulk Carriers" of coralseabulk): a firm's words, or the domain's run together
        self.full = [run for text in (context.subject, context.thread)
                     for part in _CLAUSE_END.split(text or "")
                     for run in _NAME_RUN.findall(part)
                     if set(words_of(run)) & ORG_WORDS
                     or any(same_org(run, name) for name in self.names)]  # fmt: skip
        #: those that are the employer's own name ("Ostrander & Vale" of ostrandervale)
        self.spelled_out = [full for full in self.full
                            if any(same_org(full, name) for name in self.names)]  # fmt: skip
        #: every name of three words or more the Subject and the rejection spell in full
        #: ("Puget Sound Naval Shipyard & Intermediate Maintenance Facility"), whose
        #: initials are the employer's short form when its domain says nothing ("navy.mil")
        self.spelled_runs = [run for text in (context.subject, context.thread)
                             for part in _CLAUSE_END.split(text or "")
                             for run in _NAME_RUN.findall(part)
                             if len(normal_words(run)) > 2]  # fmt: skip
        #: the rejection's own text is quoted, so what it names (and does not) is known
        self.quoted = bool((context.thread or "").strip())
        #: the words of the site the rejection says the job is at ("at our Kona property"),
        #: or else the letter ("the position at Qasr Academy", see ``learn``)
        self.job_site = {fold(w) for m in _OUR_SITE.finditer(context.thread or "")
                         for w in m["name"].split()}  # fmt: skip
        #: the letter's own short forms of the employer's name ("Lanier-Moss"), see ``learn``
        self.short: list[str] = []
        #: the labels of the signers' own domains ("kumogawa-world" of kumogawa-world.jp)
        domains = [p.address.split("@", 1)[1] for p in context.signers if "@" in p.address]
        self.domains = {re.sub(r"[^a-z0-9]", "", domain_name(d))
                        for d in domains if not FREE_MAIL.match(d)}  # fmt: skip

    def learn(self, doc, candidates: list[Candidate]) -> None:
        """Take as the employer's the names the letter itself calls its sites or teams."""
        # NOTE: the writer's own short form of the employer's name, in its own words only
        # ("at Lanier-Moss" of Lanier-Moss Government Services), is a name as the thread's full
        # one is: one of its words changed for a lookalike ("the Lanier-Morse team") names
        # another firm, no team of the employer's (see ``swapped``)
        own = self.given | set(words_of(self.names[0]))
        self.short = [c.text for c in candidates
                      if c.text[:1].isupper() and len(normal_words(c.text)) > 1
                      and c.text not in self.names and self.same(c.text)
                      and set(words_of(c.text)) <= own]  # fmt: skip
        # NOTE: a firm the letter names in full, and not the employer, owns its short form:
        # "Castlegate Marine Insurance ... the Castlegate team" is that firm's team
        others = [(c.text, set(distinctive(c.text))) for c in candidates
                  if c.org and not self.covers(c.text)]  # fmt: skip
        # NOTE: a name where the job or the writer's future is, and shaped as no site of the
        # employer's, is another firm wherever the letter names it ("the tour of X House ...
        # a future with X House")
        pasted = [set(distinctive(c.text)) for c in candidates
                  if pasted_in_slot(doc, c, self.names)]  # fmt: skip
        # NOTE: with no site in the rejection, the letter's own job's place ("the Admissions
        # Officer position at Qasr Academy") is the one site of the group it may mean: another
        # of the group's names wished well beside it is no site of this job's
        if not self.job_site:
            self.job_site = {w for c in candidates if _job_at(doc, c) for w in distinctive(c.text)}
        for candidate in candidates:
            before = doc[candidate.start - 1].lower_ if candidate.start else ""
            if body_initials(candidate.text) and _initials_of(candidate.text, self.names[0]):
                # NOTE: "the NMAD team" to Nordlys Museum of Art and Design: the employer's own
                # initials are its name, where another body's are that body's (see site_of)
                self.thread.update(distinctive(candidate.text))
                continue
            if _readers_relation(doc, candidate):
                # NOTE: a sister brand is often of the employer's kind ("Pantanal Cruceros"
                # of Amazonia Cruceros): the reader's own relation, not another of the kind
                self.thread.update(distinctive(candidate.text))
                continue
            if near_miss(candidate.text, self.names[0]):
                continue  # "the PixelForce team" to PixelForge Studios: a misspelt name, no team
            if any(parallel(candidate.text, kind_name(name))
                   for name in (self.names[0], *self.kinds_spelled(candidate.text))):  # fmt: skip
                # "the Hallam Fringe team" to Ostend Fringe: another of its kind's team;
                # NOTE: of its kind by any name the thread spells for it ("Vikstaholm Manor"
                # to Stiftelsen Ekebyholms herrgård, signed "Ekebyholm Manor Foundation")
                continue
            if self.swapped(candidate.text):
                continue  # "the Brennan Hill team" to Brennan Hale: another firm's team
            if other_school(candidate.text, self.names[0]):
                continue  # "Hanbit Global School" to Hanul International School: no site of it
            words = set(distinctive(candidate.text))
            if words and any(words <= set_ and text != candidate.text for text, set_ in others):
                continue
            if words and any(words <= set_ for set_ in pasted):
                continue  # "a future with Blackthorn House": a firm's name, not a site's
            town = town_force(candidate.text)
            if town:
                # NOTE: a force named by a town the thread gives is the employer's ("the Newark
                # Police Department" to the City of Newark); by another town ("the Jersey City
                # Police Department" to Newark's), another public body
                if set(town) <= self.given:
                    self.thread.update(distinctive(candidate.text))
                continue
            if before in ("your", "our") or (
                site_of(doc, candidate, self.one_place)
                # NOTE: not a name wished well as a whole ("I wish the Linden Arts Centre a
                # successful opening"): a site's last word, but the organisation written to
                and not wished_well(
                    doc,
                    candidate.start,
                    candidate.end,
                    self.names[0],
                    own_site=not self.elsewhere(candidate.text),
                )
            ):
                self.thread.update(distinctive(candidate.text))
        # "now that Solace has become Orbia", "Orbia (formerly Solace)": a name the letter
        # gives the employer before or after a change of name is the employer's too
        for one, other in itertools.pairwise(candidates):
            # NOTE: not "X is now Y's biggest client": a name owning something is not X's new name
            owns = other.end < len(doc) and doc[other.end].lower_ in POSSESSIVE
            between = doc[one.end : other.start].text
            if not owns and (_RENAMED.fullmatch(between) or _when_was(doc, one, between)):
                for old, new in ((one, other), (other, one)):
                    if self.covers(new.text):
                        self.thread.update(distinctive(old.text))
            # "I know Millbrook Buses is part of Tern Transport Group": the writer says the
            # employer belongs to the group, which is then no other firm anywhere in the letter
            elif not owns and _PARENTED.fullmatch(between) and self.covers(one.text):
                self.thread.update(distinctive(other.text))
            elif _OWNS.fullmatch(between) and self.covers(other.text):
                self.thread.update(distinctive(one.text))  # "Tern Group, which owns Millbrook"
            elif _parent_in_apposition(doc, between, other) and self.covers(other.text):
                self.thread.update(distinctive(one.text))  # "Tern Group, Millbrook's owner"
            # "how Millbrook works now that it belongs to Tern Group": a pronoun or "the
            # company" after the employer's name, said to belong to the group, is the employer
            if self.covers(one.text) and _referred_parent(doc, one, other):
                self.thread.update(distinctive(other.text))

    def _twin(self, name: str) -> bool:
        """Return True for the employer's name with a word of its own changed for another.

        NOTE: "Thistle Bank Nursery" to Thistle Park Nursery: a word of the employer's own
        changed for a trade's ("Bank") leaves its other words all the thread's, and its first
        words may run as the domain does ("rufijidelta"), but the name is another's of its
        shape; unless the thread says the new word, or the letter names it as the
        employer's own part ("the Dunmore Junior School" of Dunmore International School,
        "the Tacoma Police Department" of the town's fire department, see ``learn``).
        """
        fulls = (self.names[0], *self.spelled_out)
        return any(
            twin(name, full) and not set(words_of(name)) - set(words_of(full)) <= self.thread
            for full in fulls
        )

    def kinds_spelled(self, name: str) -> list[str]:
        """Return the thread's full names of the employer to read another of its kind by.

        NOTE: only for a name ending in a word of a kind ("Manor", "Trust"): the thread's
        names hold its places as well ("Gamla Uppsala"), and a name sharing only a place's
        word with one ("Region Uppsala") is a body of that place, of no kind of the employer's.
        """
        words = words_of(name)
        return self.spelled_out if words and words[-1] in _KIND_ENDS else []

    def elsewhere(self, name: str) -> bool:
        """Return True when the thread names the job's site and ``name`` is not it.

        "the role at our Kona property": a group's other resort wished well by a writer who
        toured Kona is as likely the firm of another application ("Kohala Sands Resort").
        """
        return bool(self.job_site) and not self.job_site.intersection(words_of(name))

    def unheard(self, name: str) -> bool:
        """Return True when the quoted rejection is known and no word of ``name`` is in it.

        "Thank you for applying to Al Rawda Schools Group ... the Admissions Officer
        position": a school the reply puts that job at, named nowhere in the thread, is
        none the rejection gave it.
        """
        return self.quoted and not set(distinctive(name)) & self.given

    def by_domain(self, name: str) -> bool:
        """Return True when a signer's own domain spells ``name``, whole or by its initials.

        NOTE: "Kumogawa World" signed from kumogawa-world.jp, "Pest Free Western Ranges"
        from pfwr.org.nz: the name the people who wrote the rejection mail from is the
        employer's own (a brand, a park, the name it goes by), whatever the context's legal
        name says; a name sharing only its first word, or its words in another order, is no
        namesake or misremembered name then. Initials of three letters or more: two may be
        anything's.
        """
        words = normal_words(name)
        if len(words) < 2:
            return False
        spelt = {"".join(words)}
        if len(words) > 2:
            spelt.add("".join(w[0] for w in words))
        return bool(spelt & self.domains)

    def person(self, name: str) -> bool:
        """Return True for the name of someone in the context ("Dana", "Ms Whitfield")."""
        words = [w for w in words_of(name) if w not in TITLES]
        return bool(words) and set(words) <= self.people

    def spelled(self, name: str) -> bool:
        """Return True when the thread spells every distinctive word of ``name`` as it is."""
        return set(distinctive(name)) <= self.thread

    def swapped(self, name: str) -> str | None:
        """Return the employer's full name that ``name`` is with a word the thread never says.

        "Andes Cobalt" to Andes Cobre: another firm (see ``_org_likeness.swapped``).
        """
        if set(words_of(name)) <= self.thread:
            return None  # the rejection's own words: a sister firm or a site it names
        # NOTE: a domain ("lindner-logistik") is no spelling of the name
        fulls = [full for full in (*self.names, *self.full, *self.short) if full[:1].isupper()]
        return next((full for full in fulls if swapped(name, full)), None)

    def learned(self, name: str) -> bool:
        """Return True when only the letter's own sites and teams make ``name`` the employer's."""
        if any(same_org(name, known) for known in self.names):
            return False
        return self.spelled(name) and not set(distinctive(name)) <= self.given

    def same(self, name: str) -> bool:
        """Return True when ``name`` is the employer's own name (not a site or team's)."""
        return any(same_org(name, known) for known in self.names)

    def covers(self, name: str) -> bool:
        """Return True when ``name`` is one of the employer's names."""
        if self._twin(name):
            return False
        if self.same(name):
            return True
        # NOTE: a domain has no words to take initials from: "O&V" of ostrandervale.com is
        # the initials of the name the thread spells in full ("Ostrander & Vale")
        short = "".join(normal_words(name))
        if (
            len(short) > 1
            and name.replace("&", "").isupper()
            and any(short in acronyms(full) for full in self.spelled_out)
        ):
            return True
        # NOTE: initials of a long name the thread spells ("PSNS & IMF"), three letters or
        # more, are that name's as its words are (see ``spelled``); two may be anything's
        if (
            len(short) > 2
            and name.replace("&", "").replace(" ", "").isupper()
            and any(short in acronyms(full) for full in self.spelled_runs)
        ):
            return True
        return self.spelled(name)


#: The last words of a name that tell its kind ("Manor", "Trust", "Museum").
_KIND_ENDS = ESTABLISHMENTS | ORG_WORDS | KINDS
#: A run of capitalised words ("PT Tanjung Priok Terminal Services", "X & Y"), in a clause
#: of one line (a name ends with one: "... Bulk Carriers. We have decided")
_NAME_RUN = re.compile(r"\b[A-Z][\w'’.-]*(?:[ \t]+(?:&|[A-Z][\w'’.-]*))+")
_CLAUSE_END = re.compile(r"[.!?:;,]\s|\n")


#: A site the rejection calls its own ("at our Kona property", "in our Leeds office").
_OUR_SITE = re.compile(
    rf"\b(?:at|in|for)\s+our\s+(?P<name>(?:[A-Z][\w'’-]+\s+){{1,3}})(?:{'|'.join(sorted(OWN_SITES))})\b"
)


def _initials_of(initials: str, company: str) -> bool:
    """Return True when ``initials`` are the first letters of ``company``'s words.

    NOTE: past its joining words, as initials are made ("NMAD" of Nordlys Museum of Art
    and Design), or with them (see ``acronyms``).
    """
    short = initials.lower()
    # NOTE: and of its name without a bracketed part ("Orquesta Filarmónica del Plata
    # (Fundación Música del Plata)" is OFP): the brackets hold another name or a place
    for name in {company, unbracketed(company)}:
        words = [w for w in words_of(name) if w not in JOINERS and w not in ("and", "the")]
        if short == "".join(w[0] for w in words) or short in acronyms(name):
            return True
    return False


def _job_at(doc, candidate: Candidate) -> bool:
    """Return True for a name right after a job's noun and "at" ("the position at X")."""
    start = candidate.start
    return start > 1 and doc[start - 1].lower_ == "at" and doc[start - 2].lower_ in JOB_POSTS


def _thread_establishment(thread: str | None, company: str) -> bool:
    """Return True when the rejection names the employer known by its domain as one place.

    "willowbrooknh" signed "Willowbrook Nursing Home" in the quoted rejection is one home:
    another home the letter names is a rival, not one of its sites.
    """
    words = words_of(company)
    if len(words) != 1:
        return False
    for name in re.findall(r"[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)+", thread or ""):
        first = words_of(name)[:1]
        if first and len(first[0]) > 3 and words[0].startswith(first[0]) and establishment(name):
            return True
    return False


def site_of(doc, candidate: Candidate, one_place: bool = False) -> bool:
    """Return True when the letter names ``candidate`` as a site or team of the employer.

    "Willow House", "the Eastgate branch", "the Risk Management team"; but not a name shaped
    like a firm before "team" or "office" ("the Pemberton Wealth team"), nor, when the
    employer is ``one_place`` itself, another establishment ("Rosedene House" to a care home).
    """
    after = word_after(doc, candidate.end)
    last = words_of(candidate.text)[-1]
    # NOTE: "Ashcourt Health's home care team" is a firm's team, not a site's name
    possessive = candidate.end < len(doc) and doc[candidate.end].lower_ in POSSESSIVE
    the = candidate.start > 0 and doc[candidate.start - 1].lower_ == "the"
    if possessive and after in _FIRMS_AIMS:
        # NOTE: "fits Eko Loom House's direction": only a firm has a direction or a mission,
        # no site of one does, whatever word the name ends in ("House", "Centre")
        return False
    if (
        after == "works"
        and not (possessive or the)
        and word_after(doc, candidate.end + 1) in _WORKS_HOW
    ):
        after = ""  # "how X works with smallholders": the verb, what X does, not X's works
    if after in TEAMS and firm_shaped(candidate.text, candidate.org):
        return False  # "the Oakridge Advisory team": the firm's people
    if after in TEAMS and foreign_name(candidate.text):
        return False  # "Błysk Serwis team": a firm named in its own language
    if after in TEAMS and body_initials(candidate.text):
        # NOTE: "the ENAMI team": a team of the employer's is named by what it does or where
        # it is ("the Payments team", "the HR team"); a body's own initials name its people
        return False
    if firms_team(doc, candidate):
        # NOTE: "the Fotonia team": a coined word named once is a firm's name, not one of
        # the employer's teams ("the Payments team" is; the caller takes a word the thread
        # gives, "the Halden team", as the employer's before asking)
        return False
    if one_place and last in ESTABLISHMENTS:
        return False  # "the Glenmorven Lodge team", to a hotel: another hotel's
    if one_place and last in _ESTATES and not ordinary(words_of(candidate.text)[0]):
        # NOTE: "Ashcombe Park" to the trust of Hallam Hall: an estate with a name of its own
        # is another house's grounds, no part of the one place written to
        return False
    if coined_works(candidate.text):
        return False  # "the Nekomata Works pipeline": a studio's brand, not a plant
    if after in FLEETS:
        return False  # "the Pacific Star Line fleet": a firm's ships, not a route's
    if town_force(candidate.text):
        return False  # "the Jersey City Police Department": a town's force, not a department
    if _restaurant_named(doc, candidate):
        return False  # "everyone at Spice Route Kitchen": a restaurant, not a kitchen of one
    if body_office_in(doc, candidate.start, candidate.end):
        return False  # "the Department of Social Protection office in Sligo": that body's
    if after in SITES and not (possessive and candidate.org):
        return True
    if the and after in _IMPRINTS:
        # NOTE: "the Pinecrest Books list for autumn": a publisher's imprint, named as its
        # list is, is one of the employer's own lines, as a site is one of its places
        return True
    return last in SITE_ENDS and not (one_place and last in ESTABLISHMENTS)


#: The last words of an estate's name ("Ashcombe Park", "Belton Estate").
_ESTATES = frozenset({"park", "estate", "castle", "abbey", "priory"})
#: What only a firm has as its own ("X's direction", "X's mission"), never a site of one.
_FIRMS_AIMS = TRAITS | frozenset({"direction", "strategy", "vision"})
#: What a publisher's imprint is spoken of by, after "the" and its name ("the X list").
_IMPRINTS = frozenset({"list", "imprint"})


def coined_works(name: str) -> bool:
    """Return True for "X Works" with X one coined word, shaped as no place's name.

    "Kumo Works" is a studio's brand; "Hollinsdale Works" and "Treatment Works" are a
    plant's name, by a place or by what the plant does.
    """
    words = words_of(name)
    if len(words) != 2 or words[1] != "works" or ordinary(words[0]):
        return False
    return not place_shaped(words[0])


def firms_team(doc, candidate: Candidate) -> bool:
    """Return True for "the X team" with X a coined word, in a sentence naming no site.

    "the time the Fotonia team spent with me" is a firm's people; but "meeting the
    Harbourside team during the site visit" is the team of a site the writer visited.
    """
    if not coined_team(doc, candidate):
        return False
    # NOTE: a word shaped as a place's name ("the Eastgate team", "the Harbourside team")
    # may name the employer's own site, as "the Leeds team" does
    if place_shaped(candidate.text):
        return False
    sent = doc[candidate.start].sent
    words = {t.lower_ for t in sent if not candidate.start <= t.i <= candidate.end}
    return not (words & (SITES - TEAMS) or words & _VISITS)


#: Words of a visit to a place ("the site visit", "the tour of the plant").
_VISITS = frozenset({"visit", "visited", "visiting", "tour", "toured"})


def town_force(name: str) -> list[str]:
    """Return the town's words of a town's police or fire force ("Jersey City Police Department").

    NOTE: such a name ends as a department does, but a force named by its town is a public
    body of its own, no site or department of the employer's (see ``Aliases.learn`` for one
    named by the employer's own town).
    """
    words = words_of(name)
    if len(words) < 3 or words[-1] not in _FORCE_KINDS or words[-2] not in _FORCES:
        return []
    return words[:-2]


#: The services a town's force gives ("Police Department"), and what it is called.
_FORCES = frozenset({"police", "fire", "sheriff"})
_FORCE_KINDS = frozenset({"department", "division"})


def _restaurant_named(doc, candidate: Candidate) -> bool:
    """Return True for a restaurant named as a whole, without an article ("at Saltbox Kitchen").

    NOTE: a kitchen of the employer's is spoken of with "the", "our" or "your" ("the Leith
    kitchen", "our Moss Kitchen range"); a name of two words or more ending in a
    restaurant's word and standing bare is the restaurant itself, an establishment.
    """
    words = words_of(candidate.text)
    if len(words) < 2 or words[-1] not in _EATERIES or candidate.start == 0:
        return False
    return doc[candidate.start - 1].lower_ not in ("the", "our", "your", "its", "their")


#: A restaurant's last word ("Saltbox Kitchen", "Harbour Bistro").
_EATERIES = frozenset({"kitchen", "bistro", "restaurant", "cafe", "café"})


#: Words after "works" that make it a verb ("X works with", "X works closely"), not a site.
_WORKS_HOW = frozenset({"with", "for", "alongside", "closely", "hard", "together", "directly"})


def company_from_domain(letter: Letter) -> str | None:
    """Return the sender's domain name ('acmecorp') when no company name is known."""
    context = letter.context
    # NOTE: a rejection passed on by an agency is signed by both; the one written back to
    # is the employer, the other a go-between ("Sam at Lexbridge Recruitment passed it on")
    written = [*context.to, *context.cc]
    signers = sorted(context.signers, key=lambda p: not same_person(p, written))
    for person in signers:
        # NOTE: a quote's attribution may give the signer's name alone ("On Wed, ...,
        # Margaret O'Hanlon wrote:"); the reply written back to her gives her address
        address = person.address or _address_of(person.name, [*context.to, *context.cc])
        domain = address.split("@", 1)[1] if "@" in address else ""
        if domain and not FREE_MAIL.match(domain):
            return domain_name(domain) or None
    return None


def _address_of(name: str, people: list) -> str:
    """Return the address given to someone of exactly ``name`` among ``people`` ("" if none)."""
    key = fold(" ".join(name.split()))
    for person in people:
        if key and fold(" ".join(person.name.split())) == key and "@" in person.address:
            return person.address
    return ""


#: Where a Subject line splits into its parts ("Re: Planner - Northgate Rail Ltd",
#: "[Hanbit Mobility] Product Manager", "Your application to Acme").
_SUBJECT_PARTS = re.compile(r"\s+[-\u2013\u2014|:]\s+|[\[\]():]|\s+(?:at|with|to|for)\s+")


def company_from_subject(letter: Letter) -> str | None:
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
        # NOTE: or with its last word: a legal form's letters may end the name the domain
        # spells ("Spa" of "Soom Head Spa" at soomheadspa.kr, as "S.p.A." is one); not a
        # "The" before it, which a domain spells and a context's name may not
        words = words_of(part)
        whole = "".join([w for w in words[:-1] if w not in SUFFIXES] + words[-1:])
        # NOTE: the domain's whole name must be in the part: "Careers" is no name of acmecareers
        if (
            part[:1].isupper()
            and len(part.split()) <= 6
            and any(len(stem) > 3 and (stem in key or stem in whole) for stem in stems)
        ):
            return part
    return None


#: At most this like the rest of the domain, a word of the name is another word, no
#: misspelling ("Kia" to "auto"; but "Lite" to "light" is one).
_OTHER_WORD = 50


#: German umlauts as a domain spells them without the dots ("ü" as "ue").
_UMLAUTS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue"})


def misspelt_domain(letter: Letter, name: str) -> str | None:
    """Return the right spelling when ``name`` misspells the sender's domain name.

    "Serra Azull" to serraazul.com.br, "Zementwerke Albrect" to zementwerke-albrecht.de:
    the employer's name, a letter off, however the context names the company (or fails
    to). The right spelling is the thread's ("Serra Azul"), else the domain's own label.
    """
    from rapidfuzz import fuzz  # only when a company is known (see _people.name_parts)
    from rapidfuzz.distance import Levenshtein

    stem = re.sub(r"[^a-z0-9]", "", company_from_domain(letter) or "")
    # NOTE: "Brightwell UK" to brightwellfm: the firm's arm in a country, no misspelling
    words = [w for w in words_of(name) if w not in SUFFIXES | NATIONAL_ARMS]
    # "&" is written "and" in a domain, or left out ("Wattle & Gum" at wattleandgum)
    spellings = {
        "".join(re.sub(r"\W", "", w) for w in words),
        "".join("and" if w == "&" else re.sub(r"\W", "", w) for w in words),
    }
    # NOTE: a domain spells a letter with an accent in plain letters, and German umlauts
    # with an "e" ("Alpenrück Re" at alpenrueck-re.ch, "Müller" at mueller.de)
    umlauts = [w for w in words_of(name.lower().translate(_UMLAUTS))
               if w not in SUFFIXES | NATIONAL_ARMS]  # fmt: skip
    spellings.add("".join(re.sub(r"\W", "", w) for w in umlauts))
    runs = {"".join(words[k:j]) for k in range(len(words)) for j in range(k + 1, len(words) + 1)}
    if len(stem) < 6 or len(words) < 2 or stem in runs or any(m in stem for m in spellings):
        return None  # the name, a short form of it ("Harvest Ridge"), or it with more words
    # NOTE: nor the context's own name cut short ("Yeongdo Shipping" of Yeongdo Shipping
    # Agency Co., Ltd. at yeongdoship): every word of it is the employer's, and it is the
    # domain that clips a word, not the letter that misspells one
    given = letter.context.company or company_from_subject(letter)
    if given and set(normal_words(name)) <= set(normal_words(given)):
        return None
    # NOTE: the short form, whole, before a site's or a place's word ("the Dunaparti Aréna"
    # of dunapartise.hu) is the employer's own ground, no misspelling of its name
    if words[-1] in OWN_SITES | PLACES and "".join(words[:-1]) in stem:
        return None
    # NOTE: nor the short form, whole, before a word far from the rest of the domain
    # ("Castellano Kia" of castellanoauto.com, a group's own store or brand): a misspelling
    # changes a letter or two ("Serra Azull" to serraazul) or spells a word by its sound
    # ("Harbour Lite" to harbourlight), not a whole word for another sharing hardly a letter
    # NOTE: the rest of the domain a word of its own, not an ending the name drops
    # ("Tarkwa Explosive Solutions" to tarkwaexplosives: "Explosive" misspells "Explosives")
    head = "".join(words[:-1])
    rest = stem[len(head) :] if stem.startswith(head) else ""
    if len(rest) > 2 and fuzz.ratio(words[-1], rest) < _OTHER_WORD:
        return None
    # NOTE: nor before another English word than the domain's, which no slip turns one into
    # the other ("Tidewater Maps" of tidewaterapps: one of its apps): a misspelling keeps a
    # word's first letter ("Harbour Lite" of harbourlight) or slips one letter only
    last = words[-1]
    if (
        len(rest) > 2
        and last[:1] != rest[:1]
        and ordinary(last)
        and ordinary(rest)
        and Levenshtein.distance(last, rest) > 1
    ):
        return None
    # NOTE: nor before a word written mostly as a name, a town's ("Kestrel Leeds" of
    # kestrellanes): the brand's venue or arm there, a word no slip of the domain's makes;
    # unless the domain ends in a town itself ("Vektor-Bau Leipzig" of vektorbau-dresden),
    # whose name with another town is another arm, left to the readings below
    if (
        len(rest) > 2
        and mostly_capitalised(last)
        and not mostly_capitalised(rest)
        and Levenshtein.distance(last, rest) > 1
    ):
        return None
    # NOTE: nor a name with initials the domain does not spell ("AVE Electrical", a diploma,
    # to kavielectrical): capitals read letter by letter are no slip of the domain's word
    # (not a name all in capitals, "KAVY ELECTRICAL", typed so whole)
    initials = [w for w in name.split() if w.isupper() and 1 < len(w) < 6]
    if not name.isupper() and any(w.lower() not in stem for w in initials):
        return None
    mine = max(spellings, key=lambda m: fuzz.ratio(m, stem))
    if fuzz.ratio(mine, stem) < NEAR_MISS:
        return None
    texts = [letter.context.thread or "", letter.context.subject or "", letter.text]
    for text in texts:
        spelled = re.sub(r"[\s>]+", " ", text)
        for match in re.finditer(r"\b[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*", spelled):
            words = match.group().split()
            for k in range(len(words)):
                for j in range(k + 1, len(words) + 1):
                    if "".join(words_of(" ".join(words[k:j]))) == stem:
                        return " ".join(words[k:j])
    return company_from_domain(letter)


def located(doc, candidate: Candidate, candidates: list[Candidate], aliases: Aliases) -> bool:
    """Return True for the employer's own site or branch, or a name just after "<it> in".

    A name no word of which makes it a firm, sharing a distinctive word with the employer's
    ("Calder General" of North Calder Health Trust, "AutoPoint Wrexham" of J&R Motors
    (Wrexham) Ltd), is its hospital or its branch; but not a rival of the same kind.
    """
    if not candidate.org and branch(candidate.text, aliases.names[0]):
        return True
    if candidate.start < 2 or doc[candidate.start - 1].lower_ != "in":
        return False
    # NOTE: "my visit to the campus in Mar del Plata", "your offices in Leeds": a place of
    # work the reader's, named by its kind and then "in", stands in a town, not a firm (not
    # a name whose own words make it one: "the office in Globex Ltd" stays checked)
    k = candidate.start - 2
    if k >= 1 and doc[k].lower_ in _SEATS and doc[k - 1].lower_ in _THE_READERS:
        return not candidate.org
    return any(c.end == candidate.start - 1 and aliases.covers(c.text) for c in candidates)


#: A place of work named by its kind before "in" and a town ("the campus in X").
_SEATS = frozenset({"campus", "office", "offices", "headquarters", "hq", "site", "plant",
                    "depot", "factory", "warehouse", "facility", "branch"})  # fmt: skip
#: The words before such a place that make it the reader's ("the", "your").
_THE_READERS = frozenset({"the", "your"})


def branch(name: str, company: str) -> bool:
    """Return True when ``name`` shares the place the employer's name gives, and is no rival.

    The place is a word in brackets ("J&R Motors (Wrexham) Ltd") or after a point of the
    compass ("North Calder Health Trust"); other shared words ("Gold", "International")
    are the trade's, not the employer's.
    """
    places = {fold(w) for pair in _PLACED.findall(company) for w in pair if w}
    bare = re.sub(r"\s*\([^)]*\)", "", company)  # where the firm is, not its kind
    return bool(places & set(distinctive(name))) and not parallel(name, kind_name(bare))


#: A place in an employer's name: "(Wrexham)", "North Calder".
_PLACED = re.compile(r"\((\w+)\)|\b(?:North|South|East|West|Upper|Lower|Mid)\s+(\w+)")
