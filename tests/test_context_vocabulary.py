"""wrong-company reads a name as an organisation's by its sector's word ("Ridgeway Buses").

The words an organisation's name ends in, sector by sector (lint/custom/_org_sectors.py),
count only after a distinctive first word: a department ("the Group Security team"), a
practice area ("Commercial Property") or one word alone stays what it was.
"""

from __future__ import annotations

import pytest
from contexthelp import company_reply, flagged
from replylint.custom._org_names import is_org


def greeting_reply(greeting: str, company: str) -> str:
    """Return a reply to Sam Okoro of ``company`` that opens on ``greeting``."""
    return (
        f"---\nto: [Sam Okoro <sam.okoro@example.com>]\nrejection:\n"
        f"  from: [Sam Okoro <sam.okoro@example.com>]\n  company: {company}\n---\n"
        f"{greeting}\n\nThank you for letting me know about the decision. I enjoyed the "
        "interview and would like to be considered again.\n\nKind regards,\nPriya Nair\n"
    )


def reply(sentence: str, company: str) -> str:
    """Return a reply with ``sentence`` to Sam Okoro's rejection from ``company``."""
    return company_reply(sentence, company, "Sam Okoro", "sam.okoro@example.com", "Priya Nair")


@pytest.mark.parametrize(
    "name",
    [
        "Thornfield Coaches",  # transport
        "Dunmore Constabulary",  # emergency services
        "Brackley Osei Solicitors",  # legal
        "Ridgefield Dental",  # health
        "Seaholme Inns",  # hospitality
        "Oldfield Jewellers",  # retail
        "Calloway Roofing",  # trades
        "Brenmoor Electricity",  # utilities
        "Marlow Underwriters",  # insurance
        "Tidewell Gazette",  # media
        "Ashdown Academies",  # education
        "Hollowbrook Sanctuary",  # charity
        "Oakhurst Growers",  # agriculture
        "Greyfield Packaging",  # manufacturing
        "Quillbyte Computing",  # technology
    ],
)
def test_a_sectors_word_makes_a_greeted_name_an_organisation(name):
    """One name of each sector, greeted in a reply to another firm, is flagged."""
    text = greeting_reply(f"Dear {name} recruitment team,", "Pellham Group")
    assert flagged(text) == [name]


@pytest.mark.parametrize(
    "name",
    ["Police", "Corporate Travel", "Group Security", "Commercial Property", "Customer Dental"],
)
def test_a_department_or_one_word_is_no_organisation(name):
    """A sector's word alone or after a department's word names no other firm."""
    assert not is_org(name)


@pytest.mark.parametrize(
    "greeting",
    [
        "Dear Security team,",
        "Dear Transport team,",
        "Dear Group Finance team,",
        "Dear Network Security team,",
        "Dear Commercial Property team,",
    ],
)
def test_a_department_greeted_is_not_flagged(greeting):
    """A department of the employer, greeted, is no other company."""
    assert flagged(greeting_reply(greeting, "Pellham Group")) == []


def test_a_wish_for_another_operators_team_is_flagged():
    """A wish for the whole team of another train operator names the wrong firm."""
    text = reply("I wish the whole Kinross Valley Trams team a calm winter timetable.",
                 "Northvale Buses")  # fmt: skip
    assert flagged(text) == ["Kinross Valley Trams"]


def test_good_luck_to_another_hotels_crew_is_flagged():
    """Good luck to another hotel group's crew, in a reply to a hotel group."""
    text = reply("Best of luck to the Seaholme Suites crew this autumn!", "Larkmoor Hotels")
    assert flagged(text) == ["Seaholme Suites"]


def test_training_at_another_law_firm_is_flagged():
    """Training at another law firm, wished for, is where the employer's name should stand."""
    text = reply("It would have been an honour to train at Brackley Osei Solicitors.",
                 "Fenwick Lyle LLP")  # fmt: skip
    assert flagged(text) == ["Brackley Osei Solicitors"]


def test_a_police_force_is_not_named_by_its_shared_domain():
    """A force writing from its-name.police.uk is not every force named "Police"."""
    text = company_reply(
        "Please thank the rest of the panel at Kestrel Vale Police for me.",
        "Northmoor Police",
        "Sam Okoro",
        "sam.okoro@northmoor.police.uk",
        "Priya Nair",
    )
    assert flagged(text) == ["Kestrel Vale Police"]


def test_the_employers_own_department_before_team_is_not_flagged():
    """The employer's own Transport or Security team is no other firm."""
    text = reply("Please thank the Transport team and the Security team for the tour.",
                 "Northvale Buses")  # fmt: skip
    assert flagged(text) == []


def test_a_place_before_team_is_not_flagged():
    """A town before "team" is the employer's site, even in a reply to a sector's firm."""
    text = reply("I enjoyed meeting the Exeter team and seeing the Crediton depot.",
                 "Northvale Buses")  # fmt: skip
    assert flagged(text) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "When I started at Calloway Roofing I was an apprentice.",
        "I'll stay at Calloway Roofing for now, where the work keeps me busy.",
        "Having spent the spring on the Harbour Road flats scheme as a contractor with "
        "Calloway Roofing, I was excited by your plans.",
        "I enjoyed talking through the Tidewell Gazette rebrand I led last year.",
    ],
)
def test_the_writers_own_firm_is_not_flagged(sentence):
    """The writer's own employer or client, now read as a firm by its trade, is theirs."""
    assert flagged(reply(sentence, "Thornbury Construction")) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "It would have been a privilege to train at Brackley Osei.",
        "I would have loved a traineeship with Brackley Osei.",
    ],
)
def test_training_there_is_a_cue_of_working_there(sentence):
    """Training at a firm, or a traineeship with it, is a job there: the firm is the employer's."""
    assert flagged(reply(sentence, "Fenwick Lyle LLP")) == ["Brackley Osei"]


@pytest.mark.parametrize(
    "sentence",
    [
        "I trained at Brackley Osei before moving into teaching.",
        "My training at Brackley Osei taught me to draft quickly.",
    ],
)
def test_the_writers_own_training_is_not_flagged(sentence):
    """Where the writer trained is their own past, not the firm written to."""
    assert flagged(reply(sentence, "Fenwick Lyle LLP")) == []


def test_what_the_writer_learned_at_a_firm_is_their_own():
    """What the writer learned at a firm, now read as one by its trade, is their own past."""
    text = reply("I will bring what I learnt at Calloway Roofing to my next post.", "Pellham Group")
    assert flagged(text) == []


def test_people_of_a_firm_met_elsewhere_are_not_the_employer():
    """People met on a course work at the firm named; the writer met them elsewhere."""
    text = reply("I met the drivers at Thornfield Coaches at a safety workshop.", "Pellham Group")
    assert flagged(text) == []
