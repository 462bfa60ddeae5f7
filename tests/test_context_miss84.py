"""wrong-company: names pasted from another letter that context84-86 showed.

Cases from tests/context84 and context86, each with new wordings: a hashtag after a
sentence's end ("Onward and upward! #XFamily"), a farm's name ending in "Organics", the best
sent to the whole team of a firm named by its shape or in words of no English, and the work
longed for at a firm ("with hopes of teaching at X", "I have always dreamed of working at
X"). A slogan's tag, a department's team, a site's team and the writer's own past stay
unflagged.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from contexthelp import company_reply, flagged, found

HERE = Path(__file__).parent


def _port(sentence: str) -> list[str]:
    """Return the findings of ``sentence`` in a reply to a port operator."""
    return flagged(company_reply(sentence, "Harbourgate Marine Services", "Salma Rahman",
                                 "salma@harbourgate.example", "Tomas Reyes"))  # fmt: skip


def _farm(greeting: str, sentence: str = "") -> list[str]:
    """Return the findings of a reply to an organic farm, greeted with ``greeting``."""
    reply = (
        "---\nto: [Nadia Rahman <nadia@fernhill.example>]\nrejection:\n"
        "  from: [Nadia Rahman <nadia@fernhill.example>]\n  company: Fernhill Organic Farm\n"
        f"---\n{greeting}\n\nThank you for the trial day. {sentence}\n\nBest wishes,\nEsme\n"
    )
    return flagged(reply)


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Onward and upward! #LifeAtBrightwell", "Brightwell"),
        ("Fingers crossed for next time! #TidelineCareers", "Tideline"),
        ("With best regards to the whole Pemberton Wealth team.", "Pemberton Wealth"),
        ("All the best to the entire Czysta Woda team.", "Czysta Woda"),
        ("With hopes of working at Seabright Logistics one day.", "Seabright Logistics"),
        ("I have always dreamed of working at Coral Gulf Towage.", "Coral Gulf Towage"),
        ("I still have hopes of training at Bluefin Pilot Boats next year.", "Bluefin Pilot Boats"),
    ],
)
def test_pasted_name_tagged_sent_regards_or_longed_for(sentence: str, name: str) -> None:
    """A firm in a tag, its team sent the best, or the work longed for there, is written to."""
    assert _port(sentence) == [name]


@pytest.mark.parametrize(
    "sentence",
    [
        "Onward and upward! #OpenToWork",  # a tag of the writer's own search
        "Onward and upward! #LifeAtHarbourgate",  # the employer's own people
        "With best regards to the whole Risk Management team.",  # a department
        "Best wishes to the whole Canary Wharf team.",  # a site's team, in English words
        "With best regards to the whole Harbourgate team.",  # the employer's own
        "Years of teaching at Ashdown College taught me patience.",  # the writer's past
        "With hopes of working at Harbourgate again one day.",  # the employer itself
    ],
)
def test_tag_team_or_past_not_another_firm(sentence: str) -> None:
    """A slogan's tag, a department's or a site's team and the writer's past are left alone."""
    assert _port(sentence) == []


def test_farm_named_by_its_produce_is_a_firm() -> None:
    """A name ending in "Organics" names a farm, greeted or wished well as the one written to."""
    assert _farm("Dear Meadowbank Organics team,") == ["Meadowbank Organics"]
    assert _farm("Dear Nadia,", "I wish Oakvale Organics a bountiful season.") == [
        "Oakvale Organics"
    ]
    assert _farm("Dear Organics team,") == []  # one word: a department's
    assert _farm("Dear Nadia,", "I wish the farm a bountiful season.") == []


@pytest.mark.parametrize(
    ("letter", "name"),
    [
        ("context84/frozen-veg-german-client-late-wrong-signoff.eml", "Eisfeld Gemüse"),
        ("context84/grocery-dc-hashtag-other-chain.eml", "FreshMart"),
        ("context84/organic-farm-other-farm-team-greeting.md", "Greenacre Organics"),
        ("context86/tahoe-hospitality-academy-dean-and-professor-wrong-signoff.md",
         "Pinegrove Resorts"),
    ],
)  # fmt: skip
def test_set_letters(letter: str, name: str) -> None:
    """The letters of the sets that showed each case are flagged at the pasted name."""
    path = HERE / letter
    assert name in found(path.read_text(encoding="utf-8"), "wrong-company", path.name)
