"""The clause before a name: its words, and whether it tells of the writer's own past."""

from __future__ import annotations

import itertools
import re

from replylint.custom._org_cues import (
    ABROAD,
    CAREER_AHEAD,
    CLAUSE_BREAKS,
    FUNCTION_WORDS,
    JOB_CUES,
    JOINING,
    MODALS,
    OF_ABROAD,
    OWN_CUES,
    OWN_WORK,
    PAST,
    PAST_JOB,
    SELF,
)
from replylint.custom._org_parts import JOB_NOUNS


def in_english(words: list[str]) -> list[str]:
    """Return lowercase ``words`` with each foreign cue word read as its English one.

    "cinq ans chez" reads "cinq years at", "el equipo de" "el team at": a word of ABROAD
    (past an elided article, "l'équipe") becomes its English cue, and "de" or "von" after
    a team "at". One word stays one word, so positions in the clause are kept.
    """
    out: list[str] = []
    for word in words:
        bare = word[2:] if word[1:2] in ("'", "’") else word
        english = ABROAD.get(word) or ABROAD.get(bare)
        if english is None and word in OF_ABROAD and out[-1:] == ["team"]:
            english = "at"  # "l'équipe de X", "dem Team von X": the team at X
        out.append(english or word)
    return out


def cue_words(words: list[str]) -> list[str]:
    """Return ``words`` in English cue words, with "on board" read as the one word "aboard"."""
    out: list[str] = []
    for word in in_english(words):
        if word == "board" and out[-1:] == ["on"]:
            out[-1] = "aboard"
        else:
            out.append(word)
    return out


#: Verbs of a hope that did not come true ("I had hoped to", "I was hoping to").
_HOPES = frozenset({"hoped", "hoping", "wanted", "wanting"})


def hoped_for(words: list[str]) -> bool:
    """Return True when ``words`` end on a past hope ("I had hoped to", "I was really hoping to").

    A hope in the past tense ("hoped", "was hoping") did not come true: what it was for is
    the job turned down. "I'm hoping to" is a present hope, which may be anyone's.
    """
    if words[-1:] != ["to"] or len(words) < 2 or words[-2] not in _HOPES:
        return False
    if words[-2] in ("hoped", "wanted"):
        return True
    return bool({"was", "were", "been"}.intersection(words[-5:-2]))


def joining(window: list[str]) -> bool:
    """Return True for a clause about a future with the name ("bring my skills to X").

    "start my career at X", "grow my career with X" and "I had hoped to start at X" look
    ahead; "started my career at X" and "brought my skills to X" are the writer's past.
    """
    previous = window[-1] if window else ""
    if previous == "to" and {"bring", "bringing"}.intersection(window):
        return True  # "to bring my experience from KT to LG CNS"
    if previous == "at" and window[-2:-1] in (["start"], ["begin"]) and hoped_for(window[:-2]):
        return True  # "I was really hoping to start at X": the start hoped for, turned down
    if _wished_own_work(window):
        return True  # "I hope to complete my training at X": the writer's work wished there
    # NOTE: not "I am still building my career at X": work going on, the writer's present
    return (previous in ("at", "with") and window[-2:-1] == ["career"]
            and bool(CAREER_AHEAD.intersection(window))
            and not work_going_on(window))  # fmt: skip


def _wished_own_work(window: list[str]) -> bool:
    """Return True for the writer's own work wished for there ("I hope to do my training at X").

    A wish, "to" and a verb, then "my" or "our" and the writer's work or training right
    before the name ("I'd love to complete my residency at X", "keen to continue my
    research with X"): work still to come, at the organisation wished for; not "I
    completed my training at X", done.
    """
    words = [w.replace("’", "'") for w in window]
    if len(words) < 5 or words[-1] not in ("at", "with", "in") or words[-2] not in OWN_WORK:
        return False
    mine = next((i for i in range(len(words) - 3, len(words) - 5, -1)
                 if words[i] in ("my", "our")), None)  # fmt: skip
    if mine is None or mine < 3 or words[mine - 2] != "to":
        return False
    return bool(_WISHES.intersection(words[max(mine - 5, 0) : mine - 2]))


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
    """
    out: list[str] = []
    for word in window:
        if word in JOB_NOUNS:
            k = max((i for i, w in enumerate(out) if w in _ARTICLES), default=None)
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
    found: set[str] = set()
    for k, word in enumerate(words):
        if word not in OWN_CUES:
            continue
        after = words[k + 1] if k + 2 < len(words) else ""  # not the preposition before the name
        if word in _GATHERINGS and attributive(after):
            continue
        owner = next((w for w in reversed(words[max(k - 3, 0) : k]) if w in _DETERMINERS), "")
        served = k > 0 and words[k - 1] in _SERVED and owner != "my"
        if word in _HISTORY and (owner in _OTHERS or served):
            continue
        reader = words[k - 1 : k] == ["you"] or words[max(k - 2, 0) : k - 1] == ["your"]
        if word in _DEEDS and reader:
            continue  # "the dashboards your team built at X": the reader's deed, not the writer's
        if words[k + 1 : k + 2] == ["of"] and words[k + 2 : k + 3] and words[k + 2] in _MEETINGS:
            continue  # "the experience of interacting with X": meeting its people, no past there
        found.add(word)
    return found


#: Gerunds of meeting people after "experience of" ("the experience of meeting X's team").
_MEETINGS = frozenset({"interacting", "meeting", "speaking", "talking", "interviewing"})
#: Words of OWN_CUES that name an event the writer went to ("our booth at X").
_GATHERINGS = frozenset({"booth", "stand", "stall", "exhibition", "conference", "fair", "expo",
                         "event", "webinar"})  # fmt: skip
#: Words of OWN_CUES that name a past, the writer's only when it is not another's.
_HISTORY = frozenset({"experience", "background", "years", "months"})
#: Verbs of OWN_CUES that are deeds, the reader's when "you" or "your team" did them.
_DEEDS = frozenset({"led", "built", "managed", "ran"})
_DETERMINERS = frozenset({"the", "a", "an", "my", "our", "your", "their", "its", "his", "her"})
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


def aspiring(window: list[str]) -> bool:
    """Return True for the writer's wish to do the job for the name.

    "I'm keen to help X", "I had wanted to run the floor for X", "I'd love to cook for
    X", "I was looking forward to helping X grow": a word of wanting, "to" and a verb, then
    the name as what the work is for. A clause with a subject or a past of its own ("hope
    to use what I learned at X") is not.
    """
    wish = next((k for k in range(len(window) - 1, 0, -1)
                 if window[k] == "to" and (window[k - 1] in _WISHES or _proud(window, k - 1))),
                None)  # fmt: skip
    rest = window[wish + 1 :] if wish is not None else []
    if not rest or _OWNERS.intersection(rest) or any(w in PAST for w in rest):
        return False
    if len(rest) == 1:
        return rest[0] in _SERVE  # "keen to help X", "looking forward to supporting X"
    if window[wish - 1] == "forward":
        return False  # "looking forward to starting with X": maybe the writer's new job
    return rest[-1] in ("for", "with") and not any(w.endswith("ed") for w in rest[1:])


def _proud(window: list[str], k: int) -> bool:
    """Return True for a word of pride at ``window[k]`` in a future imagined ("I'd be proud").

    "I'd have been proud to represent X", "I would be honoured to work for X", "I would be
    glad to freelance for X in the future": the pride is in a job that did not come, so X
    is the one written to; not "I was proud to represent X", the writer's own past, nor "I
    freelance for X", the writer's own client.
    """
    return window[k] in _PROUD and bool(MODALS.intersection(window[max(k - 4, 0) : k]))


def to_become(window: list[str]) -> bool:
    """Return True when ``window`` ends on a wish to be what follows ("I hope to be a").

    "I still hope to be an X analyst", "I'd be proud to become an X engineer one day", "the
    chance to be an X planner": what the writer wishes to be is the job at X; not "I was proud
    to be an X engineer for six years" (a pride of the writer's own past, without "would").
    """
    if window[-1:] not in (["a"], ["an"]) or window[-3:-1] not in (["to", "be"], ["to", "become"]):
        return False
    k = len(window) - 4
    return k >= 0 and (window[k] in _WISHES or _proud(window, k))


def got_this_far(sent) -> bool:
    """Return True for a sentence about reaching a stage of the process ("to get this far").

    "It was a privilege to get this far", "I'm glad I made it as far as the final round":
    the process reached is the application to the organisation written to.
    """
    words = [t.lower_ for t in sent]
    for k, word in enumerate(words):
        if word not in _REACH:
            continue
        rest = words[k + 1 : k + 4]
        if rest[:1] == ["it"]:
            rest = rest[1:]  # "made it this far"
        if rest[:2] in (["this", "far"], ["that", "far"], ["as", "far"]):
            return True
    return False


#: Verbs of reaching a stage ("get this far", "made it as far as").
_REACH = frozenset({"get", "got", "getting", "gotten", "make", "made", "making", "come", "came",
                    "coming", "go", "went", "gone", "progress", "progressed", "reach",
                    "reached"})  # fmt: skip


#: Words of pride or gladness in a job ("I'd be proud to", "would have been honoured to",
#: "I would be glad to freelance for X"): with "would" before them, a job that did not come.
_PROUD = frozenset({"proud", "honoured", "honored", "privileged", "glad", "happy",
                    "delighted"})  # fmt: skip
#: Words of wanting before "to" and a verb ("keen to", "had wanted to", "the chance to");
#: NOTE: not "thrilled" or "excited": "I was thrilled to support X on my last trip" is past
_WISHES = frozenset({"keen", "eager", "love", "loved", "like", "want", "wanted", "hope", "hoped",
                     "hoping", "wish", "wished", "chance", "opportunity", "dream", "dreamed",
                     "dreamt", "forward"})  # fmt: skip
#: Verbs whose object is the organisation the work would be for ("keen to help X").
_SERVE = frozenset({"help", "support", "serve", "grow", "strengthen", "represent",
                    "helping", "supporting", "serving", "growing", "strengthening",
                    "representing"})  # fmt: skip
#: Words that give the wished clause a subject or an owner of its own ("my work for X").
_OWNERS = frozenset({"i", "we", "you", "my", "our", "your", "me"})


def imagined(sent) -> bool:
    """Return True for a sentence about the job that did not come ("It would have been ...").

    "It would have been a privilege to run X's revenue", "I could have grown with X", "I
    had hoped to bring my methods to X": what the writer would have done there is about
    the organisation written to.
    """
    words = [t.lower_ for t in sent]
    return any((a in ("would", "could") and b in ("have", "'ve", "’ve"))
               or (a == "had" and b == "hoped") for a, b in itertools.pairwise(words))  # fmt: skip


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
#: Words between the writer and such a verb ("I'll", "I will happily", "we are").
_STAY_AUX = frozenset({"'ll", "’ll", "will", "am", "'m", "’m", "are", "'re", "’re", "shall",
                       "happily", "just", "still", "probably", "now"})  # fmt: skip


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
    words, a noun of the writer's own work or standing, and the preposition before the name.
    """
    words = window[:-1] if window[-1:] in (["the"], ["a"], ["an"]) else window
    words = _hyphened(words)  # "my co-op term with X": "co-op" is one word
    if len(words) < 3 or words[-1] not in ("at", "with", "for", "in") or words[-2] not in OWN_WORK:
        return False
    return bool({"my", "our"}.intersection(words[-5:-2]))


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


def attributive(word: str) -> bool:
    """Return True when ``word`` after a name is a noun it qualifies ("the Clyde bridge")."""
    return word.isalpha() and word.islower() and word not in FUNCTION_WORDS


def clause_break(doc, k: int) -> bool:
    """Return True when doc[k] ends a clause.

    A hyphen inside a word does not ("first-year"), nor "so" as a word of degree ("so
    far", "so much").
    """
    token = doc[k]
    if token.lower_ not in CLAUSE_BREAKS:
        return False
    if token.lower_ == "so" and k + 1 < len(doc) and doc[k + 1].lower_ in _DEGREE:
        return False
    inside = token.text in ("-", "\u2011") and not token.whitespace_
    return not (inside and k > 0 and not doc[k - 1].whitespace_)


def window_before(doc, sent_start: int, start: int) -> list[str]:
    """Return the lowercase words of the clause before doc[start] (a few words at most)."""
    k = start - 1
    while k >= sent_start and not clause_break(doc, k) and start - k <= 10:
        k -= 1
    if k >= sent_start and doc[k].text in (",", "(") and k == start - 1:
        return window_before(doc, sent_start, k)  # "my previous employer, Globex,": an apposition
    return in_english([t.lower_ for t in doc[k + 1 : start]])


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
    if rest[:1] not in (["i"], ["we"]) or len(rest) < 2:
        return False
    if rest[1].replace("’", "'") in ("'ve", "have"):
        # "At Sandglass Games I've shipped two titles": the present perfect is the writer's
        # past too; not "At X I've always wanted to work": a wish, there still to come
        return did_work(rest[2:])
    return rest[1] in PAST or rest[1].endswith("ed")


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


#: Adverbs between "I" and the verb of a past job ("I also led", "I often ran").
_ADVERBS = frozenset({"also", "often", "always", "once", "first", "then", "still", "never"})
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
#: Verbs of an employer taking the writer on ("X hired me", "X trained me").
_TOOK_ME_ON = frozenset({"hired", "employed", "trained", "recruited", "sponsored", "promoted"})
#: Verbs of a job held, after "X was the first company I" ("worked for", "joined").
_WORKED = frozenset({"worked", "joined", "trained", "served", "interned", "started"})
#: Words after "X was my" that make X the writer's past or present, not a wish.
_FORMER = frozenset({"first", "old", "previous", "former", "current", "last", "home", "local"})
#: Words after "so" that make it a word of degree, not a clause's link ("so far").
_DEGREE = frozenset({"far", "much", "many", "long", "little", "few", "often"})
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
