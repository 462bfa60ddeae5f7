"""wrong-company: the employer's name with one word changed for another firm's.

Cases from the blind set tests/context59, each with new wordings: a word of the employer's
own name swapped for one that looks like it ("Andes Cobalt" to Andes Cobre, "Tanjung
Perak" to Tanjung Priok), or a long name's last trade word swapped ("Coral Sea Bulk
Logistics" to Coral Sea Bulk Carriers), names another firm. The employer's short form, a
department, a misspelling, a short form of its trade word, a site or a brand after one
shared word stay as they were. And a greeting to another firm's team whose trade is said
in Spanish ("Dear Llanos Petrolera team,") is flagged like any firm's.
"""

from __future__ import annotations

import pytest
from contexthelp import company_reply, flagged, found
from test_context_relations56 import _letter


def _cobre(sentence: str) -> list[str]:
    """Return the findings of ``sentence`` in a reply to a copper miner."""
    return flagged(company_reply(sentence, "Andes Cobre S.A.", "Mariana Castillo",
                                 "mcastillo@andescobre.example", "Tomás"))  # fmt: skip


def _terminal(sentence: str) -> list[str]:
    """Return the findings of ``sentence`` in a reply to a port terminal known by its domain."""
    letter = (
        "From: Dimas <dimas@example.com>\nTo: Sri <sri@tptsterminal.example>\n"
        "Subject: Re: Yard Supervisor\n\nDear Ibu Sri,\n\n"
        f"Thank you for letting me know. {sentence}\n\nRegards,\nDimas\n\n"
        "On Tue, Sri <sri@tptsterminal.example> wrote:\n"
        "> Thank you for applying to PT Tanjung Priok Terminal Services. We regret\n"
        "> that we cannot offer you the position.\n> Sri\n"
    )
    return found(letter, "wrong-company")


def _bulk(sentence: str) -> list[str]:
    """Return the findings of ``sentence`` in a reply to a bulk carrier known by its domain."""
    letter = (
        "From: Arjun <arjun@example.com>\nTo: Eleni <eleni@coralseabulk.example>\n"
        "Subject: RE: Chartering Analyst\n\nDear Eleni,\n\n"
        f"Thank you for letting me know. {sentence}\n\nBest regards,\nArjun\n\n"
        "-----Original Message-----\nFrom: Eleni <eleni@coralseabulk.example>\n\n"
        "Dear Arjun,\n\nThank you for your interest in Coral Sea Bulk Carriers. We have "
        "decided to offer the role to another applicant.\n\nRegards,\nEleni\n"
    )
    return found(letter, "wrong-company")


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("context59/chartering-analyst-coral-sea-near-miss.eml", ["Coral Sea Bulk Logistics"]),
        ("context59/mine-planner-andes-cobalt-near-miss.md", ["Andes Cobalt"]),
        ("context59/terminal-ops-indonesian-tanjung-perak.eml",
         ["PT Tanjung Perak Terminal Services"]),
    ],
)  # fmt: skip
def test_the_letters_with_a_swapped_word_are_flagged(name: str, expected: list[str]) -> None:
    assert _letter(name) == expected


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("I have always admired the way Andes Cobalt runs its tailings dams.", "Andes Cobalt"),
        ("I hope the phase 4 ramp-up goes smoothly for everyone at Andes Cobra.", None),
        ("I would still love to join Andes Cobalto one day.", "Andes Cobalto"),
    ],
)
def test_a_lookalike_word_in_the_employers_name_is_another_firm(
    sentence: str, name: str | None
) -> None:
    found_ = _cobre(sentence)
    # NOTE: "Cobra" is a typo of "Cobre", reported as a misspelling as before
    assert found_ == [name or "Andes Cobra"]


@pytest.mark.parametrize(
    ("reply", "sentence"),
    [
        # a port misremembered is another terminal
        (_terminal, "I admire how PT Tanjung Pinang Terminal Services runs its quay cranes."),
        (_terminal, "Working at PT Tanjung Perak Terminal Services has been my goal for years."),
        # a long name with another trade is another firm
        (_bulk, "Coral Sea Bulk Shipping is the company I have wanted to join since university."),
        (_bulk, "I will keep following Coral Sea Bulk Tankers and hope to apply again."),
    ],
)
def test_the_thread_names_full_name_with_a_word_swapped_is_another_firm(reply, sentence) -> None:
    assert len(reply(sentence)) == 1


@pytest.mark.parametrize(
    "sentence",
    [
        "The afternoon with the Coral Sea chartering desk was a highlight.",
        "I hope Coral Sea Bulk keeps growing its Capesize pool.",
        "I would be glad to hear from Coral Sea Bulk Carriers about future roles.",
        # a name the rejection itself gives is the employer's own
        "Good luck to everyone at Coral Sea Bulk Carriers.",
        # the Subject's own word ("RE: Chartering Analyst"): the employer's desk
        "I will keep following Coral Sea Bulk Chartering and hope to apply again.",
    ],
)
def test_the_employers_short_form_and_departments_are_clean(sentence: str) -> None:
    assert _bulk(sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "The visit to the Andes Cobre Norte pit was the best part of the day.",
        "I enjoyed meeting the Andes Cobre geology team.",
        # the writer's own past at a firm of a like name
        "I worked for five years at Andes Cobalt before moving to Chile.",
        # a short form of a trade's word, and a brand after one shared word
        "I hope Andes Copper Division does well.",
    ],
)
def test_sites_departments_and_own_past_are_clean(sentence: str) -> None:
    assert _cobre(sentence) == []


# --- a greeting to another firm's team, its trade said in Spanish -------------------------------


def _drillers(greeting: str) -> list[str]:
    """Return the findings of a reply to a drilling firm's recruitment address, no one signed."""
    letter = (
        "---\nto: [reclutamiento@perforacionesorinoco.example]\nrejection:\n"
        "  from: [reclutamiento@perforacionesorinoco.example]\n"
        "  company: Perforaciones Orinoco\n---\n"
        f"{greeting}\n\nThank you for the video interview for Rig Manager. I hope we can stay "
        "in contact.\n\nAtentamente,\nAlejandro\n"
    )
    return flagged(letter)


def test_the_letter_greeting_another_firms_team_is_flagged() -> None:
    assert _letter("context59/rig-manager-spanish-pasted-greeting.md") == ["Llanos Petrolera"]


@pytest.mark.parametrize(
    ("greeting", "name"),
    [
        ("Dear Llanos Petrolera team,", "Llanos Petrolera"),
        ("Dear Cumbre Minera recruitment team,", "Cumbre Minera"),
        ("Dear Caribe Naviera team,", "Caribe Naviera"),
    ],
)
def test_a_greeted_team_of_a_firm_named_by_its_trade_is_flagged(greeting: str, name: str) -> None:
    assert _drillers(greeting) == [name]


@pytest.mark.parametrize(
    "greeting",
    [
        "Dear Perforaciones Orinoco team,",
        "Dear Orinoco team,",
        "Dear Anzoátegui team,",
        "Dear Recruitment team,",
    ],
)
def test_the_employers_own_or_a_sites_team_is_clean(greeting: str) -> None:
    assert _drillers(greeting) == []
