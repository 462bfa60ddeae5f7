"""wrong-company: the writer's own job and the employer's own story are no pasted names.

Cases from the blind sets context31-32, each on a new example: a job the writer has held
for years or is doing now ("I've been on the tills at X for six years"), next to names
still pasted in where the employer's would stand.
"""

from __future__ import annotations

import pytest
from contexthelp import company_reply, flagged, found


def reply(sentence: str, company: str = "Harrow Logistics") -> str:
    """Return a reply with ``sentence`` to Sam Okoro's rejection from ``company``."""
    return company_reply(sentence, company, "Sam Okoro", "sam.okoro@example.com", "Priya Nair")


@pytest.mark.parametrize(
    "sentence",
    [
        "I've been driving vans at Pellmore Parcels for four years, so I'll stay put for now.",
        "I have been packing orders at Quenby Foods for three years and enjoy the team there.",
        "Meanwhile I've been doing relief cover at the Ashgrove Clinic pharmacy, which helps.",
    ],
)
def test_writers_own_current_job_is_not_flagged(sentence: str) -> None:
    """A job told by its length, or as ongoing work, is the writer's own."""
    assert flagged(reply(sentence)) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "I've been hoping to join Pellmore Parcels for years, and I still hope to one day.",
        "I'd love to build my career at Pellmore Parcels for many years to come.",
    ],
)
def test_wish_to_work_at_another_firm_is_still_flagged(sentence: str) -> None:
    """A wish to join a firm, however long held, names the firm written to."""
    assert flagged(reply(sentence)) == ["Pellmore Parcels"]


@pytest.mark.parametrize(
    "sentence",
    [
        "I remember shopping with you when you were still Kestrel Parcels, before the rebrand.",
        "My dad drove for you back when you used to be Kestrel Freightways.",
        "I first heard of the firm, formerly Kestrel Freightways, at a careers fair.",
    ],
)
def test_employers_former_name_is_not_flagged(sentence: str) -> None:
    """The reader's organisation under its old name is the employer, not a pasted name."""
    assert flagged(reply(sentence)) == []


def test_other_firm_after_you_still_flagged() -> None:
    """A name the reader is told about ("you and X") is not an old name of theirs."""
    assert flagged(reply("I would still love to work for Brennock Freight one day.")) == [
        "Brennock Freight"
    ]


def test_employer_joining_a_group_is_not_flagged() -> None:
    """The employer said to join a group ("the depot is joining X") names its new parent."""
    sentence = "I read that your depot is joining the Fenwright Transport Group next spring."
    assert flagged(reply(sentence)) == []


def test_writer_joining_another_firm_still_flagged() -> None:
    """The writer's own wish to join a firm still names the firm written to."""
    assert flagged(reply("I was so keen on joining Fenwright Transport Group.")) == [
        "Fenwright Transport Group"
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "At Pollard's we used to plan the changeover weeks ahead, much as your team does.",
        "I would love your advice, as I had one driver at Pollard's who kept missing his slots.",
    ],
)
def test_writers_old_shop_named_by_owner_is_not_flagged(sentence: str) -> None:
    """A shop named by its owner ("Pollard's") in the writer's past is their own."""
    assert flagged(reply(sentence)) == []


def test_other_firms_possessive_plans_still_flagged() -> None:
    """A firm's own plans ("Kestrel Parcels's plans") still name the firm written to."""
    assert flagged(reply("I was really excited about Kestrel Parcels' next depot.")) != []


def greeted(greeting: str) -> list[str]:
    """Return the wrong-recipient findings of a reply to Sam Okoro that opens on ``greeting``."""
    text = reply("I enjoyed the interview.").replace("Dear Sam,", greeting)
    return found(text, "wrong-recipient", "reply.md")


@pytest.mark.parametrize(
    "greeting",
    ["Dear Sam and everyone at Harrow Logistics,", "Hi Sam and all at Bramwell Freight,"],
)
def test_signer_and_everyone_at_a_firm_is_the_right_person(greeting: str) -> None:
    """The signer greeted with everyone at a firm is right; the firm is wrong-company's."""
    assert greeted(greeting) == []


def test_stranger_and_everyone_at_a_firm_still_flagged() -> None:
    """Someone who never signed, greeted with everyone at the firm, is still the wrong person."""
    assert greeted("Dear Tomasz and everyone at Harrow Logistics,") != []


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Please give my regards to the whole kitchen at Le Brennock.", "Le Brennock"),
        (
            "Say hi to the brigade at Salt & Brennock for me, that lamb was unreal.",
            "Salt & Brennock",
        ),
        ("I hope everyone at Brennock Academy has a lovely spring term.", "Brennock Academy"),
    ],
)
def test_people_greeted_at_another_firm_are_flagged(sentence: str, name: str) -> None:
    """The reader's colleagues greeted or wished well "at X" put X where the employer stands."""
    assert flagged(reply(sentence)) == [name]


@pytest.mark.parametrize(
    "sentence",
    [
        "I still send my best to my old kitchen at Le Brennock whenever I can.",
        "Please say hi to the crew at Harrow Logistics for me, they were great.",
    ],
)
def test_own_or_right_people_greeted_are_not_flagged(sentence: str) -> None:
    """The writer's own old colleagues, or the employer's own, are no pasted name."""
    assert flagged(reply(sentence)) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "I've always admired how Brennock looks after its drivers, so this one stings.",
        "I have long respected the work Brennock does for local growers.",
    ],
)
def test_admired_ways_of_another_firm_are_flagged(sentence: str) -> None:
    """A firm whose ways the writer admires stands where the employer's name would."""
    assert len(flagged(reply(sentence))) == 1


def test_admired_ways_of_the_employer_are_not_flagged() -> None:
    """The employer's own name, admired so, is no pasted name."""
    assert flagged(reply("I've always admired how Harrow Logistics looks after its drivers.")) == []


def test_firm_praised_as_why_the_writer_applied_is_flagged() -> None:
    """A name praised as the reason the writer applied stands where the employer's would."""
    sentence = "Honestly, Brennock is the best depot in the county, which is why I applied."
    assert flagged(reply(sentence)) == ["Brennock"]


def test_employer_praised_as_why_the_writer_applied_is_not_flagged() -> None:
    """The employer's own name, praised so, is no pasted name."""
    sentence = "Honestly, Harrow Logistics is the best in the county, which is why I applied."
    assert flagged(reply(sentence)) == []
