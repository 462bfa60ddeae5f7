"""Whose place the clause before a name makes it: the writer's own, another's, the employer's.

Steps of ``_org_reading.addressed``: joining it, the writer's own past or present work
there, a relative's workplace or a funder, the reader's doings (``whose_place``); a client,
a trading partner or a department of the employer's (``employers_own``); "at X" where
people were met elsewhere or long ago, or where the people greeted work (``met_or_greeted``). Each
returns True or False when it settles the reading, or None to leave it to the next.
"""

from __future__ import annotations

import itertools
import re
from typing import TYPE_CHECKING

from replylint.custom._addressee import (
    OTHER_PEOPLE,
    delivered_to,
    funder,
    others_workplace,
    own_firms_client,
    readers_doing,
    sold_through,
    work_done_for,
)
from replylint.custom._clauses import attributive, window_before
from replylint.custom._employer_slots import own_mention, worked_there
from replylint.custom._hopes import aspiring, joining
from replylint.custom._org_cues import (
    EVENT_TIME,
    GROUPS,
    MINE,
    MODALS,
    OWN_WORK,
    PAST,
    SOUGHT,
    TO_EMPLOYER,
)
from replylint.custom._org_kinds import is_unit
from replylint.custom._org_names import LEGAL, POSSESSIVE, words_of
from replylint.custom._org_parts import (
    EVENTS,
    FACILITIES,
    HOSPITALS,
    JOB_NOUNS,
    JOBTITLES,
    OFFICES,
    OWN_SITES,
    PEOPLE_OF_A_PLACE,
    WORK_GROUPS,
    firm_shaped,
)
from replylint.custom._org_praise import own_time_there
from replylint.custom._org_sectors import FUNCTION_WORDS, PUBLIC_FIELDS, SECTOR_WORDS
from replylint.custom._org_wishes import met_there_later
from replylint.custom._org_written_to import written_to
from replylint.custom._own_deeds import BEFORE_VERB, TRIAL_WORK
from replylint.custom._own_farewell import farewell_to_own
from replylint.custom._own_past import met_elsewhere
from replylint.custom._people import PERSON_TITLES
from replylint.custom._vocabulary import ordinary
from replylint.negation import NEGATIONS

if TYPE_CHECKING:
    from replylint.custom._org_reading import _Mention


def whose_place(m: _Mention) -> bool | None:
    """Read whose place the clause before the name makes it: the writer's, another's, theirs."""
    window = m.window
    if _interested_in_work(window):
        # NOTE: "I am still very interested in teaching at X": work there is the writer's
        # wish, though "still ... teaching at X" alone reads as a job they hold now
        return True
    if joining(window) or (
        (_fit_for_needs(window, m.following) or _fit_brought(window) or _worth_brought(window))
        and not own_time_there(m.doc, m.sent, m.end)
    ):
        # "I'd love to join X", "my experience fits what X needs", "my background would fit
        # well within X's team", "my placement would add real value at X"
        return True
    # "at X, where I currently lecture", "I was a nurse at Meridian", "first at X and then at
    # Y", "my work for Daraz", "my germination work at X": the writer's own
    own_work = (
        any(me in ("my", "our") and noun in OWN_WORK for me, noun in itertools.pairwise(window))
        or _own_course(window)
        # NOTE: or the name between "my" and the work ("my X years", "our X days"): the
        # writer's own time there, as "my years at X" says
        or (m.before in ("my", "our") and m.after in OWN_WORK and not m.possessive)
    )
    if _reader_with_me(m):
        return True  # "the time you and the panel spent with me at X": the interview's place
    if own_mention(m.doc, m.candidate) or own_work or farewell_to_own(m):
        return False  # "my years at X", "saying goodbye to everyone at X when I move"
    if others_workplace(window) or funder(m.doc, m.end, window):
        return False  # "my uncle works at X", "X has renewed its funding": not the employer
    if _writers_agency(m):
        return False  # "my recruiter at Harvest Talent Partners": the writer's own agency
    if _put_forward(m):
        return False  # "X put me forward, so I'll ask them too": the go-between, an agency
    if _helping_me(m):
        return False  # "X are helping me convert it": the writer's own agency or adviser
    if _course_taken(m) or _course_taken_at(m) or _course_itself(m) or _course_ahead(m):
        return False  # "I completed the Tea Board of India's tasting course": own training
    if window[-1:] == ["at"] and worked_there(m.doc, m.sent, m.end):
        return True  # "shopping at Toolbarn, so working there would have been great"
    if (
        aspiring(window)
        or _aspiring_past_article(m)
        or readers_doing(window)
        or written_to(m.doc, m.start, m.end, window)
    ):
        return True  # "keen to help Corvid Mobile", "can't wait to see what you all do at X"
    return None


def _interested_in_work(window: list[str]) -> bool:
    """Return True for an interest in working at the name ("interested in teaching at")."""
    if window[-1:] != ["at"] or len(window) < 4 or NEGATIONS.intersection(window):
        return False
    return window[-2] in _WORKING and window[-3] == "in" and window[-4] in _INTERESTED


#: Words of wanting a job ("interested in working at X", "my interest in teaching at X").
_INTERESTED = frozenset({"interested", "interest"})
#: Verbs of doing a job somewhere, as a gerund after "interested in" ("working at X").
_WORKING = frozenset({"working", "teaching", "nursing", "serving", "joining", "coaching",
                      "cooking", "flying", "contributing", "volunteering"})  # fmt: skip


def _course_taken(m: _Mention) -> bool:
    """Return True for a course of the name's the writer took ("I completed X's tasting course").

    "I completed the Tea Board of India's tea tasting course", "we passed X's food safety
    exam": a course, exam or certificate the writer finished is their own training, and
    whoever gave it a body they studied with, not the one written to.
    """
    lead = m.lead
    if len(lead) < 2 or lead[-1] not in _TOOK:
        return False
    # NOTE: past the words between the writer and the verb ("I have also completed the X
    # refresher"), as right after "I"
    j = len(lead) - 2
    while j > 0 and lead[j] in BEFORE_VERB:
        j -= 1
    if lead[j] not in ("i", "we"):
        return False
    k = m.end + m.possessive  # past the name's "'s"
    owned = [t.lower_ for t in m.doc[k : min(k + 4, m.sent.end)]]
    studied = (_COURSES | _STUDIES).intersection(owned)
    if lead[-1] == "followed":
        # NOTE: "I have followed X's prepaid metering programme closely": a firm's programme
        # followed is watched, not studied (a course followed is still taken)
        studied -= _WATCHED
    # NOTE: not a task of the hiring ("I passed X's aptitude exam"): the employer's own
    return bool(studied) and not _HIRING_TESTS.intersection(owned)


#: A firm's undertakings one may follow from afar, as well as a course of study.
_WATCHED = frozenset({"program", "programme"})


def _course_itself(m: _Mention) -> bool:
    """Return True for a name the writer says they finished ("I have completed AVE Electrical").

    NOTE: a course, a diploma or an exam is what one completes or passes; a firm is not: the
    name right after the writer's verb of finishing is their own qualification (often by
    its initials and its field), not the firm written to. Not a firm's step ("I completed
    X's assessment", "the X aptitude test"): the hiring's own, read elsewhere.
    """
    lead = m.lead
    if len(lead) < 2 or lead[-1] not in _FINISHED or m.possessive:
        return False
    if _HIRING_TESTS.intersection(m.following) or JOB_NOUNS.intersection(m.following):
        return False
    j = len(lead) - 2
    while j > 0 and (lead[j] in BEFORE_VERB or lead[j] == "just"):
        j -= 1
    return lead[j] in ("i", "we")


def _course_ahead(m: _Mention) -> bool:
    """Return True for a body's exams or course the writer means to sit ("the X exams").

    NOTE: "I'm considering the X exams this autumn", "I'm preparing for the X diploma": the
    name right before a course's noun is the body that sets it, a professional institute or
    a school, and the writer who sits it or weighs it is studying with that body, as one who
    finished it is (``_course_taken``); it is not the firm written to, though its name has
    the employer's trade ("X Shipping Agency exams"). Not a test of the hiring ("the X
    aptitude test"), nor someone else's course.
    """
    if m.possessive or m.after not in _COURSES:
        return False
    lead = m.lead
    k = len(lead) - 1
    if lead[-1:] in (["for"], ["in"]) and len(lead) > 1:
        k -= 1  # "preparing for the X exams", "enrolled in the X course"
    if k < 1 or lead[k] not in _STUDYING:
        return False
    before = lead[max(k - 4, 0) : k]
    return bool({"i", "we"}.intersection(before)) and not OTHER_PEOPLE.intersection(before)


#: Verbs of a course or exam the writer sits, means to, or weighs ("sit", "considering").
_STUDYING = frozenset({"take", "taking", "sit", "sitting", "do", "doing", "study", "studying",
                       "consider", "considering", "preparing", "revising", "registered",
                       "enrolled", "booked", "start", "starting"})  # fmt: skip


#: Verbs of finishing a course or an exam, with the name as what was finished.
_FINISHED = frozenset({"completed", "finished", "passed", "earned", "gained", "obtained"})


def _course_taken_at(m: _Mention) -> bool:
    """Return True for a place the writer finished a course at ("I completed my rating at X").

    NOTE: "I completed my type rating at X", "we passed the diploma with X": a course,
    rating or exam the writer finished, then "at" or "with" the name, is the writer's own
    training there (as ``_course_taken`` reads "X's course"); not a test of the hiring
    ("I passed the aptitude test at X").
    """
    lead = m.lead
    if lead[-1:] not in (["at"], ["with"]):
        return False
    course = lead[-6:-1]
    took = [k for k, w in enumerate(course) if w in _TOOK and course[k - 1 : k] in (["i"], ["we"])]
    if not took:
        return False
    done = course[took[-1] + 1 :]
    return (bool((_COURSES | _STUDIES | _RATINGS).intersection(done))
            and not _HIRING_TESTS.intersection(done))  # fmt: skip


#: Verbs of a course or exam the writer finished ("I completed", "we passed").
_TOOK = frozenset({"completed", "finished", "took", "did", "passed", "attended", "followed",
                   "earned", "gained", "got", "sat"})  # fmt: skip
#: What a body gives to learn or to sit ("X's tasting course", "X's food safety exam").
#: NOTE: read with the nouns of a course of study (``_STUDIES``, "X's diploma programme"),
#: which a second list of the same name below used to replace this one with unseen.
_COURSES = frozenset({"course", "courses", "certificate", "certification", "diploma", "exam",
                      "exams", "examination", "qualification", "masterclass",
                      "bootcamp", "refresher"})  # fmt: skip
#: A licence's grade a trainee earns at a school ("my type rating at X", "my endorsement").
_RATINGS = frozenset({"rating", "ratings", "licence", "license", "endorsement"})
#: Words of a test set by the hiring ("aptitude exam", "entrance exam"), with TRIAL_WORK's.
_HIRING_TESTS = TRIAL_WORK | frozenset({"aptitude", "entrance", "selection", "screening",
                                         "psychometric", "recruitment", "hiring"})  # fmt: skip


def _writers_agency(m: _Mention) -> bool:
    """Return True for the agency of the writer's own recruiter ("my recruiter at X Talent").

    "My recruiter at Harvest Talent Partners mentioned ...": a recruiter "at" a name whose
    own words say it finds staff is the go-between who put the writer forward, not the one
    written to; but a recruiter at a name of no such trade may be the employer's own, and
    a reply to an agency has its rivals to name.
    """
    window = m.window
    if window[-3:-1] not in (["my", "recruiter"], ["our", "recruiter"]):
        return False
    if window[-1] not in ("at", "from", "with"):
        return False
    return bool(_RECRUITING.intersection(m.words)) and not _RECRUITING.intersection(
        words_of(m.company)
    )


def _own_course(window: list[str]) -> bool:
    """Return True for the writer's own course of study, a word before its noun ("my X program").

    NOTE: "I'm finishing my automotive program at X", "my nursing degree at X": the course
    is the writer's own, so X is where they study, whatever the noun's modifier; not a job
    longed for ("my dream programme at X"), nor one sought ("my future course at X").
    """
    return any(
        me in ("my", "our") and noun in _STUDIES and word.isalpha()
        and word not in SOUGHT and word not in _HOPED_FOR
        for me, word, noun in zip(window, window[1:], window[2:], strict=False)
    )  # fmt: skip


#: Nouns of a course of study, after "my" and a word ("my automotive program at X").
_STUDIES = frozenset({"program", "programme", "course", "degree", "diploma", "studies",
                      "doctorate", "phd", "masters", "certificate", "apprenticeship"})  # fmt: skip
#: Words of a course longed for, not taken ("my dream programme at X").
_HOPED_FOR = frozenset({"dream", "ideal", "perfect", "first-choice", "preferred"})


def _put_forward(m: _Mention) -> bool:
    """Return True for a name that put the writer forward for the job ("X put me forward").

    "X put me forward", "X put my name forward", "X referred me", "X submitted my CV": whoever
    puts a candidate to an employer is a go-between (an agency, a referrer), never the
    employer that turned the candidate down.
    """
    if m.possessive:
        return False
    if m.previous == "by" and _passive_referral(m.lead[:-1]):
        return True  # "I was introduced to the role by X": the same go-between, passive
    return _refers_me(m)


def _refers_me(m: _Mention) -> bool:
    """Return True for the words after a name saying it put the writer forward ("referred me")."""
    rest = [t.lower_ for t in m.doc[m.end : min(m.end + 7, m.sent.end)]]
    # NOTE: "X, who put me forward, tell me ...": the relative clause says the same deed
    if rest[:2] in ([",", "who"], [",", "which"]):
        rest = rest[2:]
    # NOTE: "I thank X for putting me forward": the deed thanked for is the name's own
    if rest[:1] == ["for"] and rest[1:3] in (["the", "referral"], ["the", "introduction"]):
        return True
    if rest[:1] == ["for"] and rest[1:2] and rest[1] in _REFERRING:
        mine = rest[2:3] in (["me"], ["my"], ["us"])
        return mine and (rest[1] != "putting" or "forward" in rest[3:5])
    if rest[:1] in (["had"], ["has"], ["have"], ["originally"], ["first"]):
        rest = rest[1:]  # "X had put me forward", "X originally referred me"
    if rest[:1] in (["put"], ["puts"]):
        return "forward" in rest[2:4] and rest[1] in ("me", "my", "us")
    return rest[:1] != [] and rest[0] in _REFERRED and rest[1:2] in (["me"], ["my"], ["us"])


def _helping_me(m: _Mention) -> bool:
    """Return True for a name that is helping the writer now ("X are helping me convert it").

    NOTE: "Orion Talent Partners are helping me", "X has been coaching me": help that goes on
    after the rejection is a relation of the writer's own (an agency, a coach, a college),
    never the employer that has just closed the process. Only the ongoing forms: "X helped
    me understand the role" may be the employer's own deed at the interview.
    """
    if m.possessive:
        return False
    rest = [t.lower_ for t in m.doc[m.end : min(m.end + 5, m.sent.end)]]
    if rest[:2] in (["have", "been"], ["has", "been"]):
        rest = ["are", *rest[2:]]  # "X have been helping me"
    if rest[:1] not in (["are"], ["is"], ["'re"], ["'s"]):
        return False
    rest = rest[1:]
    if rest[:1] and rest[0] in _NOW:
        rest = rest[1:]  # "X are now helping me"
    return rest[:1] != [] and rest[0] in _HELPING and rest[1:2] in (["me"], ["us"])


#: Verbs of help that goes on, after the name and "are" ("X are helping me").
_HELPING = frozenset({"helping", "coaching", "mentoring", "supporting", "advising",
                      "training", "sponsoring"})  # fmt: skip
#: Words of the time between "are" and the help ("X are now helping me").
_NOW = frozenset({"now", "currently", "also", "still", "kindly"})


def _passive_referral(lead: list[str]) -> bool:
    """Return True for a clause saying the writer was put to the job ("I was referred ... by").

    NOTE: "I was introduced to the role by X", "I was referred for the post by X": the writer
    passive under a verb of referral; the doer named after "by" is the go-between. Not "I was
    interviewed by X" (the employer's own deed): only verbs of putting a candidate forward.
    """
    for k, word in enumerate(lead):
        if word in _REFERRED_PASSIVE and _BEEN.intersection(lead[max(0, k - 3) : k]):
            return len(lead) - k <= 6  # the "by" ends the same short clause
    return False


#: Verbs of referral in the passive, the writer put to the job ("I was introduced by X").
_REFERRED_PASSIVE = frozenset({"introduced", "referred", "recommended", "nominated",
                               "headhunted"})  # fmt: skip
#: The passive's helpers before a verb of referral ("was referred", "had been introduced").
_BEEN = frozenset({"was", "were", "been", "am", "is"})
#: Verbs of putting a candidate to an employer, after the go-between ("X referred me").
#: NOTE: not "shortlisted" or "introduced me to": the employer's own deeds as well
_REFERRED = frozenset({"referred", "refers", "submitted", "submits", "recommended", "suggested"})
#: The same verbs as thanked for, after "for" ("thank X for putting me forward").
_REFERRING = frozenset({"putting", "referring", "submitting", "recommending", "suggesting",
                        "introducing"})  # fmt: skip
#: Words of a name that make it a recruitment agency ("Harvest Talent Partners").
_RECRUITING = frozenset({"talent", "recruitment", "recruiting", "recruiters", "staffing",
                         "search", "personnel", "resourcing", "headhunters",
                         "placements"})  # fmt: skip


def _aspiring_past_article(m: _Mention) -> bool:
    """Return True for a wish to work for a name that opens on an article ("for the X").

    "I'd still be happy to review for the X Journal", "I'd love to write for the X": as
    ``aspiring`` reads "for X". Not a job's title after it ("the chance to interview for the
    Education and Outreach Coordinator role"): the job applied for, no firm.
    """
    if m.window[-1:] not in (["the"], ["a"], ["an"]):
        return False
    # NOTE: nor the towns of sites ("to manage reporting for the X and Y clinics"): the
    # work is for the sites, and the names where they stand
    job = (JOBTITLES | JOB_NOUNS).intersection(m.following) or _other_title_then_job(m)
    return aspiring(m.lead) and not job and not _sites_listed(m)


def _other_title_then_job(m: _Mention) -> bool:
    """Return True for a second title after a slash, then a job's noun ("X / Lift Attendant role").

    NOTE: "the Ski Patroller / Lift Attendant position": a slash joins two titles of one job as
    "or" does (JOB_NOUNS holds "or" for "the X or Y role"), so the noun past the second
    title is the first one's too.
    """
    doc, k = m.doc, m.end
    if k >= m.sent.end or doc[k].text not in ("/", "\u2215"):
        return False
    k += 1
    while k < m.sent.end and k - m.end < 6 and doc[k].text[:1].isupper():
        k += 1
    return k < m.sent.end and k - m.end > 1 and doc[k].lower_ in JOB_NOUNS


def _reader_with_me(m: _Mention) -> bool:
    """Return True for where the reader spent time with the writer ("you spent with me at X").

    "The time you and the panel spent with me at X", "you sat down with us at X": the
    reader's time with the writer was the interview, so where it was is the employer's
    place, not the writer's past ("the time I spent at X", "I spent a year with them at X").
    Not a site of the employer's, nor a name beside the employer's own.
    """
    k = m.start - 1 if m.before == "the" else m.start
    words = [t.lower_ for t in m.doc[m.sent.start : k]]
    if len(words) < 5 or words[-3:] not in (["with", "me", "at"], ["with", "us", "at"]):
        return False
    if words[-4] not in _TIME_WITH or m.site or m.named_rightly:
        return False
    text = m.candidate.text
    if not (m.firm_like or m.trade_like or firm_shaped(text, m.candidate.org) or m.unheard):
        # NOTE: "you met with me at Leeds", "at Estancia Boa Vista": a name of no firm's
        # shape where the reader met the writer is the employer's town or site; unless the
        # rejection is quoted and gives no word of it (it names its own venue, or none)
        return False
    # NOTE: the whole sentence before the verb: "you and the panel" is cut at "and"
    doer = next((w for w in reversed(words[:-4]) if w in _DOERS), "")
    return doer == "you"


def _fit_for_needs(window: list[str], following: list[str]) -> bool:
    """Return True for the writer's fit with what the name needs ("fits what X is after").

    What a firm needs or looks for, matched by the writer ("my experience fits well with
    what X needs", "I can offer exactly what X is looking for"), is the need of the one
    written to; not what people at a place need ("what my clients at X need").
    """
    if window[-1:] != ["what"] or not _FIT.intersection(window) or not following:
        return False
    if following[0] in ("is", "are", "was", "'s", "’s"):
        return following[1:2] != [] and following[1] in _SEEKING  # "what X is looking for"
    return following[0] in _NEEDS


def _fit_brought(window: list[str]) -> bool:
    """Return True for the writer's past imagined fitting in at the name ("would fit well at").

    "My experience managing contracts would fit well within X's procurement function", "I
    think my background would slot right into X", "my skills could fit in nicely at X": the
    past is the writer's, but what it would fit is the job imagined at X, not a place it was
    gained. A fit in the past tense ("my experience fitted well at X") may be the writer's
    time there; so may a clause of the writer's own after the fit ("would fit with the team
    I led at X").
    """
    if len(window) < 3 or window[-1] not in _INTO:
        return False
    k = next((k for k in range(len(window) - 2, -1, -1) if window[k] in MODALS), None)
    if k is None:
        return False
    rest = window[k + 1 : -1]  # "would [really] fit [in] [well]"
    fit = next((j for j, w in enumerate(rest[:3]) if w in _FITTING), None)
    return fit is not None and all(w in _FIT_MANNER for w in rest[fit + 1 :])


def _worth_brought(window: list[str]) -> bool:
    """Return True for the writer's worth imagined at the name ("would add real value at X").

    "My placement at Y would add real value at X", "my background would be a real asset to
    X", "I could contribute a great deal at X": whatever past the clause names, the value it
    would bring is to the job imagined at X, not to a place it was gained. Not a worth told
    in the past ("I added value at X for six years"), nor a clause of the writer's own
    before the name ("would add value to the team I led at X").
    """
    if len(window) < 3 or window[-1] not in ("at", "to", "within", "for"):
        return False
    k = next((k for k in range(len(window) - 2, -1, -1) if window[k] in MODALS), None)
    if k is None:
        return False
    rest = window[k + 1 : -1]  # "would [be a real] asset", "could contribute [a great deal]"
    j = next((j for j, w in enumerate(rest[:5]) if w in TO_EMPLOYER), None)
    if j is None or _SUBJECTS.intersection(rest[:j]) or PAST.intersection(rest[:j]):
        return False
    return all(w in _WORTH_MANNER for w in rest[j + 1 :])


def _how_employer_serves(m: _Mention) -> bool:
    """Return True for "how" the employer does its work "for X" ("how Y plans content for X").

    NOTE: "our discussion on how Jade Gate uses Salesforce to plan content for X": beside the
    employer's own name, the doer after "how", the one its work is done "for" is its client,
    as with "how your team rolled it out to X" (``delivered_to``); not a job or an
    application "for X", nor the writer's own doing ("how I could work for X").
    """
    if not m.named_rightly or m.window[-1:] != ["for"] or m.window[-2:-1] == []:
        return False
    if m.window[-2] in _NOT_SERVICE or not m.window[-2].isalpha():
        return False
    doc = m.doc
    how = next((k for k in range(m.start - 2, m.sent.start - 1, -1) if doc[k].lower_ == "how"),
               None)  # fmt: skip
    if how is None or not doc[how + 1].text[:1].isupper() or doc[how + 1].lower_ == "i":
        return False
    between = {t.lower_ for t in doc[how + 1 : m.start]}
    return not (_WRITER & between or _NOT_SERVICE & between or "," in between)


#: The writer, whose own doing "for X" is no client's ("how I could work for X").
_WRITER = frozenset({"i", "me", "my", "we", "our", "us"})
#: Words before "for X" that make X a job's firm or the one written to ("a role for X").
_NOT_SERVICE = frozenset({"work", "working", "apply", "applying", "applied", "role", "roles",
                          "job", "jobs", "position", "positions", "post", "vacancy", "opening",
                          "openings", "hire", "hiring", "interview", "interviews"})  # fmt: skip


def employers_own(m: _Mention) -> bool | None:
    """Read a client, a trading partner or a department of the employer's."""
    window = m.window
    # NOTE: past an article ("Marlowe & Finch's work for the Canal Trust"), as without one
    if work_done_for(window) or work_done_for(m.lead):
        return False  # "the packaging work for Hollis Tea": a client of the employer
    if work_done_for(_before_list(m)):
        return False  # "your study for the A Council and X": a client listed with another
    if _tool_used(m.lead):
        return False  # "the way the team uses X to flag arrears": a tool the employer uses
    if delivered_to(window):
        return False  # "how your team rolled it out to X": a client the employer served
    if _how_employer_serves(m):
        return False  # "how Jade Gate uses Excel to plan content for X": the employer's client
    if sold_through(window):
        return False  # "you sell your milk through X": a trading partner of the employer
    if _partner(m):
        return False  # "the Foundation's partnership with X", "X, your partner": its partner
    if _readers_venture(m):
        return False  # "how you structured the joint venture with X": the reader's partner
    if _supplies_reader(m):
        return False  # "X, who supply both of us": the reader's supplier, another firm
    if _helped_employer(m):
        return False  # "how X has helped Oakridge keep costs down": a third party, the helper
    if own_firms_client(m.doc, m.sent, m.start, window):
        return False  # "At Y, where I work, our biggest job was a launch for X": Y's client
    if _departments_listed(m):
        return False  # "the Risk Engineering and Payments Ops teams": the employer's units
    if _functions_joined(m):
        return False  # "the Learning & Outreach team": one unit named for two functions
    if _listed_with_unit(m):
        return False  # "the Department of Pathology and the Cancer Center": a unit as well
    # NOTE: but a name that owns offices or branches ("roles in Harbour & Hale's Fremantle
    # office") is a firm, not a department (which has teams and units, not offices in towns)
    # ("roles in X's client-facing divisions": past a hyphened word before the noun)
    k = m.end + m.possessive  # past the name's "'s"
    owned = [t.lower_ for t in m.doc[k : min(k + 4, m.sent.end)]]
    offices = m.possessive and bool(OFFICES.intersection(owned))
    if (
        window[-1:] == ["in"]
        and JOB_NOUNS.intersection(window[-3:-1])
        and not offices
        and not job_in_firm(m)
    ):
        return False  # "a post in Critical Care", "roles in Group Finance": a department
    if (
        window[-2:] == ["in", "the"]
        and JOB_NOUNS.intersection(window[-4:-2])
        and _department(m.candidate.text, m.after)
    ):
        return False  # "roles in the Priority Services team": the employer's own department
    return None


def _before_list(m: _Mention) -> list[str]:
    """Return the clause before a list of names the name ends ("for the A, B and X").

    NOTE: "your evaluation for the Ministry of A, B and C and X": a name joined to others
    by "and" or a comma stands in the slot of the list's first name, whose clause the
    window before X stops short of; an empty list when X ends no list.
    """
    doc, k = m.doc, m.start - 1
    if k <= m.sent.start or doc[k].lower_ not in _LIST_JOINS:
        return []
    while k > m.sent.start and (doc[k].text[:1].isupper() or doc[k].lower_ in _IN_A_LIST):
        k -= 1
    first = k + 1
    if doc[first].lower_ in _LIST_JOINS:
        return []  # "... and, X": no name before the joins
    return window_before(m.doc, m.sent.start, first)


#: Words inside a list of names, besides the names ("the Ministry of A, B and C").
_IN_A_LIST = frozenset({"and", "&", ",", "the", "of"})


def _tool_used(lead: list[str]) -> bool:
    """Return True for a name the reader or their team uses ("the way the team uses X").

    NOTE: "the way the team uses X to flag arrears", "how you use X": the reader, or one of
    their teams, using the name makes it a tool or a service bought in (software, a
    supplier), not the organisation written to; not the writer's own use ("I used X").
    """
    if len(lead) < 2 or lead[-1] not in _USES:
        return False
    return lead[-2] == "you" or (lead[-2] in WORK_GROUPS and lead[-3:-2] in (["the"], ["your"]))


#: Verbs of using a tool, in the forms a reader's use takes ("the team uses", "you use").
_USES = frozenset({"use", "uses", "used", "using"})


def job_in_firm(m: _Mention) -> bool:
    """Return True for the job applied for put "in" a firm ("the mechanic job in Kowalski Auto").

    Writers of English as a second language say "a job in" a firm as they would "at" it.
    Only a name shaped as a firm's counts: a word of its own (a surname, a coined word)
    before a word of English ("Kowalski Auto", "Nowak Bakery"), for a department is named
    in English words alone ("a post in Critical Care") and a town in words of its own ("a
    job in Los Angeles"). The job is the one applied for ("the job", "this position", "the
    mechanic job"), not the writer's own ("my job in X", "I had a job in X").
    """
    lead, words = m.lead, m.words
    if m.previous != "in" or len(lead) < 3 or lead[-2] not in JOB_NOUNS:
        return False
    if lead[-3] not in ("the", "this", "your") and lead[-3] not in JOBTITLES:
        return False
    if len(words) < 2 or ordinary(words[0]) or not ordinary(words[-1]):
        return False
    if words[0] in _STREETS_FIRST:
        # NOTE: "the interview in Viale Mazzini": a street named opening on its kind, as the
        # Romance languages write them, is where the interview was held, not a firm
        return False
    return not MINE.intersection(lead) and not own_mention(m.doc, m.candidate)


#: Words of a street that open its name in the Romance languages ("Viale X", "Rue de X").
_STREETS_FIRST = frozenset({"via", "viale", "corso", "piazza", "piazzale", "largo", "rue",
                            "calle", "avenida", "rua", "praça", "paseo", "plaza",
                            "boulevard"})  # fmt: skip


def _departments_listed(m: _Mention) -> bool:
    """Return True for a name among departments listed before "teams" ("the Risk and X teams").

    "the loop with the Fraud Analytics and Payments Ops teams", "the Claims, Audit and Tax
    departments": two names or more joined by "and", "&" or commas before a unit's noun in
    the plural are the employer's units when each is made of English words with a word of
    a function or a line of business ("risk", "payments", "ops"). Not "the Tolworth and
    Harwood teams", nor two firms' names in plain words ("the Summit Capital and Harbour
    Mills teams"): a name with no function's word may be a firm pasted in.
    """
    doc, sent = m.doc, m.sent
    listed = _listed_after(m)
    if listed is None:
        return False
    names, k = [m.candidate.text, *listed[0]], listed[1]
    j = m.start - 1  # the names listed before it ("the Payments Ops and X teams")
    while j > sent.start and doc[j].lower_ in _LIST_JOINS:
        j -= 1 + (doc[j - 1].text == "," and doc[j].lower_ in _LIST_JOINS - {","})
        last = j
        while j >= sent.start and doc[j].text[:1].isupper() and doc[j].is_alpha:
            j -= 1
        if j == last:
            return False
        names.append(doc[j + 1 : last + 1].text)
    if len(names) < 2 or k >= sent.end or doc[k].lower_ not in _GROUPS_PLURAL:
        return False
    return all(_function_named(name) for name in names)


def _listed_after(m: _Mention) -> tuple[list[str], int] | None:
    """Return the names listed after the name ("X and Y", "X, Y & Z") and where the list ends.

    None when a word joining the list is followed by no name.
    """
    doc, sent = m.doc, m.sent
    names = []
    k = m.end
    while k < sent.end and doc[k].lower_ in _LIST_JOINS:
        k += 1 + (k + 1 < sent.end and doc[k].text == "," and doc[k + 1].lower_ in _LIST_JOINS)
        first = k
        while k < sent.end and doc[k].text[:1].isupper() and doc[k].is_alpha:
            k += 1
        if k == first:
            return None
        names.append(doc[first:k].text)
    return names, k


def _sites_listed(m: _Mention) -> bool:
    """Return True for a name, alone or listed, before a site's noun in the plural.

    "donor reporting for the X and Y clinics", "the X offices": the names are the towns
    or quarters the sites stand in, so the work is for the sites, not for a firm so named.
    NOTE: not a name whose own words make it a firm ("the X Health Trust clinics"): no
    town, but the firm whose sites they are.
    """
    listed = _listed_after(m)
    if listed is None or m.possessive or m.candidate.org:
        return False
    k = listed[1]
    return k < m.sent.end and m.doc[k].lower_ in _SITES_PLURAL


def _listed_with_unit(m: _Mention) -> bool:
    """Return True for a name listed beside a unit of the employer ("X and the Department of Y").

    "How the core supports the Department of Pathology and the Cancer Center": the name joined
    by "and", "&" or a comma to a part of the employer (see is_unit) is one of its parts
    too, named for its field. Not a name the tagger reads as an organisation's own.
    """
    if m.candidate.org:
        return False
    doc, sent = m.doc, m.sent
    k = m.start - 1 - (m.before == "the")  # the join before it ("... and the X")
    if k > sent.start and doc[k].lower_ in _LIST_JOINS:
        j = k - 1
        while j >= sent.start and _unit_word(doc[j]):
            j -= 1
        words = _unit_words(doc[j + 1 : k])
        if words and is_unit(words, m.company):
            return True
    k = m.end  # the join after it ("X and the Division of Y")
    if k >= sent.end or doc[k].lower_ not in _LIST_JOINS:
        return False
    k += 1 + (k + 1 < sent.end and doc[k + 1].lower_ == "the")
    j = k
    while j < sent.end and _unit_word(doc[j]):
        j += 1
    words = _unit_words(doc[k:j])
    return bool(words) and is_unit(words, m.company)


def _unit_word(token) -> bool:
    """Return True for a word of a unit's name: capitalised, or the "of" inside it."""
    return token.is_alpha and (token.text[:1].isupper() or token.lower_ in ("of", "for"))


def _unit_words(span) -> list[str]:
    """Return the words of a unit's name in ``span``, without an "of" at either end."""
    words = [t.lower_ for t in span]
    while words[:1] in (["of"], ["for"]):
        words = words[1:]
    while words[-1:] in (["of"], ["for"]):
        words = words[:-1]
    return words


def _functions_joined(m: _Mention) -> bool:
    """Return True for one unit named by functions joined with "&" ("Learning & Outreach team").

    Each part is a function's name in English words ("Sales & Marketing", "Health &
    Safety"), before a unit's noun; not a firm named as a pair ("the Kettle & Crumb team").
    """
    # NOTE: a council calls its units services ("the Parks & Open Spaces service")
    if m.after not in WORK_GROUPS | _SERVICES or "&" not in m.words:
        return False
    parts = " ".join(m.words).split("&")
    return all(_function_named(part) for part in parts)


def _function_named(name: str) -> bool:
    """Return True for a unit's name in English words with a function's ("Payments Ops")."""
    words = words_of(name)
    return (
        bool(words)
        and all(ordinary(w) or w in _FUNCTIONS | PUBLIC_FIELDS for w in words)
        and words[-1] not in LEGAL
        and bool((_FUNCTIONS | PUBLIC_FIELDS).intersection(words))
    )


def met_or_greeted(m: _Mention) -> bool | None:
    """Read "at X" as where people were met elsewhere, or where the people greeted work."""
    if met_elsewhere(m.doc, m.lead, m.end):
        return False  # "I met the guys at X on a course": where they work, met elsewhere
    if _event_name_goes_on(m):
        return False  # "the team at the X and Art Festival": an event both may go to
    if _met_long_ago(m):
        return False  # "when I met the people at X last year": another firm, met before
    after = [t.lower_ for t in m.doc[m.end : min(m.end + 6, m.sent.end)]]
    if _event_met_at(m) or met_there_later(m.lead, after):
        return False  # "I hope our paths cross at X this summer": an event both may go to
    if _put_forward_by(m):
        return False  # "please thank Tom at X for putting me forward": the writer's recruiter
    if _units_team_met(m):
        return False  # "meeting the Maison Orée skincare team": a unit of the employer's
    if _introduced_from(m):
        return False  # "for introducing me to Mark from X": the employer's group or partner
    if _site_team_met(m):
        return False  # "nice to meet the team at Camden": the employer's site in a place
    if _part_team_met(m):
        return False  # "meeting your colleagues ... and the team at the X Library": its part
    if _colleagues_worked_with(m.lead):
        return False  # "I have begun working with colleagues at X": the writer's partners
    if m.previous == "at" and _greeted_people(m.lead, m.sentence) and not m.named_rightly:
        return True  # "my regards to the kitchen at X", "I hope everyone at X ...": its people
    if _all_of_thanked(m) and not m.named_rightly:
        return True  # "thank you to all of X for the time you gave me": as "everyone at X"
    if _invited_from(m) and not (m.named_rightly or m.school):
        return True  # "if anyone from X wants to meet for a coffee": the reader's colleagues
    # NOTE: a university too: its faculty interviewing the writer is no study of theirs there
    if _people_of_met(m) and not (m.named_rightly or own_mention(m.doc, m.candidate)):
        return True  # "the chance to interview with the faculty of X": the people who met me
    return None


def _colleagues_worked_with(lead: list[str]) -> bool:
    """Return True for colleagues "at X" the writer works with ("working with colleagues at X").

    NOTE: "I have begun working with colleagues at X on ...", "I collaborate with colleagues
    at X": the peers of another body the writer's own work is done with, not people greeted
    at the firm written to (a hope later in the sentence is the writer's, no greeting). Only
    work the writer does or did, the verb after its subject, an auxiliary or a verb of
    starting; not work wished for ("I'd love to work with colleagues at X", "I look forward
    to working with colleagues at X"): the job at X, hoped for.
    """
    if lead[-3:] != ["with", "colleagues", "at"] or len(lead) < 5 or lead[-4] not in _WORKING_WITH:
        return False
    k = len(lead) - 5
    while k > 0 and lead[k] in _ADVERBS_OF_WORK:
        k -= 1
    return lead[k] in _DOING


#: Verbs of work done with others ("working with", "collaborate with").
_WORKING_WITH = frozenset({"work", "works", "working", "worked", "collaborate", "collaborates",
                           "collaborating", "collaborated"})  # fmt: skip
#: What stands before a verb of work the writer does or did: its subject, an auxiliary of
#: the present or past, a verb of starting ("I work", "I have been working", "I began working").
_DOING = frozenset({"i", "we", "have", "'ve", "’ve", "has", "had", "am", "'m", "’m", "was",
                    "were", "been", "begun", "began", "started", "start", "starting"})  # fmt: skip
#: Adverbs between the doer and the verb ("I have recently begun", "I now work").
_ADVERBS_OF_WORK = frozenset({"recently", "already", "now", "currently", "also", "closely",
                              "regularly", "often", "since", "just", "even"})  # fmt: skip


def _event_name_goes_on(m: _Mention) -> bool:
    """Return True for a name going on past "and" to an event's word ("X and Art Festival").

    NOTE: "I hope to see the team at the X and Art Festival": the name read stops at "and",
    but its capitals go on to a word of an event (a festival, a fair), so the people are met
    at an event both may go to, not greeted where they work.
    """
    doc, k = m.doc, m.end
    if k >= m.sent.end or doc[k].text not in ("and", "&"):
        return False
    k += 1
    while k < m.sent.end and doc[k].text[:1].isupper():
        k += 1
    return k > m.end + 1 and doc[k - 1].lower_ in EVENTS


def _people_of_met(m: _Mention) -> bool:
    """Return True for the people "of X" the writer was interviewed by or met.

    NOTE: "to interview with the faculty of X", "meeting the staff of X": the people who
    interviewed the writer are the reader's own, so their body is the one written to, as
    "the team at X" met at the interview is (see ``job_before_at``).
    """
    lead = m.lead if m.window[-1:] != ["the"] else m.window
    if m.possessive or len(lead) < 4 or lead[-1] != "of" or lead[-3] != "the":
        return False
    if lead[-2] not in WORK_GROUPS | _ACADEMIC_PEOPLE:
        return False
    before = lead[-4]
    return before in _MET_BY or (before == "with" and bool(_MET_BY.intersection(lead[-6:-4])))


#: Verbs of the writer's meeting a body's people ("interview with", "meet", "speak with").
_MET_BY = frozenset({"interview", "interviewing", "interviewed", "meet", "meeting", "met",
                     "speak", "speaking", "spoke", "talk", "talking"})  # fmt: skip
#: A school's or panel's people named as a body ("the faculty of X", "the panel of X").
_ACADEMIC_PEOPLE = frozenset({"faculty", "panel", "board", "committee"})


def _invited_from(m: _Mention) -> bool:
    """Return True for anyone "from X" the writer offers to meet ("if anyone from X wants to meet").

    An offer to meet whoever of the firm likes, after a rejection, is made to the reader's
    own people; the name they are "from" is the organisation written to, the meeting said
    before it as well ("great to catch up with anyone from X at the fair").
    """
    if m.previous != "from" or m.lead[-2:-1] not in (["anyone"], ["anybody"], ["someone"]):
        return False
    rest = [t.lower_ for t in m.doc[m.end : min(m.end + 6, m.sent.end)]]
    # NOTE: or the meeting said first ("great to catch up with anyone from X who is going"):
    # whoever of the firm comes is offered the same meeting
    return bool(_MEET_UP.intersection(rest) or _MEET_UP.intersection(m.lead[-6:-2]))


#: Verbs of meeting the writer offers ("wants to meet", "fancies a chat", "would like to talk").
_MEET_UP = frozenset({"meet", "chat", "talk", "catch", "coffee"})


def _event_met_at(m: _Mention) -> bool:
    """Return True for a meeting to come "at X" at a time of the year ("cross at X this summer").

    NOTE: "I hope our paths cross at X this summer", "I'd love to catch up at X if you're
    going", "see you at X in June": a meeting at a time of the year or if the reader goes is
    at an event (a festival, a fair) both may attend, not at the firm written to; a meeting
    with no such time ("meet again at X") is left to the other readings.
    """
    lead = m.lead
    if m.previous != "at" or len(lead) < 3:
        return False
    # NOTE: "catch you both at X": the readers counted, the same meeting
    if lead[-2] in ("both", "all") and lead[-3] == "you":
        lead = [*lead[:-2], "at"]
    # NOTE: "catch up" and "see you", never "up" or "you" alone: "if anything comes up at X
    # next year" and "to join you at X next year" are the job's place
    if lead[-2] not in _MEETING_AT and tuple(lead[-3:-1]) not in _MEETING_AT_PAIRS:
        return False
    rest = " ".join(t.lower_ for t in m.doc[m.end : min(m.end + 6, m.sent.end)])
    return EVENT_TIME.match(rest) is not None or _held_at_venue(m)


def _held_at_venue(m: _Mention) -> bool:
    """Return True for a name right before "at" a named place ("X at the ExCeL", "X at Olympia").

    NOTE: a meeting to come "at X at Olympia": the name held at a venue of its own name is a
    show or a fair both may go to, as one at a time of the year is.
    """
    doc, k = m.doc, m.end
    if k + 1 >= m.sent.end or doc[k].lower_ != "at":
        return False
    k += doc[k + 1].lower_ == "the"
    return k + 1 < m.sent.end and doc[k + 1].text[:1].isupper() and doc[k + 1].is_alpha


#: The word or two right before "at X" in a meeting ("paths cross at", "catch up at", "see you at").
_MEETING_AT = frozenset({"cross", "meet", "chat"})
_MEETING_AT_PAIRS = frozenset({("catch", "up"), ("see", "you"), ("catch", "you")})


def _put_forward_by(m: _Mention) -> bool:
    """Return True for someone "at X" thanked for putting the writer forward.

    NOTE: "please thank Tom at X for putting me forward", "Priya at X, who referred me": the
    one who put the writer forward for the job is a recruiter or a referee, and X their
    agency or firm, not the one written to (whose people interviewed).
    """
    return m.previous == "at" and _refers_me(m)


def _met_long_ago(m: _Mention) -> bool:
    """Return True for the people "at X" met at a time long before this application.

    "When I met the people at X last year", "I met the team at X years ago", "back when I
    met the crew at X", "I met the team at X while I was working in Leeds": a meeting placed
    in the writer's past (a year or more ago, or a time of their own) was not the interview,
    so X is another firm whose people the writer knows. Met at no such time ("I enjoyed
    meeting the team at X", "... at X last week") the people at X were the interviewers,
    and X a name pasted in where the employer's should be.
    """
    lead = m.lead
    if m.previous != "at" or len(lead) < 3 or lead[-2] not in PEOPLE_OF_A_PLACE:
        return False
    k = next((k for k in range(len(lead) - 3, max(len(lead) - 6, -1), -1)
              if lead[k] in _MEETING), None)  # fmt: skip
    if k is None or _WISHING.intersection(lead):
        return False  # "I'd love to meet the team at X": a meeting to come
    rest = " ".join(t.lower_ for t in m.doc[m.end : min(m.end + 8, m.sent.end)])
    return bool(_LONG_AGO_AFTER.match(rest) or _LONG_AGO_BEFORE.search(" ".join(lead[:k])))


#: A time long past, right after the name ("X last year", "X in 2019", "X while I was at
#: uni"): no interview of this application's.
_LONG_AGO_AFTER = re.compile(
    r"(?:, )?(?:(?:a |two |three |several |a few |many |some )?years? (?:ago|back|before)"
    r"|last year|the year before|back in|in (?:19|20)\d\d|when i was|while i was"
    r"|during my|before i (?:left|moved|started|joined))\b"
)
#: A time long past, opening the clause of the meeting ("back when I met", "years ago I met").
_LONG_AGO_BEFORE = re.compile(r"\b(?:back when|years ago|last year|in (?:19|20)\d\d)\b")


def _partner(m: _Mention) -> bool:
    """Return True for a partner of the employer's, named as such.

    "the Foundation's partnership with X", "your work with X", "your partner X", "X, one of
    your partners", "X, your main contractor": the reader's or the employer's partnership,
    work or partner is another organisation than the one written to. Not "my work with X",
    nor "a partnership with X" owned by no one.
    """
    lead, company = m.lead, m.company
    if m.previous == "with" and len(lead) > 1 and lead[-2] in _PARTNERING:
        return _employers(lead[-5:-2], company)  # "your long-standing partnership with X"
    partner = len(lead) - 2 if lead[-1:] == ["at"] else len(lead) - 1
    if partner > 0 and lead[partner] in _PARTNERS:
        # "your partner X", "the Trust's partners at X"
        return _employers(lead[max(partner - 3, 0) : partner], company)
    rest = [t.lower_ for t in m.doc[m.end : min(m.end + 7, m.sent.end)]]
    if rest[:1] not in ([","], ["("]):
        return False
    rest = rest[3:] if rest[1:3] == ["one", "of"] else rest[1:]
    k = next((k for k, w in enumerate(rest[:4]) if w in _PARTNERS), None)
    return k is not None and k > 0 and _employers(rest[:k], company)  # "X, your partner"


def _readers_venture(m: _Mention) -> bool:
    """Return True for a name the reader's venture or work is done with.

    "how you structured the joint venture with X", "our discussion about the partnership
    with X", "I hope the spring food drive with X is a success", "how the Institute works
    with the Y field station and X": the reader's or the employer's own partnership, told of
    in the interview or wished well, or the employer's work with others, named last in a list
    after "with". Not a venture of no one's ("a long partnership with X": the writer's hope),
    nor one the writer talks over with X ("discussing the project with X": X is met). The
    employer's talks with a body are its own too, listed after the success wished it ("every
    success with the programme and the talks with X").
    """
    words = [t.lower_ for t in m.doc[m.sent.start : m.start]]
    if words[-1:] == ["the"]:
        words.pop()
    k = _with_at(words)
    if k is None or k < 1:
        return False
    # NOTE: past an adverb of the working ("how the Institute works together with X",
    # "works closely with X"), as right after the verb
    v = k - 2 if k > 1 and words[k - 1] in _JOINTLY else k - 1
    if words[v] in _WORKS_WITH:
        # "how the Institute works with X": the employer (or the reader) doing the work
        # NOTE: or one of its teams ("how the tenancy team works alongside X"): a team told of
        # in the interview is the employer's own
        subject = set(words[max(v - 3, 0) : v])
        return ("you" in subject or bool(subject & (set(words_of(m.company)) - _NOT_OWNERS))
                or bool(subject & WORK_GROUPS) or _name_after_how(m, words, v))  # fmt: skip
    if words[k - 1] not in _PARTNERING | _UNDERTAKINGS | _DEALINGS:
        return False
    # NOTE: "the", or the reader's or the employer's own ("your work with X", "its work with
    # X"), up to three words before the venture; a hyphen's halves are one word ("your
    # capacity-building work with X", "the IMF-supported work with X")
    field = [j for j in range(k - 2, -1, -1) if words[j] != "-"][:3]
    j = next((j for j in field if words[j] in _VENTURE_OWNERS), None)
    if j is None:
        return False  # "a partnership with X": no venture told of or known
    before = words[:j]
    reader = words[j] == "your" or any(
        w == "you" and (i == 0 or before[i - 1] in CLAUSE_OPENERS) for i, w in enumerate(before)
    )
    if m.named_rightly and _employers(before, m.company):
        # NOTE: "impressed by Acme's approach, particularly the partnership with X": the
        # venture told of beside the employer's own name and "'s" is the employer's
        return True
    # NOTE: told of only past "about" ("our discussion about the AFD proposals and the
    # partnership with X"): "discussing the role and the project with X" talks it over with X
    t = next((t for t, w in enumerate(before) if w in TOLD), None)
    # NOTE: or as what plans are for ("hearing about the plans for the estate regeneration
    # with X"): the venture planned is told of as the plans are
    told = (t is not None and bool(ABOUT.intersection(before[t + 1 :]))
            and (before[-1] in ABOUT | _LIST_JOINS or before[-2:] == ["plans", "for"]))  # fmt: skip
    # NOTE: talks hoped for may be the writer's own ("I hope the talks with X lead to a role"):
    # the employer's only when the reader is wished success with them
    hoped = before[-1:] in (["hope"], ["wish"]) and words[k - 1] not in _DEALINGS
    return reader or told or hoped or _wished_with(before)


def _name_after_how(m: _Mention, words: list[str], v: int) -> bool:
    """Return True for one name right between "how" and the verb ("how Metro works with X").

    NOTE: "how TMR works together with X", "how Metro coordinates with X": the one told of
    doing the joint work is the name after "how", the employer by a short name or its
    initials; X, the other side of the work, is its partner, not the one written to.
    """
    if v < 2 or words[v - 2] != "how":
        return False
    name = m.doc[m.sent.start + v - 1].text
    return name[:1].isupper() and name != "I"


def _wished_with(before: list[str]) -> bool:
    """Return True when ``before`` ends in a list of what the reader is wished success with.

    "I wish the whole team every success with the new programme and the talks with X": the
    venture listed after the wish is the employer's, as "I hope the drive with X" is.
    """
    if before[-1:] not in (["and"], [","]):
        return False
    k = next((k for k in range(len(before) - 2, 0, -1) if before[k] == "with"), None)
    return (k is not None and before[k - 1] in _WISHED
            and not _LIST_BREAKS.intersection(before[k + 1 :]))  # fmt: skip


def _with_at(words: list[str]) -> int | None:
    """Return where "with" stands of which the name ending ``words`` is the object.

    Right before the name, or before a list the name ends ("with the Y field station and").
    NOTE: or "alongside", as "with" ("how the team works alongside X").
    """
    if words[-1:] in (["with"], ["alongside"]):
        return len(words) - 1
    if words[-1:] not in (["and"], [","]):
        return None
    k = next((k for k in range(len(words) - 2, max(len(words) - 9, -1), -1)
              if words[k] in ("with", "alongside")), None)  # fmt: skip
    if k is None or _LIST_BREAKS.intersection(words[k + 1 :]):
        return None
    return k


#: Verbs of an organisation's work done with others ("the Institute works with X").
#: NOTE: and of funding a thing with others ("the clinic you co-fund with X": "co", "-",
#: "fund" to the tokenizer), and of coordinating with another ("how the Authority coordinates
#: with X"), the same joint work, told of the employer or the reader.
_WORKS_WITH = frozenset({"works", "worked", "partners", "partnered", "collaborates",
                         "collaborated", "cooperates", "co-operates", "fund", "funds",
                         "funded", "coordinates", "coordinated"})  # fmt: skip
#: Adverbs between such a verb and "with" ("works together with X", "works closely with X").
_JOINTLY = frozenset({"together", "closely"})
#: Words that own a venture told of ("the partnership with X", "your work with X").
_VENTURE_OWNERS = frozenset({"the", "your", "its"})
#: Joint undertakings of the employer's, run with others ("the spring food drive with X").
_UNDERTAKINGS = frozenset({"drive", "drives", "campaign", "campaigns", "appeal", "appeals",
                           "initiative", "initiatives", "scheme", "pilot", "regeneration",
                           "redevelopment"})  # fmt: skip
#: The employer's dealings with another body ("the talks with X"), a venture of its own.
_DEALINGS = frozenset({"discussions", "talks", "negotiations", "dialogue"})
#: What a reader is wished with a venture ("every success with", "good luck with").
_WISHED = frozenset({"success", "luck"})
#: Words that open a clause whose subject "you" may be ("how you structured ...").
CLAUSE_OPENERS = frozenset({"how", "what", "when", "where", "why", "that", "which", "as"})
#: Words of a thing told or talked over in the interview ("our discussion about ...").
TOLD = frozenset({"discussion", "discussions", "discussing", "talk", "talking", "hear",
                   "hearing", "heard", "learn", "learning", "conversation", "chat"})  # fmt: skip
#: Words after which what is told of comes ("about", "of", "on").
ABOUT = frozenset({"about", "of", "on", "around", "regarding"})
#: Words that end a list, so a "with" before them governs no name after them.
_LIST_BREAKS = frozenset({"that", "which", "who", "to", "i", "we", "my", "but", "so", "."})


def _supplies_reader(m: _Mention) -> bool:
    """Return True for a name said to supply the reader ("X, who supply both of us").

    "X, who supply both of us", "X, which supplies your kitchen", "X, who deliver to you":
    a clause after the name making it the reader's supplier says it is another firm.
    Not "X, who supply the whole county" (no word of the reader's).
    """
    rest = [t.lower_ for t in m.doc[m.end : min(m.end + 8, m.sent.end)]]
    if rest[:1] != [","] or rest[1:2] not in (["who"], ["which"], ["that"]):
        return False
    k = 3 if rest[2:3] in (["also"], ["now"], ["still"]) else 2
    if rest[k : k + 1] == [] or rest[k] not in _SUPPLYING:
        return False
    return bool(_READERS.intersection(rest[k + 1 : k + 5]))


def _helped_employer(m: _Mention) -> bool:
    """Return True for a name said to have helped the employer ("X has helped Oakridge").

    NOTE: "how the Vetcare Buying Alliance has helped Oakridge keep drug costs down", "X
    supports you with ...": the one helped, by the employer's own name or "you", is the
    employer, so the helper is another body (a buying group, a partner, an adviser); a name
    pasted in for the employer's is not set apart from it as its helper.
    """
    if m.possessive:
        return False
    rest = m.doc[m.end : min(m.end + 6, m.sent.end)]
    k = 0
    while k < len(rest) and rest[k].lower_ in _HELP_AUX:
        k += 1  # "X has really helped", "X have long supported"
    if k >= len(rest) - 1 or rest[k].lower_ not in _HELPED:
        return False
    helped = rest[k + 1]
    if helped.lower_ in ("you", "your"):
        return True
    own = set(words_of(m.company)) - SECTOR_WORDS - LEGAL - _NOT_OWNERS
    return helped.text[:1].isupper() and helped.lower_ in own


#: Verbs of help given to the employer, after the name ("X has helped Oakridge").
_HELPED = frozenset({"helped", "helps", "supported", "supports", "advised", "advises",
                     "backs", "mentored", "coached"})  # fmt: skip
#: Words between the name and its help ("X has really helped").
_HELP_AUX = frozenset({"has", "have", "had", "also", "really", "always", "long", "greatly",
                       "already", "since", "clearly"})  # fmt: skip


#: Verbs of supplying a business ("who supply", "which delivers to").
_SUPPLYING = frozenset({"supply", "supplies", "supplied", "deliver", "delivers", "delivered",
                        "provide", "provides", "stock", "stocks", "source"})  # fmt: skip
#: The reader, or the reader and the writer, as the ones supplied ("both of us", "your").
_READERS = frozenset({"you", "your", "us", "both"})


def _employers(words: list[str], company: str) -> bool:
    """Return True when ``words`` hold the reader's or the employer's possessive ("your").

    "your", or "'s" after a word of the employer's name ("the Foundation's", "Acme's").
    """
    if "your" in words:
        return True
    own = set(words_of(company)) - _NOT_OWNERS
    return any(w in POSSESSIVE and k > 0 and words[k - 1] in own for k, w in enumerate(words))


def _units_team_met(m: _Mention) -> bool:
    """Return True for a brand's or unit's team met by the writer ("meeting the X skincare team").

    The people the writer met are the employer's; named by a brand or unit and the work they
    do, they are one of its teams, not a firm pasted in ("meeting the X team" may be). Not a
    meeting wished for ("I'd love to meet the X data team"), nor a firm by its legal form or a
    name of the employer's kind.
    """
    lead = m.lead
    if m.possessive or m.before != "the" or m.rival or m.related or m.previous not in _MEETING:
        return False
    if _WISHING.intersection(lead) or m.last in LEGAL or m.last in _WHOLE_FIRMS:
        return False
    work = [w for w in m.following[:2] if attributive(w) and w not in WORK_GROUPS]
    people = m.following[len(work) : len(work) + 1]
    return bool(work) and people != [] and people[0] in WORK_GROUPS


def _introduced_from(m: _Mention) -> bool:
    """Return True for the firm of someone the hiring side introduced the writer to.

    "Thank you for introducing me to Mark from X", "you introduced us to Dr Lee of X", "I met
    Priya from X at the interview": a person the interviewer brought in, or met at the
    interview itself, works on the employer's side (its group, its partner or another of
    its parts), so X is no name pasted in. Not "I met the team at X" (no one named) nor a
    meeting elsewhere or wished for ("I'd love to meet Sam from X").
    """
    doc, k = m.doc, m.start - 1
    if k <= m.sent.start or doc[k].lower_ not in ("from", "of", "at"):
        return False
    first = k
    while first - 1 > m.sent.start and doc[first - 1].text[:1].isupper() and first > k - 3:
        first -= 1
    if first == k or doc[first - 1].lower_ in _ME:
        return False  # no one named before "from"
    if doc[first - 1].lower_ in PERSON_TITLES:
        first -= 1
    before = [t.lower_ for t in doc[max(first - 3, m.sent.start) : first]]
    if before[-1:] == ["to"] and set(before[:-1]) & {"me", "us"}:
        return bool(_INTRODUCING.intersection(before))  # "introducing me to Mark from X"
    if before[-1:] != [] and before[-1] in _MEETING and not _WISHING.intersection(m.lead):
        # "I met Priya from X at the interview": where the meeting was is the employer's
        rest = [t.lower_ for t in doc[m.end : min(m.end + 5, m.sent.end)]]
        return bool(_INTERVIEW_DAY.intersection(rest))
    return False


#: Verbs of bringing the writer to meet someone ("introducing me to", "introduced us to").
_INTRODUCING = frozenset({"introducing", "introduced", "introduce", "introductions"})
#: The writer, after whom a capitalised word is no person's name before "from".
_ME = frozenset({"i", "me", "we", "us"})
#: Steps of the hiring process where people were met ("at the interview").
_INTERVIEW_DAY = frozenset({"interview", "interviews", "assessment", "panel", "trial",
                            "tasting", "visit", "tour"})  # fmt: skip


def _site_team_met(m: _Mention) -> bool:
    """Return True for a team met at a place of one plain word ("I met the team at Camden").

    The people the writer met at an interview or a trial are the employer's, so where they
    were is one of its sites, named by its place; not a firm's name pasted in: a name of
    more words, of a firm's shape, coined ("the team at BrightPath") or in capitals, a kin
    or a rival of the employer's, nor a meeting wished for ("I'd love to meet the team at X").
    """
    lead, text = m.lead, m.candidate.text
    if m.previous != "at" or len(lead) < 3 or lead[-2] not in PEOPLE_OF_A_PLACE:
        return False
    met = _MEETING.intersection(lead[-5:-2]) or _session_with(m)
    if not met or _WISHING.intersection(lead):
        return False
    if _OWNERS.intersection(lead[-4:-2]):
        return False  # "my old crew at X": the writer's own
    one_word = m.end - m.start == 1 and text.isalpha() and text[1:].islower()
    return (
        one_word
        and not (m.firm_like or m.related or m.rival or m.possessive or m.named_rightly)
        and not firm_shaped(text, m.candidate.org)
    )


def _part_team_met(m: _Mention) -> bool:
    """Return True for a team met "at the" X Library beside the reader's own colleagues.

    NOTE: "I enjoyed meeting your colleagues from the Tromsø site and the team at the Bergen
    Design Library": the people met are listed as the reader's, and the place named with
    "the" and a part of a building's word ("Library", "Studio", "Archive") is one of its
    departments. Not "meeting you and the team at X" (a name pasted in stands bare), nor a
    place of the employer's own kind ("the X Library" to a library: a rival), nor a wish.
    """
    lead = [t.lower_ for t in m.doc[m.sent.start : m.start]]
    if lead[-5:] != ["and", "the", "team", "at", "the"] or m.last not in _PARTS:
        return False
    if m.last in words_of(m.company) or m.related or m.rival or _WISHING.intersection(lead):
        return False
    # the reader's people named first in the same list ("meeting your colleagues from ... and")
    mine = [
        k
        for k, w in enumerate(lead[:-5])
        if w == "your" and lead[k + 1 : k + 2] and lead[k + 1] in PEOPLE_OF_A_PLACE
    ]
    return bool(mine) and bool(_MEETING.intersection(lead[: mine[0]]))


#: Parts of a building or an institution, last in a name after "at the" ("the X Library").
_PARTS = frozenset({"library", "archive", "archives", "studio", "wing", "gallery", "lab",
                    "laboratory", "workshop"})  # fmt: skip


def _session_with(m: _Mention) -> bool:
    """Return True for a session held with the people before "at" ("a session with the U20 team").

    A trial session or a workshop run with the employer's people, as the hiring process
    has the writer do, meets them where they work, as "I met the team at" does; not one
    wished for ("I'd love to run another session with the team at X").
    """
    lead = m.lead
    k = next((k for k in range(len(lead) - 3, max(len(lead) - 6, 0), -1) if lead[k] == "with"), 0)
    wished = _WISHING.intersection(t.lower_ for t in m.doc[m.sent.start : m.start])
    return k > 0 and lead[k - 1] in _SESSIONS and not wished


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
    if len(window) < 2 or window[-2] not in PEOPLE_OF_A_PLACE or _OWNERS & set(window[-5:-2]):
        return False
    return bool(_GREETS.intersection(sentence))


def _all_of_thanked(m: _Mention) -> bool:
    """Return True for "to all of X" sent thanks, a greeting or a wish ("thank you to all of X").

    NOTE: "all of X" are X's people, as "everyone at X" are (``_greeted_people``); only after
    "to" and with no possessive after the name: "thanks for all of Priya's help" thanks a
    person's help, not a firm's people.
    """
    lead = m.lead
    if m.possessive or lead[-3:] != ["to", "all", "of"]:
        return False
    # NOTE: "thank you to all of X" thanks X's people; "my regards to all of my old team" has
    # an owner of its own, but never before the name (which would be "of my X")
    return bool(_GREETS.intersection(m.sentence))


#: Verbs of time spent with the writer ("you spent with me at", "you sat with us at").
_TIME_WITH = frozenset({"spent", "spend", "spending", "sat", "met", "meeting", "talked",
                        "spoke", "chatted"})  # fmt: skip
#: Who spent the time: the reader or the writer ("you and the panel spent", "I spent").
_DOERS = frozenset({"i", "we", "you", "they", "he", "she"})
#: Words of the writer's fit with a need ("fits well with what", "exactly what").
_FIT = frozenset({"fit", "fits", "fitted", "match", "matches", "matched", "suit", "suits",
                  "suited", "meet", "meets", "align", "aligns", "aligned", "exactly",
                  "offer", "bring", "deliver", "provide"})  # fmt: skip
#: Verbs of the writer's past fitting a place ("would fit well within X", "slot into X").
_FITTING = frozenset({"fit", "slot", "suit", "transfer", "translate", "carry", "belong"})
#: Words between such a verb and the place it fits ("fit right in at", "slot nicely into").
_FIT_MANNER = frozenset({"in", "right", "well", "nicely", "neatly", "naturally", "perfectly",
                         "straight", "over", "very", "really", "quite", "seamlessly",
                         "easily", "comfortably"})  # fmt: skip
#: Words after the worth brought and before the place ("contribute a great deal at X").
_WORTH_MANNER = frozenset({"a", "great", "deal", "lot", "much", "greatly", "immediately",
                           "quickly", "meaningfully", "significantly", "positively", "right",
                           "away", "from", "day", "one"})  # fmt: skip
#: Subjects of a clause of its own inside the worth ("would add value to what I built at").
_SUBJECTS = frozenset({"i", "we", "you", "they", "he", "she", "it"})
#: Prepositions of the place fitted ("within X", "into X's team", "at X").
_INTO = frozenset({"within", "into", "at", "in", "with", "to"})
#: A firm's needing, after its name ("what X needs", "what X wants").
_NEEDS = frozenset({"needs", "need", "needed", "wants", "wanted", "requires", "required",
                    "seeks", "sought", "expects", "expected"})  # fmt: skip
#: A firm's seeking, after its name and "is" ("what X is looking for", "is after").
_SEEKING = frozenset({"looking", "after", "seeking", "needing", "wanting"})
#: Owners of the people greeted that make "at X" no firm written to ("my crew", "your kitchen").
_OWNERS = frozenset({"my", "our", "your"})
#: Words of a greeting, thanks or a wish sent to people ("regards to", "say hi", "I hope").
_GREETS = frozenset({"regards", "hi", "hello", "thanks", "thank", "hope", "wish", "wishes",
                     "luck", "greetings", "love", "best"})  # fmt: skip
#: Nouns of a partnership or of work done with another ("your partnership with X").
_PARTNERING = frozenset({"partnership", "partnerships", "collaboration", "collaborations",
                         "alliance", "alliances", "relationship", "relationships", "ties",
                         "links", "work", "project", "projects", "programme", "programmes",
                         "program", "programs", "venture", "ventures", "contract", "contracts",
                         "agreement", "agreements", "deal", "deals", "merger"})  # fmt: skip
#: Nouns of a partner organisation ("your partner X", "X, one of your partners").
#: NOTE: and those it builds or buys with ("X, your main contractor"): another firm, named
#: as the employer's own relation, as a partner is
_PARTNERS = frozenset({"partner", "partners", "contractor", "contractors", "subcontractor",
                       "subcontractors", "supplier", "suppliers"})  # fmt: skip
#: Words of the employer's name that are no owner of a partnership ("the", "&").
_NOT_OWNERS = frozenset({"the", "&", "of", "and"})
#: Words that join the names of a list of units ("A and B teams", "A, B & C departments").
_LIST_JOINS = frozenset({"and", "&", ","})
#: Sites' nouns in the plural, after the names of the towns they stand in ("the A and B
#: clinics"), derived from the singular site words.
_SITES_PLURAL = OFFICES | HOSPITALS | frozenset(w + "s" for w in OWN_SITES | FACILITIES)
#: Nouns of a firm's units in the plural, after a list of their names ("the A and B teams").
_GROUPS_PLURAL = frozenset({"teams", "departments", "divisions", "units", "desks", "groups",
                           "functions"})  # fmt: skip
#: Words of a function or a line of business that make a name in English words a unit's
#: ("Risk Engineering", "Payments Ops"), besides those that open one (FUNCTION_WORDS).
_FUNCTIONS = FUNCTION_WORDS | SECTOR_WORDS | frozenset({
    "engineering", "ops", "operations", "analytics", "strategy", "planning", "support",
    "treasury", "audit", "tax", "claims", "underwriting", "platform", "platforms",
    "infrastructure", "payroll", "communications", "comms", "partnerships", "fundraising",
    "events", "administration", "services", "service", "talent", "fraud", "credit",
    "accounts", "billing", "logistics", "supply", "delivery", "growth", "content",
    # a museum's or a charity's public work ("Learning & Outreach", "Visitor Engagement")
    "learning", "outreach", "engagement", "education", "interpretation",
    # a council's public work, besides what names a public body ("Open Spaces", "Housing")
    "spaces", "housing", "waste", "highways",
    # a law firm's or a legal team's practice groups ("Regulatory & Compliance", "Disputes &
    # Investigations")
    "regulatory", "governance", "litigation", "disputes", "investigations", "restructuring",
    "insolvency", "competition", "arbitration",
})  # fmt: skip
#: What a council calls its units ("the Parks & Open Spaces service").
_SERVICES = frozenset({"service", "services"})
#: Verbs of meeting people ("meeting the X skincare team", "the chance to meet the").
_MEETING = frozenset({"meet", "met", "meeting", "meets"})
#: A stretch of work done with people during the hiring process ("a session with the team").
_SESSIONS = frozenset({"session", "sessions", "workshop", "workshops", "trial"})
#: Words of a meeting wished for, not had ("I'd love to meet", "I hope to meet").
_WISHING = frozenset({"would", "'d", "’d", "hope", "hoping", "wish", "forward", "will", "'ll",
                      "’ll", "could", "might", "someday"})  # fmt: skip
#: Last words that make a name a whole firm, no brand of a group ("X Holdings").
_WHOLE_FIRMS = frozenset({"group", "holdings", "corporation", "company", "groupe", "grupo",
                          "gruppo"})  # fmt: skip
