"""What a name in the writer's text is, read from its own words and the words beside it.

Steps of ``_org_reading.addressed``: the employer spoken of by its kind or by an old name
("the Ministry's priorities", "back when you were still X"), or given its role by its
clause (``employer_itself``); a site, event, place, function, job, subject, degree or stage,
a client, a sea's place, a partner or a ship, none of them a firm written to (``not_a_firm``); a
region, a trade fair, a part of the employer (but not a school the job is put at that the
quoted rejection never named), its group or its owner (``region_or_part``).
Each returns True or False when it settles the reading, or None to leave it to the next.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from replylint.custom._addressee import WIDER, beside_employer, clients_listed
from replylint.custom._clauses import attributive
from replylint.custom._employer import word_after
from replylint.custom._employer_slots import JOIN, joined_site, own_mention
from replylint.custom._org_cues import (
    ACROSS,
    AS_OTHERS,
    FAMILIES,
    GROUP_MEMBERS,
    GROUPS,
    JOB_CUES,
    OWNERS_SHARE,
    PRIZES,
    TRAITS,
    VENUES,
    shown_round,
)
from replylint.custom._org_kinds import is_event, is_kind, is_unit, kind_name
from replylint.custom._org_likeness import ARTICLES, acronyms, distinctive, parallel
from replylint.custom._org_names import GROUP_ENDS, ORG_WORDS, SUFFIXES, words_of
from replylint.custom._org_parts import (
    BODY_DOINGS,
    BODY_EVENTS,
    DEGREE_INITIALS,
    DEGREES,
    DEPARTMENTS,
    EVENTS,
    HEALTH_SERVICE,
    HOSPITALS,
    INTERVIEW_PANELS,
    JOB_NOUNS,
    JOB_POSTS,
    JOBTITLES,
    MEETINGS,
    MEMBERS_BODIES,
    OFFICES,
    OPENINGS,
    PLACES,
    REGIONS,
    SCHEMES,
    SCHOOLS,
    SHOP_EVENTS,
    SITES,
    TEAMS,
    UMBRELLA,
    VESSEL_PARTS,
    WORK_GROUPS,
    advertised,
)
from replylint.custom._org_roles import employer_role
from replylint.custom._org_sectors import TRANSPORT
from replylint.custom._own_deeds import TRIAL_WORK
from replylint.custom._own_past import DETERMINERS
from replylint.custom._vocabulary import ordinary

if TYPE_CHECKING:
    from replylint.custom._org_reading import _Mention


def employer_itself(m: _Mention) -> bool | None:
    """Read the employer spoken of by its kind or old name, or given its role by its clause."""
    if is_kind(m.words):
        return False  # "the Ministry's priorities": the employer, spoken of by its kind
    if _former_name(m.window) or (m.after in _BYGONE and not m.possessive):
        return False  # "back when you were still X", "in the X days": the employer's old name
    if _group_of_own_name(m):
        return False  # "the Rivoli Luxe Group prefers ..." to Atelier Rivoli: its own group
    if employer_role(m.doc, m.candidate):
        return True  # "X was my first choice", "X is making a real mistake"
    return None


def group_named(words: list[str]) -> bool:
    """Return True for a group's name, its group word last or, in Romance tongues, first.

    "Nordmark Group", "Nordmark Holdings"; "Grupo Peninsular", "Groupe Vauban Presse".
    """
    return words[-1] in GROUP_ENDS or words[0] in GROUP_ENDS


def _event_joined_by_and(m: _Mention) -> bool:
    """Return True for the first part of an event's long name joined by "and".

    NOTE: "the Rare Books and Special Collections conference": the name read stops at
    "and", but "the" before it and an event's word after the capitalised words past "and"
    make the whole one event's name, the body holding it no firm written to.
    """
    if m.before != "the" or m.after != "and":
        return False
    doc, k = m.doc, m.end + 1
    while k < m.sent.end and doc[k].is_alpha and doc[k].text[:1].isupper():
        k += 1
    return k > m.end + 1 and k < m.sent.end and doc[k].lower_ in EVENTS


def _group_of_own_name(m: _Mention) -> bool:
    """Return True for a group bearing a distinctive word of the employer's own name.

    "the Rivoli Luxe Group" in a reply to Atelier Rivoli, "Grupo Tavera" to Tavera Motors:
    the group the employer belongs to, whatever the clause says it does; a firm pasted in
    from another application shares no such word.
    NOTE: nor does an article both names open with ("Al Nour Holdings" to Al Noor Trading):
    the Arabic "Al" is "the", no word of the employer's own.
    """
    if not group_named(m.words):
        return False
    return bool(set(distinctive(m.candidate.text)) & set(distinctive(m.company)) - ARTICLES)


def not_a_firm(m: _Mention) -> bool | None:
    """Read a site, event, place, function or job named, or a client: no firm written to."""
    # NOTE: only an organisation has a mission or values: "Bright Harbor's mission" is a firm
    # NOTE: and a forum with work or staff of its own ("the Gulf Arbitration Forum's work"),
    # or of the employer's trade and not a place one goes, is a standing body, not an event
    if _numbered_room(m):
        return False  # "the sample lesson with Room 12": a room of the place, no firm
    firm = (m.possessive and m.after in TRAITS) or _standing_body(m)
    # NOTE: but one of the employer's own kind ("the Hallam Fringe team" to Ostend Fringe) is
    # another festival or body, not the employer's event or site (though "its dinner" is one)
    kin = m.kin or parallel(m.candidate.text, kind_name(m.company))
    # NOTE: "Cutting Room Salon" is a shop; but "the Didsbury Salon", one word after "the",
    # may be the employer's own branch, as "the Paris Salon" is an event
    shop = m.last in SHOP_EVENTS and not (len(m.words) == 2 and m.before in ("the", "our"))
    # NOTE: an event's word may head the name before its "of" ("the X Conference of
    # Actuaries", "the World Congress of Y"): an event all the same
    head = m.words[m.words.index("of") - 1] if "of" in m.words[1:-1] else m.last
    named_place = m.site or (bool({m.last, head} & EVENTS) and not shop) or m.last in PLACES
    if not firm and (m.after in EVENTS or (named_place and not kin)):
        return False  # a site, event or place: "Willow House", "the Eastgate branch"
    # NOTE: a name of no firm's shape before a place's own word ("at Leith harbour", "from
    # Luton airport") names the place, as one ending in it does ("Luton Airport")
    if not firm and not kin and not m.candidate.org and m.after in PLACES:
        return False
    # NOTE: so is a body's gathering told by a word of its kind ("NACADA's regional
    # conference", "X's annual congress"): where people meet, the body its host
    if m.possessive and m.following[1:2] in _GATHERINGS and attributive(m.after):
        return False
    # NOTE: "the Royal Microscopical Society meeting": a members' body's meeting is an event
    # one goes to, as a conference is; a firm's ("the Acme meeting") may be the interview
    if m.last in MEMBERS_BODIES and m.after in MEETINGS and not firm and not kin:
        return False
    # NOTE: and so is its scheme for members ("the X Society mentorship programme", "the X
    # Association bursary scheme"): what the body runs for its members, no employer's
    if m.last in MEMBERS_BODIES and not firm and not kin and _members_scheme(m):
        return False
    # NOTE: and so is a body's event told by a word of its kind and a word of the event's
    # ("the Apartment Association of X trade show", "the X annual conference"): a show the
    # body holds, not the firm written to; or one of its gatherings ("the X regional
    # assembly"), where its members meet
    gathering = set(m.following[1:2]) & EVENTS or m.following[1:2] in _GATHERINGS
    if not firm and not kin and m.after in _EVENT_KINDS and gathering:
        return False
    if not firm and not kin and _event_joined_by_and(m):
        return False  # "the X Rare Books and Special Collections conference": one event
    # NOTE: and initials made plural on each side ("Gs&Cs audit work", "the Ts&Cs review"):
    # a function's or a document's, as "M&E" is, not a firm's
    if re.fullmatch(r"(?:The )?[A-Z]+s?&[A-Z]+s?", m.candidate.text) and attributive(m.after):
        return False  # "my M&E skills", "the S&OP simulation": a function, not a firm
    if re.fullmatch(r"[A-Z]&[A-Z]", m.candidate.text) and _compound_before(m):
        # NOTE: "cross-border M&A", "in-house R&D": a hyphened modifier makes the initials a
        # field of work, as no firm is (the initials alone may be one: "H&M", "P&G")
        return False
    if _one_of_its_kind(m):
        return False  # "chase down that Tucson's fault": one thing of its make, no firm
    if _question_about(m) or _case_on(m):
        return False  # "my answers on the Communications Authority licensing question"
    if _deal_about(m):
        return False  # "the discussion of the Brightwell Foods exit": a deal's company
    if _line_via(m):
        return False  # "our talk about the Baltic Rail Express via Riga": a line, no firm
    # NOTE: "the X interview panel" are X's people, not a job's title
    panel = m.following[:1] == ["interview"] and bool(
        INTERVIEW_PANELS.intersection(m.following[1:2])
    )
    if m.last in JOBTITLES or (m.after in JOB_NOUNS and not (m.possessive and m.after in OPENINGS)
                               and not panel and not _advert(m)):  # fmt: skip
        return False  # a job: "the Data Analyst role"; but "Ashdown Academies' openings"
    if _heads_a_title(m):
        return False  # "the Children's Ministry Coordinator post": a word of the job's title
    if _prize_named_for(m):
        return False  # "the Duke of Edinburgh's Award groups": a prize's namesake, no firm
    if m.words[0] in JOBTITLES and m.words[1:2] == ["of"] and m.before in DETERMINERS:
        return False  # "you and the Director of Care", "our Head of People": a post's holder
    if m.lead[-2:] in _POST_OF and JOBTITLES.intersection(m.words):
        # NOTE: "the position of Development Engineer Chassis Systems": after "the post of", a
        # name holding a job's title is the job itself, whatever words of a unit it runs on in
        return False
    if _studied(m):
        return False  # "a Diploma in Leadership for Health and Social Care": a subject
    if _degree(m) or _level(m):
        return False  # "my Master's", "an MBA"; "the Year 7 content", "Key Stage 3"
    if _stream_in_brackets(m):
        return False  # "Grade C (Risk Analytics)", "Analyst (Credit Risk)": the job's field
    # NOTE: or one shown round for the interview ("the tour of X's Abu Dhabi facility"):
    # the place toured is the employer's own, so its owner is named as the employer (a
    # group's or a health service's sites have names of their own, as ``joined_site`` reads)
    owner = joined_site(m.doc, m.start, m.company) or _toured_owner(m)
    site_words = _owned_sites(m)
    if m.possessive and not m.candidate.org and site_words and not owner and not _site_in(m):
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
    if m.previous in _WITH_OR_USING and m.named_rightly and _employer_with(m):
        # "the plant Ogun Civil is building with X": the employer's partner; "the way Ogun
        # Civil uses X": its tool or supplier
        return False
    if clients_listed(m.doc, m.sent.start, m.start):
        return False  # "clients like the Marlow Hotel and X": a client, whoever's it is
    if m.last in _STUDIOS and m.previous == "at" and _SPENT.intersection(m.lead[-3:-1]):
        return False  # "the afternoon at X Studios": the studio visited, a place, not a firm
    # NOTE: an audition or a rehearsal is held in a studio hired for the day, as an interview
    # is not: the studio is where it was, unless it is a rival studio of the employer's kind
    if (m.last in _STUDIOS and m.previous == "at" and _STAGED.intersection(m.lead[-3:-1])
            and not (m.rival or m.related)):  # fmt: skip
        return False  # "the audition at X Studios": the studio hired for it, a place
    if _vessel(m):
        return False  # "the Iara's new itineraries": the employer's ship, venue or product
    if _used_in_disease(m):
        return False  # "the evidence plans for X in haemophilia": a medicine, not a firm
    return None


def _used_in_disease(m: _Mention) -> bool:
    """Return True for one word before "in" and a disease ("X in haemophilia", "X in psoriasis").

    NOTE: a medicine is named by a coined word as a biotech is, often one made from its
    maker's own name; what follows tells them apart: a medicine is used, tried or studied in
    a disease, named by a word of medicine's endings ("-aemia", "-itis", "-osis"), which no
    firm is said to be in (a firm is in a place or a trade: "X in Leeds", "X in media").
    """
    if len(m.words) != 1 or m.possessive or m.candidate.org or m.following[:1] != ["in"]:
        return False
    return _DISEASE.fullmatch(m.following[1] if len(m.following) > 1 else "") is not None


#: A disease by its ending in medicine's words ("haemophilia", "arthritis", "psoriasis").
_DISEASE = re.compile(r"[a-z]{3,}(?:philia|aemia|emia|itis|oma|omas|osis|iasis|pathy|plasia|algia)")


def _advert(m: _Mention) -> bool:
    """Return True for a firm's name before its job advert ("the Greyfield Forensic job ad")."""
    return advertised(m.doc, m.start, m.end, m.candidate.org)


def _heads_a_title(m: _Mention) -> bool:
    """Return True for an English word's "'s" heading a job's title ("the Women's Health Nurse").

    "Children's", "Women's", "Youth's" before capitalised words that end in a job's title
    name whom the job serves; a firm's own "'s" before its staff ("Acme's Operations
    Manager") is no English word, and stays a firm's.
    """
    if not m.possessive or m.candidate.org or not all(ordinary(w) for w in m.words):
        return False
    k = m.end + 1
    while k < m.sent.end and m.doc[k].text[:1].isupper():
        if m.doc[k].lower_ in JOBTITLES:
            return True
        k += 1
    return False


def _prize_named_for(m: _Mention) -> bool:
    """Return True for a name whose "'s" opens a prize's own name ("the Duke of Edinburgh's Award").

    "the Duke of Edinburgh's Award groups", "a King's Award for Voluntary Service": the
    capitalised prize word goes on with the name, so the whole is the prize, named for a
    person or a giver (as "the X award" is, see ``_prize``). NOTE: a lower-case "award"
    after "'s" may be one the firm won ("Acme's award last month"), and "Acme's Award-winning
    team" praises the firm itself.
    """
    if not m.possessive or m.end + 1 >= len(m.doc):
        return False
    word = m.doc[m.end + 1]
    return word.lower_ in PRIZES and word.text[:1].isupper() and m.following[1:2] != ["-"]


def _standing_body(m: _Mention) -> bool:
    """Return True for a forum or congress that is a body, not an event.

    Its "'s" owns a body's doings ("the Gulf Arbitration Forum's work", "its vacancies"), or
    it has a team of its own ("the X Forum team"); or it shares the employer's trade
    ("Arbitration" to the Straits Arbitration Centre) and is not a place one goes ("at the X
    Forum", "the X Forum in Dubai").
    """
    if m.last not in BODY_EVENTS:
        return False
    if m.possessive:
        return m.after in BODY_DOINGS | OPENINGS
    if m.after == "team" and m.previous not in _GONE_TO:
        return True  # "an interview with the Global Governance Forum team": its own staff
    trade = set(distinctive(m.candidate.text)[:-1]) & set(distinctive(m.company)) - EVENTS
    return bool(trade) and m.previous not in _GONE_TO and m.after not in _GONE_TO


#: Words beside an event's name that make it a place one goes ("at", "attend", "in Dubai").
_GONE_TO = frozenset({"at", "attend", "attending", "attended", "in", "during", "from"})


def _vessel(m: _Mention) -> bool:
    """Return True for one word after "the" whose "'s" owns a ship's or venue's parts.

    "the Iara's new itineraries", "the Aurora's upper deck": the employer's riverboat, hall or
    product; unless the letter names it elsewhere without "the", as a firm is named ("the
    Orbis team" stays a firm's: no "'s", and a team is no ship's part).
    """
    if len(m.words) != 1 or m.before != "the" or not m.possessive or m.candidate.org:
        return False
    if not VESSEL_PARTS.intersection(m.following[:3]):
        return False
    return only_after_the(m)


def only_after_the(m: _Mention) -> bool:
    """Return True when the letter names the name nowhere without "the" before it."""
    name = re.escape(m.candidate.text)
    bare = re.finditer(rf"(?<![\w-]){name}(?![\w-])", m.doc.text)
    return all(m.doc.text[: b.start()].rstrip().lower().endswith("the") for b in bare)


def _question_about(m: _Mention) -> bool:
    """Return True for a name qualifying a question put to the writer ("the X licensing question").

    "My answers on the Communications Authority licensing question", "the Harbour Rail
    franchise scenario", "the Greengage Foods supply-chain case": a body the question (or
    the case study) was about, named before its subject and the question's noun; no firm
    written to. Not a question the name's people set ("the X interview questions", "the X
    question", "the X case"): no subject of its own between.
    """
    if m.possessive:
        return False
    # NOTE: a subject may be hyphenated ("the X supply-chain case"): its hyphens are no words
    following = [t.lower_ for t in m.doc[m.end : min(m.end + 6, m.sent.end)] if t.text != "-"]
    k = next((k for k, w in enumerate(following[:4]) if w in _QUESTIONS), None)
    if not k:
        return False
    subject = following[:k]
    return all(attributive(w) and w not in TRIAL_WORK and w not in VENUES for w in subject)


def _case_on(m: _Mention) -> bool:
    """Return True for a name after a case study's noun and "on" ("the case on X's pricing").

    NOTE: "the case on X's distribution network", "the scenario about X": the firm the case
    study was about, named after it as ``_question_about`` reads one named before it; no
    firm written to. Not "my questions about X's plans": a question may ask of the employer.
    """
    lead = m.lead
    if lead[-1:] not in (["on"], ["about"]):
        return False
    return lead[-2:-1] in _CASES or lead[-3:-1] == ["case", "study"]


def _members_scheme(m: _Mention) -> bool:
    """Return True for a scheme's noun right after the name or past one word ("mentorship")."""
    following = m.following
    return bool(
        SCHEMES.intersection(following[:1])
        or (following[:1] and attributive(following[0]) and SCHEMES.intersection(following[1:2]))
    )


def _deal_about(m: _Mention) -> bool:
    """Return True for a firm named before a deal done on it ("the Brightwell Foods exit").

    "The discussion of the Brightwell Foods exit", "the Tarn Bakeries buyout we modelled":
    an investor's or an adviser's deal, the firm bought, sold or listed, named after "the"
    as a case is; no firm written to. Not its own people ("the X deal team": the firm's),
    nor a name with its "'s" ("X's acquisition of Y": what X did).
    """
    if m.possessive or m.before != "the":
        return False
    following = m.following
    return (
        following[:1] != []
        and following[0] in _DEALS
        and not (following[1:2] and following[1] in WORK_GROUPS)
    )


def _line_via(m: _Mention) -> bool:
    """Return True for a transport line told by its route ("the X Express via Tallinn").

    A name ending in a carrier's word ("Express", "Railway"), after "the" and before "via"
    and a place, is a train, bus or freight service running through that place, talked
    about as the employer's trade; a firm written to runs through no place. Not "via" a
    channel ("the X Railway via their website": no place's name follows), nor the firm
    worked at or joined ("to work at the X Express via Tallinn").
    """
    if m.possessive or m.before != "the" or m.after != "via" or m.last not in TRANSPORT:
        return False
    if m.previous in _FIRMS_PREPOSITIONS:
        return False
    place = m.doc[m.end + 1 : m.end + 2]
    return len(place) == 1 and place[0].is_title


#: Words before a firm worked at, for or with, or joined ("to work at the X").
_FIRMS_PREPOSITIONS = frozenset({"at", "for", "with", "to", "join", "joining"})

#: A deal done on a firm, named after it ("the X exit", "the X buyout").
#: NOTE: and a legal matter named after its party ("the Nordvik Energy arbitration"), a case
#: a lawyer worked on, as a deal is an adviser's
_DEALS = frozenset({"exit", "buyout", "acquisition", "takeover", "merger", "ipo", "refinancing",
                    "divestment", "disposal", "recapitalisation", "recapitalization",
                    "arbitration", "litigation", "lawsuit", "insolvency"})  # fmt: skip
#: The gatherings a body holds, after its name, its "'s" and a word ("X's annual congress").
#: NOTE: and its members' assembly ("the X regional assembly"), no event's name of its own
#: (a name ending in "Assembly" is a body's, as "the Welsh Assembly" is)
_GATHERINGS = (["conference"], ["congress"], ["summit"], ["symposium"], ["convention"],
               ["expo"], ["meetup"], ["forum"], ["assembly"], ["assemblies"])  # fmt: skip
#: Words of an event's kind before an event's word, after its host's name ("X trade show").
_EVENT_KINDS = frozenset({"trade", "annual", "regional", "national", "international",
                          "industry", "members", "spring", "summer", "autumn", "fall",
                          "winter", "careers", "awards"})  # fmt: skip
#: A job named by "of" its title ("the position of Development Engineer").
_POST_OF = (["position", "of"], ["post", "of"], ["role", "of"], ["title", "of"])


def _one_of_its_kind(m: _Mention) -> bool:
    """Return True for a name after a demonstrative, owning a thing ("that Tucson's fault").

    NOTE: "this Civic's brakes", "chase down that Tucson's CAN fault": a demonstrative
    points at one thing of the make or model the name is (a car, a machine); a firm is one,
    and is not pointed at so. "That" must follow a preposition or a particle to be one: after
    a verb or an adjective it opens a clause ("I heard that X's plans ...", "glad that X's").
    """
    if not m.possessive or m.start < 1:
        return False
    if m.before in ("this", "these", "those"):
        return True
    return m.before == "that" and m.start >= 2 and m.doc[m.start - 2].lower_ in _PARTICLES


#: Prepositions and particles a demonstrative "that" follows ("down that X's", "on that X's").
_PARTICLES = frozenset({"down", "up", "on", "off", "out", "over", "with", "from", "into",
                        "onto", "under", "inside", "behind", "beneath", "underneath",
                        "around"})  # fmt: skip


def _compound_before(m: _Mention) -> bool:
    """Return True for a hyphened lowercase word right before the name ("cross-border X")."""
    k = m.start
    return (
        k >= 3
        and m.doc[k - 2].text in ("-", "\u2011")
        and m.doc[k - 1].text.islower()
        and m.doc[k - 3].text.isalpha()
        and m.doc[k - 3].text.islower()
        and not m.doc[k - 3].whitespace_
        and not m.doc[k - 2].whitespace_
    )


#: Nouns of a question put to a candidate, which a name may qualify ("the X pricing question").
_QUESTIONS = frozenset({"question", "questions", "scenario", "scenarios", "hypothetical",
                        "case"})  # fmt: skip
#: A case study's nouns, before "on" or "about" and the firm it was about.
_CASES = (["case"], ["cases"], ["scenario"], ["scenarios"], ["hypothetical"])
#: Last words of a place in the sea or by a river ("the Dogger Bank"), and what is on it.
_SHORES = frozenset({"bank", "banks", "sands", "shoal", "shoals"})
_ON_SHORE = frozenset({"on", "off", "along", "across", "over"})


def _employer_with(m: _Mention) -> bool:
    """Return True when the employer itself does what is done "with" the name, or uses it.

    "the JV that Ogun Civil is building with X", "Ogun Civil's partnership with X": the
    employer, named in the clause, is the one with X; X is its partner, not the firm written to.
    "the way Ogun Civil uses X": X is the employer's tool or supplier.
    NOTE: by its initials too ("OCE's partnership with X" to Ogun Civil Engineering), as
    letters to a university or a body often name it; but no initials that spell a word
    ("TO" of Tern Oils)
    """
    own = set(distinctive(m.company)) | {a for a in acronyms(m.company) if not ordinary(a)}
    return bool(own) and bool(own.intersection(m.lead[:-1]))


#: The word before the name after which the employer named in the clause is the one with it
#: or using it ("Ogun Civil's partnership with X", "the way Ogun Civil uses X").
_WITH_OR_USING = frozenset({"with", "uses", "used", "using"})


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


def _toured_owner(m: _Mention) -> bool:
    """Return True for a firm's "'s" before a place the writer toured ("a tour of X's lab")."""
    if not m.possessive or m.school:
        return False
    own_names = UMBRELLA.search(m.company) or HEALTH_SERVICE.search(m.company)
    return shown_round(m.lead) and not own_names


def _site_in(m: _Mention) -> bool:
    """Return True when what the name's "'s" owns is an office named by its place.

    "X's Lexington Avenue office", "X's Leeds offices": one of a firm's offices in several
    places, so the owner is a firm (not "St. Fintan's surgical ward"; and "X's Lutterworth
    site" may be an agency's client's warehouse).
    """
    start = m.end + m.possessive
    k = start
    while k < min(start + 3, len(m.doc)) and m.doc[k].is_title:
        k += 1
    return k > start and k < len(m.doc) and m.doc[k].lower_ in _OFFICES


#: A firm's offices, named by their place after its "'s" ("X's Canary Wharf office").
_OFFICES = OFFICES | {"headquarters", "hq"}
#: Words that end the phrase an "'s" owns ("X's commitment to ...", "X's ward and ...").
_OWNED_STOPS = frozenset({"to", "of", "in", "on", "at", "for", "with", "and", "or", "from", ","})


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
    if m.words[0] in _QUALIFICATIONS and {"in", "of"} & set(m.words[1:3]):
        return True  # "Diploma of Community Services": the qualification's whole title
    return titled_study(m.doc, m.start - 1, m.sent.start, _QUALIFICATIONS)


def titled_study(doc, k: int, floor: int, kinds: frozenset[str] = frozenset()) -> bool:
    """Return True when the title words ending at ``doc[k]`` follow "Diploma in", "Master of".

    The capitalised words and joins back from ``k`` (not past ``floor``) end a qualification's
    title when "in" or "of" after one of ``kinds`` opens them ("Bachelor of Social Work").
    """
    kinds = kinds or _QUALIFICATIONS | DEGREES
    while k > floor and (doc[k].text[:1].isupper() or doc[k].lower_ in _TITLE_JOINS):
        if doc[k].lower_ in ("in", "of") and doc[k - 1].lower_ in kinds:
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


def _stream_in_brackets(m: _Mention) -> bool:
    """Return True for a field in plain words, bracketed after a job's title or grade.

    "the recruitment for Grade C (Risk Analytics)", "the Analyst (Credit Risk) post": the
    bracket names the job's stream, words of English only; a firm bracketed so has a name
    of its own ("Analyst (Globex)").
    """
    doc, start, end = m.doc, m.start, m.end
    if m.before == ":" and start >= 2 and doc[start - 2].lower_ in JOBTITLES:
        # NOTE: "the position of Actuarial Specialist: Short-Term Insurance": plain words
        # after a colon that ends a job's title name its stream, as a bracket does
        return all(ordinary(w) or w in DEPARTMENTS for w in m.words)
    if m.before != "(" or end >= len(doc) or doc[end].text != ")" or start < 2:
        return False
    if not all(ordinary(w) or w in DEPARTMENTS for w in m.words):
        return False  # NOTE: a function's word ("analytics") is plain, though no lemma
    title = doc[start - 2]
    if title.lower_ in JOBTITLES:
        return True  # "Analyst (Credit Risk)"
    # "Grade C", "Band 6", "Level II": a grade's word and its mark
    grade = re.fullmatch(r"[A-Z]|[IVX]+|" + _STAGE_NUMBER.pattern, title.text) is not None
    word = doc[start - 3].text if start > 2 else ""
    return grade and word[:1].isupper() and ordinary(word)


#: Words before a year or level that have or hold it ("my Level 3", "in Year 2", "the").
_STAGE_HOLDERS = frozenset({"the", "a", "an", "my", "our", "your", "their", "his", "her", "in",
                            "into", "of"})  # fmt: skip
#: A year's, level's or stage's number ("7", "10", "7B", "10-12").
_STAGE_NUMBER = re.compile(r"\d{1,2}[A-Za-z]?(?:[-\u2013]\d{1,2})?")


def region_or_part(m: _Mention) -> bool | None:
    """Read a region, a trade fair, a part of the employer, or a party set beside it."""
    if m.last in REGIONS or _spread_across(m.window) or _plural_region(m):
        return False  # "across the Nordics", "in the Midlands": a region, not a company
    if is_event(m.doc, m.candidate):
        return False  # a trade fair
    if _where_reader_works(m):
        return False  # "your work with farmers in Makueni": a place the reader works in
    if is_unit(m.words, m.company):
        # a school or department of the employer; but not one the job was never at
        return _job_put_at_unheard_site(m) or False
    if _unit_of_own_kind(m):
        return False  # "the Cathedral Choir's tour" to St Aldhelm's Cathedral: its own choir
    if _room_inside(m):
        return False  # "the alarm went off in the Hallam Studio": a room of the building
    if beside_employer(m.doc, m.sent.start, m.start, m.window):
        return False  # "your team and X ran a joint demo", "within the wider X Group"
    if _sister_beside_employer(m):
        return False  # "I wish Gulf Meridian and Meridian Feeder Services well": its sister
    if _group_beside_employer(m) or _wider_group_beside(m):
        # "I wish Glenmoor and the Nordmark Group well", "the legal team supports Glenmoor and
        # the wider Nordmark Group": the employer's group
        return False
    if _group_related_to_employer(m) or employer_joined_group(m) or _group_across_sites(m):
        # "how Glenmoor fits into the wider Nordmark Group", "Glenmoor, since joining the X
        # family", "the X Group training across the stores": the employer's group
        return False
    if _fellows_group(m):
        return False  # "the other titles in the Pwani Media Group": the employer's own group
    if _employers_merger(m):
        return False  # "before you joined the Nordmark Group", "since X bought you": its owner
    if _group_grows(m):
        return False  # "I know Orient Leisure Holdings is opening a second park": the owner's
    return None


def _plural_region(m: _Mention) -> bool:
    """Return True for one word in the plural ending a phrase "in the" ("in the Vosges").

    NOTE: a range of hills or a district is named in the plural after "the" ("roles in the
    Ardennes", "a store in the Cotswolds"), as REGIONS lists the common ones; a firm's name
    is no plural of a word English lacks, and "in the X" ends the phrase where a firm's
    team or store would follow it ("in the X team").
    """
    if m.window[-2:] != ["in", "the"] or len(m.words) != 1 or m.possessive or m.candidate.org:
        return False
    word = m.last
    return (
        len(word) > 3
        and word.endswith("s")
        and not ordinary(word)
        and word not in ORG_WORDS
        and not m.after.isalpha()
    )


def _unit_of_own_kind(m: _Mention) -> bool:
    """Return True for a unit named by the employer's kind word ("the Cathedral Choir").

    "the Cathedral Choir" to St Aldhelm's Cathedral, "the Council Chamber" to Northgate
    Borough Council, "the Sanctuary Shop" to Whisker Lane Animal Sanctuary: plain words
    opened by the last word of the employer's name, after "the", are a part of it spoken of
    by its kind, as "the Council" is the employer itself. NOTE: another body of the kind
    is named by a word of its own first ("Wells Cathedral Choir"), never by plain words.
    """
    if m.before not in ("the", "our", "your") or len(m.words) < 2:
        return False
    kind = words_of(kind_name(m.company))
    return m.words[0] == kind[-1] and all(ordinary(w) for w in m.words)


def _room_inside(m: _Mention) -> bool:
    """Return True for a room of a building, where something happened "in the" name.

    NOTE: "the alarm went off in the Hallam Studio", "the coffee in the Macintyre Café": a
    room or wing a visit went through, named after a benefactor, is spoken of "in the", as
    any room is; a firm of the name is "at" or "with" X. Not where the writer would work ("I'd
    love to work in the X Studio"): a word of the job before it leaves the name to be read.
    """
    if m.window[-2:] != ["in", "the"] or len(m.words) < 2 or m.last not in _ROOMS:
        return False
    return not (JOB_CUES | {"work", "worked"}).intersection(m.window)


#: Rooms and wings of a building, last in a name after "in the" ("in the Hallam Studio").
_ROOMS = frozenset({"studio", "wing", "gallery", "room", "suite", "lounge", "library",
                    "foyer", "atrium", "auditorium", "café", "cafe", "theatre",
                    "theater"})  # fmt: skip


def _group_grows(m: _Mention) -> bool:
    """Return True for a group said to open or build sites or lines of its own.

    "I know Orient Leisure Holdings is opening a second park", "how Grupo Peninsular plans
    to build the packs there": the group, by its own words one, spreads across its firms
    and sites, among them the employer's; the one written to does its own work as "you".
    So is a group with designs on the employer ("X Group has big plans for Fablehouse").
    Not the group after a word of joining it ("to join X", "a role at X", "with X"), nor
    "X's new park" (see ``cued_firm``).
    """
    if not group_named(m.words) or m.possessive or m.previous in _JOINING:
        return False
    words = [t.lower_ for t in m.doc[m.end : min(m.end + 5, m.sent.end)]]
    verb = next((w for w in words if w not in _ON_THE_WAY), "")
    return verb in _GROWS or _designs_on_employer(m)


def _designs_on_employer(m: _Mention) -> bool:
    """Return True for a group said to have plans for the employer or to invest in it.

    "I hear Merrow Media Group has big plans for Fablehouse", "Tern Group is investing in
    you": the group acts on the employer (by its name or "you"), as an owner or backer does;
    a pasted name would stand for the employer, not beside it as the object of its plans.
    """
    words = [t.lower_ for t in m.doc[m.end : min(m.end + 7, m.sent.end)]]
    k = next((k for k, w in enumerate(words) if w in ("for", "in", "into")), None)
    if k is None or not _DESIGNS.intersection(words[:k]):
        return False
    own = set(distinctive(m.company)) | {"you", "your"}
    return bool(own.intersection(words_of(" ".join(words[k + 1 : k + 3]))))


#: Words before a group that make it the place of a job or a wish ("join", "at", "with").
_JOINING = JOIN | {"at", "with", "for", "in", "to", "into", "within"}
#: Words between a group and its verb of growth ("is opening", "plans to build", "will").
_ON_THE_WAY = frozenset({"is", "are", "was", "will", "plans", "plan", "planning", "to", "now",
                         "soon", "also", "'s", "’s", "has", "have", "just", "about"})  # fmt: skip
#: Words of a group's designs on a firm it owns or backs ("big plans for X", "investing in X").
_DESIGNS = frozenset({"plans", "plan", "ambitions", "investing", "invested", "invests"})
#: Verbs of a group opening or building sites or lines ("is opening", "plans to build").
_GROWS = frozenset({"open", "opens", "opening", "opened", "build", "builds", "building", "built",
                    "expand", "expands", "expanding", "launch", "launches", "launching",
                    "add", "adds", "adding"})  # fmt: skip


def _spread_across(window: list[str]) -> bool:
    """Return True for "across X", "throughout the X": a region, not a firm.

    Not "came across X", "stumbled across the X": the writer finding a name, any firm.
    """
    k = next((k for k in range(len(window) - 1, len(window) - 3, -1)
              if k >= 0 and window[k] in ACROSS), None)  # fmt: skip
    return k is not None and (k == 0 or window[k - 1] not in _FINDING)


#: Verbs before "across" of the writer finding a name ("came across X"), no region's.
_FINDING = frozenset({"came", "come", "coming", "comes", "stumbled", "stumbling"})


def _where_reader_works(m: _Mention) -> bool:
    """Return True for a one-word name after "in" in a clause about the reader's work.

    "Your work with smallholder farmers in Makueni", "your projects in Turkana", "the
    programmes you run in Gulu": a district or town where the reader works, no firm; not a
    name the tagger reads as an organisation's.
    """
    if m.candidate.org or len(m.words) != 1 or m.possessive or m.lead[-1:] != ["in"]:
        return False
    lead = m.lead[:-1]
    return any(
        word in _READERS and lead[k + 1 : k + 3] and _READERS_WORK.intersection(lead[k + 1 : k + 3])
        for k, word in enumerate(lead)
    )


#: Words of the reader's own ("your work", "you run").
_READERS = frozenset({"your", "you"})
#: The reader's work done in a place ("your work ... in X", "the projects you run in X").
_READERS_WORK = frozenset({"work", "projects", "programmes", "programs", "efforts",
                           "partnerships", "run", "support", "serve"})  # fmt: skip


def _job_put_at_unheard_site(m: _Mention) -> bool:
    """Return True for the job turned down put at a school or hospital the thread never names.

    "Thank you for your email regarding the Admissions Officer position at Qasr Academy",
    in reply to Al Rawda Schools Group, whose quoted rejection names no school at all:
    the school the job is put at is pasted from another application, as the reader's own
    school would be named in the thread or carry the group's name ("Lakeview Middle
    School" of Lakeview School District). Not a place the writer went to or met people at
    ("the interview at X", "the team at X"), nor the writer's own post there ("my
    previous position at X"), nor a unit ("the Faculty of Law").
    """
    if not m.unheard or m.words[-1] not in _SITES_OF_GROUPS or m.lead[-1:] != ["at"]:
        return False
    if set(distinctive(m.candidate.text)) & set(distinctive(m.company)):
        return False
    lead = m.lead[:-1]
    # NOTE: joining its people ("I would have loved to join the team at X") is the job
    # wished for, as the post is; only meeting them there ("the team at X") names a place
    if lead[-3:-1] in ([j, "the"] for j in JOIN) and lead[-1] in TEAMS:
        return not own_mention(m.doc, m.candidate)
    if not lead or lead[-1] not in JOB_POSTS:
        return False
    k = len(lead) - 2
    while k >= 0 and len(lead) - k < 7 and lead[k] not in _THIS:
        k -= 1  # back over the job's title ("the Admissions Officer position")
    return k >= 0 and lead[k] in _THIS and not own_mention(m.doc, m.candidate)


#: Words opening the job the reader turned down ("the", "your", "this"); not "my".
_THIS = frozenset({"the", "this", "that", "your"})
#: Last words of a school's or hospital's own name: a site of a group that runs many.
_SITES_OF_GROUPS = SCHOOLS | HOSPITALS


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
    # NOTE: an investor's money ("X's investment will bring ..."), beside the employer's own
    # name: not "X's investment team" (its people), nor X alone ("X's investment in people");
    # NOTE: or after the reader in the clause ("the plans you described after X's
    # investment"): the reader's firm is the one X put money into
    beside = m.named_rightly or bool(_READERS.intersection(m.lead))
    if (m.possessive and beside and m.following[:1] == ["investment"]
            and not attributive("".join(m.following[1:2]))):  # fmt: skip
        return True
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
    if m.last not in GROUP_ENDS:
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


def _sister_beside_employer(m: _Mention) -> bool:
    """Return True for a firm sharing a word of the employer's name, set beside that name.

    "I wish Gulf Meridian and Meridian Feeder Services a safe year", "thanks to Halden
    Freight and Halden Cold Chain": a brand or sister firm of the employer's own group
    bears its word, and the writer names the employer rightly beside it; a name pasted in
    stands where the employer's would, not beside it, nor does it bear the employer's word.
    NOTE: the employer's name beside it is two words of its own at least ("Gulf Meridian"),
    or all of it: one shared word alone may be another firm's too.
    """
    theirs = distinctive(m.candidate.text)
    own = set(distinctive(m.company))
    if not own.intersection(theirs) or set(theirs) <= own:
        return False
    core = [w for w in words_of(m.company) if w not in SUFFIXES]
    runs = [core[:k] for k in range(min(2, len(core)), len(core) + 1)]
    doc, span = m.doc, len(core) + 1
    before = words_of(doc[max(m.start - span, 0) : m.start].text)
    after = words_of(doc[m.end : min(m.end + span, len(doc))].text)
    if before[-1:] == ["and"]:
        return any(before[:-1][-len(run) :] == run for run in runs)
    return after[:1] == ["and"] and any(after[1 : 1 + len(run)] == run for run in runs)


def _wider_group_beside(m: _Mention) -> bool:
    """Return True for "the wider" group in a sentence that names the employer rightly.

    "The legal team supports both Merlion and the wider Tanjong Bay Group", "Merlion's
    work for the broader X Group": a larger body beside the employer's own right name is
    the one it belongs to; so is the group "elsewhere in" which the employer's own name or
    brand stands ("openings at Northmere Private or elsewhere in the X Group"). A pasted
    letter names no employer rightly; nor is "the wider X Group" alone, with no right name
    beside it, read so here.
    """
    if not (m.last in _GROUP_NAMES or group_named(m.words)) or m.possessive:
        return False
    if m.lead[-2:-1] == ["elsewhere"] and m.lead[-1] in _INTO | {"in", "across"}:
        # NOTE: "openings at Northmere Private or elsewhere in the Caledon Group": "elsewhere"
        # puts the employer's own firm or brand named before it inside the group
        own = set(distinctive(m.company)) | {"you", "your"}
        return bool(own.intersection(m.lead[:-2]))
    # NOTE: or a group that bears the employer's own word ("the whole Gruppo Halden" to Halden
    # Vita): the larger body the employer is part of, named as such, is no firm pasted in
    return ((m.named_rightly or m.related) and m.window[-2:-1] == ["the"]
            and m.window[-1] in WIDER)  # fmt: skip


def _group_related_to_employer(m: _Mention) -> bool:
    """Return True for a group the sentence says the employer fits into or works within.

    "how Glenmoor fits into the wider Nordmark Group", "how your company sits within Nordmark
    Holdings", "how Glenmoor's online team works alongside the wider Nordmark Group": the
    employer (its name or "your" thing, or "you") is the subject of a verb relating it to the
    group, which is then its own. Not the writer's wish ("I'd love to work within the wider
    Nordmark Group": the subject is the writer), nor a group with no employer said.
    """
    if m.last not in GROUP_ENDS or m.possessive:
        return False
    words = [t.lower_ for t in m.doc[m.sent.start : m.start]]
    bare = words[:]
    while bare and bare[-1] in WIDER | {"the"}:
        bare.pop()
    wider = len(bare) < len(words) - (words[-1:] == ["the"])
    if bare[-2:] in (["part", "of"], ["member", "of"]):
        bare = bare[:-2]  # "Glenmoor is part of the Nordmark Group"
        while bare and bare[-1] in ("a", "an", "now", "also", "still"):
            bare.pop()
    elif bare[-1:] and (bare[-1] in _INTO or (wider and bare[-1] in _AMID)):
        bare.pop()
    else:
        return False
    if not bare or bare[-1] not in _RELATES or bare[-2:-1] == ["to"]:
        return False  # "to work within the wider Nordmark Group": a wish, whoever's
    subject = bare[-5:-1]
    if _WRITER.intersection(subject):
        return False  # "I'd love to work within the wider Nordmark Group": the writer's wish
    own = set(distinctive(m.company))
    # NOTE: or a member of a group, as the employer is one ("how a children's imprint works
    # inside the X Group"): the group is then the employer's owner, no firm written to
    return bool({"you", "your"} & set(subject) or own.intersection(words_of(" ".join(subject)))
                or GROUP_MEMBERS.intersection(subject))  # fmt: skip


def employer_joined_group(m: _Mention) -> bool:
    """Return True for a group or family of brands the employer, not the writer, joined.

    "It's good to see Glenmoor growing since joining the Nordmark Brands family", "how you've
    changed after joining the Nordmark Group": the nearest doer before "joining" is the
    employer (its name, "you" or "your"), so the group is its owner. Not "I hope to join the
    X family" (a wish) nor "since joining the X family, I've grown" (the writer).
    """
    if not (m.last in _GROUP_NAMES or m.after in FAMILIES) or m.possessive:
        return False
    if m.lead[-1:] not in (["joining"], ["joined"]):
        return False
    words = [t.lower_ for t in m.doc[m.sent.start : m.start]]
    joined = len(words) - 1 - words[::-1].index(m.lead[-1])
    own = set(distinctive(m.company)) | {"you", "your"}
    for word in reversed(words[:joined]):
        if word in _WRITER:
            return False
        if word in own:
            return True
    return False


def _group_across_sites(m: _Mention) -> bool:
    """Return True for a group whose ways are said to run across its stores or sites.

    "how the Nordmark Group training works across the stores", "Nordmark Holdings' rota runs
    throughout the branches": the group spans the sites, the employer being one of them.
    """
    if m.last not in _GROUP_NAMES:
        return False
    words = [t.lower_ for t in m.doc[m.end : min(m.end + 8, m.sent.end)]]
    k = next((k for k, w in enumerate(words) if w in ACROSS), None)
    if k is None:
        return False
    rest = [w for w in words[k + 1 : k + 5] if w not in ("the", "all", "its", "your", "their")]
    return rest[:1] != [] and rest[0] in _MEMBERS


#: Last words of a group of firms' name ("Nordmark Group", "Nordmark Brands").
_GROUP_NAMES = GROUP_ENDS | {"brands"}
#: Prepositions of a body one fits into ("fits into the Nordmark Group", "sits under").
_INTO = frozenset({"into", "within", "inside", "under", "alongside", "beneath"})
#: Prepositions that relate the employer to a group only when the group is "the wider" one
#: ("works with the wider Nordmark Group"; not "works with Nordmark Group", perhaps a client).
_AMID = frozenset({"with", "in", "to", "across", "among", "amongst"})
#: Verbs relating the employer to a group ("fits", "sits", "works", "is" part of).
_RELATES = frozenset({"fits", "fit", "fitted", "fitting", "sits", "sit", "sitting", "works",
                      "work", "working", "belongs", "belong", "belonged", "operates", "operate",
                      "operating", "is", "are", "was", "were", "'s", "’s", "'re", "’re",
                      "feeds", "ties", "connects", "reports", "collaborates"})  # fmt: skip
#: Words of the writer as the verb's subject ("I'd love to work within X").
_WRITER = frozenset({"i", "i'd", "i'm", "me", "my", "mine", "we", "our", "myself"})


def _fellows_group(m: _Mention) -> bool:
    """Return True for the group the employer's fellow members belong to.

    "sharing its desk with the other titles in the Pwani Media Group", "your sister hotels
    across X", "X's other brands": the employer is one of the group's members, so the group
    is its own; not "other roles at X" (a job's noun) nor "join the X Group" (a wish).
    """
    if m.possessive:
        fellows = m.following[:1] in (["other"], ["sister"])
        return fellows and any(_members(m.following[1:k]) for k in (2, 3))
    words = [t.lower_ for t in m.doc[max(m.sent.start, m.start - 6) : m.start]]
    if words[-1:] == ["the"]:
        words.pop()
    if not words or words[-1] not in _AMONG:
        return False
    words.pop()
    k = next((k for k in range(len(words) - 1, -1, -1) if words[k] in _FELLOW), None)
    return k is not None and k >= len(words) - 3 and _members(words[k + 1 :])


def _members(words: list[str]) -> bool:
    """Return True when ``words`` (a word or two) name members of a group ("regional titles")."""
    return bool(words) and len(words) <= 2 and words[-1] in _MEMBERS


#: Words before the members of a group that make them the employer's fellows ("other titles").
_FELLOW = frozenset({"other", "sister", "fellow"})
#: Words between the fellow members and their group ("the other titles in X").
_AMONG = frozenset({"in", "of", "across", "within", "under", "throughout"})
#: Nouns for the members of a group of firms ("titles", "brands", "hotels", "schools").
_MEMBERS = frozenset({"titles", "papers", "newspapers", "magazines", "publications", "stations",
                      "channels", "brands", "labels", "companies", "businesses", "firms",
                      "subsidiaries", "members", "hotels", "restaurants", "venues", "stores",
                      "shops", "outlets", "sites", "schools", "academies", "colleges",
                      "hospitals", "practices", "clinics", "homes", "studios", "agencies",
                      "clubs", "properties", "operators", "banks", "mills", "plants",
                      "depots", "theatres", "pubs", "bakeries", "farms", "branches",
                      "locations", "dealerships", "gyms", "offices"})  # fmt: skip
#: The last words of a firm's name that are as well a place one spends time in ("X Studios").
_STUDIOS = frozenset({"studio", "studios"})
#: Spans of time spent at a place ("the afternoon at X Studios"); not "the interview at X".
_SPENT = frozenset({"afternoon", "morning", "evening", "day", "visit", "tour", "session"})
#: A performer's tryout or practice, held in a studio hired for it ("the audition at X Studios").
_STAGED = frozenset({"audition", "auditions", "callback", "callbacks", "rehearsal",
                     "rehearsals", "casting", "castings"})  # fmt: skip


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
    return _once_called(window) or _known_as(window)


def _known_as(window: list[str]) -> bool:
    """Return True for the name the writer once knew the reader's firm by ("knew you as X").

    "I first knew your company as X", "I'd always known you as X", "I remember the firm as
    X": a verb of knowing, the reader ("you", "your" and a noun, "the company") and "as"
    right before the name. Not "known as X" alone (the writer or another, not the reader).
    """
    if window[-1:] != ["as"]:
        return False
    k = next((k for k in range(len(window) - 2, max(len(window) - 6, -1), -1)
              if window[k] in _KNOWING), None)  # fmt: skip
    if k is None:
        return False
    reader = window[k + 1 : -1]
    return reader == ["you"] or (
        len(reader) == 2 and reader[0] in ("your", "the") and reader[1] in _READERS_FIRM
    )


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
#: Verbs of knowing a firm by a name ("I first knew your company as X").
_KNOWING = frozenset({"knew", "known", "know", "remember", "remembered", "recall"})
#: Nouns for the reader's firm after "your" or "the" ("your company", "the firm").
_READERS_FIRM = frozenset({"company", "firm", "business", "organisation", "organization",
                           "brand", "group", "practice", "agency", "team"})  # fmt: skip
#: Nouns after a name of a time gone by ("back in the X days"): an old name or an old job.
_BYGONE = frozenset({"days", "era"})
#: Words that make "was X" a name held then ("was still called X", "was once X").
_HELD_THEN = frozenset({"still", "once", "called", "named", "known"})
#: Nouns before "was still X" that are no organisation renamed ("the winner was still X").
_NOT_OLD_NAMES = frozenset({"winner", "favourite", "favorite", "choice", "plan", "goal", "dream",
                            "answer"})  # fmt: skip


def _numbered_room(m: _Mention) -> bool:
    """Return True for one word of a building's parts before its number ("Room 12", "Ward 7").

    A school's classroom, a hospital's ward or a bay of a depot is called by its number;
    a capital on its word makes no firm of it ("taught a lesson with Room 12").
    """
    if len(m.words) != 1 or m.last not in _NUMBERED_PARTS or m.possessive:
        return False
    doc, end = m.doc, m.end
    return end < len(doc) and doc[end].like_num


#: The parts of a building called by their number ("Room 12", "Ward 7", "Bay 3").
_NUMBERED_PARTS = frozenset({"room", "rooms", "classroom", "ward", "lab", "laboratory", "suite",
                             "bay", "block", "wing", "floor", "level", "gate", "platform",
                             "theatre"})  # fmt: skip
