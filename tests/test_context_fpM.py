"""wrong-company: the writer's own workplace, an exam body and a conference, cued by the job.

Cases from the blind set tests/context150, each with new wordings: a sentence that asks the
reader's advice or names the role is cued, but a name in it told as the writer's present
workplace ("at my current firm, X", "I'm a charge nurse at X", "X in Town, where I work
now"), the body the writer passed an exam with ("I passed CS2 with X"), or an event whose
head word is an event's before "of" ("the X Congress of Surveyors") is not the firm written
to. A wish to work at the same name, or a hiring step passed with it, stays flagged.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from contexthelp import company_reply, flagged, found

_HERE = Path(__file__).parent


def _letter(name: str) -> list[str]:
    """Return the wrong-company findings of a labeled letter under tests/."""
    path = _HERE / name
    return found(path.read_text(encoding="utf-8"), "wrong-company", path.name)


def _claims(sentence: str) -> list[str]:
    """Return the findings of ``sentence`` in a reply to a marine claims firm."""
    return flagged(company_reply(sentence, "Harbourline Marine Claims", "Jana Vogel",
                                 "jana@harbourline.example", "Tobias Wirth"))  # fmt: skip


_NAME = "Pemberton Cargo Surveyors"


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("context150/chennai-actuarial-two-signers-reply-to-one-late-3-days.md", []),
        ("context150/singapore-average-adjuster-outlook-cc-hr-mailbox-and-panel.eml", []),
        ("context151/ie-home-support-md-two-signers-investor-and-branches-clean.md", []),
        ("context150/chennai-actuarial-italian-gmail-hope-to-join-rival-too-long.eml",
         ["Deccan Actuarial"]),
        ("context150/joburg-actuarial-formal-template-misspelt-signer-pasted-firm.md",
         ["Karoo Risk Consulting"]),
        ("context150/frankfurt-industrial-broker-two-pasted-company-names.md",
         ["Taunus Rück", "Rheinblick Versicherungsmakler"]),
        ("context151/au-home-care-gmail-hashtag-rival-late-3days-sorry-slow.eml",
         ["CoorongCare"]),
    ],
)  # fmt: skip
def test_the_labeled_letters(name: str, expected: list[str]) -> None:
    assert _letter(name) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "I use Python and SQL at my present firm, Pemberton Cargo Surveyors, but I am not "
        "sure my experience came across in the interview.",
        "If you have a minute, I'm a charge nurse at Pemberton Cargo Surveyors, so any "
        "advice on the role would help.",
        "At Pemberton Cargo Surveyors in Busan, where I work now, I mostly do hull surveys, "
        "so your advice would mean a lot.",
        "I would value your advice on the role; I have just passed CS2 with the Pemberton "
        "Institute of Surveyors.",
        "Thank you for the interview; I hope we meet at the Pemberton Congress of Surveyors "
        "in Leeds.",
    ],
)
def test_own_workplace_exam_body_or_event_is_not_the_firm(sentence: str) -> None:
    assert _claims(sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "I build pricing models in R and hope to join my dream firm, Pemberton Cargo "
        "Surveyors, after the interview.",
        "If you have a minute, I'd love to be a charge nurse at Pemberton Cargo Surveyors, "
        "so any advice on the role would help.",
        "At Pemberton Cargo Surveyors in Busan, where I'd love to work one day, your advice "
        "would mean a lot.",
        "I would value your advice on the role; I have just passed the assessment with "
        "Pemberton Cargo Surveyors.",
    ],
)
def test_a_wish_or_a_hiring_step_there_still_names_it(sentence: str) -> None:
    assert _claims(sentence) == [_NAME]


# --- a job's stream, a line of business, a partner, the writer's own shifts ---------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Thank you for considering me for the position of Claims Analyst: Marine Cargo Recovery.",
        "I particularly enjoyed hearing how Harbourline places the P&I and cargo "
        "programmes of its clients, and how the team prepared for the new rules.",
        "I really enjoyed the discussion about wound care and the joint clinics your team "
        "runs with the Pemberton Seating Clinic.",
        "Sorry for the slow reply about the role, I've been on a long block of night shifts "
        "at the Pemberton General.",
    ],
)
def test_a_stream_a_line_a_partner_or_own_shifts_is_not_the_firm(sentence: str) -> None:
    assert _claims(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Thank you for considering me for the role at Pemberton Marine Recovery.",
         "Pemberton Marine Recovery"),
        ("Thank you for the interview; I enjoyed hearing how Pemberton Claims places the "
         "hull programmes of its clients.", "Pemberton Claims"),
        ("Thank you for the interview; I would love to run joint clinics with the Pemberton "
         "Seating Service.", "Pemberton Seating Service"),
        ("Sorry for the slow reply about the role, I'd love to do night shifts at "
         "Pemberton General Care.", "Pemberton General Care"),
    ],
)  # fmt: skip
def test_the_same_names_in_the_job_sentence_still_flagged(sentence: str, name: str) -> None:
    assert _claims(sentence) == [name]


def test_the_group_a_site_is_run_under_is_not_the_firm() -> None:
    run = "Thank you for the interview; I saw how the Cebu home is run under the Pemberton Health Group."
    wish = "Thank you for the interview; I would love to work under the Pemberton Health Group."
    assert _claims(run) == []
    assert _claims(wish) == ["Pemberton Health Group"]
