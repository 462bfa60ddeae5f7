"""wrong-company: pasted names a panel thanked, a family kept, a need or a want makes the employer.

Cases from the blind sets tests/context75 and context76, each with new wordings: thanks to
"the whole X interview panel", a college's too; staying connected with "the X family" of a
name of two capitalised words; openings at X after papers sent "in case" they are useful;
a bitter "X doesn't need people who ship"; "the whole X Digital team" wished well, a
trade's name now. The writer's own family, papers earned at a place, a want that is any
firm's, a department's "Customer Digital team" and a team the reader took in stay unflagged.
A signature line "Curriculum Designer applicant, X" names the firm applied to, as
"Applicant, X" does; "PhD candidate, X" stays the writer's own studies. A brand ending in
a plus ("Aprendo+") is a name, a grade ("A+") none.
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


def _college(sentence: str) -> list[str]:
    """Return the findings of ``sentence`` in a reply to a training college's domain."""
    return flagged(company_reply(sentence, "tarnvalecollege", "Ruth Mbeki",
                                 "ruth@tarnvalecollege.example", "Joseph Otieno"))  # fmt: skip


def _school(sentence: str) -> list[str]:
    """Return the findings of ``sentence`` in a reply to a school."""
    return flagged(company_reply(sentence, "Lakeview Academy Kampala", "Grace Akello",
                                 "grace@lakeview.example", "Peter Okello"))  # fmt: skip


def _edtech(sentence: str) -> list[str]:
    """Return the findings of ``sentence`` in a reply to an education start-up."""
    return flagged(company_reply(sentence, "Somo Labs", "Achieng Atieno",
                                 "achieng@somolabs.example", "Kevin Mwangi"))  # fmt: skip


def _signed(line: str) -> list[str]:
    """Return the findings of a reply to an education start-up signed with ``line``."""
    reply = company_reply("I enjoyed the interviews.", "Somo Labs", "Achieng Atieno",
                          "achieng@somolabs.example", "Kevin Mwangi")  # fmt: skip
    return flagged(reply + line + "\n")


def _courses(sentence: str) -> list[str]:
    """Return the findings of ``sentence`` in a reply to a course maker."""
    return flagged(company_reply(sentence, "Aprendia", "Sergio Blanco",
                                 "sergio@aprendia.example", "Marta Puig"))  # fmt: skip


def _studio(sentence: str) -> list[str]:
    """Return the findings of ``sentence`` in a reply to a games studio."""
    return flagged(company_reply(sentence, "Redkite Games", "Olena Savchuk",
                                 "olena@redkitegames.example", "Maksym Tkachenko"))  # fmt: skip


def test_the_labeled_letters_name_the_pasted_firms() -> None:
    assert _letter("context75/ke-technical-college-pasted-name-before-signoff.eml") == [
        "Nakuru Vocational College"
    ]
    assert _letter("context75/ke-school-diaspora-late-near-miss-name.md") == [
        "Greenhill Schools Kenya"
    ]
    assert _letter("context75/es-ele-teacher-pasted-name-in-ps.md") == ["Babel Lingua"]
    assert _letter("context76/unity-dev-kharkiv-sarcastic-gamebridge.eml") == ["Gamebridge"]
    assert _letter("context75/ke-edtech-pasted-name-in-wish.eml") == ["Elimu Digital"]
    assert _letter("context75/us-edtech-signature-near-miss-learnloop.eml") == ["LearnLoop"]
    assert _letter("context75/es-edtech-pasted-name-in-wish.md") == ["Aprendo+"]


# --- the whole panel thanked --------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Once again, my thanks to the entire Kisumu Technical College interview panel.",
        "Thanks again to the whole Eldoret Teachers College interview panel.",
        "I am grateful to the whole Rift Valley Institute interview team for their time.",
    ],
)
def test_the_whole_panel_thanked_names_its_college(sentence: str) -> None:
    assert _college(sentence) != []


def test_the_employers_own_panel_thanked_is_not_flagged() -> None:
    assert _college("Thank you to the whole Tarnvale College interview panel.") == []


# --- a family kept in touch with ----------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "I would love to stay in touch with the Hillcrest Schools Uganda family.",
        "Please let me keep in touch with the Jinja Hills Schools family.",
    ],
)
def test_a_firms_family_kept_in_touch_with_is_written_to(sentence: str) -> None:
    assert _school(sentence) != []


def test_a_persons_family_kept_in_touch_with_is_not() -> None:
    assert _school("I would love to stay in touch with the Okonjo family.") == []


# --- openings after papers sent in case ---------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "I enclose my coaching certificate in case it helps with openings at Northbay Learning.",
        "Here is my TEFL certificate in case it is useful for any vacancies at Linguaviva.",
    ],
)
def test_openings_after_papers_sent_in_case_name_the_employer(sentence: str) -> None:
    assert _college(sentence) != []


def test_a_certificate_earned_at_a_place_is_the_writers_own() -> None:
    assert _college("I earned my first aid certificate at Brookside College in 2019.") == []


# --- whom the firm would not have ----------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Clearly Pixelforge doesn't need people who actually finish games.",
        "I guess Hexwing Studio didn't want anyone with real shipping experience.",
    ],
)
def test_whom_a_firm_would_not_hire_names_it(sentence: str) -> None:
    assert _studio(sentence) != []


@pytest.mark.parametrize(
    "sentence",
    [
        "My friend at Pixelforge doesn't need people to vouch for him.",
        "Pixelforge needs people who can ship on mobile, as every studio does.",
    ],
)
def test_a_want_that_is_no_judgement_of_the_hire_is_not(sentence: str) -> None:
    assert _studio(sentence) == []


# --- a digital firm's team ------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "I wish the whole Mawingu Digital team all the best with the launch.",
        "Good luck to everyone in the Tujenge Digital team with the new app.",
    ],
)
def test_a_digital_firms_team_wished_well_is_written_to(sentence: str) -> None:
    assert _edtech(sentence) != []


@pytest.mark.parametrize(
    "sentence",
    [
        "I wish the whole Customer Digital team all the best with the launch.",
        "It was great to hear how the Nyota Digital team you acquired last spring has grown.",
    ],
)
def test_a_department_or_a_team_taken_in_is_the_employers(sentence: str) -> None:
    assert _edtech(sentence) == []


# --- the job applied for before "applicant" -------------------------------------------------


@pytest.mark.parametrize(
    "line",
    ["Data Analyst applicant, Brightpath Learning", "Senior Tutor Applicant - Kanga Tutors"],
)
def test_a_jobs_applicant_line_names_the_firm_applied_to(line: str) -> None:
    assert _signed(line) != []


@pytest.mark.parametrize(
    "line", ["Data Analyst applicant, Somo Labs", "PhD candidate, Brightpath University"]
)
def test_the_employer_or_the_writers_studies_on_the_line_are_not_flagged(line: str) -> None:
    assert _signed(line) == []


# --- a brand ending in a plus ----------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Good luck to the whole Lernwelt+ team with the new app!",
        "I wish the whole Aulavirtual+ team every success with the launch.",
    ],
)
def test_a_plus_brands_team_wished_well_is_written_to(sentence: str) -> None:
    assert _courses(sentence) != []


@pytest.mark.parametrize(
    "sentence",
    [
        "My module marks were mostly B+ and A+ last year.",
        "I wish the whole Aprendia+ team every success with the launch.",
    ],
)
def test_a_grade_or_the_employers_own_plus_is_not_flagged(sentence: str) -> None:
    assert _courses(sentence) == []
