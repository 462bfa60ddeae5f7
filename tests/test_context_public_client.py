"""wrong-company: a government's body named beside the job, in a letter to an employer that
is no public body, is the employer's client or partner, not a name pasted in.

On the blind sets context141-146 most false alarms were councils, ministries, a treasury and
a revenue authority that a consultancy or a housing charity works for or with. The sentences
here are new; the employers are made up.
"""

from __future__ import annotations

import contexthelp
import pytest


def flagged(sentence: str, company: str = "Brightmoor Policy Advisory") -> list[str]:
    """Return the wrong-company findings of a reply to ``company`` holding ``sentence``."""
    return contexthelp.flagged(
        contexthelp.company_reply(sentence, company, "Ruth Okafor", "r.okafor@example.com", "Sam")
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "Thank you for the interview and for explaining your team's review for the Ministry of "
        "Transport and Dunmere County Council.",
        "I enjoyed hearing how your consultants support the Ashvale Revenue Authority with its "
        "new tax portal.",
        "Thank you for considering me for the analyst role; the Harrowgate City Council's "
        "budget work you described sounds fascinating.",
        "It was a pleasure to learn about your partnership with the Housing Ombudsman on the "
        "complaints code.",
    ],
)
def test_a_government_body_named_beside_the_job_is_a_client(sentence) -> None:
    assert flagged(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "company", "name"),
    [
        # the writer's own wish or admiration names it as the one written to
        ("I wish the Dunmere County Council every success with the new plan.",
         "Brightmoor Policy Advisory", "Dunmere County Council"),
        ("I have always admired the Ashvale Revenue Authority's commitment to its staff.",
         "Brightmoor Policy Advisory", "Ashvale Revenue Authority"),
        # an employer that is itself a public body may have another pasted in
        ("Thank you for considering me for the analyst role at Harrowgate City Council.",
         "Dunmere County Council", "Harrowgate City Council"),
        # a firm beside the job is still read as before
        ("Thank you for considering me for the analyst role at Kestwood Consulting.",
         "Brightmoor Policy Advisory", "Kestwood Consulting"),
    ],
)  # fmt: skip
def test_a_body_wished_admired_or_written_to_as_public_is_still_flagged(
    sentence, company, name
) -> None:
    assert flagged(sentence, company) == [name]
