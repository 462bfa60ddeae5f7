"""wrong-recipient: pet forms and shared mailboxes of the blind sets (context165-170).

A Polish pet form of the signer's given name ("Kasia" of Katarzyna) greets the signer, and
so does the one word they signed above a mail client's signature that holds their full
name past its "-- " line. A shared mailbox named in French, Spanish or Catalan
("recrutement@", "hola@") is no person; a signer styled "The Ven." or "The Rt Revd" is a
person, not a team; and a rejection quoted under a Catalan attribution ("... va
escriure:") is read for who signed it.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from contexthelp import found
from replylint.custom._people import is_group_name
from replylint.sources import attribution

_HERE = Path(__file__).parent


def _letter(name: str) -> list[str]:
    """Return the wrong-recipient findings of a labeled letter under tests/."""
    path = _HERE / name
    return found(path.read_text(encoding="utf-8"), "wrong-recipient", path.name)


def test_the_labeled_letters() -> None:
    assert _letter("context165/pl-salon-thunderbird-qp-nickname-greeting-clean.eml") == []
    assert _letter("context169/manila-writer-gdansk-employer-kasia-just-under-24h.md") == []
    assert _letter("context166/es-bcn-coworking-catalan-nested-quote-hola-mailbox.eml") == [
        "hola@espaigracia.com"
    ]
    assert _letter(
        "context169/casablanca-french-outlook-noreply-sender-replied-to-generic-inbox.eml"
    ) == ["recrutement@anfacontact.ma"]
    assert _letter("context170/anglican-diocese-ososa-sarcastic-cc-bishops-office.md") == [
        "bishopscourt@ososaanglican.org"
    ]


def _reply(greeting: str, signer: str, to: str = "", cc: str = "", team: str = "") -> str:
    """Return a front-matter reply greeting ``greeting`` to a rejection ``signer`` signed.

    ``team`` is the team's name and address the rejection came from, when there is one.
    """
    to = to or signer
    copied = f'"{cc}"' if cc else ""
    team = f'"{team}", ' if team else ""
    return (
        f'---\nto: ["{to}"]\ncc: [{copied}]\n'
        f'rejection:\n  from: [{team}"{signer}"]\n  company: Wisla Logistics\n---\n'
        f"{greeting}\n\nThank you for the interview and for your time.\n\n"
        "Best wishes,\nDana Ocampo\n"
    )


# --- a Polish pet form of the signer's given name -------------------------------------------


@pytest.mark.parametrize(
    ("greeting", "signer"),
    [
        ("Hi Basia,", "Barbara Lis <barbara.lis@wisla.example>"),
        ("Dear Zosia,", "Zofia Kmieć <z.kmiec@wisla.example>"),
        ("Hello Krysia,", "Krystyna Bąk <k.bak@wisla.example>"),
    ],
)
def test_a_polish_pet_form_greets_the_signer(greeting: str, signer: str) -> None:
    assert found(_reply(greeting, signer), "wrong-recipient", "reply.md") == []


@pytest.mark.parametrize(
    ("greeting", "signer"),
    [
        ("Hi Magda,", "Barbara Lis <barbara.lis@wisla.example>"),
        ("Dear Basia,", "Zofia Kmieć <z.kmiec@wisla.example>"),
    ],
)
def test_another_name_is_still_flagged(greeting: str, signer: str) -> None:
    assert found(_reply(greeting, signer), "wrong-recipient", "reply.md") == [greeting]


# --- the name signed above a mail client's signature ----------------------------------------


def _thunderbird(greeting: str, dashes: str) -> str:
    """Return a reply greeting ``greeting``; the rejection is signed "Ola" above a signature."""
    return (
        "From: Dana Ocampo <dana@example.org>\n"
        "To: Aleksandra Wrona <a.wrona@wisla.example>\n"
        "Subject: Re: Dispatcher\nDate: Fri, 6 Mar 2026 09:00:00 +0100\n"
        'Content-Type: text/plain; charset="utf-8"\n\n'
        f"{greeting}\n\nThank you for the interview and for showing me the depot.\n\n"
        "Best wishes,\nDana\n\n"
        "W dniu 5.03.2026 o 16:00, Aleksandra Wrona pisze:\n"
        "> Dear Dana,\n>\n> We have offered the role to another candidate.\n>\n"
        f"> Pozdrawiam serdecznie,\n> Ola\n>\n> {dashes}\n> Aleksandra Wrona\n> Kierownik | Wisla Logistics\n"
    )


@pytest.mark.parametrize("dashes", ["-- ", "--"])
def test_the_name_signed_above_the_signature_greets_the_signer(dashes: str) -> None:
    assert found(_thunderbird("Dear Ola,", dashes), "wrong-recipient") == []


def test_another_name_above_the_signature_is_flagged() -> None:
    assert found(_thunderbird("Dear Ewa,", "-- "), "wrong-recipient") == ["Dear Ewa,"]


# --- shared mailboxes in other languages ------------------------------------------------------


@pytest.mark.parametrize(
    ("mailbox", "team"),
    [("recrutement", "Recrutement"), ("rrhh", "RRHH"), ("emploi", "Emploi"), ("hola", "Hola")],
)
def test_a_shared_mailbox_in_another_language_is_flagged(mailbox: str, team: str) -> None:
    # NOTE: the rejection came from a no-reply address under the team's name, which the
    # mailbox's name spells: a shared mailbox all the same, as a named person signed
    signer = "Barbara Lis <barbara.lis@wisla.example>"
    sent = f"Wisla Logistics - {team} <no-reply@wisla.example>"
    address = f"{mailbox}@wisla.example"
    reply = _reply("Dear Ms. Lis,", signer, to=address, team=sent)
    assert found(reply, "wrong-recipient", "reply.md") == [address]


def test_the_signers_own_mailbox_is_not() -> None:
    reply = _reply("Dear Ms. Lis,", "Barbara Lis <barbara.lis@wisla.example>")
    assert found(reply, "wrong-recipient", "reply.md") == []


# --- a style of respect written with "The" -------------------------------------------------


@pytest.mark.parametrize(
    "name",
    ["The Ven. Ada Obi", "The Rt Revd John Hale", "The Very Rev. Ann Lee", "The Hon. Tom Ray"],
)
def test_a_style_with_the_is_a_person(name: str) -> None:
    assert not is_group_name(name)


@pytest.mark.parametrize("name", ["The Recruitment Team", "The Honey Shop", "The Very Best Co"])
def test_a_name_opening_with_the_is_still_a_group(name: str) -> None:
    assert is_group_name(name)


def test_an_office_copied_past_a_styled_signer_is_flagged() -> None:
    signer = "The Ven. Ada Obi <ada.obi@diocese.example>"
    reply = _reply("Dear Ven. Obi,", signer, cc="registry@diocese.example")
    assert found(reply, "wrong-recipient", "reply.md") == ["registry@diocese.example"]


# --- a Catalan attribution ------------------------------------------------------------------


def test_a_catalan_attribution_gives_the_sender_and_the_date() -> None:
    line = "El dl., 9 de març 2026 a les 18:30, Jordi Roca (<jordi@cowork.example>) va escriure:\n"
    found_line = attribution.find(line, 0, len(line))
    assert found_line is not None and found_line.sender is not None
    assert found_line.sender.name == "Jordi Roca"
    assert found_line.when is not None and (found_line.when.month, found_line.when.day) == (3, 9)
