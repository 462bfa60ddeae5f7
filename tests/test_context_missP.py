"""wrong-company: names sharing the employer's first word, and two more cues of writing to one.

Cases from the blind sets tests/context165 and tests/context170, each in new wordings: a
salon's or a mosque's word heading both names ("Salão", "Masjid") tells nothing of which
one; the employer's first word, then a plain word and a practice's kind ("X Skin Clinic"
to X Day Spa) is a sister firm where the job is named; thanks to "everyone at" a name of
the employer's first words and another arm's; "join the emergency team of X"; and "still
it is not enough for X" after the writer's record. The employer's own names stay unflagged.
"""

from __future__ import annotations

import pytest
from contexthelp import company_reply, flagged, found


def _reply(sentence: str, company: str) -> list[str]:
    """Return the wrong-company findings of a reply with ``sentence`` to ``company``."""
    return flagged(company_reply(sentence, company, "Rosa Lima", "rosa@example.org", "Ana Reis"))


# --- a kind's word heading both names ("Salão", "Masjid") tells nothing of which one


@pytest.mark.parametrize(
    ("sentence", "company", "name"),
    [
        ("I would still love to be part of the Salão Estrela Dalva family.", "Salão Beija-Flor",
         "Salão Estrela Dalva"),
        ("Thank you for the interview for the imam assistant post at Masjid Nurul Iman.",
         "Masjid Al-Falah Seksyen 9", "Masjid Nurul Iman"),
    ],
)  # fmt: skip
def test_another_salon_or_mosque_is_flagged(sentence, company, name) -> None:
    assert _reply(sentence, company) == [name]


@pytest.mark.parametrize(
    ("sentence", "company"),
    [
        ("I would still love to be part of the Salão Beija-Flor family.", "Salão Beija-Flor"),
        ("I wish the Al-Falah youth wing every success.", "Masjid Al-Falah Seksyen 9"),
    ],
)
def test_the_employers_own_salon_or_mosque_is_not(sentence, company) -> None:
    assert _reply(sentence, company) == []


# --- the employer's first word, a plain word and a practice's kind, where the job is named


def test_a_sister_practice_named_as_the_jobs_firm_is_flagged() -> None:
    sentence = "Thank you for considering me for the receptionist post at Orchid Eye Clinic."
    assert _reply(sentence, "Orchid Day Spa") == ["Orchid Eye Clinic"]


def test_the_sister_practice_named_without_a_cue_is_not() -> None:
    sentence = "I used to buy the face cream at Orchid Eye Clinic."
    assert _reply(sentence, "Orchid Day Spa") == []


# --- thanks to everyone at another arm of the employer's name


def test_thanks_to_everyone_at_another_arm_is_flagged() -> None:
    sentence = "Thank you to everyone at Coral Hair Lounge for the kind welcome."
    assert _reply(sentence, "Coral Hair Atelier") == ["Coral Hair Lounge"]


def test_thanks_to_everyone_at_the_employer_is_not() -> None:
    sentence = "Thank you to everyone at Coral Hair Atelier for the kind welcome."
    assert _reply(sentence, "Coral Hair Atelier") == []


# --- "join the X team of Y": joining Y


def test_joining_another_bodys_team_of_is_flagged() -> None:
    sentence = "I remain keen to join the nursing team of Saint-Luc de Tyr, so keep my file."
    assert _reply(sentence, "Hôpital Saint-Georges") == ["Saint-Luc de Tyr"]


def test_joining_the_employers_own_team_of_is_not() -> None:
    sentence = "I still hope to join the surgical team of Hôpital Saint-Georges one day."
    assert _reply(sentence, "Hôpital Saint-Georges") == []


# --- "still it is not enough for X" after the writer's record


def test_the_writers_record_not_enough_for_another_school_is_flagged() -> None:
    sentence = (
        "I have a master's degree and ten years of teaching, and still it is not enough for "
        "Lycée Montaigne."
    )
    assert _reply(sentence, "École Saint-Joseph") == ["Lycée Montaigne"]


def test_not_enough_without_the_writer_is_not() -> None:
    sentence = "The budget is not enough for Lycée Montaigne, the paper says."
    assert _reply(sentence, "École Saint-Joseph") == []


# --- a Subject naming the employer in words its domain spells, a legal form's letters last


def _email(sentence: str) -> list[str]:
    """Return the wrong-company findings of an email to a spa named only by its Subject."""
    text = (
        "From: Mina Kato <mina.kato@example.com>\n"
        "To: Kumo Head Spa <noreply@kumoheadspa.example>\n"
        "Subject: RE: [Kumo Head Spa] Result of your application\n"
        "Date: Mon, 13 Apr 2026 20:00:00 +0900\n\n"
        f"Dear Ms Ito,\n\nThank you for the interview. {sentence}\n\nBest regards,\nMina Kato\n"
    )
    return found(text, "wrong-company", "reply.eml")


def test_another_spa_is_flagged_when_the_subject_names_the_employer() -> None:
    assert _email("I hope one day I can join the Tsuki Head Spa family.") == ["Tsuki Head Spa"]


def test_the_employer_the_subject_names_is_not() -> None:
    assert _email("I hope one day I can join the Kumo Head Spa family.") == []
