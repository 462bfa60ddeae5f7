"""wrong-company: a misspelt employer's name whose edges were misread, and tags abroad.

Cases from the blind sets tests/context167-170, each with new wordings: a misspelling of the
employer's name whose first word only opens the sentence ("Capitel Hill Motors is ..."),
follows a greeting's word ("Congrats X on ...") or is a brand with a small first letter
("eFleet"); a misspelling whose last word is the employer's cut short ("Lab" of
Laboratory); and a tag of a firm's people written the way Spanish writes it ("#FamiliaX")
or with an accented name ("#TeamX" with "á"); a firm whose need of staff is the opening the
writer asks to be kept in mind for ("keep my name if X needs staff"), and the firm asked to
hear the request the reply makes ("I trust X will give this request ..."). The employer's
own name in the same places, another firm of the writer's past and a request to another
firm stay unflagged.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from contexthelp import found, replier

_HERE = Path(__file__).parent

_motors = replier("Harbour Light Motors", "Dana Price", "dana@harbourlightmotors.example",
                  "Sam Ortiz")  # fmt: skip
_grove = replier("Sterling Grove Honda", "Dana Price", "dana@sterlinggrovehonda.example",
                 "Sam Ortiz")  # fmt: skip
_fleet = replier("iFleet Global Logistics", "Dana Price", "dana@ifleet.example", "Sam Ortiz")
_lab = replier("Halvorsen Materials Laboratory", "Dana Price", "dana@halvorsenlab.example",
               "Sam Ortiz")  # fmt: skip
_brisa = replier("Brisa Motors", "Dana Price", "dana@brisamotors.example", "Sam Ortiz")
_rent = replier("Coral Bay Car Hire", "Dana Price", "dana@coralbaycarhire.example", "Sam Ortiz")
_lease = replier("Arrendadora del Sur", "Dana Price", "dana@arrendadoradelsur.example",
                 "Sam Ortiz")  # fmt: skip


def _letter(name: str) -> list[str]:
    """Return the wrong-company findings of a labeled letter under tests/."""
    path = _HERE / name
    return found(path.read_text(encoding="utf-8"), "wrong-company", path.name)


# --- a misspelling read one word further or shorter ---------------------------------------


def test_a_misspelling_opening_the_sentence_on_a_word_is_flagged_whole() -> None:
    sentence = "Starling Grove Honda is just the kind of dealership I hoped to grow with."
    assert _grove(sentence) == ["Starling Grove Honda"]


def test_the_right_name_opening_the_sentence_is_not_flagged() -> None:
    sentence = "Sterling Grove Honda is just the kind of dealership I hoped to grow with."
    assert _grove(sentence) == []


def test_a_misspelling_after_a_greeting_word_is_flagged_without_it() -> None:
    assert _motors("Congrats Harbor Light Motors on finding someone so quickly.") == [
        "Harbor Light Motors"
    ]


def test_the_right_name_after_a_greeting_word_is_not_flagged() -> None:
    assert _motors("Congrats Harbour Light Motors on finding someone so quickly.") == []


def test_a_misspelt_brand_with_a_small_first_letter_is_flagged() -> None:
    assert _fleet("I liked the eFleet Global depot in Leeds.") == ["eFleet Global"]


def test_the_brand_with_its_own_small_first_letter_is_not_flagged() -> None:
    assert _fleet("I liked the iFleet Global depot in Leeds.") == []


def test_the_letter_misspelling_a_dealer_at_the_sentence_start_is_flagged() -> None:
    letter = "context168/us-capitol-city-honda-near-miss-capital-city-honda.md"
    assert _letter(letter) == ["Capital City Honda"]


# --- a misspelling whose last word is cut short ---------------------------------------------


def test_a_misspelling_with_its_last_word_cut_short_is_flagged() -> None:
    sentence = "Thank you for the day at Halvorson Materials Lab and the tour."
    assert _lab(sentence) == ["Halvorson Materials Lab"]


def test_the_right_name_with_its_last_word_cut_short_is_not_flagged() -> None:
    assert _lab("Thank you for the day at Halvorsen Materials Lab and the tour.") == []


# --- tags of a firm's people written abroad --------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Hopefully one day I will be part of the #FamiliaCortez!", "Cortez"),
        ("Hopefully one day I will be part of #TeamSolán.", "Solán"),
    ],
)
def test_a_tag_of_another_firms_people_is_flagged(sentence: str, name: str) -> None:
    assert _brisa(sentence) == [name]


@pytest.mark.parametrize(
    "sentence",
    [
        "Hopefully one day I will be part of the #FamiliaBrisa!",
        "Hopefully one day I will be part of #TeamBrisa.",
    ],
)
def test_a_tag_of_the_employers_people_is_not_flagged(sentence: str) -> None:
    assert _brisa(sentence) == []


# --- a firm's need of staff to come, and the firm hearing the writer's request ---------------


def test_a_firm_needing_staff_the_writer_hopes_to_be_kept_for_is_flagged() -> None:
    sentence = "Please keep my name if Sunway Rentals need staff for the busy months."
    assert _rent(sentence) == ["Sunway Rentals"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Please keep my name if Coral Bay Car Hire need staff for the busy months.",
        "I worked two summers at Sunway Rentals, and I know the busy months well.",
        "Please keep my name in case Sunway Rentals closes its desk at the airport.",
        # no ask to be kept in mind, or an opening taken as well as this one: any firm
        "If Sunway Rentals needs people, I'd apply.",
        "If Sunway Rentals opens a desk role next year I may apply there too.",
    ],
)
def test_the_employer_needing_staff_or_another_firm_elsewhere_is_not_flagged(
    sentence: str,
) -> None:
    assert _rent(sentence) == []


def test_a_firm_asked_to_hear_this_request_is_flagged() -> None:
    sentence = "I trust that Leasing Montano will give this request the attention it deserves."
    assert _lease(sentence) == ["Leasing Montano"]


@pytest.mark.parametrize(
    "sentence",
    [
        "I trust that Arrendadora del Sur will give this request the attention it deserves.",
        "I trust that Leasing Montano will also consider my request for a reference.",
        # "my request" may be another's (a school's transcript); only "this" one is the reply's
        "I hope the Ateneo will consider my request for a transcript soon.",
    ],
)
def test_the_employer_or_another_firm_asked_too_is_not_flagged(sentence: str) -> None:
    assert _lease(sentence) == []
