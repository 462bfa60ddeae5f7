"""wrong-recipient: a panel member named in a note, and a nickname inside the signed name.

Cases from the blind set tests/context94, each with new wordings: a note of the front
matter that puts someone on the interview panel ("Detective Maria Ruiz sat on the
interview panel") says they interviewed, not that they called or signed, so a reply
copied to them goes to someone who did not give the news (a note that says they signed
still makes them a signer); and a signature that gives the name gone by inside the full
one ("Natasha (Tasha) Morgan", 'Robert "Bobby" Chan') lets the greeting use it, while
another name is still someone who did not sign.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from contexthelp import found

_SETS = Path(__file__).parent


def _letter(name: str) -> list[str]:
    """Return the wrong-recipient findings of a letter of the labeled sets."""
    path = _SETS / name
    return found(path.read_text(encoding="utf-8"), "wrong-recipient", path.name)


def _copied(note: str) -> list[str]:
    """Return the findings of a reply to a phone call, copied to the person a note names."""
    reply = (
        "---\nto: [Sam Okonkwo <sam.okonkwo@harbourside.example>]\n"
        "cc: [Lena Park <lena.park@harbourside.example>]\nrejection:\n"
        "  via: phone\n  from: [Sam Okonkwo <sam.okonkwo@harbourside.example>]\n"
        f'  company: Harbourside Council\n  notes: "{note}"\n---\n'
        "Dear Sam,\n\nThank you for calling me yesterday.\n\nKind regards,\nIfe Adeyemi\n"
    )
    return found(reply, "wrong-recipient", "reply.md")


def _greeted(greeting: str, signature: str) -> list[str]:
    """Return the findings of ``greeting`` to two signers, one named in ``signature``."""
    reply = (
        "---\nto: [Robert Chan <robert.chan@northgate.example>, Amira Haddad "
        "<amira.haddad@northgate.example>]\nrejection:\n"
        "  from: [Robert Chan <robert.chan@northgate.example>, Amira Haddad "
        "<amira.haddad@northgate.example>]\n  company: Northgate Transit\n"
        f"  signature: '{signature}; Amira Haddad, Operations Lead'\n---\n"
        f"{greeting}\n\nThank you both for the interview.\n\nBest,\nDev Malhotra\n"
    )
    return found(reply, "wrong-recipient", "reply.md")


def test_the_panel_letter_flags_the_copied_detective() -> None:
    assert _letter("context94/chicago-pd-phone-call-cc-detective.md") == [
        "Maria Ruiz <maria.ruiz@chicagopolice.org>"
    ]


def test_the_nickname_letter_greets_its_signers() -> None:
    assert _letter("context94/maryland-emergency-two-signers-nickname.md") == []


@pytest.mark.parametrize(
    "note",
    [
        "Lena Park sat on the interview panel",
        "Lena Park was one of the panellists.",
        "Sam rang on Tuesday. Lena Park interviewed me in the first round.",
    ],
)
def test_a_panel_member_copied_is_flagged(note) -> None:
    assert _copied(note) == ["Lena Park <lena.park@harbourside.example>"]


@pytest.mark.parametrize(
    "note",
    [
        "Lena Park signed the follow-up email",
        "Lena Park from the interview panel called as well",
        "Lena Park also took part in the call",
    ],
)
def test_a_note_saying_they_gave_the_news_is_not_flagged(note) -> None:
    assert _copied(note) == []


@pytest.mark.parametrize(
    ("greeting", "signature"),
    [
        ("Hi Bobby and Amira,", "Robert (Bobby) Chan, Depot Manager"),
        ("Hi Rob and Amira,", 'Robert "Rob" Chan, Depot Manager'),
        ("Hello Robbie and Amira,", "Robert (Robbie) Chan"),
    ],
)
def test_a_nickname_inside_the_signed_name_is_the_signer(greeting, signature) -> None:
    assert _greeted(greeting, signature) == []


@pytest.mark.parametrize(
    ("greeting", "signature"),
    [
        ("Hi Robbie and Amira,", "Robert (Bobby) Chan, Depot Manager"),
        ("Hi Marcus and Amira,", "Robert (Bobby) Chan"),
        ("Hi Robbie and Amira,", "Robert Chan (Depot Manager)"),
    ],
)
def test_another_name_than_the_one_gone_by_is_flagged(greeting, signature) -> None:
    assert _greeted(greeting, signature) == [greeting]
