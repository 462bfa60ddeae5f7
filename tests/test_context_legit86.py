"""wrong-company: where an audition was, a ship handled, a fair met at, and "at A and at X".

Cases from the blind set tests/context86, each with new wordings: "the audition at X
Studios" is a studio hired for the day; "the turnaround of the X ship" is a carrier's ship
the employer handles; "meet again at X" is where a meeting is, as "meet at X" is; and "at
the Savoy and at X building teams" lists the writer's own past, the preposition said
again. A pasted name beside each stays flagged.
"""

from __future__ import annotations

import pytest
from contexthelp import company_reply, flagged
from test_context_relations56 import _letter


def _reply(sentence: str, company: str) -> list[str]:
    """Return the findings of ``sentence`` in a reply to ``company``'s rejection."""
    return flagged(company_reply(sentence, company, "Petra Lind", "petra.lind@example.com",
                                 "Ana Ruiz"))  # fmt: skip


@pytest.mark.parametrize(
    ("path", "name"),
    [
        ("context86/cruise-line-dancer-self-pity-late.md", "Pineapple Studios"),
        ("context86/dubrovnik-shore-excursions-hashtag-wrong-company.eml", "Celestia Cruises"),
        ("context86/lyon-hotel-sales-madame-quoted-printable-clean.eml", "IFTM Top Résa"),
        ("context86/new-orleans-banquet-manager-late-rambling-revisit.md", "Magnolia House Hotel"),
    ],
)
def test_the_letters_no_longer_flag_the_name(path, name) -> None:
    assert name not in _letter(path)


@pytest.mark.parametrize(
    ("sentence", "company"),
    [
        ("Thank you for the audition at Bluebell Studios and for your notes on my turns.",
         "Marisol Cruise Line"),
        ("The callback at Danceworks Studios was the best day of my spring, thank you.",
         "Marisol Cruise Line"),
        ("Thank you for letting me watch the boarding of the Oceanique Cruises ship at the "
         "terminal.", "Lagoon Travel Services"),
        ("Thank you for the tour; seeing the turnaround of the Vela Cruises vessel was "
         "impressive.", "Lagoon Travel Services"),
        ("Thank you for the interview; we watched the Sunspire Cruises liner dock from your "
         "office.", "Lagoon Travel Services"),
        ("Thank you, and maybe we can meet again at MICE Connect Nordic next year.",
         "Hotels Riviera Group"),
        ("I hope we can meet again at Voyages Mondial in Paris.", "Hotels Riviera Group"),
        ("I spent a decade with Hilton and with Seaview Inn training reception teams.",
         "The Harbour View Hotel"),
        ("I worked six years at the Savoy and at Rosewood Lodge running the front desk.",
         "The Harbour View Hotel"),
    ],
)  # fmt: skip
def test_a_place_a_client_or_the_writers_past_is_not_the_employer(sentence, company) -> None:
    assert _reply(sentence, company) == []


@pytest.mark.parametrize(
    ("sentence", "company", "name"),
    [
        # an interview is no hired studio's; a rival studio is no place hired
        ("Thank you for the interview at Bluebell Studios.", "Marisol Cruise Line",
         "Bluebell Studios"),
        ("Thank you for the audition at Bluebell Studios and for your notes.",
         "Northlight Studios", "Bluebell Studios"),
        # a ship hoped for, or hoped to be watched, is the firm's written to
        ("I'd love to work on the Sunspire Cruises ship one day.", "Lagoon Travel Services",
         "Sunspire Cruises"),
        ("I would love to watch the Sunspire Cruises ship come in with your team.",
         "Lagoon Travel Services", "Sunspire Cruises"),
        # applying again is the job's; a firm's name met at stays a firm
        ("I would be glad to apply again at Grand Azur Hotels when a post opens.",
         "Hotels Riviera Group", "Grand Azur Hotels"),
        ("I hope to meet again at Grand Azur Hotels soon.", "Hotels Riviera Group",
         "Grand Azur Hotels"),
        # "and at X" opening a clause of its own, or a name that opens one
        ("I worked six years at the Savoy, and at Rosewood Lodge I would love to lead a team.",
         "The Harbour View Hotel", "Rosewood Lodge"),
        ("I trained at the Savoy and Rosewood Lodge would be my first choice now.",
         "The Harbour View Hotel", "Rosewood Lodge"),
    ],
)  # fmt: skip
def test_a_pasted_name_beside_stays_flagged(sentence, company, name) -> None:
    assert _reply(sentence, company) == [name]
