"""wrong-company: a firm-like name that only qualifies a thing named after it ("the X
assembly", "the X certification"), with no word of the job beside it, is named in passing.

On the blind sets context123-140 the sentence-wide cue (any job word or "you" anywhere in
the sentence) was wrong far more often than right for such names: an assembly, a
roundtable, a certification, a funder's programme, an alliance's connections. Each example
here is new.
"""

from __future__ import annotations

import contexthelp
import pytest

flagged = contexthelp.replier(
    "Harwell Signal Networks Ltd", "Tomás Reyes", "t.reyes@example.com", "Lin"
)


@pytest.mark.parametrize(
    "sentence",
    [
        "Thank you for considering me for the field engineer post and for explaining how "
        "the crews schedule the Brantley Tower Partners maintenance visits.",
        "Thanks for the tour of the depot and for the story of the Northfield Power Authority "
        "audit last winter.",
        "Congratulations on the hire, and I wish the team well with the Corvane Telecom "
        "Alliance roaming deals next year.",
        "I read that the Stroud Fibre Holdings investor briefing is in March; thank "
        "you again for the interview.",
    ],
)
def test_a_firm_qualifying_a_thing_far_from_the_job_is_named_in_passing(sentence) -> None:
    assert flagged(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        # a word of the job, the application or the reader beside the name
        ("Thank you for considering me for the field engineer role at Brantley Telecom.",
         "Brantley Telecom"),
        ("I wish the whole Corvane Networks team every success with the rollout.",
         "Corvane Networks"),
        ("Thank you for letting me know the outcome of my application to Stroud Fibre "
         "Holdings.", "Stroud Fibre Holdings"),
        ("I read the Stroud Fibre Holdings handbook for applicants before the interview.",
         "Stroud Fibre Holdings"),
        # the name doing something ("X hires"), not qualifying a thing
        ("After the interview I understood that Brantley Telecom hires people it already "
         "knows.", "Brantley Telecom"),
        # the writer's own wish for the work there, or a gift thanked for
        ("I would have loved to run the Corvane Networks night shift one day.",
         "Corvane Networks"),
        ("Thank you for the Stroud Fibre Holdings notebook you gave me at the interview.",
         "Stroud Fibre Holdings"),
    ],
)  # fmt: skip
def test_a_firm_beside_the_job_or_doing_or_wished_is_the_one_written_to(sentence, name) -> None:
    assert flagged(sentence) == [name]
