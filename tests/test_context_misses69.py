"""Names missed in context69, each kind on the real letter and new wordings.

wrong-company: a firm the writer hopes "to be part of" (joining it, as "join X" is); the
whole family of a firm of two capitalised words or more wished something ("wishing the
whole X family a great launch"); and papers the firm asked the writer for ("the photos X
asked for"), which only the firm hiring asks; papers offered to a firm's team ("to show my
photos to the X quality team"); and work at a firm said to be the writer's goal ("Working in
the X hangar has been my goal").
"""

from __future__ import annotations

from pathlib import Path

import pytest
from contexthelp import company_reply, flagged, found

#: The labeled letters of context69, beside this file.
_SET = Path(__file__).parent / "context69"


def _letter(name: str) -> list[str]:
    """Return the wrong-company findings of a labeled letter of context69."""
    return found((_SET / name).read_text(encoding="utf-8"), "wrong-company", name)


def _reply(sentence: str) -> list[str]:
    """Return the findings of a reply with ``sentence`` to a foundry's rejection."""
    return flagged(company_reply(sentence, "Northgate Castings Ltd", "Dana Whitlock",
                                 "dana@northgate.co.uk", "Sam Reyes"))  # fmt: skip


@pytest.mark.parametrize(
    ("path", "expected"),
    [
        (
            "brazil-airline-cabin-crew-two-pasted-names.md",
            ["Voa Cerrado", "Linhas Aéreas Pampa"],
        ),
        ("india-ev-startup-pasted-wish.md", ["Volta Mobility"]),
        ("turkish-auto-foundry-pasted-closing.md", ["Bursa Döküm"]),
    ],
)
def test_the_letters_name_another_firm(path, expected):
    """The labeled letters flag the firm joined, wished well, asked or hoped for."""
    assert _letter(path) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # hoping to be part of a firm
        ("I would love to be a part of Redhill Foundry Group in future.", "Redhill Foundry Group"),
        ("I'd be proud to be part of Calder Metalworks one day.", "Calder Metalworks"),
        # the whole family of a firm wished something
        (
            "Wishing the entire Brightwave Robotics family a great year ahead!",
            "Brightwave Robotics",
        ),
        # the papers a firm asked for
        (
            "I can still post the certificates Ashby Precision requested, if useful.",
            "Ashby Precision",
        ),
        # papers offered to a firm's team
        (
            "I'm happy to send my casting portfolio to the Redhill Foundry design team.",
            "Redhill Foundry",
        ),
        # work at a firm as the writer's goal
        ("Working at Ashby Precision has always been my ambition.", "Ashby Precision"),
        ("Being part of Calder Metalworks has been my dream for years.", "Calder Metalworks"),
    ],
)
def test_new_wordings_are_flagged(sentence, expected):
    """Each kind in other words names the firm written to."""
    assert _reply(sentence) == [expected]


@pytest.mark.parametrize(
    "sentence",
    [
        # the writer's own past in a firm, no wish
        "I was proud to be part of Calder Metalworks for six years before this.",
        "I was part of Redhill Foundry Group's apprentice intake in 2019.",
        # a person's family, with a particle of a surname
        "Wishing the whole van der Berg family a great year ahead.",
        # papers the writer has, not asked for by a firm
        "I have attached the certificates Ashby Precision awarded me in 2021.",
        "I can send the certificates Ashby Precision gave me.",
        # a team of one ordinary word, a site's people
        "I can show my portfolio to the Cairo team when I visit.",
        # work there told as the writer's own past
        "Working at Ashby Precision was my first job after college.",
    ],
)
def test_own_past_and_people_are_not_flagged(sentence):
    """A past in a firm, a person's family or papers it gave are no firm written to."""
    assert _reply(sentence) == []
