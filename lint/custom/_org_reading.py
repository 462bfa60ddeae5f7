"""Whether a name in the writer's text is used as the organisation written to.

wrong_company.py finds the names a reply holds; ``addressed`` reads what role the name's
sentence gives it, one kind of cue at a time: what the name itself is (the employer's kind
or old name), a wish sent to it, a site, a job, the people or things named after it, the
clause before it (joining it, the writer's own past, the employer's clients and
departments), the word right before it ("join", "like", "with", "about", "of"), greetings
and praise, and last a word about the job before "at X". Each step returns True or False
when its kind of cue settles the reading, or None to leave it to the next: the first
reading that applies wins, so the order of the steps is part of the rule.
"""

from __future__ import annotations

import itertools
import re
from functools import cached_property

from replylint.custom._addressee import (
    DREAMS,
    beside_employer,
    clients_listed,
    funder,
    others_workplace,
    own_firms_client,
    readers_doing,
    sold_through,
    work_done_for,
)
from replylint.custom._clauses import (
    aspiring,
    attributive,
    cue_words,
    imagined,
    joining,
    met_elsewhere,
    window_before,
)
from replylint.custom._employer import site_of, word_after
from replylint.custom._employer_slots import JOIN, joined_site, own_mention, worked_there
from replylint.custom._org_cues import (
    ABOUT_EMPLOYER,
    ACROSS,
    ADMIRERS,
    ADMIRING_ABROAD,
    AS_OTHERS,
    FAMILIES,
    FRANCHISES,
    FROM_EMPLOYER,
    GROUP_MEMBERS,
    GROUPS,
    JOB_CUES,
    JOINING,
    LIKE_EMPLOYER,
    OF_ABROAD,
    OFFERINGS,
    OWN_WORK,
    OWNERS_SHARE,
    PATRONS,
    PRIZES,
    PROJECTS,
    TO_EMPLOYER,
    TRAITS,
    VENUES,
    WITH_EMPLOYER,
    WORK_FOR,
    WORKS_ABROAD,
)
from replylint.custom._org_kinds import (
    academic,
    is_event,
    is_kind,
    is_unit,
    kind_name,
    school_name,
)
from replylint.custom._org_likeness import distinctive, parallel
from replylint.custom._org_names import ORG_WORDS, POSSESSIVE, SUFFIXES, Candidate, words_of
from replylint.custom._org_parts import (
    DEGREE_INITIALS,
    DEGREES,
    ESTABLISHMENTS,
    EVENTS,
    JOB_NOUNS,
    JOBTITLES,
    OPENINGS,
    PLACES,
    REGIONS,
    SITES,
    TEAMS,
    firm_shaped,
)
from replylint.custom._org_roles import employer_role
from replylint.custom._org_wishes import own_people_at, wished_well
from replylint.custom._org_written_to import written_to
from replylint.custom._vocabulary import ordinary


def addressed(doc, candidate: Candidate, company: str, related: bool = False,
              named_rightly: bool = False, rival: bool = False,
              one_place: bool = False) -> bool:  # fmt: skip
    """Return True when the name is used as the company being written to.

    ``related`` says the name shares its stem with the employer's ("Iberwind" written to
    Ibervent); ``named_rightly`` that the same sentence names the employer rightly;
    ``rival`` that it is the employer's name with another first word ("Riverside Unified"
    to Lakeshore Unified), which is no mere thing named after a place; ``one_place`` that the
    employer is one establishment, so that another's name is no site of its own.
    """
    mention = _Mention(doc, candidate, company, related, named_rightly, rival, one_place)
    steps = (
        _employer_itself,
        _wished,
        _not_a_firm,
        _dream_because,
        _its_people_or_things,
        _region_or_part,
        _whose_place,
        _employers_own,
        _word_before,
        _met_or_greeted,
        _cued_firm,
        _work_for,
        _praised,
        _decided,
        _believed_in,
    )
    for step in steps:
        reading = step(mention)
        if reading is not None:
            return reading
    return _job_before_at(mention)


class _Mention:
    """A candidate name where the letter mentions it, with the words around it."""

    def __init__(self, doc, candidate: Candidate, company: str, related: bool,
                 named_rightly: bool, rival: bool, one_place: bool) -> None:  # fmt: skip
        """Read the name's own words and the words right beside it."""
        self.doc, self.candidate, self.company = doc, candidate, company
        self.related, self.named_rightly, self.rival = related, named_rightly, rival
        self.start, self.end = start, end = candidate.start, candidate.end
        self.sent = doc[start].sent
        self.words = words = words_of(candidate.text)
        # NOTE: a university or school is the writer's own (studies, a fellowship, a hackathon
        # won there) unless the sentence is plainly about working there or joining it; but in
        # a reply to a school or university, another one is likely the pasted name
        self.school = candidate.org and school_name(candidate.text) and not academic(company)
        self.last = last = words[-1]
        self.after = after = word_after(doc, end)
        self.possessive = possessive = end < len(doc) and doc[end].lower_ in POSSESSIVE
        self.site = site_of(doc, candidate, one_place)
        # NOTE: a name shaped like a firm's before "team" ("the Oakridge Advisory team"), or,
        # written to one establishment, another's ("Rosedene House"), is as sure a firm as
        # one whose own words say so
        self.firm_like = (
            candidate.org
            or (after in TEAMS and firm_shaped(candidate.text, candidate.org))
            or (one_place and last in ESTABLISHMENTS)
        )
        self.before = doc[start - 1].lower_ if start else ""
        # NOTE: up to three words after the name, past its "'s" ("St. Fintan's surgical ward")
        self.following = [
            t.lower_ for t in doc[end + possessive : min(end + possessive + 3, len(doc))]
        ]

    @cached_property
    def window(self) -> list[str]:
        """Return the words of the clause before the name."""
        return window_before(self.doc, self.sent.start, self.start)

    @cached_property
    def lead(self) -> list[str]:
        """Return the clause before the name without an article that ends it ("join the")."""
        window = self.window
        if window[-1:] in (["the"], ["a"], ["an"]) and len(window) > 1:
            return window[:-1]
        return window

    @property
    def previous(self) -> str:
        """Return the word right before the name, past an article ("join" in "join the X")."""
        return self.lead[-1] if self.lead else ""

    @cached_property
    def sentence(self) -> set[str]:
        """Return the cue words of the name's sentence."""
        return set(cue_words([t.lower_ for t in self.sent]))

    @cached_property
    def cued(self) -> bool:
        """Return True when the name's sentence is about the job ("dreamed of ... at X")."""
        sentence = self.sentence
        return (
            bool(JOB_CUES.intersection(sentence) or {"you", "your"} & sentence)
            or imagined(self.sent)
            or bool(DREAMS.intersection(sentence))
        )


def _employer_itself(m: _Mention) -> bool | None:
    """Read the employer spoken of by its kind or old name, or given its role by its clause."""
    if is_kind(m.words):
        return False  # "the Ministry's priorities": the employer, spoken of by its kind
    if _former_name(m.window) or (m.after in _BYGONE and not m.possessive):
        return False  # "back when you were still X", "in the X days": the employer's old name
    if employer_role(m.doc, m.candidate):
        return True  # "X was my first choice", "X is making a real mistake"
    return None


def _wished(m: _Mention) -> bool | None:
    """Read the organisation a wish is sent to ("I wish X every success", "everyone at X")."""
    if m.possessive:
        return None  # "I wish X's new team every success": what X owns is wished well
    if is_event(m.doc, m.candidate) or is_unit(m.words, m.company):
        return None  # "good luck at ProWein next week", "the School of Public Health"
    if own_people_at(m.doc, m.start):
        return False  # "I wish my old team at X well": the writer's own workplace
    if own_mention(m.doc, m.candidate):
        return None
    return wished_well(m.doc, m.start, m.end, m.company) or None


def _not_a_firm(m: _Mention) -> bool | None:
    """Read a site, event, place, function or job named, or a client: no firm written to."""
    # NOTE: only an organisation has a mission or values: "Bright Harbor's mission" is a firm
    firm = m.possessive and m.after in TRAITS
    # NOTE: but one of the employer's own kind ("the Hallam Fringe team" to Ostend Fringe) is
    # another festival or body, not the employer's event or site (though "its dinner" is one)
    kin = parallel(m.candidate.text, kind_name(m.company))
    named_place = m.site or m.last in EVENTS or m.last in PLACES
    if not firm and (m.after in EVENTS or (named_place and not kin)):
        return False  # a site, event or place: "Willow House", "the Eastgate branch"
    if re.fullmatch(r"(?:The )?[A-Z]+&[A-Z]+", m.candidate.text) and attributive(m.after):
        return False  # "my M&E skills", "the S&OP simulation": a function, not a firm
    if m.last in JOBTITLES or (m.after in JOB_NOUNS and not (m.possessive and m.after in OPENINGS)):
        return False  # a job: "the Data Analyst role"; but "Ashdown Academies' openings"
    if _studied(m):
        return False  # "a Diploma in Leadership for Health and Social Care": a subject
    if _degree(m) or _level(m):
        return False  # "my Master's", "an MBA"; "the Year 7 content", "Key Stage 3"
    owner = joined_site(m.doc, m.start, m.company)
    site_words = _owned_sites(m)
    if m.possessive and not m.candidate.org and site_words and not owner:
        return False  # "St. Fintan's surgical ward" (but "Jinhai Precision's quality team")
    if m.following[:1] == ["as"] and AS_OTHERS.intersection(m.following[1:]):
        return False  # "covered Fenwick Retail as a client": a client, not the employer
    if (
        m.last in _SHORES
        and m.before == "the"
        and m.previous in _ON_SHORE
        and m.after not in GROUPS
    ):
        return False  # "projects on the Dogger Bank", "off the Goodwin Sands": a sea's place
    if m.previous == "with" and m.named_rightly and _employer_with(m):
        return False  # "the plant Ogun Civil is building with X": the employer's partner
    if clients_listed(m.doc, m.sent.start, m.start):
        return False  # "clients like the Marlow Hotel and X": a client, whoever's it is
    if m.last in _STUDIOS and m.previous == "at" and _SPENT.intersection(m.lead[-3:-1]):
        return False  # "the afternoon at X Studios": the studio visited, a place, not a firm
    return None


#: Last words of a place in the sea or by a river ("the Dogger Bank"), and what is on it.
_SHORES = frozenset({"bank", "banks", "sands", "shoal", "shoals"})
_ON_SHORE = frozenset({"on", "off", "along", "across", "over"})


def _employer_with(m: _Mention) -> bool:
    """Return True when the employer itself does what is done "with" the name.

    "the JV that Ogun Civil is building with X", "Ogun Civil's partnership with X": the
    employer, named in the clause, is the one with X; X is its partner, not the firm written to.
    """
    own = set(distinctive(m.company))
    return bool(own) and bool(own.intersection(m.lead[:-1]))


def _owned_sites(m: _Mention) -> set[str]:
    """Return the site words of what the name's "'s" owns ("St. Fintan's surgical ward").

    Not a site word past a preposition ("X's commitment to site safety"), nor one that only
    says what a team works on ("X's feed-mill team"): there the firm owns no site.
    """
    sites = set()
    start = m.end + m.possessive
    for t in m.doc[start : min(start + 3, len(m.doc))]:
        if t.lower_ in _OWNED_STOPS:
            break
        after = word_after(m.doc, t.i + 1)
        if t.lower_ in SITES - GROUPS and after not in GROUPS | TEAMS:
            sites.add(t.lower_)
    return sites


#: Words that end the phrase an "'s" owns ("X's commitment to ...", "X's ward and ...").
_OWNED_STOPS = frozenset({"to", "of", "in", "on", "at", "for", "with", "and", "or", "from", ","})


def _dream_because(m: _Mention) -> bool | None:
    """Read a name whose love made this job a dream ("X ..., so this was a dream job").

    "I've had an X season ticket since I was seven, so this would have been a dream job": the
    job dreamed of is at the club or firm loved; not where the writer worked or studied.
    """
    words = [t.lower_ for t in m.doc[m.end : m.sent.end]]
    k = next((k for k, w in enumerate(words) if w == "so"), None)
    if k is None:
        return None
    clause = words[k + 1 : k + 10]
    stop = next((j for j, w in enumerate(clause) if w in _CLAUSE_MARKS), len(clause))
    clause = clause[:stop]
    if clause[:1] not in (["this"], ["it"]) or not DREAMS.intersection(clause):
        return None
    dream = next(j for j, w in enumerate(clause) if w in DREAMS)
    if not (JOB_NOUNS | {"come"}).intersection(clause[dream + 1 : dream + 3]):
        return None
    return None if own_mention(m.doc, m.candidate) else True


def _its_people_or_things(m: _Mention) -> bool | None:
    """Read the people of the name joined ("the X family"), or a thing named after it."""
    doc, start, end = m.doc, m.start, m.end
    joins = start > 1 and (
        doc[start - 2].lower_ in JOIN
        or doc[max(start - 3, 0) : start - 1].text.lower() in _WORK_WITH
        or _to_be_part(doc, start - 1)
    )
    # NOTE: a word may qualify the family ("join the Arogya Hospitals nursing family")
    qualified = attributive(m.after) and word_after(doc, end + 1 + m.possessive) in FAMILIES
    family = m.after in FAMILIES or qualified
    if m.before == "the" and family and joins:
        # "to join the FlexZone family", "to work with the Bochum ensemble": the people
        return True
    if (
        m.before == "the"
        and m.after in _EMBLEMS
        and not m.named_rightly
        and (imagined(m.sent) or _WOULD.intersection(m.window))
    ):
        # "it would have been an honour to wear the X crest": the club the writer would
        # have stood for is the one written to (not "I wore the X jersey for years")
        return True
    if (not m.possessive and m.before in ("the", "a", "an", "your", "our") and attributive(m.after)
            and (not m.firm_like or m.after in PROJECTS | PATRONS | FRANCHISES or _prize(m)
                 or _owned_or_owner(m))
            and not m.rival):  # fmt: skip
        # "the Clyde bridge", "the Pellmore Retail engagement", "a Solace Telecom customer", "a
        # Kettle & Crumb franchise": a thing, a person or a brand's unit it names; but a
        # firm's promise or values are admired only in the firm written to
        return m.cued and m.before == "the" and bool(TRAITS.intersection(m.following[:2]))
    return None


#: What a club's people wear as its own: to wear it is to stand for the club.
_EMBLEMS = frozenset({"crest", "badge", "jersey", "shirt", "colours", "colors"})
#: Words of a wish or of a future imagined before the name ("I would love to wear").
_WOULD = frozenset({"would", "'d", "’d"})


def _to_be_part(doc, the: int) -> bool:
    """Return True for "be part of" or "be a part of" before ``doc[the]`` ("to be part of the").

    Being part of a firm's people is joining them ("I hope to be part of the X crew one
    day"); not "I was part of the X crew", the writer's own past.
    """
    words = [t.lower_ for t in doc[max(the - 4, 0) : the]]
    return words[-3:] == ["be", "part", "of"] or words[-4:] == ["be", "a", "part", "of"]


def _owned_or_owner(m: _Mention) -> bool:
    """Return True for a name before a noun of owning or of the employer's own goods.

    "the Halden Group backing", "a Santoro Group company": the group that owns the employer
    (a group's name before "company" only: "the Acme company" is Acme); "the Cask & Cairn
    walks" in a sentence that names the employer rightly: its own brand.
    """
    if m.after in OWNERS_SHARE:
        return True
    if m.after in GROUP_MEMBERS:
        return m.last in _GROUP_ENDS
    return m.after in OFFERINGS and m.named_rightly


def _degree(m: _Mention) -> bool:
    """Return True for a degree ("my Master's", "a Bachelor of Arts", "an MSc in Finance").

    A degree's word opens the name, alone or before "of" or "in"; its initials are a degree
    only as the writer's or as one of many ("my MBA", "an LLM"), not "at BA".
    """
    words = m.words
    rest = words[1:2] in ([], ["of"], ["in"]) or set(words[1:]) <= _DEGREE_NOUNS
    if words[0] in DEGREES:
        return rest
    return words[0] in DEGREE_INITIALS and rest and m.before in ("my", "a", "an", "her", "his")


def _studied(m: _Mention) -> bool:
    """Return True for words in a qualification's title ("Diploma in ... Social Care").

    The capitalised words after "Diploma in", "Certificate of", "an MSc in" name what is
    studied, joined only by "and", "of", "for" or "in", not an organisation.
    """
    doc, k = m.doc, m.start - 1
    while k > m.sent.start and (doc[k].text[:1].isupper() or doc[k].lower_ in _TITLE_JOINS):
        if doc[k].lower_ in ("in", "of") and doc[k - 1].lower_ in _QUALIFICATIONS:
            return True
        k -= 1
    return False


#: Nouns of a qualification before "in" or "of" ("Diploma in", "Certificate of").
_QUALIFICATIONS = frozenset({"diploma", "certificate", "certification", "degree",
                             "qualification", "award", "msc", "ma", "ba", "bsc", "mba", "nvq",
                             "apprenticeship"})  # fmt: skip
#: Words that join a qualification's title ("Leadership for Health and Social Care").
_TITLE_JOINS = frozenset({"and", "&", "of", "in", "for"})
#: Words after a degree's that name the same degree ("Master's Degree", "MSc Programme").
_DEGREE_NOUNS = frozenset({"degree", "degrees", "programme", "program", "course", "studies"})


def _level(m: _Mention) -> bool:
    """Return True for a common word before a small number: a year, level or stage ("Year 7").

    "the Year 7 content", "Key Stage 3", "Grade 10", "Level 2": a school year, a grade or a
    stage of a course, not a firm; unless the name's own words make it one ("Studio 54"),
    or its word is a name's, not English's ("Kaleido 97"). A stage is had, taught or in a
    thing ("my Level 3", "in Year 2", "the Year 7 content"); a firm so named is worked at
    on its own ("work at Channel 4 one day").
    """
    if m.candidate.org or m.end >= len(m.doc) or not ordinary(m.last):
        return False
    if not _STAGE_NUMBER.fullmatch(m.doc[m.end].text):
        return False
    return m.before in _STAGE_HOLDERS or attributive(word_after(m.doc, m.end + 1))


#: Words before a year or level that have or hold it ("my Level 3", "in Year 2", "the").
_STAGE_HOLDERS = frozenset({"the", "a", "an", "my", "our", "your", "their", "his", "her", "in",
                            "into", "of"})  # fmt: skip
#: A year's, level's or stage's number ("7", "10", "7B", "10-12").
_STAGE_NUMBER = re.compile(r"\d{1,2}[A-Za-z]?(?:[-\u2013]\d{1,2})?")


def _prize(m: _Mention) -> bool:
    """Return True for a prize named after its giver ("the Wellspring Foundation award").

    Not "the X award-winning team": a firm praised for its prizes is the firm itself.
    """
    return m.after in PRIZES and m.following[1:2] != ["-"]


def _region_or_part(m: _Mention) -> bool | None:
    """Read a region, a trade fair, a part of the employer, or a party set beside it."""
    if m.last in REGIONS or ACROSS.intersection(m.window[-2:]):
        return False  # "across the Nordics", "in the Midlands": a region, not a company
    if is_event(m.doc, m.candidate) or is_unit(m.words, m.company):
        return False  # a trade fair; a school or department of the employer
    if beside_employer(m.doc, m.sent.start, m.start, m.window):
        return False  # "your team and X ran a joint demo", "within the wider X Group"
    if _group_beside_employer(m):
        return False  # "I wish Glenmoor and the Nordmark Group well": the employer's group
    if _employers_merger(m):
        return False  # "before you joined the Nordmark Group", "since X bought you": its owner
    return None


def _employers_merger(m: _Mention) -> bool:
    """Return True for a body the employer itself joined, was bought by or is backed by.

    "before you joined X", "since the brewery became part of X", "when you merged with X":
    the reader's organisation ("you", "it", "they" or a noun after "the" or "your") does the
    joining, so the name is its owner or partner, not a firm the writer hoped to join
    ("before I joined X" is the writer's own; "to join X" a wish), or is part of ("now that
    you're part of X"). So is one that bought the reader's ("since X bought you") or whose
    backing or ownership is named ("X's backing", "a Halden Group-owned brewery").
    """
    lead = m.lead
    if m.following[:2] in (["bought", "you"], ["acquired", "you"], ["took", "you"]):
        return True  # "since X bought you", "before X took you over"
    if m.possessive and m.following[:1] != [] and m.following[0] in OWNERS_SHARE:
        return True  # "Halden Group's backing"
    if m.following[:2] in (["-", "owned"], ["-", "backed"]):
        return True  # "a Halden Group-owned business"
    if lead[-1:] == ["of"] and lead[-2:-1] != [] and lead[-2] in OWNERS_SHARE:
        return True  # "the backing of Halden Group"
    if lead[-1:] == ["joined"]:
        k = len(lead) - 1
    elif lead[-2:] in (["merged", "with"], ["merged", "into"]):
        k = len(lead) - 2
    elif lead[-2:] == ["part", "of"] and not m.possessive:  # not "part of X's success"
        k = len(lead) - 3
        while k >= 0 and lead[k] in _AUXILIARIES:
            k -= 1  # "you're now part of X"
        if k < 0 or lead[k] not in _BECOMES:
            return False  # "I'd love to be part of X": a wish to join
    else:
        return False
    k -= 1
    while k >= 0 and lead[k] in _AUXILIARIES:
        k -= 1  # "you've recently joined", "it has since become part of"
    if k < 0:
        return False
    return lead[k] in ("you", "it", "they") or (k > 0 and lead[k - 1] in ("the", "your"))


#: Verbs before "part of X" with the employer as their subject ("you're part of X").
_BECOMES = frozenset({"became", "become", "becoming", "is", "'s", "’s", "are", "'re", "’re"})
#: Words between the one that joins and its verb ("you've recently joined", "it has since").
_AUXILIARIES = frozenset({"'ve", "’ve", "have", "has", "had", "'d", "’d", "recently", "since",
                          "officially", "finally", "just", "both", "all", "eventually", "then",
                          "formally", "now", "already"})  # fmt: skip


def _group_beside_employer(m: _Mention) -> bool:
    """Return True for a group of firms named with "and" beside the employer's own name.

    "I wish Glenmoor and the Nordmark Group every success", "thanks to the Nordmark Group and
    Glenmoor": the writer names the employer rightly, and beside it the group it belongs
    to; a name pasted in stands where the employer's would, not beside it.
    """
    if m.last not in _GROUP_ENDS:
        return False
    core = [w for w in words_of(m.company) if w not in SUFFIXES]
    own = {w for w in core if w not in ORG_WORDS}
    doc, start, end = m.doc, m.start - (m.before == "the"), m.end
    before = words_of(doc[max(start - 1 - len(core), 0) : start].text)
    after = words_of(doc[end : min(end + 2, len(doc))].text)
    if before[-1:] == ["and"]:
        before = before[:-1]  # "Tarnbrook Foods and the X Group", "Glenmoor and the X Group"
        return bool(core) and (before[-len(core) :] == core or bool(own.intersection(before[-1:])))
    return after[:1] == ["and"] and after[1:2] != [] and after[1] in own | set(core[:1])


#: Last words of the name of a group of firms ("the Nordmark Group", "Halden Holdings").
_GROUP_ENDS = frozenset({"group", "holdings", "groupe", "grupo", "gruppo"})


def _whose_place(m: _Mention) -> bool | None:
    """Read whose place the clause before the name makes it: the writer's, another's, theirs."""
    window = m.window
    if joining(window):
        return True
    # "at X, where I currently lecture", "I was a nurse at Meridian", "first at X and then at
    # Y", "my work for Daraz", "my germination work at X": the writer's own
    own_work = any(
        me in ("my", "our") and noun in OWN_WORK for me, noun in itertools.pairwise(window)
    )
    if own_mention(m.doc, m.candidate) or own_work:
        return False
    if others_workplace(window) or funder(m.doc, m.end, window):
        return False  # "my uncle works at X", "X has renewed its funding": not the employer
    if window[-1:] == ["at"] and worked_there(m.doc, m.sent, m.end):
        return True  # "shopping at Toolbarn, so working there would have been great"
    if aspiring(window) or readers_doing(window) or written_to(m.doc, m.start, m.end, window):
        return True  # "keen to help Corvid Mobile", "can't wait to see what you all do at X"
    return None


def _employers_own(m: _Mention) -> bool | None:
    """Read a client, a trading partner or a department of the employer's."""
    window = m.window
    if work_done_for(window):
        return False  # "the packaging work for Hollis Tea": a client of the employer
    if sold_through(window):
        return False  # "you sell your milk through X": a trading partner of the employer
    if own_firms_client(m.doc, m.sent, m.start, window):
        return False  # "At Y, where I work, our biggest job was a launch for X": Y's client
    # NOTE: but a name that owns offices or branches ("roles in Harbour & Hale's Fremantle
    # office") is a firm, not a department (which has teams and units, not offices in towns)
    offices = m.possessive and bool(_OFFICES.intersection(m.following[:2]))
    if window[-1:] == ["in"] and JOB_NOUNS.intersection(window[-3:-1]) and not offices:
        return False  # "a post in Critical Care", "roles in Group Finance": a department
    if (
        window[-2:] == ["in", "the"]
        and JOB_NOUNS.intersection(window[-4:-2])
        and _department(m.candidate.text, m.after)
    ):
        return False  # "roles in the Priority Services team": the employer's own department
    return None


def _word_before(m: _Mention) -> bool | None:
    """Read the verb or preposition right before the name ("join X", "a crew like X")."""
    previous, window = m.previous, m.lead
    if previous in JOIN and len(window) > 1 and window[-2] in _IS:
        return False  # "Sakura Dental is joining X": the employer's own merger, not the writer's
    if previous in JOIN:
        return True
    if previous == "like" and len(window) > 1 and window[-2] in LIKE_EMPLOYER:
        return True  # "a crew like Corvane", "a family like yours at Initech"
    if previous == "from" and FROM_EMPLOYER.intersection(window[-4:-1]):
        return True  # "I expected better from Datavance"
    if previous == "with" and len(window) > 1 and window[-2] in WITH_EMPLOYER:
        return True  # "grow with Loomwise", "a career with Marrowby"
    if previous == "about" and len(window) > 1 and window[-2] in ABOUT_EMPLOYER:
        return True  # "still enthusiastic about Achmea", "excited about Elisa's roadmap"
    if previous in ("about", "on") and _news_about(window, previous) and not m.named_rightly:
        # "thanks for letting me know about X", "the update on X": the news of the application
        # to X; but not "the news about X's merger", a firm's own news
        return not m.possessive
    if previous == "of" and len(window) > 1 and window[-2] in TRAITS:
        return m.cued and not m.named_rightly  # "I believe in the mission of Hope Bridge Kenya"
    if previous in ("to", "at") and len(window) > 1 and window[-2] in TO_EMPLOYER:
        return True  # "would be an asset to The Coastal Tribune", "an asset at Delaire"
    if previous == "of" and len(window) > 1 and window[-2] in ADMIRERS:
        return m.cued and not m.named_rightly  # "a huge admirer of Glowrise, and future roles"
    if previous in _FOLLOWED and len(window) > 1 and window[-2] in _FOLLOWERS:
        # "I've followed X on Instagram for years, and your work lived up to it": the firm
        # the writer has long followed, beside the reader's work, is the reader's
        return m.cued and not m.named_rightly
    if (
        (m.firm_like or m.possessive)
        and _will_follow(window[-6:])
        and not m.school
        and not m.named_rightly
    ):
        # "I will keep following the news of X": the firm a turned-down writer means to
        # keep up with is the one written to (not "I followed a course by X", a past)
        return True
    if previous in OF_ABROAD and len(window) > 1 and window[-2] in WORKS_ABROAD:
        # "Die Arbeit von X hat mich beeindruckt", "le travail de X m'impressionne": the
        # work admired is the employer's
        admiring = {w[2:] if w[1:2] in ("'", "’") else w for w in m.sentence}
        return bool(ADMIRING_ABROAD & admiring) and not m.named_rightly
    return None


def _will_follow(words: list[str]) -> bool:
    """Return True for "will keep following", "I'll follow": the writer's following to come."""
    for i, word in enumerate(words):
        between = [w for w in words[i + 1 :] if w not in ("the", "a", "an")]
        # the firm itself ("keep following X") or its news ("the news of X", "an eye on X"),
        # not a place the following happens ("watching the launch on Product Hunt")
        if (
            word in _FOLLOW
            and _FUTURE.intersection(words[max(0, i - 2) : i])
            and (between in ([], ["on"]) or (len(between) == 2 and between[1] == "of"))
        ):
            return True
    return False


def _news_about(window: list[str], previous: str) -> bool:
    """Return True for the news of the decision before "about" or "on" ("letting me know about").

    "Letting me know", "getting back to me", "the update": what the reader told the writer
    about is the application turned down; not "I know about X", the writer's own knowledge.
    """
    return (
        (previous == "about" and window[-3:-1] in (["me", "know"], ["us", "know"]))
        or window[-4:-1] in (["back", "to", "me"], ["back", "to", "us"])
        or window[-2:-1] in (["back"], ["news"], ["update"], ["decision"], ["outcome"])
    )


def _met_or_greeted(m: _Mention) -> bool | None:
    """Read "at X" as where people were met elsewhere, or where the people greeted work."""
    if met_elsewhere(m.doc, m.lead, m.end):
        return False  # "I met the guys at X on a course": where they work, met elsewhere
    if m.previous == "at" and _greeted_people(m.lead, m.sentence) and not m.named_rightly:
        return True  # "my regards to the kitchen at X", "I hope everyone at X ...": its people
    return None


def _cued_firm(m: _Mention) -> bool | None:
    """Read a firm, a kin or a rival of the employer, or a firm's doings, in a job's sentence."""
    if (m.firm_like and not m.school) or m.related:
        return m.cued
    if m.rival and m.cued:
        return True  # a name of the employer's shape, in a sentence about the job
    # NOTE: else as any other name: "if anything comes up at X" names the employer uncued
    if (m.possessive and m.cued and m.after.isalpha() and m.after not in _RELATIVES
            and not m.school and not m.named_rightly):  # fmt: skip
        # "Brightwave's plans", "Veridia's pipeline" (not "a lad at Dunmore's who": a shop's
        # name, owning nothing); but beside the employer's own name,
        # a client's ("how Sao Mai builds the platform for Vietjet's ground team")
        return True
    return None


def _work_for(m: _Mention) -> bool | None:
    """Read "work for X", "apply to X": a verb of working for or applying to before it."""
    previous, window = m.previous, m.lead
    if previous in ("for", "by") or (previous == "to" and window[-2:-1] == ["apply"]):
        return len(window) > 1 and window[-2] in WORK_FOR  # "work for Telvanta", "apply to"
    return None


def _praised(m: _Mention) -> bool | None:
    """Read a name praised as why the writer applied, or whose ways the writer admires."""
    if m.after in ("is", "was", "has") and _why_applied(m.sent) and not m.named_rightly:
        return True  # "X is the best salon in town, which is why I applied": the one applied to
    if _admired_doing(m.lead) and not m.school and not m.named_rightly:
        return True  # "I've always admired how X looks after its staff": the employer's ways
    return None


def _decided(m: _Mention) -> bool | None:
    """Read a name that chose between candidates ("X had to decide between strong people").

    The organisation that made the hiring decision is the one written to; not one that
    decided something else ("when X decided to close its office"), nor the employer itself.
    """
    if m.school or m.named_rightly or not _HIRED.intersection(m.sentence):
        return None
    words = [t.lower_ for t in m.doc[m.end : min(m.end + 7, len(m.doc))]]
    while words and words[0] in _DECIDING_AUX:
        words = words[1:]  # "had to", "has finally", "would"
    if not words or words[0] not in _DECIDED:
        return None
    # what was decided: among people ("between", "another"), or to hire ("to go with"),
    # not "decided to lay off forty people", the writer's old firm's own doing
    rest = words[1:3]
    if rest[:1] and rest[0] in _AMONG:
        return True
    return (rest[:1] == ["to"] and rest[1:2] != [] and rest[1] in _TO_HIRE) or None


def _believed_in(m: _Mention) -> bool | None:
    """Read a name the writer is sure of ("I'm sure X will keep growing", "I believe X needs").

    What a turned-down writer is sure the firm will do, or needs, is said of the one written
    to; not of the writer's own firm or school, nor beside the employer's own name.
    """
    if m.school or m.named_rightly or m.possessive or m.after not in _FUTURE_OR_NEED:
        return None
    lead = m.lead[:-1] if m.lead[-1:] == ["that"] else m.lead
    if not lead or lead[-1] not in _SURE or _OWNERS_OF.intersection(lead):
        return None
    return bool(_I_AM.intersection(lead[-4:-1])) or None


#: Words of being sure ("I'm sure", "I still believe", "I know that").
_SURE = frozenset({"sure", "confident", "certain", "believe", "know", "convinced"})
#: The writer being sure ("I", "I'm", "am").
_I_AM = frozenset({"i", "i'm", "i’m", "am", "'m", "’m", "im"})
#: What a firm will do or needs ("X will keep growing", "X needs welders like me").
_FUTURE_OR_NEED = frozenset({"will", "'ll", "’ll", "needs", "deserves", "would"})
#: Owners that make the name someone's own ("I know my old firm X will").
_OWNERS_OF = frozenset({"my", "our", "his", "her", "their"})


def _job_before_at(m: _Mention) -> bool:
    """Read "at X" after a word about the job ("the team at Globex") as the employer."""
    if m.previous != "at" or (m.named_rightly and not m.firm_like):
        return False  # "your team at Baylor" beside "Lone Star Medical's customers": a place
    if m.before in _AT_THE and _german_noun(m):
        return False  # "viel Erfolg beim Serienanlauf": German "at the" before a noun
    # "at X" names the employer only after a word about the job ("the team at Globex",
    # "considered when something opens up at Northway"), not a place ("a visit at Cedar Flats").
    if _would_thrive(m.lead) and not m.school:
        return True  # "I'd have thrived at X": the workplace the writer imagined
    cues = WORK_FOR | JOINING if m.school else JOB_CUES | OPENS_UP
    near = [w for w in cue_words(m.lead)[-4:-1] if w in cues]
    # "the interview at Altens", "the assessment day at OR Tambo": where it was held
    return bool(near) and (m.firm_like or near[-1] not in VENUES)


def _would_thrive(lead: list[str]) -> bool:
    """Return True for "would have thrived at", "I'd thrive at": a workplace imagined.

    Not "I thrived at X": without "would" or "could" it is the writer's own past.
    """
    return (
        lead[-1:] == ["at"]
        and lead[-2:-1] != []
        and lead[-2] in _THRIVE
        and bool(_WOULD.intersection(lead[-5:-2]))
    )


#: Verbs of doing well in a workplace ("I'd have thrived at X").
_THRIVE = frozenset({"thrive", "thrived", "flourish", "flourished", "excel", "excelled"})
#: Modal verbs of a future imagined ("would", "'d", "could").
_WOULD = frozenset({"would", "'d", "’d", "could"})


def _german_noun(m: _Mention) -> bool:
    """Return True for one capitalised word that is no firm's or initials ("Serienanlauf").

    German capitalises its nouns: one word after "beim" is the thing it is at, unless its
    own words make it a firm or it is initials ("beim ADAC").
    """
    return m.end - m.start == 1 and not m.firm_like and not m.candidate.text.isupper()


def _department(name: str, after: str) -> bool:
    """Return True for a unit named in ordinary words ("the Priority Services team").

    A firm's name has a word of its own ("the Castlegate team"); a department's is made of
    the words of its work.
    """
    return after in GROUPS and all(ordinary(w) for w in words_of(name))


def _greeted_people(window: list[str], sentence: set[str]) -> bool:
    """Return True for the people "at X" sent a greeting, thanks or a wish ("hi to the crew at").

    Those the writer greets, thanks or wishes well are the reader's colleagues: where they
    are is the organisation written to (not "my old crew at X"; and "your kitchen at X"
    may be one site of a group's).
    """
    if len(window) < 2 or window[-2] not in _PEOPLE_HERE or _OWNERS & set(window[-5:-2]):
        return False
    return bool(_GREETS.intersection(sentence))


#: Marks that end a clause.
_CLAUSE_MARKS = frozenset({",", ";", ":", ".", "!", "?", "-", "\u2013", "\u2014"})
#: The last words of a firm's name that are as well a place one spends time in ("X Studios").
_STUDIOS = frozenset({"studio", "studios"})
#: Spans of time spent at a place ("the afternoon at X Studios"); not "the interview at X".
_SPENT = frozenset({"afternoon", "morning", "evening", "day", "visit", "tour", "session"})
#: Owners of the people greeted that make "at X" no firm written to ("my crew", "your kitchen").
_OWNERS = frozenset({"my", "our", "your"})
#: The people of a workplace, greeted or wished well ("everyone", "the brigade").
_PEOPLE_HERE = frozenset({"everyone", "everybody", "all", "brigade", "kitchen", "crew", "staff",
                          "team", "folks", "gang", "colleagues", "people", "lot"})  # fmt: skip
#: Words of a greeting, thanks or a wish sent to people ("regards to", "say hi", "I hope").
_GREETS = frozenset({"regards", "hi", "hello", "thanks", "thank", "hope", "wish", "wishes",
                     "luck", "greetings", "love", "best"})  # fmt: skip


def _admired_doing(window: list[str]) -> bool:
    """Return True for a name whose ways the writer admires ("admired how X", "the work X does").

    What a firm does, admired by the writer who wished to join it, is the employer's doing.
    """
    if window[-1:] == ["how"]:
        return window[-2:-1] != [] and window[-2] in _ADMIRING  # not "loved hearing how X"
    return (
        window[-2:] in (["the", "work"], ["the", "way"])
        and window[-3:-2] != []
        and (window[-3] in _ADMIRING)
    )


#: Verbs of admiring a firm's ways ("I've long admired how X", "respected the work X does").
_ADMIRING = frozenset({"admired", "admire", "admiring", "respected", "respect", "loved", "love",
                       "liked", "like", "appreciated", "appreciate"})  # fmt: skip


def _why_applied(sent) -> bool:
    """Return True for a sentence giving why the writer applied ("which is why I applied")."""
    text = " ".join(t.lower_ for t in sent)
    return bool(re.search(r"\b(?:why|reason) i (?:applied|apply|wanted to apply)\b", text))


def _former_name(window: list[str]) -> bool:
    """Return True for a name the reader's organisation once had ("when you were still X").

    "You were" (or "you used to be"), with "still", "once" or "called" at most between, or
    "formerly" ("formerly known as") just before the name: the employer's own old name.
    So is a name the organisation "was still called" or "was once", spoken of in the third
    person ("back when the group was still called X", "from the time it was still X"):
    a word of a name held then stands between; not "it was X that ...", a name stressed.
    """
    words = [w for w in window[-6:] if w not in _FORMERLY_FILLER]
    if words[-1:] in (["formerly"], ["previously"]):
        return True
    if words[-2:] == ["known", "as"] and {"formerly", "previously", "once"} & set(window):
        return True  # "formerly known as X"
    if words[-1:] == ["from"] and words[-2:-1] != [] and words[-2] in _RENAMED:
        return True  # "before you rebranded from X", "since you changed your name from X"
    if words[-2:] == ["you", "were"] or words[-4:] == ["you", "used", "to", "be"]:
        return True
    return _once_called(window)


def _once_called(window: list[str]) -> bool:
    """Return True for "the group was still called X", "it was once X": an old name, told of.

    The organisation ("it", "they", or a noun after "the" or "your"), "was" or "were", and
    a word of a name held then ("still", "once", "called") before the name, or a time gone by
    before the organisation ("back when it was X"); not the writer
    ("I was still X's intern") nor a person ("my manager was still at X").
    """
    k = next((i for i in range(len(window) - 1, -1, -1) if window[i] in ("was", "were")), None)
    if k is None or k < len(window) - 4:
        return False
    if window[k - 1 : k] in (["it"], ["they"]):
        j = k - 1
    elif k > 1 and window[k - 2] in ("the", "your") and window[k - 1] not in _NOT_OLD_NAMES:
        j = k - 2
    else:
        return False  # "I was still X's intern", "my manager was X"
    between = window[k + 1 :]
    if not set(between) <= _FORMERLY_FILLER | {"known", "as"}:
        return False
    # NOTE: or a time gone by before the organisation: "back when it was X", "from the time
    # the chain was X"; not "it was X that first ...", "the winner was X": no old name
    then = window[j - 2 : j] in (["back", "when"], ["days", "when"])
    return then or window[j - 1 : j] == ["time"] or bool(_HELD_THEN.intersection(between))


#: Words between "you were" and an old name ("when you were still X").
_FORMERLY_FILLER = frozenset({"still", "once", "called", "named", "just", "all", "the"})
#: Words before "from X" of a name given up ("rebranded from X", "changed your name from X").
_RENAMED = frozenset({"rebranded", "renamed", "name", "rebrand"})
#: Nouns after a name of a time gone by ("back in the X days"): an old name or an old job.
_BYGONE = frozenset({"days", "era"})
#: Words that make "was X" a name held then ("was still called X", "was once X").
_HELD_THEN = frozenset({"still", "once", "called", "named", "known"})
#: Nouns before "was still X" that are no organisation renamed ("the winner was still X").
_NOT_OLD_NAMES = frozenset({"winner", "favourite", "favorite", "choice", "plan", "goal", "dream",
                            "answer"})  # fmt: skip
#: "Be" before "joining" with a subject other than the writer ("the clinic is joining X").
_IS = frozenset({"is", "are", "'s", "’s", "'re", "’re", "was", "were"})
#: Prepositions that hold their article (German "beim", "bei dem"): a capitalised word after
#: one is a German noun ("beim Serienanlauf"), not a firm's name, unless its words say so.
_AT_THE = frozenset({"beim"})
#: A firm's establishments in its towns ("X's Fremantle office"), which no department has.
_OFFICES = frozenset({"office", "offices", "branch", "branches"})
#: Relative pronouns: after "X's" they make it a shop's name, not an owner ("at Dunmore's who").
_RELATIVES = frozenset({"who", "which", "where", "that", "when", "whose"})
#: Verbs of an opening that appears ("if anything comes up at X", "should something crop up
#: at X"): where it appears is the organisation that would hire, as "opens up at X" is;
#: not "coming", which may be a time ("with the busy season coming up at X").
OPENS_UP = frozenset({"comes", "come", "crops", "crop", "pops", "arises", "arise"})
#: Verbs of following a firm's work from afar ("I've followed X for years").
_FOLLOWED = frozenset({"followed", "following"})
#: Words before "followed" that make it the writer's long habit ("I've", "been", "always").
_FOLLOWERS = frozenset({"'ve", "’ve", "have", "been", "i", "always", "long", "closely"})
#: "work with the X ensemble": the people of X, as joining them is.
_WORK_WITH = frozenset({"work with", "working with"})
#: Verbs of a hiring decision after its maker ("X decided", "X had to choose").
_DECIDED = frozenset({"decide", "decided", "choose", "chose", "chosen", "select", "selected",
                      "pick", "picked", "opt", "opted"})  # fmt: skip
#: Words between the decision's maker and its verb ("X had to", "X has finally").
_DECIDING_AUX = frozenset({"had", "has", "have", "to", "would", "will", "needed", "need",
                           "finally", "ultimately", "eventually", "must", "did"})  # fmt: skip
#: Words after a decision's verb that make it a choice among people ("decide between").
_AMONG = frozenset({"between", "among", "amongst", "another", "someone", "against"})
#: Verbs after "decided to" that make it a hiring decision ("decided to go with").
_TO_HIRE = frozenset({"go", "hire", "offer", "appoint", "proceed", "continue", "move", "pursue"})
#: The people among whom a hiring decision chose ("between several strong people").
_HIRED = frozenset({"candidate", "candidates", "applicant", "applicants", "people", "person",
                    "someone", "profile", "profiles", "finalists", "shortlist"})  # fmt: skip
#: Verbs of keeping up with a firm ("keep following X", "keep an eye on X").
_FOLLOW = frozenset({"follow", "following", "watch", "watching", "eye"})
#: Words before them that make the following the writer's future ("will keep", "I'll").
_FUTURE = frozenset({"will", "'ll", "’ll", "keep", "continue", "shall"})
