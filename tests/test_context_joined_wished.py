"""wrong-company: a firm's people or ships hoped for, a sister firm's team, a rival's tag.

Cases from the blind sets tests/context177-179, each with new wordings: the people of a
firm the writer hopes to be part of, named by their field ("the X coaching staff", "the
scouting team of X", "keen to contribute to the X family"), or its ships the writer hopes
to serve on ("a X vessel"), are the firm written to; so is a sister firm's team the writer
would join. "future Deckhand vacancies at X" names the job (plural as the singular), not
the employer; a tag of a name and the employer's own trade ("#OrionMarine") is a rival's.
The writer's own past in the same words, and topic tags, stay unflagged.
"""

from __future__ import annotations

import pytest
from contexthelp import company_reply, flagged
from test_context_names import found


def _reply(sentence: str, company: str) -> list[str]:
    """Return the findings of ``sentence`` in a reply to ``company``'s rejection."""
    return flagged(company_reply(sentence, company, "Petra Lind", "petra.lind@example.com",
                                 "Ana Ruiz"))  # fmt: skip


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("I'd love to be part of the Westgate Hawks coaching staff next season.",
         "Westgate Hawks"),
        ("I'm still keen to contribute to the Lakeview Comets family one day.",
         "Lakeview Comets"),
        ("I still hope one day to be part of the scouting team of Westgate Hawks.",
         "Westgate Hawks"),
        ("I would love to join the coaching staff of Westgate Hawks.", "Westgate Hawks"),
    ],
)  # fmt: skip
def test_a_firms_people_hoped_to_be_joined_are_the_firm_written_to(sentence, name) -> None:
    assert _reply(sentence, "Kestrel Bay Rowing Club") == [name]


@pytest.mark.parametrize(
    "sentence",
    [
        "I was part of the Westgate Hawks coaching staff for three seasons.",
        "I was part of the scouting team of Westgate Hawks before I moved.",
        "I am keen to contribute to the Python community in my spare time.",
        "I'm looking forward to joining the Westgate Hawks coaching staff next month.",
        "I'd love to be part of the Kestrel Bay coaching staff next season.",
    ],
)
def test_the_writers_own_team_a_community_or_the_employers_own_people_stay(sentence) -> None:
    assert _reply(sentence, "Kestrel Bay Rowing Club") == []


def test_a_ship_the_writer_hopes_to_serve_on_is_the_firm_written_to() -> None:
    sentence = "I'd be honoured to sail on a Brannholm Towage vessel next year."
    assert _reply(sentence, "Skerry Point Shipping AS") == ["Brannholm Towage"]


@pytest.mark.parametrize(
    "sentence",
    [
        "I sailed on a Brannholm Towage vessel for two years as a cadet.",
        "Thank you for the chance to serve on a Brannholm Towage vessel during my cadetship.",
    ],
)
def test_a_ship_served_on_in_the_past_or_a_chance_thanked_for_is_left_alone(sentence) -> None:
    assert _reply(sentence, "Skerry Point Shipping AS") == []


def _vacancy_reply(sentence: str) -> str:
    """Return a reply to a towage firm's rejection for a job the Subject names."""
    return (
        "---\nto: [Petra Lind <petra.lind@skerrypoint.co.uk>]\nrejection:\n"
        "  from: [Petra Lind <petra.lind@skerrypoint.co.uk>]\n"
        "  company: Skerry Point Towage Ltd\n  subject: Deckhand vacancy - Oban\n---\n"
        f"Dear Petra,\n\nThank you for letting me know. {sentence}\n\nKind regards,\nAna Ruiz\n"
    )


def test_future_vacancies_name_the_job_so_the_firm_after_them_is_read() -> None:
    sentence = "I hope to be considered for any future Deckhand vacancies at Kyle Narrows Towage."
    assert found(_vacancy_reply(sentence), "wrong-company", "reply.md") == ["Kyle Narrows Towage"]


def test_future_vacancies_at_the_employer_stay_unflagged() -> None:
    sentence = "I hope to be considered for any future Deckhand vacancies at Skerry Point."
    assert found(_vacancy_reply(sentence), "wrong-company", "reply.md") == []


def test_a_sister_firms_team_the_writer_would_join_is_flagged() -> None:
    sentence = "I would still love to be part of the Packaging team at Tasman Ridge Animal Health."
    assert _reply(sentence, "Tasman Ridge Generics Ltd") == ["Tasman Ridge Animal Health"]


def test_the_employers_own_team_the_writer_would_join_is_not() -> None:
    sentence = "I would still love to be part of the Packaging team at Tasman Ridge Generics."
    assert _reply(sentence, "Tasman Ridge Generics Ltd") == []


def _tagged(company: str, tags: str) -> list[str]:
    """Return the findings of a reply signed with a line of tags."""
    reply = company_reply("I would be glad to be considered for future openings.", company,
                          "Petra Lind", "petra.lind@example.com", f"Ana Ruiz\n{tags}")  # fmt: skip
    return flagged(reply)


def test_a_tag_of_a_name_and_the_employers_trade_is_a_rival() -> None:
    assert _tagged("Kestrel Marine Surveys Ltd", "#OrionMarine #ShipSurveys") == ["OrionMarine"]


@pytest.mark.parametrize(
    ("company", "tags"),
    [
        ("Kestrel Marine Surveys Ltd", "#MerchantMarine #ShipSurveys"),
        ("Indlovu Media", "#SocialMedia #OpenToWork"),
        ("Zenith Logistics", "#GreenLogistics"),
    ],
)
def test_a_topics_tag_ending_in_the_employers_trade_is_not(company, tags) -> None:
    assert _tagged(company, tags) == []
