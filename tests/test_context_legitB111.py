"""wrong-company: goods shown, a numbered room and a coined name's initials are no firm.

Cases from the blind sets tests/context112-113, each with new wordings: a brand or goods
the readers showed the writer ("walk me through the X brand", "seeing the X prototypes")
are the employer's own or its client's; "Room 12" is a room of the school; and a coined
word of two English words gives an initial for each ("SBM" of Seabright Media). A pasted
name beside each stays flagged.
"""

from __future__ import annotations

import pytest
from contexthelp import replier
from test_context_relations56 import _letter

_drinks = replier("Harrowgate Drinks", "Lena Park", "lena.park@harrowgatedrinks.example",
                  "Sam Cole")  # fmt: skip
_radio = replier("Seabright Media", "Tom Reyes", "tom.reyes@seabrightmedia.example", "Ana Ruiz")
_school = replier("Tawa Valley School", "Mere Tane", "mere.tane@tawavalley.example", "Ana Ruiz")


@pytest.mark.parametrize(
    ("path", "name"),
    [
        ("context112/packaging-designer-french-client-madame-ps-pasted.eml", "Atelier Rose"),
        ("context112/sales-rep-dear-hiring-team-thunderbird.eml", "Fizzline"),
        ("context112/teacher-principal-and-agency-consultant-two-signers.eml", "Room"),
        ("context113/radio-producer-reply-all-panel-member-in-to.md", "NLB"),
    ],
)
def test_the_letters_no_longer_flag_the_name(path, name) -> None:
    assert name not in _letter(path)


def test_the_pasted_name_in_the_same_letter_stays_flagged() -> None:
    found = _letter("context112/packaging-designer-french-client-madame-ps-pasted.eml")
    assert found == ["Maison Delorme"]


@pytest.mark.parametrize(
    "sentence",
    [
        "I enjoyed the time you took to walk me through the Sparkvale brand and its plans.",
        "Seeing the Maison Lune prototypes at your studio was a highlight for me.",
        "Thank you for showing me the Atelier Brume range during my visit.",
        "Thank you for the time you took to walk me through the Larkfield Studio collection.",
    ],
)
def test_goods_shown_to_the_writer_are_a_brand(sentence) -> None:
    assert _drinks(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Seeing the Maison Lune prototypes was a highlight, and I'd love to join Tidewell "
         "Beverages one day.", "Tidewell Beverages"),
        ("I'd love to see the Maison Lune collection one day as part of your team.",
         "Maison Lune"),
        ("I have always admired the Sparkvale brand and would love to join you.", "Sparkvale"),
    ],
)  # fmt: skip
def test_goods_wished_or_a_brand_admired_stay_flagged(sentence, name) -> None:
    assert _drinks(sentence) == [name]


@pytest.mark.parametrize(
    "sentence",
    [
        "Thank you for the chance to teach a lesson with Room 4 and to meet the staff.",
        "Thank you for the chance to teach the sample lesson with Room 9 and for the tour.",
    ],
)
def test_a_numbered_room_is_no_firm(sentence) -> None:
    assert _school(sentence) == []


def test_a_school_pasted_beside_a_room_stays_flagged() -> None:
    sentence = "Thank you for the lesson with Room 4, and I wish Kauri Park School every success."
    assert _school(sentence) == ["Kauri Park School"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Congratulations to your new producer; I hope SBM's drive slot keeps going strong.",
        "I would love to be considered for future roles at SBM.",
    ],
)
def test_initials_of_a_coined_name_split_are_the_employers(sentence) -> None:
    assert _radio(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("I would love to be considered for future roles at SBMC.", "SBMC"),
    ],
)  # fmt: skip
def test_other_initials_stay_flagged(sentence, name) -> None:
    assert _radio(sentence) == [name]


def test_initials_in_a_clause_without_the_job_are_left_by_the_gate() -> None:
    # NOTE: left by the cue-beside gate (_org_future.cued_firm): no word of the job, the hiring
    # or a wish stands beside the name, so the sentence-wide cue no longer makes it the firm
    # written to. On new blind letters that cue was wrong far more often than right.
    assert (
        _radio("Congratulations to your new producer; I hope KLF's drive slot keeps going strong.")
        == []
    )
