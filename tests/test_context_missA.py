"""wrong-company: another firm in a "we are" tag, an interview chance, a job's meaning, its aims.

Cases from the blind sets tests/context123 and context124, each with new wordings: a tag
"#SomosX" ("we are X") under the name signs the writer as one of X's people, as "#WeAreX"
does; "the interview chance at X" is the chance to interview at X, given by X; "it would
mean a lot to represent X" is a pride in a job that did not come, as "I'd be proud to
represent X" is; and a name owning a direction or a vision ("X House's direction") is a
firm, no site of the employer's. A motto after "Somos", an interview held at a place, a
meaning put on the writer's own past and a house visited stay unflagged.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from contexthelp import company_reply, flagged, found, replier

_HERE = Path(__file__).parent

_rigs = replier("Halvard Offshore Drilling", "Ingrid Solheim", "ingrid@halvard.example", "Pat Ruiz")
_skincare = replier("Verdelune Cosmetics", "Ana Souto", "ana@verdelune.example", "Lia Costa")


def _letter(name: str) -> list[str]:
    """Return the wrong-company findings of a labeled letter under tests/."""
    path = _HERE / name
    return found(path.read_text(encoding="utf-8"), "wrong-company", path.name)


def _tagged(tags: str) -> list[str]:
    """Return the findings of a reply to the cosmetics firm with ``tags`` under the name."""
    return flagged(company_reply("I'd love to stay in touch.", "Verdelune Cosmetics", "Ana Souto",
                                 "ana@verdelune.example", f"Lia Costa\n{tags}"))  # fmt: skip


def test_the_labeled_letters_name_the_pasted_firms() -> None:
    assert _letter("context123/dubai-drilling-outlook-noreply-terse-plea.eml") == ["Gulfstar"]
    assert _letter("context124/hanbit-seoul-qp-gmail-first-choice-falls-through-rival.eml") == [
        "Mirae Skin"
    ]
    path = "context124/lumiar-saopaulo-portuguese-gmail-rival-team-hashtag.eml"
    assert _letter(path) == ["BotanikaViva"]
    path = "context124/orun-lagos-outlook-nested-thread-rambling-too-long-lookbook-plea.eml"
    assert _letter(path) == ["Eko Loom House"]


# --- "#SomosX": we are X ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("tags", "name"),
    [("#SomosFloresta #beautyjobs", "Floresta"), ("#SomosAguaClara", "AguaClara")],
)
def test_a_tag_of_we_are_another_firm_is_flagged(tags: str, name: str) -> None:
    assert _tagged(tags) == [name]


@pytest.mark.parametrize("tags", ["#SomosVerdelune", "#somostodos #beautyjobs"])
def test_a_tag_of_the_employer_or_a_motto_is_not(tags: str) -> None:
    assert _tagged(tags) == []


# --- the interview chance at X ------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Thanks for the interview chance at Skarvik.",
        "I was grateful for the interview chance at Skarvik.",
    ],
)
def test_an_interview_chance_at_a_firm_names_it(sentence: str) -> None:
    assert _rigs(sentence) == ["Skarvik"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Thanks for the interview chance at Halvard.",
        "The interview at Stavanger was a real pleasure.",
    ],
)
def test_an_interview_chance_at_the_employer_or_a_place_is_not(sentence: str) -> None:
    assert _rigs(sentence) == []


# --- it would mean a lot to represent X ---------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "It would mean a lot to represent Aurora Botanics in the north.",
        "It would have meant the world to represent Aurora Botanics.",
    ],
)
def test_a_job_that_would_mean_a_lot_names_the_firm(sentence: str) -> None:
    assert _skincare(sentence) == ["Aurora Botanics"]


@pytest.mark.parametrize(
    "sentence",
    [
        "It meant a lot to represent Aurora Botanics at the trade fairs last year.",
        "It would mean a lot to represent Verdelune across the region.",
    ],
)
def test_a_meaning_of_the_past_or_the_employer_is_not(sentence: str) -> None:
    assert _skincare(sentence) == []


# --- X's direction: a firm's, no site's ---------------------------------------------------

_atelier = replier("Marisol Atelier", "Dora Pinto", "dora@marisol.example", "Kemi Ade")


@pytest.mark.parametrize(
    "sentence",
    [
        "I believe my way of working fits Kora Weave House's direction.",
        "I would love to help shape Kora Weave House's vision for menswear.",
    ],
)
def test_a_house_owning_a_direction_is_a_firm(sentence: str) -> None:
    assert _atelier(sentence) == ["Kora Weave House"]


@pytest.mark.parametrize(
    "sentence",
    [
        "I believe my way of working fits Marisol Atelier's direction.",
        "I enjoyed the fitting session at Kora Weave House with your cutters.",
    ],
)
def test_the_employers_direction_or_its_house_is_not(sentence: str) -> None:
    assert _atelier(sentence) == []
