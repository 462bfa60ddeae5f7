"""wrong-company: pasted names that the blind sets context114-116 showed.

Cases from tests/context115 and context116, each with new wordings: a titled person
greeted "of" a firm ("Dear Ms Haugland of Nordlicht Cruises,") greets that firm; being part
of a firm named as a goal still ahead ("being part of X is still a goal of mine") is
joining it; and a firm given the stages of the hiring ("I gave X three rounds") ran them.
The employer's own name in each place, a past goal and a gift of no stage stay unflagged.
"""

from __future__ import annotations

import pytest
from contexthelp import company_reply, flagged
from test_context_relations56 import _letter


def _ferry(sentence: str) -> list[str]:
    """Return the findings of ``sentence`` in a reply to a ferry line's rejection."""
    return flagged(company_reply(sentence, "Skerryvore Ferries", "Morag Bain",
                                 "morag.bain@skerryvore.example", "Lewis Grant"))  # fmt: skip


def _greeted(greeting: str) -> list[str]:
    """Return the findings of a reply to the ferry line opening on ``greeting``."""
    reply = (
        "---\nto: [Morag Bain <morag.bain@skerryvore.example>]\n"
        "rejection:\n  from: [Morag Bain <morag.bain@skerryvore.example>]\n"
        f"  company: Skerryvore Ferries\n---\n{greeting}\n\n"
        "Thank you for letting me know about the deckhand role.\n\nKind regards,\nLewis Grant\n"
    )
    return flagged(reply)


@pytest.mark.parametrize(
    ("path", "name"),
    [
        ("context115/rude-thanks-for-nothing-karachi.md", "Bazaarify"),
        ("context116/coastal-cruise-greeting-wrong-company-late.md", "Nordlicht Cruises"),
        ("context116/tourism-board-hope-to-join-wrong-org.md", "Visit Burren Coast"),
    ],
)
def test_the_letters_flag_their_pasted_name(path, name) -> None:
    assert name in _letter(path)


@pytest.mark.parametrize(
    ("greeting", "name"),
    [
        ("Dear Mrs Bain of Hebridean Ferries,", "Hebridean Ferries"),
        ("Dear Dr. Bain of Northlink Shipping Ltd,", "Northlink Shipping Ltd"),
    ],
)
def test_a_person_greeted_of_another_firm_names_it(greeting, name) -> None:
    """ "Dear Ms X of Y,": the firm after "of" is the one greeted."""
    assert _greeted(greeting) == [name]


@pytest.mark.parametrize(
    "greeting",
    ["Dear Ms Bain of Skerryvore Ferries,", "Dear Ms Bain,", "Dear Mrs Bain of Oban,"],
)
def test_a_person_greeted_of_the_employer_or_a_town_is_fine(greeting) -> None:
    assert _greeted(greeting) == []


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Being part of Lochaber Rugby Club is still a goal of mine.", "Lochaber Rugby Club"),
        ("Becoming a part of Glenview Leisure remains my dream.", "Glenview Leisure"),
        ("I gave Wavecrest two interviews and a sea trial.", "Wavecrest"),
        ("Honestly, I gave Bluehaven Marine three rounds of my time.", "Bluehaven Marine"),
    ],
)
def test_a_goal_of_being_part_or_stages_given_name_the_firm(sentence, name) -> None:
    assert _ferry(sentence) == [name]


@pytest.mark.parametrize(
    "sentence",
    [
        "Being part of Skerryvore Ferries is still a goal of mine.",
        "Being part of Lochaber Outdoor Centre was a dream for ten years.",
        "Being part of Lochaber Outdoor Centre is a privilege I had for years.",
        "I gave Glenview Leisure my notice last spring.",
        "I gave Skerryvore Ferries three rounds of my best.",
    ],
)
def test_a_past_goal_or_a_gift_of_no_stage_is_fine(sentence) -> None:
    assert _ferry(sentence) == []


def _tagged(tags: str) -> list[str]:
    """Return the findings of a reply to the ferry line with ``tags`` under the writer's name."""
    return flagged(company_reply("I'd love to stay in touch.", "Skerryvore Ferries", "Morag Bain",
                                 "morag.bain@skerryvore.example", f"Lewis Grant\n{tags}"))  # fmt: skip


def test_the_letter_flags_its_future_firm_tag() -> None:
    path = "context114/robotics-sales-hashtag-competitor-name-applemail.eml"
    assert "Strydex" in _letter(path)


@pytest.mark.parametrize(
    ("tags", "name"),
    [("#NeverStopLearning #FutureWavelink #Maritime", "Wavelink"), ("#FutureSeaforth", "Seaforth")],
)
def test_a_tag_of_a_future_at_another_firm_is_flagged(tags, name) -> None:
    """ "#FutureX": a future at a firm hoped for names it as the one to be joined."""
    assert _tagged(tags) == [name]


@pytest.mark.parametrize(
    "tags", ["#FutureLeaders #Maritime", "#FutureOfWork", "#FutureSkerryvore #Ferries"]
)
def test_a_tag_of_a_plain_future_or_the_employers_is_not_flagged(tags) -> None:
    assert _tagged(tags) == []
