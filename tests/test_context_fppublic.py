"""wrong-company: public bodies answered from abroad, as the blind set tests/context122 has them.

Four readings, each on new wordings with its flagged twin: the writer's current employer
said to go on ("as I continue at X"); a street named opening on its kind, as the Romance
languages write it ("the interview in Corso X"); a name the rejection writes after an
elided article ("presso l'Ospedale X"); and a recruitment title in French on a sign-off
line ("Cheffe du Service Recrutement"), which is no firm's name.
"""

from __future__ import annotations

import pytest
from contexthelp import company_reply, flagged, found
from replylint import lint_text
from replylint.sources import signature


def _grid(sentence: str) -> list[str]:
    """Return the findings of ``sentence`` in a reply to a power authority."""
    return flagged(company_reply(sentence, "Meridian Grid Authority", "Omar Haddad",
                                 "omar.haddad@meridiangrid.example", "Lina Saleh"))  # fmt: skip


def _broadcaster(sentence: str) -> list[str]:
    """Return the findings of ``sentence`` in a reply to a broadcaster."""
    return flagged(company_reply(sentence, "Radio Televisione Lombarda", "Marco Villa",
                                 "marco.villa@rtl.example", "Anna Conti"))  # fmt: skip


# --- the writer's current job going on ------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Any advice would help as I continue at Harbour Oil Company.",
        "Your advice will help while I carry on at Harbour Oil Company.",
    ],
)
def test_the_writer_going_on_at_a_firm_is_their_own_job(sentence: str) -> None:
    assert _grid(sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "I would love to continue at Harbour Oil Company.",
        "I hope to continue at Harbour Oil Company one day.",
    ],
)
def test_going_on_at_a_firm_wished_for_names_it(sentence: str) -> None:
    assert _grid(sentence) == ["Harbour Oil Company"]


# --- a street named opening on its kind -----------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Thank you for the interview in Corso Magenta and for your time.",
        "Thank you for the interview in Avenida Brasil and for your time.",
    ],
)
def test_an_interview_in_a_street_names_no_firm(sentence: str) -> None:
    assert _broadcaster(sentence) == []


def test_an_interview_in_a_firm_still_names_it() -> None:
    sentence = "Thank you for the interview in Castelli Media and for your time."
    assert _broadcaster(sentence) == ["Castelli Media"]


# --- a name the rejection writes after an elided article -------------------------------------


def _hospital_reply(sentence: str) -> str:
    """Return an email reply quoting an Italian rejection that names its hospital after "l'"."""
    return (
        "From: Rosa Lim <rosa.lim@example.com>\n"
        "To: Chiara Ferri <chiara.ferri@aslmilano9.example>\n"
        "Subject: Re: Esito selezione\n"
        "Date: Fri, 13 Mar 2026 09:00:00 +0100\n"
        'Content-Type: text/plain; charset="UTF-8"\n\n'
        f"Dear Dott.ssa Ferri,\n\n{sentence}\n\nBest regards,\nRosa Lim\n\n"
        "Il 12/03/2026 16:30, Chiara Ferri ha scritto:\n> Gentile Sig.ra Lim,\n>\n"
        "> la ringraziamo per aver partecipato alla selezione presso l'Ospedale San Gerardo\n"
        "> della ASL Milano 9.\n>\n"
        "> Dopo un'attenta valutazione, la commissione ha individuato un'altra candidata.\n>\n"
        "> Cordiali saluti,\n>\n> Chiara Ferri\n> Ufficio Personale\n> ASL Milano 9\n"
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "Thank you for showing me the wards at the Ospedale San Gerardo.",
        "I would love to join the Ospedale San Gerardo in the future.",
    ],
)
def test_the_hospital_the_rejection_names_after_an_article_is_the_employers(
    sentence: str,
) -> None:
    assert found(_hospital_reply(sentence), "wrong-company") == []


def test_another_hospital_stays_flagged() -> None:
    reply = _hospital_reply("I would love to join the Ospedale Niguarda in the future.")
    assert found(reply, "wrong-company") == ["Ospedale Niguarda"]


# --- a French recruitment title on a sign-off line --------------------------------------------


def _company(sign_off: str, domain: str) -> str | None:
    """Return the company read from a rejection ending on ``sign_off`` sent from ``domain``."""
    body = f"Monsieur,\n\nNous avons retenu un autre candidat.\n\nCordialement,\n{sign_off}\n"
    return signature.signature_context(body, (domain,)).company


@pytest.mark.parametrize(
    "title", ["Cheffe du Service Recrutement", "Ufficio Reclutamento", "Pôle Recrutement"]
)
def test_a_recruitment_title_in_another_language_is_not_the_company(title: str) -> None:
    sign_off = f"Awa Ndiaye\n{title}\n\nOffice Portuaire de Ziguinchor"
    assert _company(sign_off, "portzig.example") == "Office Portuaire de Ziguinchor"


def _port_reply(sentence: str) -> str:
    """Return an email reply quoting a French rejection signed under a recruitment title."""
    return (
        "From: Ibou Faye <ibou.faye@example.com>\n"
        "To: Awa Ndiaye <awa.ndiaye@portzig.example>\n"
        "Subject: Re: Recrutement - Pilote\n"
        "Date: Wed, 18 Mar 2026 09:15:00 +0000\n"
        'Content-Type: text/plain; charset="UTF-8"\n\n'
        f"Dear Ms Ndiaye,\n\nThank you for the interview. {sentence}\n\nBest regards,\nIbou Faye\n\n"
        "Le mar. 17 mars 2026 à 10:20, Awa Ndiaye <awa.ndiaye@portzig.example> a écrit :\n"
        "> Monsieur Faye,\n>\n> Le comité a retenu un autre candidat.\n>\n"
        "> Veuillez agréer, Monsieur, nos salutations distinguées.\n>\n"
        "> Awa Ndiaye\n> Cheffe du Service Recrutement\n>\n> Office Portuaire de Ziguinchor\n"
    )


def test_another_ports_initials_are_told_from_the_port_not_the_title() -> None:
    reply = _port_reply("I hope to be a stronger candidate for a future opening at PAK.")
    findings = lint_text(reply, path="reply.eml", select=("wrong-company",), model="blank")
    assert [f.text for f in findings] == ["PAK"]
    assert "Office Portuaire de Ziguinchor" in findings[0].message
