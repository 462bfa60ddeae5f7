"""Kind words taken back: a venting pattern over a thanks or a good wish cancels it."""

from __future__ import annotations

import pytest
from replylint import lint_text

#: A reply that would be complete but for how it says its thanks and good wishes.
GRUDGING = """\
Hi Ms. Okafor,

Thanks for the interview on Tuesday, I suppose. Have a great quarter, I guess.
Could you tell me what would have made my application stronger? Please keep me
in mind for future openings on the team.

Tomi
"""

#: The same reply, sincere, with a strong feeling beside its good wish.
SINCERE = """\
Hi Ms. Okafor,

Thank you for the interview on Tuesday. I'm livid with myself, but congratulations to
whoever got the role. Could you tell me what would have made my application stronger?
Please keep me in mind for future openings on the team.

Tomi
"""


def rules_of(text: str, acts: str = "both") -> list[str]:
    return sorted(f.rule for f in lint_text(text, acts=acts))


@pytest.mark.parametrize("acts", ["both", "patterns"])
def test_thanks_and_wishes_taken_back_count_as_neither(acts: str) -> None:
    found = rules_of(GRUDGING, acts)
    assert "missing-thanks" in found
    assert "missing-congratulations" in found
    assert found.count("negative-emotion") == 2


def test_a_feeling_elsewhere_in_the_sentence_leaves_the_good_wish_alone() -> None:
    # "livid" is reported, but it does not cover the congratulations beside it
    assert rules_of(SINCERE) == ["negative-emotion"]


def test_a_taken_back_wish_is_not_called_a_low_score() -> None:
    # the sarcastic wish may score high as a congratulation; the finding must not say
    # its score was below the threshold when it was not
    text = "Hi Ms. Okafor,\n\nCongrats to whoever you picked, I suppose.\n\nTomi\n"
    (finding,) = [f for f in lint_text(text) if f.rule == "missing-congratulations"]
    assert finding.score is not None and finding.score >= 0.8  # the model reads a wish
    assert "below" not in finding.message
    assert "only where it does not count" in finding.message
