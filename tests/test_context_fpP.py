"""wrong-company: names beside the job's words that are no firm written to (context159-162).

Cases from the blind sets tests/context159-162, each with new wordings: the reader's word
past "and" ("the X turbines and your plans") is not tied to the name; the host of a
gathering ("the X's autumn conference") and a body whose demands the reader handles ("how
you manage X's rules") are not the employer; and a clinic's job title ("Small Animal
Veterinarian") is no firm. The pasted firm beside them stays flagged.
"""

from __future__ import annotations

import pytest
from contexthelp import company_reply, flagged


def _plant(sentence: str) -> list[str]:
    """Return the findings of ``sentence`` in a reply to a hydrogen plant."""
    return flagged(company_reply(sentence, "Marsh Hydrogen LLC", "Dana Reyes",
                                 "dana@marshhydrogen.example", "Luis Ortega"))  # fmt: skip


def _clinic(sentence: str) -> list[str]:
    """Return the findings of ``sentence`` in a reply to a veterinary group."""
    return flagged(company_reply(sentence, "Ridgeway Veterinary Group", "Helen Park",
                                 "helen@ridgewayvets.example", "Sam Cole"))  # fmt: skip


# --- the reader's word past "and" ---------------------------------------------------------


def test_the_readers_word_past_and_is_not_the_names() -> None:
    assert (
        _plant(
            "Thank you for the interview. Seeing the Harwell Energy turbines and your plans "
            "for the site was fascinating."
        )
        == []
    )


def test_the_readers_word_in_the_names_own_phrase_still_flags() -> None:
    assert _plant(
        "Thank you for the interview. Seeing the Harwell Energy turbines with your "
        "engineers was fascinating."
    ) == ["Harwell Energy"]


# --- the host of a gathering --------------------------------------------------------------


@pytest.mark.parametrize("event", ["spring meeting", "annual meeting"])
def test_the_host_of_a_gathering_is_no_firm_written_to(event: str) -> None:
    assert (
        _clinic(
            "Thank you for the interview. Perhaps I'll see some of the team at the Northern "
            f"Veterinary Society's {event}."
        )
        == []
    )


def test_a_firms_own_site_still_flags() -> None:
    assert _clinic(
        "Thank you for the interview. Perhaps I'll see some of the team at the Northern "
        "Veterinary Society's new clinic."
    ) == ["Northern Veterinary Society"]


# --- another body's demands the reader handles --------------------------------------------


@pytest.mark.parametrize("verb", ["manage", "handle", "navigate"])
def test_the_demands_the_reader_handles_are_anothers(verb: str) -> None:
    assert (
        _plant(
            f"Thank you for the site visit. Hearing how you {verb} Gridwell's connection "
            "rules was eye-opening."
        )
        == []
    )


def test_the_readers_doing_for_a_pasted_firm_still_flags() -> None:
    assert _plant(
        "Thank you for the site visit. Hearing how you grew Gridwell's client base was eye-opening."
    ) == ["Gridwell"]


# --- a clinic's job title -----------------------------------------------------------------


@pytest.mark.parametrize("title", ["Small Animal Veterinarian", "Dental Hygienist"])
def test_a_clinics_job_title_is_no_firm(title: str) -> None:
    assert (
        _clinic(
            f"Thank you for the opportunity to take part in the process for {title} at "
            "Ridgeway Veterinary Group."
        )
        == []
    )


def test_a_pasted_clinic_beside_the_title_still_flags() -> None:
    assert _clinic(
        "Thank you for the opportunity to interview for Small Animal Veterinarian with "
        "Harbour Animal Care."
    ) == ["Harbour Animal Care"]


def test_the_readers_word_right_after_and_still_counts() -> None:
    assert _plant(
        "Thank you for considering me for the role with Harwell Energy and for meeting me "
        "on Friday."
    ) == ["Harwell Energy"]


def test_a_firms_platform_one_day_still_flags() -> None:
    assert _plant("I'd still love to help grow Harwell Energy's platform one day.") == [
        "Harwell Energy"
    ]


def test_the_readers_word_past_a_comma_and_still_counts() -> None:
    assert _plant(
        "I had heard so much about the culture at Harwell Energy, and meeting the team "
        "confirmed it."
    ) == ["Harwell Energy"]
