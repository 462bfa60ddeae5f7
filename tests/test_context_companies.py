"""wrong-company: legal forms, people, departments, events and the writer's own past."""

from __future__ import annotations

import pytest
from replylint import lint_text
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


# --- more ways of naming the organisation written to, and of naming others -----------------


def test_a_country_code_domain_names_the_employer_by_its_own_label() -> None:
    from replylint.letter import domain_name

    assert domain_name("hr.qilinoptics.com.cn") == "qilinoptics"
    assert domain_name("mail.kanto-seiki.co.jp") == "kanto-seiki"
    assert domain_name("vagas.pedrabranca.com.br") == "pedrabranca"
    letter = ("---\nrejection:\n  from: [Chen Hao <hao.chen@qilinoptics.com.cn>]\n---\n"
              "Dear Chen Hao,\n\nThank you for letting me know. I would love to join Qilin "
              "Optics one day.\n\nBest regards,\nSam Lee\n")  # fmt: skip
    assert found(letter, "wrong-company") == []


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("I would still love to grow with Tessaline down the road.", "Tessaline"),
        ("I hope to build a career with Marrowby one day.", "Marrowby"),
        ("I would have loved to be on board at Halden Freight this winter.", "Halden Freight"),
        ("I hope to come on board at Pellucid soon.", "Pellucid"),
    ],
)
def test_another_company_after_grow_with_or_on_board_at_is_flagged(sentence, name) -> None:
    assert found(company_letter("Quorra Labs", sentence), "wrong-company") == [name]


def test_growing_with_the_employer_itself_is_fine() -> None:
    assert found(company_letter("Quorra Labs", "I hope to grow with Quorra one day."),
                 "wrong-company") == []  # fmt: skip


def test_a_possessive_firm_before_a_team_named_after_a_site_word_is_still_a_firm() -> None:
    letter = company_letter(
        "Ashcombe Health Ltd", "I would still love to be part of Ashcourt Health's home care team."
    )
    (finding,) = lint_text(letter, path="reply.md", select=("wrong-company",), model="blank")
    assert finding.text == "Ashcourt Health"
    assert "'Ashcombe Health Ltd'" in finding.message


def test_a_brands_promise_or_values_name_the_company_admired() -> None:
    sentence = "I'm passionate about the Fernway customer promise, so please keep me in mind."
    assert found(company_letter("Hollis Foods plc", sentence), "wrong-company") == ["Fernway"]
    own = sentence.replace("Fernway", "Hollis")
    assert found(company_letter("Hollis Foods plc", own), "wrong-company") == []
    method = "I admire the Montessori approach, so please keep me in mind."
    assert found(company_letter("Hollis Foods plc", method), "wrong-company") == []


def test_a_client_the_writer_covered_is_not_the_addressee() -> None:
    sentence = ("Having covered Marrow Retail Group as a client during my time at Pellow "
                "Advisory, I'd love to stay in touch and be considered for future openings.")  # fmt: skip
    assert found(company_letter("Harcourt Capital", sentence), "wrong-company") == []


def test_a_sentence_opening_on_a_past_employer_and_its_town_is_the_writers_own() -> None:
    sentence = ("At Tidewell Shipping in Gdańsk I handled customs declarations every day, and I "
                "would love to be considered again.")  # fmt: skip
    assert found(company_letter("Porto Franco Logistica", sentence), "wrong-company") == []


def test_a_site_the_rejection_names_with_a_possessive_is_the_employers() -> None:
    letter = company_letter(
        "Wessex Vale NHS Trust",
        "I would still love to work at St Brennan's one day.",
        "Dear Sam,\n\nThank you for attending interview for Ward 3 at St Brennan's Hospital.\n\n"
        "Best wishes,\nDana",
    )
    assert found(letter, "wrong-company") == []


def test_a_possessive_name_before_a_team_is_a_firm_but_before_a_ward_a_place() -> None:
    team = "I still hope to contribute to Veltrino's quality team one day."
    assert found(company_letter("Kestrel Optics", team), "wrong-company") == ["Veltrino"]
    ward = "I still hope to work on St. Ives's surgical ward one day."
    assert found(company_letter("Kestrel Health", ward), "wrong-company") == []


@pytest.mark.parametrize(
    "sentence",
    [
        "This term I'm completing my capstone at Ridgemont University with a team that placed "
        "second.",
        "My fellowship at the University of Kelso runs until 2027, and I'd welcome the chance "
        "to be considered for future positions.",
        "I am finishing my final year at Ostrava University, and I would love to be part of "
        "your team.",
        "Our team from Ridgemont University won the robotics cup last spring, which is why your "
        "work excites me.",
    ],
)
def test_the_writers_own_university_is_no_other_company(sentence: str) -> None:
    assert found(company_letter("Pellwood Robotics", sentence), "wrong-company") == []


def test_another_university_named_as_the_employer_is_still_flagged() -> None:
    sentence = "I would still love to join the team at Ridgemont University one day."
    letter = company_letter("Pellwood Robotics", sentence)
    assert found(letter, "wrong-company") == ["Ridgemont University"]


def test_the_names_of_the_writers_own_signature_are_their_own() -> None:
    letter = company_letter("Pellwood Robotics", "I hope to work with people like you at "
                            "Marrick Institute of Technology again.")  # fmt: skip
    assert found(letter, "wrong-company") == ["Marrick Institute of Technology"]
    signed = letter.replace("Sam Lee\n", "Sam Lee\nMarrick Institute of Technology\n")
    assert found(signed, "wrong-company") == []


def test_a_place_beside_the_employer_named_rightly_is_a_place() -> None:
    sentence = ("Shadowing your crew at Kenwick last week showed me how Pellwood Robotics's "
                "clients work.")  # fmt: skip
    assert found(company_letter("Pellwood Robotics", sentence), "wrong-company") == []
    alone = "I loved shadowing the crew at Kenwick last week."
    assert found(company_letter("Pellwood Robotics", alone), "wrong-company") == ["Kenwick"]


@pytest.mark.parametrize(
    ("company", "sentence", "name"),
    [
        ("Nordavind Energi AS", "I remain keen on Nordalight and the projects your team runs.",
         "Nordalight"),
        ("Solvento Quimica S.L.", "I am still excited about Solvera and the work you do.",
         "Solvera"),
    ],
)  # fmt: skip
def test_a_name_sharing_the_employers_stem_is_flagged_as_meant_for_it(company, sentence, name):
    assert found(company_letter(company, sentence), "wrong-company") == [name]


def test_a_name_sharing_the_employers_stem_in_the_writers_past_is_left_alone() -> None:
    sentence = "I spent two years at Nordalight before retraining as an engineer."
    assert found(company_letter("Nordavind Energi AS", sentence), "wrong-company") == []
