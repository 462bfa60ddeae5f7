"""wrong-company reads a name before the work done with or for it as no firm written to.

"the X consolidation tender", "the new X work package", "X's investment", "the X Railway
Express via Tallinn": a client's, a licensor's, a funder's or an investor's name, or a
transport line talked about, stands before a noun of the employer's work; the same names
in a sentence that makes them the firm written to stay flagged.
"""

from __future__ import annotations

import pytest
from contexthelp import replier

flagged = replier("Harrowgate Engineering Ltd", "Nadia Brook", "nadia.brook@example.com",
                  "Tomás Reyes")  # fmt: skip


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        # lowercase nouns between the name and the project noun
        (
            "I enjoyed hearing how your team won the Corvell Logistics warehousing tender.",
            "Corvell Logistics",
        ),
        (
            "I wish you and the team every success with the Danfield Aerospace licence audit.",
            "Danfield Aerospace",
        ),
        (
            "Best of luck with the Ostrava Holdings data retention policy rollout.",
            "Ostrava Holdings",
        ),
        # a word between the article and the name
        (
            "I wish the team every success with the new Brisco Aerospace work package.",
            "Brisco Aerospace",
        ),
        # a funder's renewal
        (
            "I wish the department continued success with the Lindqvist Foundation renewal.",
            "Lindqvist Foundation",
        ),
    ],
)
def test_a_project_done_for_a_name_is_not_flagged(sentence, name):
    """The name before a compound noun of a project is the employer's client, not itself."""
    assert name not in flagged(sentence)


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        # the compound's head is a team or a role, not the work
        (
            "I would love to join the Corvell Logistics warehousing team one day.",
            "Corvell Logistics",
        ),
        ("I hope a role opens on the Corvell Logistics audit team.", "Corvell Logistics"),
    ],
)
def test_a_team_after_the_name_stays_flagged(sentence, name):
    """A noun of people after the name ("the X audit team") keeps it the firm written to."""
    assert flagged(sentence) == [name]


def test_an_investors_investment_beside_the_employer_is_not_flagged():
    """ "X's investment" in a sentence naming the employer is an investor's money."""
    sentence = ("I wish you every success with the growth that Tamsin Capital Partners' "
                "investment will bring to Harrowgate Engineering.")  # fmt: skip
    assert flagged(sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        # the employer not named: the firm praised is the one written to
        "I admired Tamsin Capital Partners' investment in apprentices.",
        # the investor's own people
        "I enjoyed meeting Tamsin Capital Partners' investment team at Harrowgate Engineering.",
    ],
)
def test_an_investment_of_the_firm_itself_stays_flagged(sentence):
    """Its investment in people, or its investment team, is the firm written to's."""
    assert flagged(sentence) == ["Tamsin Capital Partners"]


def test_a_transport_line_by_its_route_is_not_flagged():
    """ "the X Express via a place" is a train or freight service, not a firm."""
    sentence = "I enjoyed our talk about the Baltic Railway Express via Tallinn."
    assert flagged(sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "I applied to the Baltic Railway Express via their careers page.",
        "I would still love to work at the Baltic Railway Express via Tallinn.",
    ],
)
def test_a_transport_firm_applied_to_stays_flagged(sentence):
    """Reached "via" no place, or worked at, the same name is the firm written to."""
    assert flagged(sentence) == ["Baltic Railway Express"]
