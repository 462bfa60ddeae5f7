"""A maker named for its machines ("he knows X engines"), not the firm written to.

A step of ``_org_future.its_people_or_things``: a name right before the machines someone
knows, runs or keeps up is their maker's brand, named for a skill with them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from replylint.custom._org_reading import _Mention


def machines_known(m: _Mention) -> bool:
    """Return True for a maker's name before machines someone knows or keeps up.

    NOTE: "I hope he knows X engines better than ...", "I have serviced X turbines for ten
    years", "my experience with X compressors": a name right before a machine's plural noun,
    after a verb of knowing or keeping up machines (or experience "with" or "on" them), is
    the maker of the machines the skill is about, not the firm written to. Not the machines
    wished for ("I'd love to work on X engines"): only knowing, keeping up and experience.
    """
    if m.possessive or m.after not in _MACHINES:
        return False
    lead = m.lead
    if lead[-1:] and lead[-1] in _KEPT_UP:
        return True
    return len(lead) > 1 and (lead[-2], lead[-1]) in _SKILL_WITH


#: Machines named after their maker ("X engines", "X turbines").
_MACHINES = frozenset({"engines", "turbines", "compressors", "pumps", "boilers", "generators",
                       "gearboxes", "cranes", "forklifts", "tractors", "excavators", "locomotives",
                       "chillers", "thrusters"})  # fmt: skip
#: Verbs of knowing machines or keeping them up ("knows X engines", "serviced X turbines").
_KEPT_UP = frozenset({"know", "knows", "knew", "known", "maintain", "maintains", "maintained",
                      "maintaining", "service", "services", "serviced", "servicing", "repair",
                      "repairs", "repaired", "repairing", "overhaul", "overhauled",
                      "overhauling", "troubleshoot", "troubleshooting"})  # fmt: skip
#: A skill's noun and the word before the machines ("experience with X engines").
_SKILL_WITH = frozenset({("experience", "with"), ("experience", "on"), ("knowledge", "of"),
                         ("familiar", "with"), ("certified", "on"), ("trained", "on")})  # fmt: skip
