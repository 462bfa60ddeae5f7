"""wrong-company: legal forms, people, departments, events and the writer's own past."""

from __future__ import annotations

import pytest
from test_context_names import company_letter, found


@pytest.mark.parametrize(
    ("company", "sentence", "name"),
    [
        ("Larkspur Capital Partners, L.P.",
         "I was glad to be considered by Thornbury Holdings, L.P., and I enjoyed the day.",
         "Thornbury Holdings, L.P."),
        ("Marlowe Grant LLP", "I had hoped for the chance to work for Ainsley & Crowe Ltd. this year.",
         "Ainsley & Crowe Ltd."),
        ("Weidmann Antriebe GmbH",
         "I was looking forward to joining the design team at Falkenried Technik GmbH.",
         "Falkenried Technik GmbH"),
        ("Halvorsen Marine", "I was a little sad not to join Brightwater Group this spring.",
         "Brightwater Group"),
    ],
)  # fmt: skip
def test_another_firm_with_a_legal_form_is_flagged_after_i_was_or_i_had(company, sentence, name):
    assert found(company_letter(company, sentence), "wrong-company") == [name]


def test_a_sentence_about_the_writers_own_job_still_names_no_addressee() -> None:
    past = company_letter("Halvorsen Marine", "I was a deckhand at Corvane Shipping for years.")
    assert found(past, "wrong-company") == []


def test_a_name_after_an_honorific_is_a_person_not_a_company() -> None:
    letter = company_letter(
        "Brookfield Unified School District",
        "Thank you for letting me sit in on Mr. Adeyemi's chemistry class; I hope to work "
        "with your team one day.",
    )
    assert found(letter, "wrong-company") == []


@pytest.mark.parametrize(
    ("company", "sentence"),
    [
        ("Riverton Hospitals NHS Foundation Trust",
         "Thank you for interviewing me for the Staff Nurse post in Emergency Care."),
        ("Norwood University", "I am sure the Faculty of Engineering will thrive with your hire."),
        ("Norwood University", "I hope the Institute for Coastal Studies has a great year."),
        ("Acme Corp", "I would love to join the Department of Product Security one day."),
    ],
)  # fmt: skip
def test_a_department_or_faculty_of_the_employer_is_not_another_company(company, sentence):
    assert found(company_letter(company, sentence), "wrong-company") == []


def test_the_writers_own_doctoral_school_is_not_the_addressee() -> None:
    letter = company_letter(
        "Norwood University",
        "My doctoral work at the University of Lagos taught me to welcome criticism, and I "
        "would love to be considered for future posts.",
    )
    assert found(letter, "wrong-company") == []


@pytest.mark.parametrize(
    "sentence",
    [
        "I copied Mr. Lima, whom I met at the Mostra Sapori 2025 stand, as he encouraged me.",
        "It was good to meet your team at Feria Hostelco and I would love to join you.",
    ],
)
def test_a_trade_fair_with_a_year_or_named_as_one_is_an_event(sentence: str) -> None:
    assert found(company_letter("Verdello Alimentos Ltda.", sentence), "wrong-company") == []


def test_a_sentence_opening_on_a_past_employer_with_where_i_worked_is_the_writers_own() -> None:
    letter = company_letter(
        "Meadowbank Care Ltd",
        "At Hollins Care, where I worked for two years, I learned a lot about dementia care, "
        "and I would love to be considered for future roles.",
    )
    assert found(letter, "wrong-company") == []


def test_a_preposition_opening_the_sentence_is_never_part_of_the_name() -> None:
    letter = company_letter("Meadowbank Care Ltd", "At Globex Group, everyone I met was kind.")
    assert found(letter, "wrong-company") == ["Globex Group"]


def test_a_hyphenated_place_before_an_exhibition_is_one_name_and_no_company() -> None:
    letter = company_letter(
        "Atelier Rivage SAS",
        "Seeing your lighting for the Belle-Île exhibition was a joy, and I would love to "
        "join the studio one day.",
    )
    assert found(letter, "wrong-company") == []
