"""wrong-company: the employer's group, its old name, the writer's doings and a place toured.

Cases from the blind sets tests/context59 and tests/context60, each with new wordings: a
group the sentence says the employer fits into or works within ("how X fits into the wider
Y Group"); the name the writer first knew the employer by ("I first knew your company as
X"); the writer's doing joined by "and" to a start told with "since" ("since starting my
course and doing weekend work at X"); and the employer's own place the writer was shown
round, named by its brand ("the tour of the X test kitchen"). The nearby uses that still
name a pasted firm (a wish to join the group, a tour or work wished for) stay flagged.
"""

from __future__ import annotations

import pytest
from contexthelp import company_reply, flagged
from test_context_relations56 import _letter


def _reply(sentence: str, company: str) -> list[str]:
    """Return the findings of ``sentence`` in a reply to ``company``."""
    return flagged(company_reply(sentence, company, "Leona Varga", "leona@employer.example",
                                 "Sam Okoro"))  # fmt: skip


# --- a group the sentence relates the employer to ----------------------------------------------


@pytest.mark.parametrize(
    "path",
    ["context59/metallurgist-legit-parent-group.md", "context60/homeware-parent-group-clean.md"],
)
def test_the_letters_naming_the_wider_group_are_clean(path) -> None:
    assert _letter(path) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "I enjoyed hearing how Larkfield Home fits into the wider Ellison Retail Group.",
        "I learned how your company sits within Ellison Holdings.",
        "It was good to see how your buyers work with the wider Ellison Retail Group.",
        "I now understand that you are a member of the Ellison Retail Group.",
    ],
)
def test_a_group_the_employer_fits_into_is_its_own(sentence) -> None:
    assert _reply(sentence, "Larkfield Home") == []


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("I would love to work for the wider Ellison Retail Group one day.",
         "Ellison Retail Group"),
        ("Thank you, I'd still love to fit into the wider Ellison Retail Group.",
         "Ellison Retail Group"),
        ("I know my skills would fit into Ellison Holdings.", "Ellison Holdings"),
    ],
)  # fmt: skip
def test_a_group_the_writer_hopes_to_fit_into_is_still_flagged(sentence, name) -> None:
    assert _reply(sentence, "Larkfield Home") == [name]


# --- the name the writer first knew the employer by --------------------------------------------


def test_the_letter_naming_the_employers_former_name_is_clean() -> None:
    assert _letter("context59/mud-logger-legit-former-name.md") == []


@pytest.mark.parametrize(
    "sentence",
    [
        "I first knew your company as Namib Drilling Co. when I logged a well for you.",
        "I had always known you as Namib Drilling Co., so the new name took me by surprise.",
        "I still remember the firm as Namib Drilling Co. from my contracting days.",
    ],
)
def test_the_name_the_writer_knew_the_employer_by_is_its_own(sentence) -> None:
    assert _reply(sentence, "Kunene Drilling Services") == []


@pytest.mark.parametrize(
    "sentence",
    [
        "I know you as the best driller in the region, far ahead of Namib Drilling Co.",
        "I know you as a leader, and I would be proud to log wells for Namib Drilling Co.",
    ],
)
def test_another_name_beside_knowing_the_reader_is_still_flagged(sentence) -> None:
    assert _reply(sentence, "Kunene Drilling Services") == ["Namib Drilling Co."]


# --- the writer's doing joined to a start told with "since" ------------------------------------


def test_the_letter_with_weekend_work_since_starting_a_course_is_clean() -> None:
    assert _letter("context59/apprentice-fitter-clean-warm.md") == []


@pytest.mark.parametrize(
    "sentence",
    [
        "I've learned a lot since starting my course and working weekends at Boyne Engineering.",
        "I've grown a lot since finishing school and taking a casual job at Boyne Engineering.",
        "After leaving school and doing a pre-apprenticeship with Boyne Engineering, I applied "
        "to you.",
    ],
)
def test_a_doing_joined_to_a_start_is_the_writers_own(sentence) -> None:
    assert _reply(sentence, "Capricorn Alumina Refinery") == []


@pytest.mark.parametrize(
    "sentence",
    [
        "I'd love to grow after finishing my course and working at Boyne Engineering.",
        "Since starting my course and hoping to work at Boyne Engineering, I have saved hard.",
        "I'll keep learning after finishing my course and would love an apprenticeship at "
        "Boyne Engineering.",
    ],
)
def test_a_wish_joined_to_a_start_is_still_flagged(sentence) -> None:
    assert _reply(sentence, "Capricorn Alumina Refinery") == ["Boyne Engineering"]


# --- the employer's own place the writer was shown round ---------------------------------------


def test_the_letter_with_the_tour_of_the_brands_test_kitchen_is_clean() -> None:
    assert _letter("context60/retail-own-brand-building-clean.eml") == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Thank you for the tour of the Casa Verde test kitchen afterwards.",
        "It was great to have a visit to the Casa Verde design studio after the interview.",
        "Thank you for showing me around the Casa Verde showroom.",
    ],
)
def test_a_place_the_writer_was_shown_round_is_the_employers(sentence) -> None:
    assert _reply(sentence, "Marchetti Stores") == []


@pytest.mark.parametrize(
    "sentence",
    [
        "I'd love a tour of the Casa Verde test kitchen one day.",
        "I would love to work in the Casa Verde test kitchen.",
    ],
)
def test_a_place_wished_for_is_still_flagged(sentence) -> None:
    assert _reply(sentence, "Marchetti Stores") == ["Casa Verde"]
