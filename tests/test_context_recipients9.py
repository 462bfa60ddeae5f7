"""wrong-recipient: other spellings of the signer's name, greeting words of other languages."""

from __future__ import annotations

import pytest
from replylint import lint_text
from test_context_names import _front, recipient


def _messages(greeting: str, signer: str) -> list[str]:
    """Return the wrong-recipient messages of a greeting to ``signer``'s rejection."""
    letter = f"{_front(signers=(signer,))}{greeting}\n\nThank you for your time.\n"
    return [f.message for f in lint_text(letter, path="reply.md", select=("wrong-recipient",),
                                         model="blank")]  # fmt: skip


# --- another spelling of the signer's own name is a misspelling, not another person --------


@pytest.mark.parametrize(
    ("greeting", "signer", "spelt"),
    [
        ("Dear Margaret,", "Marguerite Fontaine <marguerite@lumiere.fr>", "Marguerite"),
        ("Dear Mohammed,", "Muhammad Iqbal <m.iqbal@example.pk>", "Muhammad"),
        ("Dear Sofia,", "Sophia Lane <sophia@example.com>", "Sophia"),
        ("Hi Stephen,", "Steven Marsh <steven@example.com>", "Steven"),
        ("Dear Sean,", "Shaun Doyle <shaun@example.ie>", "Shaun"),
        ("Dear Michael,", "Mikhail Petrov <mikhail@example.com>", "Mikhail"),
        ("Dear Jeffrey,", "Geoffrey Hale <geoffrey@example.co.uk>", "Geoffrey"),
        # the signer's spelling as they write it, accent and all
        ("Dear Zoey,", "Zoë Lane <zoe@example.com>", "Zoë"),
    ],
)
def test_another_spelling_of_the_signers_given_name_is_a_misspelling(greeting, signer, spelt):
    assert _messages(greeting, signer) == [
        f"Wrong recipient: '{greeting.split()[1].rstrip(',')}' looks like a misspelling of "
        f"'{spelt}'."
    ]


def test_a_first_line_of_another_spelling_alone_is_a_misspelling_too() -> None:
    assert recipient("Margaret,", ("Marguerite Fontaine <marguerite@lumiere.fr>",)) == ["Margaret,"]


@pytest.mark.parametrize(
    ("greeting", "signer"),
    [
        ("Dear Hannah,", "Margaret Lane <margaret@example.com>"),
        ("Dear Ella,", "Ali Hassan <ali@example.com>"),
        ("Hi Kim,", "Tim Baker <tim@example.com>"),
        ("Hi Mark,", "Mike Rowe <mike@example.com>"),
    ],
)
def test_a_clearly_different_name_is_still_someone_who_did_not_sign(greeting, signer) -> None:
    assert [m for m in _messages(greeting, signer) if "did not sign the rejection" in m]


@pytest.mark.parametrize(
    ("greeting", "signer"),
    [
        ("Hi Kath,", "Katherine Moss <katherine@example.com>"),
        ("Hi Jen,", "Jennifer Okoro <jennifer@example.com>"),
        ("Dear Zoe,", "Zoë Lane <zoe@example.com>"),
        ("Dear Seun,", "Oluwaseun Adeyemi <seun.adeyemi@example.ng>"),
    ],
)
def test_short_forms_and_unaccented_spellings_of_the_signers_name_stay_fine(greeting, signer):
    assert recipient(greeting, (signer,)) == []


# --- a greeting word of another language is no name ---------------------------------------


@pytest.mark.parametrize(
    ("greeting", "signer"),
    [
        ("Moin Lars,", "Lars Petersen <lars@nordwerk.de>"),
        ("Moin moin Lars,", "Lars Petersen <lars@nordwerk.de>"),
        ("Moin, Lars,", "Lars Petersen <lars@nordwerk.de>"),
        ("Salam Yusuf,", "Yusuf Khan <yusuf@example.pk>"),
        ("Salaam Aisha,", "Aisha Malik <aisha@example.pk>"),
        ("Salam alaykum Yusuf,", "Yusuf Khan <yusuf@example.pk>"),
        ("Assalam-o-Alaikum Yusuf,", "Yusuf Khan <yusuf@example.pk>"),
        ("Wa alaikum salam Yusuf,", "Yusuf Khan <yusuf@example.pk>"),
        ("Selamat pagi Pak Budi,", "Budi Santoso <budi@example.co.id>"),
        ("Selamat petang Encik Ahmad,", "Ahmad Ismail <ahmad@example.com.my>"),
        ("Salam sejahtera Pak Budi,", "Budi Santoso <budi@example.co.id>"),
    ],
)
def test_a_greeting_word_of_another_language_is_not_read_as_a_name(greeting, signer) -> None:
    assert recipient(greeting, (signer,)) == []


def test_a_person_named_like_a_greeting_word_is_still_greeted_by_name() -> None:
    moin = ("Moin Khan <moin.khan@example.pk>",)
    assert recipient("Dear Moin,", moin) == []
    assert recipient("Salam Moin,", moin) == []
    aisha = ("Aisha Malik <aisha@example.pk>",)
    assert recipient("Dear Moin,", aisha) == ["Dear Moin,"]
    assert recipient("Salam Moin,", aisha) == ["Salam Moin,"]


@pytest.mark.parametrize(
    ("greeting", "signer"),
    [
        ("Moin moin Hannah,", "Lars Petersen <lars@nordwerk.de>"),
        ("Moin, Hannah,", "Lars Petersen <lars@nordwerk.de>"),
        ("Asalam o alaikum Hannah,", "Yusuf Khan <yusuf@example.pk>"),
        ("Walaikum salam Hannah,", "Yusuf Khan <yusuf@example.pk>"),
        ("Selamat petang Encik Hannah,", "Ahmad Ismail <ahmad@example.com.my>"),
    ],
)
def test_someone_else_greeted_after_such_a_greeting_word_is_still_flagged(greeting, signer):
    assert recipient(greeting, (signer,)) == [greeting]


def test_a_greeting_word_then_a_comma_and_a_sentence_greets_nobody() -> None:
    assert recipient("Salam, thanks for the news.", ("Yusuf Khan <yusuf@example.pk>",)) == []
