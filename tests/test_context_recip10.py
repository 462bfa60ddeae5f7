"""wrong-recipient: titles of respect and of the clergy that greet the signer.

Nigerian English greets a woman as "Ma" ("Good morning Ma,"); South Asian, Filipino and
Malaysian English put "Sir" or "Madam" before or after the name ("Dear Bala sir,", "Dear
Sir JR,"), which greets that person, not nobody in particular; a name gone by in brackets
may be spelt like a suffix ("(JR)"); and churches greet their clergy and members by
"Canon", "Monsignor", "Elder", "Sis." or "Bro.". Someone else greeted so stays flagged.
"""

from __future__ import annotations

import pytest
from contexthelp import found
from replylint.custom._people import name_words


def _reply(greeting: str, *signers: tuple[str, str]) -> list[str]:
    """Return the wrong-recipient findings of a reply greeting ``greeting`` to ``signers``.

    Each signer is a name and its address, both written to and signing the rejection.
    """
    people = ", ".join(f'"{name} <{address}>"' for name, address in signers)
    reply = (
        f"---\nto: [{people}]\nrejection:\n  from: [{people}]\n  company: Firm\n---\n"
        f"{greeting}\n\nThank you for letting me know.\n\nKind regards,\nTomas Lindqvist\n"
    )
    return found(reply, "wrong-recipient", "reply.md")


_ADAEZE = ("Mrs. Adaeze Okonkwo", "adaeze.okonkwo@firm.example")
_BALA = ("Dr. Balasubramanian Iyer", "b.iyer@firm.example")
_JR = ("Juan Rafael Cruz (JR)", "jr.cruz@firm.example")
_WHITFIELD = ("Canon Hugh Whitfield", "hugh.whitfield@firm.example")
_KEANE = ("Msgr. Brendan Keane", "brendan.keane@firm.example")
_REED = ("Rev. Marcus Reed", "marcus.reed@firm.example")
_OKAFOR = ("Sis. Ngozi Okafor", "ngozi.okafor@firm.example")
_MENSAH = ("Kwabena Mensah", "kwabena.mensah@firm.example")


@pytest.mark.parametrize(
    ("greeting", "signers"),
    [
        ("Good morning Ma,", (_ADAEZE,)),
        ("Dear Ma,", (_ADAEZE,)),
        ("Dear Bala sir,", (_BALA,)),
        ("Respected Bala Sir,", (_BALA,)),
        ("Dear Sir Bala,", (_BALA,)),
        ("Dear Madam Ada,", (_ADAEZE,)),
        ("Dear Sir JR,", (_JR,)),
        ("Dear Canon Whitfield,", (_WHITFIELD,)),
        ("Dear Monsignor Keane,", (_KEANE,)),
        ("Dear Msgr. Keane,", (_KEANE,)),
        ("Dear Pastor Reed and Sis. Okafor,", (_REED, _OKAFOR)),
        ("Dear Elder Mensah,", (_MENSAH,)),
        ("Dear Bro. Kwabena,", (_MENSAH,)),
        ("Dear Archdeacon Whitfield,", (_WHITFIELD,)),
    ],
)
def test_the_signer_greeted_with_a_title_is_not_flagged(greeting, signers) -> None:
    assert _reply(greeting, *signers) == []


@pytest.mark.parametrize(
    ("greeting", "signers"),
    [
        # a name after "Ma" is no title alone, and a title beside another name greets them
        ("Dear Ma Lin,", (_ADAEZE,)),
        ("Dear Ravi sir,", (_BALA,)),
        ("Dear Sir TJ,", (_JR,)),
        ("Dear Madam Chioma,", (_ADAEZE,)),
        # two titles, or a title beside a group, still greet nobody in particular
        ("Dear Sir or Madam,", (_BALA,)),
        ("Dear Sir/Madam,", (_BALA,)),
        ("Dear Canon Hale,", (_WHITFIELD,)),
        ("Dear Monsignor Byrne,", (_KEANE,)),
        ("Dear Pastor Reed and Sis. Adebayo,", (_REED, _OKAFOR)),
        ("Dear Elder Boateng,", (_MENSAH,)),
        # a church title alone, which is a word too, is no one's name
        ("Dear Elder,", (_MENSAH,)),
    ],
)
def test_someone_else_greeted_with_a_title_is_flagged(greeting, signers) -> None:
    assert _reply(greeting, *signers) == [greeting]


def test_a_name_gone_by_in_brackets_spelt_like_a_suffix_is_a_name() -> None:
    assert "jr" in name_words("Juan Rafael Cruz (JR)")
    assert "jr" not in name_words("Juan Rafael Cruz Jr.")
