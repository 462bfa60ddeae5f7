"""The writer's own past told by a deed done for a name, or by years spent doing one.

Readings ``_employer_slots.own_mention`` makes of a name the writer worked for as a
client's: "later I also wrote the safety manuals for X", "my six years running first-aid
and fire-warden courses for X". The name is the writer's own past (a client or an
employer), however much the sentence round it is about the job applied for.
"""

from __future__ import annotations

from replylint.custom._org_parts import JOB_NOUNS


def deed_done_for(window: list[str]) -> bool:
    """Return True for the writer's deed of work done for or at the name ("I designed ... for").

    "Later I also wrote the safety manuals for X", "we've translated the guides for X", "I
    coded for X": the writer, adverbs, a verb of making or delivering work, what was made
    (a few words), then "for" or "at" the name: a client or a workplace of the writer's
    past. Not a stage of the hiring process ("I prepared the presentation for X", "I
    delivered the demo lesson for X"), a job ("I designed my answers for the role at X"),
    nor a wish or a purpose ("I'd have designed ... for X", "to design ... for X").
    """
    words = [w.replace("\u2019", "'") for w in window]
    if words[-1:] not in (["for"], ["at"]):
        return False
    me = max((k for k, w in enumerate(words) if w in ("i", "we")), default=None)
    if me is None:
        return False
    k = me + 1
    while k < len(words) - 1 and (words[k] in BEFORE_VERB or words[k].endswith("ly")):
        k += 1
    if k >= len(words) - 1 or words[k] not in MADE:
        return False
    # NOTE: with nothing made after the verb, what was made stands before the writer ("the
    # induction course I designed for X"; not "the presentation I designed for X")
    made = words[k + 1 : -1] or words[max(me - 3, 0) : me]
    return len(made) <= 6 and not (TRIAL_WORK | JOB_NOUNS | {"to"}).intersection(made)


def applications_made(window: list[str]) -> bool:
    """Return True for applications the writer made "to" the name, not their own for a job.

    NOTE: "I've written applications to X and Y in my current role": the writer, a verb of
    making work (MADE: "written", "drafted", "prepared"), a few words, then "applications
    to" with no "my" or "our" before it: bids written for someone else (a fundraiser's to
    a funder), a deed of the writer's own job ("my applications to X" are their own).
    """
    if window[-2:] not in (["applications", "to"], ["bids", "to"], ["proposals", "to"]):
        return False
    k = next((k for k in range(len(window) - 3, max(len(window) - 7, 0), -1)
              if window[k] in _MADE_BIDS), None)  # fmt: skip
    if k is None or {"my", "our"}.intersection(window[k + 1 : -2]):
        return False
    return bool({"i", "we", "i've", "we've"}.intersection(window[max(k - 3, 0) : k]))


def years_doing(doc, sent, start: int) -> bool:
    """Return True for the writer's span of work spent doing something for the name.

    "my six years running first-aid and fire-warden courses for X", "our two seasons
    leading hikes at X": "my" or "our", a span of time, a deed in its "-ing" form and what
    it was done to, then "for", "at" or "with" the name. What was done may join two things
    with "and" ("first-aid and fire-warden courses"), which ends a clause elsewhere; not an
    "and" that opens a clause of its own ("my years teaching and I would ... for X"), nor a
    hope ("my years hoping to work for X").
    """
    first = max(sent.start, start - 14)
    # NOTE: a hyphen inside a word ("first-aid courses") ends no clause
    words = [
        t.lower_.replace("\u2019", "'") for t in doc[first:start] if not _inner_hyphen(doc, t.i)
    ]
    if words[-1:] in (["the"], ["a"], ["an"]):
        words = words[:-1]
    if len(words) < 4 or words[-1] not in ("for", "at", "with"):
        return False
    mine = max((k for k, w in enumerate(words) if w in ("my", "our")), default=None)
    if mine is None:
        return False
    span = next((k for k in range(mine + 1, min(mine + 4, len(words))) if words[k] in _SPANS),
                None)  # fmt: skip
    if span is None:
        return False
    k = span + 1 + (words[span + 1 : span + 2] == ["of"])  # "my years of teaching ..."
    if k >= len(words) - 1 or not words[k].endswith("ing") or words[k] in _HOPING:
        return False
    done = words[k + 1 : -1]
    if len(done) > 7 or (_CLAUSE_MARKS | TRIAL_WORK | {"to"}).intersection(done):
        return False  # "my time preparing the case study for X": the process's
    # NOTE: "and" or "or" joins two things done ("maths and physics lessons"), not a clause
    return not any(
        w in ("and", "or") and done[j + 1 : j + 2] != [] and done[j + 1] in _OPENS_CLAUSE
        for j, w in enumerate(done)
    )


def _inner_hyphen(doc, k: int) -> bool:
    """Return True for a hyphen inside a word ("first-aid"), with no space on either side."""
    return (
        doc[k].text in ("-", "\u2011")
        and k > 0
        and not doc[k - 1].whitespace_
        and not doc[k].whitespace_
    )


#: Words between the writer and the verb of the deed ("I also", "we've", "I had then").
BEFORE_VERB = frozenset({"also", "later", "then", "once", "first", "even", "both", "already",
                          "recently", "previously", "'ve", "have", "had", "i've",
                          "we've"})  # fmt: skip
#: Past verbs of making or delivering work ("designed", "translated", "set" up).
MADE = frozenset({
    "designed", "redesigned", "co-designed", "developed", "created", "wrote", "written",
    "produced", "delivered", "launched", "organised", "organized", "coordinated", "planned",
    "translated", "edited", "illustrated", "coded", "programmed", "engineered", "implemented",
    "drafted", "curated", "facilitated", "taught", "installed", "maintained", "audited",
    "automated", "rebuilt", "set", "shot", "filmed", "photographed", "composed", "recorded",
    "catered", "renovated", "restructured", "prototyped", "modelled", "modeled",
    "researched", "authored", "led", "ran", "run", "built", "managed", "localised",
    "localized", "migrated", "rolled", "overhauled", "streamlined", "revamped",
    # NOTE: "I sold more cars at X last year": a seller's own work done there
    "sold",
    # NOTE: "I've done a lot of sound work at X": work done there in plain words (not
    # "did", also a helper verb: "I did enjoy my day at X")
    "done",
})  # fmt: skip
#: Verbs of writing or sending bids ("written", "prepared", "submitted"): the deeds of MADE
#: and those of a bid sent off.
_MADE_BIDS = MADE | frozenset({"prepared", "submitted", "secured", "won"})
#: What a candidate makes for the hiring process, not for a client ("the presentation for X").
TRIAL_WORK = frozenset({
    "presentation", "presentations", "task", "tasks", "assessment", "assessments", "test",
    "tests", "exercise", "exercises", "case", "application", "applications", "interview",
    "interviews", "assignment", "challenge", "pitch", "demo", "sample", "trial", "mock",
    "answers", "cv", "portfolio", "cover", "letter",
})  # fmt: skip
#: Spans of time spent working ("my eight years", "our two seasons", "my time").
_SPANS = frozenset({"years", "year", "months", "decade", "decades", "seasons", "summers",
                    "time", "career"})  # fmt: skip
#: Verbs in "-ing" of a hope, not of work done ("my years hoping to join X").
_HOPING = frozenset({"hoping", "wanting", "dreaming", "waiting", "trying", "looking",
                     "wishing", "planning"})  # fmt: skip
#: Marks that end a clause within the words done.
_CLAUSE_MARKS = frozenset({",", ";", ":", "(", ")", ".", "-", "\u2013", "\u2014", "but", "so",
                          "because", "while", "although", "though", "whereas"})  # fmt: skip
#: Words after "and" that open a clause of its own ("... and I", "... and would").
_OPENS_CLAUSE = frozenset({"i", "we", "you", "they", "he", "she", "it", "would", "will", "could",
                           "i'd", "i'm", "i've", "that", "then", "now"})  # fmt: skip
