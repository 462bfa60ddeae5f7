"""wrong-company: another public body named by its initials or by another unit's number.

Cases from the blind set tests/context122, each with new wordings: a body's initials of four
capitals or more before "team" are that body's people, wished well or thanked as the one
written to; in the job's slot ("the role ... at X") they are another body's; a process
praised where the thanks end is the hiring's; and the employer's name with another number
("Health District 5" to Health District 4) is a sibling unit. A department's short form, a
region's, the employer's own initials, an airport's after the job's firm ("the role with X
at KMIA") and the writer's own past stay unflagged.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from contexthelp import found, replier

_HERE = Path(__file__).parent

_port = replier("Kestrel Freight Ltd", "Ines Haldor", "ines@kestrelfreight.example", "Tomas Ruiz")
_museum = replier("Harbour Museum of Art and Design", "Eva Lund", "eva@hmad.example", "Ola Berg")
_district = replier("Health District 4", "Lucia Ferri", "lucia@hd4.example", "Ana Soto")


def _letter(name: str) -> list[str]:
    """Return the wrong-company findings of a labeled letter under tests/."""
    path = _HERE / name
    return found(path.read_text(encoding="utf-8"), "wrong-company", path.name)


def test_the_labeled_letters_name_the_other_bodies() -> None:
    folder = "context122/"
    assert _letter(folder + "cl-codelco-gmail-late-47h-rambling-too-long-enami.eml") == ["ENAMI"]
    assert _letter(folder + "fr-ratp-outlook-french-header-pasted-sncf.eml") == ["SNCF"]
    assert _letter(folder + "gr-eydap-apple-mail-late-24h20-sister-eyath.eml") == ["EYATH"]
    assert _letter(folder + "it-asl-roma1-thunderbird-italian-late-24h40-wrong-unit.eml") == [
        "ASL Roma 2"
    ]


# --- a body's initials before "team" --------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "I wish the TRAMEX team every success with the new container terminal.",
        "I'm grateful to the whole KORVA team for a fair and well-run process.",
    ],
)
def test_a_team_named_by_a_bodys_initials_is_that_body(sentence: str) -> None:
    assert _port(sentence) in (["TRAMEX"], ["KORVA"])


@pytest.mark.parametrize(
    "sentence",
    [
        "I wish the HR team every success with the new container terminal.",
        "I'm grateful to the whole QA team for a fair and well-run process.",
        "I wish the APAC team every success with the new container terminal.",
    ],
)
def test_a_department_or_regions_team_stays_unflagged(sentence: str) -> None:
    assert _port(sentence) == []


def test_the_employers_own_initials_before_team_stay_unflagged() -> None:
    assert _museum("I wish the HMAD team every success with the spring exhibition.") == []


# --- a process thanked for --------------------------------------------------------------------


def test_a_team_thanked_for_the_hiring_process_is_that_body() -> None:
    assert _port("Thanks to the KORVA team for a quick and respectful selection process.") == [
        "KORVA"
    ]


def test_a_team_thanked_for_teaching_a_process_stays_unflagged() -> None:
    assert _port("I'm grateful to the whole KORVA team for teaching me the process.") == []


# --- a body's initials in the job's slot ----------------------------------------------------


def test_a_bodys_initials_where_the_job_is_names_another_body() -> None:
    assert _port("Thank you for considering me for the role of berth planner at TRAMEX.") == [
        "TRAMEX"
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Thank you for considering me for the role of berth planner at HQ.",
        "Thank you for considering me for the ramp role with Kestrel Freight at KMIA.",
    ],
)
def test_a_sites_short_form_where_the_job_is_stays_unflagged(sentence: str) -> None:
    assert _port(sentence) == []


# --- another unit's number ------------------------------------------------------------------


def test_the_employers_name_with_another_number_is_another_unit() -> None:
    assert _district("I would love to join Health District 5 in the future.") == [
        "Health District 5"
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "I would love to join Health District 4 in the future.",
        "I worked at Health District 5 for two years before moving here.",
    ],
)
def test_the_employers_own_number_or_the_writers_past_stays_unflagged(sentence: str) -> None:
    assert _district(sentence) == []
