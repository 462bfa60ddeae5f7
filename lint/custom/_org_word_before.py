"""The verb or preposition right before a name: "join X", "a crew like X", "work for X".

Steps of ``_org_reading.addressed``: the word before the name, past an article, that makes
it the organisation joined (or hoped "to be part of"), admired, followed or heard from,
or the employer's own partner in a merger (``word_before``); a verb of working for or
applying to before "for", "by" or "to", an application or the writer's CV ("my
application to X"), or the work for X that would have been ("Scouting for X would have
been a privilege", ``work_for``).
Each returns True or False when it settles the reading, or None to leave it to the next.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from replylint.custom._clauses import attributive
from replylint.custom._employer_slots import JOIN, own_mention
from replylint.custom._hopes import hoped_i_can_be_part, imagined, part_as_goal, to_be_part
from replylint.custom._org_cues import (
    ABOUT_EMPLOYER,
    ADMIRERS,
    ADMIRING_ABROAD,
    FROM_EMPLOYER,
    JOB_CUES,
    LIKE_EMPLOYER,
    MINE,
    MODALS,
    OF_ABROAD,
    OWN_CUES,
    OWNERS,
    PAST,
    REGRETS,
    TO_EMPLOYER,
    TRAITS,
    WITH_EMPLOYER,
    WORK_FOR,
    WORKS_ABROAD,
)
from replylint.custom._org_names import initialism
from replylint.custom._org_parts import EVENTS, JOB_NOUNS, TEAMS, careers_page
from replylint.custom._own_deeds import applications_made
from replylint.custom._vocabulary import ordinary
from spacy.lang.en.stop_words import STOP_WORDS

if TYPE_CHECKING:
    from replylint.custom._org_reading import _Mention


def word_before(m: _Mention) -> bool | None:
    """Read the verb or preposition right before the name ("join X", "a crew like X")."""
    previous, window = m.previous, m.lead
    if previous in JOIN and len(window) > 1 and window[-2] in _IS:
        return False  # "Sakura Dental is joining X": the employer's own merger, not the writer's
    if previous in JOIN:
        return True
    if previous == "of" and _on_behalf(window) and not m.possessive and not m.named_rightly:
        # "thanks for calling on behalf of X": the firm the reader called or wrote for is
        # the one written to (not "I called on behalf of X", the writer's own act)
        return True
    if previous == "of" and to_be_part(window) and not m.possessive and not m.named_rightly:
        return True  # "I still hope to be part of X one day": joining it, as "join X" is
    if (
        previous == "of"
        and not m.possessive
        and not m.named_rightly
        and hoped_i_can_be_part([t.lower_ for t in m.doc[m.sent.start : m.start]])
    ):
        return True  # "I hope that one day I can be part of X": the same wish
    if previous == "of" and _joins_team_of(window) and not m.possessive and not m.named_rightly:
        return True  # "keen to join the nursing team of X": joining X, as "join X" is
    if previous in _GAVE and window[-2:-1] == ["i"] and not m.possessive and _stages_given(m):
        return True  # "I gave X three rounds and a case study": the hiring the writer sat
    if previous == "of" and not m.possessive and not m.named_rightly:
        after = [t.lower_ for t in m.doc[m.end : min(m.end + 5, m.sent.end)]]
        if part_as_goal(window, after):
            return True  # "being part of X is still a goal of mine": joining it, hoped for
    if previous == "of" and window[-2:-1] and window[-2] in _FIELD_NOUNS and not m.possessive:
        # NOTE: "to teach the subjects of Geotechnical Engineering", "the field of X": a
        # field of study or work, no body of any kind
        return False
    if previous == "with" and m.after in TEAMS and _at_event_with(window):
        # NOTE: "I will be at the X Expo with the Y team": the team the writer goes to an
        # event with is the writer's own, not the employer that has just turned them down
        return False
    if previous in _BY_BODY and len(window) > 1 and window[-2] in _STANDING:
        # "someone already registered with the Nursing Council", "licensed by the Board":
        # a body that registers or licenses people, not the one written to
        return False
    if previous == "like" and len(window) > 1 and window[-2] in LIKE_EMPLOYER:
        return True  # "a crew like Corvane", "a family like yours at Initech"
    if previous == "from" and FROM_EMPLOYER.intersection(window[-4:-1]):
        return True  # "I expected better from Datavance"
    if previous == "with" and len(window) > 1 and window[-2] in WITH_EMPLOYER:
        # "grow with Loomwise", "a career with Marrowby"; not a project worked on ("pulling
        # conduit on the warehouse job with X's crew"): work done beside X, no post with X
        return not _job_worked_on(window)
    if previous == "with" and window[-3:-1] in _EMPLOYMENT_AHEAD:
        # "in hope of future employment with X": the job still hoped for (not "during my
        # employment with X", the writer's own past)
        return True
    if previous == "in" and window[-2:-1] == ["interested"] and _kept_in_mind(m):
        return True  # "I remain interested in X and would welcome being considered": X's jobs
    if _interest_in_doings(window) and not attributive(m.after) and _kept_in_mind(m, asked=True):
        # NOTE: "I'm still interested in working with X and would be grateful to be
        # considered", "excited about the growth of X and would love to be considered": the
        # same interest, in X's work or its doings, as often worded by writers of another
        # first language; only now ("I was excited about ..." is a past), with the ask
        return True
    if previous == "about" and len(window) > 1 and window[-2] in ABOUT_EMPLOYER:
        return True  # "still enthusiastic about Achmea", "excited about Elisa's roadmap"
    if previous in ("about", "on") and _news_about(window, previous) and not m.named_rightly:
        # "thanks for letting me know about X", "the update on X": the news of the application
        # to X; but not "the news about X's merger", a firm's own news
        # NOTE: unless what X owns is a job ("the update about X's Data Analyst role"): the
        # news is of the post applied for, so X is the one written to
        return not m.possessive or bool(JOB_NOUNS.intersection(m.following) - _NOT_POSTS)
    if previous == "of" and len(window) > 1 and window[-2] in TRAITS:
        return m.cued and not m.named_rightly  # "I believe in the mission of Hope Bridge Kenya"
    if previous in ("to", "at") and len(window) > 1 and window[-2] in TO_EMPLOYER:
        # "would be an asset to The Coastal Tribune", "an asset at Delaire"; but "I added
        # value at X for six years" is the writer's worth shown there, in the past
        return None if _worth_shown(window[-5:-2]) else True
    if previous == "of" and len(window) > 1 and window[-2] in ADMIRERS:
        # "a huge admirer of Glowrise, and future roles"; or the writer signing off as one
        # ("Warm regards from a big fan of X,"): the sign-off is sent to the reader's firm
        # NOTE: a firm by its shape or its initials, not a place or a thing ("a fan of London")
        firm = m.trade_like or (initialism(m.candidate.text) and m.window[-1:] != ["the"])
        cued = m.cued or (firm and _signed_off_from(window[:-2]))
        return cued and not m.named_rightly
    if previous in _FOLLOWED and m.possessive and _WATCHDOG_ACTS.intersection(m.following[:3]):
        # NOTE: "I've been following the X's market inquiry": what is followed is an inquiry
        # or a ruling a watchdog makes of others' trade, X a regulator, not the firm written to
        return False
    if previous in _FOLLOWED and len(window) > 1 and window[-2] in _FOLLOWERS:
        # "I've followed X on Instagram for years, and your work lived up to it": the firm
        # the writer has long followed, beside the reader's work, is the reader's
        return m.cued and not m.named_rightly
    if (
        (m.firm_like or m.possessive or careers_page(m.following) or _reader_work_after(m))
        and _will_follow(window[-6:])
        and not m.school
        and not m.named_rightly
    ):
        # "I will keep following the news of X": the firm a turned-down writer means to
        # keep up with is the one written to (not "I followed a course by X", a past); its
        # careers page watched too ("an eye on the X careers page"), whatever X's shape
        return True
    if previous in ("with", "at") and _not_worked_out(window) and not m.named_rightly:
        # "I'm sorry it didn't work out with X this time": the firm that turned the writer
        # down (not "it didn't work out with X, my last employer, so I left")
        return _regretted(m) or None
    if previous in OF_ABROAD and len(window) > 1 and window[-2] in WORKS_ABROAD:
        # "Die Arbeit von X hat mich beeindruckt", "le travail de X m'impressionne": the
        # work admired is the employer's
        admiring = {w[2:] if w[1:2] in ("'", "’") else w for w in m.sentence}
        return bool(ADMIRING_ABROAD & admiring) and not m.named_rightly
    return None


def _joins_team_of(window: list[str]) -> bool:
    """Return True for "join the X team of" before the name: joining the name's own people.

    NOTE: a team of the name's, its field in a word or two ("to join the emergency team of
    X"), joined as the writer wishes, is X joined; not another's move ("she is joining").
    """
    if len(window) < 4 or window[-2] not in TEAMS:
        return False
    for k in range(len(window) - 3, max(len(window) - 6, -1), -1):
        if window[k] in JOIN:
            between = window[k + 1 : -2]
            opened = between[:1] in (["the"], ["a"], ["an"])
            return opened and len(between) <= 3 and (window[k - 1] if k else "") not in _IS
    return False


def _interest_in_doings(lead: list[str]) -> bool:
    """Return True for the writer's interest in working with the name, or in its doings.

    "interested in working with X", "excited about the growth of X" (as "excited about X's
    growth" says): the interest is in X, told through its work or what it does.
    """
    if PAST.intersection(lead):
        return False  # "I was excited about the growth of X": a past interest, told
    if lead[-1:] in (["with"], ["for"], ["at"]) and lead[-4:-1] in _WORKING_IN:
        return True
    return (
        lead[-1:] == ["of"]
        and lead[-3:-2] == ["the"]
        and lead[-4:-3] in (["about"], ["in"])
        and lead[-5:-4] != []
        and lead[-5] in _INTERESTED
    )


#: The writer's interest in working at a firm ("interested in working with X").
_WORKING_IN = (["interested", "in", "working"], ["interested", "in", "work"])
#: Words of the writer's interest before "about" or "in" ("excited about the growth of X").
_INTERESTED = frozenset({"interested", "excited", "enthusiastic", "passionate", "keen"})


def _kept_in_mind(m: _Mention, asked: bool = False) -> bool:
    """Return True for a name the writer is interested in, asking to be considered there.

    NOTE: "I remain very interested in X and would welcome being considered for future
    opportunities": the interest kept beside a wish to be considered is in the firm whose
    openings are meant, the one written to; a field of plain words ("interested in Data
    Science") is a topic, and the writer's own past or the employer named rightly is not.
    """
    plain = all(ordinary(w) for w in m.words) and not m.candidate.org
    if m.possessive or m.named_rightly or m.school or plain:
        return False
    rest = [t.lower_ for t in m.doc[m.end : m.sent.end]]
    # NOTE: ``asked``: the ask to be considered itself, not only a word of the future
    cues = _ASKED if asked else _CONSIDERED
    return bool(cues.intersection(rest)) and not own_mention(m.doc, m.candidate)


#: Words of asking to be kept in mind for the firm's jobs ("considered for future roles").
_CONSIDERED = frozenset({"considered", "consider", "future"})
_ASKED = _CONSIDERED - {"future"}


def _at_event_with(window: list[str]) -> bool:
    """Return True for the writer to be at an event, then "with" ("I will be at X Show with")."""
    if "at" not in window:
        return False
    k = len(window) - 1 - window[::-1].index("at")
    event = window[k + 1 : -1]
    # "I will be at", "I'll be at": the writer, then "be" right before "at"
    writer_there = window[k - 1 : k] == ["be"] and "i" in window[max(k - 4, 0) : k]
    return writer_there and bool(EVENTS.intersection(event)) and len(event) <= 6


def _on_behalf(window: list[str]) -> bool:
    """Return True for the reader's call or message "on behalf of" a name.

    NOTE: the reader's act, thanked for ("thanks for calling on behalf of") or told of the
    reader ("you rang on behalf of"); the writer's own ("I wrote on behalf of my club")
    names a body of the writer's.
    """
    lead = window[:-3]
    if lead[-1:] == ["out"]:
        lead = lead[:-1]  # "for reaching out on behalf of X"
    if window[-3:-1] != ["on", "behalf"] or len(lead) < 2:
        return False
    return lead[-1] in _CONTACTS and lead[-2] in ("for", "you")


def _worth_shown(words: list[str]) -> bool:
    """Return True for a worth told in the past before "value" ("I added value at X").

    A past verb ("added", "contributed", "was") with no modal ("would have added") tells
    what the writer brought to a place already: the writer's own past, not the job.
    """
    return bool(_SHOWN.intersection(words)) and not _IMAGINING.intersection(words)


def _reader_work_after(m: _Mention) -> bool:
    """Return True when the name is followed to see the reader's own ("to see your work").

    NOTE: "I will follow X on Instagram to see your work": what the following shows is the
    reader's, so X is the reader's firm, whatever its shape; in the same clause only ("I
    will follow X, as your stylist suggested" follows someone the reader named).
    """
    after = []
    for token in m.doc[m.end : m.sent.end]:
        if token.lower_ in (",", ";", ":"):
            break
        after.append(token.lower_)
    return any(word in _SEEING and "your" in after[i + 1 : i + 3] for i, word in enumerate(after))


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


def _not_worked_out(window: list[str]) -> bool:
    """Return True for "didn't work out with", "did not work out at": a hope not come true."""
    return window[-3:-1] in (["work", "out"], ["worked", "out"]) and bool(
        _NOT.intersection(window[-6:-3])
    )


def _regretted(m: _Mention) -> bool:
    """Return True for a regret of the outcome ("I'm sorry it didn't work out with X").

    The regret ("sorry", "a pity") or "this time" makes it the application just turned down;
    words of the writer's own past or firm after the name ("X, my last employer", "X, where
    I worked") make it their own.
    """
    after = [t.lower_ for t in m.doc[m.end : min(m.end + 5, m.sent.end)]]
    if MINE.intersection(after) or OWN_CUES.intersection(
        after[1:] if after[:1] == ["this"] else after
    ):
        return False
    return bool(_SORRY.intersection(m.sentence)) or after[:2] == ["this", "time"]


def _news_about(window: list[str], previous: str) -> bool:
    """Return True for the news of the decision before "about" or "on" ("letting me know about").

    "Letting me know", "getting back to me", "the update": what the reader told the writer
    about is the application turned down; not "I know about X", the writer's own knowledge.
    NOTE: nor "I'm back on X in June", "I'll be back on X": "back" after a form of "be" is
    the writer returning to a place (an island, a site), no news given back.
    """
    if window[-2:-1] == ["back"] and window[-3:-2] in _BE_BACK:
        return False
    return (
        (previous == "about" and window[-3:-1] in (["me", "know"], ["us", "know"]))
        or window[-4:-1] in (["back", "to", "me"], ["back", "to", "us"])
        or window[-2:-1] in (["back"], ["news"], ["update"], ["decision"], ["outcome"])
    )


#: Forms of "be" before "back" that make it a return to a place ("I'm back on", "be back on").
_BE_BACK = (["'m"], ["’m"], ["am"], ["be"], ["was"], ["'ll"], ["’ll"], ["are"], ["'re"])


def work_for(m: _Mention) -> bool | None:
    """Read "work for X", "apply to X", "my application to X": working for or applying to it."""
    previous, window = m.previous, m.lead
    if previous == "for" and _pieces_turned_down(m):
        return True  # "three rounds of sketches for X, and you've gone another way": the reader
    before = window[-2] if len(window) > 1 else ""
    if (previous in ("for", "by") and before in WORK_FOR) or (previous, before) == ("to", "apply"):
        return True  # "work for Telvanta", "apply to"
    # NOTE: "for" after the papers only: "my application for X" names the job applied for
    if previous == "to" and before in ("application", "applications") and _named_filing(m):
        return None  # "the DiGA application to X": a filing of a product's, not the writer's
    if applications_made(window):
        return False  # "I've written applications to X": bids the writer made for others
    if (previous == "to" and before in _APPLICATIONS) or (previous == "for" and before in _CVS):
        # "re my application to X", "my CV for X", "applying to X": the one applied to,
        # unless one besides it ("I've also applied to X", "applied to X too")
        return not ("also" in window[-6:] or m.following[:1] in (["too"], ["as"])) or None
    if previous == "for" and _work_imagined(m):
        return True  # "Scouting for X would have been a privilege": the job that did not come
    if (
        previous == "for"
        and _judged_fit(window, m.sentence)
        and not (m.named_rightly or _kind_named(m))
    ):
        return True  # "you decided I am not good enough for X": the one that judged the writer
    return False if previous in ("for", "by") else None


def _job_worked_on(window: list[str]) -> bool:
    """Return True for "on the (thing) job" right before "with": a project, not a post.

    NOTE: a trade's "job" is also the project on a site ("on the warehouse job", "on that
    job"): one works on a project and has a post with a firm, so "on" and a determiner,
    then up to two words and "job", tell the project.
    """
    if window[-2:-1] not in (["job"], ["jobs"]):
        return False
    before = window[-6:-2]
    return any(w == "on" and before[k + 1] in _THAT_JOB for k, w in enumerate(before[:-1]))


#: The determiners of a project one works on ("on the job", "on that job").
_THAT_JOB = frozenset({"the", "that", "this", "a", "our", "your", "their"})


def _named_filing(m: _Mention) -> bool:
    """Return True for an application named by a proper name before it ("the DiGA application").

    NOTE: "how the DiGA application to X was put together", "the FDA application to X": an
    application qualified by a name is a filing of a product's or a body's (a regulator's
    approval), the work the reader told of, not the writer's own for the job ("my
    application to X", "the application to X").
    """
    k = m.start - 1 - (len(m.window) - len(m.lead)) - 2  # the word before "application to"
    if k <= m.sent.start:
        return False
    word = m.doc[k]
    # NOTE: after "the" only, and no word of the job or a plain word in a title's capitals
    # ("My Job Application to X" is the writer's own)
    return (
        m.doc[k - 1].lower_ == "the"
        and word.is_alpha
        and word.text[:1].isupper()
        and word.lower_ not in STOP_WORDS
        and word.lower_ not in JOB_CUES
    )


def _judged_fit(window: list[str], sentence: set[str] = frozenset()) -> bool:
    """Return True for the writer judged fit for the name, now ("I am good enough for").

    "You have decided I am not good enough for X", "my profile is the right one for X": the
    writer (or their profile) weighed as fit or not for X is weighed for the job at X, the
    one written to. NOTE: in the present only ("am", "is"): "I wasn't good enough for X
    last year" may be another application of the writer's past.
    """
    if len(window) < 4 or not _NOW.intersection(window):
        return False
    # NOTE: "I taught eight years, and still it is not enough for X": the writer's record,
    # told before in the sentence, judged short of what X wants, now
    if window[-3:-1] == ["not", "enough"] and _WRITER.intersection(sentence):
        return True
    if not _WRITER.intersection(window):
        return False
    return window[-3:-1] == ["good", "enough"] or (
        window[-4] in ("the", "a") and window[-3] in _RIGHT and window[-2] in _FITS
    )


def _kind_named(m: _Mention) -> bool:
    """Return True for a name before a word in lower case ("for UK companies", "X startups").

    NOTE: the name then says what kind of firms or things are meant, no one firm.
    """
    after = m.doc[m.end] if m.end < len(m.doc) else None
    # NOTE: so does a name joined by a hyphen to such a word ("the X-style accounts", "X-led
    # projects"): it says what kind of thing follows
    if after is not None and after.text == "-" and m.end + 1 < len(m.doc):
        after = m.doc[m.end + 1]
    return after is not None and after.is_alpha and after.is_lower


#: The writer or their papers, judged fit for a firm ("I am", "my profile is").
_WRITER = frozenset({"i", "my", "i'm", "i’m"})
#: Present forms of "be" that make the judgement one of now ("I am", "it is", "'m").
_NOW = frozenset({"am", "is", "'m", "’m", "i'm", "i’m"})
#: Words of being right for a job ("the right one", "a perfect fit").
#: NOTE: and "the better fit": the writer weighed against the one chosen, for the same job
_RIGHT = frozenset({"right", "perfect", "ideal", "best", "better", "good", "great"})
#: What the writer is judged as ("the right one", "the right fit", "the right person").
_FITS = frozenset({"one", "fit", "match", "person", "candidate"})


def _work_imagined(m: _Mention) -> bool:
    """Return True for the work done for X as what would have been ("Writing for X would ...").

    A sentence opening on the work ("Scouting for X", "To coach for X") and going on to what
    it would have been ("would have been a privilege") imagines the job just turned down.
    Not the writer's own work for a client ("Designing for X taught me a lot"): no "would
    have".
    """
    lead = m.lead
    work = lead[1:-1] if lead[:1] == ["to"] else lead[:-1]
    opens = len(work) == 1 and (work[0].endswith("ing") or lead[:1] == ["to"])
    return opens and imagined(m.sent) and not m.named_rightly


def _pieces_turned_down(m: _Mention) -> bool:
    """Return True for pieces of work made for X that the reader turned down in one sentence.

    "Three rounds of sketches for X, and the answer is that you've gone in a different
    direction", "the drafts for X, which you then decided against": the work the reader
    turned down was made for the reader, so X is the one written to. Not pieces owned by
    anyone ("my sketches for X", "sketches for my client X" has its owner after "for"), nor
    a task the employer set for its client ("the test brief for X you sent").
    """
    window = m.lead
    if m.named_rightly or m.site or m.possessive:
        return False  # "sketches for Acme's X range": the employer's own line
    if len(window) < 2 or window[-2] not in _PIECES or OWNERS.intersection(window[-5:-2]):
        return False
    rest = [t.lower_ for t in m.doc[m.end : m.sent.end]]
    return any(
        w == "you" and _TURNED_DOWN.intersection(rest[k + 1 : k + 4]) for k, w in enumerate(rest)
    )


#: Job nouns that may as well be a firm's own dealings ("X's contract with the council").
_NOT_POSTS = frozenset({"or", "contract", "shift"})
#: The writer's papers sent with an application, before "for" the one applied to ("my CV
#: for X").
_CVS = frozenset({"cv", "cvs", "résumé", "resume"})
#: An application or its papers, before "to" the one applied to ("my application to X").
_APPLICATIONS = _CVS | frozenset({"apply", "applying", "applied", "application", "applications",
                                  "candidacy"})  # fmt: skip
#: Pieces of work made and sent for approval ("sketches for X", "the drafts for X").
_PIECES = frozenset({"sketches", "drafts", "designs", "mockups", "mock-ups", "concepts",
                     "illustrations", "roughs", "layouts", "storyboards", "artwork",
                     "samples", "pitches", "proposals", "quotes", "revisions"})  # fmt: skip
#: The reader's turning the work down ("you've gone", "you decided", "you passed").
_TURNED_DOWN = frozenset({"gone", "went", "go", "going", "decided", "chose", "chosen",
                          "passed", "rejected", "declined", "turned", "dropped", "scrapped",
                          "binned", "shelved"})  # fmt: skip
#: "Be" before "joining" with a subject other than the writer ("the clinic is joining X").
#: Past verbs of a worth brought ("added value at", "contributed a lot to", "was an asset to").
_SHOWN = frozenset({"added", "contributed", "was", "were", "brought", "proved", "proven"})
#: Words that make such a verb a worth imagined ("would have added", "could have been").
_IMAGINING = MODALS | frozenset({"have", "'ve", "’ve"})
#: Nouns of a field of study or work, before "of" and its name ("the subjects of X").
_FIELD_NOUNS = frozenset({"subject", "subjects", "field", "fields", "discipline",
                          "disciplines"})  # fmt: skip
_IS = frozenset({"is", "are", "'s", "’s", "'re", "’re", "was", "were"})
#: Verbs of giving the firm the writer's time ("I gave X three rounds").
_GAVE = frozenset({"gave", "give", "given"})
#: The hiring's stages the writer gave a firm ("three rounds", "two interviews and a task").
_STAGES = frozenset({"round", "rounds", "interview", "interviews", "assessment",
                     "assessments", "task", "tasks", "test", "tests", "presentation",
                     "presentations"})  # fmt: skip
#: Employment still ahead before "with X" ("future employment with X").
_EMPLOYMENT_AHEAD = (["future", "employment"], ["further", "employment"],
                     ["prospective", "employment"])  # fmt: skip
#: Words that negate "work out" ("didn't work out with X", "never worked out").
_NOT = frozenset({"n't", "not", "never", "nt"})
#: Words of regret for an outcome ("I'm sorry it didn't work out", "a pity").
_SORRY = REGRETS | frozenset({"sorry", "sad", "unfortunately", "regret", "disappointing",
                              "shame"})  # fmt: skip
#: Verbs of following a firm's work from afar ("I've followed X for years").
_FOLLOWED = frozenset({"followed", "following"})
#: A watchdog's acts on a trade, after its "'s" ("the X's sector inquiry", "X's ruling").
_WATCHDOG_ACTS = frozenset({"inquiry", "enquiry", "inquiries", "investigation", "investigations",
                            "probe", "ruling", "rulings", "crackdown"})  # fmt: skip
#: Words before "followed" that make it the writer's long habit ("I've", "been", "always").
_FOLLOWERS = frozenset({"'ve", "’ve", "have", "been", "i", "always", "long", "closely"})
#: Verbs of keeping up with a firm ("keep following X", "keep an eye on X").
_FOLLOW = frozenset({"follow", "following", "watch", "watching", "eye"})
#: Verbs of seeing what the following shows ("to see your work", "keep up with your news").
_SEEING = frozenset({"see", "watch", "follow", "admire", "enjoy", "with"})
#: Words before them that make the following the writer's future ("will keep", "I'll").
_FUTURE = frozenset({"will", "'ll", "’ll", "keep", "continue", "shall"})


#: Prepositions before a body that registers or licenses people ("registered with X").
_BY_BODY = frozenset({"with", "by"})
#: Words of a standing that a registering body grants ("registered", "licensed").
_STANDING = frozenset({"registered", "licensed", "licenced", "accredited", "certified",
                       "chartered", "regulated", "enrolled", "registration", "accreditation",
                       "licence", "license", "certification"})  # fmt: skip


def _signed_off_from(words: list[str]) -> bool:
    """Return True for a sign-off's words sent "from" the writer ("Warm regards from a").

    NOTE: the sign-off opens the clause ("Best wishes from a ..."), so that "I read the
    regards from a fan of X in the news" is no sign-off.
    """
    if "from" not in words:
        return False
    k = words.index("from")
    return 0 < k <= 2 and words[k - 1] in _SIGN_OFFS


#: A sign-off's last word before "from" ("Warm regards from", "Best wishes from").
_SIGN_OFFS = frozenset({"regards", "wishes", "greetings", "thanks", "cheers"})

#: The reader's ways of reaching the writer, on behalf of a firm ("for calling on behalf of").
_CONTACTS = frozenset({"calling", "called", "call", "ringing", "rang", "phoning", "phoned",
                       "writing", "wrote", "emailing", "emailed", "contacting", "contacted",
                       "reaching", "reached"})  # fmt: skip


def _stages_given(m: _Mention) -> bool:
    """Return True when stages of the hiring follow the name given them ("X three rounds").

    NOTE: "I gave Bazaarify three rounds and a case study": what the writer gave the firm is
    the process it ran, so it is the one written to; a count or "my" may stand before the
    stage, nothing else ("I gave X my notice" is the writer's own employer, and no stage).
    """
    words = [t.lower_ for t in m.doc[m.end : min(m.end + 3, m.sent.end)]]
    k = 0
    while k < len(words) and (m.doc[m.end + k].like_num or words[k] in ("my", "all", "every")):
        k += 1
    return k < len(words) and words[k] in _STAGES
