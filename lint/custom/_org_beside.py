"""Where a name stands in its sentence, and the reader's own parties it names.

Readings ``_org_future.cued_firm`` asks before it takes a firm-like name in a sentence
about the job for the employer written to: a word of the job, the hiring or the reader
right beside the name (``cue_beside``, ``cue_beside_first``, read through two names joined
by "and" with ``conjunct_lead``); the name in the slot of the firm the sentence is about
(``sentence_about``); and the names that are the reader's own parties, not the firm
written to: its clients, partners and those relying on it (``readers_party``,
``relies_on_reader``), a gathering's host (``hosts_gathering``), another body's demands the
reader meets (``handled_by_reader``); or the firm asked to keep the writer in mind
(``keeps_writer_in_mind``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from replylint.custom._addressee import DREAMS
from replylint.custom._clauses import attributive, window_before
from replylint.custom._hopes import imagined
from replylint.custom._org_cues import AS_OTHERS, JOB_CUES, JOINING, MODALS
from replylint.custom._org_parts import EVENTS, SCHEMES, TEAMS, WORK_GROUPS
from replylint.custom._own_past import DETERMINERS

if TYPE_CHECKING:
    from replylint.custom._org_reading import _Mention


def conjunct_lead(m: _Mention) -> list[str]:
    """Return the clause before the first of two names joined by "and" ("with X and the Y").

    NOTE: "the pilot you're running with KenGen and the Y team": the second of two names
    joined by "and" has the first's role, so it is read with the words before the first
    (its own clause starts at "and"); no first name ending right before "and", no words.
    """
    k = m.start - 1
    if k > m.sent.start and m.doc[k].lower_ in ("the", "a", "an"):
        k -= 1  # the word before the name, past its article
    if k <= m.sent.start or m.doc[k].lower_ != "and":
        return []
    j = k - 1
    while j > m.sent.start and m.doc[j].text[:1].isupper():
        j -= 1
    if j == k - 1:
        return []
    return window_before(m.doc, m.sent.start, j + 1)


def _after_name(m: _Mention) -> list[str]:
    """Return the words of the name's sentence after it, past adverbs and auxiliaries."""
    rest = [t.lower_ for t in m.doc[m.end : m.sent.end]]
    k = 0
    while k < min(len(rest), 3) and rest[k] in _ON_THE_WAY:
        k += 1
    return rest[k:]


def readers_party(m: _Mention) -> bool:
    """Return True for a name the sentence makes the reader's client ("X is your client").

    NOTE: "I know X is your biggest client", "X has been one of your partners": the name
    said to be the reader's client, customer or partner (``AS_OTHERS``) or funder is
    another party of the employer's, not the one written to ("X values your clients" is).
    """
    if m.possessive:
        return False
    rest = _after_name(m)
    if rest[:1] in (["is"], ["was"], ["'s"], ["’s"], ["remains"], ["been"]):
        rest = rest[1:]
    elif rest[:1] != [","]:
        return False
    else:
        rest = rest[1:]
    if rest[:3] == ["one", "of", "your"]:
        rest = rest[2:]
    if rest[:1] != ["your"]:
        return False
    # up to two words between ("your biggest client", "your oldest retail customer")
    for word in rest[1:4]:
        if word in _PARTIES:
            return True
        if not word.isalpha():
            return False
    return False


#: The parties a firm has (``AS_OTHERS``, "your oldest partners"), and those who fund its
#: work as a client pays for it ("X is your main funder").
_PARTIES = AS_OTHERS | frozenset({"partners", "suppliers", "vendors", "competitors", "accounts",
                                  "funder", "funders", "sponsor", "sponsors"})  # fmt: skip


def relies_on_reader(m: _Mention) -> bool:
    """Return True for a name relying on the reader ("why X relies on your team so much").

    NOTE: "X relies on your team", "X depends on you", "X trusts your team": the name doing
    the relying on the reader, or the reader's unit, is the employer's client, as one the
    reader serves is (``_served_by_reader``); not "clients rely on X", the one relied on.
    """
    if m.possessive:
        return False
    rest = _after_name(m)
    if rest[:1] == [] or rest[0] not in _RELYING:
        return False
    rest = rest[1:]
    if rest[:1] and rest[0] in _RELYING_ON:
        rest = rest[1:]
    # "on you", "on your team" (not "on your judgement": what a firm asks of its own staff)
    return rest[:1] == ["you"] or (rest[:1] == ["your"] and rest[1:2] != []
                                   and rest[1] in _READERS_UNITS)  # fmt: skip


#: The reader's unit or firm, relied on ("your team", "your firm").
_READERS_UNITS = WORK_GROUPS | frozenset({"firm", "company", "agency", "practice"})
#: Verbs of relying on another ("X relies on you", "X trusts your team", "X turns to you").
_RELYING = frozenset({"rely", "relies", "relied", "relying", "depend", "depends", "depended",
                      "depending", "count", "counts", "counted", "counting", "lean", "leans",
                      "leaned", "leant", "leaning", "trust", "trusts", "trusted", "trusting",
                      "turn", "turns", "turned", "turning"})  # fmt: skip
#: What those verbs take before the one relied on ("rely on", "turn to").
_RELYING_ON = frozenset({"on", "upon", "to"})
#: Adverbs and auxiliaries between a subject and its verb ("X has always relied", "X still").
_ON_THE_WAY = MODALS | frozenset({"has", "have", "had", "does", "did", "so", "still",
                                  "always", "really", "clearly", "obviously", "heavily",
                                  "also", "now", "already", "certainly"})  # fmt: skip


def keeps_writer_in_mind(m: _Mention) -> bool:
    """Return True for a name as the subject asked to keep the writer in mind.

    NOTE: "I still hope X keeps me in mind", "X will keep me in mind": as for "I hope X keeps
    me in mind for future roles" (``sentence_about``), the subject of a clause (its sentence
    opened by it, or after "hope", "that"), keeping "me" in mind.
    """
    if m.possessive or not (m.start == m.sent.start or m.lead[-1:] == []
                            or m.lead[-1] in _SUBJECT_AFTER):  # fmt: skip
        return False
    rest = _after_name(m)
    return (rest[:1] != [] and rest[0] in _KEEPING and rest[1:2] in (["me"], ["my"])
            and "mind" in rest[2:6])  # fmt: skip


#: Verbs of keeping the writer in mind ("keeps me in mind", "bear me in mind").
_KEEPING = frozenset({"keep", "keeps", "kept", "keeping", "bear", "bears"})
#: Verbs of wishing a name well, right before it ("I wish the X every success").
WELL_WISHING = frozenset({"wish", "wishing", "congratulate", "congratulations"})
#: Words joining conjuncts, past which a word after the name is not the name's own.
_CONJUNCTIONS = frozenset({"and", "or", "but"})
#: A gathering a body holds ("the X's spring meeting"), besides the fairs and shows.
_GATHERINGS = EVENTS | frozenset(
    {"meeting", "meetings", "conferences", "congresses", "conventions"}
)
#: Verbs of meeting another's demands ("how you manage X's requirements").
_MEETING_DEMANDS = frozenset({"manage", "manages", "managed", "managing", "handle", "handles",
                       "handled", "handling", "navigate", "navigates", "navigated",
                       "navigating"})  # fmt: skip


def hosts_gathering(m: _Mention) -> bool:
    """Return True for a name owning a gathering ("the X's spring meeting").

    NOTE: "I'll see the team at the X's spring meeting": a gathering's word among the two
    plain words after the possessive; X hosts it, it is not the firm written to (not
    further: "X's platform one day").
    """
    if not m.possessive:
        return False
    plain = []
    for word in m.following:
        if not word.isalpha():
            break
        plain.append(word)
    return bool(_GATHERINGS.intersection(plain[:2]))


def handled_by_reader(m: _Mention) -> bool:
    """Return True for a name owning what the reader handles ("how you manage X's rules").

    NOTE: "you", right before a verb of handling right before "X's": the reader meets
    another body's demands (a regulator's, a market's); X is not the firm written to.
    """
    lead = m.lead
    return m.possessive and lead[-2:-1] == ["you"] and lead[-1] in _MEETING_DEMANDS


def cue_beside(m: _Mention) -> bool:
    """Return True when a word of the job stands right beside the name.

    NOTE: up to three words before it ("the care assistant role at X", "join the X", "how
    you care for the X") or three after it ("the X guidance for applicants", "the X team"),
    in its own sentence. The job's own words are JOB_CUES and DREAMS, the application's
    ("the outcome of my application to X"), and the reader's "you".
    NOTE: a mark does not count as one of the three ("my interview for Officer (X)"), nor,
    after the name, an article, a name joined to it or the capitalised rest of its phrase
    ("the X and Y teams", "the X Data Summer Internship"): the word that phrase ends in is
    the name's own. Before it an article does count: "I wish the team well with the X
    deals" names X far from the team; but not a job's capitalised title right before "at"
    or "with" ("the post of Senior Drilling Fluids Engineer at X"; not the sentence's first
    word, nor "I"). After it, a firm's unit ("the X office") or scheme ("the X Analyst
    Programme") stands beside it as the job's words do.
    """
    sent = m.sent
    # NOTE: nor "elsewhere" or "also" ("any openings elsewhere in the X"): an adverb of
    # another place or of more, which leaves the job's word the one the name is tied to
    before = [t for t in m.doc[sent.start : m.start] if not (_mark(t) or t.lower_ in _ALSO)]
    if before and before[-1].lower_ in _TITLED_AT:
        # "the post of Senior Drilling Fluids Engineer at X": past the job's title
        j = len(before) - 1
        while j > 0 and before[j - 1].i > sent.start and _name_piece(before[j - 1].text):
            j -= 1
        before = before[:j] + before[-1:]
    # NOTE: nor the first piece of a hyphened word after it ("the X hire-purchase plans",
    # "the X team-building day"): the compound is a thing of its own, not the job's word
    after = [t for t in m.doc[m.end : sent.end]
             if not (_mark(t) or t.lower_ in _ARTICLES or hyphen_head(t))]  # fmt: skip
    k = 0
    while k < min(len(after) - 1, _JOINED_MAX) and _joined(after[k].text, after[k + 1].text):
        k += 1
    words = [t.lower_ for t in after[k : k + 3]]
    if k == 0 and words[:1] == ["work"] and m.window[-1:] == ["the"]:
        # NOTE: "on the X work that is growing": "work" the name qualifies is a project's
        # or a client's work ("the Cabinet Office work"), no word of the job beside it
        words = words[1:]
    qualifies = m.before in DETERMINERS and not m.possessive
    if (
        qualifies
        and words[:1] != []
        and attributive(words[0])
        and words[0] not in _BESIDE | _UNITS_AFTER
    ):
        # NOTE: "the X mortgage briefing you run", "the X forecast with you": past a thing
        # the name qualifies (an article before it, a plain noun after), the reader in
        # person is tied to the thing (the reader's own work about X), not to the name; a
        # word of the job there still is, and so is the reader's own people or things
        # ("the X turbines with your engineers": the employer's, beside X's)
        words = [w for w in words if w != "you"]
    # NOTE: not past "and", "or", "but" after a thing the name qualifies ("the X skids and
    # your plan"): the reader's word in another conjunct is not tied to the name. Right after
    # the name, or past a comma, it still is ("the chair with X and for hearing me", "at X,
    # and meeting the group": the job's own conjuncts)
    for j, word in enumerate(words[1:], 1):
        if word in _CONJUNCTIONS:
            if words[j - 1].isalpha():
                words = words[:j]
            break
    # NOTE: a unit or a scheme only as the word the name's phrase ends in ("the X office",
    # "the X Analyst Programme"), not further ("the X retrofit programme": a thing X runs)
    unit = words[:1] != [] and words[0] in _UNITS_AFTER
    # NOTE: the second of two names joined by "and" a wish is sent to ("I wish X and Y a
    # safe year") has the first's role, the one wished well (``conjunct_lead``); not any
    # word before the first ("roles in City and Y Services", "working with X and the Y"):
    # a unit's name, or a partner of the reader's
    return (
        bool(_BESIDE.intersection(t.lower_ for t in before[-3:]))
        or bool(_WISHES_SENT.intersection(conjunct_lead(m)[-3:]))
        or unit
        or bool(_BESIDE.intersection(words))
    )


def cue_beside_first(m: _Mention) -> bool:
    """Return True for the second of two names joined by "and", both joined by the writer.

    NOTE: "I would love to join X and the Y group": the second name has the first's role
    (``conjunct_lead``), so a verb of joining right before the first stands beside it too;
    not any word of the job ("roles in X and Y Services": a department; "working with X and
    the Y": the employer's partners).
    """
    return conjunct_lead(m)[-1:] != [] and conjunct_lead(m)[-1] in JOINING


def sentence_about(m: _Mention) -> bool:
    """Return True for a name in the slot of the firm its job's sentence is about.

    NOTE: the sentence-wide cue is sure where the name opens the sentence as the place the
    writer speaks from ("At X I know my skills would help your team grow", "At X my time was
    well spent"), or is the subject the sentence tells of, in its own clause: "X felt like a
    place where I could build a career", "I can see why X is such a great place to work", "I
    hope X keeps me in mind for future roles", "Sailing with X would have been a dream come
    true"; or the name a cleft stresses ("it was X that I most wanted to work for"); a
    quality of the firm's is ``_ways_owned``'s. Earlier steps have taken the writer's own
    workplace ("At my firm, X, I ..."). Not "X first put me in touch with you" nor "why X
    backed you": only a verb of being, keeping or a modal makes the subject the place told
    of, and a word of the job or a dream must follow it.
    """
    doc, start, sent = m.doc, m.start, m.sent
    opening = [t.lower_ for t in doc[sent.start : start]]
    if opening in (["at"], ["at", "the"]):
        return True
    if m.lead[-2:] in (["it", "was"], ["it", "is"]) and m.after in ("that", "who"):
        return True
    # the subject: opening the sentence or a clause, or a gerund's ("Sailing with X")
    gerund = len(opening) == 2 and opening[0].endswith("ing") and opening[1] in _GERUND_TIES
    if not (start == sent.start or gerund or m.lead[-1:] == [] or m.lead[-1] in _SUBJECT_AFTER):
        return False
    rest = [t.lower_ for t in doc[m.end : sent.end]]
    if m.lead[-1:] == ["if"] and [w for w in rest[:3] if w not in NEED_AUX][:1] in _FIRMS_NEEDS:
        # NOTE: "If X ever needs weekend cover, I'm free": a need of the firm's the writer
        # offers to fill, in a sentence about the job, is the firm written to
        return True
    if m.possessive:
        # NOTE: a quality of the firm opening the sentence ("X's reputation ... drew me")
        if start != sent.start:
            return False
    elif not (rest[:1] != [] and rest[0] in _SUBJECT_VERBS):
        return False
    return bool(_ABOUT_THE_JOB.intersection(rest)) or imagined(sent)


#: Words after which a clause opens with its subject ("why X is", "I hope X keeps").
_SUBJECT_AFTER = frozenset({"why", "how", "that", "if", "hope", "think", "thought", "know",
                            "believe", "feel", "felt", "sure"})  # fmt: skip
#: A firm's need, after "if" ("if X ever needs", "if X requires").
_FIRMS_NEEDS = (["needs"], ["need"], ["requires"], ["require"])
#: Words that tie a gerund opening a sentence to the name ("Working with X would ...").
_GERUND_TIES = frozenset({"with", "at", "for", "alongside"})
#: Verbs that make the subject before them the place told of ("X is", "X would", "X keeps").
_SUBJECT_VERBS = MODALS | frozenset({"is", "was", "'s", "’s", "has", "had", "have", "felt",
                                     "feels", "seemed", "seems", "remains", "keeps", "kept",
                                     "always", "truly", "really"})  # fmt: skip
#: Words of the job or of a wish that make the sentence about the place to work.
_ABOUT_THE_JOB = frozenset({"place", "work", "career", "post", "role", "roles", "position",
                            "positions", "join", "joining", "step", "team", "home", "picture",
                            "opening", "openings", "wanted"}) | DREAMS  # fmt: skip


def hyphen_head(token) -> bool:
    """Return True for the first piece of a hyphened word ("hire" in "hire-purchase")."""
    doc, k = token.doc, token.i
    return (
        not token.whitespace_
        and k + 2 < len(doc)
        and doc[k + 1].text in ("-", "\u2011")
        and not doc[k + 1].whitespace_
        and doc[k + 2].is_alpha
    )


def _mark(token) -> bool:
    """Return True for a bracket, a quote or a dash, which no cue word is counted past.

    NOTE: "my interview for Officer (X)"; but a comma or a stop ends a clause, and counts as
    a word as before ("roles in X, and to stay in touch").
    """
    return token.text in _MARKS


def _joined(text: str, following: str) -> bool:
    """Return True for a capitalised piece of a name, or a word joining one on ("and Y").

    NOTE: "I" is no piece of a name ("X and I met"), nor a word of the job ("X Careers").
    """
    if text.lower() in _JOINING:
        return _name_piece(following) or text[:1] == "'"
    return _name_piece(text)


def _name_piece(text: str) -> bool:
    """Return True for a capitalised word that is no "I" and no word of the job."""
    return text != "I" and text[:1].isupper() and text.lower() not in _BESIDE | _UNITS_AFTER


_ARTICLES = frozenset({"the", "a", "an"})
#: Adverbs passed over before the name ("openings elsewhere in the X", "also at X").
_ALSO = frozenset({"elsewhere", "also"})
#: Marks inside a phrase, not between clauses ("Officer (X)", "X's 'Summer' scheme").
_MARKS = frozenset({"(", ")", "[", "]", '"', "'", "’", "\u2018", "“", "”", "-", "\u2013"})
#: Words between a job's capitalised title and the name ("Senior Engineer at X").
_TITLED_AT = frozenset({"at", "with"})
#: Words joining a second name to the first ("the X and Y teams", "X & Y offices").
_JOINING = frozenset({"and", "&", "'s", "'"})
#: How many words of a joined name or of a title the cue may stand past.
_JOINED_MAX = 4
#: Words of the hiring or the application, and the reader's, beside the job's own.
_HIRING_WORDS = frozenset({"application", "applications", "applicants", "outcome", "decision",
                           "you", "your", "hires", "panel", "panels", "interviewers"})  # fmt: skip
#: Words of the job, the hiring or the application that make a name beside them the firm's.
_BESIDE = JOB_CUES | DREAMS | _HIRING_WORDS
#: A wish sent to the names after it ("I wish X and Y", "best wishes to X and Y").
_WISHES_SENT = WELL_WISHING | {"wishes"}
#: After the name: a firm's own unit or scheme ("the X office", "the X Graduate Programme").
_UNITS_AFTER = TEAMS | SCHEMES
#: Words between the name and its need ("X ever", "X would still").
NEED_AUX = frozenset({"ever", "still", "also", "would", "will", "'ll", "’ll", "may", "might",
                       "could", "should", "can", "does", "do"})  # fmt: skip
