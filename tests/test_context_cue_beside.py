"""wrong-company: a firm named in a sentence about the job is the one written to only when a
word of the job stands beside it.

On the blind sets context132-136 the sentence-wide cue (any job word or "you" anywhere in
the sentence) was wrong three times in four: the names were a carrier, an investor, a
council, a tool, named in passing. Each example here is new.
"""

from __future__ import annotations

import contexthelp
import pytest


def flagged(sentence: str, company: str = "Harwell Signal Networks Ltd") -> list[str]:
    """Return the wrong-company findings of a reply to ``company`` holding ``sentence``."""
    return contexthelp.flagged(
        contexthelp.company_reply(sentence, company, "Tomás Reyes", "t.reyes@example.com", "Lin")
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "Thank you for considering me for the field engineer post and for explaining how "
        "the crews schedule the Brantley Tower Partners maintenance visits.",
        "I enjoyed the interview, especially hearing how the planners cope when Corvane "
        "Freight Services changes the delivery windows at short notice.",
        "Thanks for the tour of the depot and for describing the switchover the Northfield "
        "Power Authority asked for last winter.",
    ],
)
def test_a_firm_far_from_every_word_of_the_job_is_named_in_passing(sentence) -> None:
    assert flagged(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Thank you for considering me for the field engineer role at Brantley Telecom.",
         "Brantley Telecom"),
        ("I wish the whole Corvane Networks team every success with the rollout.",
         "Corvane Networks"),
        ("Thank you for letting me know the outcome of my application to Stroud Fibre "
         "Holdings.", "Stroud Fibre Holdings"),
    ],
)  # fmt: skip
def test_a_firm_beside_a_word_of_the_job_is_still_the_one_written_to(sentence, name) -> None:
    assert flagged(sentence) == [name]
