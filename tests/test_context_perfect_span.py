"""wrong-company: the writer's present perfect of work at a firm, and for how long.

Found trying a new letter as a new user: "I have run night shifts at X for five years" was
reported as a pasted name, though "I ran night shifts at X for five years" was not.
"""

from __future__ import annotations

import pytest
from contexthelp import company_reply, flagged


def _reply(sentence: str) -> str:
    return company_reply(
        sentence, "Fjordline Logistics AS", "Ingrid Solberg", "ingrid@fjordline.no", "Tomasz"
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "I have run night shifts at Baltic Cargo Hub for five years.",
        "It is a shame, because I have run night shifts at Baltic Cargo Hub for five years.",
        "We've loaded trailers at Baltic Cargo Hub for two years now.",
        "I have mostly driven reach trucks at Baltic Cargo Hub for three years.",
    ],
)
def test_work_done_there_for_a_span_is_the_writers_own(sentence: str) -> None:
    assert flagged(_reply(sentence)) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "I've wanted to work at Baltic Cargo Hub for years.",
        "I would love to run night shifts at Baltic Cargo Hub for years to come.",
        "I have always dreamed of a job at Baltic Cargo Hub for years.",
    ],
)
def test_a_wish_kept_up_as_long_is_still_a_pasted_name(sentence: str) -> None:
    assert flagged(_reply(sentence)) == ["Baltic Cargo Hub"]
