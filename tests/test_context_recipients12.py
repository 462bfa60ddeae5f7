"""wrong-recipient: a sign-off "on behalf of" someone, a committee greeted beside a signer,
and a German academic title in capitals ("PD Dr. med.") before a name."""

from __future__ import annotations

import pytest
from contexthelp import found


def _reply(greeting: str, to: str, sign_off: str, sender: str) -> str:
    """Return a reply greeted with ``greeting``, sent ``to``, quoting a rejection signed ``sign_off``."""
    return (
        "From: Jonas Weber <jonas.weber@mail.example>\n"
        f"To: {to}\n"
        "Date: Tue, 17 Feb 2026 10:00:00 +0100\n"
        "Subject: Re: Your application\n\n"
        f"{greeting}\n\n"
        "Thank you for letting me know. I accept the decision and would value any feedback.\n\n"
        "Kind regards,\nJonas Weber\n\n"
        f"On Mon, 16 Feb 2026 at 17:00, {sender} wrote:\n"
        "> Dear Jonas,\n>\n"
        "> We regret that we will not be moving ahead with your application.\n>\n"
        "> Best wishes,\n" + "".join(f"> {line}\n" for line in sign_off.splitlines())
    )


# --- "on behalf of" a named person: they gave the news as well ----------------------------

_FOR_HEAD = "Aileen Shaw, HR Advisor\non behalf of Dr. Colm Brady, Director of Nursing"
_SHAW = "Aileen Shaw <aileen.shaw@stmarks.example>"
_BRADY = "Dr. Colm Brady <colm.brady@stmarks.example>"


@pytest.mark.parametrize("greeting", ["Dear Dr. Brady and Aileen,", "Dear Dr Brady,"])
def test_the_person_written_for_is_a_right_recipient(greeting) -> None:
    reply = _reply(greeting, f"{_BRADY}, {_SHAW}", _FOR_HEAD, _SHAW)
    assert found(reply, "wrong-recipient") == []


def test_someone_else_is_still_flagged_beside_a_sign_off_on_behalf() -> None:
    reply = _reply("Dear Dr. Walsh,", _SHAW, _FOR_HEAD, _SHAW)
    assert found(reply, "wrong-recipient") == ["Dear Dr. Walsh,"]


# --- a committee or panel greeted after the signer: only the person is checked -------------

_KIM = "Hana Kim <hana.kim@institute.example>"


@pytest.mark.parametrize(
    "greeting",
    ["Dear Dr. Kim and the Halden Institute selection committee,",
     "Dear Hana and the interview panel,", "Dear Dr Kim and the Search Committee,"],
)  # fmt: skip
def test_a_committee_beside_the_signer_is_not_flagged(greeting) -> None:
    reply = _reply(greeting, _KIM, "Dr. Hana Kim\nPrincipal Investigator", _KIM)
    assert found(reply, "wrong-recipient") == []


def test_a_committee_beside_a_stranger_is_flagged() -> None:
    greeting = "Dear Dr. Lund and the selection committee,"
    reply = _reply(greeting, _KIM, "Dr. Hana Kim\nPrincipal Investigator", _KIM)
    assert found(reply, "wrong-recipient") == [greeting]


# --- "PD" (Privatdozent) before "Dr. med.": a title, not a family name in capitals ---------

_PD = "Reto Huber <reto.huber@klinik.example>"


@pytest.mark.parametrize("greeting", ["Dear Dr. Huber,", "Sehr geehrter Herr Huber,"])
def test_a_title_in_capitals_is_no_family_name(greeting) -> None:
    reply = _reply(greeting, _PD, "PD Dr. med. Reto Huber\nKlinik Seefeld, Zürich", _PD)
    assert found(reply, "wrong-recipient") == []


def test_a_title_before_a_surname_first_given_name_is_still_flagged() -> None:
    signer = "NAGY Katalin <katalin.nagy@klinik.example>"
    reply = _reply("Dear Ms. Katalin,", signer, "NAGY Katalin\nHR Manager", signer)
    assert found(reply, "wrong-recipient") == ["Dear Ms. Katalin,"]
