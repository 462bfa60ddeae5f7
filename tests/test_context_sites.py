"""Another organisation's name taken for one of the employer's own sites or teams.

"the X team" is the employer's team when X is a place, a department, an acronym or a
person; when X is shaped like a firm ("the Larkspur Wealth team"), it is that firm's. A name
ending in "House" or "Lodge" is a care group's own home; but written to one establishment
(a care home, a hotel, a farm), another establishment's name is a rival's.
"""

from __future__ import annotations

import pytest
from contexthelp import company_reply, flagged


def _reply(sentence: str, company: str = "Quillon Partners LLP") -> str:
    return company_reply(sentence, company, "Nadia Brennan", "nadia@quillon.co.uk", "Sam Okoro")


# --- a firm-shaped name before "team" or "office" ------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Please pass my thanks to the rest of the Larkspur Wealth team.", "Larkspur Wealth"),
        ("I hope to cross paths with the Thornbury Advisory team again.", "Thornbury Advisory"),
        ("I applied to the Mombasa County Water team because I care about it.",
         "Mombasa County Water"),
        ("I always wanted to work in the Fernvale Airways office in Leeds.", "Fernvale Airways"),
    ],
)  # fmt: skip
def test_a_firm_shaped_name_before_team_or_office_is_another_firm(sentence, name) -> None:
    assert flagged(_reply(sentence)) == [name]


@pytest.mark.parametrize(
    "sentence",
    [
        "Please pass my thanks to the rest of the Leeds team.",
        "Please pass my thanks to the Risk Management team.",
        "I hope to cross paths with the QRM team again.",
        "Please thank Mr. Adeyemi's team for the tour.",
        "I always wanted to work in the Harrogate office.",
        "Please pass my thanks to the Wealth Advisory team.",
    ],
)
def test_a_place_department_acronym_or_person_before_team_is_the_employers(sentence) -> None:
    assert flagged(_reply(sentence)) == []


# --- one establishment written to: another establishment is a rival -----------------------


@pytest.mark.parametrize(
    ("sentence", "company", "name"),
    [
        ("I will always remember the kind welcome at Primrose House.",
         "Ashgrove Care Home", "Primrose House"),
        ("Please say hello to everyone at the Seacliff Hotel.",
         "The Bay Tree Hotel", "Seacliff Hotel"),
        ("I hope to be welcomed into the Strathmore Lodge team one day.",
         "Dunmore House Hotel", "Strathmore Lodge"),
    ],
)  # fmt: skip
def test_another_establishment_is_a_rival_of_one_establishment(sentence, company, name) -> None:
    assert flagged(_reply(sentence, company)) == [name]


def test_a_function_word_after_ps_opens_no_name() -> None:
    reply = _reply("All the best.\n\nP.S. If Thistle Lodge ever needs weekend cover, I'm free.",
                   "Bracken Cottage Guest House")  # fmt: skip
    assert flagged(reply) == ["Thistle Lodge"]


@pytest.mark.parametrize(
    ("sentence", "company"),
    [
        # a care group, a hotel group: their homes and hotels have names of their own
        ("I will always remember the kind welcome at Primrose House.", "Ashgrove Care Group"),
        ("Please say hello to everyone at Primrose House.", "Bayview Hotels"),
        # the establishment's own rooms and wings are still its own
        ("I loved the lunch service in the Garden Room restaurant.", "The Bay Tree Hotel"),
        ("Please thank the Orchard Wing staff for showing me round.", "Ashgrove Care Home"),
    ],
)
def test_a_groups_named_sites_and_an_establishments_own_rooms_are_not_flagged(
    sentence, company
) -> None:
    assert flagged(_reply(sentence, company)) == []


# --- a firm's name running on into a job and a programme -----------------------------------


def test_a_firm_before_a_job_and_a_programme_is_the_firm() -> None:
    reply = _reply("Thank you for considering me for the Harwick Consulting Analyst Programme.")
    assert flagged(reply) == ["Harwick Consulting"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Thank you for considering me for the Patient Services Coordinator Programme.",
        "Thank you for considering me for the Quillon Partners Analyst Programme.",
        "Thank you for considering me for the Youth Services Librarian post.",
    ],
)
def test_a_department_before_a_job_or_the_employers_own_programme_is_not_flagged(
    sentence,
) -> None:
    assert flagged(_reply(sentence)) == []


def test_a_farm_wished_luck_without_the_job_is_left_by_the_gate() -> None:
    # NOTE: left by the cue-beside gate (_org_future.cued_firm): no word of the job, the hiring
    # or a wish stands beside the name, so the sentence-wide cue no longer makes it the firm
    # written to. On new blind letters that cue was wrong far more often than right.
    assert (
        flagged(
            _reply(
                "Good luck with the new barn at Hillcrest Farm, hope it goes well.",
                "Yewbank Dairy Partnership",
            )
        )
        == []
    )
