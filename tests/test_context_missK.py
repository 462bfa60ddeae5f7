"""wrong-recipient and wrong-company readings that context150-151 showed.

A greeting by the given name the signer's mailbox spells beside their family name ("Dear
Ma'am Nena" to Filomena Reyes <nena.reyes@...>) greets the signer; a name the mailbox does
not spell is still someone else. And a Dutch tag of working at a firm ("#WerkenBijX") names
that firm as "#WorkingAtX" does; a tag of plain Dutch words names none.
"""

from __future__ import annotations

import pytest
from contexthelp import company_reply, flagged
from test_context_names import recipient


@pytest.mark.parametrize(
    ("greeting", "signer"),
    [
        ("Dear Ma'am Nena,", "Filomena Reyes <nena.reyes@sampaguita.example>"),
        ("Hi Kiko,", "Francisco Dela Cruz <kiko.delacruz@sampaguita.example>"),
        ("Dear Tonio,", "Antonio Bautista <tonio_bautista@sampaguita.example>"),
    ],
)
def test_the_name_the_signers_mailbox_gives_beside_their_surname_greets_them(
    greeting: str, signer: str
) -> None:
    assert recipient(greeting, (signer,)) == []


@pytest.mark.parametrize(
    ("greeting", "signer"),
    [
        # the mailbox's other word is not greeted: someone else
        ("Dear Ma'am Luz,", "Filomena Reyes <nena.reyes@sampaguita.example>"),
        # a mailbox whose words share no family name gives no name to go by
        ("Dear Nena,", "Filomena Reyes <nena.santos@sampaguita.example>"),
    ],
)
def test_a_name_no_mailbox_of_the_signer_gives_is_still_flagged(greeting: str, signer: str):
    assert recipient(greeting, (signer,)) == [greeting]


def _tagged(tags: str) -> list[str]:
    """Return the findings of a reply to a care home with ``tags`` under the writer's name."""
    return flagged(company_reply("I'd love to stay in touch.", "Zorgcentrum Eikenhorst",
                                 "Anke de Vries", "a.devries@eikenhorst.example",
                                 f"Lena Ortiz\n{tags}"))  # fmt: skip


def test_a_dutch_tag_of_working_at_another_firm_is_flagged() -> None:
    assert _tagged("#zorg #WerkenBijBeukenrode") == ["Beukenrode"]


@pytest.mark.parametrize(
    "tags",
    [
        "#zorg #WerkenBijEikenhorst",  # the employer's own name
        "#zorg #WerkenInDeZorg",  # working in a sector, no firm
    ],
)
def test_a_dutch_tag_of_the_employer_or_of_no_firm_is_not_flagged(tags: str) -> None:
    assert _tagged(tags) == []
