"""wrong-company: names pasted from another letter that context81-83 showed.

Cases from tests/context82 and context83, each with new wordings: the best sent "to the X
family" where X is a firm's name of several words; a firm cheered on ("I'm rooting for X",
"Go X!"); and the news "about X's role", a job owned by the firm named. A surname's family,
a country cheered in capitals, a person rooted for and a firm's own news stay unflagged.
"""

from __future__ import annotations

import pytest
from contexthelp import company_reply, flagged


def _port(sentence: str) -> list[str]:
    """Return the findings of ``sentence`` in a reply to a port operator."""
    return flagged(company_reply(sentence, "Harbourgate Marine Services", "Salma Rahman",
                                 "salma@harbourgate.example", "Tomas Reyes"))  # fmt: skip


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("With best wishes to the Coral Gulf Towage family.", "Coral Gulf Towage"),
        ("All the best to the whole Bluefin Pilot Boats family.", "Bluefin Pilot Boats"),
        ("Whatever happens next, I'm rooting for Tidewell.", "Tidewell"),
        ("I'll keep cheering for Seabright Logistics from Manila.", "Seabright Logistics"),
        ("Go Quaylink!", "Quaylink"),
        ("Thanks for the update about Anchorline's Deckhand role.", "Anchorline"),
        ("Thank you for the news on Portavo's deck cadet position.", "Portavo"),
    ],
)
def test_pasted_name_wished_cheered_or_owning_the_job(sentence: str, name: str) -> None:
    """A firm wished well by its family, cheered on, or owning the job is the one written to."""
    assert _port(sentence) == [name]


@pytest.mark.parametrize(
    "sentence",
    [
        "With best wishes to the Okafor family.",  # a surname's family
        "Go USA!",  # a country cheered in capitals
        "I'm rooting for Harbourgate.",  # the employer's own name
        "Thanks for the update about Anchorline's merger with a rival.",  # a firm's own news
        "I read the news about Portavo's contract with the council.",
    ],
)
def test_family_cheer_or_news_not_another_firm(sentence: str) -> None:
    """A person's family, a country, the employer and a firm's own news are left alone."""
    assert _port(sentence) == []
