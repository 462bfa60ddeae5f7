"""A wish sent to an organisation names the one written to.

A reply wishes the reader's organisation well: "I wish Harwick Books continued success
with the new list", "I wish the Linden Arts Centre a successful opening", "I wish everyone
at the Mill Rep a wonderful season", "All the best to the Copper Still crew", "good luck
with the new starter at Bramble Yard". The name so wished well is the organisation the
writer means to answer, whatever its own words are: a name ending in a site's word
("Centre", "House") or a job's ("Rep") is here a whole organisation, not a part of one.

Not so the writer's own people ("I wish my old team at X well"), a part or a site of an
employer that runs named sites (a trust's "Willow House"; but not when the rejection named
the job's own site and this is another: "the role at our Kona property"), a department in
ordinary words ("the Water Resources Division"), an initialism (most often the employer's
own), an event or a public place. A blessing is a wish too ("May God bless the work of X"),
but not the sign-off "God bless," over the writer's own name.
"""

from __future__ import annotations

import itertools
import re

from replylint.custom._clauses import window_before
from replylint.custom._org_cues import EVENT_TIME, GROUPS, MINE, OWNERS
from replylint.custom._org_kinds import academic, body_office_in
from replylint.custom._org_likeness import acronyms
from replylint.custom._org_names import POSSESSIVE, SUFFIXES, initialism, is_org, words_of
from replylint.custom._org_parts import (
    EVENTS,
    HEALTH_SERVICE,
    JOB_NOUNS,
    JOBTITLES,
    PEOPLE_OF_A_PLACE,
    PLACES,
    SITE_ENDS,
    SITES,
    UMBRELLA,
    body_initials,
    firm_shaped,
    foreign_name,
    place_shaped,
)
from replylint.custom._vocabulary import ordinary


def wished_well(
    doc, start: int, end: int, company: str, own_site: bool = True, firm: bool = False
) -> bool:
    """Return True when a wish is sent to doc[start:end] as a whole organisation.

    The wish is the double object of "wish" ("I wish X every success"), the people "at X"
    wished well ("I wish everyone at X a great year"), or the crew of X sent the best ("all
    the best to the X crew"). ``company`` is the employer: one that runs named sites (a
    group, a trust, a health service) may be wishing one of its own sites well, unless
    ``own_site`` is False: the rejection named the job's site, and this name is not it.
    ``firm`` says the caller knows the name for a firm's by its likeness to the employer's.
    """
    name = doc[start:end].text
    words = words_of(name)
    # NOTE: other initials than the employer's are another body's ("I wish the BAFA much
    # success" to the BAMF); but a word in capitals may be a plain word ("the FIRST regional")
    if not words or (name.isupper() and (ordinary(name) or _initials_of(words[0], company))):
        return False  # "I wish RSWPC a smooth commissioning": the employer's initials
    sent = doc[start].sent
    window = _beside_another(doc, sent.start, start, window_before(doc, sent.start, start))
    the = window[-1:] == ["the"]
    lead = window[:-1] if the else window
    after = [t.lower_ for t in doc[end : min(end + 9, sent.end)]]
    # NOTE: but not a whole body's office in a town ("everyone at the Department of X office
    # in Sligo"): its people are that body's
    site = after[:1] and (after[0] in SITES or after[0] in EVENTS)
    # NOTE: but a team named by a firm's shape ("the Pemberton Wealth team"), in words of
    # no English ("the whole Eisfeld Gemüse team") or by a body's own initials ("the ENAMI
    # team") is that firm's or body's people, as site_of reads it
    # NOTE: or by a name the caller knows for another arm of the employer's own network
    # ("the Ajuda Solidária Angola team" to Ajuda Solidária Moçambique, see other_arm)
    team = after[:1] == ["team"] and (
        firm or firm_shaped(name, is_org(name)) or foreign_name(name) or body_initials(name)
    )
    if site and not team and not body_office_in(doc, start, end):
        return False  # "everyone at the Pencoed home": a site, named by the word after it
    if words[-1] in EVENTS or words[-1] in PLACES:
        return False  # "good luck to everyone at the Leeds Jobs Fair": an event
    # NOTE: a university's departments are "at" the town it is named by ("the Department of
    # Chemistry at Uppsala"); a firm's team "at Bristol" is at one of its own sites
    if academic(company) and _unit_at_wished(lead, after):
        return True  # "I wish the Department of Chemistry at X every success": X's own unit
    if own_site and runs_sites(company):
        return False  # a trust's "Willow House", a hotel group's "Harbour View": its own site
    if words[-1] in SITE_ENDS and (
        words[-1] in _PARTS or (the and len(words) < 3 and all(ordinary(w) for w in words))
    ):
        return False  # "the Water Resources Division", "the Learning Centre": a part of it
    if _wished_to(name, lead, the):
        return True  # "I wish every success to the X": the organisation, wished well
    if _double_object(name, lead, after, the):
        return words[-1] not in JOBTITLES  # not "I wish the Principal every success"
    if _hoped_to_thrive(lead, after):
        return True  # "I hope X keeps growing": the organisation's future, wished to it
    if _blessed(lead, the or len(words) > 2) and _same_clause(doc, start):
        return True  # "May God bless the work of X": a blessing sent to the organisation
    # NOTE: one word before "crew" is as often a place's or a site's ("the Riverside crew"),
    # unless it is coined with a capital inside ("the GreenFork crew") or is no English word
    # named once ("the Brightmart crew": a site the writer knows is named again)
    # NOTE: nor is a team named by a body's own initials ("the ENAMI team"), as above
    # NOTE: and so is a team of a name the caller knows for a firm's (``firm``)
    initials_team = after[:1] == ["team"] and (body_initials(name) or firm)
    firmish = (
        len(words) > 1
        or _CAMEL.search(name) is not None
        or _coined_once(doc, start, end)
        or initials_team
    )
    # NOTE: a family of two words or more, each with a capital, is a firm's people ("the whole
    # Volta Mobility family"), where one word's may be a person's ("the Okafor family")
    family = len(words) > 1 and all(w[:1].isupper() for w in name.split())
    return (
        (_people_at(lead) and not met_there_later(lead, after))
        or _cheered(lead, after, name)
        or (
            firmish
            and (
                _crew(window, after, family, team)
                or _crew_wished(window, after, family, initials_team)
            )
        )
    )


def _beside_another(doc, sent_start: int, start: int, window: list[str]) -> list[str]:
    """Return the wish's words before a crew wished beside someone ("wish the hire and all the").

    NOTE: "I wish the new officer and all the X team every success": the clause stops at
    "and", but the wish before it is sent to both; read as "I wish the X team", the crew
    is the wish's object (see ``_crew_wished``). A wish a few words before "and" only, and
    "all" the crew only: "I wish Glenmoor and the X Group well" wishes the employer and its
    partner or parent, each by name, as two bodies.
    """
    if window[:1] != ["all"]:
        return window
    k = start - len(window) - 1
    if (
        k <= sent_start
        or doc[k].lower_ != "and"
        or [t.lower_ for t in doc[k + 1 : start]] != window
    ):
        return window
    before = window_before(doc, sent_start, k)
    wish = next((j for j in range(len(before) - 1, -1, -1) if before[j] in _WISH_VERBS), None)
    if wish is None or len(before) - wish > 5:
        return window
    return [*before[: wish + 1], *window[1:]]


#: Verbs of wishing whose object a crew beside another may be ("wish", "wishing").
_WISH_VERBS = frozenset({"wish", "wishing"})


def _coined_once(doc, start: int, end: int) -> bool:
    """Return True for one word that is no English word nor initials, named once in the letter.

    "the Brightmart crew": a firm's coined name. Not a word shaped as a place's ("the
    Eastgate crew"), nor one named again (a depot or a town the writer knows: "the Kewdale
    depot ... the Kewdale crew").
    """
    token = doc[start]
    if end - start != 1 or ordinary(token.text) or token.text.isupper():
        return False
    if place_shaped(token.text):
        return False  # "the Eastgate crew": a site's or a town's
    return sum(t.lower_ == token.lower_ for t in doc) == 1


def runs_sites(company: str) -> bool:
    """Return True for an employer that runs sites named for themselves.

    A group, a trust, a district or a health service ("Ashcourt Care Group", "Mercy
    Health"), a chain named for its many places ("Coastline Hotels", "Pennant Pubs Ltd"),
    or a provider of care or housing ("Brightside Support Ltd", with its "Willow House"): a
    name wished well in a reply to it may be one of its own.
    """
    words = [w for w in words_of(company) if w not in SUFFIXES]
    chain = bool(words) and (words[-1] in _CHAINS or words[-1] in _HOUSING)
    return chain or bool(UMBRELLA.search(company) or HEALTH_SERVICE.search(company))


def own_people_at(doc, start: int) -> bool:
    """Return True for the writer's own people or unit "at X" wished well ("my old team at X").

    Not those the writer hoped to join ("my future colleagues at X"): they are the reader's.
    """
    sent = doc[start].sent
    window = window_before(doc, sent.start, start)
    lead = window[:-1] if window[-1:] == ["the"] else window
    if len(lead) < 3 or lead[-1] != "at":
        return False
    if lead[-2] not in _PEOPLE and lead[-2] not in _UNIT_WORDS:
        return False  # "my old team at X", "my old department at X"
    return _owned(lead, MINE) and bool(_WISHES.intersection(lead[:-2]))


def _owned(lead: list[str], owners: frozenset[str]) -> bool:
    """Return True when one of ``owners`` owns the people before "at" ("my old team at").

    Not the people the writer hoped to join ("my future colleagues at"), nor those sent
    what the owner owns ("my best to everyone at").
    """
    owned = lead[-5:-2]
    k = next((i for i, w in enumerate(owned) if w in owners), None)
    return k is not None and not (_HOPED | _SENT_TO).intersection(owned[k:])


def _double_object(name: str, lead: list[str], after: list[str], the: bool) -> bool:
    """Return True for the name wished something: "I wish X every success with the launch".

    Someone may be wished "every success" as well, so without "the" before it, the name
    must be no person's by its shape (a word with a capital inside, "FitHub"; three words
    or more), or what it is wished must be an organisation's: continued success, a season
    or an opening, or success with a thing of its own ("with the clinical study"; not
    "with the new role").
    """
    # NOTE: or what God is asked to grant it ("pray that Allah grants X continued success")
    if lead[-1:] not in (["wish"], ["wishing"], ["grant"], ["grants"]):
        return False
    after = _past_partner(after)
    if not after or after[0] not in _GIFTS:
        return False
    # NOTE: a person is never named by initials ("I wish ICMBio much success")
    shaped = len(name.split()) > 2 or _CAMEL.search(name) is not None or initialism(name)
    if the or shaped or after[0] == "continued" or _AHEAD.intersection(after[1:6]):
        return True
    k = next((i for i in range(1, 5) if after[i : i + 2] == ["with", "the"]), None)
    thing = [w for w in after[k + 2 : k + 4] if w.isalpha()] if k is not None else []
    return bool(thing) and not _PERSONAL.intersection(thing)


def _initials_of(word: str, company: str) -> bool:
    """Return True when ``word`` is the employer's initials, or they with a letter more or less.

    "RSWPC" of Ras Saqr Water & Power (Company): a legal form's letter may be added or not.
    """
    return any(len(a) > 1 and (word.startswith(a) or a.startswith(word)) for a in acronyms(company))


def _past_partner(after: list[str]) -> list[str]:
    """Return the words after a name past a partner wished well with it ("and your unit").

    "I wish the X and your Referat much success": the wish is sent to both.
    NOTE: a partner of up to five words ("and its new team member"), as a new hire is often
    wished well with the firm that made it
    """
    if after[:1] != ["and"]:
        return after
    k = next((k for k in range(2, 7) if after[k : k + 1] and after[k] in _GIFTS), None)
    if k is None or any(w in _GIFTS for w in after[1:k]):
        return after
    return after[k:]


def _wished_to(name: str, lead: list[str], the: bool) -> bool:
    """Return True for a wish sent "to" the name ("I wish every success to the X").

    The wish's words are what a firm is wished ("every success", "continued success", "all
    the best"); a person may be wished them too, so the name has "the" before it or is
    shaped as no person's (three words or more).
    """
    if lead[-1:] != ["to"] or not (the or len(name.split()) > 2):
        return False
    k = next((i for i in range(len(lead) - 2, max(len(lead) - 6, -1), -1)
              if lead[i] in ("wish", "wishing")), None)  # fmt: skip
    gifts = lead[k + 1 : -1] if k is not None else []
    return bool(gifts) and all(w in _GIFTS or w == "best" for w in gifts)


def _blessed(lead: list[str], firmish: bool) -> bool:
    """Return True for a name blessed, or its work ("May Allah bless the work of X").

    A blessing is a wish a writer of faith sends to the organisation written to: the name
    right after "bless" ("God bless the X", "bless X Islamic Centre"), or after what it does
    or who serve in it ("bless the work of X", "bless everyone at X"). ``firmish`` says the
    name has "the" before it or three words: "God bless Priya Shah" blesses a person.
    """
    k = next((i for i in range(len(lead) - 1, max(len(lead) - 6, -1), -1)
              if lead[i] in _BLESS), None)  # fmt: skip
    if k is None:
        return False
    between = lead[k + 1 :]
    if not between:
        return firmish  # "God bless the X" ("the" is not in ``lead``)
    return (
        len(between) == 3
        and between[0] in ("the", "all")
        and between[1] in _BLESSED_DOINGS | _PEOPLE
        and between[2] in ("of", "at")
    ) or between in (["everyone", "at"], ["all", "at"])


def _same_clause(doc, start: int) -> bool:
    """Return True when no comma or line break parts the name from the words before it.

    NOTE: "God bless," is a sign-off: the name on the line under it is the writer's own.
    """
    prior = doc[start - 1] if start else None
    return prior is not None and prior.is_alpha and "\n" not in prior.whitespace_


def _unit_at_wished(lead: list[str], after: list[str]) -> bool:
    """Return True for a unit "at X" wished something ("I wish the Department of X at Y well").

    "I wish the Department of Chemistry at Uppsala every success", "wishing the data team at
    X a great year": a department or team of the organisation at X, wished well by the one
    it turned down, sends the wish to X. Not the writer's own ("I wish my old department at
    X well"), nor a unit with an owner of its own ("your partners' team at X").
    """
    if lead[-1:] != ["at"] or not after or after[0] not in _GIFTS:
        return False
    k = next((i for i in range(len(lead) - 2, max(len(lead) - 9, -1), -1)
              if lead[i] in ("wish", "wishing")), None)  # fmt: skip
    if k is None or lead[k + 1 : k + 2] != ["the"]:
        return False
    unit = lead[k + 2 : -1]
    if OWNERS.intersection(unit) or any(w in POSSESSIVE for w in unit):
        return False
    return bool(_UNIT_WORDS.intersection(unit))


def _hoped_to_thrive(words_before: list[str], after: list[str]) -> bool:
    """Return True for a future hoped for the name: "I hope X keeps growing", "does well".

    The name follows the hope itself ("I hope", "I hope that"), not someone named before
    it ("I hope your client X does well"), and what it is hoped to do is to thrive: go on
    growing, do well, go from strength to strength.
    """
    lead = words_before[:-1] if words_before[-1:] == ["that"] else words_before
    if lead[-1:] not in (["hope"], ["hoping"]) or (len(lead) > 1 and lead[-2] not in _HOPERS):
        return False  # "I hope", "I really hope", "Hope"; not "let's hope", "you hope"
    return thrives(after)


def thrives(after: list[str]) -> bool:
    """Return True when the words after a name give it a firm's thriving future ("keeps growing").

    What it is to do is to thrive: go on growing, do well, go from strength to strength; not
    a person's doing well in a job ("does well in the role", "in her new post").
    """
    words = after[1:] if after[:1] and after[0] in _WILL else after
    if not words or words[0] not in _THRIVE:
        return False
    clause = list(itertools.takewhile(lambda w: w not in _CLAUSE_ENDS, words))
    if _PERSONAL.intersection(clause) or _HIS_OR_HER.intersection(clause) or "there" in clause:
        # "I hope Priya Shah does well in the role", "... will thrive there": a person's
        # future in the job, at the place written to
        return False
    if words[0] in _GOES_ON:
        return bool(_ONWARD.intersection(words[1:3]))  # "keeps growing", "goes from strength"
    return words[0] not in ("does", "do") or words[1:2] == ["well"]


def _people_at(lead: list[str]) -> bool:
    """Return True for the people "at X" a wish is sent to ("I wish everyone at X a good year").

    The wish comes before them in the clause ("good luck with the new starter at X", "I
    hope everyone at X ..."), and they are no one's own: "my old team at X" is the writer's,
    "your partners at X" the employer's.
    """
    # NOTE: "the team of X" says "the team at X" as other languages put it ("wish the team
    # of X a good start"); only a firm's own staff, after "the", not "the people of X" (a
    # town's or a country's)
    if lead[-3:] in (["the", w, "of"] for w in _STAFF):
        lead = [*lead[:-1], "at"]
    if len(lead) < 2 or lead[-1] != "at" or lead[-2] not in _PEOPLE:
        return False
    if _owned(lead, OWNERS):
        return False  # "my old team at X"; but "my future colleagues at X" are the reader's
    return bool(_WISHES.intersection(lead[:-2]))


def met_there_later(lead: list[str], after: list[str]) -> bool:
    """Return True for some of the people "at X" hoped to be seen there at a date.

    NOTE: "I hope to see some of the team at X later this year": a verb of meeting before
    some of the people and a time of the year after the name make X an event both may go
    to (a fair, a conference), where a few of them will be, as ``_event_met_at`` reads
    "cross paths at X this summer"; the hope is to meet them, no wish sent to the firm at
    X. Not the people whole ("meet the team at X next year") nor owned ("your team at X
    in May"): the reader's, met where they work.
    """
    if lead[-1:] != ["at"] or lead[-2:-1] == [] or lead[-2] not in PEOPLE_OF_A_PLACE:
        return False
    if not _SEEING.intersection(lead[-7:-2]) or _owned(lead, OWNERS):
        return False  # "meet your team at X in May": the reader's people, where they work
    if lead[-4:-2] != ["of", "the"] or len(lead) < 5 or lead[-5] not in _SOME:
        return False  # "meet the team at X next year": all of them, where they work
    return EVENT_TIME.match(" ".join(after)) is not None


#: Verbs of meeting people somewhere ("see the team at", "meet everyone at", "catch").
_SEEING = frozenset({"see", "meet", "catch"})
#: Words of a part of the people met ("some of the team", "a few of the crew").
_SOME = frozenset({"some", "few", "several", "members", "one", "two"})


def _crew(window: list[str], after: list[str], family: bool = False, team: bool = False) -> bool:
    """Return True for the best sent to the whole crew of X ("all the best to the X crew").

    Its family too where ``family`` says the name is no person's ("with best wishes to the
    Coral Gulf Towage family"), as in ``_crew_wished``, and its team where ``team`` says the
    name is a firm's ("best regards to the whole Eisfeld Gemüse team").
    """
    words = window[:-1] if window[-1:] in (["whole"], ["entire"]) else window
    people = after[:1] and (
        after[0] in _CREWS or (family and after[0] == "family") or (team and after[0] == "team")
    )
    if words[-2:] != ["to", "the"] or not people:
        return False
    # NOTE: congratulations sent to the whole crew ("congrats again to the whole X crew") go to
    # the people who made the hire, as the best wished to them does
    return bool((_WISHES | _CONGRATULATIONS).intersection(words[-5:-2]))


def _cheered(lead: list[str], after: list[str], name: str) -> bool:
    """Return True for a firm cheered on ("I'm rooting for X", "Go X!").

    A writer turned down who roots for a firm wishes it well as surely as one wishing it
    luck: it is the one written to. "Go X!" is a cheer only as a sentence of its own, and
    never for a person's team of one word in capitals ("Go USA!").
    """
    if lead[-2:] in (["rooting", "for"], ["cheering", "for"], ["root", "for"]):
        return True
    return lead == ["go"] and after[:1] == ["!"] and not name.isupper()


def _crew_wished(
    window: list[str], after: list[str], family: bool = False, team: bool = False
) -> bool:
    """Return True for the crew of X wished something ("wishing the whole X crew a great launch").

    The crew is the double object of the wish, as a firm is in "I wish X every success";
    so is its family where ``family`` says the name is no person's ("the X family"), and its
    team where ``team`` says the name is a body's initials ("wishing the ENAMI team luck").
    """
    words = window[:-1] if window[-1:] in (["whole"], ["entire"]) else window
    if words[-2:] not in (["wish", "the"], ["wishing", "the"]) or len(after) < 2:
        return False
    people = (
        after[0] in _CREWS or (family and after[0] == "family") or (team and after[0] == "team")
    )
    return people and after[1] in _GIFTS


#: A word with a capital inside, as a coined firm's name has ("GreenFork", "FitHub").
_CAMEL = re.compile(r"[a-z][A-Z]")
#: Last words of an employer named for its many places ("Coastline Hotels").
_CHAINS = frozenset({
    "hotels", "homes", "farms", "stores", "shops", "restaurants", "clinics", "pubs", "inns",
    "resorts", "cafes", "cafés", "gyms", "salons", "nurseries", "schools", "academies",
    "hospitals", "pharmacies", "surgeries", "centres", "centers", "bakeries", "garages",
    "practices", "branches", "outlets", "venues", "theatres", "cinemas", "libraries",
})  # fmt: skip
#: Last words of a provider whose houses and centres have names of their own.
_HOUSING = frozenset({"care", "support", "housing", "living", "leisure", "hospitality",
                      "education"})  # fmt: skip
#: Last words of a part of an organisation, never a whole one ("the Eastgate branch").
_PARTS = frozenset({
    "location", "branch", "store", "site", "office", "offices", "campus", "depot", "plant",
    "warehouse", "facility", "building", "hq", "headquarters", "ward", "unit", "wing", "floor",
    "team", "department", "division", "desk", "line", "route", "terminal", "project",
    "programme", "program", "scheme", "shaft", "pit", "outlet", "street", "road",
})  # fmt: skip
#: What an organisation is wished, first ("every success", "a great season", "continued").
_GIFTS = frozenset({"a", "an", "every", "all", "continued", "the", "great", "lots", "success",
                    "successful", "good", "well", "much", "many", "plenty"})  # fmt: skip
#: What an organisation has ahead of it, and a person seldom ("a successful opening").
#: NOTE: not a launch or a release, which may be the employer's product's ("I wish Lantern
#: Quest a great launch")
_AHEAD = frozenset({"season", "seasons", "year", "quarter", "future", "growth", "expansion",
                    "summer", "winter", "spring", "autumn", "tour", "plans", "opening",
                    "programme", "program", "term"})  # fmt: skip
#: A new thing that is a person's own, not an organisation's ("with the new role").
_PERSONAL = JOB_NOUNS | JOBTITLES | GROUPS | frozenset({
    "job", "jobs", "company", "firm", "employer", "colleague", "colleagues", "chapter",
    "challenge", "challenges", "start", "home", "house", "baby", "city", "school", "course",
})  # fmt: skip
#: The people of a workplace, its new hire, or those it serves, wished well or greeted
#: ("everyone", "the new starter", "my greetings to the pupils at X").
_PEOPLE = PEOPLE_OF_A_PLACE | frozenset({"starter", "starters", "hire", "hires", "recruit",
                                         "recruits", "joiner", "joiners", "pupils", "students",
                                         "children", "kids", "learners", "patients",
                                         "residents", "guests", "clients", "customers",
                                         "members"})  # fmt: skip
#: Words of a wish ("I wish", "good luck", "all the best", "best wishes", "I hope"), and
#: greetings passed on ("my regards to everyone at X").
_WISHES = frozenset({"wish", "wishes", "wishing", "luck", "best", "hope", "success", "regards",
                     "greetings", "thanks"})  # fmt: skip
#: Words of congratulations sent to people ("congratulations to the whole X crew").
_CONGRATULATIONS = frozenset({"congratulations", "congrats", "kudos"})
#: A unit of an organisation "at X" wished well ("the Department of Chemistry at X").
_UNIT_WORDS = GROUPS | frozenset({"departments", "teams", "school", "faculty", "institute",
                                  "lab", "laboratory", "group", "unit", "centre", "center",
                                  "committee", "panel", "board"})  # fmt: skip
#: Words before "hope" that make the writer the one hoping ("I hope", "I really hope").
_HOPERS = frozenset({"i", "really", "truly", "sincerely", "do", "still", "genuinely", "just",
                     "also", "and", "so", "but", "only", "certainly"})  # fmt: skip
#: A future before what the name is hoped or sure to do ("X will keep growing", "X would").
_WILL = frozenset({"will", "'ll", "’ll", "can", "would"})
#: What an organisation is hoped to do that is thriving ("X grows", "X does well").
_THRIVE = frozenset({"grows", "grow", "thrives", "thrive", "flourishes", "flourish",
                     "prospers", "prosper", "succeeds", "succeed", "does", "do", "keeps",
                     "keep", "continues", "continue", "goes", "go"})  # fmt: skip
#: Verbs that need a word of going on after them ("keeps growing", "goes from strength").
_GOES_ON = frozenset({"keeps", "keep", "continues", "continue", "goes", "go"})
#: Words of going on that make "keeps" or "goes" a future of thriving ("keeps growing").
_ONWARD = frozenset({"growing", "grow", "thriving", "thrive", "flourishing", "flourish",
                     "expanding", "expand", "succeeding", "succeed", "prospering", "prosper",
                     "from", "strength", "well", "going", "doing", "on", "up"})  # fmt: skip
#: Words that end the clause of what a name is hoped to do ("keeps growing and the new ...").
_CLAUSE_ENDS = frozenset({"and", "but", ",", ".", ";", "!", "as", "so"})
#: Words of a person's own ("does well in her new role").
_HIS_OR_HER = frozenset({"he", "she", "his", "her", "him", "himself", "herself"})
#: Words between an owner and the people something of theirs is sent to ("my best to").
_SENT_TO = frozenset({"to", "for", "with"})
#: Words of the people the writer hoped to join ("my future colleagues at X").
_HOPED = frozenset({"future", "new", "potential", "would-be", "prospective"})
#: The people of a whole firm, sent the best ("the Copper Still crew"); not a family, which
#: may be a person's ("the Okafor family").
_CREWS = frozenset({"crew", "crews", "gang", "bunch", "lot", "brigade", "folks"})
#: The verb of a blessing ("May Allah bless", "God bless", "God blesses").
_BLESS = frozenset({"bless", "blesses"})
#: What of an organisation's is blessed ("bless the work of X").
_BLESSED_DOINGS = frozenset({"work", "works", "mission", "efforts", "ministry", "service",
                             "people", "community"})  # fmt: skip
#: A firm's own staff, "of" it as "at" it ("the team of X", "the staff of X").
_STAFF = frozenset({"team", "staff", "crew", "employees"})
