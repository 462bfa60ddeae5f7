"""Pasted names praised before or after them, a firm's work admired, its list loved since childhood.

Cases from the blind sets tests/context65 and tests/context66, each with new wordings: "I
have long admired X for the way it ..., so I was sorry ..." (an "I was" of feeling is no
time of the writer's own at X); "X is a company I have always respected" (praise after the
name); "I admire the sustainability work of X" (a firm's work, admired); "I've loved X's
picture books since I was a child" (a publisher's list loved since childhood, by one who
wanted to join it). The writer's own past employer ("when I worked there"), a person's work
and the employer's own name stay unflagged.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from contexthelp import company_reply, flagged, found

_HERE = Path(__file__).parent


def _letter(path: str) -> list[str]:
    """Return the wrong-company findings of a labeled letter under tests/."""
    full = _HERE / path
    return found(full.read_text(encoding="utf-8"), "wrong-company", full.name)


def _reply(sentence: str, company: str = "Harbourside Homes") -> list[str]:
    """Return the wrong-company findings of a reply with ``sentence`` to ``company``."""
    return flagged(company_reply(sentence, company, "Megan Hale", "megan@example.org", "Tom Reid"))


@pytest.mark.parametrize(
    ("path", "expected"),
    [
        ("context65/housing-officer-pastes-other-association.eml", ["Greenlea Homes"]),
        ("context65/kl-fm-executive-placeholder-and-paste.md", ["Putra Hartanah Berhad"]),
        ("context65/polish-bim-irish-firm-compliment-paste.eml", ["Wisła Inżynieria"]),
        ("context66/uk-publishing-assistant-possessive-paste-no-door.eml", ["Fernleaf"]),
    ],
)
def test_the_letters_name_another_firm(path, expected):
    """The labeled letters flag the praised, pasted firm."""
    assert _letter(path) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "I have always respected Moorfield Housing for its repairs record, so I was "
            "disappointed to miss out.",
            "Moorfield Housing",
        ),
        (
            "I've long admired Castlegate Homes for its tenant panels, and I was hoping to "
            "help run them.",
            "Castlegate Homes",
        ),
    ],
)
def test_a_firm_admired_before_a_feeling_of_the_writers_is_flagged(sentence, expected):
    """A feeling ("I was sorry", "I was hoping") is no time the writer spent at the firm admired."""
    assert _reply(sentence) == [expected]


@pytest.mark.parametrize(
    "sentence",
    [
        "I always admired Moorfield Housing for its repairs record when I worked there.",
        "I respected Castlegate Homes for its training while I was there as a trainee.",
        "I have long admired Moorfield Housing for its tenant panels, from my years there.",
    ],
)
def test_a_firm_admired_from_within_is_not_flagged(sentence):
    """Admired by its own staff, the firm is the writer's past."""
    assert _reply(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Ashdown Living is an organisation I have long admired for its estate work, and "
            "I hope our paths cross again.",
            "Ashdown Living",
        ),
        (
            "Selborne Living is a firm that I've always respected, and I hope we can work "
            "together one day.",
            "Selborne Living",
        ),
        (
            "I truly admire the community work of Brightwater Living, and I hope to apply again.",
            "Brightwater Living",
        ),
        (
            "I have always loved the design approach of Dunmore Vale, which is why I was "
            "keen on the role.",
            "Dunmore Vale",
        ),
    ],
)
def test_a_firm_praised_after_its_name_or_for_its_work_is_flagged(sentence, expected):
    """Praise after the name, or of the firm's work, is why the writer applied."""
    assert _reply(sentence) == [expected]


@pytest.mark.parametrize(
    "sentence",
    [
        "Ashdown Living is an organisation I worked for during my years in Leeds.",
        "I truly admire the community work of Harbourside Homes, and I hope to apply again.",
        "Ashdown Living is a company I respected when I worked there, and it taught me a lot.",
    ],
)
def test_a_firm_of_the_writers_own_or_the_employer_is_not_flagged(sentence):
    """A firm worked for with no praise, one praised from within, and the employer's own."""
    assert _reply(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "I've loved Bramblewick's picture books since I was a child, so reaching the "
            "last interview meant a great deal.",
            "Bramblewick",
        ),
        (
            "I have adored Tallowmere's poetry list ever since I was little, so it was a "
            "privilege to be interviewed.",
            "Tallowmere",
        ),
    ],
)
def test_a_publishers_list_loved_since_childhood_is_flagged(sentence, expected):
    """A list loved since childhood, by the writer who wanted to join its publisher."""
    assert _reply(sentence, "Quayside Press") == [expected]


@pytest.mark.parametrize(
    "sentence",
    [
        "I've loved Quayside's picture books since I was a child.",
        "My daughter has loved Bramblewick's picture books since she was small.",
    ],
)
def test_a_list_of_the_employer_or_loved_by_another_is_not_flagged(sentence):
    """The employer's own list is right; another's childhood is no writer's praise."""
    assert _reply(sentence, "Quayside Press") == []


@pytest.mark.parametrize(
    "sentence",
    [
        "I've loved Julia Donaldson's picture books since I was small.",
        "I really admire the work of Anna Kowalska, and I hope to apply again.",
    ],
)
def test_a_persons_books_or_work_is_not_flagged(sentence):
    """An author's books and a person's work, with no kind of a firm's, are no firm's."""
    assert _reply(sentence, "Quayside Press") == []
