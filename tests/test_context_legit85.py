"""wrong-company and wrong-recipient: a firm's own academy, field and deals, and pet names.

Cases from the blind sets tests/context85 and context86, each with new wordings: a
training academy named with a word of the employer's own name is its own; the employer's
"X's ... work for Y" names its client Y; "the Y exit" names a deal's company; plain words of
the employer's name short of its trade ("the Major Loss team" to a firm of loss adjusters)
name a department, not a rival; a second signer's title opening on a word spelt like a
legal form ("Spa Manager") still makes them a signer; and a customary pet form ("Bobby" for
Roberto) greets the signer. A pasted name beside each stays flagged.
"""

from __future__ import annotations

import pytest
from contexthelp import company_reply, flagged, found
from replylint.sources.signer_names import TITLE_SPLIT
from test_context_relations56 import _letter


def _bank(sentence: str) -> list[str]:
    """Return the findings of ``sentence`` in a reply to a private bank."""
    return flagged(company_reply(sentence, "Brennick & Moor Private Bank", "Ines Duarte",
                                 "ines.duarte@brennickmoor.example", "Kofi Asante"))  # fmt: skip


def _adviser(sentence: str) -> list[str]:
    """Return the findings of ``sentence`` in a reply to a corporate finance adviser."""
    return flagged(company_reply(sentence, "Calder Finch Advisory", "Maya Lund",
                                 "maya.lund@calderfinch.example", "Ravi Menon"))  # fmt: skip


def _valuers(sentence: str) -> list[str]:
    """Return the findings of ``sentence`` in a reply to a firm of art valuers."""
    return flagged(company_reply(sentence, "Tolland Art Valuers", "Owen Doyle",
                                 "owen.doyle@tolland.example", "Aisha Bello"))  # fmt: skip


@pytest.mark.parametrize(
    ("path", "name"),
    [
        ("context85/banking-academy-lecturer-dean-just-within.md", "Ashby Banking Academy"),
        ("context85/ib-analyst-sign-off-future-rival-analyst.eml", "West African"),
        ("context85/loss-adjuster-phone-call-late-brief.md", "Major Loss"),
        ("context85/pe-associate-nested-thread-first-choice-plea.eml", "Brightwell Foods"),
    ],
)
def test_the_letters_no_longer_flag_the_name(path, name) -> None:
    assert name not in _letter(path)


@pytest.mark.parametrize(
    ("check", "sentence"),
    [
        (_bank, "I enjoyed the trainer interview at the Brennick Lending Academy."),
        (_bank, "Thank you for considering me for the tutor post at the Brennick Institute."),
        (_adviser, "Hearing about Calder's restructuring work for Nordvik Shipping was a treat."),
        (_adviser, "I loved the case on the Tarrant Bakeries exit in my second interview."),
        (_adviser, "The discussion of the Holm Dairies buyout made the interviews fun."),
        (_valuers, "Please keep me in mind if anything comes up in the Fine Art team."),
    ],
)
def test_the_employers_own_academy_client_deal_or_field(check, sentence) -> None:
    """The employer's academy, its client, a deal discussed and its field are no firm written to."""
    assert check(sentence) == []


@pytest.mark.parametrize(
    ("check", "sentence", "name"),
    [
        (_bank, "Thank you for considering me for the tutor post at the Calloway Institute.",
         "Calloway Institute"),
        (_adviser, "I would still love to work for Nordvik Shipping one day.", "Nordvik Shipping"),
        (_adviser, "The interviews at Tarrant Bakeries were the best I've had.", "Tarrant Bakeries"),
        (_valuers, "Please keep me in mind if anything comes up in the Marsden Art team.",
         "Marsden Art"),
    ],
)  # fmt: skip
def test_a_pasted_name_beside_stays_flagged(check, sentence, name) -> None:
    assert check(sentence) == [name]


def test_a_district_short_of_its_kind_stays_a_rival() -> None:
    reply = company_reply("I'd love to teach in the Fairview Unified community.",
                          "Lakemont Unified School District", "Ana Ruiz",
                          "aruiz@lakemontusd.example", "Mai Tran")  # fmt: skip
    assert flagged(reply) == ["Fairview Unified"]


# --- wrong-recipient ------------------------------------------------------------------------


def _two_signers(greeting: str, to: str) -> str:
    """Return a reply to a rejection signed by an HR advisor and a spa director."""
    return (
        "From: Lena Park <lena.park@gmail.com>\n"
        f"To: {to}\n"
        "Date: Wed, 18 Mar 2026 09:00:00 +0100\n"
        "Subject: Re: Therapist\n\n"
        f"{greeting}\n\nThank you both for the trial session. Congratulations on your new "
        "therapist, and I'd welcome any feedback.\n\nBest wishes,\nLena Park\n\n"
        "On Tue, 17 Mar 2026 at 15:00, Marta Conti <marta.conti@villaserena.example> wrote:\n"
        "> Dear Lena,\n>\n> We have chosen another candidate.\n>\n> Kind regards,\n>\n"
        "> Marta Conti, HR Advisor\n> Luca Ferri, Spa Director\n> Villa Serena Hotel\n"
    )


def test_a_second_signer_titled_spa_director_is_a_signer() -> None:
    to = ("Marta Conti <marta.conti@villaserena.example>, "
          "Luca Ferri <luca.ferri@villaserena.example>")  # fmt: skip
    assert found(_two_signers("Dear Ms Conti and Mr Ferri,", to), "wrong-recipient") == []


def test_a_stranger_beside_the_two_signers_stays_flagged() -> None:
    to = ("Marta Conti <marta.conti@villaserena.example>, "
          "Sara Bianchi <sara.bianchi@villaserena.example>")  # fmt: skip
    assert found(_two_signers("Dear Ms Conti,", to), "wrong-recipient") == [
        "sara.bianchi@villaserena.example"
    ]


@pytest.mark.parametrize(
    ("line", "parts"),
    [
        ("Luca Ferri, Spa Director", ["Luca Ferri", "Spa Director"]),
        ("Quillon Software, Inc.", ["Quillon Software, Inc."]),
        ("Ferrante Moda, S.p.A. | Milano", ["Ferrante Moda, S.p.A.", "Milano"]),
    ],
)
def test_a_legal_form_stays_with_its_name_but_not_a_title(line, parts) -> None:
    assert TITLE_SPLIT.split(line) == parts


def _caller(greeting: str, signer: str) -> list[str]:
    """Return the wrong-recipient findings of a reply to ``signer``'s phone call."""
    address = signer.lower().replace(" ", ".") + "@skylark.example"
    reply = (
        f"---\nto: [{signer} <{address}>]\nrejection:\n  from: [{signer} <{address}>]\n"
        f"  company: Skylark Air\n---\n{greeting}\n\nThank you for calling me today.\n\n"
        "Kind regards,\nJo Reyes\n"
    )
    return found(reply, "wrong-recipient", "reply.md")


@pytest.mark.parametrize(
    ("greeting", "signer"),
    [
        ("Hi Bobby,", "Roberto Santiago"),
        ("Hi Bill,", "William Hart"),
        ("Dear Ted,", "Edward Mensah"),
        ("Hola Pepe,", "José Ramírez"),
    ],
)
def test_a_pet_form_greets_the_signer(greeting, signer) -> None:
    assert _caller(greeting, signer) == []


@pytest.mark.parametrize(
    ("greeting", "signer"),
    [
        ("Hi Bobby,", "Samuel Ortiz"),
        ("Dear Peggy,", "Helen Ward"),
    ],
)
def test_a_pet_form_of_another_name_is_flagged(greeting, signer) -> None:
    assert _caller(greeting, signer) == [greeting]


def test_the_manila_letter_no_longer_flags_the_nickname() -> None:
    path = "context86/manila-airline-contact-centre-phone-nickname-competitor.md"
    letter = (_letter.__globals__["_HERE"] / path).read_text(encoding="utf-8")
    assert found(letter, "wrong-recipient", "reply.md") == []


def test_the_amsterdam_letter_no_longer_flags_the_second_signer() -> None:
    path = "context86/amsterdam-spa-two-signers-dutch-client-clean.eml"
    letter = (_letter.__globals__["_HERE"] / path).read_text(encoding="utf-8")
    assert found(letter, "wrong-recipient", "reply.eml") == []
