"""wrong-recipient: the end of a long given name is a short form of it ("Seun" of Oluwaseun)."""

from __future__ import annotations

import pytest
from test_context19 import greeted, recipient
from test_context_names import recipient as greeting_to


@pytest.mark.parametrize(
    ("greeting", "signer"),
    [
        ("Dear Tunde,", "Babatunde Fashola <babatunde.fashola@example.ng>"),
        ("Hi Bayo,", "Adebayo Ogundipe <adebayo@example.ng>"),
        ("Dear Tobi,", "Oluwatobi Akande <tobi.akande@example.ng>"),
        ("Dear Femi,", "Olufemi Bankole <olufemi.bankole@example.ng>"),
        # family name first in capitals: the given name is the one after it
        ("Dear Seun,", "ADEYEMI Oluwaseun <o.adeyemi@example.ng>"),
    ],
)
def test_the_end_of_a_long_given_name_greets_its_signer(greeting: str, signer: str) -> None:
    assert greeting_to(greeting, (signer,)) == []


def test_two_signers_greeted_one_by_the_end_of_a_given_name() -> None:
    signers = ("Oluwadamilare Eze <dami.eze@example.ng>", "Ngozi Obi <ngozi.obi@example.ng>")
    assert greeting_to("Dear Damilare and Ngozi,", signers) == []
    # someone else beside them is still named
    assert greeting_to("Dear Damilare and Chika,", signers) == ["Dear Damilare and Chika,"]


@pytest.mark.parametrize(
    ("greeting", "signer"),
    [
        # too short to tell a short form from another name: three letters, or two
        ("Dear Ann,", "Joann Whitley <joann.whitley@example.com>"),
        ("Dear Na,", "Dana Kovacs <dana.kovacs@example.com>"),
        # the name only a letter or two longer: another name, or a misspelling
        ("Dear Anna,", "Joanna Pereira <joanna.pereira@example.com>"),
        ("Dear Mara,", "Samara Quint <samara.quint@example.com>"),
        # the end of a family name is not a short form of it: Gerald is someone else
        ("Dear Gerald,", "Liam Fitzgerald <liam.fitzgerald@example.com>"),
    ],
)
def test_a_short_or_near_tail_or_a_family_names_is_still_questioned(greeting, signer) -> None:
    assert greeting_to(greeting, (signer,)) == [greeting]


def test_the_end_of_a_given_name_the_signer_signs_off_in_full_is_flagged() -> None:
    # as "Hi Ben," to a rejection signed off "Benedikt": the signer chose the full form
    assert recipient(greeted("Hi Tunde,", "Babatunde Fashola", "Babatunde")) == ["Hi Tunde,"]
    assert recipient(greeted("Hi Tunde,", "Babatunde Fashola", "Tunde")) == []
    assert recipient(greeted("Hi Tunde,", "Babatunde Fashola", "Babatunde Fashola")) == []
