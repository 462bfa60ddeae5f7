"""wrong-company: work the writer looks back on fondly is their own past, not a pasted name.

"I enjoyed working at X", "I miss working at X" and "fond memories of working at X" say
where the writer worked before. Work with a team at X ("I enjoyed working with the team
at X") may be a trial shift at the firm written to, and a wish to work there ("I'd enjoy working at X", "I would
have loved working at X") is still the firm written to, and stays flagged.
"""

from __future__ import annotations

import pytest
from contexthelp import company_reply, flagged


def _foods(sentence: str) -> list[str]:
    """Return the findings of ``sentence`` in a reply to a food firm's rejection."""
    return flagged(company_reply(sentence, "Brightwater Foods", "Dana Whitfield",
                                 "dana@brightwater.example", "Sam Okoro"))  # fmt: skip


@pytest.mark.parametrize(
    "sentence",
    [
        "I have fond memories of working at Kestrel Shipping.",
        "I loved working at Kestrel Shipping, and I learned a great deal there.",
        "I really enjoyed working at Kestrel Shipping for six years.",
        "I miss working at Kestrel Shipping some days.",
    ],
)
def test_work_looked_back_on_is_the_writers_past(sentence) -> None:
    assert _foods(sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "I would have loved working at Kestrel Shipping.",
        "I'd enjoy working at Kestrel Shipping.",
        "I think I would love working at Kestrel Shipping.",
        "I really enjoyed working with the team at Kestrel Shipping on the trial day.",
    ],
)
def test_work_wished_for_stays_flagged(sentence) -> None:
    assert _foods(sentence) == ["Kestrel Shipping"]
