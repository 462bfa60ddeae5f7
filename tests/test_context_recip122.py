"""wrong-recipient: honorifics and spellings of the right signer, and a two-title greeting.

Cases from the blind set tests/context122: a Rioplatense accountant's title before the
family name ("Cr. X", "Cra. X"); Amharic titles before an Ethiopian's given name ("Ato X",
"Weyzero X", shortened "W/ro X"), "Ato" alone being a Ghanaian given name; a German umlaut (or a Danish "ø", "å") written as two
plain letters ("Schaefer" for Schäfer); and "Dear Madam, Sir," (the French "Madame,
Monsieur" in English), which greets nobody although a person signed. A misspelt or other
person greeted so stays flagged, and so does one title alone where it should.
"""

from __future__ import annotations

import pytest
from contexthelp import found
from test_context_recip108 import _letter


def _reply(greeting: str, *signers: str) -> list[str]:
    """Return the wrong-recipient findings of a reply greeting ``greeting`` to ``signers``."""
    people = ", ".join(f"{s} <{s.split()[-1].lower()}@firm.example>" for s in signers)
    reply = (
        f"---\nto: [{people}]\nrejection:\n  from: [{people}]\n  company: Firm\n---\n"
        f"{greeting}\n\nThank you for letting me know.\n\nKind regards,\nTomas Lindqvist\n"
    )
    return found(reply, "wrong-recipient", "reply.md")


@pytest.mark.parametrize(
    "path",
    [
        "context122/antel-uruguay-late-26h-movistar-thanks-claro-former.md",
        "context122/ethiopian-airlines-nonnative-warm-late-25h10.md",
        "context122/muenchen-city-pasted-city-of-stuttgart.md",
    ],
)
def test_the_letters_no_longer_flag_the_greeting(path) -> None:
    assert _letter(path) == []


def test_the_two_title_greeting_is_flagged_in_the_letter() -> None:
    assert _letter("context122/aphp-nurse-raw-devastated-late-3-days-too-long.md") == [
        "Dear Madam, Sir"
    ]


@pytest.mark.parametrize(
    ("greeting", "signers"),
    [
        ("Dear Cr. Olivera,", ("Gonzalo Olivera Méndez",)),
        ("Estimada Cra. Suárez:", ("Valentina Suárez Rivero",)),
        ("Dear Cdor. Pereyra,", ("Marcelo Pereyra",)),
        ("Dear Ato Bekele,", ("Bekele Tadesse Woldemariam",)),
        ("Dear Weyzero Selamawit,", ("Selamawit Girma Haile",)),
        ("Dear W/rt Hiwot,", ("Hiwot Assefa Kebede",)),
        ("Dear W/ro Tigist,", ("Tigist Alemayehu Desta",)),
        ("Dear Mr. Mueller,", ("Jürgen Müller",)),
        ("Hallo Frau Koehler,", ("Birgit Köhler",)),
        ("Hi Soeren,", ("Søren Dahl",)),
        ("Dear Ms Haaland,", ("Ingrid Håland",)),
        ("Dear Madam,", ("Birgit Köhler",)),
        ("Hi Ato,", ("Ato Quansah",)),  # a Ghanaian given name, not a title
    ],
)
def test_the_signer_greeted_so_is_right(greeting, signers) -> None:
    assert _reply(greeting, *signers) == []


@pytest.mark.parametrize(
    ("greeting", "signers"),
    [
        ("Dear Cra. Suarex,", ("Valentina Suárez Rivero",)),  # misspelt
        ("Dear Cra. Martínez,", ("Valentina Suárez Rivero",)),  # someone else
        ("Dear W/ro Almaz,", ("Tigist Alemayehu Desta",)),
        ("Dear Ato Yonas,", ("Bekele Tadesse Woldemariam",)),
        ("Hi Ato,", ("Kwesi Quansah",)),  # Ato alone is a name, and nobody of it signed
        ("Dear Mr. Mueler,", ("Jürgen Müller",)),
        ("Dear Mr. Schaefer,", ("Jürgen Müller",)),
        ("Hallo Frau Koller,", ("Birgit Köhler",)),
        ("Dear Madam, Sir,", ("Birgit Köhler",)),
        ("Dear Sir, Madam", ("Marcelo Pereyra",)),
        ("Good morning Madam, Sir,", ("Tigist Alemayehu Desta",)),
    ],
)
def test_a_misspelt_other_or_generic_greeting_stays_flagged(greeting, signers) -> None:
    assert _reply(greeting, *signers) != []


def test_the_two_title_finding_covers_both_titles() -> None:
    assert _reply("Dear Madam, Sir,", "Birgit Köhler") == ["Dear Madam, Sir"]
