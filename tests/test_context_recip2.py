"""wrong-recipient: three readings left on context123 and context125.

A Russian greeting by given name and patronymic greets a signer whose romanised name keeps
the patronymic as a middle initial ("Dear Olga Petrovna," to Olga P. Sokolova); a partner
signing as "Name - Sócio ..." (Portuguese, Spanish, Italian for partner) signs, so copying
them is no wrong recipient; an Indian professional prefix in capitals ("CA Meera Iyer") is
a title, not a family name written first, so "Dear Ms. Iyer" greets her.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from contexthelp import found
from replylint.sources.signature import signature_context

_HERE = Path(__file__).parent


def _letter(name: str) -> list[str]:
    """Return the wrong-recipient findings of a labeled letter under tests/."""
    path = _HERE / name
    return found(path.read_text(encoding="utf-8"), "wrong-recipient", path.name)


def test_the_labeled_letters() -> None:
    assert _letter("context123/aktau-russian-client-pasted-kazakh-rival.eml") == []
    assert _letter("context125/brazil-audit-outlook-pt-two-signers-cc-interviewer.eml") == [
        "beatriz.tavares@lobocastanheira.com.br"
    ]
    assert _letter("context125/phone-call-india-ca-partner-clean.md") == []


def _reply(signer: str, address: str, greeting: str) -> str:
    """Return a front-matter reply greeting ``greeting`` to ``signer``, who signed the rejection."""
    return (
        f"---\nto: [{signer} <{address}>]\nrejection:\n  from: [{signer} <{address}>]\n---\n"
        f"{greeting}\n\nThank you for the interview and for your time.\n\n"
        "Kind regards,\nAnna Berg\n"
    )


def _greeted(signer: str, address: str, greeting: str) -> list[str]:
    return found(_reply(signer, address, greeting), "wrong-recipient", "reply.md")


# --- a given name and a patronymic ------------------------------------------------------------


@pytest.mark.parametrize(
    ("signer", "greeting"),
    [
        ("Olga P. Sokolova", "Dear Olga Petrovna,"),
        ("Dmitri A. Volkov", "Dear Dmitri Alekseyevich,"),
        ("Ruslan T. Akhmetov", "Dear Ruslan Timurovich,"),
    ],
)
def test_a_signers_given_name_and_patronymic_greets_them(signer: str, greeting: str) -> None:
    assert _greeted(signer, "x.y@example.ru", greeting) == []


@pytest.mark.parametrize(
    ("signer", "greeting"),
    [
        # another father's name than the initial the signer keeps
        ("Olga P. Sokolova", "Dear Olga Ivanovna,"),
        # a patronymic after another given name
        ("Dmitri A. Volkov", "Dear Pavel Alekseyevich,"),
    ],
)
def test_another_patronymic_is_still_flagged(signer: str, greeting: str) -> None:
    assert _greeted(signer, "x.y@example.ru", greeting) == [greeting]


# --- a partner signing as "Sócio" -------------------------------------------------------------


def test_a_partner_signing_as_socio_is_a_signer() -> None:
    block = (
        "Obrigado pelo seu interesse.\n\nAtenciosamente,\n\n"
        "Rui Alves Moreira – Sócio de Tributação\nMarta Pinto – Recursos Humanos\n"
        "Alves Moreira Consultores\n"
    )
    names = [p.name for p in signature_context(block).signers]
    assert names == ["Rui Alves Moreira", "Marta Pinto"]


def _outlook_reply(cc: str) -> str:
    """Return a reply to Marta, copying ``cc``, over a rejection Rui and Marta signed."""
    return (
        "From: Ana Lima <ana.lima@example.com>\nTo: Marta Pinto <marta.pinto@amc.example.pt>\n"
        f"Cc: {cc}\nSubject: RE: Consultor Sénior\nDate: Thu, 5 Mar 2026 09:00:00 +0000\n"
        'Content-Type: text/plain; charset="utf-8"\n\n'
        "Dear Marta,\n\nThank you for the interviews and for your time.\n\n"
        "Best regards,\nAna Lima\n\n"
        "De: Marta Pinto <marta.pinto@amc.example.pt>\nEnviado: quarta-feira, 4 de março de 2026 16:00\n"
        "Para: Ana Lima <ana.lima@example.com>\nCc: Rui Alves Moreira <rui.moreira@amc.example.pt>\n"
        "Assunto: Consultor Sénior\n\nOlá, Ana,\n\nDecidimos seguir com outro candidato.\n\n"
        "Atenciosamente,\n\nRui Alves Moreira – Sócio de Tributação\nMarta Pinto – Recursos Humanos\n"
        "Alves Moreira Consultores\n"
    )


def test_copying_the_partner_who_signed_is_right() -> None:
    reply = _outlook_reply("Rui Alves Moreira <rui.moreira@amc.example.pt>")
    assert found(reply, "wrong-recipient") == []


def test_copying_someone_who_did_not_sign_is_still_wrong() -> None:
    reply = _outlook_reply("Paulo Reis <paulo.reis@amc.example.pt>")
    assert found(reply, "wrong-recipient") == ["paulo.reis@amc.example.pt"]


# --- an Indian professional prefix ------------------------------------------------------------


@pytest.mark.parametrize(
    ("signer", "greeting"),
    [
        ("CA Meera Iyer", "Dear Ms. Iyer,"),
        ("CS Neha Jain", "Dear Ms. Jain,"),
        ("CMA Vikram Shetty", "Dear Mr. Shetty,"),
    ],
)
def test_a_professional_prefix_is_no_family_name(signer: str, greeting: str) -> None:
    assert _greeted(signer, "x.y@example.in", greeting) == []


def test_a_family_name_in_capitals_first_still_takes_its_title() -> None:
    assert _greeted("IYER Meera", "x.y@example.in", "Dear Ms. Meera,") == ["Dear Ms. Meera,"]
