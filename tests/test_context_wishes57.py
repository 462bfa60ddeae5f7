"""Names wished well, greeted, praised or thanked in context57, on the real letters and new wordings.

wrong-company: greetings sent to the pupils (students, patients) at a pasted name; a school
whose ways are admired from outside, in a reply to a school known by its domain; a name
thanked for the hiring's own doings ("grateful to X for the chance to present"), whatever
else its sentence names ("my Excel workshop" under "Trener Excel"); and a lower-case coined
word before "team" in a letter typed all in lower case but for the name signed last.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from contexthelp import company_reply, found

_HERE = Path(__file__).parent


def _letter(path: str) -> list[str]:
    """Return the wrong-company findings of a labeled letter of tests/."""
    letter = _HERE / path
    return found(letter.read_text(encoding="utf-8"), "wrong-company", letter.name)


def _reply(sentence: str, company: str = "SkillUp Polska") -> list[str]:
    slug = company.lower().replace(" ", "")
    reply = company_reply(sentence, company, "Tom Aldridge", f"tom@{slug}.pl", "Lily Nguyen")
    return found(reply, "wrong-company", "reply.md")


# --- greetings to the people at a name ---------------------------------------------------------


def test_the_real_letter_greeting_the_pupils_at_a_pasted_school_is_flagged() -> None:
    assert _letter("context57/yoruba-teacher-ps-greets-other-school.md") == [
        "Lekki Heights Academy"
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Please pass my greetings to the students at Nauka Plus who came to the demo.",
        "Kindly extend my regards to the patients at Nauka Plus.",
        "Best wishes to the children at Nauka Plus, they were a joy.",
    ],
)
def test_greetings_to_the_people_served_at_a_name_are_flagged(sentence: str) -> None:
    assert _reply(sentence) == ["Nauka Plus"]


@pytest.mark.parametrize(
    "sentence",
    [
        "I send my greetings to my old students at Nauka Plus.",
        "I taught the students at Nauka Plus for two years before moving.",
    ],
)
def test_the_writers_own_people_at_a_name_are_not_flagged(sentence: str) -> None:
    assert _reply(sentence) == []


# --- a school's ways admired ---------------------------------------------------------------------


def test_the_real_letter_admiring_how_another_institute_teaches_is_flagged() -> None:
    assert _letter("context57/language-school-compliment-other-institute.eml") == [
        "Parla Institute"
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "I have long admired how Kingsley College brings real projects into every course.",
        "I've always admired how Parla Institute keeps its classes small.",
    ],
)
def test_a_school_admired_for_its_ways_is_flagged(sentence: str) -> None:
    assert len(_reply(sentence, "Brightwave Media")) == 1


def test_a_school_admired_by_one_who_studied_there_is_not_flagged() -> None:
    sentence = "I have always admired how Kingsley College supports its staff when I studied there."
    assert _reply(sentence, "Brightwave Media") == []


# --- a name thanked for the hiring's doings ------------------------------------------------------


def test_the_real_letter_grateful_to_a_pasted_firm_for_the_chance_is_flagged() -> None:
    assert _letter("context57/polish-trainer-pasted-kursy-plus.eml") == ["Kursy Plus"]


@pytest.mark.parametrize(
    "sentence",
    [
        "I am grateful to Nauka Plus for the chance to present my workshop.",
        "I want to thank Nauka Plus for considering me.",
        "I am thankful to Nauka Plus for the interview and the tour.",
    ],
)
def test_a_name_thanked_for_the_process_is_flagged(sentence: str) -> None:
    assert _reply(sentence) == ["Nauka Plus"]


@pytest.mark.parametrize(
    "sentence",
    [
        "I am grateful to Nauka Plus for the chance to grow during my six years there.",
        "I am grateful to Nauka Plus for teaching me Excel.",
        "I loved hearing how Nauka Plus started.",
    ],
)
def test_a_name_thanked_for_the_writers_own_past_is_not_flagged(sentence: str) -> None:
    assert _reply(sentence) == []


# --- a lower-case coined name before "team" ------------------------------------------------------


def test_the_real_lower_case_letter_naming_a_pasted_team_is_flagged() -> None:
    assert _letter("context57/vietnamese-dev-lowercase-pasted-startup.eml") == ["edulift"]


def _lower(line: str) -> list[str]:
    reply = (
        "---\nto: [Rachel Tan <rachel@eduspark.sg>]\nrejection:\n"
        "  from: [Rachel Tan <rachel@eduspark.sg>]\n  company: EduSpark\n---\nHi Rachel,\n\n"
        "thanks for letting me know, i get it. the take-home was fun and i learned a lot "
        f"from doing it over the weekend.\n\n{line}\n\ncheers,\nHuy\n"
    )
    return found(reply, "wrong-company", "reply.md")


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("i really enjoyed meeting the brightloop team last week.", "brightloop"),
        ("say hi to the quizora team for me.", "quizora"),
    ],
)
def test_a_coined_lower_case_word_before_team_is_flagged(line: str, name: str) -> None:
    assert _lower(line) == [name]


@pytest.mark.parametrize(
    "line",
    [
        "i really enjoyed meeting the design team last week.",
        "say hi to the whole team for me.",
        # a capital in the writer's own sentences: their names are capitalised, this a typo
        "thanks again Rachel, i really enjoyed meeting the brightloop team.",
    ],
)
def test_an_english_word_or_a_capitalised_text_is_not_flagged(line: str) -> None:
    assert _lower(line) == []


# --- a group's other school wished well beside the job's own ------------------------------------

_GROUP = "Al Rawda Schools Group"
_JOB = "I enjoyed the interview for the Registrar position at Qasr Academy."


def test_the_real_letter_praying_for_another_school_of_the_group_is_flagged() -> None:
    # NOTE: "the Admissions Officer position at Qasr Academy" is a pasted name too, left to the
    # job's slots; here only the wish is read
    found_ = _letter("context57/arabic-admissions-two-pasted-schools.eml")
    assert "Gulf Horizons School" in found_


@pytest.mark.parametrize(
    "wish",
    [
        "May God grant Gulf Horizons School every success.",
        "I wish everyone at Gulf Horizons School a wonderful year.",
        "I pray that Allah grants Gulf Horizons School continued success.",
    ],
)
def test_another_school_wished_well_beside_the_jobs_own_is_flagged(wish: str) -> None:
    assert _reply(f"{_JOB} {wish}", _GROUP) == ["Gulf Horizons School"]


@pytest.mark.parametrize(
    "sentence",
    [
        # no site of the job named: the group's school may be its own
        "I pray that Allah grants Gulf Horizons School continued success.",
        # the job's own school wished well
        f"{_JOB} I pray that Allah grants Qasr Academy continued success.",
    ],
)
def test_a_groups_school_with_no_other_site_named_is_left_alone(sentence: str) -> None:
    assert _reply(sentence, _GROUP) == []
