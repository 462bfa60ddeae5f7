"""wrong-company: names pasted from another letter in the roles the blind sets 73 and 74 showed.

Cases from tests/context73 and tests/context74, each with new wordings: a name opening its
own clause after "in case" is no place of the papers before it ("my certificate again in
case X needs it"); the writer following a firm "since 2024" is no time worked there; the
volunteers at X are its people; a firm's office named by its place ("X's Leeds office")
makes X a firm; the firm that "will not be taking my application further" turned the writer
down; anyone "from X" offered a coffee is the reader's colleague; a career to start "on an
offshore plant with X" is the job; and "the Brennan Hill team" to Brennan Hale is another
firm's team, not a site learned. The writer's own past, places and papers stay unflagged.
"""

from __future__ import annotations

import pytest
from contexthelp import company_reply, flagged
from test_context_worth66 import _letter


def _law(sentence: str) -> list[str]:
    """Return the findings of ``sentence`` in a reply to a law firm."""
    return flagged(company_reply(sentence, "Garrison Vale LLP", "Emily Sato",
                                 "emily@garrisonvale.example", "Chua Jun Jie"))  # fmt: skip


def _utility(sentence: str) -> list[str]:
    """Return the findings of ``sentence`` in a reply to a power utility."""
    return flagged(company_reply(sentence, "Kainji Power Distribution Plc", "Musa Garba",
                                 "musa@kainjipower.example", "Abubakar Umar"))  # fmt: skip


@pytest.mark.parametrize(
    ("path", "name"),
    [
        ("context73/houston-paralegal-near-miss-firm.eml", "Brennan Hill"),
        ("context73/kenya-legal-aid-pasted-ps-late.md", "Haki Yetu Foundation"),
        ("context73/london-trainee-pasted-first-line.eml", "Ashdown Pellew"),
        ("context73/newyork-to-singapore-not-late-pasted-ps.md", "Kellerman Stroud"),
        ("context73/singapore-probono-near-miss-name.md", "Harbourside Pro Bono Clinic"),
        ("context74/copper-chile-ps-pasted-tz-not-late.eml", "Compañía Minera Pampa Roja"),
        ("context74/gas-grad-pasted-name-first-para.eml", "Ningaloo Gas"),
        ("context74/kainji-power-near-miss-kaduna.md", "Kaduna Power Distribution"),
    ],
)
def test_the_labeled_letters_name_the_pasted_firms(path: str, name: str) -> None:
    assert _letter(path) == [name]


# --- "in case X needs it": a clause of its own ----------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "I enclose my practising certificate once more in case Ashby Rowe Solicitors needs it.",
        "My degree certificate is attached again in case Ashby Rowe Solicitors wants a copy.",
    ],
)
def test_a_firm_needing_the_papers_after_in_case_is_flagged(sentence: str) -> None:
    assert _law(sentence) == ["Ashby Rowe Solicitors"]


def test_papers_from_a_firm_in_case_of_need_stay_unflagged() -> None:
    assert _law("I attach my reference from Ashby Rowe Solicitors in case of any questions.") == []


# --- following a firm since a year ------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Since 2023 I have followed Sokoto Grid Company's prepaid metering programme closely.",
        "Since 2022 I've been following Sokoto Grid Company's network upgrades with admiration.",
    ],
)
def test_following_a_firm_since_a_year_is_flagged(sentence: str) -> None:
    assert _utility(sentence) == ["Sokoto Grid Company"]


def test_working_at_a_firm_since_a_year_stays_unflagged() -> None:
    assert _utility("Since 2023 I have worked at Sokoto Grid Company as a relay technician.") == []


# --- a firm's people and offices --------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "It was heartening to see how the volunteers at Eastbank Legal Clinic care for every client.",
        "Please thank Mr Tan again for the tour of Ashby Rowe's Canary Wharf office.",
    ],
)
def test_a_firms_volunteers_and_offices_are_flagged(sentence: str) -> None:
    assert len(_law(sentence)) == 1


def test_a_ward_owned_by_a_name_stays_unflagged() -> None:
    assert _law("I shadowed a nurse on St. Fintan's surgical ward during my law degree.") == []


# --- the firm that turned the writer down -----------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "I was sad to learn that Ashby Rowe will not be progressing my application.",
        "I understand Ashby Rowe Solicitors won't be taking my application further.",
    ],
)
def test_the_firm_not_taking_the_application_further_is_flagged(sentence: str) -> None:
    assert len(_law(sentence)) == 1


def test_a_firm_that_took_the_application_elsewhere_stays_unflagged() -> None:
    assert _law("Ashby Rowe Solicitors also rejected my application last spring.") == []


# --- anyone from X, offered a coffee ----------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "I'm in Abuja next month if anyone from Sokoto Grid Company would like to meet.",
        "If someone from Sokoto Grid Company fancies a chat, I'm free on Fridays.",
    ],
)
def test_anyone_from_a_firm_offered_a_meeting_is_flagged(sentence: str) -> None:
    assert _utility(sentence) == ["Sokoto Grid Company"]


@pytest.mark.parametrize(
    "sentence",
    [
        "If anyone from my former employer Sokoto Grid Company wants to meet, they know where I am.",
        "If anyone from Kainji Power would like to meet for a coffee, I'm in Minna all week.",
    ],
)
def test_anyone_from_the_writers_old_firm_or_the_employer_stays_unflagged(sentence: str) -> None:
    assert _utility(sentence) == []


# --- a career to start, with its field or place before the name -------------------------------


def test_a_career_to_start_on_a_plant_with_a_firm_is_flagged() -> None:
    sentence = "I hoped to begin my career on a hydro station with Sokoto Grid Company."
    assert _utility(sentence) == ["Sokoto Grid Company"]


def test_a_career_started_on_a_plant_with_a_firm_stays_unflagged() -> None:
    sentence = "I started my career on a hydro station with Sokoto Grid Company in 2019."
    assert _utility(sentence) == []


# --- the employer's name with a word swapped, before "team" -----------------------------------


def test_the_employers_name_with_a_word_swapped_before_team_is_flagged() -> None:
    sentence = "I'm grateful to the Garrison Vine team for making me so welcome."
    assert _law(sentence) == ["Garrison Vine"]


def test_the_employers_own_team_stays_unflagged() -> None:
    assert _law("I'm grateful to the Garrison Vale team for making me so welcome.") == []


def test_an_application_turned_down_long_ago_is_another_firms_past() -> None:
    assert _law("Lumen Bank rejected my application last year, so this one meant a lot.") == []
    assert _law("Lumen Bank will not be progressing my application, I understand.") == [
        "Lumen Bank"
    ]
