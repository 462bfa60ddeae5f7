"""Wishes, praise and trust sent to a name: the organisation written to.

Steps of ``_org_reading.addressed``: a wish sent to the name ("I wish X every success",
"everyone at X", ``wished``), not to the writer's own people; a name praised as why the
writer applied, or whose ways the writer admires (``praised``, ``admired_for``); one
thanked for the hiring's doings ("grateful to X for the chance to present", ``thanked``);
or whose doings now the writer is a fan of (``fan_of_doings``); one whose loyal customer
the writer says they are ("greetings from a long-time X customer", ``loyal_patron``); one that
chose between candidates or set what the hire needed ("X had to decide between strong
people", "what X was looking for", ``decided``); one that met, interviewed or considered
the writer ("X took the time to meet me", ``hiring_acts``); one the writer is sure of,
thinks is doing great things or believes in ("I'm sure X will keep growing", "I still think
X are doing great things", "I believe in what X is doing", ``believed_in``); one whose loss
the writer is, said in a rejection reply ("that's X's loss", ``their_loss``). Each returns True
or False when it settles the reading, or None to leave it to the next.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from replylint.custom._employer_slots import own_mention
from replylint.custom._org_cues import (
    ADMIRED_QUALITIES,
    LIKE_EMPLOYER,
    MODALS,
    OFFERINGS,
    OTHER_OWNERS,
    PATRONS,
)
from replylint.custom._org_kinds import body_office_in, is_event, is_unit, school_name
from replylint.custom._org_parts import (
    JOB_POSTS,
    OPENINGS,
    PEOPLE_OF_A_PLACE,
    TEAMS,
    body_initials,
)
from replylint.custom._org_wishes import own_people_at, thrives, wished_well
from replylint.custom._vocabulary import adjective, mostly_capitalised, ordinary
from replylint.negation import NEGATIONS

if TYPE_CHECKING:
    from replylint.custom._org_reading import _Mention


def wished(m: _Mention) -> bool | None:
    """Read the organisation a wish is sent to ("I wish X every success", "everyone at X")."""
    if m.possessive:
        return None  # "I wish X's new team every success": what X owns is wished well
    # NOTE: a group's school is no unit of this job's when the job's own site is another;
    # nor is a body with offices in towns ("the Department of X office in Sligo") a unit
    unit = is_unit(m.words, m.company) and not body_office_in(m.doc, m.start, m.end)
    if is_event(m.doc, m.candidate) or (unit and not m.elsewhere):
        return None  # "good luck at ProWein next week", "the School of Public Health"
    if own_people_at(m.doc, m.start):
        return False  # "I wish my old team at X well": the writer's own workplace
    if own_mention(m.doc, m.candidate):
        return None
    return wished_well(m.doc, m.start, m.end, m.company, own_site=not m.elsewhere) or None


def praised(m: _Mention) -> bool | None:
    """Read a name praised as why the writer applied, or whose ways the writer admires.

    Praise after the name ("X is a company I have always respected"), a firm's work of some
    kind ("the sustainability work of X") or its list loved since childhood is the same,
    unless told from the writer's own time there.
    """
    if m.after in ("is", "was", "has") and _why_applied(m.sent) and not m.named_rightly:
        return True  # "X is the best salon in town, which is why I applied": the one applied to
    # NOTE: a school's ways are admired from outside as a firm's are ("I have long admired how
    # X puts conversation first"), unless the writer was there ("... when I studied there")
    if _admired_doing(m.lead) and not m.named_rightly:
        return not (m.school and own_time_there(m.doc, m.sent, m.end)) or None
    if m.school or m.named_rightly or OTHER_OWNERS.intersection(m.lead):
        return None
    if _praised_after(m) or _admired_work_of(m) or _loved_since_young(m) or _still_rated(m):
        return not own_time_there(m.doc, m.sent, m.end) or None
    return None


def _praised_after(m: _Mention) -> bool:
    """Return True for a name praised after it ("X is a company I have always respected").

    What kind of firm it is, then the writer's own regard for it: why they applied.
    """
    if m.possessive or m.after not in ("is", "was", "remains", "has"):
        return False
    rest = " ".join(t.lower_ for t in m.doc[m.end : min(m.end + 12, m.sent.end)])
    found = _ESTEEMED_FIRM.match(rest)
    return found is not None and found.group(1) in LIKE_EMPLOYER


def _still_rated(m: _Mention) -> bool:
    """Return True for a name the writer still rates the best ("I still think X makes the best").

    "I still think X makes the most beautiful character sheets", "I still believe X is the
    finest studio in Seoul": an opinion held in spite of the refusal is of the firm that
    refused. Not an opinion without "still" (a rival's work may be praised), nor a past one
    ("I still think X was the best place I worked").
    """
    lead = m.lead[:-1] if m.lead[-1:] == ["that"] else m.lead
    if m.possessive or lead[-2:-1] != ["still"] or lead[-1] not in _OPINIONS:
        return False
    verb = m.following[0] if m.following else ""
    if not verb.isalpha() or not verb.endswith("s") or verb in _PAST_OR_NOT - {"is", "has"}:
        return False  # "X makes", "X is", "X has": what it does or is now
    rest = {t.lower_ for t in m.doc[m.end + 1 : m.sent.end]}
    return bool(_BEST.intersection(rest))


#: Verbs of an opinion held ("I still think", "I still believe").
_OPINIONS = frozenset({"think", "believe", "feel", "say"})
#: Words of a superlative judgement ("the best", "the most beautiful", "the finest").
_BEST = frozenset({"best", "most", "finest", "greatest", "nicest", "coolest"})


def _loved_since_young(m: _Mention) -> bool:
    """Return True for a name's output loved since childhood ("loved X's list since I was small").

    A firm whose list or toys the writer grew up with is the one they hoped to join.
    """
    if not m.possessive or m.previous not in _LOVING or "i" not in m.lead:
        return False
    # NOTE: what a firm puts out, not an author's books ("Julia Donaldson's picture books")
    output = [t.lower_ for t in m.doc[m.end + 1 : min(m.end + 5, m.sent.end)]]
    if not _PUT_OUT.intersection(output):
        return False
    rest = " ".join(t.lower_ for t in m.doc[m.end : m.sent.end])
    return _SINCE_YOUNG.search(rest) is not None


def _admired_work_of(m: _Mention) -> bool:
    """Return True for a firm's work of some kind admired before its name ("the X work of Y").

    "I really admire the sustainability work of X", "I have always loved the design approach
    of X": the kind said ("sustainability") makes it a firm's work, not a person's ("I admire
    the work of Anna Kowalska").
    """
    lead = m.lead
    if m.possessive or lead[-1:] != ["of"] or lead[-2:-1] == [] or lead[-2] not in _FIRMS_WORK:
        return False
    k = len(lead) - 3
    while k >= 0 and len(lead) - k <= 5 and lead[k] != "the":
        k -= 1  # "the sustainability work of", "the design approach of"
    kinds = len(lead) - 2 - (k + 1)
    return k >= 1 and lead[k] == "the" and lead[k - 1] in _ADMIRING and (kinds > 0 or m.firm_like)


def thanked(m: _Mention) -> bool | None:
    """Read a name thanked for the process ("I am grateful to X for the chance to present").

    "Thank X for considering me", "grateful to X for the interview", "thankful to X for the
    opportunity to meet the team": what is thanked for is the hiring's own doing, so X is
    the one that turned the writer down. Not a chance of the writer's own past ("grateful to
    X for the chance to grow there"), nor someone's own ("grateful to my old firm X").
    NOTE: whatever else the sentence names ("my Excel workshop" under "Trener Excel"): the
    one thanked for the hiring ran it.
    """
    # NOTE: a body's people, named by its initials, are thanked as the body is ("grateful to
    # the whole EYATH team for ..."): a team of the employer's own is named otherwise (see
    # ``site_of``)
    team = m.after in TEAMS and body_initials(m.candidate.text)
    if m.possessive or not (m.after == "for" or (team and m.following[1:2] == ["for"])):
        return None
    lead = m.lead
    while team and lead[-1:] in (["whole"], ["entire"], ["the"]):
        lead = lead[:-1]
    if OTHER_OWNERS.intersection(lead[-5:]):
        return None
    # NOTE: or the people at X thanked ("Thank you to everyone at X for your time"): the
    # firm's people are thanked for the hiring as the firm is; "my old team at X" are not
    if lead[-1:] == ["at"] and lead[-2:-1] and lead[-2] in PEOPLE_OF_A_PLACE:
        lead = lead[:-2]
        while lead[-1:] in (["the"], ["all"]):
            lead = lead[:-1]  # "thanks to all the team at X"
        if lead[-3:] == ["thank", "you", "to"]:
            lead = lead[:-2]
    # NOTE: "thank you (very much) to X for ...": the thanks sent to X, as "grateful to X"
    # sends them, however strong the thanks
    said = lead[:-1] if lead[-1:] == ["to"] else []
    while said[-1:] and said[-1] in _INTENSIFIERS:
        said = said[:-1]
    if said[-2:] == ["thank", "you"]:
        lead = said[:-1]
    if not (lead[-2:] in _GRATEFUL_TO or lead[-1:] in (["thank"], ["thanking"])):
        return None
    start = m.end + 1 + team
    words = [t.lower_ for t in m.doc[start : min(start + 7, m.sent.end)]]
    # NOTE: "for your time" thanks the reader's own doing, as "for the time" does
    words = [w for w in words if w not in ("the", "a", "an", "this", "that", "your")]
    # NOTE: and "for giving me the chance to interview" thanks for the chance as "for the
    # chance to interview" does: what the giving gave is read
    if words[:1] and words[0] in _GIVING and words[1:2] in (["me"], ["us"]):
        words = words[2:]
    if words[:1] and words[0] in _PROCESS:
        return True  # "for considering me", "for the interview"
    # NOTE: so does the process itself, praised or named as the hiring's, where the thanks
    # end ("for a fair and well-run process."): not "for teaching me the process"
    k = words.index("process") if "process" in words[:6] else None
    if k is not None and (k + 1 == len(words) or not words[k + 1].isalpha()):
        return (
            all(
                adjective(w) or w in _PROCESS_WORDS or words[i - 1 : i] == ["-"]
                for i, w in enumerate(words[:k])
            )
            or None
        )
    if words[:2] and words[0] in _CHANCES and words[1:2] == ["to"]:
        return (words[2:3] != [] and words[2] in _PROCESS_VERBS) or None
    return None


def thanked_by_name(m: _Mention) -> bool | None:
    """Read an organisation addressed by its name after thanks ("Thanks for nothing, X.").

    "Thank you for everything, X!", "Thanks for nothing, St Bede's.": a name set off by a
    comma at the end of the thanks, with nothing after it, is the one spoken to, as "Dear X"
    is. Only an organisation's name (its own words, a school's, or a saint's with nothing
    after it: "St Bede's" is a school or a church), never a person thanked so ("Thanks,
    Maria.").
    """
    doc, start, end = m.doc, m.start, m.end
    if not start or doc[start - 1].text != "," or not _THANKS_WORDS.intersection(m.window):
        return None
    after = end + m.possessive
    if after < m.sent.end and doc[after].text not in (".", "!"):
        return None  # "Thanks, X and Y for ...": the name goes on into the sentence
    saint = m.possessive and len(m.words) == 2 and m.words[0] in _SAINTS
    return True if m.firm_like or saint or school_name(m.candidate.text) else None


#: Words of thanks that a name spoken to may close ("Thanks for nothing, X.").
_THANKS_WORDS = frozenset({"thanks", "thank", "cheers"})
#: A saint's title, whose possessive alone names a school, church or hospital ("St Bede's").
_SAINTS = frozenset({"st", "saint"})


#: Thanks given to a name ("grateful to X", "thankful to X", "thanks to X for").
_GRATEFUL_TO = (["grateful", "to"], ["thankful", "to"], ["thanks", "to"], ["indebted", "to"])
#: The hiring's own doings, thanked for ("for considering me", "for the interview").
_PROCESS = frozenset({"considering", "consideration", "interview", "interviews",
                      "interviewing", "invitation", "inviting", "shortlisting", "feedback",
                      "meeting", "reviewing", "time"})  # fmt: skip
#: Words a hiring's process is praised or named by besides adjectives ("the selection process").
_PROCESS_WORDS = frozenset({"and", ",", "-", "selection", "hiring", "recruitment",
                            "interview", "application"})  # fmt: skip
#: Words that only strengthen thanks ("thank you very much to X", "thank you so much to X").
_INTENSIFIERS = frozenset({"very", "so", "much", "again", "once", "more"})
#: A giving of what is thanked for ("for giving me the chance to", "for offering me an interview").
_GIVING = frozenset({"giving", "offering", "granting"})
#: A chance given ("the chance to", "the opportunity to").
_CHANCES = frozenset({"chance", "opportunity"})
#: What a chance in the hiring is to do ("the chance to present", "... to interview").
_PROCESS_VERBS = frozenset({"present", "interview", "meet", "apply", "compete", "demonstrate",
                            "show", "discuss", "pitch", "be", "take", "visit", "introduce",
                            "showcase"})  # fmt: skip


def fan_of_doings(m: _Mention) -> bool | None:
    """Read a name whose doings now the writer is a fan of ("a fan of what X is doing").

    "I'm still a huge fan of everything X is doing", "a big admirer of what X builds": what
    a firm does now, followed by a writer who wanted to join it, is the employer's doing;
    not what it did ("what X was doing back then"), nor the writer's own former employer or
    client ("a fan of what my old client X is doing").
    """
    if m.school or m.named_rightly or m.possessive:
        return None
    lead = m.lead
    # NOTE: a fan "still" after being turned down wants the place as before ("I remain a fan")
    if not (m.firm_like or m.cued or m.related or m.rival or _STILL.intersection(lead)):
        return None  # "a fan of what Arsenal is doing this season": a club followed, no firm
    k = len(lead)
    while k and lead[k - 1] in _DOINGS:
        k -= 1  # "everything", "what", "all that"
    if k == len(lead) or k < 2 or (lead[k - 2], lead[k - 1]) not in _FAN_OF:
        return None
    if own_mention(m.doc, m.candidate) or OTHER_OWNERS.intersection(lead[k:]):
        return None
    following = m.following
    if following[:1] and following[0] in _NOW_AUX:
        # "is doing", "'s building", "has been doing", "keeps doing"
        rest = following[1:] if following[1:2] != ["been"] else following[2:]
        return (rest[:1] != [] and rest[0].endswith("ing")) or None
    # "everything X does", "what X builds": a verb of the present
    verb = following[0] if following else ""
    return (verb.isalpha() and verb.endswith("s") and verb not in _PAST_OR_NOT) or None


def kept_fan(m: _Mention) -> bool:
    """Return True for a writer still a fan of the name after the refusal ("still a X fan").

    "— still a Bluejay Music fan, somehow", "I remain a big X fan": a liking kept in spite
    of the refusal is for the firm that refused, so another name there is the pasted one.
    Not a fandom with no "still" ("a lifelong Arsenal fan"), nor the writer's own past.
    """
    if m.school or m.named_rightly or m.possessive or m.after not in _FANS:
        return False
    lead = m.window[:-1] if m.window[-1:] and m.window[-1] in _BIG else m.window
    if lead[-1:] not in (["a"], ["an"]) or not _STILL.intersection(lead[-3:-1]):
        return False
    return not own_mention(m.doc, m.candidate)


#: Nouns of a liking for an organisation ("a X fan", "an X admirer").
_FANS = frozenset({"fan", "admirer", "supporter"})
#: Words of the size of a liking ("a big X fan").
_BIG = frozenset({"big", "huge", "massive", "great", "loyal"})


def loyal_patron(m: _Mention) -> bool | None:
    """Read a name the writer says they are a loyal customer of ("a long-time X customer").

    "Greetings from a long-time X customer!", "as a loyal X shopper": a writer tells the
    reader of the custom they give the reader's own firm; another firm's name there is the
    pasted one. Not a custom told as past ("I was a regular X customer"), nor the writer's
    own employer, a school, or beside the employer's own name.
    """
    if m.school or m.named_rightly or m.possessive or m.after not in PATRONS:
        return None
    lead = m.lead
    k = len(lead)
    while k and lead[k - 1] in _LOYAL:
        k -= 1  # "long-time", "loyal", "regular"
    if k == len(lead) or k < 2 or lead[k - 1] not in ("a", "an") or lead[k - 2] not in _BEING:
        return None
    if lead[k - 2] == "been" and "i" not in lead[: k - 2]:
        return None  # "my mother has been a loyal X customer": another's custom
    return not own_mention(m.doc, m.candidate) or None


#: Words of a custom kept up for years ("a long-time X customer", "a loyal X shopper").
_LOYAL = frozenset({"long", "-", "time", "long-time", "longtime", "loyal", "lifelong",
                    "faithful", "devoted", "regular"})  # fmt: skip
#: Words before "a" that make the custom the writer's now ("from a", "as a", "I'm a").
_BEING = frozenset({"from", "as", "am", "'m", "’m", "been"})


#: Words of a liking kept after a refusal ("still a fan", "I remain a fan").
_STILL = frozenset({"still", "remain", "remains", "always"})
#: Being a fan of something ("a fan of", "an admirer of", "a believer in").
_FAN_OF = frozenset({("fan", "of"), ("fans", "of"), ("admirer", "of"), ("admirers", "of"),
                     ("follower", "of"), ("believer", "in"), ("supporter", "of")})  # fmt: skip
#: Words that make a name's doings what is admired ("everything X", "what X", "all that X").
_DOINGS = frozenset({"what", "everything", "all", "that", "how"})
#: Verbs of a doing going on now ("X is doing", "X's building", "X has been doing").
_NOW_AUX = frozenset({"is", "are", "'s", "’s", "has", "have", "keeps", "keep"})
#: Words in "-s" after a name that are no verb of the present ("X was", "X has", "X's").
_PAST_OR_NOT = frozenset({"was", "has", "is", "'s", "as", "its", "this", "us", "plus"})


def admired_for(m: _Mention) -> bool | None:
    """Read a name admired "for" its ways ("I have always admired X for its safety record").

    Admired so by a turned-down writer, it is why they applied: the organisation written to.
    But admired by its own staff ("... when I worked there"), it is the writer's past.
    """
    if not _admired_for(m):
        return None
    return not own_time_there(m.doc, m.sent, m.end)


def their_loss(m: _Mention) -> bool | None:
    """Read "that's X's loss": said in a rejection reply of the one that turned the writer down.

    Only the loss itself, ending its clause ("Guess that's X's loss."); not a loss of
    something ("X's loss of the contract") or at a time of the writer's own ("X's loss
    when I left"). So is a bitter word on whom X would hire ("X doesn't need people who
    ship"), a firm's shape or not.
    """
    if m.school or m.named_rightly:
        return None
    if _people_wanted(m, [t.lower_ for t in m.doc[m.end : min(m.end + 7, m.sent.end)]]):
        return True
    if not m.possessive or m.following[:1] != ["loss"]:
        return None
    if m.end + 2 < m.sent.end and not m.doc[m.end + 2].is_punct:
        return None
    return not OTHER_OWNERS.intersection(m.lead) or None  # not "my old firm X's loss"


def decided(m: _Mention) -> bool | None:
    """Read a name that chose between candidates ("X had to decide between strong people").

    The organisation that made the hiring decision, or said what it sought in the hire
    ("what X was looking for"), is the one written to; not one that decided something else
    ("when X decided to close its office"), nor the employer itself.
    """
    if m.school or m.named_rightly:
        return None
    words = [t.lower_ for t in m.doc[m.end : min(m.end + 7, len(m.doc))]]
    if _what_sought(m, words):
        return True
    if _decided_against_me(m, words):
        return True
    if _done_to_me(m, words):
        return True
    if not _HIRED.intersection(m.sentence):
        return None
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


def _decided_against_me(m: _Mention, words: list[str]) -> bool:
    """Return True for a name that decided against the writer ("why X decided against me").

    NOTE: the writer is the candidate decided against, as "between candidates" says of the
    hire; but a person decides too ("why Maria decided against me"), so only a firm's name,
    or two words or more whose first is no English word: a common given name is one in the
    word list ("Maria Lopez", "John Hale"), a surname opening a partnership's name seldom is.
    """
    if not (m.firm_like or (len(m.words) > 1 and not ordinary(m.words[0]))):
        return False
    while words and words[0] in _DECIDING_AUX:
        words = words[1:]  # "finally", "ultimately", "had"
    return words[:1] in (["decided"], ["chose"]) and words[1:3] in (
        ["against", "me"],
        ["against", "us"],
        ["against", "my"],
    )


def _done_to_me(m: _Mention, words: list[str]) -> bool:
    """Return True for a name that did the turning down to the writer ("X has done this to me").

    NOTE: "This is the second time X has done this to me", "X did it to me again": in a
    reply to a rejection, what was done to the writer is the turning down, and the doer
    the firm written to, as "why X decided against me" says. A person does it too ("Maria
    has done this to me"), so, as in ``_decided_against_me``, only a firm's name, one coined
    with a capital inside ("TalkTown"), or two words or more whose first is no English word.
    """
    text = m.candidate.text
    coined = len(m.words) == 1 and text[:1].isupper() and any(c.isupper() for c in text[1:])
    if not (m.firm_like or (coined and not text.isupper())
            or (len(m.words) > 1 and not ordinary(m.words[0]))):  # fmt: skip
        return False
    if words[:1] and words[0] in ("has", "have", "had", "'s", "’s") and words[1:2] == ["done"]:
        words = words[2:]
    elif words[:1] == ["did"]:
        words = words[1:]
    else:
        return False
    return words[:3] in (["this", "to", "me"], ["that", "to", "me"], ["it", "to", "me"])


def hiring_acts(m: _Mention) -> bool | None:
    """Read a name that did the hiring's acts to the writer ("X took the time to meet me").

    "It means a lot that X interviewed me twice", "X took the time to meet me for the
    role", "X considered me for the post": the organisation that met, interviewed or
    considered the writer for this job is the one written to. Not when the sentence is
    about another application ("X also interviewed me"), the writer's own school or firm,
    or beside the employer's own name.
    """
    if m.school or m.named_rightly or m.possessive:
        return None
    if _opening_to_come(m):
        # "keep me in mind if X opens a similar role": a job still to come at X; NOTE: an
        # owner before the "if" owns nothing of X ("please keep my name if X needs staff")
        return True
    if OTHER_OWNERS.intersection(m.lead[-4:]):
        return None
    if time_given(m):
        return True  # "I appreciate the time X took to review my portfolio"
    words = [t.lower_ for t in m.doc[m.end : min(m.end + 8, m.sent.end)]]
    while words and words[0] in _DECIDING_AUX:
        words = words[1:]  # "has", "had", "did"
    if words[:4] in (["took", "the", "time", "to"], ["made", "the", "time", "to"]):
        words = words[4:]  # "took the time to meet me"
    elif words[:3] in (["took", "time", "to"], ["made", "time", "to"]):
        words = words[3:]
    turned_down = application_turned_down(words)
    if _REQUEST_HEARD.match(" ".join(words)) and not _ELSEWHERE.intersection(words):
        # NOTE: "I trust that X will give this request the attention it deserves": the body
        # the writer's own request (this one, made now) goes to is the one written to
        return True
    if not turned_down and (
        len(words) < 2 or words[0] not in _HIRING_ACTS or words[1] not in ("me", "us")
    ):
        return None
    if _ELSEWHERE.intersection(t.lower_ for t in m.sent):
        return None  # "X also interviewed me": another application of the writer's
    return m.cued or turned_down or None


def time_given(m: _Mention) -> bool:
    """Return True for a firm's name in "the time X took to review my portfolio".

    The time a firm took, spent or gave over the writer's application is the hiring's, as
    "X took the time to meet me" is: "I appreciate the time X spent on my test". Only a
    name shaped like a firm's: "the time Maria took to review my CV" is a person's.
    """
    lead = m.lead[:-1] if m.lead[-1:] == ["that"] else m.lead
    words = [t.lower_ for t in m.doc[m.end : min(m.end + 6, m.sent.end)]]
    if lead[-1:] != ["time"] or not words or words[0] not in _TIME_GIVEN:
        return False
    return bool(_FOR_ME.intersection(words[1:6])) and (m.trade_like or m.related or m.rival)


def _opening_to_come(m: _Mention) -> bool:
    """Return True for the name as the one to open a job still to come ("if X opens a role").

    NOTE: "please keep me in mind if X opens a similar role", "when X next advertises a
    post": a condition on the firm's own next opening is the door the writer leaves open,
    and so the firm written to; not the firm's news ("X opened two roles last year"), which
    no "if" or "when" right before the name makes a condition.
    """
    if m.lead[-1:] not in (["if"], ["when"], ["whenever"], ["once"], ["should"]):
        return False
    if _AS_WELL.intersection(t.lower_ for t in m.doc[m.end : m.sent.end]):
        # NOTE: not an opening the writer would take as well as this one ("if X opens a role
        # next year I may apply there too"): another firm, named as such; "another" post
        # is the firm's own next one ("when X advertises another position")
        return False
    words = [t.lower_ for t in m.doc[m.end : min(m.end + 6, m.sent.end)]]
    if words[:1] == ["next"]:
        words = words[1:]  # "when X next advertises"
    # NOTE: or the staff it needs, where the writer asks to be kept in mind for it ("please
    # keep my name if X needs staff for the season"): a firm's need of hands is an opening
    # to come as a post it opens is; without the ask ("if X needs people, I'd apply") the
    # writer may mean any firm
    if words[:1] and words[0] in _NEEDS and _HANDS.intersection(words[1:3]):
        return bool(_KEEPING.intersection(t.lower_ for t in m.sent))
    glad = _GLAD_IF.intersection(m.lead[-6:-1])
    rest = [t.lower_ for t in m.doc[m.end : m.sent.end]]
    if glad and _thinks_of_me(rest[:10]) and not {"you", "your"} & set(rest):
        # NOTE: "I'd be happy if X can consider me again for the next opening", "I would be
        # grateful if X thinks of me for future vacancies": the firm the writer would be glad
        # to be kept in mind by for its openings is the one written to, as the firm opening
        # them is; not news the writer will pass on ("I'll tell you if X considers me"), nor
        # a firm set beside the reader ("if X keeps me on, but I'd still love to join you")
        return True
    if not words or words[0] not in _POSTS_JOBS:
        return False
    return bool((JOB_POSTS | OPENINGS).intersection(words[1:5]))


def _thinks_of_me(words: list[str]) -> bool:
    """Return True for "consider me", "think of me" or "keep me in mind" for an opening.

    ``words`` follow the name after "if" or "when": a modal ("can", "would") may come first,
    and "again" or "in mind" after the writer; the opening must be named ("for the next
    opening", "for future vacancies"), as a wish to be called for anything else is not.
    """
    while words[:1] and words[0] in MODALS:
        words = words[1:]
    if not words or words[0] not in _THINKING_OF:
        return False
    rest = words[1:3] if words[1:2] != ["of"] else words[2:4]
    if rest[:1] not in (["me"], ["us"]):
        return False
    return bool((JOB_POSTS | OPENINGS).intersection(words[2:9]))


#: The writer's gladness before "if" ("I'd be happy if", "I would appreciate it if").
_GLAD_IF = frozenset({"happy", "glad", "grateful", "delighted", "pleased", "thankful",
                      "honoured", "honored", "appreciate", "love"})  # fmt: skip
#: Verbs of a firm keeping the writer in mind ("if X considers me", "thinks of me").
_THINKING_OF = frozenset({"consider", "considers", "think", "thinks", "keep", "keeps",
                          "remember", "remembers", "contact", "contacts", "call",
                          "calls"})  # fmt: skip


#: Verbs of a firm opening a job ("if X opens a role", "should X advertise a post").
_POSTS_JOBS = frozenset({"opens", "open", "advertises", "advertise", "posts", "post",
                         "creates", "create", "has", "have"})  # fmt: skip


#: Words of an opening taken as well as this firm's ("I may apply there too").
_AS_WELL = frozenset({"also", "too", "elsewhere", "both", "either"})
#: Verbs of keeping the writer in mind ("keep my name", "bear me in mind", "remember me").
_KEEPING = frozenset({"keep", "kept", "bear", "remember", "consider"})
#: A firm's need of people ("if X needs staff").
_NEEDS = frozenset({"need", "needs", "requires", "require"})
#: The people or openings a firm needs ("staff", "hands", "vacancies").
_HANDS = frozenset({"staff", "workers", "employees", "hands", "people", "recruits"}) | OPENINGS


#: What a firm did with the time it gave ("the time X took", "spent", "gave", "set aside").
_TIME_GIVEN = frozenset({"took", "spent", "gave", "devoted", "set", "invested", "put"})
#: The writer or their application as what the time went to ("to review my portfolio").
_FOR_ME = frozenset({"me", "us", "my", "our"})


def application_turned_down(words: list[str]) -> bool:
    """Return True when ``words`` after a name say it decided on the writer's application.

    "X will not be taking my application further", "X won't be progressing my candidacy":
    the firm that turned the application down (or took it on) is the one written to.
    """
    return _TURNED_DOWN.match(" ".join(words)) is not None


#: What the hiring did to the writer ("met me", "interviewed me", "considered me").
_HIRING_ACTS = frozenset({"meet", "met", "interview", "interviewed", "consider", "considered",
                          "shortlist", "shortlisted", "invite", "invited", "see", "saw",
                          "call", "called"})  # fmt: skip
#: The firm saying no to the writer's application, after "X" and its helpers ("X will not
#: be taking my application further", "X wo n't be progressing my candidacy"). NOTE: only
#: a refusal said now: "X rejected my application last year" is another firm's, long ago.
_TURNED_DOWN = re.compile(
    r"(?:(?:wo|will|would|can|ca|could|do|does|did|has|have|had|is|are|was|decided) )*"
    r"(?:not|n't) (?:(?:be|been|to) )*"
    r"(?:taking|take|progressing|progress|advancing|advance|moving|move|pursuing|pursue|"
    r"proceeding|proceed) (?:forward |ahead )?(?:with )?"
    r"(?:my|our) (?:application|candidacy|cv|résumé|resume)\b"
)
#: The firm hearing the request this reply makes, after "X" ("X will give this request
#: the attention it deserves"). NOTE: only "this" request or appeal, the one made here: "X
#: will consider my request" or "my application" may be another's (a school's transcript).
_REQUEST_HEARD = re.compile(
    r"(?:(?:will|would|can|could|may|might|shall|should) )?(?:kindly )?"
    r"(?:give|consider|review|reconsider|grant|treat|look at|look into|answer) "
    r"this (?:request|appeal|complaint)\b"
)
#: Words that put a hiring act in another application ("also", "too", "another").
_ELSEWHERE = frozenset({"also", "too", "another", "other", "elsewhere", "both", "either"})


def _what_sought(m: _Mention, words: list[str]) -> bool:
    """Return True for what the name sought in a candidate ("what X was looking for").

    "an explanation of what X was looking for", "I'm not sure what X wanted", "what X needs
    in a planner": X set what the hire had to have, so X is the firm that hired. Not the
    writer's own firm ("what my employer X needs from me"), nor a client's wants said beside
    the employer's own name (the caller leaves a sentence naming it rightly alone).
    """
    if m.previous != "what" or m.possessive or OTHER_OWNERS.intersection(m.lead[-4:]):
        return False
    while words and words[0] in _SEEKING_AUX:
        words = words[1:]  # "was really", "had been", "is"
    if words[:2] == ["looking", "for"] or words[:2] == ["searching", "for"]:
        return True
    return bool(words) and words[0] in _SOUGHT


def _people_wanted(m: _Mention, words: list[str]) -> bool:
    """Return True for the people the name would not have or did want ("X didn't need me").

    "I guess X doesn't need people who actually ship", "X clearly wanted someone cheaper":
    a judgement of whom the firm would hire, bitter or plain, is of the firm that turned the
    writer down. The name opens the clause (not "my friend at X needs someone"), and the
    want is denied or past: "X needs people who can code" may be any firm's.
    """
    if m.possessive or m.previous in _PLACED or OTHER_OWNERS.intersection(m.lead[-4:]):
        return False
    k = 0
    while k < len(words) and words[k] in _WANT_AUX:
        k += 1
    denied = bool(NEGATIONS.intersection(words[:k]))
    if k + 1 >= len(words) or words[k + 1] not in _HIREES:
        return False
    verb = words[k]
    return (verb in ("need", "want") and denied) or verb in ("needed", "wanted")


#: Words between a firm's name and its want ("X does n't", "X clearly", "X obviously").
_WANT_AUX = frozenset({"does", "did", "do", "n't", "not", "never", "clearly", "obviously",
                       "just", "simply", "apparently", "really", "probably"})  # fmt: skip
#: The people a firm wants or needs, as any hire ("people who ship", "someone cheaper").
_HIREES = frozenset({"people", "someone", "somebody", "anyone", "anybody", "candidates"})
#: Words before a name that make it a place or a thing's, not a doer ("at X", "from X").
_PLACED = frozenset({"at", "for", "with", "from", "in", "of", "by", "to", "on", "about"})
#: Words between a firm's name and what it sought ("X was really", "X had been", "X is").
_SEEKING_AUX = frozenset({"was", "were", "is", "are", "had", "has", "have", "been", "really",
                          "actually", "exactly", "would", "will", "did", "does", "do",
                          "ideally", "still"})  # fmt: skip
#: Verbs of what a hiring firm wants in a candidate ("what X wanted", "what X expects").
_SOUGHT = frozenset({"wanted", "wants", "want", "needed", "needs", "need", "expected",
                     "expects", "expect", "sought", "seeks", "seek", "after", "required",
                     "requires", "require", "prefers", "preferred"})  # fmt: skip


def believed_in(m: _Mention) -> bool | None:
    """Read a name the writer is sure of ("I'm sure X will keep growing", "I believe X needs").

    What a turned-down writer is sure the firm will do, or needs, is said of the one written
    to; not of the writer's own firm or school, nor beside the employer's own name. A name
    with no firm's word is the firm only for a firm's future ("X will keep growing"): what
    the writer is sure a person will do ("Priya Shah will do a great job") is the new hire's.
    So is a firm the writer thinks is doing great things now (see _doing_great_things).
    """
    if m.school or m.named_rightly or m.possessive:
        return None
    lead = m.lead[:-1] if m.lead[-1:] == ["that"] else m.lead
    if not lead or OTHER_OWNERS.intersection(lead):
        return None
    # NOTE: or believed ("I believed in what X is building"): the firm the writer applied to
    believing = lead[-3:-2] in (["believe"], ["believed"]) and lead[-2:] == ["in", "what"]
    if believing and _I_AM.intersection(lead[-6:-3]):
        return _doing_now(m) or None  # "I still believe in what X is doing for young people"
    if not _I_AM.intersection(lead[-4:-1]):
        return None
    if (lead[-1] in _SURE or lead[-1] == "think") and _doing_great_things(m):
        return True  # "I still think X are doing great things in Cluj"
    # NOTE: the place the writer was sure was theirs ("I truly believed X was the place for
    # me") is the one that turned them down; and so is the one the writer now supposes was
    # never theirs ("I suppose X was never going to be the right place for me")
    after = " ".join(t.lower_ for t in m.doc[m.end : min(m.end + 11, m.sent.end)])
    if (lead[-1] in _SURE or lead[-1] in _FELT or lead[-1] in _SUPPOSE) and _MY_PLACE.match(after):
        return not own_mention(m.doc, m.candidate)
    if m.after not in _FUTURE_OR_NEED or lead[-1] not in _SURE:
        return None
    if m.firm_like or m.related or m.rival:
        return True  # "I'm sure Globex Logistics will do great things": a firm by its words
    # NOTE: else the name may be a person's, the new hire's ("I'm sure Priya Shah will do a
    # great job"): only a firm's future (growing, needing people like the writer) makes it
    # the firm written to, whatever the culture of a person's name
    after = [t.lower_ for t in m.doc[m.end : min(m.end + 9, m.sent.end)]]
    return (m.after == "needs" or thrives(after)) or None


def _doing_great_things(m: _Mention) -> bool:
    """Return True for a name the writer thinks is doing great things now ("X are doing").

    "I still think X are doing great things", "I believe X is doing amazing work": the
    firm the writer still rates after a refusal is the one that refused. A firm takes "are"
    as its people; "is" names a firm only by its own words, for a person does great work too
    ("I think Priya is doing great work").
    """
    after = [t.lower_ for t in m.doc[m.end : min(m.end + 6, m.sent.end)]]
    if after[:1] not in (["are"], ["is"]) or after[1:2] != ["doing"]:
        return False
    if after[0] == "is" and not (m.firm_like or m.related or m.rival):
        return False
    deeds = after[2:]
    return bool(deeds) and deeds[0] in _FINE and bool(_DEEDS.intersection(deeds[1:3]))


def _doing_now(m: _Mention) -> bool:
    """Return True for what a firm does or stands for ("what X is doing", "what X stands for").

    A writer who believes in it after a refusal believes in the one that refused. A single
    name might be a person's ("what Priya is doing"): a firm's words or three of them only.
    """
    after = [t.lower_ for t in m.doc[m.end : min(m.end + 3, m.sent.end)]]
    doing = after[:2] in (["is", "doing"], ["are", "doing"], ["stands", "for"], ["stand", "for"])
    # NOTE: what a young firm "is building" is what it does, as a start-up says of itself
    doing = doing or after[:2] in (["is", "building"], ["are", "building"])
    # NOTE: and a name ending in a plain word no one writes capitalised ("Kestrel Pay") is no
    # person's, whose name is what "what Priya is doing" would hold
    last = m.words[-1]
    plain = len(m.words) > 1 and ordinary(last) and not mostly_capitalised(last)
    return (doing or after[:1] == ["does"]) and (
        m.firm_like or m.related or m.rival or len(m.words) > 2 or plain
    )


#: Praise of what is being done ("great things", "amazing work").
_FINE = frozenset({"great", "amazing", "brilliant", "incredible", "fantastic", "wonderful",
                   "exciting", "impressive", "excellent", "important", "inspiring",
                   "remarkable", "good", "cool", "awesome"})  # fmt: skip
#: What a firm is doing well ("great things", "amazing work").
_DEEDS = frozenset({"things", "work", "stuff"})
#: Words of being sure ("I'm sure", "I still believe", "I know that").
_SURE = frozenset({"sure", "confident", "certain", "believe", "know", "convinced"})
#: The writer's belief, past ("I truly believed", "I always felt").
_FELT = frozenset({"believed", "felt", "knew", "thought"})
#: The name as the writer's own place ("X was the place for me", "X is the right fit for me").
#: NOTE: or was not to be ("X was never going to be the right place for me")
_MY_PLACE = re.compile(
    r"(?:is|was|would be|'s)(?: never| not| n't| n’t)?(?: going to be)? "
    r"the (?:\w+ )?(?:place|company|home|fit) for me\b"
)
#: The writer's guess, looking back ("I suppose", "I guess").
_SUPPOSE = frozenset({"suppose", "guess", "supposed", "guessed"})
#: The writer being sure ("I", "I'm", "am").
_I_AM = frozenset({"i", "i'm", "i’m", "am", "'m", "’m", "im"})
#: What a firm will do or needs ("X will keep growing", "X needs welders like me").
_FUTURE_OR_NEED = frozenset({"will", "'ll", "’ll", "needs", "deserves", "would"})


def _admired_for(m: _Mention) -> bool:
    """Return True for a name admired "for" its ways ("I've long respected X for its training").

    The name is the very one admired, right after the verb, and no one's own ("my old
    firm X"); where the writer worked, they admired it as its staff did, not as an applicant.
    """
    if m.after != "for" or m.school or m.named_rightly or m.possessive:
        return False
    lead = m.lead
    return lead[-1:] != [] and lead[-1] in _ADMIRING_FOR and not OTHER_OWNERS.intersection(lead)


def own_time_there(doc, sent, end: int) -> bool:
    """Return True for the writer's own time at a name, later in its sentence.

    "I admired X for its training when I worked there", "... during my years there": said
    from within, by its own staff, not by one applying to it.
    """
    rest = " ".join(t.lower_ for t in doc[end : sent.end])
    return _OWN_TIME.search(rest) is not None


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


#: The writer's own time at a place, told after its name ("when I worked there").
#: NOTE: "I was" only of being at the place ("while I was there", "when I was with them"),
#: not of a feeling ("so I was sorry not to get further")
_OWN_TIME = re.compile(
    r"\b(?:i|we) (?:(?:had|have) )?(?:worked|interned|trained|served|spent|started"
    r"|studied)\b"
    r"|\b(?:i|we) (?:was|were) (?:(?:with|at|on|employed|working|based|placed)\b"
    r"|(?:\S+ ){0,3}there\b(?! (?:is|was|were|are|will|would|had|has|'s)\b))"
    r"|\b(?:my|our) (?:time|years|days|stint|tenure|placement|internship)\b"
)
#: What a firm does, admired before its name ("the sustainability work of X").
_FIRMS_WORK = ADMIRED_QUALITIES | {"work", "projects", "record"}
#: A kind of firm, then the writer's regard for it ("is a company I have always respected").
_ESTEEMED_FIRM = re.compile(
    r"(?:is|was|remains|has been) (?:a|an|one) (?:\S+ ){0,2}?(\S+) (?:(?:that|which|whom) )?"
    r"(?:i|we) (?:(?:have|'ve|’ve|had) )?(?:\S+ ){0,2}?(?:admired|respected|esteemed|valued"
    r"|looked up to)\b"
)
#: What a firm puts out under its name, loved by a reader or player ("X's children's list").
#: NOTE: not "games" or "comics": a designer's or an artist's, as much as a firm's
_PUT_OUT = OFFERINGS | {"list", "lists", "imprint", "imprints", "catalogue", "catalog",
                        "backlist", "magazines", "toys"}  # fmt: skip
#: Verbs of loving a firm's output ("I've loved X's list", "I have adored X's toys").
_LOVING = frozenset({"loved", "love", "adored", "adore", "treasured", "devoured"})
#: The writer's childhood, told after what they loved ("since I was small", "growing up").
_SINCE_YOUNG = re.compile(
    r"\b(?:since|as|when) i was (?:a )?(?:small|little|young|child|kid|girl|boy|teenager"
    r"|teen)\b|\b(?:since|as a|from) (?:childhood|a child|a kid)\b|\bgrowing up\b"
)
#: Verbs of admiring a firm right before it, for its ways ("I have always admired X for").
_ADMIRING_FOR = frozenset({"admired", "admire", "admiring", "respected", "respect",
                           "respecting", "esteemed", "valued"})  # fmt: skip
#: Verbs of admiring a firm's ways ("I've long admired how X", "respected the work X does").
_ADMIRING = frozenset({"admired", "admire", "admiring", "respected", "respect", "loved", "love",
                       "liked", "like", "appreciated", "appreciate"})  # fmt: skip


def _why_applied(sent) -> bool:
    """Return True for a sentence giving why the writer applied ("which is why I applied")."""
    text = " ".join(t.lower_ for t in sent)
    return bool(re.search(r"\b(?:why|reason) i (?:applied|apply|wanted to apply)\b", text))


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
