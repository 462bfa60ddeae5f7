"""What kind of organisation a name is: a university, an event, a unit of the employer."""

from __future__ import annotations

import re

from replylint.custom._org_likeness import distinctive, parallel
from replylint.custom._org_names import ACADEMIES, ORG_WORDS, SUFFIXES, Candidate, words_of
from replylint.custom._org_parts import (
    CENTRE_OF,
    EVENT_OPENERS,
    HEALTH_SERVICE,
    HOSPITALS,
    OFFICES,
    SCHOOLS,
    UMBRELLA,
    UMBRELLA_UNITS,
    UNITS,
)
from replylint.custom._vocabulary import ordinary

#: Words that make a name a university, in the languages it is written in.
UNIVERSITIES = frozenset({
    "university", "universidad", "universite", "universitat", "universita", "universiteit",
    "uniwersytet", "universidade", "hochschule", "hogeschool", "hogskola",
    # Malay and Indonesian ("Universiti Putra Malaysia", "Universitas Gadjah Mada")
    "universiti", "universitas",
})  # fmt: skip
#: An employer named so teaches or does research: another school or institute named in a
#: reply to it may be the pasted one ("the team at the Halden Institute", written to a
#: Centre for Climate Research).
ACADEMIC = UNIVERSITIES | ACADEMIES | frozenset({"college", "school", "academy", "schools",
                                                 "institute", "research", "laboratory",
                                                 "observatory"})  # fmt: skip
#: Kinds of school named before "of" and what they teach ("School of Economics").
_SCHOOLS_OF = UNIVERSITIES | {"school", "faculty"}
#: The stage a school teaches, which may end its name ("St Brendan's Primary").
_STAGES = frozenset({"primary", "secondary", "elementary", "middle", "high", "kindergarten"})
#: A university's or college's name before a hospital's word names a hospital, not a school
#: ("St Aldric's University Hospital", "Kingsbridge College Hospital", "... University Medical
#: Center").
_TEACHING_HOSPITAL = re.compile(
    r"\b(?:university|college|universit\w+)\s+(?=(?:hospitals?|clinic|clinics|infirmary|medical)\b)",
    re.IGNORECASE,
)


def kind_name(company: str) -> str:
    """Return the employer's name without words that hide its kind ("University" of a hospital)."""
    return _TEACHING_HOSPITAL.sub("", company)


def field_of(name: str, company: str) -> bool:
    """Return True for plain words of the employer's name short of its trade ("Major Loss").

    "the Major Loss team" to Aldgate Loss Adjusters: English words ending on a word of the
    employer's name, without the trade that follows it there, name a field of its work (a
    department), not a rival of its kind. NOTE: a rival may drop the employer's kind
    ("Riverside Unified" to Lakeshore Unified School District), never its trade.
    """
    words, theirs = words_of(name), words_of(kind_name(company))
    if len(words) < 2 or not all(ordinary(w) for w in words) or words[-1] not in theirs:
        return False
    # NOTE: the word that follows there says what was dropped: a kind ("School District",
    # then maybe a school of its own in brackets) or the trade ("Adjusters")
    rest = theirs[theirs.index(words[-1]) + 1 :][:1]
    return any(w not in KINDS and w not in ORG_WORDS and w != "&" for w in rest)


#: A school's word of another language, heading its name ("École Supérieure X").
_SCHOOL_HEADS = frozenset({"ecole", "escuela", "escola", "scuola", "liceo", "lycee"})


def school_name(name: str) -> bool:
    """Return True for the name of a school or university ("Lindqvist University")."""
    words = words_of(name)
    # NOTE: "Académie X", "Academia X": a school's word heading its name, as a university's
    if words[-1] in SCHOOLS | UNIVERSITIES or words[0] in UNIVERSITIES | ACADEMIES:
        return True
    # NOTE: and a school's word of another language heading it ("École Supérieure X",
    # "Escuela Oficial de Idiomas", "Liceo X"), as "Académie X" is
    if words[0] in _SCHOOL_HEADS:
        return True
    # NOTE: or its kind before "of" and its field ("Ashby School of Finance & Management",
    # "Technical University of Berlin"): a school named for what it teaches, as "University
    # of X" is; not "Institute of X" or "College of X", often a professional body's name
    return any(w in _SCHOOLS_OF and words[k + 1 : k + 2] == ["of"] for k, w in enumerate(words))


def academic(company: str) -> bool:
    """Return True when the employer teaches or does research (a school, an institute)."""
    words = words_of(kind_name(company))
    # NOTE: a school's name may end on its stage alone ("Holy Cross Primary", a domain's
    # "holycross-primary"), as "Eastgate High" does
    return bool(ACADEMIC.intersection(words)) or (len(words) > 1 and words[-1] in _STAGES)


def is_event(doc, candidate: Candidate) -> bool:
    """Return True for a trade fair or another event ("Feira Sabores 2025", "Expo Lisboa")."""
    after = doc[candidate.end] if candidate.end < len(doc) else None
    year = after is not None and bool(re.fullmatch(r"(?:19|20)\d\d", after.text))
    # "best of luck at ProWein next week": a place one is at for days is a fair or a show
    following = " ".join(t.lower_ for t in doc[candidate.end : candidate.end + 2])
    before = doc[candidate.start - 1].lower_ if candidate.start else ""
    soon = before == "at" and bool(_SOON.match(following))
    # NOTE: "greet you at Wine Paris & Vinexpo Paris next February": the reader met at a
    # name in a month or season to come is at an event there, not at their own workplace
    met = [t.lower_ for t in doc[max(candidate.start - 3, 0) : candidate.start - 1]]
    dated = (before == "at" and len(met) == 2 and met[0] in _MEETING and met[1] == "you"
             and bool(_MONTH_AHEAD.match(following)))  # fmt: skip
    # NOTE: and so is luck wished "at" a name for a month or season to come ("best of luck at
    # Frieze Masters this autumn"): a fair or show the reader goes to then, not their firm
    lead = [t.lower_ for t in doc[max(candidate.start - 2, 0) : candidate.start]]
    lucky = lead == ["luck", "at"] and bool(_MONTH_AHEAD.match(following))
    # NOTE: not a name with a legal form ("at X Ltd"): a firm, no gathering
    touch = _touch_at(doc, candidate.start) and words_of(candidate.text)[-1] not in SUFFIXES
    return (year or soon or dated or lucky or touch or _attending(doc, candidate)
            or words_of(candidate.text)[0] in EVENT_OPENERS)  # fmt: skip


def _attending(doc, candidate: Candidate) -> bool:
    """Return True for a name the writer will be at in a month to come, offering to meet.

    NOTE: "I will be at Arab Health in Dubai next January and would be glad to meet", "I'll
    be at X this autumn, if you'd like to catch up": a place one goes to then and meets the
    reader at is an event, not the reader's firm ("I'd love to be at X": no date, no meeting).
    """
    start, sent = candidate.start, doc[candidate.start].sent
    lead = [t.lower_.replace("’", "'") for t in doc[max(start - 3, sent.start) : start]]
    if lead[-2:] != ["be", "at"] or lead[-3:-2] not in (["will"], ["'ll"], ["shall"]):
        return False
    rest = [t for t in doc[candidate.end : sent.end]]
    if len(rest) > 1 and rest[0].lower_ == "in" and rest[1].text[:1].isupper():
        rest = rest[2:]  # "at X in Dubai next January": past the town
        while rest and rest[0].text[:1].isupper():
            rest = rest[1:]  # "in Abu Dhabi"
    following = " ".join(t.lower_ for t in rest[:3])
    meet = {t.lower_ for t in rest} & (_MEETING | {"coffee", "hello", "chat"})
    return bool(_MONTH_AHEAD.match(following)) and bool(meet)


def _touch_at(doc, start: int) -> bool:
    """Return True for a name where the writer hopes to keep in touch ("in touch, perhaps at X").

    NOTE: "stay in touch, perhaps at MuseumNext", "keep in touch at X": the place the two
    would meet again is a gathering both go to; the reader's firm is the one kept in touch
    with, not a place "at" which one is in touch. Only adverbs may stand between.
    """
    k = start - 1
    if k > 0 and doc[k].lower_ in ("or", "and"):
        # NOTE: "in touch, perhaps at Slush or X": a name joined to such a gathering is
        # another gathering the two might meet at; back past the one before it
        first = k
        while first > 0 and doc[first - 1].text[:1].isupper():
            first -= 1
        return first < k and _touch_at(doc, first)
    if k < 0 or doc[k].lower_ != "at":
        return False
    k -= 1
    while k >= 0 and (doc[k].lower_ in _MAYBE or doc[k].is_punct):
        k -= 1
    return k >= 1 and doc[k].lower_ == "touch" and doc[k - 1].lower_ == "in"


#: Adverbs between "in touch" and "at X" ("in touch, perhaps at X").
_MAYBE = frozenset({"perhaps", "maybe", "possibly", "hopefully", "again", "sometime", "soon"})


#: Words after "at X" that date a short stay there ("at ProWein next week", "... tomorrow").
_SOON = re.compile(r"(?:next|this)\s+(?:week|weekend)\b|tomorrow\b|tonight\b")
#: A month or season to come after "at X" ("next February", "in June", "this autumn").
_MONTH_AHEAD = re.compile(
    r"(?:next|this|in)\s+(?:january|february|march|april|may|june|july|august|september"
    r"|october|november|december|spring|summer|autumn|fall|winter)\b"
)
#: Verbs of meeting the reader somewhere ("see you at", "greet you at").
_MEETING = frozenset({"see", "meet", "greet", "catch", "seeing", "meeting", "greeting"})


#: A name's last word for a group of hospitals or clinics: a trust or chain of its own, which
#: an employer itself named for its hospitals ("Eastmoor Hospitals NHS Trust") cannot run.
_GROUPS_OF_HOSPITALS = frozenset({"hospitals", "clinics"})
#: An employer named for one hospital or clinic of its own ("St Brigid's Hospital NHS
#: Foundation Trust"), not for a service that runs many ("Arogya Hospitals", "Mercy Health").
_ONE_HOSPITAL = re.compile(r"\b\w+\W*\s+(?:hospital|infirmary|clinic|hospice)\b", re.IGNORECASE)


def is_unit(words: list[str], company: str) -> bool:
    """Return True for a part of an organisation ("the School of Public Health")."""
    # NOTE: a university hospital is a hospital: its wards are its own, another hospital is not
    umbrella = UMBRELLA.search(kind_name(company))
    # NOTE: an employer that is itself a unit named before its umbrella ("Halloran Institute
    # for Public Policy, Tasman University") has siblings of that kind, not parts: another
    # "X Institute" is a body with its own people, as the centres below are
    head = kind_name(company).split(",")[0]
    if (
        umbrella
        and umbrella.start() > len(head)
        and words[-1] in UMBRELLA_UNITS
        and words[-1] in words_of(head)
    ):
        return False
    if umbrella and words[-1] in SCHOOLS:
        return True  # "Roosevelt Middle School" of the district that wrote
    # NOTE: a health service runs hospitals one by one ("Waikato Hospital"): hospitals named
    # together are a trust or chain of their own, a peer ("Sereno Hospitals" to a health system)
    if words[-1] in _GROUPS_OF_HOSPITALS:
        return False  # "Kingsmere University Hospitals" to Eastmoor Hospitals NHS Trust: a peer
    if (umbrella or HEALTH_SERVICE.search(company)) and words[-1] in HOSPITALS:
        # NOTE: a trust named for its one hospital ("St Brigid's Hospital NHS Foundation
        # Trust") runs that hospital: another one is not its own
        return not _ONE_HOSPITAL.search(company)  # "Waikato Hospital" of Health New Zealand
    # NOTE: an employer that is itself a department or office ("Department of Regional
    # Justice") has siblings of its kind, not parts: "the Department of Home Affairs"
    if words_of(kind_name(company))[:1] == words[:1] and parallel(" ".join(words), company):
        return False
    # NOTE: and one that is itself a centre or institute of its university ("Institute for
    # Migration Studies, University of Westbury") has other centres beside it, not inside:
    # "the Centre for Refugee Policy" is a sibling body, with its own people
    theirs = words_of(kind_name(company))
    if (
        theirs[:1]
        and theirs[0] in UMBRELLA_UNITS
        and theirs[1:2] in (["of"], ["for"])
        and words[0] in UMBRELLA_UNITS
        and words[1:2] in (["of"], ["for"])
    ):
        return False
    if words[-3:-1] in (["centre", "of"], ["center", "of"]) and words[-1] in CENTRE_OF:
        return True  # "the Automation & Unmanned Systems Centre of Expertise"
    if _own_academy(words, company):
        return True  # "the Ashby Banking Academy" of Crown & Ashby Private Bank
    units = UNITS | UMBRELLA_UNITS if umbrella else UNITS
    # NOTE: an employer named for a kind in the plural ("Royal Courts of Justice") holds
    # several of that kind: "the Court of Appeal" is one of its own, as a unit is
    units = units | (_HELD_KINDS & {re.sub(r"(?:ies|s)$", _singular, w) for w in words_of(company)})
    return len(words) > 2 and words[0] in units and words[1] in ("of", "for")


def other_school(name: str, company: str) -> bool:
    """Return True for another school's name in a reply to one school.

    "Hanbit Global School" to Hanul International School: a school is one place, whose
    parts go by plain words ("the Junior School", "the Upper School") or by its own name
    ("Hanul Junior School"); a school named by a word of its own that is no English word
    is another school, not one of the employer's sites. NOTE: an employer running schools
    ("... School District", "... Academies Trust") has sites named so, and keeps them.
    """
    words, theirs = words_of(name), words_of(kind_name(company))
    if len(words) < 2 or words[-1] not in _ONE_SCHOOL or theirs[-1:] != words[-1:]:
        return False
    if UMBRELLA.search(company):
        return False
    return any(w not in theirs and not ordinary(w) for w in words[:-1])


#: The last word of one school's name ("Hanul International School", "Eastbrook Academy").
_ONE_SCHOOL = frozenset({"school", "academy"})


#: Bodies an employer named for them in the plural holds several of ("National Museums
#: Scotland": "the Museum of Flight"; "Royal Courts of Justice": "the Court of Appeal").
_HELD_KINDS = frozenset({"court", "tribunal", "museum", "gallery", "library"})


def _singular(match: re.Match) -> str:
    """Return the singular ending of a plural one ("ies" -> "y", "s" -> "")."""
    return "y" if match.group() == "ies" else ""


def _own_academy(words: list[str], company: str) -> bool:
    """Return True for a firm's own training school, opened by a word of the firm's own name.

    "the Ashby Banking Academy" of Crown & Ashby Private Bank, "the Halvard Institute" of
    Halvard Logistics: a bank, a retailer or a carrier trains its people in an academy or
    institute named for it. NOTE: only the firm's own name, no English word ("Royal",
    "Crown": any academy may bear one); and only to an employer that is no school or
    institute itself, whose schools and peers the rules for schools read.
    """
    if len(words) < 2 or words[-1] not in UMBRELLA_UNITS or academic(company):
        return False
    first = words[0]
    return first in distinctive(company) and not ordinary(first)


#: Kinds of organisation that, as a name's only word, are how one speaks of the employer
#: ("the Ministry's priorities", "the Council", "the Trust's values"), never another one.
KINDS = frozenset({
    "ministry", "department", "council", "agency", "authority", "board", "commission",
    "trust", "foundation", "hospital", "university", "college", "school", "company", "firm",
    "bank", "museum", "library", "institute", "society", "bureau", "office", "tribunal",
    "court", "district", "service", "centre", "center", "group", "practice", "studio",
    "kementerian", "ministerio", "ministere", "ministerium", "ministero",
})  # fmt: skip


def body_office_in(doc, start: int, end: int) -> bool:
    """Return True for a body's name, its kind heading "of", before its office in a town.

    "the Department of Social Protection office in Sligo": a body with offices in towns is
    a whole organisation, the one that owns the office, not the office's own name.
    """
    words = words_of(doc[start:end].text)
    if len(words) < 3 or words[0] not in KINDS or words[1] != "of":
        return False
    rest = doc[end : min(end + 3, len(doc))]
    return (
        len(rest) == 3
        and rest[0].lower_ in OFFICES
        and rest[1].lower_ == "in"
        and rest[2].text[:1].isupper()
    )


def is_kind(words: list[str]) -> bool:
    """Return True for a name of one word that is a kind of organisation ("Ministry")."""
    return len(words) == 1 and words[0] in KINDS
