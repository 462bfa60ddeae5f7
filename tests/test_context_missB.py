"""wrong-company: firms named by their partners' surnames, and a sister affiliate as the employer.

Cases from the blind set tests/context125, each with new wordings: two surnames where a
partnership's own name stands ("the interviews at X", "the whole X team") in a reply to a
firm named by its partners, a founder "& Partner" firm whose sign-off line the title words
must not hide, and the employer's name with a trade word the thread never says in place
of its legal form ("the role at X Advisory" to X LLP). The employer's own name, a place
after it, a group's name and a reply to a firm of another shape stay unflagged.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from contexthelp import found, replier
from replylint.sources.signature import legal_name

_HERE = Path(__file__).parent

_cpa = replier("Marlow & Pike LLP", "Dana Reyes", "dana@marlowpike.example", "Sam Ortiz")
_founder = replier("Brandt & Partner Unternehmensberatung GmbH", "Lena Falk",
                   "lena@brandt-partner.example", "Tom Berg")  # fmt: skip
_software = replier("Nordlicht Software GmbH", "Lena Falk", "lena@nordlicht.example", "Tom Berg")
_lawyers = replier(
    "Moreira Tavares Advogados", "Ana Lima", "ana@moreiratavares.example", "Rui Costa"
)
_plain = replier("Bright Path Consulting", "Ana Lima", "ana@brightpath.example", "Rui Costa")


def _letter(name: str) -> list[str]:
    """Return the wrong-company findings of a labeled letter under tests/."""
    path = _HERE / name
    return found(path.read_text(encoding="utf-8"), "wrong-company", path.name)


def test_the_labeled_letters_name_the_other_firms() -> None:
    assert _letter("context125/consulting-br-md-rival-in-thanks-late-2days.md") == ["Bastos Lemos"]
    assert _letter("context125/germany-consulting-thunderbird-de-pasted-firm-no-door.eml") == [
        "Weber Roth"
    ]
    assert _letter("context125/us-accounting-outlook-sister-affiliate-demand.eml") == [
        "Linden & Hale Advisory"
    ]


# --- a sister affiliate where the job's firm stands ----------------------------------------


def test_a_trade_word_for_the_legal_form_names_a_sister_firm() -> None:
    sentence = "I was glad to be considered for the Tax Associate role at Marlow & Pike {}."
    assert _cpa(sentence.format("Advisory")) == ["Marlow & Pike Advisory"]
    assert _cpa(sentence.format("Wealth")) == ["Marlow & Pike Wealth"]


@pytest.mark.parametrize("tail", ["", " LLP", " Boston", " Group"])
def test_the_employer_its_place_or_its_group_is_not_a_sister_firm(tail: str) -> None:
    sentence = f"I was glad to be considered for the Tax Associate role at Marlow & Pike{tail}."
    assert _cpa(sentence) == []


# --- a founder "& Partner" firm -------------------------------------------------------------


def test_a_founder_and_partner_line_is_the_company_not_a_title() -> None:
    assert legal_name("Brandt & Partner Steuerberatung GmbH") == (
        "Brandt & Partner Steuerberatung GmbH"
    )
    assert legal_name("Senior Partner, Brandt GmbH") == "Brandt GmbH"


def test_two_surnames_where_the_interviews_were_held_name_another_partnership() -> None:
    assert _founder("I enjoyed the interviews at Keller Voss and the case study.") == [
        "Keller Voss"
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "I enjoyed the interviews at the Keller Voss office.",
        "I enjoyed the interviews at Brandt & Partner and the case study.",
    ],
)
def test_an_office_or_the_employer_where_the_interviews_were_held(sentence: str) -> None:
    assert _founder(sentence) == []


def test_two_surnames_at_a_firm_of_another_shape_are_left_alone() -> None:
    assert _software("I enjoyed the interviews at Keller Voss and the case study.") == []


# --- two surnames and a profession -----------------------------------------------------------


def test_two_surnames_before_team_name_another_partnership() -> None:
    sentence = "Thanks to you and the whole Cardoso Ribeiro team for the conversations."
    assert _lawyers(sentence) == ["Cardoso Ribeiro"]


@pytest.mark.parametrize("name", ["Moreira Tavares", "Canary Wharf"])
def test_the_employers_team_or_a_plain_place_team_is_not_another_firm(name: str) -> None:
    assert _lawyers(f"Thanks to you and the whole {name} team for the conversations.") == []


def test_a_plain_worded_consultancy_is_no_partnership() -> None:
    sentence = "Thanks to you and the whole Cardoso Ribeiro team for the conversations."
    assert _plain(sentence) == []
