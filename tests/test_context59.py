"""Greetings and titles of southern and east Africa; reasons given for a polite ask; paths crossing.

Cases from the blind set tests/context59, each with new wordings: a Zulu greeting with
the Zulu "Mr" before the signer's surname ("Sawubona Mnumzane Nkosi,"), and the like in
Sotho, Swahili and Afrikaans; "I want to know where I lost points" right after a polite
question asking for that feedback, which gives its reason and demands nothing; and "I
still believe I would fit well at X, and I hope our paths cross again", which looks
ahead. A stranger's name after the same titles, a "want to know exactly why" after a
polite ask, and a plea without a hope of meeting again stay flagged.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from contexthelp import found

_HERE = Path(__file__).parent


def _letter(name: str, rule: str) -> list[str]:
    """Return the findings of ``rule`` in a labeled letter under tests/."""
    path = _HERE / name
    return found(path.read_text(encoding="utf-8"), rule, path.name)


def _greeting(greeting: str, signer: str = "Thabo Nkosi") -> list[str]:
    """Return the wrong-recipient findings of a reply opening on ``greeting`` to ``signer``."""
    address = signer.lower().replace(" ", ".") + "@harbourbulk.example"
    reply = (
        f"---\nto: [{signer} <{address}>]\nrejection:\n  from: [{signer} <{address}>]\n"
        "  company: Harbour Bulk\n---\n"
        f"{greeting}\n\nThank you for telling me, and for the tour of the berths. Congratulations"
        " to the new foreman; I would welcome a word on my interview and hope to apply again."
        "\n\nKind regards,\nSibusiso Mkhize\n"
    )
    return found(reply, "wrong-recipient", "reply.md")


def _body(paragraph: str, rule: str) -> list[str]:
    """Return the findings of ``rule`` in a short reply holding ``paragraph``."""
    reply = (
        "Dear Mariana,\n\nThank you for the interview and for your time. Congratulations to"
        f" the planner you chose.\n\n{paragraph}\n\nBest regards,\nTomás\n"
    )
    return found(reply, rule, "reply.txt")


# --- greetings and titles of southern and east Africa ------------------------------------------


def test_the_zulu_greeting_to_the_signer_is_clean() -> None:
    assert _letter("context59/dock-foreman-zulu-clean-legit.eml", "wrong-recipient") == []


@pytest.mark.parametrize(
    ("greeting", "signer"),
    [
        ("Sawubona Mnumzane Nkosi,", "Thabo Nkosi"),
        ("Molo Nkosikazi Mthembu,", "Nomsa Mthembu"),
        ("Dumela Ntate Mokoena,", "Kabelo Mokoena"),
        ("Habari Bwana Otieno,", "Peter Otieno"),
        ("Jambo Bi Wanjiru,", "Grace Wanjiru"),
        ("Goeie more Mnr. Botha,", "Johan Botha"),
    ],
)
def test_an_african_greeting_and_title_before_the_signers_name_is_no_stranger(
    greeting, signer
) -> None:
    assert _greeting(greeting, signer) == []


@pytest.mark.parametrize(
    ("greeting", "signer"),
    [
        ("Sawubona Mnumzane Dlamini,", "Thabo Nkosi"),
        ("Dumela Ntate Sithole,", "Kabelo Mokoena"),
        ("Habari Bwana Kamau,", "Peter Otieno"),
    ],
)
def test_the_same_title_before_someone_elses_name_is_still_flagged(greeting, signer) -> None:
    assert _greeting(greeting, signer) == [greeting]


# --- "I want to know" as the reason for a polite ask just before it -----------------------------


def test_the_mine_planners_reason_for_asking_is_no_demand() -> None:
    letter = "context59/mine-planner-andes-cobalt-near-miss.md"
    assert _letter(letter, "demanding-feedback") == []


@pytest.mark.parametrize(
    "paragraph",
    [
        "Could you share any notes on my haul-road design? I want to know which part I can"
        " make better before the next round.",
        "Would it be possible to send a line or two on my answers? I am studying for the"
        " licence and I want to know what to practise.",
        "Can I ask for some feedback on the blast plan? I really want to know where it fell short.",
    ],
)
def test_want_to_know_after_a_polite_ask_is_no_demand(paragraph) -> None:
    assert _body(paragraph, "demanding-feedback") == []


@pytest.mark.parametrize(
    "paragraph",
    [
        # a harder ask after the polite one is still a demand
        "Could you share your notes? I want to know exactly why I was turned down.",
        "Would you send me the scores? I want to know who made that decision.",
        # a new paragraph is no reason given for the question before it
        "Could you share your notes?\n\nI want to know which answers cost me the job.",
    ],
)
def test_a_hard_ask_after_a_polite_one_is_still_a_demand(paragraph) -> None:
    assert _body(paragraph, "demanding-feedback") != []


# --- a belief in one's fit, beside the hope of meeting again -----------------------------------


def test_the_procurement_officers_hope_to_meet_again_is_no_plea() -> None:
    letter = "context59/procurement-officer-pasted-middle.md"
    assert _letter(letter, "reconsider-plea") == []


@pytest.mark.parametrize(
    "paragraph",
    [
        "I still believe my years in drill-and-blast would suit your pit, and I hope our"
        " paths cross again.",
        "I still think I would fit well in the planning office; perhaps our paths will cross"
        " at the mining indaba.",
    ],
)
def test_a_belief_beside_paths_crossing_is_no_plea(paragraph) -> None:
    assert _body(paragraph, "reconsider-plea") == []


@pytest.mark.parametrize(
    "paragraph",
    [
        "I still believe I am the better candidate for this pit, so please reconsider.",
        "I hope our paths cross again. I am the better choice for this role, and I hope you"
        " will reconsider.",
    ],
)
def test_a_plea_without_paths_crossing_is_still_flagged(paragraph) -> None:
    assert _body(paragraph, "reconsider-plea") != []
