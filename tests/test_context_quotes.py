"""What the quoted rejection tells the context rules: signers, their names and the company."""

from __future__ import annotations

import pytest
from replylint.sources import quote, signature


def context_of(reply: str, quoted: str):
    """Return the context read from ``quoted`` (already in its client's format) below a reply."""
    text = f"{reply}\n\n{quoted}"
    found = quote.find(text, 0, len(text))
    assert found is not None
    return found.context


def gmail(body: str, sender: str = "Lotte Berg <lotte.berg@vinterlys.no>") -> str:
    lines = "\n".join(f"> {line}" for line in body.splitlines())
    return f"On Mon, 9 Mar 2026 at 09:12, {sender} wrote:\n{lines}\n"


@pytest.mark.parametrize(
    ("block", "name", "address"),
    [
        ("Von: Jörg Albers <j.albers@kranwerk.de>\nGesendet: Montag, 9. März 2026 10:02\n"
         "An: Sam Lee <sam@example.org>\nBetreff: Ihre Bewerbung\n", "Jörg Albers",
         "j.albers@kranwerk.de"),
        ("De : Aurore Vidal <aurore@verrerie.fr>\nEnvoyé : lundi 9 mars 2026 10:02\n"
         "À : Sam Lee <sam@example.org>\nObjet : Votre candidature\n", "Aurore Vidal",
         "aurore@verrerie.fr"),
        ("De: Inés Robles <ines@olivar.es>\nEnviado el: lunes, 9 de marzo de 2026 10:02\n"
         "Para: Sam Lee <sam@example.org>\nAsunto: Su candidatura\n", "Inés Robles",
         "ines@olivar.es"),
        ("Van: Pieter Smit <pieter@dijkhuis.nl>\nVerzonden: maandag 9 maart 2026 10:02\n"
         "Aan: Sam Lee <sam@example.org>\nOnderwerp: Uw sollicitatie\n", "Pieter Smit",
         "pieter@dijkhuis.nl"),
    ],
)  # fmt: skip
def test_a_localised_outlook_header_block_gives_the_sender(block, name, address) -> None:
    context = context_of("Thank you.", f"{block}\nNo, sorry.\n")
    assert (context.signers[0].name, context.signers[0].address) == (name, address)
    assert context.received is not None and context.received.day == 9


def test_a_surname_that_starts_like_a_weekday_stays_in_the_attribution_name() -> None:
    # "Satoh" and "Sunil" begin with "sat" and "sun": they are names, not dates
    context = context_of("Thanks.", gmail("No.", "Ken Satoh <ken@tsubame.jp>"))
    assert context.signers[0].name == "Ken Satoh"
    context = context_of("Thanks.", gmail("No.", "Sunil Rao <sunil@kaveri.in>"))
    assert context.signers[0].name == "Sunil Rao"


def test_a_sign_off_line_listing_several_people_gives_each_as_a_signer() -> None:
    body = ("Hi Sam,\n\nWe chose another candidate.\n\nWarm regards,\n"
            "Lotte Berg, Arne Dahl and Maja Holm\nRecruitment Panel\nVinterlys Energi AS")  # fmt: skip
    context = context_of("Thanks.", gmail(body))
    assert [p.name for p in context.signers] == ["Lotte Berg", "Arne Dahl", "Maja Holm"]
    assert context.company == "Vinterlys Energi AS"


def test_a_partnership_name_on_the_sign_off_is_not_read_as_people() -> None:
    body = "Hi Sam,\n\nNot this time.\n\nRegards,\nLotte Berg\nCrane, Tolland & Partners"
    context = context_of("Thanks.", gmail(body))
    assert [p.name for p in context.signers] == ["Lotte Berg"]


def test_a_sign_off_without_a_closing_word_still_names_the_signer() -> None:
    body = ("Dear Sam,\n\nWe have decided on another candidate.\nWe wish you well.\n\n"
            "OKADA Hiroshi\nPlant Manager\nTsubame Seiki Co., Ltd. | Niigata Works")  # fmt: skip
    context = context_of("Thanks.", gmail(body, "Hiroshi Okada <h.okada@tsubame.co.jp>"))
    assert "OKADA Hiroshi" in [p.name for p in context.signers]
    assert context.company == "Tsubame Seiki Co., Ltd."


@pytest.mark.parametrize(
    ("line", "company"),
    [
        ("Olivar Conservas Ltda. | Porto Alegre", "Olivar Conservas Ltda."),
        ("Kranwerk Hydraulik GmbH, Bremen", "Kranwerk Hydraulik GmbH"),
        ("Dunmore Ales Ltd - Cork", "Dunmore Ales Ltd"),
        ("Larchfield Capital, L.P.", "Larchfield Capital, L.P."),
    ],
)
def test_the_company_line_of_a_sign_off_leaves_off_the_place_after_it(line, company) -> None:
    body = f"Hi Sam,\n\nNo.\n\nBest regards,\nLotte Berg\nTalent Partner\n{line}"
    assert context_of("Thanks.", gmail(body)).company == company


@pytest.mark.parametrize("title", ["Leiterin Personal", "Gerente de Talentos",
                                   "Directrice des ressources humaines"])  # fmt: skip
def test_a_title_in_another_language_is_not_the_company(title: str) -> None:
    body = f"Hi Sam,\n\nNo.\n\nBest regards,\nLotte Berg\n{title}\nVinterlys Energi AS | Oslo"
    assert context_of("Thanks.", gmail(body)).company == "Vinterlys Energi AS"


def test_a_legal_form_after_a_comma_stays_with_the_name_in_a_title_line() -> None:
    body = "Hi Sam,\n\nNo.\n\nLotte Berg\nHead of People, Vinterlys Software, Inc."
    assert context_of("Thanks.", gmail(body)).company == "Vinterlys Software, Inc."


def test_each_line_opening_on_an_honorific_is_a_signer() -> None:
    # a closing the reply's sign-off list knows ("With kind regards,") with two signers,
    # the second one's title ("Team Lead") not a title word: it was read as the company
    body = ("We have offered the place to another candidate.\n\nWith kind regards,\n\n"
            "Prof. Henrik Aalto, Head of Department\nDr. Lucia Ferraro, Team Lead, Soil Lab\n"
            "Karelia Institute of Agronomy\n")  # fmt: skip
    context = signature.signature_context(body)
    assert [person.name for person in context.signers] == [
        "Prof. Henrik Aalto",
        "Dr. Lucia Ferraro",
    ]
    assert context.company == "Karelia Institute of Agronomy"


def test_a_company_named_in_the_rejection_ends_at_its_legal_form_across_a_wrapped_line() -> None:
    body = ("Dear Sam,\n\nThank you for applying to Kestrel\nOptika Kft. We have decided to "
            "offer the role to someone else.\n\nRegards,\nVarga Anna")  # fmt: skip
    assert context_of("Thanks.", gmail(body)).company == "Kestrel Optika Kft"
