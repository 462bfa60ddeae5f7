"""wrong-company: a pasted name where the application, the job or the writer's hope is.

Cases from the blind sets tests/context57-58, each with new wordings: the application or
CV sent to a firm ("re my application to X", "my CV for X"), any work at a firm ("in case
it helps for anything at X"), work with a firm looked forward to as a hope ("hopefully
working with X in future"), an ambition to do the job's work there ("my ambition to teach
at X"), and a school the job is put at that the quoted rejection of a group of schools
never named. The nearby uses that are another application, the writer's own past or a
place of the process stay unflagged.
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


def _couriers(sentence: str) -> list[str]:
    """Return the findings of ``sentence`` in a reply to a courier firm."""
    return flagged(company_reply(sentence, "Swiftlane Couriers", "Marek Dvorak",
                                 "marek@swiftlanecouriers.example", "Jordan Mbeki"))  # fmt: skip


def _university(sentence: str) -> list[str]:
    """Return the findings of ``sentence`` in a reply to a university."""
    return flagged(company_reply(sentence, "Northbridge University", "Helen Ashworth",
                                 "h.ashworth@northbridge.example", "Piotr Zielinski"))  # fmt: skip


# --- the application or CV sent to a firm ---------------------------------------------------


def test_the_letter_with_its_application_to_a_rival_app_is_flagged() -> None:
    assert _letter("context58/food-delivery-rider-pastes-rival-app.eml") == ["Hopper Eats"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Re my application to Hopper Eats - no stress, I understand the zone is full.",
        "Thanks again for taking the time to consider my application to Brightway Foods.",
        "Could you keep my CV for Brightway Foods on file in case a round opens up?",
    ],
)
def test_the_application_sent_to_a_firm_names_it(sentence: str) -> None:
    assert len(_couriers(sentence)) == 1


@pytest.mark.parametrize(
    "sentence",
    [
        "I've also applied to Hopper Eats, so no worries either way.",
        "I applied to Brightway Foods too, so fingers crossed for one of them.",
        "Thank you for considering my application for Vice President of Sales.",
    ],
)
def test_another_application_or_a_job_applied_for_is_not_the_firm(sentence: str) -> None:
    assert _couriers(sentence) == []


# --- any work at a firm ---------------------------------------------------------------------


def test_the_letter_with_a_postscript_naming_another_firm_is_flagged() -> None:
    found_names = _letter("context58/security-guard-placeholder-and-ps-other-firm.md")
    assert found_names == ["Sentinel Guarding"]


@pytest.mark.parametrize(
    "sentence",
    [
        "My licence renewal has come through, in case it helps for anything at Sentinel Guarding.",
        "Let me know if there's anything at Sentinel Guarding I could help with.",
        "If anything at Sentinel Guarding fits my background, I'd love to hear about it.",
    ],
)
def test_any_work_at_a_firm_names_it(sentence: str) -> None:
    assert _couriers(sentence) == ["Sentinel Guarding"]


@pytest.mark.parametrize(
    "sentence",
    [
        "I didn't find anything at Sentinel Guarding that suited my hours.",
        "I never saw anything at Sentinel Guarding like your training plan.",
    ],
)
def test_nothing_found_at_a_firm_is_the_writers_own_search(sentence: str) -> None:
    assert _couriers(sentence) == []


# --- work with a firm looked forward to as a hope --------------------------------------------


def test_the_letter_with_a_sign_off_naming_another_firm_is_flagged() -> None:
    assert _letter("context58/courier-signoff-names-other-firm.eml") == ["Parcelwise"]


@pytest.mark.parametrize(
    "sentence",
    [
        "I'm looking forward to hopefully working with Parcelwise.",
        "Looking forward to working with Parcelwise in the future.",
        "I look forward to delivering with Parcelwise one day.",
    ],
)
def test_work_with_a_firm_hoped_for_names_it(sentence: str) -> None:
    assert _couriers(sentence) == ["Parcelwise"]


@pytest.mark.parametrize(
    "sentence",
    [
        "I enjoyed working with Parcelwise's drivers at my last job.",
        "I'm looking forward to starting with Parcelwise next month.",
        "I liked working with Parcelwise's dispatchers in my previous role.",
    ],
)
def test_a_firm_dealt_with_or_a_start_already_set_is_not_flagged(sentence: str) -> None:
    assert _couriers(sentence) == []


# --- an ambition to do the job's work there ---------------------------------------------------


def test_the_letter_with_an_ambition_at_another_university_is_flagged() -> None:
    found_names = _letter("context57/polish-lecturer-pastes-eastfield-university.md")
    assert found_names == ["Eastfield University"]


@pytest.mark.parametrize(
    "sentence",
    [
        "It has long been my ambition to teach structural mechanics at Eastfield University.",
        "My goal has always been to run a research group at Eastfield University.",
        "It was my dream to lecture in fluid dynamics at Eastfield University.",
    ],
)
def test_an_ambition_for_the_work_at_another_university_names_it(sentence: str) -> None:
    assert _university(sentence) == ["Eastfield University"]


def test_an_ambition_for_the_work_at_another_firm_names_it() -> None:
    assert _couriers("It has long been my ambition to drive vans at Parcelwise Ltd.") != []


@pytest.mark.parametrize(
    "sentence",
    [
        "I achieved my ambition to teach structural mechanics at Eastfield University in 2015.",
        "It was my ambition to finish my doctorate at Eastfield University, and I did.",
        "My ambition to teach grew out of my years at Eastfield University.",
    ],
)
def test_an_ambition_come_true_or_the_writers_own_studies_are_not_flagged(sentence: str) -> None:
    assert _university(sentence) == []


# --- a school the job is put at that the quoted rejection never named ----------------------


def test_the_letter_with_the_job_at_an_unnamed_school_is_flagged() -> None:
    found_names = _letter("context57/arabic-admissions-two-pasted-schools.eml")
    assert "Qasr Academy" in found_names


def _schools(sentence: str, rejection: str = "the Year 5 Teacher post") -> list[str]:
    """Return the findings of ``sentence`` in a reply quoting a group of schools' rejection."""
    text = (
        "From: Sam Reid <sam.reid@example.com>\n"
        "To: Laura Finch <l.finch@harbourside.example>\n"
        "Date: Mon, 16 Mar 2026 18:00:00 +0000\n"
        "Subject: Re: Application outcome\n\n"
        f"Dear Laura,\n\n{sentence} I would be grateful for any feedback.\n\n"
        "Kind regards,\nSam Reid\n\n"
        "On Mon, 16 Mar 2026 at 10:00, Laura Finch <l.finch@harbourside.example> wrote:\n"
        "> Dear Sam,\n>\n> Thank you for applying to Harbourside Schools Group. We have\n"
        f"> offered {rejection} to another candidate.\n>\n"
        "> Laura Finch\n> Harbourside Schools Group\n"
    )
    return found(text, "wrong-company")


@pytest.mark.parametrize(
    "sentence",
    [
        "Thank you for your email about the Year 5 Teacher post at Kingfisher Primary.",
        "I was sorry to hear the outcome for the Year 5 Teacher role at Kingfisher Academy.",
    ],
)
def test_the_job_put_at_a_school_the_group_never_named_is_flagged(sentence: str) -> None:
    assert len(_schools(sentence)) == 1


@pytest.mark.parametrize(
    ("sentence", "rejection"),
    [
        # where the process was held or whom the writer met: a school of the group's
        ("Thank you for the interview at Kingfisher Primary School.", "the Year 5 Teacher post"),
        ("I enjoyed meeting the team at Kingfisher Academy.", "the Year 5 Teacher post"),
        # a school that carries the group's name
        ("Thank you for your email about the post at Harbourside Primary School.", "the post"),
        # the school the rejection itself put the job at
        (
            "Thank you for your email about the Year 5 Teacher post at Kingfisher Academy.",
            "the Year 5 Teacher post at Kingfisher Academy",
        ),
        # the writer's own post there
        ("I held my previous post at Kingfisher Academy for six years.", "the Year 5 post"),
    ],
)
def test_a_school_of_the_group_or_the_writers_own_is_not_flagged(
    sentence: str, rejection: str
) -> None:
    assert _schools(sentence, rejection) == []


def test_a_school_is_not_flagged_when_the_rejection_is_not_quoted() -> None:
    reply = company_reply(
        "Thank you for considering me for the Year 5 Teacher post at Kingfisher Academy.",
        "Harbourside Schools Group", "Laura Finch", "l.finch@harbourside.example", "Sam Reid",
    )  # fmt: skip
    assert flagged(reply) == []
