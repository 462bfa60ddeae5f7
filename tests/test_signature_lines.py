"""The sign-off of a rejection: which of its lines name the firm and which do not.

A street address names no firm, alone ("Av. Apoquindo 3000, Las Condes", "Avenue de la
Justice, Gombe") or after the firm's name on one line ("Harlow Health | 1200 Kessler Ave,
Tulsa"); a French, Spanish or Portuguese job title ("Administratrice de production",
"Subgerente de Selección", "Coordenadora de RH", "Chef de Programme") is a title line; a
long name followed by its initials in brackets is a body's line.
Each case was read wrongly in a labeled letter, and the reply's wrong-company message
then named the address or the title as the company that wrote.
"""

from __future__ import annotations

import pytest
from replylint.sources import signature


def _rejection(*sign_off: str) -> str:
    return "Dear Ana,\n\nWe have chosen another candidate.\n\nKind regards,\n" + "\n".join(sign_off)


@pytest.mark.parametrize(
    ("lines", "company"),
    [
        (
            ("Dana Okafor", "Talent Partner", "Harlow Health | 1200 Kessler Ave, Tulsa, OK 74104"),
            "Harlow Health",
        ),
        (("Bashir Al-Masri", "Head Chef", "Al Safa Kitchen, 88 Wilmslow Road"), "Al Safa Kitchen"),
        (
            (
                "Rosa Quispe",
                "Jefa de Operaciones",
                "Qhapaq Logística S.A.C. | Av. Argentina 2450, Callao",
            ),
            "Qhapaq Logística S.A.C.",
        ),
        (
            ("Camille Dufresne", "Administratrice de production", "Théâtre du Quai Rouge"),
            "Théâtre du Quai Rouge",
        ),
        (
            ("Teresa Macamo", "Coordenadora de Emergência", "Ajuda Fraterna Moçambique"),
            "Ajuda Fraterna Moçambique",
        ),
        (
            (
                "Lucía Ortega",
                "Coordinadora del Programa de Doctorado",
                "Instituto de Suelos Andinos",
            ),
            "Instituto de Suelos Andinos",
        ),
        (("Folake Ade", "Chef-Patron", "Ember & Ash"), "Ember & Ash"),
        (("Pablo Serra", "Chef Ejecutivo", "Marea Cocina"), "Marea Cocina"),
        (
            (
                "Benoît Kabeya",
                "Chef de Programme Protection",
                "Réseau Kasaïen pour la Protection des Familles (RKPF)",
                "Avenue de la Paix, Gombe",
            ),
            "Réseau Kasaïen pour la Protection des Familles (RKPF)",
        ),
        (
            ("Marie Dubois", "Administratrice", "Orchestre de Chambre de Rennes"),
            "Orchestre de Chambre de Rennes",
        ),
    ],
)
def test_the_firm_is_read_past_addresses_and_titles(lines: tuple[str, ...], company: str) -> None:
    assert signature.signature_context(_rejection(*lines)).company == company


@pytest.mark.parametrize(
    "address",
    [
        "Av. Apoquindo 3000, Las Condes, Santiago",
        "12 Mill Road, Leeds",
        "Calle Larios 4, 29005 Málaga",
    ],
)
def test_an_address_alone_is_no_firm(address: str) -> None:
    context = signature.signature_context(_rejection("María Larraín", "Recruiter", address))
    assert context.company is None
    assert [p.name for p in context.signers] == ["María Larraín"]


def test_a_firm_named_for_its_street_number_is_kept() -> None:
    # no street word after the number: "Studio 54" and "Route 66 Diner" are names
    assert signature.signature_context(
        _rejection("Ana Ruiz", "Manager", "Route 66 Diner")
    ).company == ("Route 66 Diner")
