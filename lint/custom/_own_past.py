"""The clause before a name tells of the writer's own past or present: a job held, work going on.

"I was a nurse at X", "I am still building my practice at X", "what I learned at X": the
name is where the writer worked or works, not the organisation written to.
"""

from __future__ import annotations

import itertools
import re

from replylint.custom._clauses import attributive, clause_break
from replylint.custom._org_cues import (
    JOB_CUES,
    JOINING,
    LONGINGS,
    MODALS,
    OWN_CUES,
    OWN_WORK,
    PAST,
    PAST_JOB,
    SELF,
    SOUGHT,
)
from replylint.custom._org_parts import JOB_NOUNS
from replylint.custom._own_deeds import TRIAL_WORK
from spacy.lang.en.stop_words import STOP_WORDS


def work_going_on(window: list[str]) -> bool:
    """Return True for the writer's own work going on there ("I am still building my career at").

    "As I am still developing my practice at X", "while I'm currently growing my client
    base with X": "I am" or "we are", adverbs, a verb in "-ing", then "my" or "our" and the
    writer's own work right before the name: work in progress, the writer's present job.
    Not a wish ("I'd love to develop my practice at X", "I am hoping to build my career at
    X"), nor a future pictured ("I'm imagining my first year at X") or a thought about the
    process ("I am still reflecting on my interview at X").
    """
    words = [w.replace("’", "'") for w in window]
    if words[-1:] in (["the"], ["a"], ["an"]):
        words = words[:-1]
    if len(words) < 6 or words[-1] not in ("at", "with", "in") or words[-2] not in _OWN_DOINGS:
        return False
    mine = next((i for i in range(len(words) - 3, len(words) - 6, -1)
                 if i >= 0 and words[i] in ("my", "our")), None)  # fmt: skip
    if mine is None or mine < 4:
        return False
    verb = mine - 1
    if not words[verb].endswith("ing") or words[verb] in _NOT_DOING:
        return False
    k = verb - 1
    while k > 0 and (words[k] in _STILL or words[k].endswith("ly")):
        k -= 1
    return words[k - 1 : k + 1] in (["i", "am"], ["i", "'m"], ["we", "are"], ["we", "'re"])


#: The writer's own work, grown or carried on where they are ("my practice", "my career").
_OWN_DOINGS = frozenset({"practice", "career", "careers", "work", "training", "skills",
                         "craft", "base", "book", "portfolio", "caseload", "experience",
                         "expertise", "articles", "apprenticeship", "residency",
                         "pupillage", "studies", "research"})  # fmt: skip
#: Verbs in "-ing" of a future pictured or a thought, not work going on ("imagining my").
_NOT_DOING = frozenset({"imagining", "picturing", "envisioning", "envisaging", "seeing",
                        "dreaming", "planning", "considering", "weighing", "reflecting",
                        "hoping", "wanting", "longing", "missing", "mourning",
                        "reconsidering", "rethinking", "thinking", "bringing", "offering",
                        "taking", "putting", "focusing", "focussing", "starting",
                        "beginning", "launching"})  # fmt: skip
#: Adverbs between "I am" and the verb ("I am still", "I'm currently").
_STILL = frozenset({"still", "now", "just", "also", "steadily", "slowly"})


def untitled(window: list[str]) -> list[str]:
    """Return ``window`` without the words of a job's title ("the Weekend Supervisor role at").

    The words between an article and a job's noun name the job offered, not the writer's
    past: "Student" and "Supervisor" in "the Student Placement Supervisor post at X" are
    no cue that the writer studied or was supervised at X ("my ... role at" is own_work's).
    NOTE: and so are those after a word of posts to come ("future Supervisor openings at X",
    "any Internship roles at X"): the kind of post the firm may open, no past there.
    """
    out: list[str] = []
    for word in window:
        if word in JOB_NOUNS:
            k = max((i for i, w in enumerate(out) if w in _ARTICLES | _AHEAD), default=None)
            if k is not None:
                del out[k + 1 :]
        out.append(word)
    return out


def own_cues(window: list[str]) -> set[str]:
    """Return the words of ``window`` that make the name after it the writer's own.

    A word of OWN_CUES counts unless another noun or owner takes it over: an event's word
    before a noun it qualifies ("the event store at X", "the conference rooms at X"), and
    a noun of someone's past owned by the reader or a firm ("your years at X", "the guest
    experience at X": what the firm gives its guests).
    """
    words = untitled(window)
    # NOTE: a need foreseen opens a clause of its own ("my certificate in case it is useful
    # for openings at X"): the papers before it are what is sent, no past at X
    opens = [k for k in range(1, len(words)) if words[k - 1 : k + 1] == ["in", "case"]]
    if opens:
        words = words[opens[-1] + 1 :]
    found: set[str] = set()
    for k, word in enumerate(words):
        if word in _OLD and words[k - 1 : k] in (["my"], ["our"]):
            found.add(word)  # "my old crew at X", "our former team at X": the writer's past
            continue
        # NOTE: only work at the firm itself; "I enjoyed working with the team at X" is a
        # trial shift's or a task's, as often at the firm written to
        if (
            word == "working"
            and words[k + 1 :] in (["at"], ["for"])
            and _fondly_recalled(words[:k])
        ):
            found.add(word)  # "I enjoyed working at X", "fond memories of working at X"
            continue
        if word not in OWN_CUES:
            continue
        if words[k - 2 : k] in [[w, "of"] for w in LONGINGS]:
            continue  # "with hopes of teaching at X": the work longed for, not the writer's past
        after = words[k + 1] if k + 2 < len(words) else ""  # not the preposition before the name
        if word in _GATHERINGS and attributive(after):
            continue
        owner = next((w for w in reversed(words[max(k - 3, 0) : k]) if w in DETERMINERS), "")
        served = k > 0 and words[k - 1] in _SERVED and owner != "my"
        if word in _HISTORY and (owner in _OTHERS or served):
            continue
        reader = words[k - 1 : k] == ["you"] or words[max(k - 2, 0) : k - 1] == ["your"]
        if word in _DEEDS and reader:
            continue  # "the dashboards your team built at X": the reader's deed, not the writer's
        if words[k + 1 : k + 2] == ["of"] and words[k + 2 : k + 3] and words[k + 2] in _MEETINGS:
            continue  # "the experience of interacting with X": meeting its people, no past there
        if word == "such" and words[k + 1 : k + 2] in (["a"], ["an"]):
            # NOTE: "such a" is an intensifier ("it was such a pleasure to meet the team at
            # X"), not "such as X" naming the writer's clients or employers
            continue
        if word == "since" and _learnt_of(words[k + 1 : k + 6]):
            continue  # "ever since I first read X's mission": the writer learning of it
        if word == "course" and words[k - 1 : k] == ["of"]:
            continue  # "Of course I'd be glad if X ...": the idiom, no course studied
        found.add(word)
    return found


def _fondly_recalled(before: list[str]) -> bool:
    """Return True for work the writer looks back on, in the words before "working".

    "I enjoyed working at X", "I miss working at X", "fond memories of working at X": the
    writer's own past there. Not a feeling about the future ("I'd enjoy working at X",
    "I would have loved working at X") nor the reader's ("you enjoyed working at X").
    """
    if before[-2:] in (["memories", "of"], ["memory", "of"]):
        return True
    if not before or before[-1] not in _FOND:
        return False
    subject = before[-3:-1]
    return subject[-1:] == ["i"] or subject == ["i", "really"] or subject == ["i", "truly"]


#: Verbs of looking back on work done ("I enjoyed working at X", "I miss working at X").
_FOND = frozenset({"enjoyed", "loved", "liked", "miss", "missed", "remember", "remembered"})


def _learnt_of(words: list[str]) -> bool:
    """Return True for the writer coming to know a name ("I first read", "I came across").

    "Since I first read X's mission statement", "ever since I heard of X": a time counted
    from the writer reading, seeing or hearing of X, no time worked there ("since I joined
    X", "since I started at X" are).
    """
    # NOTE: a time may stand between ("since 2024 I have followed X's rollout"), and a
    # perfect's helper after the subject
    subject = next((k for k, word in enumerate(words[:3]) if word in ("i", "we")), None)
    if subject is None or not all(_SINCE_WHEN.fullmatch(word) for word in words[:subject]):
        return False
    verbs = [w for w in words[subject + 1 :] if w not in _HELPERS][:1]
    return verbs != [] and verbs[0] in _LEARNING


#: Verbs of the writer coming to know of a name ("since I first read X's mission"), or
#: keeping up with it from outside ("since 2024 I have followed X's rollout").
_LEARNING = frozenset({"read", "saw", "heard", "came", "found", "discovered", "learned",
                       "learnt", "stumbled", "watched", "visited", "noticed",
                       "encountered", "followed", "following", "watching"})  # fmt: skip
#: Words between the subject and the verb after "since" ("since I have first read").
_HELPERS = frozenset({"have", "'ve", "’ve", "had", "been", "first", "once"})
#: A year or "then" between "since" and the subject ("since 2024 I have followed").
_SINCE_WHEN = re.compile(r"(?:1[89]|20)\d\d|then")
#: Gerunds of meeting people after "experience of" ("the experience of meeting X's team").
_MEETINGS = frozenset({"interacting", "meeting", "speaking", "talking", "interviewing"})
#: Words that make the writer's own thing a past one after "my" ("my old crew at X").
_OLD = frozenset({"old", "ex"})
#: Words of OWN_CUES that name an event the writer went to ("our booth at X").
_GATHERINGS = frozenset({"booth", "stand", "stall", "exhibition", "conference", "fair", "expo",
                         "event", "webinar"})  # fmt: skip
#: Words of OWN_CUES that name a past, the writer's only when it is not another's.
_HISTORY = frozenset({"experience", "background", "years", "months"})
#: Verbs of OWN_CUES that are deeds, the reader's when "you" or "your team" did them.
_DEEDS = frozenset({"led", "built", "managed", "ran"})
#: The words that open a noun phrase ("the", "our"): who has a thing or a post.
DETERMINERS = frozenset({"the", "a", "an", "my", "our", "your", "their", "its", "his", "her"})
#: Owners other than the writer ("your years at X").
_OTHERS = frozenset({"your", "their", "its", "his", "her"})
#: The people a firm serves: "the guest experience", "the patient experience" are its own.
_SERVED = frozenset({"guest", "guests", "customer", "customers", "client", "clients", "patient",
                     "patients", "visitor", "visitors", "passenger", "passengers", "user",
                     "users", "member", "members", "fan", "fans", "shopper", "reader",
                     "readers", "traveller", "travellers", "traveler", "resident", "residents",
                     "diner", "diners", "player", "players", "employee", "employees"})  # fmt: skip


#: Articles that open the title of a job offered ("the ... role", "a ... post"); not "my".
_ARTICLES = frozenset({"the", "a", "an", "this", "that", "your"})
#: Words before a kind of post the firm may open later ("future", "any").
_AHEAD = frozenset({"future", "upcoming", "any"})


def own_past(window: list[str]) -> bool:
    """Return True for a clause about the writer's own job ("I was a nurse at").

    "I was grateful to be considered by" and "I had hoped to work for" are not.
    """
    for k, (me, verb) in enumerate(itertools.pairwise(window)):
        if me not in SELF or verb not in ("work", "working", "was", "were", "had"):
            continue
        following = window[k + 2 : k + 3]
        if verb in ("work", "working") or set(following) & PAST_JOB:
            return not JOINING.intersection(window[k + 2 :])
    return held(window) or staying(window) or own_role(window) or learned_there(window)


#: Verbs of meeting someone ("I met the guys at X").
_MET = frozenset({"met", "meet", "meeting", "spoke", "chatted", "talked"})
#: Where a meeting happened, after the name: somewhere else than at the firm ("on a course").
_ELSEWHERE = re.compile(
    r"(?:on|at|during)\s+(?:a|an|one|the)\s+(?:\w+\s+)?(?:course|conference|training|event"
    r"|fair|workshop|seminar|webinar|meetup|expo|trip|summit|show|festival)s?\b",
    re.IGNORECASE,
)


def met_elsewhere(doc, window: list[str], end: int) -> bool:
    """Return True for people of a firm met somewhere else ("I met the guys at X on a course").

    The name is where those people work, not where the writer met them, nor the employer.
    """
    if not _MET.intersection(window):
        return False
    rest = doc[end : min(end + 7, doc[end - 1].sent.end)].text
    return bool(_ELSEWHERE.match(rest))


def learned_there(window: list[str]) -> bool:
    """Return True for what the writer learned at a place ("what I learned at X").

    So is how much ("I learned a great deal at X", "we learnt so much with X"): only words
    of an amount between the verb and "at" or "with".
    """
    if window[-1:] not in (["at"], ["with"]):
        return False
    k = next((i for i in range(len(window) - 2, 0, -1) if window[i] in ("learned", "learnt")),
             None)  # fmt: skip
    if k is None or window[k - 1] not in ("i", "we"):
        return False
    return set(window[k + 1 : -1]) <= _AMOUNT


#: Words of how much was learned ("a great deal", "so much", "a lot").
_AMOUNT = frozenset({"a", "lot", "lots", "great", "deal", "so", "much", "plenty", "loads",
                     "heaps", "tons", "enormous", "amount", "huge", "really", "also"})  # fmt: skip
#: Verbs of keeping one's present job ("I'll stay at X for now", "I'm remaining with X").
_STAY = frozenset({"stay", "staying", "remain", "remaining"})
#: Words between the writer and such a verb ("I'll", "I will happily", "we are"); "be" of a
#: future in progress ("I'll be staying at X"), whose "'d" or "to" still makes a wish.
_STAY_AUX = frozenset({"'ll", "’ll", "will", "am", "'m", "’m", "are", "'re", "’re", "shall",
                       "happily", "just", "still", "probably", "now", "be"})  # fmt: skip


def staying(window: list[str]) -> bool:
    """Return True for the writer keeping their present job ("I'll stay at X for now").

    "I" or "we", then a future or present form of staying; not "I'd love to stay at X".
    Right before the name ("I remain at X", "I'm still with X for now") the writer needs
    no word between: where they stay or still are is their present workplace; but not
    "I remain keen on a role at X", where what stays is a wish.
    """
    words = [w.replace("’", "'") for w in window]
    for k, word in enumerate(words):
        if word not in _STAY:
            continue
        j = k - 1
        while j >= 0 and words[j] in _STAY_AUX:
            j -= 1
        if j >= 0 and j < k - 1 and words[j] in ("i", "we"):
            return True
    # "I remain at X", "I stay on at X", "I am still at X"
    tail = words[:-1] if words[-1:] in (["at"], ["with"]) else []
    if tail[-1:] == ["on"]:
        tail = tail[:-1]
    if tail[-1:] and tail[-1] in _STAY:
        tail = tail[:-1]
    elif tail[-2:] in (["am", "still"], ["'m", "still"], ["are", "still"], ["'re", "still"]):
        tail = tail[:-2]
    else:
        return False
    return tail[-1:] in (["i"], ["we"])


#: Roles held with a firm that are not its staff's ("as a contractor with X").
_ENGAGEMENTS = frozenset({"contractor", "subcontractor", "freelancer", "consultant",
                          "locum", "temp", "secondee", "agency"})  # fmt: skip


def own_role(window: list[str]) -> bool:
    """Return True for a role the writer held with a firm ("... as a contractor with X").

    "as a" and the role end the clause; a wish in it ("I'd love to work as a consultant
    for X") makes the role the one hoped for, not one held.
    """
    if len(window) < 4 or window[-4:-2] not in (["as", "a"], ["as", "an"]):
        return False
    if window[-2] not in _ENGAGEMENTS or window[-1] not in ("with", "for", "at"):
        return False
    return not {
        "love",
        "like",
        "hope",
        "hoping",
        "would",
        "'d",
        "’d",
        "want",
        "keen",
        "join",
        "joining",
        "chance",
    }.intersection(window)


def held(window: list[str]) -> bool:
    """Return True for a job the writer holds or held ("I held a similar role with X").

    "I've had a weekend job with X", "I have held the post at X": the writer, a verb of
    holding (after "have", if any) and a job's noun; not "I'd love to have a role with X".
    """
    for k, me in enumerate(window):
        j = k + 1 + (window[k + 1 : k + 2] in (["'ve"], ["’ve"], ["have"], ["has"]))
        if me in SELF and window[j : j + 1] in (["held"], ["hold"], ["had"], ["have"]):
            rest = window[j + 1 :]
            return bool(JOB_NOUNS.intersection(rest)) and not JOINING.intersection(rest)
    return False


def own_work(window: list[str]) -> bool:
    """Return True when the name follows the writer's own work ("my germination work at").

    "my registration with the ... Trust", "our placement at": "my" or "our", up to two
    words, a noun of the writer's own work or standing, and the preposition before the name;
    before "at", a noun of any other thing of the writer's as well (see ``_mine_at``).
    """
    words = window[:-1] if window[-1:] in (["the"], ["a"], ["an"]) else window
    words = _hyphened(words)  # "my co-op term with X": "co-op" is one word
    if len(words) < 3 or words[-1] not in ("at", "with", "for", "in") or words[-2] not in OWN_WORK:
        return _mine_at(words)
    if words[-3] == "to":
        # NOTE: "my dream is to work at X", "my goal to work with X": after "to" the word is
        # the verb of a wish, no work of the writer's own
        return False
    return bool({"my", "our"}.intersection(words[-5:-2]))


def _mine_at(words: list[str]) -> bool:
    """Return True for anything of the writer's own at the name ("my shifts at X").

    "My shifts at X", "my year at the X", "my mini-pupillage at X": "my" or "our", up to
    three words naming a thing of the writer's, then "at": a place the writer has been, of
    whatever noun. Not the job sought or its hiring ("my interview at X", "my chances at
    X", "my future colleagues at X", "my case study at X"), nor a clause going on past the
    noun ("my thanks to everyone at X").
    """
    if words[-1:] != ["at"]:
        return False
    k = next((k for k in range(len(words) - 2, len(words) - 6, -1)
              if k >= 0 and words[k] in ("my", "our")), None)  # fmt: skip
    # NOTE: "my" opening the clause or after a link ("that my year at X"), not a verb's
    # object ("to develop my practice at X") nor in a wish ("I'd hoped ... during my year at")
    if k is None or (k > 0 and words[k - 1] not in _LINKS) or _WISHING.intersection(words[:k]):
        return False
    thing = words[k + 1 : -1]
    return not (SOUGHT | TRIAL_WORK).intersection(thing) and all(
        w.replace("-", "").isalpha() and (w not in STOP_WORDS or w in _OWN_ORDER) for w in thing
    )


#: Stop words that only order the writer's own spells ("my last summer at X"); not "first",
#: which as often pictures the job sought ("in my first month at X I would have ...").
_OWN_ORDER = frozenset({"last", "former", "own", "whole"})
#: Links before "my" that open a phrase of the writer's own ("that my year at X", "during").
_LINKS = frozenset({"that", "and", "but", "from", "during", "in", "on", "through", "throughout",
                    "over", "after", "before", "since", "of", "for", "as", "about", "while",
                    "when", "with", "by", "because", "though", "although", "both",
                    "also"})  # fmt: skip


def _hyphened(words: list[str]) -> list[str]:
    """Return ``words`` with the parts of a hyphened word joined ("co", "-", "op": "co-op").

    A hyphen between spaces ends a clause, so one inside a window is inside a word.
    """
    out: list[str] = []
    for word in words:
        if out and (word in ("-", "\u2011") or out[-1].endswith(("-", "\u2011"))):
            out[-1] += word
        else:
            out.append(word)
    return out


def own_sentence(doc, sent, start: int, end: int) -> bool:
    """Return True for "At Ogilvy I wrote ...": a sentence that opens on the writer's past.

    A lead-in closed by a colon or a dash opens the clause as a sentence's start does
    ("For context: at Dunmore Consulting I led ...").
    """
    opening = sent.start
    for k in range(sent.start, start):
        if doc[k].text in (":", ";", "—", "\u2013"):
            opening = k + 1
    if start - opening > 3 or doc[start - 1].lower_ not in ("at", "in", "with"):
        return False
    tokens = [t for t in doc[end : min(end + 8, sent.end)] if t.text != ","]
    if tokens[:1] and tokens[0].lower_ in ("'s", "’s"):
        tokens = tokens[1:]  # "At Dunmore's we used to ...": a shop named by its owner
    if len(tokens) > 1 and tokens[0].lower_ in ("in", "at") and tokens[1].text[:1].isupper():
        # "At Danubius Shipping in Constanța I prepared ...": past the firm's town
        tokens = tokens[1:]
        while tokens and tokens[0].text[:1].isupper() and tokens[0].lower_ not in ("i", "we"):
            tokens = tokens[1:]
    rest = [t.lower_ for t in tokens[:5]]
    if rest[:1] in (["where"], ["when"]) and rest[1:2] in (["i"], ["we"]):
        rest = rest[1:]  # "At Brambles Care, where I worked for three years, I learned"
    if len(rest) > 2 and (rest[1].endswith("ly") or rest[1] in _ADVERBS):
        rest = rest[:1] + rest[2:]  # "At Rheinmetrik I mostly worked on ...": past the adverb
    if _own_work_told([t.lower_.replace("’", "'") for t in tokens]):
        return True
    if rest[:1] not in (["i"], ["we"]) or len(rest) < 2:
        return False
    if rest[1].replace("’", "'") in ("'ve", "have"):
        # "At Sandglass Games I've shipped two titles": the present perfect is the writer's
        # past too; not "At X I've always wanted to work": a wish, there still to come
        return did_work(rest[2:])
    # NOTE: "At Waikato Seeds I run my territory ...": work the writer does there now, told
    # in the present of their own work ("my", "our"), is their current job, as the past is
    now = rest[1] in _PRESENT_WORK and bool({"my", "our"}.intersection(rest[2:5]))
    # NOTE: and so is the party they do it with, named ("At X I mostly coordinate with DP
    # World on berth windows"): someone the writer deals with in a job held now; a job
    # only hoped for is said with a modal ("At X I would coordinate with ..."), not so
    k = next((k for k, t in enumerate(tokens) if t.lower_ == rest[1]), len(tokens))
    partner = tokens[k + 1 : k + 3]
    dealt = (len(partner) == 2 and partner[0].lower_ == "with"
             and partner[1].text[:1].isupper() and partner[1].lower_ not in _READERS)  # fmt: skip
    now = now or (rest[1] in _PRESENT_WORK and dealt)
    return rest[1] in PAST or rest[1].endswith("ed") or now


def _own_work_told(words: list[str]) -> bool:
    """Return True for the writer's own work as the subject after "At X" ("my work has been").

    "At Lindqvist Labs most of my work has been on stability testing", "At X my role was
    mostly QC": the writer's job there, told in the past or the present; not a job only
    pictured ("At X my role would be ...") nor a visit ("At X my time was well spent").
    """
    for share in _SHARES:
        if words[: len(share)] == share:
            words = words[len(share) :]
            break
    if len(words) < 3 or words[0] not in ("my", "our") or words[1] not in _TOLD_WORK:
        return False
    if words[2] in ("has", "have"):
        return words[3:4] != [] and (words[3] in _PARTICIPLES or words[3].endswith("ed"))
    return words[2] in ("was", "were", "is", "are")


#: Shares of the writer's work before "my" ("most of my work", "the bulk of our projects").
_SHARES = [["most", "of"], ["much", "of"], ["all", "of"], ["some", "of"], ["part", "of"],
           ["the", "bulk", "of"], ["a", "lot", "of"]]  # fmt: skip
#: The writer's own work as a subject after "At X": OWN_WORK but its time, which may be a
#: visit's ("At X my time was well spent").
_TOLD_WORK = OWN_WORK - {"time", "days", "years"}


def did_work(done: list[str]) -> bool:
    """Return True for the words after "I have" that tell work done ("built", "mostly led").

    Not a wish or a hope kept up to now ("I've always wanted to", "I've been hoping to").
    """
    if len(done) > 1 and (done[0].endswith("ly") or done[0] in _ADVERBS):
        done = done[1:]  # "I've mostly built", "we have also led"
    if done[:1] == ["been"] and set(done[1:3]) & _KEEN:
        return False  # "At X I've been hoping to ...": a wish all the same
    return (
        bool(done)
        and done[0] not in _WISHED
        and (done[0] in PAST or done[0] in _PARTICIPLES or done[0].endswith("ed"))
    )


def own_subject(doc, sent, end: int) -> bool:
    """Return True for a name said to be the writer's own past ("X was my first employer").

    "X is where I trained", "X was my old practice", "X hired me straight from college": the
    name is the subject of a clause about the writer's past, not the organisation written to
    ("X is my dream" is not).
    """
    rest = [t.lower_ for t in doc[end : min(end + 8, sent.end)] if t.text != ","]
    if rest[:1] in (["first"], ["originally"]):
        rest = rest[1:]  # "X first hired me"
    if rest[:2] in ([v, "me"] for v in _TOOK_ME_ON) or rest[:3] == ["took", "me", "on"]:
        return True  # "X hired me straight from college": the writer's own past
    if not rest or rest[0] not in ("is", "was", "'s", "’s"):
        return False
    if rest[1:2] == ["my"]:
        return rest[2:3] != [] and rest[2] in _FORMER
    if rest[1:3] in (["the", "first"], ["the", "only"]) and "i" in rest[3:6]:
        # "X was the first company I worked for": a past job, not a first choice
        k = rest.index("i", 3)
        return rest[k + 1 : k + 2] != [] and rest[k + 1] in _WORKED
    return rest[1:3] in (["where", "i"], ["where", "we"]) and (
        rest[3:4] != [] and (rest[3] in PAST or rest[3].endswith("ed"))
    )


#: The reader, named after "with" ("At X I work with You"): no party of the writer's own.
_READERS = frozenset({"you", "your", "yours"})
#: Adverbs between "I" and the verb of a past job ("I also led", "I often ran").
_ADVERBS = frozenset({"also", "often", "always", "once", "first", "then", "still", "never"})
#: Verbs of a job's work in the present ("At X I run my territory", "we manage our fleet").
_PRESENT_WORK = frozenset({"run", "manage", "lead", "handle", "cover", "oversee", "supervise",
                           "coordinate", "sell", "supply", "teach", "train", "support", "serve",
                           "maintain", "head", "buy", "source", "mentor", "use",
                           "work"})  # fmt: skip
#: Past participles not ending in "-ed" of work done ("I've been", "we have grown").
_PARTICIPLES = frozenset({"been", "done", "run", "grown", "seen", "written", "taken", "given",
                          "shown", "held", "met", "begun", "overseen", "gotten", "put", "set",
                          "taught", "led", "built", "made", "spent", "won", "kept", "sold",
                          "brought", "learnt"})  # fmt: skip
#: Verbs of a wish after "I've" ("At X I've always wanted to ..."): no past work there.
_WISHED = frozenset({"wanted", "hoped", "dreamed", "dreamt", "wished", "longed", "admired",
                     "loved", "liked", "aspired"})  # fmt: skip
#: Words after "I've been" of a wish ("hoping", "keen"): no work done there.
_KEEN = frozenset({"hoping", "dreaming", "wanting", "longing", "keen", "eager", "desperate",
                   "waiting", "aiming", "trying"})  # fmt: skip
#: Words of a wish or a modal before "my": the thing pictured, not had ("I'd love ... my").
_WISHING = MODALS | _WISHED | _KEEN | frozenset({"love", "hope", "want", "wish", "like"})
#: Verbs of an employer taking the writer on ("X hired me", "X trained me").
_TOOK_ME_ON = frozenset({"hired", "employed", "trained", "recruited", "sponsored", "promoted"})
#: Verbs of a job held, after "X was the first company I" ("worked for", "joined").
_WORKED = frozenset({"worked", "joined", "trained", "served", "interned", "started"})
#: Words after "X was my" that make X the writer's past or present, not a wish.
_FORMER = frozenset({"first", "old", "previous", "former", "current", "last", "home", "local"})
#: Words that give a clause a speaker of its own ("I", "you").
_SUBJECTS = frozenset({"you", "your", "i", "i'd", "i'll", "we"})


def own_list(doc, sent, start: int, window: list[str]) -> bool:
    """Return True for a name listed after a clause about the writer's own past.

    In "I spent six years in lending, first at Front Range Bank and then at a broker",
    the clause before the name ("first at") says nothing of its own: the one before the
    comma does. A clause with a subject or a word about the job speaks for itself.
    """
    k = start - len(window) - 1  # the clause break before the window
    while k > sent.start and not clause_break(doc, k):
        k -= 1  # a long clause: "which so far has been limited to the Czech market at X"
    clause = [t.lower_ for t in doc[k + 1 : start]]
    # NOTE: a relative clause ("which so far has been limited to ...") has the noun before
    # the comma for its subject: its "been" or "now" says nothing of who speaks
    # NOTE: a modal makes the clause a predicate of its own ("..., would be an asset to X"):
    # it says what the listed past would do for X, not where it was spent
    speaks = _SUBJECTS | JOB_CUES | JOINING | _MODALS | (set() if clause[:1] == ["which"] else SELF)
    if speaks.intersection(clause):
        return False
    before = [t.lower_ for t in doc[sent.start : max(k, sent.start)]]
    if not before or "," not in [t.text for t in doc[k : k + 1]]:
        return False  # not a clause after a comma
    return bool(OWN_CUES.intersection(before)) or own_past(before)


#: Modal verbs: a clause with one says something of its own.
_MODALS = frozenset({"would", "could", "will", "can", "might", "should", "shall"})
