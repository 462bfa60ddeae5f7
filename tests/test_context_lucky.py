"""negative-emotion and missing-congratulations: congratulations that credit luck, not merit."""

from __future__ import annotations

import pytest
from replylint import lint_text


def _rules(sentence: str) -> set[str]:
    """Return the names of the rules a short reply with ``sentence`` breaks."""
    reply = (f"Dear Ms Berg,\n\nThank you for letting me know. {sentence} Please keep me in "
             "mind for future roles, and I would welcome any feedback.\n\nBest regards,\nOla\n")  # fmt: skip
    return {f.rule for f in lint_text(reply, path="reply.txt", model="blank")}


@pytest.mark.parametrize(
    "sentence",
    [
        "Congrats to whoever got lucky.",
        "Congratulations to the person who finally got lucky.",
        "Congrats to the one that gets lucky this round.",
    ],
)
def test_congratulations_to_whoever_got_lucky_mock_and_congratulate_nobody(sentence) -> None:
    assert {"negative-emotion", "missing-congratulations"} <= _rules(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Congratulations to whoever got the role.",
        "Congratulations to the new hire; I got lucky to reach the final at all.",
    ],
)
def test_congratulations_without_that_jab_stay_fine(sentence) -> None:
    found = _rules(sentence)
    assert "negative-emotion" not in found and "missing-congratulations" not in found
