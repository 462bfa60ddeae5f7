"""Readings that keep, past the cue-beside gate, names the sentence-wide cue used to catch."""

from __future__ import annotations

import contexthelp


def flagged(sentence: str, company: str = "Fenwright Logistics") -> list[str]:
    """Return the wrong-company findings of a reply holding ``sentence``."""
    reply = contexthelp.company_reply(
        sentence, company, "Ines Maar", "ines.maar@fenwright.com", "Tomas"
    )
    return contexthelp.flagged(reply)


# --- the second of two names joined by "and", a job's word before the first ---------------


def test_a_second_name_joined_to_one_after_a_job_word_is_flagged() -> None:
    sentence = "I had hoped to join Calloway Haulage and the Brindle Freight group this year."
    assert flagged(sentence) == ["Calloway Haulage", "Brindle Freight"]


# --- "elsewhere" between a job's word and the name -----------------------------------------


def test_openings_elsewhere_in_another_group_are_flagged() -> None:
    sentence = "Do keep me in mind for any vacancies elsewhere in the Marrow Shipping Group."
    assert flagged(sentence) == ["Marrow Shipping Group"]


# --- "if X ever needs": a need of the firm's the writer offers to fill ----------------------


def test_a_firms_need_the_writer_offers_to_fill_is_flagged() -> None:
    sentence = "If Tollgate Couriers ever needs holiday drivers, I would be glad to help you."
    assert flagged(sentence) == ["Tollgate Couriers"]


# --- a firm's works or ways the writer loved, and a firm's next chapter ---------------------


def test_a_firms_works_the_writer_loved_are_flagged() -> None:
    sentence = (
        "I have loved Tavishaw's travel guides since I was young, so the interview meant a lot."
    )
    assert flagged(sentence, "Fernleaf Books") == ["Tavishaw"]
    sentence = "I have always admired the driver training at Ostley Freight and hope to join you."
    assert flagged(sentence) == ["Ostley Freight"]
    # the writer's own years there are their past
    assert flagged("I loved my years at Ostley Freight and hope to join you.") == []


def test_a_firms_next_chapter_is_flagged() -> None:
    sentence = "I am sure Harrowgate Freight's next chapter will be a success with your new hire."
    assert flagged(sentence) == ["Harrowgate Freight"]
