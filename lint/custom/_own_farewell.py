"""The writer's farewell to the people of a place ("saying goodbye to everyone at X").

A step of ``_org_whose_place.whose_place``: the people the writer says goodbye to are those
of the writer's own workplace, which the writer is leaving, not the firm written to.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from replylint.custom._org_reading import _Mention


def farewell_to_own(m: _Mention) -> bool:
    """Return True for the people "at X" the writer says goodbye to ("goodbye to everyone at").

    NOTE: "I'll be saying goodbye to everyone at X when I move in May", "we said farewell
    to the crew at X": a farewell the writer makes to the people at a place is to the
    writer's own colleagues there, the place left behind; not one asked of the reader
    ("please say goodbye to everyone at X for me": "please" or "you" before it), which
    sends the writer's regards to the people written to.
    """
    lead = m.lead
    if lead[-1:] != ["at"] or len(lead) < 4:
        return False
    if lead[-2] not in _PEOPLE:  # the people: "everyone", "the team", "all my colleagues"
        return False
    k = len(lead) - 3
    while k > 0 and lead[k] in _PEOPLE_OPENERS:
        k -= 1
    if k < 2 or lead[k] != "to" or lead[k - 1] not in _FAREWELLS:
        return False
    before = lead[: k - 1]
    return bool({"i", "we"}.intersection(before)) and not {"please", "you"}.intersection(before)


#: The people of a place said goodbye to ("everyone", "the team", "my colleagues").
_PEOPLE = frozenset({"everyone", "everybody", "all", "team", "crew", "staff", "colleagues",
                     "regulars", "clients", "customers", "gang"})  # fmt: skip
#: Words before the people ("the", "my", "all my", "the whole").
_PEOPLE_OPENERS = frozenset({"the", "my", "our", "all", "whole", "entire"})
#: Words of a farewell said "to" people ("goodbye to", "farewell to").
_FAREWELLS = frozenset({"goodbye", "good-bye", "farewell", "bye", "goodbyes", "farewells"})
