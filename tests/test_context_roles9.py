"""wrong-company: a firm followed as the reason for applying, a job at it imagined, an
opening on its team, and the firm it "didn't work out with".

Each is a pasted name in a reply to another employer: "I've followed X's ways ..., so it
was an honour to get this far", "I hope to be an X analyst one day", "if a post opens on
the X data team", "I'm sorry it didn't work out with X". The writer's own employer in the
same shapes ("my old employer X", "I was proud to be an X engineer for six years", "it
didn't work out with X, my last employer") is not.
"""

from __future__ import annotations

import pytest
from contexthelp import company_reply, flagged


def _reply(sentence: str, company: str = "Marrowfield Logistics") -> str:
    """Return a reply to a rejection from ``company`` with ``sentence`` in its body."""
    domain = "".join(company.lower().split()[:1]) + ".com"
    return company_reply(sentence, company, "Ines Carvalho", f"ines@{domain}", "Owen Pryce")


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        # a firm followed for years, and the process reached because of it
        (
            "I have followed Kestrel Freight's approach to rail transfers since university, "
            "so it meant a lot to make it this far.",
            "Kestrel Freight",
        ),
        (
            "I've long followed Pinecrest Cargo's methods, so it was an honour to get as far "
            "as the final round.",
            "Pinecrest Cargo",
        ),
        # the job at the firm imagined: "be an X analyst one day"
        ("I still hope to be a Dunmore analyst one day.", "Dunmore"),
        ("I would be honoured to become a Talbridge planner in the future.", "Talbridge"),
        # an opening on the firm's team
        (
            "If a position opens up on the Corrigan planning team, I will apply again.",
            "Corrigan",
        ),
        (
            "Should a vacancy come up in the Brightholm customs team next spring, "
            "please let me know.",
            "Brightholm",
        ),
        # the firm that turned the writer down
        ("I'm disappointed things didn't work out with Ashgrove this time.", "Ashgrove"),
        ("It's a pity that it did not work out with Venmoor.", "Venmoor"),
    ],
)
def test_employer_written_to_in_another_name(sentence: str, name: str) -> None:
    """A name in the role of the employer written to is a pasted name."""
    found = flagged(_reply(sentence))
    assert len(found) == 1 and name in found[0]


@pytest.mark.parametrize(
    "sentence",
    [
        "I've followed my old employer Kestrel Freight's approach to rail transfers for years.",
        "I was proud to be a Dunmore analyst for six years.",
        "I am proud to be a Dunmore analyst, and I will be for years.",
        "I hope to be a Dunmore analyst again one day, as I was before the move.",
        "I had a role on the Corrigan Freight planning team for three years.",
        "Should a role open on my current team at Corrigan, I will let you know.",
        "I now have a role on my current team at Corrigan Freight, which I enjoy.",
        "I had a role on the Corrigan planning team for three years after a post opened up.",
        "It didn't work out with Ashgrove, my last employer, so I left.",
        "Things didn't work out at Venmoor Shipping, where I worked for two years.",
    ],
)
def test_writers_own_firm_in_the_same_shapes(sentence: str) -> None:
    """The writer's own past or present employer in the same shapes is no pasted name."""
    assert flagged(_reply(sentence)) == []
