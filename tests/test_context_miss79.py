"""wrong-company: names pasted from another letter in the roles context78-80 showed.

Cases from tests/context78, context79 and context80, each with new wordings: the job
applied for put "in" a firm named in a word of its own and a trade's ("the mechanic job in
Kowalski Auto"); a trade said in other words after the employer's first word ("Atlas
Freightways" to Atlas Cargo Partners); a Polish shop's word heading a greeted name
("Delikatesy Lewandowscy team"); a career wished to start "as a X analyst"; one coined
word's crew wished luck; a fan "still" after the refusal; a team of a firm named in its own
language; and a firm the writer "still thinks" the best. Departments, towns, the writer's
own past and the employer's own names stay unflagged.
"""

from __future__ import annotations

import pytest
from contexthelp import company_reply, flagged, found
from test_context_worth66 import _letter


def _garage(sentence: str) -> list[str]:
    """Return the findings of ``sentence`` in a reply to a car repair shop."""
    return flagged(company_reply(sentence, "Auto Serwis Wiśniewski", "Marek Wiśniewski",
                                 "marek@autowisniewski.example", "Paweł Zając"))  # fmt: skip


def _freight(sentence: str) -> list[str]:
    """Return the findings of ``sentence`` in a reply to a freight firm."""
    return flagged(company_reply(sentence, "Atlas Cargo Partners", "Deepa Krishnan",
                                 "deepa@atlascargo.example", "Nathan Wu"))  # fmt: skip


def _bank(sentence: str) -> list[str]:
    """Return the findings of ``sentence`` in a reply to a trust company."""
    return flagged(company_reply(sentence, "Pemberton Row Trust", "Olivia Chen",
                                 "olivia@pembertonrow.example", "Marcus Thompson"))  # fmt: skip


def _shop(sentence: str) -> list[str]:
    """Return the findings of ``sentence`` in a reply to a shop."""
    return flagged(company_reply(sentence, "Corner & Co", "Jasmine Reid",
                                 "jasmine@cornerandco.example", "Tyler Ross"))  # fmt: skip


def _label(sentence: str) -> list[str]:
    """Return the findings of ``sentence`` in a reply to a record label."""
    return flagged(company_reply(sentence, "Northpaw Records", "Marcus Bell",
                                 "marcus@northpaw.example", "Cole Hardin"))  # fmt: skip


def _cleaners(sentence: str) -> list[str]:
    """Return the findings of ``sentence`` in a reply to a cleaning firm."""
    return flagged(company_reply(sentence, "Czysty Dom Nowak", "Agnieszka Nowak",
                                 "agnieszka@czystydomnowak.example", "Oksana Hrytsenko"))  # fmt: skip


def _studio(sentence: str) -> list[str]:
    """Return the findings of ``sentence`` in a reply to a games studio."""
    return flagged(company_reply(sentence, "Byeol Games", "Choi Min-ji",
                                 "minji@byeol.example", "Han Yu-jin"))  # fmt: skip


def _greeted(greeting: str) -> list[str]:
    """Return the findings of a reply to a pharmacy that opens with ``greeting``."""
    text = (
        "---\nto: [Zofia Zielińska <zofia@aptekazdrowie.example>]\nrejection:\n"
        "  from: [Zofia Zielińska <zofia@aptekazdrowie.example>]\n  company: Apteka Zdrowie\n"
        f"---\n{greeting}\n\nthank you for the interview and for your time. I understand the"
        " decision.\n\nBest regards\nKasia Mrozek\n"
    )
    return found(text, "wrong-company", "reply.md")


@pytest.mark.parametrize(
    ("path", "name"),
    [
        ("context79/garage-poland-pasted-first-line.eml", "Kowalski Auto"),
        ("context79/cleaning-poland-wrong-company-closing.md", "Błysk Serwis"),
        ("context79/deli-poland-group-greeting-wrong-company.md", "Delikatesy Lewandowscy"),
        ("context80/logistics-au-atlas-near-miss.md", "Atlas Freightways"),
        ("context80/finance-canada-blackridge-blame.md", "Blackridge Trust"),
        ("context80/retail-linkedin-brightmart.md", "Brightmart"),
        ("context78/gameart-kr-pasted-studio-in-praise.md", "StarForge Seoul"),
        ("context78/musiclabel-us-furious-pasted-signoff.eml", "Bluejay Music"),
    ],
)
def test_the_labeled_letters_name_the_pasted_firms(path: str, name: str) -> None:
    assert _letter(path) == [name]


# --- "the job in X": "in" for "at" ----------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("I was sorry to miss the driver position in Zielinski Transport.", "Zielinski Transport"),
        ("Thanks again for telling me about this job in Nowicki Garage.", "Nowicki Garage"),
    ],
)
def test_the_job_in_a_firm_is_flagged(sentence: str, name: str) -> None:
    assert _garage(sentence) == [name]


@pytest.mark.parametrize(
    "sentence",
    [
        "I would still like a job in Fleet Maintenance one day.",
        "I had a good job in Nowicki Garage before I moved here.",
        "My job in Nowicki Garage taught me a lot about brakes.",
    ],
)
def test_a_department_or_the_writers_own_job_is_not(sentence: str) -> None:
    assert _garage(sentence) == []


# --- a trade in other words after the employer's first word --------------------------------


def test_the_employers_first_word_with_another_trade_is_flagged() -> None:
    sentence = "I wish everyone at Atlas Trucking a safe winter on the roads."
    assert _freight(sentence) == ["Atlas Trucking"]


def test_the_employers_short_name_is_not() -> None:
    assert _freight("I wish everyone at Atlas Cargo a safe winter on the roads.") == []


# --- a Polish shop's word heading a greeted name -------------------------------------------


def test_another_pharmacy_greeted_is_flagged() -> None:
    assert _greeted("Hello Apteka Słoneczna team,") == ["Apteka Słoneczna"]


def test_the_pharmacy_written_to_is_not() -> None:
    assert _greeted("Hello Apteka Zdrowie team,") == []


# --- a career wished to start as one of X's ------------------------------------------------


def test_a_career_wished_to_start_at_a_firm_is_flagged() -> None:
    sentence = "I had hoped to begin my career as a Northgate Capital analyst."
    assert _bank(sentence) == ["Northgate Capital"]


def test_a_career_begun_there_is_not() -> None:
    assert _bank("I began my career as a Northgate Capital analyst in 2019.") == []


# --- one coined word's crew wished luck ----------------------------------------------------


def test_a_coined_names_crew_wished_luck_is_flagged() -> None:
    assert _shop("All the best to the Freshkart crew with the summer sale!") == ["Freshkart"]


@pytest.mark.parametrize(
    "sentence",
    [
        "All the best to the Riverside crew with the summer sale!",
        "All the best to the Ashford crew with the summer sale!",
        "I met the Marvick crew on the tour. All the best to the Marvick crew this summer!",
    ],
)
def test_a_plain_or_known_crew_is_not(sentence: str) -> None:
    assert _shop(sentence) == []


# --- a fan still, after the refusal --------------------------------------------------------


def test_a_fan_still_is_flagged() -> None:
    assert _label("I am still a big Redwing Records fan, whatever happens.") == ["Redwing Records"]


def test_a_fan_since_childhood_is_not() -> None:
    assert _label("I have been a Redwing Records fan since I was twelve.") == []


# --- a team of a firm named in its own language --------------------------------------------


def test_a_foreign_firms_team_is_flagged() -> None:
    sentence = "I would be glad to work with Czysta Woda team one day."
    assert _cleaners(sentence) == ["Czysta Woda"]


def test_a_foreign_firms_team_someone_else_works_with_is_not() -> None:
    assert _cleaners("My cousin works with Czysta Woda team in Gdansk.") == []


# --- a firm still rated the best -----------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("I still believe Pixelmoor Busan makes the best puzzle games around.", "Pixelmoor Busan"),
        ("I still say Moonbyte Seoul has the nicest art team in Korea.", "Moonbyte Seoul"),
    ],
)
def test_a_firm_still_thought_the_best_is_flagged(sentence: str, name: str) -> None:
    assert _studio(sentence) == [name]


@pytest.mark.parametrize(
    "sentence",
    [
        "I still think Pixelmoor Busan was the best place I worked.",
        "I think Pixelmoor Busan makes the best puzzle games around.",
    ],
)
def test_a_firm_once_thought_the_best_or_not_still_is_not(sentence: str) -> None:
    assert _studio(sentence) == []
