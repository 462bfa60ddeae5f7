"""missing-congratulations: congratulations that mock the hire as a yes-man are none.

Case from the blind set tests/context123, on new wordings: a negative-emotion pattern
("someone who'll say yes to everything") takes the congratulations it mocks, so the reply
still lacks a sincere one (``unless-acts: [vent]``); plain congratulations still count.
The rule examples cannot show this, since each runs with its own rule alone.
"""

from __future__ import annotations

import pytest
from replylint import lint_text


def _rules(paragraph: str) -> list[str]:
    reply = f"Dear Ines,\n\nThank you for the interview.\n\n{paragraph}\n\nBest,\nOwen\n"
    findings = lint_text(
        reply,
        path="reply.txt",
        select=("missing-congratulations", "negative-emotion"),
        model="blank",
    )
    return sorted({f.rule for f in findings})


@pytest.mark.parametrize(
    "paragraph",
    [
        "Congrats on hiring somebody who'll say yes to everything you ask.",
        "Congratulations on landing someone who will say yes to anything.",
    ],
)
def test_congratulations_on_a_yes_man_are_no_congratulations(paragraph) -> None:
    assert _rules(paragraph) == ["missing-congratulations", "negative-emotion"]


@pytest.mark.parametrize(
    "paragraph",
    [
        "Congratulations on finding your new supervisor, and best of luck with the season.",
        "Congratulations on finding your new supervisor; I hope they say yes to the job quickly.",
    ],
)
def test_plain_congratulations_still_count(paragraph) -> None:
    assert _rules(paragraph) == []
