"""wrong-company reaches names it used to drop before reading them.

A greeting in another language ("Kia ora X team,", "Ciao X team,"), a rival named with its
trade's word first as Spanish names are ("Bodega Las Lomas" to Bodega Las Acacias), and an
applicant's line in the signature whose name ran on into the next line.
"""

from __future__ import annotations

import pytest
from contexthelp import company_reply, flagged


def _letter(company: str, greeting: str, body: str, signature: str = "Rua Tane") -> str:
    """Return a front-matter reply to Mere Parata's rejection from ``company``."""
    return (
        "---\nto: [Mere Parata <mere@employer.example>]\n"
        "rejection:\n  from: [Mere Parata <mere@employer.example>]\n"
        f"  company: {company}\n---\n{greeting}\n\n"
        "Thank you for the interview and the tour last week. I understand your decision, and "
        f"congratulations to whoever was chosen. {body}\n\nKind regards,\n{signature}\n"
    )


@pytest.mark.parametrize(
    ("greeting", "name"),
    [
        ("Kia ora Tōtara Ales team,", "Tōtara Ales"),
        ("Ciao Ferrante Foods team,", "Ferrante Foods"),
        ("Merhaba Yildiz Logistics team,", "Yildiz Logistics"),
    ],
)
def test_greeting_in_another_language_to_another_firm(greeting: str, name: str) -> None:
    """A team greeted in another language is the firm written to, as after "Dear"."""
    reply = _letter("Harakeke Brewing Co", greeting, "I hope to apply again next year.")
    assert flagged(reply) == [name]


@pytest.mark.parametrize(
    "greeting", ["Kia ora Harakeke Brewing team,", "Ciao Harakeke Brewing team,", "Ciao Mere,"]
)
def test_greeting_in_another_language_to_the_employer(greeting: str) -> None:
    """The employer's own team, or the signer, greeted in another language is right."""
    reply = _letter("Harakeke Brewing Co", greeting, "I hope to apply again next year.")
    assert flagged(reply) == []


def test_rival_headed_by_the_same_trade_word() -> None:
    """ "Bodega Las Lomas" to Bodega Las Acacias: the kind is shared, the name is not."""
    reply = company_reply(
        "It was a privilege to be considered for the vintage role at Bodega Las Lomas.",
        "Bodega Las Acacias",
        "Lucía Herrera",
        "lherrera@lasacacias.example",
        "Tomás Rivas",
    )
    assert flagged(reply) == ["Bodega Las Lomas"]


def test_wish_to_a_rival_team_headed_by_a_trade_word() -> None:
    """A wish to "the whole X team" of a rival chain is no site of the employer's."""
    reply = company_reply(
        "Wishing the whole Supermercados Ribera team a happy new year!",
        "Supermercados Alameda",
        "Lucía Herrera",
        "lherrera@alameda.example",
        "Tomás Rivas",
    )
    assert flagged(reply) == ["Supermercados Ribera"]


@pytest.mark.parametrize(
    ("sentence", "company"),
    [
        ("Wishing the whole Supermercados Alameda team a happy new year!", "Supermercados Alameda"),
        # a store of the employer's own brand, its trade's word first
        ("I enjoyed the store walk at Tiendas Alameda Centro.", "Grupo Comercial Alameda"),
        ("It was a privilege to visit Bodega Las Acacias.", "Bodega Las Acacias"),
    ],
)
def test_employer_headed_by_a_trade_word(sentence: str, company: str) -> None:
    """The employer's own name, or its store's, headed by its trade's word is right."""
    reply = company_reply(
        sentence, company, "Lucía Herrera", "lherrera@alameda.example", "Tomás Rivas"
    )
    assert flagged(reply) == []


def _signed(company: str, applied: str) -> str:
    """Return a reply signed with an applicant's line and a degree's line under it."""
    signature = f"Rua Tane\nApplicant, {applied}\nBA Marketing, University of Leeds"
    return _letter(company, "Dear Mere,", "I hope to apply again next year.", signature)


def test_applicant_line_names_another_firm_before_its_programme() -> None:
    """The firm is the name before the programme, not run on into the next line's degree."""
    reply = _signed("Kestrel Orchard Ciders", "Larchfield Ciders Summer Internship")
    assert flagged(reply) == ["Larchfield Ciders"]


def test_applicant_line_names_the_employers_programme() -> None:
    """The employer's own programme on the applicant's line is right."""
    reply = _signed("Kestrel Orchard Ciders", "Kestrel Orchard Ciders Summer Internship")
    assert flagged(reply) == []
