"""wrong-recipient and late-reply: the blind sets context171-176.

A signer who sent the rejection from the employer's one office mailbox under their own
name is written to there; a team that signs in Spanish, Portuguese, French or Italian
("Equipo de Selección") is a team; "Beto" is Roberto or Alberto; a greeting of one
title of the other gender than the signer's stated one ("Dear Sir" to "Mrs. ...") greets
nobody in particular; and Brazil's Outlook dates its quoted block "Enviado em:".
"""

from __future__ import annotations

from pathlib import Path

import pytest
from contexthelp import found
from replylint.custom._people import is_group_name, is_pet_form_of

_HERE = Path(__file__).parent


def _letter(name: str, rule: str = "wrong-recipient") -> list[str]:
    """Return the findings of ``rule`` in a labeled letter under tests/."""
    path = _HERE / name
    return found(path.read_text(encoding="utf-8"), rule, path.name)


def test_the_labeled_letters() -> None:
    assert _letter("context171/mwangaza-nairobi-cook-outlook-late-44h.eml") == []
    assert _letter("context171/sunrise-head-start-albuquerque-beto-dolores-desert-willow.md") == []
    assert (
        _letter("context175/techos-del-norte-roofing-estimator-qp-team-signed-grupo-alcazar.eml")
        == []
    )
    late = "context173/varzea-viva-field-ecologist-outlook-pt-late-self-pity-near-miss.eml"
    assert len(_letter(late, "late-reply")) == 1
    assert _letter(late) == []  # "Dear Bia" to Beatriz, now that the block is read


def _outlook(to: str, greeting: str, sender: str, sign_off: str, sent: str = "") -> str:
    """Return an Outlook reply to ``to`` over a rejection ``sender`` sent, signed ``sign_off``."""
    sent = sent or "Sent: Monday, June 2, 2025 10:00 AM"
    return (
        f"From: Kofi Mensah <kofi.mensah@example.net>\nTo: {to}\n"
        "Subject: RE: Kitchen Assistant\nDate: Mon, 2 Jun 2025 18:00:00 +0000\n"
        'Content-Type: text/plain; charset="utf-8"\n\n'
        f"{greeting}\n\nThank you for the trial shift and for your time.\n\n"
        "Kind regards,\nKofi Mensah\n\n________________________________\n"
        f"From: {sender}\n{sent}\nTo: kofi.mensah@example.net\nSubject: Kitchen Assistant\n\n"
        "Dear Kofi,\n\nWe have offered the post to another applicant.\n\n"
        f"Best wishes,\n\n{sign_off}\nManager\nLittle Acorns Nursery\n"
    )


# --- the office mailbox the signer wrote from ------------------------------------------------


@pytest.mark.parametrize(
    ("to", "sender", "sign_off"),
    [
        ('"Grace Boateng" <office@littleacorns.example>',
         "Grace Boateng <office@littleacorns.example>", "Mrs. Grace Boateng"),
        ("info@littleacorns.example", "Mr Samuel Asante <info@littleacorns.example>",
         "Mr. Samuel Asante"),
    ],
)  # fmt: skip
def test_the_office_mailbox_the_signer_sent_from_under_their_name_is_theirs(
    to: str, sender: str, sign_off: str
) -> None:
    reply = _outlook(to, f"Dear {sign_off.split()[-2]},", sender, sign_off)
    assert found(reply, "wrong-recipient") == []


@pytest.mark.parametrize(
    ("sender", "sign_off"),
    [
        # the mailbox sent under the firm's name: the person who signed is elsewhere
        ("Little Acorns Office <office@littleacorns.example>", "Grace Boateng"),
        # sent under another person's name than the one who signed
        ("Ama Owusu <office@littleacorns.example>", "Grace Boateng"),
    ],
)
def test_the_office_mailbox_is_still_shared_when_the_signer_did_not_send_from_it(
    sender: str, sign_off: str
) -> None:
    reply = _outlook("office@littleacorns.example", "Dear Grace,", sender, sign_off)
    assert found(reply, "wrong-recipient") == ["office@littleacorns.example"]


def test_a_no_reply_mailbox_reaches_nobody_whoever_sent_from_it() -> None:
    sender = "Grace Boateng <no-reply@littleacorns.example>"
    reply = _outlook("no-reply@littleacorns.example", "Dear Grace,", sender, "Mrs. Grace Boateng")
    assert found(reply, "wrong-recipient") == ["no-reply@littleacorns.example"]


# --- a team that signs in another language ---------------------------------------------------


@pytest.mark.parametrize(
    "name",
    ["Equipo de Selección Andina", "Équipe Recrutement", "Equipe de RH Grupo Sol",
     "Recursos Humanos - Ferrovia Sul", "Ressources humaines", "Risorse Umane Bellini"],
)  # fmt: skip
def test_a_team_named_in_a_romance_language_is_a_group(name: str) -> None:
    assert is_group_name(name)


@pytest.mark.parametrize("name", ["Equiano Okafor", "Quipo Mamani", "Humana Resende"])
def test_a_person_is_no_group(name: str) -> None:
    assert not is_group_name(name)


def test_a_team_greeted_as_a_team_when_it_signed_in_spanish() -> None:
    sender = "Equipo de Cocina <cocina@littleacorns.example>"
    reply = _outlook(
        "cocina@littleacorns.example", "Hello Kitchen team,", sender, "Equipo de Cocina"
    )
    assert found(reply, "wrong-recipient") == []


def test_a_person_greeted_when_only_a_spanish_team_signed_is_wrong() -> None:
    sender = "Equipo de Cocina <cocina@littleacorns.example>"
    reply = _outlook("cocina@littleacorns.example", "Dear Lucia,", sender, "Equipo de Cocina")
    assert found(reply, "wrong-recipient") == ["Dear Lucia,"]


# --- "Beto" ----------------------------------------------------------------------------------


@pytest.mark.parametrize("name", ["roberto", "alberto", "humberto", "norberto", "gilberto"])
def test_beto_is_a_pet_form_of_the_names_in_berto(name: str) -> None:
    assert is_pet_form_of("beto", {name})


@pytest.mark.parametrize("name", ["bernardo", "benito", "betania"])
def test_beto_is_no_pet_form_of_other_names(name: str) -> None:
    assert not is_pet_form_of("beto", {name})


def test_beto_greets_alberto_beside_his_co_signer() -> None:
    reply = (
        '---\nto: ["Alberto Nuñez <anunez@cocina.example>", "Carmen Ruiz <cruiz@cocina.example>"]\n'
        'rejection:\n  from: ["Alberto Nuñez <anunez@cocina.example>", '
        '"Carmen Ruiz <cruiz@cocina.example>"]\n  company: Cocina Abierta\n---\n'
        "Hi Beto and Carmen,\n\nThank you both for the tasting and for your time.\n\n"
        "Best,\nLena Park\n"
    )
    assert found(reply, "wrong-recipient", "reply.md") == []
    stranger = reply.replace("Hi Beto and Carmen", "Hi Beto and Marisa")
    assert found(stranger, "wrong-recipient", "reply.md") == ["Hi Beto and Marisa,"]


# --- one title of the other gender than the signer's stated one ------------------------------


@pytest.mark.parametrize(
    ("greeting", "sign_off", "flagged"),
    [
        ("Respected Sir,", "Mrs. Grace Boateng", True),
        ("Dear Sir,", "Ms Grace Boateng", True),
        ("Good morning Ma,", "Mr. Samuel Asante", True),
        ("Dear Madam,", "Samuel Asante (he/him)", True),
        ("Respected Madam,", "Mrs. Grace Boateng", False),
        ("Dear Ma'am,", "Ms Grace Boateng", False),
        ("Good morning Sir,", "Mr. Samuel Asante", False),
        # nothing in the thread says how the signer is addressed: the title may be theirs
        ("Respected Sir,", "Grace Boateng", False),
        ("Dear Madam,", "Samuel Asante", False),
    ],
)
def test_a_title_of_the_other_gender_than_the_signers_stated_one_greets_nobody(
    greeting: str, sign_off: str, flagged: bool
) -> None:
    sender = f"{sign_off.split('(')[0].split('.')[-1].strip()} <manager@littleacorns.example>"
    reply = _outlook("manager@littleacorns.example", greeting, sender, sign_off)
    assert found(reply, "wrong-recipient") == ([greeting] if flagged else [])


# --- Brazil's Outlook block ------------------------------------------------------------------


@pytest.mark.parametrize(
    "sent",
    ["Enviado em: sexta-feira, 30 de maio de 2025 10:00",
     "Enviada em: sexta-feira, 30 de maio de 2025 10:00"],
)  # fmt: skip
def test_brazils_outlook_block_dates_the_rejection(sent: str) -> None:
    reply = _outlook("Grace Boateng <grace@littleacorns.example>", "Dear Grace,",
                     "Grace Boateng <grace@littleacorns.example>", "Grace Boateng", sent)  # fmt: skip
    reply = reply.replace("From: Grace", "De: Grace").replace("\nTo: kofi", "\nPara: kofi")
    assert len(found(reply, "late-reply")) == 1
    within = reply.replace("30 de maio", "2 de junho")
    assert found(within, "late-reply") == []
