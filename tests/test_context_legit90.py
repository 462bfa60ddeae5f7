"""wrong-recipient and wrong-company: a pet form, an English board, a funder, a society's meeting.

Cases from the blind sets tests/context91 and tests/context92, each with new wordings:
"Hi Kate" greets Katherine by her name's first syllable and a pet ending (but "Jane" is
not Janet); "Dear Editorial Board" greets the publisher's own board in English, no Spanish
publisher "Editorial X"; "an ERC-funded position" names a funder joined by a hyphen; and
"the X Society meeting in July" is an event one goes to. A pasted name beside each stays
flagged.
"""

from __future__ import annotations

import pytest
from contexthelp import found, replier
from test_context_relations56 import _letter


def _greeted(greeting: str, signer: str) -> list[str]:
    """Return the wrong-recipient findings of a reply opening ``greeting`` to ``signer``."""
    reply = (
        f"---\nto: [{signer} <{signer.split()[0].lower()}@northgate.example>]\nrejection:\n"
        f"  from: [{signer} <{signer.split()[0].lower()}@northgate.example>]\n  company: Northgate Mobile\n---\n"
        f"{greeting}\n\nThank you for letting me know.\n\nKind regards,\nDev Malhotra\n"
    )
    return found(reply, "wrong-recipient", "reply.md")


#: The wrong-company findings of a sentence in a reply to a scientific publisher.
_press = replier(
    "Everard Scientific Press", "Kwame Mensah", "k.mensah@everardpress.example", "Harriet Coyle"
)


@pytest.mark.parametrize(
    ("path", "name"),
    [
        ("context92/copy-editor-journal-demands-reason-late.md", "Editorial Board"),
        ("context92/immunology-postdoc-rambling-too-long.md", "ERC"),
        ("context92/university-facility-manager-dean-hyphenated-wrong-uni.eml",
         "Royal Microscopical Society"),
    ],
)  # fmt: skip
def test_the_letters_no_longer_flag_the_name(path, name) -> None:
    assert name not in _letter(path)


def test_the_letters_keep_their_true_findings() -> None:
    assert _letter("context92/immunology-postdoc-rambling-too-long.md") == ["Fairbridge Institute"]
    assert _letter("context92/university-facility-manager-dean-hyphenated-wrong-uni.eml") == [
        "Harcourt University"
    ]


def test_the_nickname_letter_greets_its_signer() -> None:
    from pathlib import Path

    path = Path(__file__).parent / "context91/mobile-store-terse-nickname-iphone.eml"
    assert found(path.read_text(encoding="utf-8"), "wrong-recipient", path.name) == []


@pytest.mark.parametrize(
    ("greeting", "signer"),
    [
        ("Hi Kate,", "Katherine Mwangi"),
        ("Hi Katie,", "Katherine Mwangi"),
        ("Hello Andy,", "Andrew Osei"),
        ("Dear Gabe,", "Gabriel Ruiz"),
        ("Hi Nate,", "Nathan Brooks"),
    ],
)
def test_a_first_syllable_with_a_pet_ending_greets_the_signer(greeting, signer) -> None:
    assert _greeted(greeting, signer) == []


@pytest.mark.parametrize(
    ("greeting", "signer"),
    [
        ("Dear Jane,", "Janet Hollis"),
        ("Dear Dane,", "Daniel Price"),
        ("Dear Marie,", "Mariana Costa"),
    ],
)
def test_a_name_going_on_with_a_vowel_is_another_name(greeting, signer) -> None:
    assert _greeted(greeting, signer) == [greeting]


@pytest.mark.parametrize(
    "sentence",
    [
        "Please thank the Editorial Board for reading my test so carefully.",
        "I am applying for a Wellcome-funded fellowship next year.",
        "I am applying for a Halden Trust-sponsored post next spring.",
        "Perhaps we will meet at the British Ecological Society meeting in December.",
        "I hope to see you at the Linnean Society meetings next year.",
    ],
)
def test_a_board_a_funder_or_a_meeting_is_not_the_firm(sentence) -> None:
    assert _press(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("I hope Editorial Planeta keeps me in mind for future roles.", "Editorial Planeta"),
        ("I would still love to be part of the Halden Trust one day.", "Halden Trust"),
        ("I wish everyone at the British Ecological Society every success.",
         "British Ecological Society"),
    ],
)  # fmt: skip
def test_a_pasted_name_beside_stays_flagged(sentence, name) -> None:
    assert _press(sentence) == [name]
