"""wrong-company: names sharing the employer's first word that context132-133 showed.

A name of the employer's first word and plain words the thread never says, standing where
the job is ("the role at X"), and the employer's first word with another firm's line of
business, joined by the writer who names the employer rightly elsewhere, are another firm
of the group named as the one written to. The employer's own name, its short form, a
product the thread names and a trade word the writer may have put in English stay unflagged.
"""

from __future__ import annotations

import pytest
from contexthelp import replier

#: A reply to an edtech firm, to a German parcel carrier and to a freight carrier.
_edtech = replier("Tarka Digital Ltd", "Wanjiru Kamau", "w.kamau@tarkadigital.example", "Amani")
_parcels = replier("Ostwind Paketdienst GmbH", "Jana Vogt", "jana.vogt@ostwind.example", "Lea")
_freight = replier("Ostwind Freightways Ltd", "Jana Vogt", "jana.vogt@ostwind.example", "Lea")


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Thank you for considering me for the Product Designer role at Tarka Loop.", "Tarka Loop"),
        ("I was glad to be interviewed for the Tutor position at Tarka Bell.", "Tarka Bell"),
    ],
)
def test_namesake_where_the_job_is_is_another_firm(sentence: str, name: str) -> None:
    """The employer's first word and a plain word where the job is names another firm."""
    assert _edtech(sentence) == [name]


@pytest.mark.parametrize(
    "sentence",
    [
        "Thank you for considering me for the Product Designer role at Tarka Digital.",
        "Thank you for considering me for the Product Designer role at Tarka.",
        "I covered a weekend shift at Tarka Loop during my studies.",
        "My old role at Tarka Loop taught me a lot.",
    ],
)
def test_employer_or_no_job_slot_not_flagged(sentence: str) -> None:
    """The employer's own names, and a namesake named where no job applied for is, pass."""
    assert _edtech(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        (
            "I wish the Ostwind Paket team a good season. I would love to join Ostwind "
            "Logistics one day.",
            "Ostwind Logistics",
        ),
        (
            "Best wishes to the Ostwind Paketdienst team. I'd be glad to join Ostwind Freight "
            "in the future.",
            "Ostwind Freight",
        ),
    ],
)
def test_other_line_of_the_group_joined_is_another_firm(sentence: str, name: str) -> None:
    """The group's word and another trade, joined, beside the employer's own name, is flagged."""
    assert _parcels(sentence) == [name]


@pytest.mark.parametrize(
    "sentence",
    [
        # no right name beside it: the trade may be the employer's put in English
        "I would love to join Ostwind Logistics one day.",
        # the employer's own name, joined
        "I wish the Ostwind Paket team a good season. I would love to join Ostwind Paket one day.",
        # the writer's own past at the sister firm
        "I wish the Ostwind Paket team a good season. Before joining Ostwind Logistics, I drove "
        "for a bakery.",
        # a move already settled, not wished for
        "I wish the Ostwind Paket team a good season. I will be joining Ostwind Logistics next "
        "month.",
    ],
)
def test_other_line_unflagged_without_its_cues(sentence: str) -> None:
    """Without the employer's own word in the letter or a wish to join, the name passes."""
    assert _parcels(sentence) == []


def test_employers_trade_word_cut_short_not_flagged() -> None:
    """The employer's own trade word cut short ("Freight" of Freightways) is its name."""
    sentence = (
        "I wish the Ostwind Freightways team a good season. I would love to join Ostwind "
        "Freight one day."
    )
    assert _freight(sentence) == []


def test_trusts_own_site_where_the_job_is_not_flagged() -> None:
    """A trust's hospital bears its first word: the post at it is the trust's own."""
    reply = replier("Harrowdale NHS Foundation Trust", "Sam Okoro", "sam.okoro@nhs.example", "Ben")
    assert reply("Thank you for the interview for the nurse post at Harrowdale General.") == []
