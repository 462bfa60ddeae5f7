"""Where the employer's own name would stand: names read as the one written to by their place.

A name of the employer's trade or shape where its name would stand, a later clause that
puts the job "there", a site the writer would join: readings wrong_company.py makes of a
name by the slot it fills rather than by a cue before it.
"""

from __future__ import annotations

from replylint.custom._addressee import own_relative
from replylint.custom._clauses import attributive, window_before
from replylint.custom._org_cues import CLAUSE_BREAKS, JOINING, PAST, VENUES
from replylint.custom._org_likeness import partners, same_kind
from replylint.custom._org_names import OPENING_WORDS, POSSESSIVE, Candidate, words_of
from replylint.custom._org_parts import HEALTH_SERVICE, LANDMARKS, SITES, UMBRELLA
from replylint.custom._own_deeds import TRIAL_WORK, deed_done_for, years_doing
from replylint.custom._own_past import (
    did_work,
    own_cues,
    own_list,
    own_past,
    own_sentence,
    own_subject,
    own_work,
    work_going_on,
)
from replylint.custom._vocabulary import ordinary


def shaped(doc, candidate: Candidate, named: str) -> bool:
    """Return True for a name of the employer's trade, or two surnames at a partnership's place.

    Two words after "at" may be a place ("the new offices at Canary Wharf"): not after a
    site's noun.
    """
    if same_kind(candidate.text, named):
        return True
    before = [t.lower_ for t in doc[max(candidate.start - 2, 0) : candidate.start]]
    at = before[-1:] == ["at"] and not SITES.intersection(before[:1])
    return at and partners(candidate.text, named)


def employer_slot(doc, candidate: Candidate) -> bool:
    """Return True where the employer's own name would stand in a sentence about the job.

    In a wish for the reader ("good luck with the Mahler cycle", "I hope the busy season at
    X goes smoothly"), or as a clause's subject that acts ("X can manage without another
    graduate", "X has such a strong name"); not a name only heard or listened to.
    """
    sent = doc[candidate.start].sent
    words = {t.lower_ for t in sent}
    after = doc[candidate.end].lower_ if candidate.end < len(doc) else ""
    return bool(_WISHED.intersection(words)) or after in _ACTS


def people_at(doc, candidate: Candidate) -> bool:
    """Return True for a name after a firm's own people and "at" ("the partners at X").

    "the time you and the partners at X spent with me": the people of a firm are named by
    the firm they work at, where the employer's name would stand. NOTE: not a place of
    plain words ("the team at Canary Wharf"), which the same words may name.
    """
    before = [t.lower_ for t in doc[max(candidate.start - 3, 0) : candidate.start]]
    if before[-2:-1] == [] or before[-1] != "at" or before[-2] not in _FIRMS_PEOPLE:
        return False
    return before[-3:-2] == ["the"] and not all(ordinary(w) for w in words_of(candidate.text))


def partners_slot(doc, candidate: Candidate, named: str) -> bool:
    """Return True for two surnames where a partnership's own name stands, to a partnership.

    NOTE: "the interviews at X" (where the hiring was held, as ``shaped`` reads "at X") and
    "the whole X team" (its people, thanked or greeted): in a reply to a firm named by its
    partners, two surnames there are a firm of the employer's shape; not an office's site
    ("the interviews at the X office"), nor the team of a place of plain words ("the whole
    Canary Wharf team"), which surnames spelt as English words cannot be told from.
    """
    if not partners(candidate.text, named):
        return False
    start, end = candidate.start, candidate.end
    before = [t.lower_ for t in doc[max(start - 2, 0) : start]]
    after = doc[end].lower_ if end < len(doc) else ""
    if before[-1:] == ["at"] and before[:1] and before[0] in _HIRING_HELD:
        # NOTE: nor a place named by a common place word ("the interview at Canary Wharf")
        return after not in SITES and words_of(candidate.text)[-1] not in LANDMARKS
    plain = all(ordinary(w) for w in words_of(candidate.text))
    return after == "team" and before[-1:] in (["the"], ["whole"], ["entire"]) and not plain


#: What the hiring held at a firm ("the interviews at X").
_HIRING_HELD = frozenset({"interview", "interviews", "assessment", "assessments"})


def partners_owning(doc, candidate: Candidate, named: str) -> bool:
    """Return True for two surnames that "its" refers back to, to a partnership ("X and its").

    "I remain interested in X and its litigation practice": "its" owns what a firm has, never
    what a person has ("his", "her", "their"), so two surnames so followed, in a reply to a
    partnership named by two surnames, are a firm of the employer's shape. NOTE: not a
    place of plain words ("the view of Canary Wharf and its towers").
    """
    end = candidate.end
    words = [t.lower_ for t in doc[end : end + 3]]
    if words[:2] not in (["and", "its"], [",", "its"]) or len(words) < 3:
        return False
    if all(ordinary(w) for w in words_of(candidate.text)):
        return False
    return doc[end + 2].is_alpha and partners(candidate.text, named)


#: A firm's own people, named by the firm they are at ("the partners at X").
_FIRMS_PEOPLE = frozenset({"partners", "associates", "lawyers", "solicitors", "team",
                           "people", "staff"})  # fmt: skip
#: Words of a wish for the reader's work ("good luck with", "I hope ... goes smoothly").
_WISHED = frozenset({"luck", "hope", "wish", "success", "smoothly", "congratulations"})
#: Verbs after a name that make it a subject that acts ("X can manage", "X has").
_ACTS = frozenset({"can", "could", "will", "would", "has", "have", "is", "does", "did",
                   "must", "should", "decided", "chose", "picked"})  # fmt: skip


def own_mention(doc, candidate: Candidate, phrase: int = 0) -> bool:
    """Return True when the clause before the name makes it the writer's own ("I worked at").

    ``phrase`` words before the name are the job applied for ("the apprenticeship at"), whose
    nouns and title are no cue of the writer's past.
    """
    start, end = candidate.start, candidate.end
    sent = doc[start].sent
    window = window_before(doc, sent.start, start)
    return bool(
        own_cues(window[: len(window) - phrase])
        or own_sentence(doc, sent, start, end)
        or own_subject(doc, sent, end)
        or own_relative(doc, end)
        or own_past(window)
        or own_list(doc, sent, start, window)
        or own_work(window)
        or _done_before(doc, sent, window, end)
        or _own_done_there(doc, sent, start)
        or _stint_done(window)
        or work_going_on(window)
        or _time_worked(window)
        or _spell_of_mine(doc, sent, window, start, end)
        or _tenure(doc, sent, window, end)
        or _carrying_on(window)
        or _joined_already(doc, sent, window, end)
        or _worked_through(doc, sent, candidate, window)
        or _working_while(doc, sent, start, window)
        or _doing_now(doc, sent, start)
        or _since_doing(doc, sent, start, window)
        or _listed_after_own(doc, sent, start, end)
        or deed_done_for(window)
        or years_doing(doc, sent, start)
    )


def _listed_after_own(doc, sent, start: int, end: int) -> bool:
    """Return True for a later name of a list whose name before it is the writer's own.

    "At Quillon I led the integrations with Harbor Logistics and the Verdant Health network":
    "and" ends the clause before the second name, so only the first has the words that make
    both the writer's past (or its clients). The name must end its conjunct ("the X network,
    which ..."), not open a clause of its own ("... and X would be my first choice"),
    unless the first name's preposition is said again before it ("at A and at X").
    """
    k = start - 1
    if k > sent.start and doc[k].lower_ in ("the", "a", "an"):
        k -= 1
    # NOTE: "fifteen years at the Royal Sonesta and at X": the first name's preposition said
    # again puts X in the same place of the clause, never a clause of its own
    again = doc[k].lower_ if doc[k].lower_ in _REPEATED and k > sent.start + 1 else ""
    if again:
        k -= 1
    if k <= sent.start or doc[k].lower_ not in _LIST_JOINS:
        return False
    if doc[k].lower_ != "," and doc[k - 1].text == ",":
        k -= 1  # "A, and B": the serial comma
    last = k - 1
    if last < sent.start or not doc[last].text[:1].isupper() or doc[last].lower_ in _ME:
        return False
    first = last
    while first > sent.start and _inside_name(doc, first - 1):
        first -= 1
    if again:
        k = first - 1
        if k > sent.start and doc[k].lower_ in ("the", "a", "an"):
            k -= 1
        if k < sent.start or doc[k].lower_ != again:
            return False  # "I worked with A and at X": no same place in the clause
    # NOTE: with the preposition said again, the deed done at both may follow ("at A and at X
    # building teams"); but not a clause of its own ("..., and at X I would love to lead")
    deed = again and end < sent.end and doc[end].is_lower and doc[end].lower_.endswith("ing")
    if not (deed or _ends_conjunct(doc, sent, end)):
        return False
    return own_mention(doc, Candidate(first, last + 1, doc[first : last + 1].text, False))


def _inside_name(doc, k: int) -> bool:
    """Return True when ``doc[k]`` may be a word of the name that ends after it."""
    word = doc[k]
    if word.lower_ in OPENING_WORDS or word.lower_ in _ME:
        return False  # "At Quillon and X": the sentence's first word, not the name's
    return word.text[:1].isupper() or (word.lower_ in ("&", "of") and doc[k - 1].text[:1].isupper())


def _ends_conjunct(doc, sent, end: int) -> bool:
    """Return True when a name's conjunct ends after it and a noun or two it qualifies.

    "the Verdant Health network, which", "Verdant Health in Leeds", "Verdant Health.": a
    mark, a preposition or a relative word; not a verb ("and X would be ideal").
    """
    k = end
    if k < sent.end and doc[k].lower_ in POSSESSIVE:
        k += 1
    for _ in range(2):
        if k < sent.end and attributive(doc[k].lower_) and doc[k].lower_ not in _RELATIVE:
            k += 1
    return k >= sent.end or doc[k].is_punct or doc[k].lower_ in _CONJUNCT_ENDS


#: Words that join the names of a list ("A and B", "A, B", "A or B", "A & B").
_LIST_JOINS = frozenset({"and", "or", "&", ","})
#: Prepositions said again after "and" before a list's later name ("at A and at B").
_REPEATED = frozenset({"at", "with", "for"})
#: The writer, whose capital is no name's ("... and I led").
_ME = frozenset({"i"})
#: Relative words that end the conjunct before a clause about it ("X, which", "X, where").
_RELATIVE = frozenset({"which", "who", "where", "when", "whose"})
#: Words after a conjunct that end it: a preposition or a relative word ("X in Leeds").
_CONJUNCT_ENDS = _RELATIVE | frozenset({"for", "in", "at", "on", "during", "from", "across",
                                        "over", "between", "until", "since", "among"})  # fmt: skip


def _working_while(doc, sent, start: int, window: list[str]) -> bool:
    """Return True for the writer's job told by a deed done there ("while working the desk at X").

    "I've seen those guests while working the check-in desk at X", "when I was serving
    breakfast at X": "while" or "when", the writer's deed of work in its "-ing" form (and
    what it is done to), then "at", "for" or "with" the name: where the writer works. Not
    "I'd love to learn while working at X" (a wish) nor "to grow while working at X".
    """
    # NOTE: "while" ends a clause, so the window starts after it; "when" does not
    when = [k for k, w in enumerate(window) if w == "when"]
    opening = start - len(window) + when[-1] if when else start - len(window) - 1
    if opening < sent.start or doc[opening].lower_ not in ("while", "whilst", "when"):
        return False
    words = [w.replace("’", "'") for w in (window[when[-1] + 1 :] if when else window)]
    for me in (["i", "was"], ["i", "am"], ["i", "'m"], ["i", "'ve", "been"], ["i've", "been"]):
        if words[: len(me)] == me:
            words = words[len(me) :]
            break
    if len(words) < 2 or words[0] not in _ONGOING_WORK or words[-1] not in ("at", "for", "with"):
        return False
    if "to" in words[1:-1]:
        return False  # "while working hard to earn a place at X": a purpose
    before = {t.lower_.replace("’", "'") for t in doc[sent.start : opening]}
    return not (_WISHED_FOR | _WANTING).intersection(before)


def _doing_now(doc, sent, start: int) -> bool:
    """Return True for the writer's present work or training there ("I'm ... and articling at X").

    "I'm currently completing my licensing and articling at X", "I am studying for the bar
    and clerking at X": "I am", adverbs, verbs in "-ing" of what the writer is doing now,
    the last of them work or training right before "at", "with" or "for" the name. Not a
    future or a wish ("I'm hoping to be articling at X", "I'm imagining myself working at X",
    "I'm going to be interning at X").
    """
    words = [t.lower_.replace("’", "'") for t in doc[sent.start : start]]
    if words[-1:] in (["the"], ["a"], ["an"]):
        words = words[:-1]
    if len(words) < 4 or words[-1] not in ("at", "with", "for") or words[-2] not in _ONGOING_WORK:
        return False
    me = max((k for k in range(len(words) - 2) if words[k : k + 2] in _I_AM), default=None)
    if me is None:
        return False
    k = me + 2
    while k < len(words) - 2 and (words[k] in _STILL_NOW or words[k].endswith("ly")):
        k += 1
    verb = words[k]
    if not verb.endswith("ing") or verb in _WISHING or verb in _PICTURED:
        return False
    return not (_NOT_NOW | _WISHING).intersection(words[k : len(words) - 2])


def _since_doing(doc, sent, start: int, window: list[str]) -> bool:
    """Return True for the writer's doing joined to a start told ("since starting ... and doing").

    "I've learned a lot since starting my course at a college and doing weekend work at X",
    "after leaving school and taking a casual job with X": "since" or "after" and a verb in
    "-ing" open the writer's own past, and a second "-ing" verb joined to it by "and" shares
    it, though "and" ends the clause before the name. Not a wish before them ("I'd love to
    grow after finishing my course and working at X"), nor a wish as the second verb ("and
    hoping to work at X").
    """
    opening = start - len(window) - 1
    if opening <= sent.start or doc[opening].lower_ != "and" or not window:
        return False
    if not window[0].endswith("ing") or window[0] in _WISHING or window[0] in _PICTURED:
        return False
    if _NOT_NOW.intersection(window):
        return False  # "and working hard to earn a place at X": a purpose
    words = [t.lower_.replace("’", "'") for t in doc[max(sent.start, opening - 12) : opening]]
    k = max((k for k, w in enumerate(words[:-1]) if w in _SINCE), default=None)
    if k is None or not words[k + 1].endswith("ing") or CLAUSE_BREAKS.intersection(words[k + 1 :]):
        return False
    before = {t.lower_.replace("’", "'") for t in doc[sent.start : opening]}
    return not (_WISHED_FOR | _WANTING).intersection(before)


#: Words opening the writer's past since a start ("since starting", "after leaving").
_SINCE = frozenset({"since", "after"})


#: The writer and "am" ("I am", "I'm", "we are").
_I_AM = (["i", "am"], ["i", "'m"], ["we", "are"], ["we", "'re"])
#: Adverbs between "I am" and what the writer is doing ("I'm currently", "I am also").
_STILL_NOW = frozenset({"still", "now", "just", "also", "both", "busy", "at", "the", "moment"})
#: Verbs in "-ing" of a future pictured, not work going on ("I'm imagining myself working").
_PICTURED = frozenset({"imagining", "picturing", "envisioning", "envisaging", "going",
                       "aiming", "considering", "weighing"})  # fmt: skip
#: Words that make the work a future, a wish or a purpose ("hoping to be articling at X").
_NOT_NOW = frozenset({"to", "be", "would", "'d", "will", "'ll", "could", "might", "if",
                      "myself"})  # fmt: skip


#: Words of a wish or of a future before "while working at X" ("I want to learn ...").
_WANTING = frozenset({"want", "wants", "love", "like", "dream", "dreamed", "imagine", "could",
                      "might", "will", "'ll", "can"})  # fmt: skip


def _stint_done(window: list[str]) -> bool:
    """Return True for a stint of work or training finished there ("completed a placement at X").

    "and completed a vacation scheme at X", "I did a summer internship with X", "I've done
    a secondment in X": a verb of a stint finished, up to three words, the stint's noun, then
    the preposition before the name: the writer's past, not the job applied for. Not "I'd
    love to do a placement at X" (none finished yet), nor "you completed a rotation at X".
    """
    if len(window) < 3 or window[-1] not in ("at", "with", "in") or window[-2] not in _STINTS:
        return False
    k = len(window) - 2
    v = next((i for i in range(k - 1, max(k - 5, -1), -1) if window[i] in _FINISHED), None)
    if v is None or _NOT_MINE.intersection(window[v + 1 : k]):
        return False
    return not _OTHERS_DID.intersection(window[max(v - 3, 0) : v])


#: Nouns of a stint of work or training ("a vacation scheme", "my rotation").
_STINTS = frozenset({"placement", "placements", "internship", "internships", "scheme",
                     "apprenticeship", "secondment", "traineeship", "rotation", "residency",
                     "fellowship", "clerkship", "attachment", "elective", "stint",
                     "experience", "training", "articles", "articling", "pupillage",
                     "housemanship", "externship", "practicum", "apprenticeships",
                     "traineeships", "rotations", "residencies", "clerkships"})  # fmt: skip
#: Verbs of a stint finished ("completed", "did", "undertook").
_FINISHED = frozenset({"completed", "finished", "did", "done", "undertook", "undertaken"})
#: Owners that make the stint another's ("completed your scheme at X").
_NOT_MINE = frozenset({"your", "their", "his", "her"})
#: Other people who did the stint ("you completed", "she did").
_OTHERS_DID = frozenset({"you", "they", "he", "she", "who"})


def _time_worked(window: list[str]) -> bool:
    """Return True for time the writer spent working there ("working four seasons at X").

    "Since graduating and working four seasons at X", "after spending two summers with X":
    a verb of working, then up to three words ending in a span of time, then the
    preposition before the name: time already spent, the writer's own past. Not a wish
    ("I'd love to spend a few years working at X") nor another's time ("your years at X").
    """
    words = [w.replace("’", "'") for w in window]
    if words[-1:] in (["the"], ["a"], ["an"]):
        words = words[:-1]
    if len(words) < 3 or words[-1] not in ("at", "with", "for", "in"):
        return False
    span = len(words) - 2
    if words[-3:-2] == ["in"] and len(words) > 4 and words[-2] not in _SPANS | _SEASONS:
        # NOTE: past the town the time was spent in ("three harvests in Casablanca at X")
        span = len(words) - 4
    if words[span] not in _SPANS and words[span] not in _SEASONS:
        return False
    k = next((i for i in range(span - 1, max(span - 4, -1), -1)
              if words[i] in _WORKING or _time_held(words, i)), None)  # fmt: skip
    if k is None or _NOT_MINE.intersection(words[k + 1 : span]):
        return False
    return not (_WISHED_FOR | _WANTING | {"to", "forward"}).intersection(words[:k])


#: Verbs of working or spending time at a workplace ("working four seasons at X").
_WORKING = frozenset({"working", "worked", "spending", "spent", "serving", "served", "cooking",
                      "cooked", "doing", "did"})  # fmt: skip
#: Working seasons of a year ("four seasons", "two summers"); a vineyard's are its harvests.
_SEASONS = frozenset({"season", "seasons", "summers", "summer", "winters", "winter",
                      "harvest", "harvests", "vintages"})  # fmt: skip


def _time_held(words: list[str], k: int) -> bool:
    """Return True for the writer holding time done ("I have three harvests", "I've two years").

    NOTE: "I have" or "I've" right before a count of spans is the writer's own record, as
    "I worked" is; not "I'd have", nor "you have" (another's).
    """
    if words[k] == "'ve":
        return words[k - 1 : k] in (["i"], ["we"])
    return words[k] in ("have", "had") and words[k - 1 : k] in (["i"], ["we"])


def _tenure(doc, sent, window: list[str], end: int) -> bool:
    """Return True for the writer's own job, told by its length or as ongoing.

    "I've been on the tills at X for six years", "I've been doing cover at X": "I have been"
    before the name and, after it, how long ("for six years"), or a deed of work in its
    "-ing" form: the writer's current job, not the one applied for ("I've been hoping to
    join X" is a wish).
    """
    words = [w.replace("’", "'") for w in window]
    k = next((i for i, w in enumerate(words) if w == "been" and words[i - 1 : i] in _HAVE), None)
    if k is None:
        return _done_for_a_span(doc, sent, words, end)
    if words[k - 2 : k - 1] in (["you"], ["they"], ["he"], ["she"], ["it"]):
        return False  # "you have been at X for years": the reader's past, not the writer's
    if JOINING.intersection(words) or _WISHING.intersection(words):
        return False
    if words[k + 1 : k + 2] and words[k + 1] in _ONGOING_WORK:
        return True
    rest = [t.lower_ for t in doc[end : min(end + 5, sent.end)]]
    if rest[:1] != ["for"]:
        return False
    return bool(_SPANS.intersection(rest[2:5]))


def _done_for_a_span(doc, sent, words: list[str], end: int) -> bool:
    """Return True for "I have run night shifts at X for five years": the writer's own job.

    The writer's present perfect of work done before the name, and how long after it; not
    a wish kept up as long ("I've wanted to work at X for years") nor a join.
    """
    j = next((i for i, w in enumerate(words) if w in ("i've", "we've")
              or (w in ("'ve", "have") and words[i - 1 : i] in (["i"], ["we"]))), None)  # fmt: skip
    if j is None or JOINING.intersection(words) or not did_work(words[j + 1 :]):
        return False
    rest = [t.lower_ for t in doc[end : min(end + 5, sent.end)]]
    return rest[:1] == ["for"] and bool(_SPANS.intersection(rest[2:5]))


#: "Have" before "been" ("I've been", "I have been").
_HAVE = (["i've"], ["'ve"], ["have"], ["we've"])
#: Words of a wish or of watching after "I've been" ("I've been hoping", "following").
_WISHING = frozenset({"hoping", "wanting", "dreaming", "looking", "following", "watching",
                      "reading", "waiting", "trying", "meaning", "planning",
                      "thinking"})  # fmt: skip
#: Deeds of work in their "-ing" form after "I've been" ("doing cover at X").
_ONGOING_WORK = frozenset({"doing", "working", "covering", "running", "managing", "teaching",
                           "nursing", "driving", "serving", "cooking", "training", "leading",
                           "supervising", "employed", "based", "locuming", "temping",
                           "staffing", "manning", "crewing", "pouring", "articling",
                           "interning", "clerking", "volunteering", "apprenticing",
                           "externing", "shadowing"})  # fmt: skip
#: Spans of time after "for" and a number ("for six years").
_SPANS = frozenset({"years", "year", "months", "month", "weeks", "seasons"})


def _spell_of_mine(doc, sent, window: list[str], start: int, end: int) -> bool:
    """Return True for a spell of the writer's own there ("During my year out at X, I ...").

    "During my spring week at X", "in my gap year with X", "over my first summer at X",
    "on my placement year at X": a word of time, "my" or "our", up to three words ending in
    a span or a stint (and "out" or "abroad" after it), then the preposition before the
    name: a time the writer spent there, not the job applied for. Not a step of the hiring
    ("during my interview week at X", "my trial day at X"), a wish ("I'd hoped to learn
    a lot during my first year at X") nor a future pictured after it ("In my first month at
    X I would ...").
    """
    words = [w.replace("\u2019", "'") for w in window]
    if len(words) < 4 or words[-1] not in ("at", "with", "in"):
        return False
    k = next((i for i in range(len(words) - 3, max(len(words) - 7, 0), -1)
              if words[i] in ("my", "our")), None)  # fmt: skip
    if k is None or k == 0 or words[k - 1] not in _WHILE_THERE:
        return False
    spell = words[k + 1 : -1]
    if spell[-1] in _AWAY:
        spell = spell[:-1]  # "my year out", "my year abroad"
    if not spell or spell[-1] not in _SPELLS or (VENUES | TRIAL_WORK).intersection(spell):
        return False
    # NOTE: the whole sentence before the spell: "I'd hoped to grow a lot with your team
    # during my first year at X" is cut at "grow"
    before = [t.lower_.replace("\u2019", "'") for t in doc[sent.start : start]]
    if (_WISHED_FOR | _WANTING | {"to", "forward"}).intersection(before[: k - len(words) - 1]):
        return False
    rest = [t.lower_.replace("\u2019", "'") for t in doc[end : min(end + 12, sent.end)]]
    me = next((i for i, w in enumerate(rest) if w in ("i", "we")), None)
    return me is None or rest[me + 1 : me + 2] == [] or rest[me + 1] not in _IMAGINED


#: Words of time before "my" that open a spell ("during my", "in my", "over our").
_WHILE_THERE = frozenset({"during", "in", "over", "throughout", "through", "on", "from",
                          "after", "across"})  # fmt: skip
#: Spans and stints the writer spent somewhere ("my spring week", "my gap year").
_SPELLS = _SPANS | _SEASONS | _STINTS | frozenset({"week", "term", "terms", "semester",
                                                   "semesters"})  # fmt: skip
#: Words after a span that make it one spent away ("my year out", "my year abroad").
_AWAY = frozenset({"out", "abroad", "off", "away"})
#: Verbs after "I" of a time still to come ("In my first month at X I would ...").
_IMAGINED = frozenset({"would", "'d", "will", "'ll", "could", "might", "hope", "want",
                       "plan", "aim", "can"})  # fmt: skip


def _done_before(doc, sent, window: list[str], end: int) -> bool:
    """Return True for a name in an opening clause of the writer's deed ("Having rebuilt ...").

    "Having" and a deed, then "I" after the clause ("Having rebuilt the range at X, I know
    ..."): what the writer did there is their past.
    Having met, visited or applied is no deed done there.
    """
    if window[:1] != ["having"] or not window[1:2] or window[1] in _NO_DEED:
        return False
    k = end
    while k < sent.end and doc[k].text != ",":
        k += 1
    return k + 1 < sent.end and doc[k + 1].lower_ in ("i", "i've", "i'd", "i'm")


def _own_done_there(doc, sent, start: int) -> bool:
    """Return True for the writer's own work said done at the name ("which I did at X").

    NOTE: "my liquidity reporting, which I mostly did in Excel at Carrow Building Society":
    a thing of the writer's ("my", "our") taken up by "which I did" or "that I do", then
    "at" the name, is their own work there, past or present, as "my work at X" is. Not the
    hiring's own tasks ("my case exercise, which I did at X", "the presentation I did at
    X"): those were done for the firm written to.
    """
    if start - 1 < sent.start or doc[start - 1].lower_ != "at":
        return False
    k = start - 2
    while k > sent.start and start - k <= 8 and doc[k].lower_ not in ("which", "that"):
        k -= 1
    clause = [t.lower_ for t in doc[k + 1 : start - 1]]
    if doc[k].lower_ not in ("which", "that") or clause[:1] not in (["i"], ["we"]):
        return False
    verbs = clause[1:]
    while verbs and (verbs[0].endswith("ly") or verbs[0] in _STILL_DONE):
        verbs = verbs[1:]  # "which I mostly did", "that I still do"
    if verbs[:2] in (["have", "done"], ["'ve", "done"], ["had", "done"]):
        verbs = verbs[1:]
    if not verbs or verbs[0] not in _DOING or TRIAL_WORK.intersection(verbs):
        return False
    thing = [t.lower_ for t in doc[max(k - 5, sent.start) : k] if t.text != ","]
    return bool({"my", "our"}.intersection(thing)) and not TRIAL_WORK.intersection(thing)


#: Forms of doing one's own work ("which I did", "that I do", "which I have done").
_DOING = frozenset({"did", "do", "done", "handled", "handle"})
#: Adverbs between "I" and the doing ("which I also did", "that I still do").
_STILL_DONE = frozenset({"also", "still", "often", "always", "then", "once", "now"})


#: Words after "having" that are no deed done at a place ("Having met the team at X").
_NO_DEED = frozenset({"met", "visited", "seen", "heard", "read", "followed", "applied",
                      "interviewed", "spoken", "talked", "chatted", "watched", "admired",
                      "toured", "the", "a", "an", "no", "such"})  # fmt: skip


def _carrying_on(window: list[str]) -> bool:
    """Return True for the writer's current job said to go on ("I'll keep doing shifts at X").

    "I'll keep working weekends at X", "I will carry on doing nights at X", "I'm continuing
    to work at X for now": the writer (with no wish between: "I'd love to keep working at X"
    is one), a verb of going on, a deed of work, then "at" or "for" and the name. Not "I'll
    keep working hard to earn a place at X": a purpose, not the work itself, leads to it.
    """
    words = [w.replace("’", "'") for w in window]
    if words[-1:] not in (["at"], ["for"]):
        return False
    k = next((i for i, w in enumerate(words) if w in _GOING_ON), None)
    if k is None:
        return False
    j = k - 1
    while j >= 0 and words[j] in _WILL:
        j -= 1
    if j < 0 or words[j] not in ("i", "we", "i'll", "i'm", "we'll"):
        return False  # "you'll keep doing great work at X", "I'd love to keep working at X"
    deed = k + 1 + (words[k + 1 : k + 2] in (["on"], ["to"]))
    if deed == len(words) - 1 and words[-1] == "at":
        # NOTE: "as I continue at X", "while I carry on at X": the verb of going on right
        # before "at" is the writer staying where they are, their current job
        return True
    return (
        words[deed : deed + 1] != []
        and (words[deed] in _ONGOING_WORK or words[deed] == "work")
        and "to" not in words[deed + 1 : -1]
    )


#: Verbs of going on with something ("keep doing", "carry on working", "continue to work").
_GOING_ON = frozenset({"keep", "keeps", "keeping", "continue", "continuing", "carry",
                       "carrying"})  # fmt: skip
#: Words between the writer and a verb of going on ("I'll", "I am going to", "still").
_WILL = frozenset({"'ll", "will", "shall", "am", "'m", "going", "to", "just", "still", "also",
                   "happily"})  # fmt: skip


def _joined_already(doc, sent, window: list[str], end: int) -> bool:
    """Return True for a firm the writer has joined ("Before joining X, I coordinated ...").

    "Before joining X" or "since joining X" (and what as, or when: "as a planner") and then
    the writer's past ("I coordinated", "I've run", "I had spent"): X is the writer's own
    current employer. Not "Before joining
    X, I'd want to finish my course": a join still to come.
    """
    if window[-2:] not in (["before", "joining"], ["since", "joining"]):
        return False
    rest = [t.lower_.replace("’", "'") for t in doc[end : min(end + 10, sent.end)]]
    if rest[:1] not in (["i"], ["we"]) and "," in rest[:7]:
        rest = rest[rest.index(",") + 1 :]  # past "as a planner," or "in 2022,"
    elif rest[:1] and rest[0] in _WHEN_OR_AS:
        # "Before joining X in 2021 I worked ...": the same phrase without its comma
        k = next((i for i, w in enumerate(rest[:6]) if w in ("i", "we")), 0)
        rest = rest[k:]
    if len(rest) < 2 or rest[0] not in ("i", "we"):
        return False
    verb = rest[2] if rest[1] == "'d" and len(rest) > 2 else rest[1]
    return verb in PAST or (verb.endswith("ed") and len(verb) > 4) or verb in ("'ve", "have", "had")


#: Words that open a phrase of when or as what after "Before joining X" ("in 2021", "as a
#: planner", "last spring").
_WHEN_OR_AS = frozenset({"in", "as", "last", "back", "early", "late", "this"})


def _worked_through(doc, sent, candidate: Candidate, window: list[str]) -> bool:
    """Return True for an agency the writer has worked through ("I've cleaned ... through X").

    "For three years I've cleaned for clients through X", "I temped at two schools via X":
    the writer's past or present work earlier in the sentence, then "through" or "via" the
    name: the agency or scheme that placed them, not the organisation written to. Not "I've
    always hoped to get in through X": a wish; nor "I applied through X's portal": a
    firm's own page is the firm applied to.
    """
    start, end = candidate.start, candidate.end
    if doc[end : end + 1].text in POSSESSIVE:
        return False
    if _through_first(doc, sent, end, window):
        return True
    if window[-1:] not in (["through"], ["via"]):
        return False
    words = [t.lower_.replace("’", "'") for t in doc[sent.start : start]]
    k = max((i for i, w in enumerate(words[:-1]) if w in ("i", "we")), default=None)
    if k is None or (_WISHED_FOR | _NEW_CLAUSE).intersection(words[k + 1 :]):
        return False  # "I enjoyed hearing how Tideway ships through X": another's doing
    verb = words[k + 1]
    if verb in ("'ve", "have", "had") and k + 2 < len(words):
        verb = words[k + 2]
    return verb in PAST or (verb.endswith("ed") and len(verb) > 4)


def _through_first(doc, sent, end: int, window: list[str]) -> bool:
    """Return True for "through X" put before the writer's clause ("through the X I have worked").

    NOTE: "..., and through the X Council I have worked on training": the body the writer
    has worked through, named first, with "I have" and a past participle right after it (a
    body known with its article: "through the X"), not the organisation written to.
    """
    if window[-1:] == ["the"]:
        window = window[:-1]
    if window[-1:] not in (["through"], ["via"]):
        return False
    after = [t.lower_.replace("’", "'") for t in doc[end : min(end + 3, sent.end)]]
    if len(after) < 3 or after[0] not in ("i", "we") or after[1] not in ("'ve", "have", "had"):
        return False
    return after[2] in PAST or (after[2].endswith("ed") and len(after[2]) > 4)


#: Words that open a clause of someone else's doing after the writer's verb ("how", "you").
_NEW_CLAUSE = frozenset({"how", "that", "what", "which", "who", "where", "you", "your", "they",
                         "he", "she"})  # fmt: skip
#: Words of a wish in the writer's clause: the name after "through" is hoped for, not known.
#: NOTE: not "like": "clients like X" is no wish ("I'd like" has its "'d")
_WISHED_FOR = frozenset({"hoped", "wanted", "hope", "hoping", "keen", "would", "'d", "wish",
                         "planned"})  # fmt: skip


def worked_there(doc, sent, end: int) -> bool:
    """Return True when a later clause puts the job not had, or wished for, "there".

    "I've always liked shopping at X, so working behind the counter there would have been
    great", "..., and I'd love a job there": the place of that job is the organisation
    written to (after "at": "a great name in North Texas, and I'd love to work there" puts
    the job at the firm, not the region). A clause of the writer's past ("working there
    taught me") has no modal.
    """
    words = [t.lower_ for t in doc[end : sent.end]]
    if "there" not in words:
        return False
    k = words.index("there")
    after = words[k + 1 : k + 3]
    if after[:1] and (after[0] in _BE or (after[0] in _MODALS and after[1:] == ["be"])):
        return False  # "if there is a role": no place
    clause = words[max(k - 5, 0) : k + 4]
    job = {"work", "working", "job", "role", "post", "join", "joining"}.intersection(clause)
    return bool(job) and bool(_MODALS.intersection(clause))


#: Forms of "be" after an existential "there" ("there is", "there's"; "there might be").
_BE = frozenset({"is", "'s", "’s", "are", "was", "were", "be"})
#: Modal verbs of a job not had or still wished for ("would have been", "I'd love to").
_MODALS = frozenset({"would", "could", "'d", "’d", "might"})


def joined_site(doc, start: int, company: str) -> bool:
    """Return True for a name the writer would join a site of ("join Hillside's new line").

    A firm that runs no named sites (no group, trust or health service) owns the line,
    kitchen or shop the writer hoped to join: the name before it is the firm's own. A
    health service's or a group's hospitals and sites carry names of their own ("join St.
    Fintan's surgical ward" in a reply to a health service).
    """
    joined = start > 0 and doc[start - 1].lower_ in JOIN
    return joined and not (UMBRELLA.search(company) or HEALTH_SERVICE.search(company))


#: Verbs of joining the organisation a name follows ("join Corvane", "join the X family").
JOIN = frozenset({"join", "joining", "rejoin", "rejoining"})
