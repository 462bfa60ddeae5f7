"""wrong-company: the writer's own work for a client, and names of God, read as no firm.

Cases from the blind set tests/context57, each with new wordings: years the writer spent
doing work for a client, told with "and" inside what was done ("my six years running
first-aid and fire-warden courses for X"); a deed of the writer's own done for a client
("later I also wrote the safety manuals for X"), with a verb other than "built" or "led";
and names of God or words of faith ("the Lord's timing", "with Allah's help"). The nearby
uses that still name a pasted firm (the hiring process's work, a wish, a firm's name with
"God" or "Lord" in it) stay flagged.
"""

from __future__ import annotations

import pytest
from contexthelp import company_reply, flagged
from test_context_relations56 import _letter


def _institute(sentence: str) -> list[str]:
    """Return the findings of ``sentence`` in a reply to a training institute."""
    return flagged(company_reply(sentence, "Tamkeen Training Institute", "Salim Al-Balushi",
                                 "salim.balushi@tamkeen.example", "Yousef"))  # fmt: skip


def _trainers(sentence: str) -> list[str]:
    """Return the findings of ``sentence`` in a reply to a training firm."""
    return flagged(company_reply(sentence, "TrainRight Nigeria Ltd", "Folake Adebayo",
                                 "f.adebayo@trainright.example", "Adewale"))  # fmt: skip


# --- years the writer spent doing work for a client --------------------------------------------


def test_the_letter_with_years_of_courses_for_a_client_is_clean() -> None:
    assert _letter("context57/arabic-trainer-parent-holding-legit.eml") == []


@pytest.mark.parametrize(
    "sentence",
    [
        "I still believe my six years running first-aid and fire-warden courses for Duqm "
        "Cement Company would have helped your programme.",
        "I think our three seasons leading hikes and kayak tours for Wadi Trails Company would "
        "suit your team.",
        "I'm sure my decade of teaching maths and physics for Nizwa Learning Company fits the "
        "role.",
    ],
)
def test_years_doing_work_for_a_client_are_the_writers_own(sentence: str) -> None:
    assert _institute(sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        # the span ends before the name: the team at X is the job's place
        "I still believe my eight years delivering safety courses would have added real value "
        "to the team at Duqm Cement Company.",
        # "and" opens a clause of its own: a wish for X
        "My eight years delivering courses taught me a lot and I would love to deliver them "
        "for Duqm Cement Company one day.",
        # years of hoping, no work done
        "I know my years of hoping and waiting for Duqm Cement Company's team are over.",
    ],
)
def test_years_before_a_wish_or_the_job_still_flag(sentence: str) -> None:
    assert _institute(sentence) == ["Duqm Cement Company"]


# --- a deed of the writer's own done for a client ----------------------------------------------


def test_the_letter_with_onboarding_designed_for_a_client_is_clean() -> None:
    assert _letter("context57/portuguese-designer-past-clients-legit.md") == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Later I also wrote the safety manuals for Duqm Cement Company, which your team might "
        "find useful.",
        "Our team and I designed the plan for Duqm Cement Company's safety programme, which "
        "your team will know.",
        "I also coded the booking system for Wadi Trails Company, about 2,000 people use it, "
        "and your team would like it.",
        "We've organised the yearly safety week for Duqm Cement Company's staff, which your "
        "team might know.",
    ],
)
def test_a_deed_done_for_a_client_is_the_writers_own(sentence: str) -> None:
    assert _institute(sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        # work for the hiring process, not for a client
        "I delivered the demo lesson for Duqm Cement Company and enjoyed meeting the team.",
        "I designed my presentation for the team at Duqm Cement Company and hope they liked it.",
        # a wish
        "I would have loved to design new courses for Duqm Cement Company and its team.",
    ],
)
def test_work_for_the_process_or_a_wish_still_flags(sentence: str) -> None:
    assert _institute(sentence) == ["Duqm Cement Company"]


# --- names of God and words of faith -----------------------------------------------------------


def test_the_letter_with_gods_time_flags_only_the_pasted_firm() -> None:
    assert _letter("context57/yoruba-trainer-first-line-wrong-company.eml") == ["Learnwell Nigeria"]


@pytest.mark.parametrize(
    "sentence",
    [
        "The Lord's timing is perfect, and another role will come.",
        "I know the Almighty's plan for my career is the best.",
        "With Allah's help I will join a team like yours one day.",
        "I pray Oluwa's favour on your team.",
        "I know the Holy Spirit's plan for my career is good.",
        "Insha'Allah, I will be part of your team's future.",
    ],
)
def test_names_of_god_are_no_firm(sentence: str) -> None:
    assert _trainers(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "firm"),
    [
        ("By God's grace I will keep trying, and I wish Learnwell Nigeria's team success.",
         "Learnwell Nigeria"),
        ("I wish Godfrey Logistics's team every success.", "Godfrey Logistics"),
        ("I wish Lordstown Motors's team every success.", "Lordstown Motors"),
    ],
)  # fmt: skip
def test_firms_beside_or_named_like_god_still_flag(sentence: str, firm: str) -> None:
    assert _trainers(sentence) == [firm]


def test_a_presentation_designed_for_a_name_is_left_by_the_gate() -> None:
    # NOTE: left by the cue-beside gate (_org_future.cued_firm): no word of the job, the hiring
    # or a wish stands beside the name, so the sentence-wide cue no longer makes it the firm
    # written to. On new blind letters that cue was wrong far more often than right.
    assert (
        _institute(
            "I hope the presentation I designed for Duqm Cement Company was useful to the team."
        )
        == []
    )
