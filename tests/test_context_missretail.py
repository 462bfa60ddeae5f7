"""wrong-company: five readings of another organisation named as the employer (context120/121).

The employer's own words turned round ("Sol Nascente" as "Nascente Sol") are its name
misremembered; a name ending in "Malls" is a landlord firm, not a site of the employer's;
a hope that the writer "can be part of X" is the same wish as "I hope to be part of X"; a
coined firm that "has done this to me" is the one that turned the writer down; and a
pasted firm's "family" is its people, as its team is.
"""

from __future__ import annotations

import pytest
from contexthelp import replier

_pharmacy = replier("Farmácias Sol Nascente S.A.", "Rita Lopes", "rita@solnascente.example",
                    "Ana Reis")  # fmt: skip
_landlord = replier("Harbourgate Centres plc", "Fiona Hart", "fiona@harbourgate.example",
                    "Priya Shah")  # fmt: skip
_studio = replier("Lanternfish Games", "Lin Mei", "mei@lanternfish.example", "Ivan Petrov")
_phones = replier("Callmart Stores", "Kofi Mensah", "kofi@callmart.example", "Yaw Owusu")
_games = replier("Tidewater Games", "Sigrid Holm", "sigrid@tidewater.example", "Omar Idrissi")


# --- the employer's own words turned round ------------------------------------------------


def test_the_employers_words_turned_round_are_a_name_misremembered() -> None:
    assert _pharmacy("I would still love to join Nascente Sol one day.") == ["Nascente Sol"]


def test_the_employers_words_in_their_own_order_are_its_name() -> None:
    assert _pharmacy("I would still love to join Sol Nascente one day.") == []


# --- a landlord named for its malls --------------------------------------------------------


def test_a_name_ending_in_malls_is_another_landlord() -> None:
    assert _landlord("I'd still love to join the Crestline Malls team one day.") == [
        "Crestline Malls"
    ]


def test_the_employers_own_team_stays_its_own() -> None:
    assert _landlord("I'd still love to join the Harbourgate team one day.") == []


# --- a hope that the writer can be part of a firm ----------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "I hope very much that one day I can be part of Brightkiln Forge.",
        "I wish I could be a part of Brightkiln Forge in the future.",
        "I had hoped that I could be part of Brightkiln Forge this year.",
    ],
)
def test_a_hope_that_the_writer_can_be_part_of_a_firm(sentence: str) -> None:
    assert _studio(sentence) == ["Brightkiln Forge"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Last spring I was part of Brightkiln Forge as a tester.",
        "I think I can be part of Brightkiln Forge events as a volunteer.",
    ],
)
def test_being_part_of_a_firm_without_a_hope(sentence: str) -> None:
    assert _studio(sentence) == []


# --- a coined firm that did the turning down ----------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "This is the second time TalkTown has done this to me.",
        "I can't believe TalkTown did this to me again.",
    ],
)
def test_a_coined_firm_that_did_this_to_the_writer(sentence: str) -> None:
    assert _phones(sentence) == ["TalkTown"]


@pytest.mark.parametrize(
    "sentence",
    [
        "This is the second time Kwesi has done this to me.",  # a person
        "TalkTown has done a great job of fixing my phone.",  # not done to the writer
    ],
)
def test_a_person_or_a_deed_of_another_kind(sentence: str) -> None:
    assert _phones(sentence) == []


# --- a pasted firm's family --------------------------------------------------------------


def test_the_family_of_a_pasted_firm_is_its_people() -> None:
    sentence = ("Thank you for considering me for the artist role at Quillfern Studios. "
                "Cheers to the Quillfern family!")  # fmt: skip
    assert _games(sentence) == ["Quillfern Studios", "Quillfern"]


def test_a_family_of_a_name_never_pasted_is_left_alone() -> None:
    sentence = ("Thank you for considering me for the artist role at Quillfern Studios. "
                "Cheers to the Okafor family!")  # fmt: skip
    assert _games(sentence) == ["Quillfern Studios"]
