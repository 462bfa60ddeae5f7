"""A name whose people or ships the writer wishes to join: the organisation written to.

A step of ``_org_reading.addressed``, read before a name followed by a plain noun is taken
for a thing named after it ("the X coaching staff", "a X vessel"): the people of a firm
the writer hopes to be part of, named by their field ("to be part of the X coaching staff",
"keen to contribute to the X family", "to join the medical team of X"), or the ships the
writer hopes to serve on ("I'd be proud to serve on a X vessel one day"), are the firm the
reply is written to. Only a wish: "I was part of the X coaching staff" is the writer's past.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from replylint.custom._clauses import attributive, window_before
from replylint.custom._employer import word_after
from replylint.custom._employer_slots import JOIN, own_mention
from replylint.custom._hopes import wished_before
from replylint.custom._vocabulary import ordinary

if TYPE_CHECKING:
    from replylint.custom._org_reading import _Mention


def joined_wished(m: _Mention) -> bool | None:
    """Read a firm's people or ships the writer wishes to join as the firm written to."""
    if m.possessive or m.named_rightly or m.school or m.candidate.text.isupper():
        return None
    if len(m.words) == 1 and ordinary(m.words[0]):
        return None  # "the Leeds coaching staff": a site's town, the employer's own unit
    # NOTE: "the team at X" is left to the steps that read "at" (a trust's hospital is its own)
    team = team_joined(m.doc, m.start, m.sent.start, at=False)
    if not (_people_joined(m) or team or _ship_served(m)):
        return None
    return None if own_mention(m.doc, m.candidate) else True


def _people_joined(m: _Mention) -> bool:
    """Return True for "to be part of the X (field) staff", "to contribute to the X family"."""
    if m.before != "the":
        return False
    # NOTE: "the X team" right after the name is read by the word before it (``word_before``),
    # as a town's office or a rival's; a team named by its field ("the X coaching staff") is
    # the firm X's people, and so is its family ("to contribute to the X family")
    if m.after in _FAMILY:
        return _joining(m.lead)
    if not attributive(m.after) or m.after in _PEOPLE:
        return False
    return word_after(m.doc, m.end + 1) in _PEOPLE and _joining(m.lead)


def team_joined(doc, start: int, sent_start: int, at: bool = True) -> bool:
    """Return True for "to be part of the (field) team of X" or "at X": X's people, joined.

    NOTE: the field may be a department's name ("the Quality team at X"), one word. ``at``
    says whether "the team at X" is read as well as "the team of X".
    """
    k = start - 1
    joins = ("of", "at") if at else ("of",)
    if k - 3 < sent_start or doc[k].lower_ not in joins or doc[k - 1].lower_ not in _PEOPLE:
        return False
    k -= 2
    field = doc[k].text
    if doc[k].lower_ != "the" and (attributive(field) or (field.isalpha() and field.istitle())):
        k -= 1  # "the medical team of", "the Quality team at"
    # NOTE: the clause before the team, read afresh: the team's words take up the few words
    # a clause before the name is read to ("I still hope one day to be part of")
    if k < sent_start or doc[k].lower_ != "the":
        return False
    return _joining(window_before(doc, sent_start, k))


def _joining(words: list[str]) -> bool:
    """Return True when ``words`` end on a wish to join ("hope to join", "keen to be part of")."""
    if words[-1:] and words[-1] in JOIN:
        return wished_before(words, len(words) - 2)
    if words[-2:] == ["contribute", "to"]:
        return wished_before(words, len(words) - 3)
    if words[-2:] != ["part", "of"]:
        return False
    k = len(words) - 3 - (words[-3:-2] == ["a"])  # "be a part of"
    return k >= 1 and words[k] in _BE and wished_before(words, k - 1)


def _ship_served(m: _Mention) -> bool:
    """Return True for "to serve on a X vessel": a ship the writer wishes to crew is X's."""
    if m.before not in ("a", "an", "the") or m.after not in _SHIPS:
        return False
    lead = m.lead
    if len(lead) < 3 or lead[-1] not in _ON_BOARD or lead[-2] not in _CREWING:
        return False
    return wished_before(lead, len(lead) - 3)


#: The people of a firm named as a body the writer would join ("the X family", "staff").
_PEOPLE = frozenset({"family", "crew", "team", "staff", "squad", "ensemble", "troupe"})
#: Verbs before "part of" ("be part of", "become a part of").
_BE = frozenset({"be", "become"})
#: A firm's ships, which the writer would crew ("a X vessel").
_SHIPS = frozenset({"vessel", "vessels", "ship", "ships", "tanker", "tankers", "rig", "rigs"})
#: Verbs of working a ship's crew ("serve on", "sail aboard").
_CREWING = frozenset({"serve", "sail", "work"})
#: The words between crewing and the ship ("serve on", "sail aboard").
_ON_BOARD = frozenset({"on", "aboard", "onboard"})
#: The people of a firm as its family, joined as the firm is ("the X family").
_FAMILY = frozenset({"family", "crew"})
