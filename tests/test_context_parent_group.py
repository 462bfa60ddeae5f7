"""wrong-company: the employer's own group, and the writer's past told in the present perfect.

A group the employer belongs to is no other firm: the writer may say so ("X is part of Y"),
or speak of the employer's fellow members in it ("the other titles in Y"). "At X I've
shipped ..." is the writer's own past, as "At X I shipped ..." is. A group or firm the
writer only hopes to join is still the pasted name.
"""

from __future__ import annotations

import pytest
from contexthelp import company_reply, flagged


def _reply(sentence: str, company: str) -> str:
    """Return a reply with ``sentence`` to a rejection from ``company``."""
    return company_reply(sentence, company, "Leona Varga", "leona@employer.example", "Sam Okoro")


@pytest.mark.parametrize(
    ("company", "sentence"),
    [
        ("The Harbour Herald",
         "It was good to hear how The Harbour Herald shares its photo desk with the other "
         "titles in the Kestrel News Group."),
        ("The Harbour Herald",
         "I liked hearing how your newsroom swaps stories with its sister papers in "
         "Lakeview Media."),
        ("Ridgeway Inn",
         "It was great to hear how the chefs move between Alderbank Collection's other hotels."),
        ("Fernhill Primary School",
         "I enjoyed hearing how Fernhill Primary School plans lessons with the other "
         "schools of the Brookvale Learning Trust."),
    ],
)  # fmt: skip
def test_the_group_of_the_employers_fellow_members_is_its_own(company, sentence):
    assert flagged(_reply(sentence, company)) == []


@pytest.mark.parametrize(
    ("company", "sentence"),
    [
        ("Ashby Coaches",
         "I know Ashby Coaches is part of Redwing Travel Group. I would still love to drive "
         "for Redwing Travel Group one day."),
        ("Ashby Coaches",
         "Ashby Coaches, a subsidiary of Redwing Travel Group, was my first choice, and I hope "
         "Redwing Travel Group will keep my details."),
        ("Ashby Coaches",
         "Redwing Travel Group, which owns Ashby Coaches, has a fine safety record, and I "
         "would be proud to drive for Redwing Travel Group."),
        ("Ashby Coaches",
         "I know Ashby Coaches, which is part of Redwing Travel Group, runs the school routes, "
         "and I would be proud to drive for Redwing Travel Group."),
        ("Ashby Coaches",
         "I understand Ashby Coaches belongs to the Redwing Travel Group. I would be proud "
         "to drive for Redwing Travel Group."),
    ],
)  # fmt: skip
def test_a_group_the_writer_says_owns_the_employer_is_its_own_in_the_whole_letter(
    company, sentence
):
    assert flagged(_reply(sentence, company)) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "At Dustwind Interactive in Lagos I've built three multiplayer games, and I think that "
        "work would suit your team.",
        "At Dustwind Interactive I have mostly led the server work on two racing games.",
        "At Dustwind Interactive we've shipped four titles, and I would bring that to your team.",
    ],
)
def test_a_sentence_opening_on_the_writers_own_present_perfect_is_their_past(sentence):
    assert flagged(_reply(sentence, "Orbit Lane Studios")) == []


@pytest.mark.parametrize(
    ("company", "sentence", "name"),
    [
        # a group the writer only hopes to join, with nothing said of the employer in it
        ("The Harbour Herald", "I'd love to join the Kestrel News Group one day.",
         "Kestrel News Group"),
        # a future, not the writer's past there
        ("Orbit Lane Studios", "At Dustwind Interactive I know I'd thrive in the live-ops team.",
         "Dustwind Interactive"),
        ("Orbit Lane Studios",
         "At Dustwind Interactive I've always wanted to build games like your own.",
         "Dustwind Interactive"),
        ("Orbit Lane Studios",
         "At Dustwind Interactive I've been hoping to join your team for years.",
         "Dustwind Interactive"),
        ("Orbit Lane Studios", "I hope to grow with the Dustwind Interactive family.",
         "Dustwind Interactive"),
        # a job's noun after "other": another firm's openings, not a fellow member
        ("The Harbour Herald",
         "I would be glad to hear about other roles at the Kestrel News Group.",
         "Kestrel News Group"),
    ],
)  # fmt: skip
def test_a_pasted_name_is_still_flagged(company, sentence, name):
    assert flagged(_reply(sentence, company)) == [name]


def test_a_group_another_firm_belongs_to_is_no_parent_of_the_employers() -> None:
    reply = _reply(
        "I know Harbourline Coaches is part of Redwing Travel Group. I would love to work for "
        "Redwing Travel Group one day.",
        "Ashby Coaches",
    )
    assert "Redwing Travel Group" in flagged(reply)
