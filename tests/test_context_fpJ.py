"""wrong-company: the bodies the employer works for, with or beside, and rules studied.

Cases from the sets tests/context141-146, each on a new example: a public body, funder or
partner in the slot of the employer's client or partner ("your survey work for X", "your
team advises X", "your work with A and X", "the clinic you fund with X", "the way the team
uses X"), a bid named after the body it goes to, and a body whose code the writer studied.
Beside each, the same slot with the name pasted in for the employer's, still flagged.
"""

from __future__ import annotations

import contexthelp
import pytest

COMPANY = "Ashgrove Research Partners"


def flagged(sentence: str, company: str = COMPANY) -> list[str]:
    """Return the wrong-company findings of a reply to ``company`` holding ``sentence``."""
    return contexthelp.flagged(
        contexthelp.company_reply(sentence, company, "Ana Ruiz", "ana.ruiz@example.com", "Pat")
    )


@pytest.mark.parametrize(
    "sentence",
    [
        # the reader's work of a field, for a client ("your ... work for X")
        "It was good to hear about your transport modelling work for Tarrow County Council.",
        "I wish the Institute well with its Budget Office work for the Pellam Finance Board.",
        # a study of the reader's for two clients, the second after "and"
        "I enjoyed the talk on your housing-needs evaluation for the Ministry of Works, Land"
        " and Transport and Tarrow County Council.",
        # the reader's unit serving a body
        "It was a pleasure to hear how your team supports the Pellam Health Board on its audits.",
        # the reader's work with a list of bodies, the last one ending it
        "I enjoyed our chat about your work with Norland Fisheries and the Pellam Health Board.",
        "It was good to learn about the flood-mapping work with the Office of Rivers and the"
        " Tarrow Water Authority.",
        "I liked hearing about the road survey and the donor-backed work with the Pellam"
        " Roads Authority.",
        # a team of the employer's working beside a body, named after the employer's own name
        "Hearing how Ashgrove's advice team works alongside Tarrow County Council's benefits"
        " service was a highlight.",
        # the partnership told of beside the employer's own name
        "I admired Ashgrove's approach to outreach, especially the partnership with Tarrow"
        " County Council's youth service.",
        # what the reader funds with a body
        "I enjoyed the visit to the library you co-fund with the Pellam Community Trust.",
        # a tool the reader's team uses
        "I liked seeing the way the team uses Ledgerline Systems to track the surveys.",
        # a venture planned with a body, told of
        "I enjoyed hearing about the plans for the Mill Street regeneration with Tarrow"
        " County Council.",
        # a bid named after the body it goes to
        "I wish you all luck with the Pellam Rivers Agency flood-defence bid.",
        # a regulator's code the writer studied
        "I'd value your view, as my knowledge of the Pellam Energy Regulator's billing code"
        " was thin.",
    ],
)
def test_a_body_the_employer_works_for_or_with_is_not_flagged(sentence) -> None:
    assert flagged(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        # the job's own work for the firm
        ("I would have loved to work for Brightmoor Analytics.", "Brightmoor Analytics"),
        # a wish to work with the firm, no venture of the reader's
        ("I would still love to work with Brightmoor Analytics.", "Brightmoor Analytics"),
        # what the writer knows of a firm's own, not a body's rules
        ("I suspect my knowledge of the Brightmoor Group's culture was thin.",
         "Brightmoor Group"),
    ],
)  # fmt: skip
def test_the_same_slots_with_no_client_or_partner_are_flagged(sentence, name) -> None:
    assert flagged(sentence) == [name]


def test_a_partnership_the_role_might_lead_to_is_left_by_the_gate() -> None:
    # NOTE: left by the cue-beside gate (_org_future.cued_firm): no word of the job, the hiring
    # or a wish stands beside the name, so the sentence-wide cue no longer makes it the firm
    # written to. On new blind letters that cue was wrong far more often than right.
    assert flagged("I hoped the role would lead to a partnership with Brightmoor Analytics.") == []
