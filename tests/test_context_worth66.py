"""wrong-company: a pasted name where a start offered or the writer's worth imagined names it.

Cases from the blind set tests/context66, each with new wordings: a start the writer is
ready for at a firm ("my availability for a start at X") is the job applied for, and so is
the worth the writer's past would bring to one ("my placement at Y would add real value at
X"), whatever own past the clause names first. A start made or taken up, a worth told in
the past and the place the past was gained stay unflagged.
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


def _plant(sentence: str) -> list[str]:
    """Return the findings of ``sentence`` in a reply to a machine builder."""
    return flagged(company_reply(sentence, "Brenner Technik GmbH", "Jana Vogel",
                                 "jana@brenner-technik.example", "Tobias Wirth"))  # fmt: skip


def _utility(sentence: str) -> list[str]:
    """Return the findings of ``sentence`` in a reply to a power utility."""
    return flagged(company_reply(sentence, "Volta Grid Nigeria", "Ngozi Eze",
                                 "ngozi@voltagrid.example", "Ibrahim Musa"))  # fmt: skip


def test_the_labeled_letters_name_the_pasted_firms() -> None:
    assert _letter("context66/germany-apprentice-ps-paste-misspelt-schmidt.eml") == [
        "Kessler Automation"
    ]
    assert _letter("context66/nigeria-energy-grad-trainee-paste-and-waitlist-plea.md") == [
        "Sahel Power Solutions"
    ]


# --- a start offered ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "I remain available for a September start at Kessler Automation if anything opens up.",
        "I would still be ready for an immediate start at Kessler Automation.",
        "I am free for a start date at Kessler Automation any time this autumn.",
    ],
)
def test_a_start_offered_at_a_firm_names_it(sentence: str) -> None:
    assert _plant(sentence) == ["Kessler Automation"]


@pytest.mark.parametrize(
    "sentence",
    [
        "I got my start at Kessler Automation in 2019 as a trainee.",
        "I have accepted a start at Kessler Automation on 1 September.",
    ],
)
def test_a_start_made_or_taken_up_stays_unflagged(sentence: str) -> None:
    assert _plant(sentence) == []


# --- the writer's worth imagined at a firm --------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "I feel my background in protection would be a real asset to Sahel Power Solutions.",
        "My internship at Lagos Metro Rail means I could contribute a great deal at Sahel "
        "Power Solutions.",
        "I believe my placement years would add value within Sahel Power Solutions.",
    ],
)
def test_a_worth_imagined_at_a_firm_names_it(sentence: str) -> None:
    assert _utility(sentence) == ["Sahel Power Solutions"]


@pytest.mark.parametrize(
    "sentence",
    [
        "My SIWES placement at Kainji Power taught me a great deal about protection relays.",
        "I added value at Kainji Power for six years as a technician.",
        "I contributed a lot to Kainji Power during my placement.",
        "My experience at Kainji Power would add value to your team.",
    ],
)
def test_a_worth_shown_or_gained_at_a_firm_stays_unflagged(sentence: str) -> None:
    assert _utility(sentence) == []
