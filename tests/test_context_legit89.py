"""wrong-company: bodies a writer names in passing, and a unit named by the employer's kind.

Cases from the blind set tests/context89, each with new wordings: a body's published
guidance the writer read ("the X guidance on ..."), someone else's application to a funder
("your bid to X"), a prize's own name opened by "'s" ("the X's Award groups"), and plain
words opened by the employer's kind word ("the Cathedral Choir" to a cathedral). A pasted
name beside each stays flagged.
"""

from __future__ import annotations

import pytest
from contexthelp import company_reply, flagged
from test_context_relations56 import _letter


def _hospice(sentence: str) -> list[str]:
    """Return the findings of ``sentence`` in a reply to a hospice's rejection."""
    return flagged(company_reply(sentence, "Harbourside Hospice", "Jo Reid",
                                 "jo.reid@harbourside.example", "Sam Cole"))  # fmt: skip


def _minster(sentence: str) -> list[str]:
    """Return the findings of ``sentence`` in a reply to a minster church's rejection."""
    return flagged(company_reply(sentence, "St Oswin's Minster", "Ruth Dale",
                                 "ruth.dale@stoswins.example", "Ade Bello"))  # fmt: skip


def _council(sentence: str) -> list[str]:
    """Return the findings of ``sentence`` in a reply to a council's rejection."""
    return flagged(company_reply(sentence, "Eastmere District Council", "Ian Frost",
                                 "ian.frost@eastmere.example", "Pat Moss"))  # fmt: skip


@pytest.mark.parametrize(
    ("path", "name"),
    [
        ("context89/animal-sanctuary-fundraiser-rambling-too-long-wrong-sanctuary-ps.md",
         "Chartered Institute of Fundraising"),
        ("context89/cathedral-choir-administrator-phone-call-dean-late.md", "Cathedral Choir"),
        ("context89/childrens-ngo-grants-officer-ms-park-pasted-foundation-in-thanks.md",
         "Korea Foundation"),
        ("context89/council-youth-worker-cc-interview-panel-outlook.eml", "Duke of Edinburgh"),
    ],
)  # fmt: skip
def test_the_letters_no_longer_flag_the_name(path, name) -> None:
    assert name not in _letter(path)


@pytest.mark.parametrize(
    ("path", "name"),
    [
        ("context89/animal-sanctuary-fundraiser-rambling-too-long-wrong-sanctuary-ps.md",
         "Paws Haven"),
        ("context89/childrens-ngo-grants-officer-ms-park-pasted-foundation-in-thanks.md",
         "Bright Futures Foundation"),
    ],
)  # fmt: skip
def test_the_letters_keep_the_pasted_name(path, name) -> None:
    assert name in _letter(path)


@pytest.mark.parametrize(
    "sentence",
    [
        "I went home and read the Chartered Institute of Housing guidance on tenancy support, "
        "so something good came of it.",
        "I hope your bid to the Wolfson Foundation goes well this spring.",
        "I hope the grant application to the Clothworkers Foundation goes well.",
        "I hope the new programme goes well, especially the Princess Royal's Award groups "
        "you're starting.",
    ],
)
def test_a_body_named_in_passing_is_not_the_employer(sentence) -> None:
    assert _hospice(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("I went home and read the Meadow Vale Hospice guidance for applicants, so something "
         "good came of it.", "Meadow Vale Hospice"),
        ("Thank you for considering my application to Meadow Vale Hospice.",
         "Meadow Vale Hospice"),
        ("I hope Meadow Vale Hospice's plans for the new wing go well.", "Meadow Vale Hospice"),
    ],
)  # fmt: skip
def test_the_pasted_employer_beside_stays_flagged(sentence, name) -> None:
    assert _hospice(sentence) == [name]


def test_a_unit_named_by_the_employers_kind_is_its_own() -> None:
    assert _minster("I hope the Minster Choir's tour to Norway in the summer is a success.") == []
    assert _council("I hope the Council Youth Panel's summer programme is a great success.") == []


def test_another_body_of_the_kind_stays_flagged() -> None:
    sentence = "I hope the Ripon Minster Choir's tour to Norway in the summer is a success."
    assert _minster(sentence) == ["Ripon Minster Choir"]
