"""wrong-company: names the employer's world gives, read by the words around them.

Cases from the blind sets tests/context93-95, each with new wordings: "the two interviews
at X" and "meet the team again at X" say where people met; "the extra X calls" are a
carrier's port calls; "how <employer> supports the X mission" is a client's mission; the
initials of a long name the rejection spells ("PSNS & IMF") are the employer's; "X put me
forward" is a go-between; "X, who supply both of us" is a supplier; "the X showcase" is an
event. A pasted name beside each stays flagged.
"""

from __future__ import annotations

import pytest
from contexthelp import found, replier
from test_context_relations56 import _letter

#: The wrong-company findings of a sentence in a reply to a container terminal's rejection.
_terminal = replier(
    "Harbourline Terminals", "Ruth Adeyemi", "ruth.adeyemi@harbourline.example", "Sam Cole"
)


def _dockyard(sentence: str) -> list[str]:
    """Return the findings of ``sentence`` in a reply to a rejection known by its domain only."""
    return found(
        "From: Lee Park <lee.park@gmail.com>\n"
        "To: Dana Osei <dana.osei@navy.example>\n"
        "Subject: Re: Rigger - Kestrel Point Naval Dockyard\n"
        "Date: Tue, 10 Mar 2026 09:00:00 +0000\n\n"
        f"Dear Dana,\n\nThank you for letting me know. {sentence}\n\nKind regards,\nLee Park\n\n"
        "On Mon, 9 Mar 2026 at 14:00, Dana Osei <dana.osei@navy.example> wrote:\n"
        "> Dear Lee,\n>\n> We have offered the Rigger post to another candidate.\n>\n"
        "> Dana Osei\n> Kestrel Point Naval Dockyard & Fleet Support Facility\n",
        "wrong-company",
    )


@pytest.mark.parametrize(
    "path",
    [
        "context93/vessel-planner-dutch-client-van-der-berg-toc-europe.eml",
        "context94/cyber-booz-allen-dear-hiring-team-late.eml",
        "context94/naval-shipyard-two-signers-malay-name-outlook.eml",
        "context95/bartender-nested-quotes-tanaka-san.eml",
        "context95/floor-supervisor-singapore-many-orgs-correct.eml",
        "context95/head-chef-two-signers-rambling-too-long.eml",
    ],
)
def test_the_letters_no_longer_flag_a_name(path) -> None:
    assert _letter(path) == []


def test_a_trade_fair_met_at_again_is_not_the_employer() -> None:
    # NOTE: the same letter's pasted "SAMI" is a miss left to its own fix
    assert "IDEX" not in _letter("context94/edge-group-to-whom-it-may-concern-pasted-sami.md")


@pytest.mark.parametrize(
    "sentence",
    [
        "Thank you for the two interviews at Kelderhaven last week.",
        "I hope to meet the team again at Posidonia in June.",
        "Congratulations on your new planner; I hope the extra Nordic Shipping Alliance calls go"
        " smoothly.",
        "Congratulations on your new hire; I hope the new Ocean Carriers Group sailings go well.",
        "It was inspiring to hear how Harbourline supports the Coastguard mission on the estuary.",
        "Kitchen Crew Partners put me forward for the role, so I'll ask them too.",
        "Harbour Staffing Ltd referred me for this role, so I'll ask them as well.",
        "I'll be at the festival with Greenacre Farms Ltd, who supply your kitchen too.",
        "I wish the team every success with the Coffee & Tea Asia showcase next month.",
    ],
)
def test_a_place_client_go_between_or_event_is_not_the_employer(sentence) -> None:
    assert _terminal(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Thank you for the interviews at Kelderhaven, and I would love to join Meridian "
         "Logistics one day.", "Meridian Logistics"),
        ("I hope the extra Nordic Shipping Alliance calls go smoothly, and I still hope to join "
         "Meridian Logistics one day.", "Meridian Logistics"),
        ("I have long admired the Corvane mission and values.", "Corvane"),
        ("I hope to work with the team again at Corvane.", "Corvane"),
        ("I hope to meet the team at Corvane again.", "Corvane"),
        ("Brightpath Staffing put my name forward for the role at Corvane Foods.",
         "Corvane Foods"),
        ("The team at Corvane introduced me to so many ideas.", "Corvane"),
        ("I hope to join Greenacre Dairy, who supply the whole county.", "Greenacre Dairy"),
        ("I wish the whole team at Corvane every success.", "Corvane"),
    ],
)  # fmt: skip
def test_a_pasted_name_beside_stays_flagged(sentence, name) -> None:
    assert _terminal(sentence) == [name]


@pytest.mark.parametrize(
    "sentence",
    [
        "Thank you for the interview and for the walk through the rigging loft at KPND & FSF.",
        "I hope to join KPND & FSF one day.",
        "I would be glad to be considered for future openings at KPND.",
    ],
)
def test_initials_of_a_long_name_the_rejection_spells_are_the_employers(sentence) -> None:
    assert _dockyard(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Thank you for the walk through the rigging loft at KPND & FSF, and I hope to join "
         "Westfield General Hospital one day.", "Westfield General Hospital"),
        ("I hope to join KGH one day.", "KGH"),
        ("I hope to join the team at WGH & RC one day.", "WGH & RC"),
    ],
)  # fmt: skip
def test_other_initials_stay_flagged(sentence, name) -> None:
    assert _dockyard(sentence) == [name]
