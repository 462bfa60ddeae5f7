"""Pasted names in a P.S. of praise, a team greeting, a farewell, a sentence's opening, a wish.

Cases from the blind set tests/context64, each with new wordings: "I still think X are
doing great things" (what the writer rates after a refusal is the firm that refused);
"Dear X Fruit team," (a fruit firm's name, as "X Poultry" is); "crossing paths with the
FreshCart family again," above the name (a coined firm's family, as its team is); "Sonar
Poultry is ..." (a noun before a sector's word opens the name as well as the sentence);
"Wishing the whole GreenFork crew a brilliant launch" (the crew wished something, as a
firm is). A person doing great work, a surname's family, a place's crew, an adjective
before a trade's goods and the employer's own names stay unflagged.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from contexthelp import company_reply, flagged, found

_HERE = Path(__file__).parent


def _letter(name: str) -> list[str]:
    """Return the wrong-company findings of a labeled letter in tests/context64."""
    path = _HERE / "context64" / name
    return found(path.read_text(encoding="utf-8"), "wrong-company", path.name)


def _reply(sentence: str, company: str) -> list[str]:
    """Return the wrong-company findings of a reply with ``sentence`` to ``company``."""
    return flagged(
        company_reply(sentence, company, "Lena Schmidt", "lena@example.de", "Clara Weiss")
    )


def _farewell(line: str, company: str = "BasketBee") -> list[str]:
    """Return the wrong-company findings of a reply whose last line above the name is ``line``."""
    reply = (
        "---\nto: [Priya Raman <priya@example.sg>]\nrejection:\n"
        f"  from: [Priya Raman <priya@example.sg>]\n  company: {company}\n---\nHi Priya,\n\n"
        f"Thanks for letting me know, and congratulations to the new lead.\n\n{line}\nWei Jie\n"
    )
    return flagged(reply)


def _greeting(greeting: str, company: str = "Huerta Clara S.L.") -> list[str]:
    """Return the wrong-company findings of a reply opening with ``greeting``."""
    reply = (
        "---\nto: [Ana Ruiz <ana@example.es>]\nrejection:\n"
        f"  from: [Ana Ruiz <ana@example.es>]\n  company: {company}\n---\n{greeting}\n\n"
        "Thank you for the interview. I would welcome any feedback.\n\nKind regards,\nPablo\n"
    )
    return flagged(reply)


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("courier-driver-phone-pasted-ps.eml", ["Rapid Colet"]),
        ("fruit-packer-pasted-team-greeting.eml", ["Verdeo Fruit"]),
        ("grocery-app-pasted-signoff-line.eml", ["FreshCart"]),
        ("poultry-feed-near-miss-stiff.md", ["Sonar Poultry"]),
        ("vegan-startup-pasted-wish-and-placeholder.md", ["GreenFork"]),
    ],
)
def test_the_letters_name_another_firm(name, expected):
    """The labeled letters flag the pasted firm."""
    assert _letter(name) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("I still believe Orbita Freight are doing amazing work in the region.", "Orbita Freight"),
        ("I think Kestrel Haulage is doing brilliant work in the north.", "Kestrel Haulage"),
    ],
)
def test_a_firm_the_writer_thinks_is_doing_great_things_is_flagged(sentence, expected):
    """A firm the writer still rates, by "are" or by its own words, is the one written to."""
    assert _reply(sentence, "SwiftParcel Romania") == [expected]


@pytest.mark.parametrize(
    "sentence",
    [
        "I think Priya Shah is doing great work with the drivers.",
        "I think Delia Pop is doing great things.",
        "I still think SwiftParcel are doing great things in Cluj.",
    ],
)
def test_a_person_or_the_employer_doing_great_things_is_not_flagged(sentence):
    """A person "is doing" great work; the employer's own name is right."""
    assert _reply(sentence, "SwiftParcel Romania") == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Wishing the NovaLeaf crew a great season ahead.", "NovaLeaf"),
        ("I wish the entire TerraBowl gang every success with the new menu.", "TerraBowl"),
    ],
)
def test_a_coined_firms_crew_wished_well_is_flagged(sentence, expected):
    """The crew of a coined firm, wished something, is the firm written to."""
    assert _reply(sentence, "Plantwise Kitchen") == [expected]


@pytest.mark.parametrize(
    "sentence",
    [
        "Wishing the Bristol crew a great season ahead.",
        "Wishing the whole PlantWise crew a brilliant launch!",
    ],
)
def test_a_places_crew_or_the_employers_is_not_flagged(sentence):
    """One plain word before "crew" may be a place's; the employer's own crew is right."""
    assert _reply(sentence, "Plantwise Kitchen") == []


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Looking forward to crossing paths with the PantryPal family again,", "PantryPal"),
        ("Hoping our paths cross again, and my best to the whole CartCrew family,", "CartCrew"),
    ],
)
def test_a_coined_firms_family_in_the_farewell_is_flagged(line, expected):
    """The farewell's family of a coined firm is the organisation written to."""
    assert _farewell(line) == [expected]


@pytest.mark.parametrize(
    "line",
    [
        "Looking forward to crossing paths with the BasketBee family again,",
        "Looking forward to seeing the McAllister family again,",
        "Looking forward to seeing the Okafor family again,",
    ],
)
def test_a_surnames_family_or_the_employers_is_not_flagged(line):
    """A family may be a surname's, "McAllister" with its capital inside too."""
    assert _farewell(line) == []


def test_a_fruit_firm_greeted_is_flagged():
    """A greeting "Dear Solvega Fruits team," greets a fruit firm, not the employer."""
    assert _greeting("Dear Solvega Fruits team,") == ["Solvega Fruits"]


def test_the_employers_fruit_team_greeted_is_not_flagged():
    """A team named with the employer's own word is its own."""
    assert _greeting("Dear Huerta Fruit team,") == []


def test_a_noun_before_a_sector_word_opening_a_sentence_is_flagged():
    """In "Nectar Dairies is ..." the opening noun is the name's, not only the sentence's."""
    sentence = "Nectar Dairies is the name every farmer in Devon knows, and joining was my dream."
    assert _reply(sentence, "Nectaro Milk Co") == ["Nectar Dairies"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Fresh Fruit is what I love most about this trade, and I hope to work with you.",
        "Fresh Meats is what I love most about this trade, and I hope to work with you.",
        "Local Poultry farmers in the district trust your feed.",
        "Sonali Poultry is the most reputed name in Rajshahi and it was my dream to join.",
    ],
)
def test_an_adjective_before_a_sector_word_is_not_flagged(sentence):
    """An adjective before a trade's goods names no firm; the employer's name is right."""
    assert _reply(sentence, "Sonali Poultry & Feeds") == []
