"""The clause before a name tells of a future wished for: a hope, a wish, pride in a job.

A hope or a pride in a job that did not come ("I had hoped to start at X", "I'd have been
proud to represent X") is about the organisation written to.
"""

from __future__ import annotations

import itertools

from replylint.custom._org_cues import (
    CAREER_AHEAD,
    MODALS,
    OWN_WORK,
    PAST,
)
from replylint.custom._own_past import work_going_on

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
    bringing = {"bring", "bringing"}.intersection(window)
    if previous == "to" and bringing and not _others_goods(window):
        return True  # "to bring my experience from KT to LG CNS"
    if window[-2:] == ["to", "the"] and bringing and _own_worth(window[:-2]):
        # NOTE: "I hope to bring my donor network to the X Alliance": the writer's own worth
        # brought to a body named with its article; only such worth, as "the" may as well
        # open a place or an event things are taken to ("bring my students to the X Museum")
        return True
    if previous == "at" and window[-2:-1] in (["start"], ["begin"]) and hoped_for(window[:-2]):
        return True  # "I was really hoping to start at X": the start hoped for, turned down
    if _wished_own_work(window):
        return True  # "I hope to complete my training at X": the writer's work wished there
    if previous == "at" and _start_offered(window[:-1]):
        return True  # "my availability for a start at X": the start of the job turned down
    # NOTE: not "I am still building my career at X": work going on, the writer's present
    return (previous in ("at", "with") and _career_before(window[:-1])
            and bool(CAREER_AHEAD.intersection(window))
            and not work_going_on(window))  # fmt: skip


def _others_goods(window: list[str]) -> bool:
    """Return True for another's aim to bring things of no writer's ("X's mission to bring").

    NOTE: "your mission to bring running gear to X", "the firm's plan to bring clean water to
    X": what is brought is another's goods, taken to a market or a place, not the writer's
    skills taken to a firm; nothing of the writer's ("my", "I") is brought.
    """
    k = max(k for k, w in enumerate(window) if w in ("bring", "bringing"))
    brought, before = set(window[k + 1 : -1]), set(window[max(k - 4, 0) : k])
    return not (_WRITERS & brought) and bool(_OTHERS & before)


def _own_worth(window: list[str]) -> bool:
    """Return True for the writer's skills or contacts right after the last "bring"."""
    k = max(k for k, w in enumerate(window) if w in ("bring", "bringing"))
    brought = window[k + 1 :]
    if brought[:1] not in (["my"], ["our"]) or not _WORTH.intersection(brought[1:4]):
        return False
    # NOTE: a hope, not a move made ("I am bringing my experience to the X this spring")
    return window[k - 1 : k] == ["to"] and bool(_HOPING_TO.intersection(window[max(k - 5, 0) : k]))


#: What a writer brings to a job ("my skills", "my donor network", "my experience").
_WORTH = frozenset({"skills", "skill", "experience", "expertise", "knowledge", "network",
                    "contacts", "background", "energy", "passion", "enthusiasm", "talents",
                    "strengths", "ideas"})  # fmt: skip
#: Words of a wish before "to bring" ("I still hope to", "I'd love to").
_HOPING_TO = frozenset({"hope", "hoping", "hoped", "love", "like", "wish", "keen", "eager",
                      "want", "wanted", "dream", "would", "'d", "’d"})  # fmt: skip
#: The writer's own words in what is brought ("bring my skills", "what I learned").
_WRITERS = frozenset({"my", "our", "i", "me", "myself", "we", "us", "ourselves"})
#: Owners of an aim other than the writer ("X's mission", "your plan", "their goal").
_OTHERS = frozenset({"'s", "’s", "your", "their", "its", "his", "her"})


def _career_before(words: list[str]) -> bool:
    """Return True when ``words`` end on "career", or on a field or place it is in.

    "start my career with X", "start my career on an offshore gas plant with X", "begin
    my career in audit at X": the career's own words may stand before the firm's name.
    """
    if words[-1:] == ["career"]:
        return True
    if "career" not in words[-7:-2]:
        return False
    k = len(words) - 1 - words[::-1].index("career")
    return words[k + 1] in ("in", "on") and not _OWNERS.intersection(words[k + 1 :])


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
    if words[-1] == "in" and words[-2] in _MADE_IN_A_FIELD:
        # NOTE: "I hope to build my career in Portugal": a career is made in a country or a
        # field, at or with a firm (see ``_career_before``); the name after "in" is where
        return False
    mine = next((i for i in range(len(words) - 3, len(words) - 5, -1)
                 if words[i] in ("my", "our")), None)  # fmt: skip
    if mine is None or mine < 3 or words[mine - 2] != "to":
        return False
    if words[-1] == "in" and words[mine - 3] in _CHANCES and _thanked_chance(words[: mine - 2]):
        # NOTE: "thank you for the opportunity to present my work in X": a chance thanked for
        # was given and had, "in" the place it was had (a city), no work wished there
        return False
    # NOTE: or a pride in it that did not come ("It would have been an honour to do my PhD at X")
    return any(words[k] in _WISHES or _proud(words, k) for k in range(max(mine - 5, 0), mine - 2))


#: The writer's work said to be "in" a country or a field, never in a firm ("my career in").
_MADE_IN_A_FIELD = frozenset({"career", "careers"})


def _thanked_chance(words: list[str]) -> bool:
    """Return True when ``words`` end on a chance thanked for ("thank you for the opportunity").

    The clause read may begin past "thank you", at "for the opportunity": with no wish
    before it ("I'd hoped for the chance"), that is the thanks. Not thanks foreseen ("I'd
    be grateful for the chance to"), a wish.
    """
    if {"would", "'d", "’d"}.intersection(words):
        return False
    if _THANKS.intersection(words):
        return True
    return words[-3:-1] in (["for", "the"], ["for", "this"]) and not (
        (_WISHES - _CHANCES).intersection(words[:-3])
    )


def _start_offered(words: list[str]) -> bool:
    """Return True for a start the writer is ready for, at the name ("available for a start at").

    "My availability for a start at X", "ready for an immediate start at X", "free for a
    September start date at X": a start the writer offers to make is the job applied for;
    not a start made or taken up ("I got my start at X", "I have accepted a start at X").
    """
    if words[-2:] == ["start", "date"]:
        words = words[:-1]
    if words[-1:] != ["start"]:
        return False
    k = next((k for k in range(len(words) - 2, max(len(words) - 5, 0), -1)
              if words[k] in ("a", "an")), None)  # fmt: skip
    return k is not None and k > 1 and words[k - 1] == "for" and words[k - 2] in _READY


def aspiring(window: list[str]) -> bool:
    """Return True for the writer's wish to do the job for the name.

    "I'm keen to help X", "I had wanted to run the floor for X", "I'd love to cook for
    X", "I was looking forward to helping X grow": a word of wanting, "to" and a verb, then
    the name as what the work is for. A clause with a subject or a past of its own ("hope
    to use what I learned at X") is not.
    """
    if window[-3:-1] in (["excited", "about"], ["thrilled", "about"]) and window[-1] in _SERVE:
        # NOTE: "I was so excited about helping X": the work looked forward to, as "looking
        # forward to helping X" is (only the one verb of serving right before the name)
        return True
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


def to_work_at(window: list[str]) -> bool:
    """Return True when ``window`` ends on a wish to work at what follows ("I'd love to work at").

    "I would be very happy to work at X in the future", "I'd love to work at X": the work
    wished for, with the word of wanting or a pride with "would" (see ``_proud``), is a job
    to come there; not "I moved to Leeds to work at X", the writer's own past.
    """
    if window[-3:] != ["to", "work", "at"] or len(window) < 4:
        return False
    k = len(window) - 4
    return window[k] in _WISHES or _proud(window, k)


def _proud(window: list[str], k: int) -> bool:
    """Return True for a word of pride at ``window[k]`` in a future imagined ("I'd be proud").

    "I'd have been proud to represent X", "I would be honoured to work for X", "I would be
    glad to freelance for X in the future": the pride is in a job that did not come, so X
    is the one written to; not "I was proud to represent X", the writer's own past, nor "I
    freelance for X", the writer's own client.
    """
    # NOTE: or what it would mean to the writer ("it would mean a lot to represent X", "mean
    # the world to"): a pride put in other words, the same job that did not come
    meant = window[k] in _MEANT and window[max(k - 2, 0) : k] in _MEANING
    proud = window[k] in _PROUD or meant
    return proud and bool(MODALS.intersection(window[max(k - 4, 0) : k]))


def to_become(window: list[str]) -> bool:
    """Return True when ``window`` ends on a wish to be what follows ("I hope to be a").

    "I still hope to be an X analyst", "I'd be proud to become an X engineer one day", "the
    chance to be an X planner", "I wanted to start my career as an X analyst": what the
    writer wishes to be is the job at X; not "I was proud
    to be an X engineer for six years" (a pride of the writer's own past, without "would").
    """
    if window[-1:] not in (["a"], ["an"]):
        return False
    started = window[-6:-4] in [["to", w] for w in _STARTS]
    if started and window[-4:-1] == ["my", "career", "as"]:
        k = len(window) - 7  # "I wanted to start my career as an X analyst": to be one
    elif window[-3:-1] in (["to", "be"], ["to", "become"]):
        k = len(window) - 4
    else:
        return False
    return k >= 0 and (window[k] in _WISHES or _proud(window, k))


#: Verbs of a career begun ("to start my career as a").
_STARTS = frozenset({"start", "begin", "launch"})


def to_be_part(window: list[str]) -> bool:
    """Return True when ``window`` ends on a wish to be part of what follows ("hope to be part of").

    "I still hope to be part of X one day", "I'd love to be a part of X", "I would be proud
    to be part of X": to be part of a firm wished for is to join it, the one written to. Not
    "I was proud to be part of X for six years" (a pride of the writer's own past, without
    "would"), nor "I was part of X" (no wish).
    """
    words = window[:-1] if window[-1:] == ["the"] else window
    if words[-3:] == ["be", "part", "of"]:
        k = len(words) - 5
    elif words[-4:] == ["be", "a", "part", "of"]:
        k = len(words) - 6
    else:
        return False
    return k >= 0 and words[k + 1] == "to" and (words[k] in _WISHES or _proud(words, k))


def hoped_i_can_be_part(words: list[str]) -> bool:
    """Return True when ``words`` end on a hope that the writer can be part of what follows.

    NOTE: "I hope that one day I can be part of X", "I wish I could be a part of X": the
    same wish as "I hope to be part of X" (``to_be_part``), its clause with a subject and a
    modal, the hope a few words before the writer ("hope very much that one day I"): so
    ``words`` are the sentence's, past the clause's "that"; or a hope that did not come
    true ("I had hoped I could be part of X"), as ``hoped_for`` reads one. Not "I can be
    part of X" with no hope, nor "I think I can be part of X".
    """
    words = words[:-1] if words[-1:] == ["the"] else words
    if words[-4:] == ["be", "a", "part", "of"]:
        words = words[:-4]
    elif words[-3:] == ["be", "part", "of"]:
        words = words[:-3]
    else:
        return False
    if len(words) < 3 or words[-1] not in _ABLE or words[-2] not in ("i", "we"):
        return False
    return bool(_HOPE_THAT.intersection(words[max(len(words) - 8, 0) : -2]))


#: Modals of the writer's being part of a firm hoped for ("I hope I can be part of X").
_ABLE = frozenset({"can", "could", "will", "'ll", "’ll", "would", "'d", "’d", "might", "may"})
#: A hope or wish whose clause follows ("I hope that", "I wish", "I had hoped").
_HOPE_THAT = frozenset({"hope", "hoping", "hoped", "wish", "wished", "dream", "pray"})


def part_as_goal(window: list[str], after: list[str]) -> bool:
    """Return True for being part of what follows named as a goal ("being part of X is my goal").

    "Being part of X is still a goal of mine", "becoming part of X remains my dream": the
    body the writer aims to be part of is the one applied to, as "I hope to be part of X"
    says. Not "being part of X was a dream" (the writer's own past), nor "is a privilege".
    """
    words = window[:-1] if window[-1:] == ["the"] else window
    if words[-4:-3] in (["being"], ["becoming"]) and words[-3:] == ["a", "part", "of"]:
        pass
    elif not (words[-3:-2] in (["being"], ["becoming"]) and words[-2:] == ["part", "of"]):
        return False
    # NOTE: the verb in the present only ("is", "remains"), a goal still ahead, and the
    # goal a word or three later ("is still a goal", "remains my dream")
    if after[:1] not in (["is"], ["remains"], ["'s"], ["’s"]):
        return False
    return bool(_GOALS.intersection(after[1:5]))


#: Words for an aim the writer still has ("a goal of mine", "my dream").
_GOALS = frozenset({"goal", "dream", "ambition", "aim", "aspiration"})


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
#: "I would be glad to freelance for X", "it would have been an honour to"): with "would"
#: before them, a job that did not come.
_PROUD = frozenset({"proud", "honoured", "honored", "privileged", "glad", "happy",
                    "delighted", "honour", "honor", "privilege", "pleasure"})  # fmt: skip
#: What a job would mean to the writer, after "mean a" or "mean the" ("mean a lot to").
_MEANT = frozenset({"lot", "world"})
#: The words before it ("would mean a lot", "would have meant the world").
_MEANING = (["mean", "a"], ["mean", "the"], ["meant", "a"], ["meant", "the"])
#: Words of wanting before "to" and a verb ("keen to", "had wanted to", "the chance to");
#: NOTE: not "thrilled" or "excited": "I was thrilled to support X on my last trip" is past
_WISHES = frozenset({"keen", "eager", "love", "loved", "like", "want", "wanted", "hope", "hoped",
                     "hoping", "wish", "wished", "chance", "opportunity", "dream", "dreamed",
                     "dreamt", "forward"})  # fmt: skip
#: A chance given, a wish only until it is thanked for ("thank you for the opportunity to").
_CHANCES = frozenset({"chance", "opportunity"})
#: Words of thanks for what was given ("thank you for", "thanks for", "grateful for").
_THANKS = frozenset({"thank", "thanks", "grateful"})
#: Verbs whose object is the organisation the work would be for ("keen to help X").
_SERVE = frozenset({"help", "support", "serve", "grow", "strengthen", "represent",
                    "helping", "supporting", "serving", "growing", "strengthening",
                    "representing"})  # fmt: skip
#: Words of the writer's readiness before "for a start" ("available for a start at X").
_READY = frozenset({"available", "availability", "ready", "readiness", "free", "prepared"})
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


def wished_before(words: list[str], k: int) -> bool:
    """Return True when ``words[k]`` is the "to" of a wish or a pride ("keen to", "proud to").

    NOTE: "I'm keen to", "I'd be proud to": what follows is work the writer hopes for, as
    ``to_be_part`` reads it; not a chance thanked for ("thank you for the chance to"), which
    the process gave and is past, nor "looking forward to", which may be a new job the
    writer has already taken ("looking forward to joining X next month").
    """
    if k < 1 or words[k] != "to":
        return False
    if words[k - 2 : k] == ["one", "day"] and k > 2:
        k -= 2  # "I still hope one day to join X": the wish, a time put between
    if words[k - 1] == "forward" or (words[k - 1] in _CHANCES and _THANKS.intersection(words[:k])):
        return False
    return words[k - 1] in _WISHES or _proud(words, k - 1)
