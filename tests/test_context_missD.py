"""wrong-company: names written as the employer, as the food and farming set context129 has them.

Four readings, each with a twin that stays silent: thanks sent "to" a name however strong
("thank you very much to X for giving me the chance to interview"); a hope under the
signature set off in brackets; a Brazilian mill's name headed by "Usina"; and a hashtag of
a firm of the employer's own trade under the name.
"""

from __future__ import annotations

import pytest
from contexthelp import flagged, replier

_dairy = replier("Ardmore Dairies Ltd", "Siobhan Keane", "siobhan.keane@ardmore.example",
                 "Ciaran Doyle")  # fmt: skip


def _signed(lines: str, company: str = "Ardmore Dairies Ltd") -> list[str]:
    """Return the findings of a reply whose signature ends with ``lines``."""
    return flagged(
        "---\nto: [Siobhan Keane <siobhan.keane@ardmore.example>]\nrejection:\n"
        "  from: [Siobhan Keane <siobhan.keane@ardmore.example>]\n"
        f"  company: {company}\n---\nDear Siobhan,\n\n"
        "Thank you for the interview and the tour of the creamery. I would welcome any "
        f"feedback.\n\nKind regards,\nCiaran Doyle\n{lines}\n"
    )


# --- thanks sent "to" a name, however strong ---------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Thank you very much to Corran Valley Creameries for giving me the chance to interview.",
        "Thank you so much to Corran Valley Creameries for offering me an interview.",
        "Thank you to Corran Valley Creameries for giving me the opportunity to meet the team.",
    ],
)
def test_thanks_to_another_firm_for_the_process_are_flagged(sentence: str) -> None:
    assert _dairy(sentence) == ["Corran Valley Creameries"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Thank you very much to Ardmore Dairies for giving me the chance to interview.",
        "Thank you very much to Corran Valley Creameries for giving me the chance to learn "
        "cheesemaking years ago.",
    ],
)
def test_thanks_to_the_employer_or_for_a_past_chance_are_not(sentence: str) -> None:
    assert _dairy(sentence) == []


# --- a hope in brackets under the signature ------------------------------------------------


def test_a_bracketed_hope_to_work_with_another_firm_is_flagged() -> None:
    assert _signed("(Hoping to work with Corran Valley Creameries one day!)") == [
        "Corran Valley Creameries"
    ]


@pytest.mark.parametrize(
    "line",
    ["(Hoping to work with Ardmore Dairies one day!)", "(Previously at Corran Valley Creameries)"],
)
def test_a_bracketed_hope_for_the_employer_or_a_past_job_is_not(line: str) -> None:
    assert _signed(line) == []


# --- a Brazilian mill named by "Usina" ------------------------------------------------------

_mill = replier("Usina Rio Claro Açúcar e Etanol S.A.", "Marcos Lima",
                "marcos.lima@rioclaro.example", "Beatriz Souza")  # fmt: skip


def test_another_mills_team_wished_well_is_flagged() -> None:
    sentence = "I wish your new manager and the whole Usina Serra Azul team a strong harvest."
    assert _mill(sentence) == ["Usina Serra Azul"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Sorry for the delay; the week was busy at Usina Serra Azul, where I work now.",
        "I wish your new manager and the whole Usina Rio Claro team a strong harvest.",
    ],
)
def test_the_writers_own_mill_or_the_employers_is_not(sentence: str) -> None:
    assert _mill(sentence) == []


# --- a hashtag of a firm of the employer's trade -------------------------------------------


def test_a_tag_of_a_firm_of_the_employers_trade_is_flagged() -> None:
    tags = "#HarbourPointFisheries #NZSeafood"
    assert _signed(tags, "Northcape Seafoods Ltd") == ["HarbourPointFisheries"]


@pytest.mark.parametrize("tags", ["#SeafoodNZ #NZSeafood", "#NorthcapeSeafoods #FishingLife"])
def test_a_tag_of_the_industry_or_the_employer_is_not(tags: str) -> None:
    assert _signed(tags, "Northcape Seafoods Ltd") == []
