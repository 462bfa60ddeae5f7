"""wrong-company: names of another firm that context130 (banks and insurers) showed.

A bank's name headed by "Crédit" as "Banque" heads one, an insurer's sister of another line
of business (life or non-life) under the group's first word, a host thanked for welcoming
the writer at a firm, a firm whose word runs a number on ("Corvina24"), and a job's firm in
a sentence whose only right name is a place of the thread where the interviews were held.
The employer's own name, its own line of business, a place and the writer's own past stay
unflagged.
"""

from __future__ import annotations

import pytest
from contexthelp import company_reply, flagged, found


def _bank(sentence: str) -> list[str]:
    """Return the findings of ``sentence`` in a reply to a regional French bank."""
    return flagged(company_reply(sentence, "Crédit Valromey", "Lucie Morel",
                                 "l.morel@credit-valromey.example", "Hugo"))  # fmt: skip


def _life(sentence: str) -> list[str]:
    """Return the findings of ``sentence`` in a reply to an Italian life insurer."""
    return flagged(company_reply(sentence, "Alpenrosa Vita S.p.A.", "Chiara Galli",
                                 "chiara.galli@alpenrosavita.example", "Marco"))  # fmt: skip


def _reinsurer(sentence: str) -> list[str]:
    """Return the findings of ``sentence`` in a reply to a Gulf reinsurer."""
    return flagged(company_reply(sentence, "Pearl Coast Re", "Huda Rahimi",
                                 "huda.rahimi@pearlcoastre.example", "Omar"))  # fmt: skip


def _payments(sentence: str) -> list[str]:
    """Return the findings of ``sentence`` in a reply to a payments firm."""
    return flagged(company_reply(sentence, "Odra Pay sp. z o.o.", "Anna Nowak",
                                 "anna.nowak@odrapay.example", "Ewa"))  # fmt: skip


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("I liked meeting the lending team at Crédit Sauvain last week.", "Crédit Sauvain"),
        ("It was a pleasure to interview at Credit Morvandeau.", "Credit Morvandeau"),
    ],
)
def test_bank_headed_by_credit_is_another_bank(sentence: str, name: str) -> None:
    """Another bank headed by "Crédit" is no short form of a "Crédit" bank written to."""
    assert _bank(sentence) == [name]


@pytest.mark.parametrize(
    "sentence",
    [
        "I liked meeting the lending team at Crédit Valromey last week.",  # the employer
        "I liked meeting the lending team at the Bourg branch last week.",  # its site
    ],
)
def test_credit_bank_own_name_not_flagged(sentence: str) -> None:
    """The employer's own name and its branch stay unflagged."""
    assert _bank(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Thank you for having me at Alpenrosa Danni on Monday.", "Alpenrosa Danni"),
        ("Thank you for the interview at Alpenrosa Life on Monday.", "Alpenrosa Life"),
    ],
)
def test_sister_insurer_of_other_line_is_another_firm(sentence: str, name: str) -> None:
    """The group's first word before another line of insurance names a sister insurer."""
    assert _life(sentence) == [name]


@pytest.mark.parametrize(
    "sentence",
    [
        "Thank you for having me at Alpenrosa Vita on Monday.",  # the employer itself
        "Thank you for having me at Alpenrosa on Monday.",  # its short form
    ],
)
def test_insurer_own_line_not_flagged(sentence: str) -> None:
    """The employer's own line of business, or its first word alone, is the employer."""
    assert _life(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Thank you both for welcoming me at Dana Takaful on Sunday.", "Dana Takaful"),
        ("Many thanks for hosting me at Dana Takaful last week.", "Dana Takaful"),
    ],
)
def test_host_thanked_for_welcoming_is_written_to(sentence: str, name: str) -> None:
    """The firm the reader welcomed or hosted the writer at is the one written to."""
    assert _reinsurer(sentence) == [name]


@pytest.mark.parametrize(
    "sentence",
    [
        "Thank you both for welcoming me at Pearl Coast Re on Sunday.",  # the employer
        "Thank you both for welcoming me at the Seef office on Sunday.",  # its site
    ],
)
def test_welcomed_at_own_place_not_flagged(sentence: str) -> None:
    """The employer's own name or site, welcomed at, stays unflagged."""
    assert _reinsurer(sentence) == []


def test_name_with_number_run_on_is_a_name() -> None:
    """A firm whose word runs a number on ("Corvina24") is a name like any other."""
    assert _payments("I'm grateful for the chance to interview at Corvina24.") == ["Corvina24"]


@pytest.mark.parametrize(
    "sentence",
    [
        "I'm grateful for the chance to interview at Odra Pay.",  # the employer
        "I'm grateful for the chance to interview, as a Level3 analyst.",  # no firm
    ],
)
def test_number_run_on_elsewhere_not_flagged(sentence: str) -> None:
    """The employer, or a grade with a number run on, is no other firm."""
    assert _payments(sentence) == []


def _quoting(sentence: str) -> str:
    """Return an .eml reply with ``sentence`` quoting a rejection signed over an address."""
    return (
        "From: Leo Martin <leo.martin@example.org>\n"
        "To: Claire Roux <claire.roux@belcour-assurances.example>\n"
        "Date: Wed, 4 Mar 2026 10:00:00 +0100\nSubject: RE: Your application\n\n"
        f"Dear Claire,\n\n{sentence}\n\nBest regards,\nLeo Martin\n\n"
        "On 3 Mar 2026, at 17:00, Claire Roux <claire.roux@belcour-assurances.example> wrote:\n"
        "> Dear Leo,\n>\n> Thank you for your interest in Groupe Belcour Assurances.\n"
        "> We have decided to move forward with another candidate.\n>\n> Kind regards,\n>\n"
        "> Claire Roux\n> Groupe Belcour Assurances\n> 4 place de la Rotonde, 92400 Courbevoie\n"
    )


def test_job_firm_beside_interview_place_of_thread() -> None:
    """A place of the thread where the interviews were held is no right name of the employer."""
    sentence = (
        "Thank you for considering me for the pricing role at QVX, and for the time you gave "
        "me across both interviews at La Rotonde."
    )
    assert found(_quoting(sentence), "wrong-company") == ["QVX"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Thank you for considering me for the pricing role at Belcour, and for the time you "
        "gave me across both interviews at La Rotonde.",  # the employer's short form
        "Thank you for considering me for the pricing role, and for the time you gave me "
        "across both interviews at La Rotonde.",  # the place alone
    ],
)
def test_interview_place_and_employer_not_flagged(sentence: str) -> None:
    """The employer's own name and the place of the interviews stay unflagged."""
    assert found(_quoting(sentence), "wrong-company") == []
