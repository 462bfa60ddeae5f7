"""wrong-company: a post's holder and a wish to God are not firms.

Cases from the blind set tests/context81, each with new wordings: "the Director of Care"
or "our Head of People" names the person holding a post, not an organisation; and a wish
"to the team at X God's blessings" ends the firm's name before "God's". A pasted name
beside each stays flagged.
"""

from __future__ import annotations

import pytest
from contexthelp import company_reply, flagged
from test_context_relations56 import _letter


def _home(sentence: str) -> list[str]:
    """Return the findings of ``sentence`` in a reply to a care home's rejection."""
    return flagged(company_reply(sentence, "Ashworth Park Care", "Grace Eze",
                                 "grace.eze@ashworthpark.example", "Ngozi Obi"))  # fmt: skip


@pytest.mark.parametrize(
    ("path", "name"),
    [
        ("context81/ph-nurse-toronto-ltc-school-and-employer.md", "Director of Care"),
        ("context81/lagos-nurse-agency-former-employer-long-late.eml", "Ashworth Park God"),
    ],
)
def test_the_letters_no_longer_flag_the_name(path, name) -> None:
    assert name not in _letter(path)


@pytest.mark.parametrize(
    "sentence",
    [
        "Thank you for the interview with you and the Director of Nursing.",
        "Please pass my thanks to your Head of People as well.",
        "I wish the whole team at Ashworth Park God's blessings in the new year.",
    ],
)
def test_a_post_or_a_blessing_is_not_a_firm(sentence) -> None:
    assert _home(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("I wish the whole team at Meadowlea Care God's blessings.", "Meadowlea Care"),
        ("Thank you and the Director of Care for considering me at Meadowlea Care.",
         "Meadowlea Care"),
    ],
)  # fmt: skip
def test_a_pasted_name_beside_stays_flagged(sentence, name) -> None:
    assert _home(sentence) == [name]
