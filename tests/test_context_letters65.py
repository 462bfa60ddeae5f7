"""The letter rules on later rounds, a CV kept for another programme and a question to the reader.

Cases from the blind sets tests/context65 and tests/context66, each with new wordings: "consider
me in the autumn recruitment", "for internships in the winter semester" and "for the dual study
programme in 2027" ask for a later round, so the door is left open; "please keep my CV for the
summer programme" beside a belief in one's fit is a wish for a later opening, not a plea; and
"would you be able to share what the other candidates had" asks the reader, it threatens to tell
no one. The pleas, pledges and threats nearby stay flagged.
"""

from __future__ import annotations

import pytest
from test_context59 import _body, _letter

_LETTERS = [
    ("context66/china-auto-intern-names-plant-and-track-no-thanks.md", "missing-door-open"),
    ("context66/germany-bank-risk-intern-particle-name-clean.eml", "missing-door-open"),
    (
        "context66/germany-utility-trainee-names-departments-demands-criteria.md",
        "missing-door-open",
    ),
    ("context66/china-insight-programme-paste-ltd-not-late-across-zones.eml", "reconsider-plea"),
    ("context65/architect-near-miss-namesake.eml", "negative-emotion"),
]


@pytest.mark.parametrize(("path", "rule"), _LETTERS)
def test_the_letters_are_clean_of_the_rule(path, rule) -> None:
    assert _letter(path, rule) == []


# --- missing-door-open: a later season, year or kind of opening ---------------------------------


@pytest.mark.parametrize(
    "paragraph",
    [
        "Please consider me in the spring recruitment.",
        "I would be glad to be considered for the winter intake.",
        "Could you consider me for traineeships in the logistics team?",
        "Please consider me for the graduate scheme in 2028.",
        "I hope to be considered for the apprenticeship programme starting 2027.",
    ],
)
def test_a_later_round_leaves_the_door_open(paragraph) -> None:
    assert _body(paragraph, "missing-door-open") == []


@pytest.mark.parametrize(
    "paragraph",
    [
        "Thank you for considering me in the spring recruitment.",
        "I was considered for the winter intake last year as well.",
        "I was grateful to be considered for both internships.",
        "I was considered for the graduate scheme in 2024.",
    ],
)
def test_the_round_already_run_leaves_it_shut(paragraph) -> None:
    assert _body(paragraph, "missing-door-open")


# --- reconsider-plea: a CV kept for another opening ----------------------------------------------


@pytest.mark.parametrize(
    "paragraph",
    [
        "I believe my research background would fit well with your team, so please keep my CV for"
        " the summer programme if possible.",
        "I am sure I would suit the desk, so do hold on to my CV for the autumn scheme.",
    ],
)
def test_a_cv_kept_for_another_opening_is_no_plea(paragraph) -> None:
    assert _body(paragraph, "reconsider-plea") == []


@pytest.mark.parametrize(
    "paragraph",
    [
        "I'm the better fit, so please keep my CV for the position in case he declines.",
        "Please keep my CV for this role and reconsider my application.",
    ],
)
def test_a_cv_kept_for_this_role_is_still_a_plea(paragraph) -> None:
    assert _body(paragraph, "reconsider-plea")


# --- negative-emotion: the reader asked to share -------------------------------------------------


@pytest.mark.parametrize(
    "paragraph",
    [
        "Would you be able to tell me what the other applicants brought?",
        "Will you share a few words on what the other candidates did well?",
    ],
)
def test_asking_the_reader_to_share_threatens_nothing(paragraph) -> None:
    assert _body(paragraph, "negative-emotion") == []


@pytest.mark.parametrize(
    "paragraph",
    [
        "I will be sure to tell other applicants about this.",
        "I'll share my experience with other candidates online.",
        "I'd prefer to be able to tell my friends something good about your firm.",
    ],
)
def test_telling_others_is_still_a_threat(paragraph) -> None:
    assert _body(paragraph, "negative-emotion")
