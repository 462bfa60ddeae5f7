"""wrong-company: future posts of a kind, a hire congratulated, a home hoped for, a partner wished."""

from __future__ import annotations

import contexthelp
import pytest

flagged = contexthelp.replier("Brightlane", "Oona Reyes", "oona@brightlane.io", "Tomas")


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        # a cue word naming the kind of post to come ("future supervisor openings") is no past
        ("I hope you keep my CV for future supervisor openings at Silver Heron.", "Silver Heron"),
        # the firm congratulated on its new hire is the one that hired instead of the writer
        ("Congratulations to Silver Heron on the new hire.", "Silver Heron"),
        # "X was where I would put down roots": the workplace the writer hoped for
        ("I truly felt Quillmark Logistics was where I would finally put down roots.",
         "Quillmark Logistics"),
        # a firm wished success with a partner of several words ("and its new team member")
        ("I wish Silver Heron and its new team member continued success.", "Silver Heron"),
    ],
)  # fmt: skip
def test_another_firm_in_these_slots_is_flagged(sentence: str, name: str) -> None:
    assert flagged(sentence) == [name]


@pytest.mark.parametrize(
    "sentence",
    [
        # the same words after "my previous" are the writer's own past there
        "I learned a lot in my previous supervisor roles at Silver Heron.",
        # the employer congratulated, or wished success, is rightly named
        "Congratulations to Brightlane on the new hire.",
        "I wish Brightlane and its new team member continued success.",
        # "X was where I put down roots", no modal: the writer's own past there
        "I truly felt Quillmark Logistics was where I first put down roots.",
    ],
)
def test_the_writers_past_or_the_employer_is_not_flagged(sentence: str) -> None:
    assert flagged(sentence) == []
