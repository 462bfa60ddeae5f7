"""wrong-recipient: a Gaelic name spelt the English way, "Doc" and Filipino pet forms, two signers.

A name line that spells a signer's Gaelic "sd" as "st" ("Alistair," to Alasdair) misspells
it; "Doc" before a name is a title, as Philippine English greets a doctor or a vet, and
"Paeng" is Rafael; and a sign-off line of two signers, one of them with the name he goes by
in quotes inside his own, names both.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from contexthelp import found
from replylint.custom._people import misspelt
from replylint.sources.signature import signature_context
from replylint.sources.signer_names import names_line

_HERE = Path(__file__).parent


def _letter(name: str) -> list[str]:
    """Return the wrong-recipient findings of a labeled letter under tests/."""
    path = _HERE / name
    return found(path.read_text(encoding="utf-8"), "wrong-recipient", path.name)


def test_the_labeled_letters() -> None:
    assert _letter("context159/buchan-deep-sea-gmail-rude-mate-misspelt-signer.eml") == [
        "Alistair,"
    ]
    assert _letter("context159/minch-creel-fleet-thunderbird-two-signers-late-15min.eml") == []
    assert _letter("context162/vet-ph-template-curly-slot-xxx-date-pasted-clinic.md") == []


def _front(signer: str, greeting: str) -> str:
    """Return a front-matter reply greeting ``greeting`` to a rejection ``signer`` signed."""
    address = f"{signer.split()[-1].lower()}@harbourvet.example"
    return (
        f"---\nto: [{signer} <{address}>]\nrejection:\n  from: [{signer} <{address}>]\n"
        f"  company: Harbour Vets\n---\n{greeting}\n\nThank you for the interview.\n\n"
        "Kind regards,\nLeni Ocampo\n"
    )


def _recipient(signer: str, greeting: str) -> list[str]:
    return found(_front(signer, greeting), "wrong-recipient", "reply.md")


# --- a Gaelic "sd" spelt the English way ------------------------------------------------------


def test_st_for_a_gaelic_sd_is_another_spelling_of_the_name() -> None:
    assert misspelt("alistair", {"alasdair", "ferguson"}) == "alasdair"
    assert misspelt("alastair", {"alasdair"}) == "alasdair"


@pytest.mark.parametrize("line", ["Alistair,", "Alastair,"])
def test_a_name_line_spelling_the_signers_sd_as_st_is_a_misspelling(line: str) -> None:
    assert _recipient("Alasdair Ferguson", line) == [line]


@pytest.mark.parametrize("line", ["Alasdair,", "Hi Alasdair,", "Dear Mr Ferguson,"])
def test_the_signers_own_spelling_is_right(line: str) -> None:
    assert _recipient("Alasdair Ferguson", line) == []


def test_another_name_line_is_no_greeting_of_a_misspelt_signer() -> None:
    assert _recipient("Alasdair Ferguson", "Understood,") == []


# --- "Doc" before a name, and a Filipino pet form ---------------------------------------------


@pytest.mark.parametrize("greeting", ["Dear Doc Rafael,", "Hi Doc Santos,", "Dear Doc Paeng,"])
def test_doc_before_the_signers_name_or_pet_form_greets_them(greeting: str) -> None:
    assert _recipient("Dr Rafael Santos", greeting) == []


def test_charo_is_rosario() -> None:
    assert _recipient("Rosario Lim", "Hi Charo,") == []


@pytest.mark.parametrize("greeting", ["Dear Doc Miguel,", "Hi Paeng,", "Hi Charo,"])
def test_doc_before_another_name_or_anothers_pet_form_is_still_flagged(greeting: str) -> None:
    assert _recipient("Dr Tomas Santos", greeting) == [greeting]


# --- two signers on one line, one with the name he goes by in quotes --------------------------


def test_a_quoted_name_gone_by_inside_a_second_signers_name_is_no_word_of_a_third() -> None:
    line = 'Moira Bain (Office Manager) and Angus "Aonghas" Reid (Skipper)'
    assert names_line(line) == ["Moira Bain", "Angus Reid"]
    block = f"Dear Leni,\n\nWe went another way.\n\nBest wishes,\n{line}\nKyle Boats Ltd\n"
    signers = [p.name for p in signature_context(block, ("kyleboats.example",)).signers]
    assert signers == ["Moira Bain", "Angus Reid"]


def test_a_quoted_word_that_is_no_name_gone_by_stays() -> None:
    assert names_line('Moira Bain and the "Kyle" crew') == []


def _reply_to_two(to: str) -> str:
    return (
        "From: Leni Ocampo <leni@example.com>\n"
        f"To: Moira Bain <moira@kyleboats.example>, {to}\n"
        "Subject: Re: Deckhand\nDate: Tue, 3 Mar 2026 10:00:00 +0000\n\n"
        "Dear Moira and Angus,\n\nThank you both for the day on the boat.\n\nBest,\nLeni\n\n"
        "On Mon, 2 Mar 2026 at 12:00, Moira Bain <moira@kyleboats.example> wrote:\n"
        "> Dear Leni,\n>\n> We went another way.\n>\n> Best wishes,\n"
        '> Moira Bain (Office Manager) and Angus "Aonghas" Reid (Skipper)\n'
        "> Kyle Boats Ltd\n"
    )


def test_writing_to_the_second_signer_is_right() -> None:
    assert found(_reply_to_two("Angus Reid <angus@kyleboats.example>"), "wrong-recipient") == []


def test_writing_to_someone_else_is_still_flagged() -> None:
    letter = _reply_to_two("Ewan Kerr <ewan@kyleboats.example>")
    assert found(letter, "wrong-recipient") == ["ewan@kyleboats.example"]
