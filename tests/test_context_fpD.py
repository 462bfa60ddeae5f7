"""wrong-company reads a funder, a partner, the writer's own past and sites' towns as no firm.

"the X-supported programme" (a funder joined by a hyphen to its support), "every success
with the programme and the talks with X" (the employer's dealings with a body, wished
well), "from my X years" (the writer's own time there) and "the chance to manage reporting
for the X and Y clinics" (the towns the sites stand in): none is the firm written to. The
same names in a sentence that makes them the firm written to stay flagged.
"""

from __future__ import annotations

import pytest
from contexthelp import replier

flagged = replier("Tamarind Relief Trust", "Grace Wanjiru", "grace.wanjiru@example.org",
                  "Samuel Otieno")  # fmt: skip


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        # a funder joined by a hyphen to its support
        (
            "I wish you every success with the Halvorsen Foundation-supported literacy programme.",
            "Halvorsen Foundation",
        ),
        (
            "Good luck to you all with the Halvorsen Foundation-supported clinics in the north.",
            "Halvorsen Foundation",
        ),
        # the employer's dealings with a body, listed after the success wished
        (
            "I wish your team every success with the new vaccine programme and the talks with "
            "the Mwanza Water Authority.",
            "Mwanza Water Authority",
        ),
        (
            "I wish your team good luck with the harvest appeal and the discussions with the "
            "Mwanza Water Authority.",
            "Mwanza Water Authority",
        ),
        # the writer's own years there, the name between "my" and the time
        (
            "My Swahili is still a work in progress from my Lakeside Foundation years in Lamu.",
            "Lakeside Foundation",
        ),
        # the towns of the sites the job's work is for
        (
            "The chance to manage the budgets for the Kisumu and Eldoret clinics was exactly "
            "what I wanted from this role.",
            "Kisumu",
        ),
        (
            "The chance to run logistics for the Kisumu, Eldoret and Nakuru clinics was why I "
            "applied to your team.",
            "Kisumu",
        ),
    ],
)
def test_a_funder_partner_own_past_or_sites_town_is_not_flagged(sentence, name):
    """The name funds, deals with or hosts the employer's work, or is the writer's past."""
    assert name not in flagged(sentence)


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        (
            "I would still love to work for the Halvorsen Foundation one day, if you ever need me.",
            "Halvorsen Foundation",
        ),
        (
            "I wish the Mwanza Water Authority every success with the new vaccine programme.",
            "Mwanza Water Authority",
        ),
        # talks hoped for may be the writer's own
        (
            "I wish your team every success with the new programme, and I hope the talks with "
            "the Mwanza Water Authority lead to a role for me.",
            "Mwanza Water Authority",
        ),
        (
            "My Swahili is still rusty, but I hope to join Lakeside Foundation in the years to "
            "come.",
            "Lakeside Foundation",
        ),
        (
            "I'd love to make the Lakeside Foundation years of my career start with this job.",
            "Lakeside Foundation",
        ),
        # a firm's own sites: the firm, not a town
        (
            "The chance to manage the budgets for the Kisumu Health Trust clinics was exactly "
            "what I wanted from this role.",
            "Kisumu Health Trust",
        ),
        (
            "The chance to run logistics for the Kisumu Health Trust was why I applied to your "
            "team.",
            "Kisumu Health Trust",
        ),
    ],
)
def test_the_same_names_written_to_are_still_flagged(sentence, name):
    """The name joined, wished well or served in the job's work is the firm written to."""
    assert name in flagged(sentence)
