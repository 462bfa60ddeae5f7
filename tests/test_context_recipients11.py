"""wrong-recipient: South Asian "Respected Sir/Madam" and the Tagalog courtesy word "po"."""

from __future__ import annotations

import pytest
from contexthelp import found


def _reply(greeting: str, signer: str = "Neha Kapoor") -> str:
    """Return a reply greeted with ``greeting`` to a rejection ``signer`` signed and sent."""
    first, last = signer.split()
    address = f"{first.lower()}.{last.lower()}@pinecrest.example"
    return (
        "From: Rohan Mehta <rohan.mehta@mail.example>\n"
        f"To: {signer} <{address}>\n"
        "Date: Tue, 17 Feb 2026 10:00:00 +0530\n"
        "Subject: RE: Your application\n\n"
        f"{greeting}\n\n"
        "Thank you for letting me know. I accept the decision and would value any feedback.\n\n"
        "Yours sincerely,\nRohan Mehta\n\n"
        "-----Original Message-----\n"
        f"From: {signer} <{address}>\n"
        "Sent: Monday, February 16, 2026 6:40 PM\n"
        "To: Rohan Mehta <rohan.mehta@mail.example>\n"
        "Subject: Your application\n\n"
        "Dear Rohan,\n\nWe regret that we will not be moving ahead with your application.\n\n"
        f"Regards,\n{signer}\n"
    )


# --- "Respected Sir/Madam": as generic as "Dear Sir/Madam" when a person signed ----------


@pytest.mark.parametrize(
    "greeting",
    ["Respected Sir/Madam,", "Respected Sir or Madam,", "Respected Madam / Sir,",
     "Respected Sir/Ma'am,", "Respected Hiring Team,", "Respected Sirs,"],
)  # fmt: skip
def test_a_respected_greeting_to_nobody_in_particular_is_flagged(greeting) -> None:
    assert found(_reply(greeting), "wrong-recipient") == [greeting]


@pytest.mark.parametrize(
    "greeting",
    ["Respected Sir,", "Respected Madam,", "Respected Ma'am,", "Respected Neha Ma'am,",
     "Respected Ms. Kapoor,"],
)  # fmt: skip
def test_a_respected_greeting_to_the_signer_is_not(greeting) -> None:
    assert found(_reply(greeting), "wrong-recipient") == []


def test_a_respected_greeting_to_someone_else_is_flagged() -> None:
    assert found(_reply("Respected Mr. Sharma,"), "wrong-recipient") == ["Respected Mr. Sharma,"]


# --- "po" after a Filipino greeting: a courtesy word, no name -----------------------------


@pytest.mark.parametrize(
    "greeting",
    ["Good day po,", "Good morning po,", "Hello po Ma'am Neha,", "Hi po Ms. Kapoor,",
     "Good afternoon po Neha,"],
)  # fmt: skip
def test_po_after_a_greeting_is_no_name(greeting) -> None:
    assert found(_reply(greeting), "wrong-recipient") == []


@pytest.mark.parametrize("greeting", ["Good day po Ma'am Lorna,", "Hello po Sir Ramon,"])
def test_po_before_a_strangers_name_still_flags_the_stranger(greeting) -> None:
    assert found(_reply(greeting), "wrong-recipient") == [greeting]


def test_a_person_called_po_is_still_a_name() -> None:
    assert found(_reply("Hi Po,"), "wrong-recipient") == ["Hi Po,"]
