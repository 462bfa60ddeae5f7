"""wrong-company: another firm named as the one that made the decision, or followed in a P.S."""

from __future__ import annotations

from contexthelp import company_reply, flagged


def _reply(sentence: str) -> str:
    return company_reply(sentence, "Brackenfield Analytics", "Oona Lindqvist",
                         "oona.lindqvist@brackenfield.io", "Pavel Horak")  # fmt: skip


def test_firm_that_had_to_choose_between_candidates_is_flagged():
    reply = _reply(
        "I realise Tessaroll had to choose between several very capable candidates, "
        "and I respect the outcome."
    )
    assert flagged(reply) == ["Tessaroll"]


def test_firm_that_went_with_another_applicant_is_flagged():
    reply = _reply("I can see why Quillmere went with another applicant this time.")
    assert flagged(reply) == ["Quillmere"]


def test_former_employer_that_decided_something_else_is_not_flagged():
    reply = _reply(
        "When Tessaroll decided to close its Brno office last year, I moved into analytics."
    )
    assert flagged(reply) == []


def test_employer_that_decided_between_candidates_is_not_flagged():
    reply = _reply("I understand Brackenfield had to decide between several strong people.")
    assert flagged(reply) == []
