"""Names that stand where the job is, or where the writer's future would be.

"The Venue Coordinator role at X", "both interviews at X", "a future with X", "future roles
at X", "join the X team": the name in such a slot is the organisation the writer applied to.
Read by its own shape, the same name may look like a site, an event or a place ("X House",
"X Festival", "the X depot"), and so like one of the employer's own; the slot wins over that
reading only when the name cannot be the employer's own site or event: when it is shaped
like a firm, or when it is a place or an event of the kind the employer itself is.
"""

from __future__ import annotations

import re

from replylint.custom._addressee import someone_else
from replylint.custom._clauses import window_before
from replylint.custom._employer_slots import JOIN, own_mention
from replylint.custom._hopes import to_work_at
from replylint.custom._org_kinds import is_unit
from replylint.custom._org_names import ORG_WORDS, Candidate, words_of
from replylint.custom._org_parts import (
    ESTABLISHMENTS,
    EVENTS,
    HEALTH_SERVICE,
    HOSPITALS,
    JOB_NOUNS,
    LANDMARKS,
    OFFICES,
    OPENINGS,
    PLACES,
    REGIONS,
    SITE_ENDS,
    SITES,
    TEAMS,
    TRADES,
    UMBRELLA,
    WORK_GROUPS,
    body_initials,
    firm_shaped,
)
from replylint.custom._vocabulary import ordinary


def pasted_in_slot(doc, candidate: Candidate, names: list[str]) -> bool:
    """Return True for a name in the job's or the writer's future slot that is no site of theirs.

    ``names`` are the employer's names (its own first, then its domain's).
    """
    slot = name_slot(doc, candidate)
    return slot is not None and _foreign(doc, candidate, names, future=slot == "future")


def name_slot(doc, candidate: Candidate) -> str | None:
    """Return "job" or "future" for a name standing where the job or the writer's future is."""
    sent = doc[candidate.start].sent
    window = window_before(doc, sent.start, candidate.start)
    words = window[:-1] if window[-1:] in (["the"], ["a"], ["an"]) else window
    if not words:
        return None
    # "join the X team", "join X": the people the writer would join (not "my sister is
    # joining X", "the clinic is joining X")
    if words[-1] in JOIN and _doings(doc, candidate):
        others = someone_else(words) or words[-2:-1] in (["is"], ["are"], ["was"], ["were"])
        # NOTE: "Before joining X, I coordinated ...": a firm the writer joined is their own
        return None if others or own_mention(doc, candidate) else "future"
    if words[-1] == "with" and "future" in words[-3:-1]:
        return "future"  # "a future with X", "my future with X"
    if to_work_at(words) and not own_mention(doc, candidate):
        return "future"  # "I'd be happy to work at X in the future": a job wished for there
    if _right_home([t.lower_ for t in doc[candidate.end : min(candidate.end + 10, sent.end)]]):
        return "future"  # "X is the right home for my ideas"
    if _future_unit_of(words):
        return "future"  # "future openings in the kitchen of X": a unit of X's, where they open
    if words[-1] != "at":
        return None
    # the job's noun before "at", past the words of its title ("the position of housekeeping
    # supervisor at the X"); "future roles at X" looks ahead
    k = next((i for i in range(len(words) - 2, max(len(words) - 7, -1), -1)
              if words[i] in _STEPS), None)  # fmt: skip
    if k is None or _BREAKS.intersection(words[k + 1 : -1]):
        return None
    if "future" in words[max(k - 2, 0) : k]:
        return "future"
    j = next((i for i in range(k - 1, max(k - 5, -1), -1) if words[i] in _OWNERS), None)
    owner = words[j] if j is not None else ""
    if owner in ("my", "our") and words[k] not in _PROCESS:
        return None  # "my shift at X", "my placement at X": the writer's own job
    if owner in ("his", "her", "their"):
        return None  # someone else's job there
    if _own_team(words[k + 1 : -1]):
        return None  # "a role on my current team at X": the writer's own team there
    if words[k] in _PROCESS and owner in ("a", "an", "another", "any"):
        return None  # "I also have an interview at X next week": another firm's process
    before = words[: j if j is not None else k]
    if someone_else(before):
        return None  # "my sister has a role at X"
    if own_mention(doc, candidate, len(window) - len(before)) or _NOT_SOUGHT.intersection(before):
        # "I have since accepted a post at X", "having completed a placement at X", "I
        # turned down an interview at X": a job the writer had, or did not want
        return None
    return "job"


def _future_unit_of(words: list[str]) -> bool:
    """Return True for future openings put in a unit "of" the name ("in the kitchen of X").

    NOTE: "keep me in mind for future openings in the kitchen of X", "future roles on the
    nursing team of X": the unit of one or two words is the name's, and the openings there
    are its own, as "future openings at X" are; the openings looked ahead to ("future").
    """
    if words[-1:] != ["of"] or len(words) < 6:
        return False
    k = next((k for k in range(len(words) - 3, max(len(words) - 6, 0), -1)
              if words[k] in ("in", "on", "within")), None)  # fmt: skip
    if k is None or words[k + 1] != "the" or not 1 <= len(words[k + 2 : -1]) <= 2:
        return False
    return words[k - 1] in OPENINGS and words[k - 2] in ("future", "upcoming", "new")


def _own_team(words: list[str]) -> bool:
    """Return True for the writer's own team between the job and "at" ("on my current team")."""
    return any(
        word in ("my", "our") and _TEAM_WORDS.intersection(words[i + 1 : i + 3])
        for i, word in enumerate(words)
    )


def _right_home(after: list[str]) -> bool:
    """Return True for "X is the right home for my ideas", "X would be the perfect fit for me".

    What the writer calls the right home or fit for them or their work is where they hoped
    their future would be.
    """
    k = 1 if after[:1] in (["is"], ["remains"]) else 2 if after[:2] == ["would", "be"] else 0
    while k and after[k : k + 1] and after[k] in _ADVERBS:
        k += 1
    rest = after[k : k + 7]
    if not k or rest[:1] not in (["the"], ["a"]) or rest[1:2] == [] or rest[1] not in _RIGHT:
        return False
    if rest[2:3] not in (["home"], ["fit"]) or rest[3:4] != ["for"]:
        return False
    return rest[4:5] == ["me"] or (
        rest[4:5] in (["my"], ["the"]) and bool(_WORK_OF_MINE.intersection(rest[5:7]))
    )


def _doings(doc, candidate: Candidate) -> bool:
    """Return True when what follows "join the X" is its people, not a project ("the X review")."""
    after = doc[candidate.end].lower_ if candidate.end < len(doc) else ""
    return not after.isalpha() or after in _PEOPLE or not after.islower()


def _foreign(doc, candidate: Candidate, names: list[str], future: bool) -> bool:
    """Return True when the name cannot be the employer's own site, event or place.

    A name shaped like a firm's is another firm (its depot is its own: "the Zipline
    Logistics depot"). A site's, an event's or an establishment's name is the employer's
    own unless the employer itself is one of that kind ("the role at Mardale Arts Festival"
    to Kelvin Street Festival, "the post at the Grand Hotel" to a hotel); and a future with
    a house or a gardens is with another firm when the employer runs no named sites (no
    group, trust, health service or chain: "a future with Blackthorn House" to a publisher).
    """
    words = words_of(candidate.text)
    if not words or words[-1] in REGIONS or is_unit(words, names[0]):
        return False
    after = doc[candidate.end].lower_ if candidate.end < len(doc) else ""
    site_after = after in SITES
    # NOTE: an event's word names its kind only last ("the Festival Theatre" is a venue); an
    # establishment's anywhere ("Grand Hôtel Métropole", "Hotel Gion")
    kinds = {words[-1]} & EVENTS | set(words) & ESTABLISHMENTS
    if kinds and not site_after and any(_of_kind(name, kinds) for name in names):
        return True  # another festival, another hotel: a rival of the employer's own kind
    ends_as_site = words[-1] in SITE_ENDS | EVENTS | PLACES | HOSPITALS or bool(kinds)
    if body_initials(candidate.text) and not site_after:
        # NOTE: "the planner role at SNCF": a site goes by its place's name, a unit by two or
        # three letters ("HQ", "ICU"); four capitals or more are a body's own short form,
        # unless the job's firm is named before it ("the role with Savannah Air at JKIA"):
        # then they are where the job is, an airport's or a site's
        return not _firm_given(doc, candidate.start)
    if not (site_after or ends_as_site):
        return _firm_named(candidate)
    if _coined(candidate.text) or (site_after and not ends_as_site and not _crossing(
            candidate.text) and firm_shaped(candidate.text, candidate.org)):  # fmt: skip
        return True  # "the SparkleClean team", "the Zipline Logistics depot": a firm's own
    if site_after:
        return False  # "the Eastgate branch", "the Helsinki studio": the employer's site
    # NOTE: and so is a future at a centre named in full, three words or more ("a job at
    # Fernhill Riding Centre"), where an own site goes by its town; but not an office or a
    # branch, which the employer's own go by in full as often ("the Oslo Head Office")
    named_in_full = len(words) > 2 and words[-1] in SITE_ENDS - OFFICES
    establishment = words[-1] in ESTABLISHMENTS | _GROUNDS or named_in_full
    return future and establishment and not runs_sites(names[0])


def airport(name: str, company: str) -> bool:
    """Return True for an airport's short name, where an aviation firm's job is.

    NOTE: "the Ramp Supervisor role at X International and the time the Y team gave me" to
    Y, a ground handler or an airline: an airport goes by its name and "International"
    ("Dubai International"), and a job in aviation is at an airport as surely as at the
    firm's own site; read only beside the employer's own name in the sentence (the caller's
    part), as a rival handler may go by "International" too. A firm's word before it ("X
    Logistics International") still makes it a firm.
    """
    words = words_of(name)
    if not words or words[-1] != "international" or not 1 < len(words) <= 3:
        return False
    if any(w in ORG_WORDS | TRADES | _AVIATION or w in ("&", "and") for w in words[:-1]):
        return False
    return bool(_AVIATION.intersection(words_of(company)))


#: Words of an employer in aviation, whose jobs are at airports.
_AVIATION = frozenset({"aviation", "airline", "airlines", "airways", "air", "aero", "airport",
                       "airports", "aerospace"})  # fmt: skip


def _firm_given(doc, start: int) -> bool:
    """Return True when "with" or "for" and a name come between the job and "at" doc[start]."""
    first = max(doc[start].sent.start, start - 8)
    return any(
        doc[i].lower_ in ("with", "for") and doc[i + 1].text[:1].isupper()
        for i in range(first, start - 2)
    )


def _crossing(name: str) -> bool:
    """Return True for two names joined by "&" or "and": a crossing of two streets.

    "the Bloor & Spadina store", "the Yonge and Eglinton branch": a chain's site named for
    the corner it stands on. Two different words that are no English words, as streets'
    names often are; not "Marks & Spencer" nor "Barnes & Noble", whose words are English
    ones, nor "Johnson & Johnson", nor "Lumen & Reed Studio", whose words name a firm.
    """
    raw = name.split()
    if len(raw) != 3 or raw[1] not in ("&", "and") or raw[0] == raw[2]:
        return False
    ends = [raw[0], raw[2]]
    return all(w[:1].isupper() and w.isalpha() and not ordinary(w) for w in ends)


def _firm_named(candidate: Candidate) -> bool:
    """Return True for a name shaped like a firm's: its kind, a coined word, a trade's noun.

    "Zipline Logistics", "SparkleClean", "Halvorsen Biologics", "Dunmore Precision": a
    surname or coined word, then a common noun that is no place's ("Canary Wharf", "Surry
    Hills") is a firm's name; a town ("Putrajaya") or a person is not.
    """
    if candidate.org or firm_shaped(candidate.text, candidate.org) or _coined(candidate.text):
        return True
    raw = candidate.text.split()
    words = words_of(candidate.text)
    if len(raw) != 2 or len(words) != 2 or not all(w[:1].isupper() for w in raw):
        return False
    first, last = words
    return (
        not ordinary(first)
        and ordinary(last)
        and last not in LANDMARKS | ORG_WORDS
        and len(last) > 3
    )


def _coined(name: str) -> bool:
    """Return True for a word coined by joining two ("SparkleClean", "GreenEdge"): a brand."""
    first = name.split()[0] if name.split() else ""
    return bool(re.fullmatch(r"[A-Z][a-z]{3,}[A-Z][a-z]{2,}", first))


def _of_kind(name: str, kinds: set[str]) -> bool:
    """Return True when the employer's name, or its domain's, says it is one of ``kinds``."""
    words = words_of(name)
    if len(words) == 1:  # a domain's one word: "harmattanfestival", "hotellesablon"
        word = words[0]
        opening = {kind for kind in kinds if word.startswith(kind)} & _OPENING_KINDS
        return bool(opening) or any(len(kind) > 3 and word.endswith(kind) for kind in kinds)
    return bool(kinds.intersection(words))


def runs_sites(company: str) -> bool:
    """Return True for an employer whose homes, houses or sites have names of their own."""
    words = set(words_of(company))
    return bool(UMBRELLA.search(company) or HEALTH_SERVICE.search(company)
                or words & _CHAINS or words & ESTABLISHMENTS)  # fmt: skip


#: Words between "is" and what the name is said to be ("is still the right home").
_ADVERBS = frozenset({"still", "really", "truly", "surely", "clearly", "obviously", "always"})
#: Words of a home or fit found right ("the right home", "the perfect fit").
_RIGHT = frozenset({"right", "perfect", "natural", "ideal", "best", "obvious"})
#: The writer's work that would find a home there ("my ideas", "the skills I").
_WORK_OF_MINE = frozenset({"ideas", "idea", "skills", "experience", "career", "work", "plans",
                           "talents", "proposal", "proposals", "vision"})  # fmt: skip
#: Nouns of the job applied for, or of a step towards it ("the apprenticeship at X").
_STEPS = JOB_NOUNS - {"or", "contract", "programme"}
#: A firm's groups of people that the writer may call theirs ("my team at X").
_TEAM_WORDS = TEAMS | WORK_GROUPS
#: Steps of the hiring process the writer calls theirs ("my interview at X").
_PROCESS = frozenset({"interview", "interviews", "application", "trial"})
#: Words that open the phrase of a job ("the", "both", "my").
_OWNERS = frozenset({"the", "a", "an", "my", "our", "your", "this", "that", "both", "his",
                     "her", "their", "any", "another", "two", "three"})  # fmt: skip
#: Words that end the job's phrase before "at": a clause or a person of its own.
_BREAKS = frozenset({"i", "we", "you", "he", "she", "they", "and", "but", "which", "that",
                     "was", "is", "were", "been", "had", "have"})  # fmt: skip
#: Verbs of a job done, refused or given up ("having completed a placement at X", "I turned
#: down an interview at X"): not the job applied for.
_NOT_SOUGHT = frozenset({"completed", "completing", "finished", "finishing", "did", "done",
                         "undertook", "undertaken", "turned", "declined", "refused", "withdrew",
                         "rejected", "passed", "left", "quit"})  # fmt: skip
#: Words after "join the X" that make X's people what is joined.
_PEOPLE = frozenset({"team", "teams", "family", "crew", "staff", "squad", "brigade", "ranks",
                     "company", "firm", "group"})  # fmt: skip
#: Establishments named opening on their kind ("Hotel Le Sablon", "hotel-lesablon").
_OPENING_KINDS = frozenset({"hotel", "hostel"})
#: Grounds a firm may be named for ("GreenEdge Gardens"), as an establishment is.
_GROUNDS = frozenset({"gardens"})
#: Words of an employer's name that make it a chain of named places.
_CHAINS = frozenset({"hotels", "homes", "farms", "group", "stores", "restaurants", "resorts"})
