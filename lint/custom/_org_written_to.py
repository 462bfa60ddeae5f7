"""Clear cues that a name is the organisation the reply is written to.

Each cue is a whole turn of phrase about applying to, working at or being turned down by
the name, so that a name it finds may be flagged even when the name's own words do not
make it a firm: "I applied to Redgate Pictures", "X would have been a great place to grow",
"I could hit the ground running at X", "why X went with another candidate".
"""

from __future__ import annotations

from replylint.custom._org_cues import MODALS
from replylint.custom._org_parts import JOBTITLES

#: Words that make a sentence about some other application or place ("also applied to X").
_ELSEWHERE = frozenset({"also", "too", "other", "others", "elsewhere", "since", "meanwhile"})
#: Nouns a firm is called as a place to work ("a wonderful place to grow").
_EMPLOYERS = frozenset({"place", "company", "employer", "team", "home", "fit", "firm"})
#: Verbs of doing well in a job, before "at X" ("I would thrive at X").
_THRIVING = frozenset({"thrive", "excel", "flourish", "succeed", "running"})
#: Verbs of a hiring decision whose subject is the employer ("X went with another candidate").
_DECIDING = frozenset({"moved", "went", "chose", "picked", "selected", "decided", "opted",
                       "preferred", "hired", "offered", "gave"})  # fmt: skip
#: A firm's choice of a person, before its name ("the best hire X ever made").
_HIRES = frozenset({"hire", "recruit", "appointment", "signing", "employee", "investment"})
#: Verbs of a firm making a choice, after its name ("X ever made", "X has ever had").
_MADE = frozenset({"made", "had", "make"})
#: Who was chosen instead ("another candidate", "someone else").
_CHOSEN = frozenset({"candidate", "candidates", "applicant", "applicants", "someone",
                     "somebody", "person"})  # fmt: skip
#: Wishes sent to the people of a firm ("good luck to the whole X crew").
_WISHES = frozenset({"luck", "wishes", "thanks", "congratulations", "best"})
#: Words of wishing a firm well in what is ahead for it ("all the best for what's next").
_HOPES = _WISHES | frozenset({"wishing", "wish", "hope"})
#: Verbs of a firm's next step, after "see where X" ("see where X goes next").
_HEADING = frozenset({"goes", "heads", "takes", "does", "moves"})
#: What a writer wishes a firm, after "Wishing X" ("a record season", "every success").
_GIFTS = frozenset({"a", "an", "every", "all", "continued", "the", "great", "lots"})
#: What a firm has ahead of it, and a person seldom ("a record season", "the launch").
_VENTURES = frozenset({"launch", "season", "year", "quarter", "future", "growth", "expansion",
                       "release", "roadmap", "summer", "winter", "spring", "autumn", "tour",
                       "plans"})  # fmt: skip
#: Words of a group that is a whole firm's people, not a department.
_CREWS = frozenset({"crew", "family", "company", "gang", "bunch"})
#: Verbs of how a firm works, after "learned about how X".
_WAYS = frozenset({"thinks", "works", "operates", "approaches", "builds", "runs", "hires"})
_LEARNING = frozenset({"learned", "learnt", "learn", "learning"})
#: Verbs of being told or shown how a firm works, just before "how X" ("hearing how X").
_TOLD = _LEARNING | frozenset({"hear", "hearing", "heard", "see", "seeing", "saw", "seen",
                               "understand", "understanding", "discover", "discovering",
                               "discovered"})  # fmt: skip
#: Verbs of a firm's own ways of working, in the present, after "how X" ("how X ships").
_WORKING = _WAYS | frozenset({
    "ships", "releases", "deploys", "tests", "handles", "manages", "develops", "delivers",
    "supports", "trains", "uses", "does", "makes", "keeps", "plans", "designs", "creates",
    "serves", "balances", "scales", "onboards", "cares", "measures", "structures",
    "organises", "organizes", "recruits", "mentors", "tackles", "collaborates", "combines",
    "integrates", "sources", "prepares", "looks", "treats", "grows", "brings", "involves",
    "empowers", "invests", "stays", "maintains", "leads", "puts", "gets",
})  # fmt: skip
#: Verbs before "to" that make the name after it the one applied to ("keep applying to X").
_APPLYING = frozenset({"applied", "applying", "apply", "reapply", "reapplying", "re-apply",
                       "re-applying"})  # fmt: skip
#: The past of applying: where one applied "at" may be a place ("applied at the mall").
_APPLIED = frozenset({"applied"})
#: Words between a deciding firm's name and its verb ("X has finally decided").
_BEFORE_DECIDING = frozenset({"has", "have", "had", "'s", "’s", "finally", "eventually",
                              "clearly", "obviously", "apparently", "just", "instead"})  # fmt: skip
#: Words of admiring what a firm is doing ("excited about what X is building").
_ADMIRING = frozenset({"excited", "enthusiastic", "love", "loved", "admire", "admired",
                       "impressed", "inspired", "thrilled"})  # fmt: skip

#: Chances the reader gave, to learn about the one written to ("the opportunity to learn more").
_CHANCES = frozenset({"opportunity", "chance"})
#: A firm's own ways, after "X and its" ("X and its approach to client service").
_FIRM_WAYS = frozenset({"approach", "culture", "values", "mission", "clients", "people", "ethos",
                        "vision", "strategy", "history", "work", "growth", "plans",
                        "commitment"})  # fmt: skip
#: The work a body runs, named beside it ("X and the Y project").
_RUN_WORK = frozenset({"project", "programme", "program", "scheme"})
#: The writer's enjoyment of learning about the one written to ("I enjoyed learning about").
_ENJOYED = frozenset({"enjoyed", "loved", "appreciated"})
#: Hopes of the writer's, before "a future X analyst" ("hopefully a future X analyst").
_HOPING = frozenset({"hopefully", "hope", "hoping", "aspiring", "soon"})
#: Whom a firm employs, besides its job titles ("a future X employee").
_STAFF = JOBTITLES | frozenset({"employee", "hire", "colleague", "recruit", "joiner"})

#: The people of a firm a greeting is passed on to ("say hi to the lads at X").
_FOLK = frozenset({"lads", "guys", "team", "everyone", "everybody", "folks", "crew", "gang",
                   "girls", "staff", "all"})  # fmt: skip

#: Verbs of how a firm treats its people ("X always treated its cleaners well").
_TREATS = frozenset({"treated", "treats", "treat", "looked", "looks"})
#: Words of a firm's name among workers: heard of, or the reason to apply ("from what I hear").
_REPUTE = frozenset({"hear", "heard", "says", "say", "reputation", "applied", "apply"})


def _decision(after: list[str]) -> int | None:
    """Return where a verb of a hiring decision follows the name, past an auxiliary or two."""
    k = 0
    while k < 2 and after[k : k + 1] and after[k] in _BEFORE_DECIDING:
        k += 1
    return k if after[k : k + 1] and after[k] in _DECIDING else None


def _their_way(after: list[str]) -> bool:
    """Return True when the words after "how X" tell of X's own work in the present.

    "how Tidemark ships releases", "how X is growing its team", "how X has scaled"; not
    "how Vietjet uses your platform": the reader's product for a client.
    """
    if not after or {"you", "your"}.intersection(after[:6]):
        return False
    if after[0] in _WORKING:
        return True
    ongoing = after[0] in ("is", "are") and after[1:2] and after[1].endswith("ing")
    done = after[0] in ("has", "have") and after[1:2] and after[1].endswith(("ed", "en", "wn"))
    return bool(ongoing or done)


def written_to(doc, start: int, end: int, window: list[str]) -> bool:
    """Return True when a clear cue makes doc[start:end] the organisation written to.

    ``window`` is the clause before the name, in lowercase words.
    """
    sentence = {t.lower_ for t in doc[start].sent}
    after = [t.lower_ for t in doc[end : min(end + 8, len(doc))]]
    if len(window) > 1 and window[-1] == "to" and window[-2] in _APPLYING:
        # "I applied to Redgate Pictures because ...", "I'll keep applying to X"; not "I
        # have also applied to X"
        return not _ELSEWHERE & (set(window) | set(after[:3]))
    if len(window) > 1 and window[-1] == "at" and window[-2] in _APPLYING - _APPLIED:
        # "I will keep applying at Transnet when posts are advertised": applications still
        # to come go to the firm written to (not "I applied at the Sandton branch", a past)
        return not _ELSEWHERE & (set(window) | set(after[:3]))
    if (after[:1] and after[0] in MODALS and "been" in after[:4]) or after[:2] == ["would", "be"]:
        # "X would have been a wonderful place to grow my career"
        k = next((i for i, w in enumerate(after) if w in _EMPLOYERS), None)
        return k is not None and k + 1 < len(after) and after[k + 1] in ("to", "for")
    if window[-1:] == ["at"] and len(window) > 1 and window[-2] in _THRIVING:
        # "I could hit the ground running at X", "I would thrive at X"; not "I thrived at X"
        return bool(MODALS & set(window))
    if window[-1:] and window[-1] in _HIRES and _MADE.intersection(after[:3]):
        # "I'd have been the best hire Skylark Creative ever made": the writer imagined as the
        # name's hire; not "she was the best hire X ever made", someone else's past
        return "i" in window and bool(MODALS & set(window))
    decision = _decision(after)
    if decision is not None:
        # "X went with another candidate", "whoever X has decided to hire instead"
        rest = after[decision + 1 : decision + 7]
        instead = window[-1:] in (["whoever"], ["whomever"]) or "instead" in rest
        return bool(_CHOSEN & set(rest)) or rest[:2] == ["with", "someone"] or instead
    if after[:1] and after[0] in _CREWS and window[-1:] in (["whole"], ["entire"]):
        return bool(_WISHES & sentence)  # "good luck to the whole Brightwater crew"
    if window[-2:] == ["about", "how"] and _LEARNING & set(window) and after[:1]:
        return after[0] in _WAYS  # "I learned a lot about how Ferncastle thinks about onboarding"
    if window[-1:] == ["how"] and _TOLD & set(window[-3:-1]):
        # "I enjoyed learning how Tidemark ships releases"; NOTE: not an initialism ("how
        # NBR plans the timetable"): most often the employer's own, which its names miss
        return not doc[start:end].text.isupper() and _their_way(after)
    if window[-2:] in (["see", "where"], ["see", "what"]) and after[:1]:
        # "excited to see where Brightleaf goes next"; not "I saw where X went wrong"
        return after[0] in _HEADING and "next" in after[1:4]
    if window[-2:] in (["ahead", "for"], ["next", "for"]) and _HOPES & sentence:
        # "best of luck with the launch and everything ahead for Driftwood Interactive";
        # NOTE: not "all the best for everything ahead for Jordan": a person's is no season
        return bool(_VENTURES & sentence)
    if window == ["wishing"] and after[:1] and after[0] in _GIFTS:
        # "Wishing Bluewater Expeditions a record season"; not "Wishing Maya a great first week"
        return bool(_VENTURES.intersection(after[1:5]))
    if window[-1:] == ["what"] and _ADMIRING & set(window[-4:]) and len(after) > 1:
        # "really excited about what Quillstone is building"; not "what X did" (a past)
        return after[0] in ("is", "are", "'s", "’s") and after[1].endswith("ing")
    if window[-1:] == ["at"] and len(window) > 1 and window[-2] in _FOLK:
        # "say hi to the lads at Dunmore Autos", "tell everyone at X I said hello"
        hello = {"hi", "hello"} & (set(window) | set(after[:6]))
        return bool(hello) and ("say" in window or "tell" in window)
    # NOTE: or the learning enjoyed ("I truly enjoyed learning about X and its commitment to
    # customer experience"), as the chance given to learn is
    enjoyed = window[-3:-2] and window[-3] in _ENJOYED
    if (
        window[-1:] == ["about"]
        and _LEARNING & set(window[-3:-1])
        and (_CHANCES & set(window) or enjoyed)
    ):
        # "I truly appreciated the opportunity to learn more about Hatherley Re and its
        # approach to client service": the interview's chance to learn about the firm
        # NOTE: only with the firm's own ways after it ("and its approach", "'s culture"): a
        # product or a project learnt about has features, not a culture
        owned = after[:2] == ["and", "its"] or after[:1] in (["'s"], ["’s"])
        # NOTE: or set beside the work it runs ("about X and the Y project"): the name
        # apart from the project learnt about is the body whose project it is
        runs = after[:2] == ["and", "the"] and bool(_RUN_WORK & set(after[2:6]))
        # NOTE: a word of praise may stand before its ways ("and its exciting work")
        ways = after[2:4] if after[:2] == ["and", "its"] else after[1:3]
        return (owned and bool(_FIRM_WAYS & set(ways))) or runs
    if window[-1:] == ["future"] and after[:1] and after[0] in _STAFF:
        # "Yours, hopefully a future Dunmore Keane analyst": the firm the writer hopes to
        # join; NOTE: only with a hope said, for "as a future X analyst" may be an offer taken
        return bool(_HOPING & set(window))
    if after[:1] == ["always"]:
        after = after[1:]
    # "ClearView always treated its cleaners well, and that is why I applied"
    return bool(after[:1] and after[0] in _TREATS and "its" in after[1:4] and _REPUTE & sentence)
