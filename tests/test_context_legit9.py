"""wrong-company: kinds of mention in the blind sets context39-40 that name no firm written to.

Each on a new example: the group the employer itself joined or belongs to ("before you
joined X", "the X Group backing", "an X Group company"), the employer's old name told in
the third person ("back when the chain was still called X"), its own brand beside its
name ("the X ciders"), the writer's current job told by a deed ("while working the front
desk at X") and a client of the writer's own workplace ("At Y, where I work, our biggest
job was ... for X"). Beside each, a name pasted into a like sentence is still flagged.
"""

from __future__ import annotations

import pytest
from contexthelp import company_reply, flagged


def reply(sentence: str, company: str) -> str:
    """Return a reply with ``sentence`` to Ann Lee's rejection from ``company``."""
    return company_reply(sentence, company, "Ann Lee", "ann.lee@example.com", "Tom Reed")


@pytest.mark.parametrize(
    "sentence",
    [
        "I remember the old shop before you joined Ardentis Holdings, and it has grown so much.",
        "The team has grown a lot now that you've merged with Ardentis Holdings.",
        "I saw the team grow after the bakery became part of Ardentis Holdings.",
        "Now that you're part of Ardentis Holdings, the team must have big plans.",
        "I saw the team grow after you were bought by Ardentis Holdings.",
        "I remember the old shop from before Ardentis Holdings bought you, and it has grown a lot.",
    ],
)
def test_group_the_employer_joined_is_not_flagged(sentence: str) -> None:
    """A group the reader's organisation joined, merged with or was bought by is its owner."""
    assert flagged(reply(sentence, "Tillbrook Bakery")) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "I remember the old shop fondly, and I'd still love to join Ardentis Holdings.",
        "I'd love to be part of Ardentis Holdings and the team.",
        "I know the team is part of Ardentis Holdings' success.",
    ],
)
def test_group_the_writer_would_join_is_flagged(sentence: str) -> None:
    """A pasted group the writer hoped to join or praises, in a like sentence, is flagged."""
    assert flagged(reply(sentence, "Tillbrook Bakery")) == ["Ardentis Holdings"]


@pytest.mark.parametrize(
    "sentence",
    [
        "I know the Ardentis Group backing means big plans for the cafés.",
        "It was a pleasure to interview again with an Ardentis Group company.",
        "I know Ardentis Group's backing means big plans for the team.",
        "I know the team is proud to be an Ardentis Group-owned business.",
    ],
)
def test_group_before_a_word_of_owning_is_not_flagged(sentence: str) -> None:
    """The group's name before its backing or one of its companies is the employer's owner."""
    assert flagged(reply(sentence, "Tillbrook Bakery")) == []


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("It was a pleasure to interview again with Ardentis Group.", "Ardentis Group"),
        ("I know the Ardentis Group team has big plans for the cafés.", "Ardentis Group"),
        # a firm's own name before "company" is that firm, not one of a group's
        ("It was a pleasure to interview again with the Ardentis Foods company.", "Ardentis Foods"),
    ],
)
def test_group_interviewed_with_or_its_team_is_flagged(sentence: str, name: str) -> None:
    """A pasted group interviewed with, or its team, is still flagged."""
    assert flagged(reply(sentence, "Tillbrook Bakery")) == [name]


@pytest.mark.parametrize(
    "sentence",
    [
        "I first shopped at one of your stores back when the chain was still called "
        "Brightfield Retail Group, so the interview meant a lot.",
        "I know Larchmont from the days when it was still Brightfield Retail Group, so the "
        "interview meant a lot.",
        "I first shopped with you when the company was once named Brightfield Foods Ltd, so "
        "the interview meant a lot.",
        "I remember the team back when it was Brightfield Retail Group.",
        "I remember the team back in the Brightfield Retail Group days.",
        "I remember the team from before you rebranded from Brightfield Retail Group.",
    ],
)
def test_old_name_told_in_the_third_person_is_not_flagged(sentence: str) -> None:
    """The employer's old name after "the chain was still called" or "it was still" is its own."""
    assert flagged(reply(sentence, "Larchmont Grocers")) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "I know your stores well, but it was Brightfield Foods Ltd that I most wanted to work for.",
        "I first shopped at one of your stores years ago, so the interview at Brightfield "
        "Retail Group meant a lot.",
    ],
)
def test_name_stressed_or_interviewed_at_is_flagged(sentence: str) -> None:
    """A pasted name stressed ("it was X that") or interviewed at is still flagged."""
    assert len(flagged(reply(sentence, "Larchmont Grocers"))) == 1


def test_brand_beside_the_employers_name_is_not_flagged() -> None:
    """A brand before its goods, in a sentence that names the employer, is the employer's."""
    sentence = (
        "I remember when you were still Fernhollow Farm, and it's lovely to see the "
        "Orchard & Oak ciders doing so well."
    )
    assert flagged(reply(sentence, "Fernhollow Cider")) == []


def test_name_before_its_team_beside_the_employers_name_is_flagged() -> None:
    """A pasted name before "team" in the same sentence is still flagged."""
    sentence = (
        "I remember when you were still Fernhollow Farm, and it's lovely to see the "
        "Orchard & Oak team doing so well."
    )
    assert flagged(reply(sentence, "Fernhollow Cider")) == ["Orchard & Oak"]


@pytest.mark.parametrize(
    "sentence",
    [
        "I've met plenty of your regulars while working the front desk at Harrow Point Inns.",
        "I've met plenty of your guests when I was serving breakfast at Harrow Point Inns.",
    ],
)
def test_current_job_told_by_a_deed_is_not_flagged(sentence: str) -> None:
    """Where the writer works, told by a deed done there ("while working the desk at X")."""
    assert flagged(reply(sentence, "Saltmarsh Inns")) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "I'd love to keep learning while working the front desk at Harrow Point Inns.",
        "I hope to grow while serving your guests at Harrow Point Inns.",
    ],
)
def test_job_wished_for_while_working_is_flagged(sentence: str) -> None:
    """A deed wished for at a pasted name is still flagged."""
    assert flagged(reply(sentence, "Saltmarsh Inns")) == ["Harrow Point Inns"]


@pytest.mark.parametrize(
    "sentence",
    [
        "At Brisk Studio, where I've designed for three years, our biggest job was a spring "
        "catalogue for Vellum Outdoor Co.",
        "At Brisk Studio, where I work now, we mostly get small clients; the largest was a "
        "rebrand for Vellum Outdoor Co.",
        "At Brisk Studio, where I work now, I mostly design menus; the biggest job was a "
        "catalogue for Vellum Outdoor Co.",
    ],
)
def test_client_of_the_writers_workplace_is_not_flagged(sentence: str) -> None:
    """Work done "for X" by the writer's own workplace makes X its client."""
    assert flagged(reply(sentence, "Lanternfish Creative")) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "At Brisk Studio, where I've designed for three years, our biggest job was a "
        "catalogue, and I'd love to do the same for Vellum Outdoor Co.",
        "At Brisk Studio, where I've designed for three years, we learned a lot, and I'd "
        "have loved a role with Vellum Outdoor Co.",
    ],
)
def test_work_wished_for_after_the_writers_workplace_is_flagged(sentence: str) -> None:
    """A pasted name the writer wishes to work for, after their own workplace, is flagged."""
    assert flagged(reply(sentence, "Lanternfish Creative")) == ["Vellum Outdoor Co."]
