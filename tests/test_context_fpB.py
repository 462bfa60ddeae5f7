"""wrong-company: a firm's "& Co." initials, a round of talks, a place, a body's scheme, a case.

Cases from tests/context125, each on a new example: the employer's initials taken with the
"Co." of "X Y & Co.", a roundtable a body hosts, a place named before "harbour" or
"airport", a members' body's mentorship programme, and the firm an interview's case study
was about, named after "the case on".
"""

from __future__ import annotations

import contexthelp

flagged = contexthelp.replier(
    "Tennant Loach Shipping Ltd", "Paula Grant", "paula.grant@tennantloach.com", "Tomasz"
)
partners = contexthelp.replier(
    "Ferreira Lobo & Co.", "Ines Vaz", "ines.vaz@ferreiralobo.pt", "Tomasz"
)


# --- the initials of "X Y & Co.", its "Co." included ----------------------------------------


def test_the_employers_initials_with_its_co_are_not_flagged() -> None:
    sentence = "I enjoyed the walk round FLC's Porto office after the interview."
    assert partners(sentence) == []


def test_other_initials_in_the_same_place_are_flagged() -> None:
    sentence = "I enjoyed the walk round GHK's Porto office after the interview."
    assert partners(sentence) == ["GHK"]


# --- a roundtable a body hosts --------------------------------------------------------------


def test_a_roundtable_named_after_its_host_is_not_flagged() -> None:
    sentence = "Perhaps we will meet at the Brick & Quill Shipping roundtable in May."
    assert flagged(sentence) == []


def test_the_same_host_where_the_job_is_is_flagged() -> None:
    sentence = "I would still love to work at Brick & Quill Shipping one day."
    assert flagged(sentence) == ["Brick & Quill Shipping"]


# --- a place before its own word ------------------------------------------------------------


def test_a_town_before_harbour_is_not_flagged() -> None:
    sentence = "I enjoyed hearing about your salvage work at Walvis harbour last week."
    assert flagged(sentence) == []


def test_a_firm_before_harbour_is_flagged() -> None:
    # a name of a firm's shape is the firm, whatever follows it
    sentence = "I enjoyed hearing about the salvage work at Walvis Marine Ltd harbour last week."
    assert flagged(sentence) == ["Walvis Marine Ltd"]


# --- a members' body's scheme ---------------------------------------------------------------


def test_a_law_societys_mentorship_programme_is_not_flagged() -> None:
    sentence = "I enjoyed our talk about the Tamar Valley Law Society mentorship programme."
    assert flagged(sentence) == []


def test_the_same_society_as_a_place_to_work_is_flagged() -> None:
    sentence = "I would love to join the Tamar Valley Law Society team in future."
    assert flagged(sentence) == ["Tamar Valley Law Society"]


# --- the firm a case study was about --------------------------------------------------------


def test_the_firm_a_case_was_on_is_not_flagged() -> None:
    sentence = "Thank you for the chance to work through the case on Velmora Foods's cold chain."
    assert flagged(sentence) == []


def test_a_question_about_a_firms_plans_is_flagged() -> None:
    # a question may ask of the employer itself: the name stays the one written to
    sentence = "Thank you for answering my questions about Velmora Foods's plans for the role."
    assert flagged(sentence) == ["Velmora Foods"]
