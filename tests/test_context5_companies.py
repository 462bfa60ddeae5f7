"""wrong-company: the writer's own past work, regions, and the sites of a health service."""

from __future__ import annotations

import pytest
from test_context_names import company_letter, found


@pytest.mark.parametrize(
    "sentence",
    [
        "It was a pleasure to show the panel my work for Tallis Apparel.",
        "My work at Brennick Consulting has mostly been for local councils, so I value your view.",
        "I hope my years with Corbel Freight came across well in the interview.",
    ],
)
def test_the_writers_own_work_for_a_firm_is_their_past_not_the_addressee(sentence: str) -> None:
    assert found(company_letter("Pellwood Robotics", sentence), "wrong-company") == []


def test_hoping_to_work_for_another_firm_is_still_flagged() -> None:
    sentence = "I would still love to work for Tallis Apparel one day."
    assert found(company_letter("Pellwood Robotics", sentence), "wrong-company") == [
        "Tallis Apparel"
    ]


@pytest.mark.parametrize(
    ("company", "sentence"),
    [
        ("Baltara Pharma A/S", "Thank you for explaining how your team runs its trials across the Baltics."),
        ("Pellwood Robotics", "I enjoyed hearing how the team works throughout Scandinavia."),
        ("Pellwood Robotics", "I would love to join a team in the Midlands one day."),
    ],
)  # fmt: skip
def test_a_region_is_a_place_not_a_company(company: str, sentence: str) -> None:
    assert found(company_letter(company, sentence), "wrong-company") == []


@pytest.mark.parametrize(
    "sentence",
    [
        "It was a privilege to meet the maternity team at Rotorua Hospital.",
        "I enjoyed meeting the team at Kestle Medical Centre and hope to work there one day.",
    ],
)
def test_a_hospital_of_a_health_service_is_one_of_its_sites(sentence: str) -> None:
    assert found(company_letter("Health Southland", sentence), "wrong-company") == []
    assert found(company_letter("Tarrant Valley Health System", sentence), "wrong-company") == []


def test_another_hospital_in_a_reply_to_a_hospital_is_still_flagged() -> None:
    sentence = "It was a privilege to meet the maternity team at Rotorua Hospital."
    assert found(company_letter("Kestle Bay Hospital", sentence), "wrong-company") == [
        "Rotorua Hospital"
    ]


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("I would have loved to grow with B&Q and learn the trade.", "B&Q"),
        ("I had hoped to bring my years of retail planning to Harlow Digital.", "Harlow Digital"),
        ("I was excited about the chance to start my career at Dunmore Advisory.",
         "Dunmore Advisory"),
    ],
)  # fmt: skip
def test_another_firm_to_bring_ones_skills_to_or_start_a_career_at_is_flagged(sentence, name):
    assert found(company_letter("Pellwood Robotics", sentence), "wrong-company") == [name]


@pytest.mark.parametrize(
    "sentence",
    [
        "I started my career at Dunmore Advisory, where I learned to model costs.",
        "I brought my planning skills to Harlow Digital for three years.",
    ],
)
def test_a_career_started_or_skills_brought_in_the_past_are_the_writers_own(sentence) -> None:
    assert found(company_letter("Pellwood Robotics", sentence), "wrong-company") == []


def test_initials_joined_by_an_ampersand_name_the_employer() -> None:
    sentence = "I enjoyed hearing how J&K builds its brands, and I hope to join J&K one day."
    assert found(company_letter("Jarrow & Kettle Ltd", sentence), "wrong-company") == []


@pytest.mark.parametrize(
    "sentence",
    [
        "I would like to strengthen my R&D skills before I apply to your team again.",
        "The Q&A session with your team was the best part of the day.",
    ],
)
def test_ampersand_initials_before_a_noun_name_a_function_not_a_firm(sentence) -> None:
    assert found(company_letter("Pellwood Robotics", sentence), "wrong-company") == []
