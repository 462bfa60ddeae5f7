"""Context9's lessons, each on a new letter: ranks, sign-off titles, misspellings, clauses."""

from __future__ import annotations

import pytest
from replylint.sources import signature
from test_context_names import company_letter, found, recipient

# --- names: a rank or a title before a surname -------------------------------------------


@pytest.mark.parametrize(
    "greeting",
    ["Estimada Comandante Serrano:", "Dear Sergeant Serrano,", "Sehr geehrter Kapitän Serrano,",
     "Dear Pastor Serrano,", "Dear Coach Serrano,", "Querida Capitana Serrano:"],
)  # fmt: skip
def test_a_rank_before_the_signers_surname_addresses_the_signer(greeting: str) -> None:
    assert recipient(greeting, ("Inés Serrano <ines.serrano@vuelosur.es>",)) == []


def test_a_rank_before_someone_elses_surname_is_still_flagged() -> None:
    greeting = "Estimado Comandante Ferrer:"
    assert recipient(greeting, ("Inés Serrano <ines.serrano@vuelosur.es>",)) == [greeting]


@pytest.mark.parametrize("title", ["Chef", "Captain", "Sergeant", "Pastor", "Coach"])
def test_a_title_and_a_persons_name_is_no_company(title: str) -> None:
    sentence = f"I enjoyed the trial shift and {title} Oduya's notes on my plating."
    assert found(company_letter("Brasa Kitchens Ltd", sentence), "wrong-company") == []


# --- the sign-off: a title of any trade after a name ---------------------------------------

_TWO_TITLED = """Thank you for your interest.

With best wishes,
Lena Korhonen, Professor
Pekka Salo, Senior Scientist
Institute of Marine Studies, Aalto Harbour University
"""


def test_a_second_signer_with_a_title_of_any_trade_is_a_signer_not_a_company() -> None:
    context = signature.signature_context(_TWO_TITLED)
    assert [p.name for p in context.signers] == ["Lena Korhonen", "Pekka Salo"]
    assert context.company == "Institute of Marine Studies"


# --- wrong-company: a misspelling of the employer, a chain of stores -----------------------


def test_a_misspelling_that_keeps_the_first_word_is_still_a_misspelling() -> None:
    sentence = "I learned a lot about how Transportes Halcons Verdes runs its fleet."
    letter = company_letter("Transportes Halcones Verdes S.A.", sentence)
    assert found(letter, "wrong-company") == ["Transportes Halcons Verdes"]


def test_a_chain_of_stores_named_as_the_employer_is_flagged() -> None:
    sentence = "Thank you for considering me for the Duty Manager post at Ravello Stores."
    assert found(company_letter("Umoja Retail Group", sentence), "wrong-company") == [
        "Ravello Stores"
    ]


def test_a_store_of_the_employer_is_still_a_site() -> None:
    sentence = "Thank you for considering me for the Duty Manager post at the Ravello store."
    assert found(company_letter("Umoja Retail Group", sentence), "wrong-company") == []


# --- wrong-company: the clause that tells of the writer's own past -------------------------


def test_a_hyphenated_word_does_not_end_the_clause_before_a_name() -> None:
    sentence = ("I am sure I could do the job, given my six years leading the second-year "
                "studio at Tamworth University, and I hope you agree.")  # fmt: skip
    assert found(company_letter("University of Westmere", sentence), "wrong-company") == []


@pytest.mark.parametrize(
    "sentence",
    ["Could you tell me what to strengthen, for instance my sales experience, which until "
     "now has been limited to the Baltic region at Vilnor Foods, before I apply again?",
     "Could you tell me what to strengthen, for instance my export experience, which so "
     "far is limited to Latvia at Vilnor Foods?"],
)  # fmt: skip
def test_a_which_clause_about_the_writers_own_experience_is_theirs(sentence: str) -> None:
    assert found(company_letter("Hestia Foods", sentence), "wrong-company") == []


def test_a_which_clause_about_the_job_still_names_the_employer() -> None:
    sentence = ("Thank you for the interview for the role, which I would have loved to "
                "take on at Vilnor Foods.")  # fmt: skip
    assert found(company_letter("Hestia Foods", sentence), "wrong-company") == ["Vilnor Foods"]


def test_the_job_that_would_have_been_is_about_the_employer() -> None:
    sentence = "It would have been an honour to look after Pembury Lodges' guests in Kent."
    assert found(company_letter("Hestia Hotels", sentence), "wrong-company") == ["Pembury Lodges"]


# --- missing-door-open: what only looks like leaving the door open -------------------------


@pytest.mark.parametrize(
    "sentence",
    ["I honestly thought Brasa would be different from the other kitchens.",
     "I thought this team was the perfect next move for me.",
     "Please don't bother adding my CV to your database for future roles."],
)  # fmt: skip
def test_an_opinion_or_a_refusal_leaves_no_door_open(sentence: str) -> None:
    letter = f"Dear Dana,\n\nThank you for letting me know. {sentence}\n\nBest,\nSam\n"
    assert found(letter, "missing-door-open") != []


@pytest.mark.parametrize(
    "sentence",
    ["Please think of me for future roles.", "Do think of me if something similar comes up.",
     "I'd be glad if you would consider me for other openings."],
)  # fmt: skip
def test_asking_to_be_thought_of_still_leaves_the_door_open(sentence: str) -> None:
    letter = f"Dear Dana,\n\nThank you for letting me know. {sentence}\n\nBest,\nSam\n"
    assert found(letter, "missing-door-open") == []


def test_the_part_of_a_company_line_the_domain_spells_is_the_company() -> None:
    context = signature.signature_context(_TWO_TITLED, ("aaltoharbour.fi",))
    assert context.company == "Aalto Harbour University"


def test_an_institute_of_something_named_where_the_writer_hoped_to_work_is_flagged() -> None:
    sentence = "I had hoped to bring my methods to the Robotics Lab at Tarnow Institute of Science."
    letter = company_letter("Kelda University", sentence)
    assert found(letter, "wrong-company") == ["Tarnow Institute of Science"]
