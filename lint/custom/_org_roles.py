"""The role a name plays in its sentence: the employer's own part in a reply to a rejection.

A reply says of the organisation written to what it says of no other: that it was the
writer's first choice ("X was my top pick"), the first firm they thought of, where their
experience would count ("X is where I belong"), the home they hoped to make ("to make X my
long-term home"), or that it is wrong to turn them down ("X is making a real mistake").
These readings take the name by what its clause says of it, not by a cue before it; the
writer's past ("X was my first employer", "X is where I trained", "I made X my home for
ten years") plays none of these roles.
"""

from __future__ import annotations

from replylint.custom._org_cues import MODALS
from replylint.custom._org_names import Candidate, is_org


def employer_role(doc, candidate: Candidate) -> bool:
    """Return True when the name's clause gives it the role of the organisation written to."""
    sent = doc[candidate.start].sent
    after = [t.lower_ for t in doc[candidate.end : sent.end] if t.text not in (",", "’s", "'s")]
    before = [t.lower_ for t in doc[max(sent.start, candidate.start - 4) : candidate.start]]
    if (
        before[-2:-1] != []
        and before[-1] == "in"
        and before[-2].isalpha()
        and not is_org(candidate.text)
    ):
        # NOTE: "the X group in Y is lucky to have them": a name after "in" right after a
        # noun is the place of the noun's thing, which is the clause's subject, not the name;
        # not a firm's name ("the role in Halden Labs was my first choice"): the job's firm
        return False
    return (
        _chosen(after)
        or _where_i_belong(after)
        or _faulted(after)
        or _home(before, after)
        or _hires(after)
        or _lucky(after)
        or _lucky_in_winner(doc[sent.start : candidate.start], after)
        or _congratulated_on_hire(before, after)
    )


def _copula(after: list[str]) -> int | None:
    """Return where the words after a copula start ("X was", "X has always been")."""
    k = 0
    if after[:1] and after[0] in ("has", "had", "will", "would"):
        k = 1
        while after[k : k + 1] and after[k] in _ADVERBS:
            k += 1
        if after[k : k + 1] not in (["been"], ["be"]):
            return None
        return k + 1
    if after[:1] and after[0] in ("is", "was", "remains"):
        k = 1
        while after[k : k + 1] and after[k] in _ADVERBS:
            k += 1
        return k
    return None


def _chosen(after: list[str]) -> bool:
    """Return True for "X was my first choice" or "X was the first firm I thought of"."""
    k = _copula(after)
    if k is None:
        return False
    rest = after[k : k + 6]
    if rest[:1] == ["my"] and _CHOICES.intersection(rest[1:4]):
        return True  # "X was my first choice", "X has always been my top pick"
    if rest[:1] != ["the"] or not rest[1:2] or rest[1] not in _FIRST:
        return False
    # "the first firm I thought of", "the only place I applied"; not "the first company I
    # worked for": the writer's past
    k = next((i for i, w in enumerate(rest) if w in _PLACES), None)
    return (
        k is not None
        and rest[k + 1 : k + 2] == ["i"]
        and rest[k + 2 : k + 3] != []
        and (rest[k + 2] in _THOUGHT)
    )


def _where_i_belong(after: list[str]) -> bool:
    """Return True for "X is where my experience would count most", "X is where I belong".

    Not "X is where I trained": a past, with no modal and no verb of belonging.
    """
    # NOTE: or "X was where I would finally put down roots": a past tense with a modal is
    # the home the writer hoped for; "was where" alone is a past ("X was where I belonged")
    was = after[:2] == ["was", "where"]
    if after[:2] not in (["is", "where"], ["'s", "where"], ["’s", "where"]) and not was:
        return False
    clause = set(after[2:10])
    if was and not MODALS & clause:
        return False
    return bool(_BELONG & clause or (MODALS & clause and _WORK & clause))


def _faulted(after: list[str]) -> bool:
    """Return True for "X is making a real mistake", "X will regret this"."""
    words = after[:6]
    if (
        words[:1]
        and words[0] in ("is", "are", "has", "have")
        and words[1:2] in (["making"], ["made"])
    ):
        return "mistake" in words[2:6]
    return words[:2] in (["will", "regret"], ["made", "a"]) and (
        words[1] == "regret" or "mistake" in words[2:5]
    )


def _lucky(after: list[str]) -> bool:
    """Return True for "X would've been lucky to have me": the one that turned the writer down.

    Not "X is lucky to have such a team": only the writer, had, is what X missed.
    """
    k = 0
    if after[:1] and after[0] in MODALS:
        k = 1
        while after[k : k + 1] and after[k] in ("have", "'ve", "’ve", *_ADVERBS):
            k += 1
        if after[k : k + 1] != ["been"]:
            return False
        k += 1
    j = next((j for j in (k, k + 1) if after[j : j + 1] and after[j] in _LUCKY), None)
    return j is not None and after[j + 1 : j + 4] in (["to", "have", "me"], ["to", "get", "me"])


def _lucky_in_winner(before, after: list[str]) -> bool:
    """Return True for "Congratulations to whoever got it; X is lucky to have them".

    The one said to be lucky in the hire the writer congratulates is the one that hired
    them instead of the writer: the one written to.
    """
    if not _WINNER.intersection(t.lower_ for t in before):
        return False
    k = 1 if after[:1] in (["is"], ["are"]) else 0
    j = next((j for j in (k, k + 1) if after[j : j + 1] and after[j] in _LUCKY), None)
    return j is not None and after[j + 1 : j + 4] in _HAVE_THE_HIRE


def _congratulated_on_hire(before: list[str], after: list[str]) -> bool:
    """Return True for "Congratulations to X on the new hire": the firm that hired instead.

    NOTE: the one congratulated on a hire or an appointment is the one that made it, the
    hire the reply answers; other news ("on the award") is left to the other readings.
    """
    if before[-2:] not in (["congratulations", "to"], ["congrats", "to"]) and before[-1:] != [
        "congratulate"
    ]:
        return False
    return after[:1] == ["on"] and bool(_HIRE_NEWS.intersection(after[1:5]))


def _hires(after: list[str]) -> bool:
    """Return True for "X clearly prefers safe internal hires", "X went with someone else".

    What a firm prefers or chose in hiring is the decision the reply answers; "X hired me in
    2019" is the writer's past (no hire named but the writer).
    """
    k = 0
    while after[k : k + 1] and after[k] in _ADVERBS:
        k += 1
    if not after[k : k + 1] or after[k] not in _PREFERS:
        return False
    rest = after[k + 1 : k + 6]
    return "me" not in rest[:1] and bool(_HIRES.intersection(rest))


def _home(before: list[str], after: list[str]) -> bool:
    """Return True for "to make X my long-term home": a home hoped for, not "made" (past)."""
    return before[-1:] == ["make"] and after[:1] == ["my"] and bool(_HOMES.intersection(after[1:5]))


#: Words between a copula and its complement ("has always been", "was honestly").
_ADVERBS = frozenset({"always", "honestly", "genuinely", "truly", "really", "still", "also",
                      "definitely", "easily", "absolutely", "clearly", "obviously",
                      "evidently"})  # fmt: skip
#: What the writer chose first ("my first choice", "my top pick").
_CHOICES = frozenset({"choice", "pick", "preference", "option", "target"})
#: Words of a first or only thought ("the first firm", "the only place").
_FIRST = frozenset({"first", "only", "one"})
#: Nouns of an organisation as a place to work ("the first firm I thought of").
_PLACES = frozenset({"firm", "company", "place", "employer", "organisation", "organization",
                     "team", "name", "practice", "school", "hospital", "agency"})  # fmt: skip
#: Verbs of thinking of or aiming at an employer, not of working there.
_THOUGHT = frozenset({"thought", "considered", "wanted", "pictured", "imagined", "hoped",
                      "applied", "looked", "had"})  # fmt: skip
#: Verbs of a choice made in hiring ("X prefers internal hires", "X went with someone").
_PREFERS = frozenset({"prefers", "preferred", "prefer", "favours", "favors", "favoured",
                      "favored", "chose", "picked", "went", "wanted", "wants"})  # fmt: skip
#: Who is hired: the object of that choice ("safe internal hires", "someone else").
_HIRES = frozenset({"hire", "hires", "hiring", "candidate", "candidates", "someone",
                    "somebody", "applicant", "applicants", "insiders", "internal",
                    "internally"})  # fmt: skip
#: A hire or an appointment a firm is congratulated on ("on the new hire").
_HIRE_NEWS = frozenset({"hire", "appointment", "appointee", "recruit", "selection"})
#: Words of a firm's good fortune in a hire ("X would have been lucky to have me").
_LUCKY = frozenset({"lucky", "fortunate"})
#: Words of a sentence that greets the one hired instead ("Congratulations to whoever got it").
_WINNER = frozenset({"congratulations", "congrats", "whoever"})
#: The hire another has, after "lucky" ("lucky to have them").
_HAVE_THE_HIRE = (["to", "have", "them"], ["to", "have", "him"], ["to", "have", "her"])
#: Verbs of belonging in a workplace ("where I belong", "where I would thrive").
_BELONG = frozenset({"belong", "thrive"})
#: Words of the writer's work, with a modal ("where my experience would count most").
#: NOTE: and roots put down ("where I would put down roots"): a home hoped for, with a modal
#: only ("X is where I put down roots" may be the writer's past)
_WORK = frozenset({"experience", "skills", "career", "work", "contribute", "count", "grow",
                   "roots"})  # fmt: skip
#: What a writer hoped to make of an employer ("my long-term home", "my next employer").
_HOMES = frozenset({"home", "employer", "base", "career"})
