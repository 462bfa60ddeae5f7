"""The letter rules on plans to improve, later hiring rounds, asks to recommend, wishes and "sick".

Cases from the blind sets tests/context61 and tests/context62, each with new wordings:
the writer's own aim to "close that gap", a later application once the writer's own
circumstances change, and "another chance ... when you hire students" are no plea to
reopen the decision; "any remarks", "could you suggest anything" and "courses you'd
recommend" ask for feedback; a wish to a named pair ("I wish you and the incoming
programme manager a very successful season") and "Bonne chance to your new host" wish the
hire well; being considered for other kinds of work ("shorter evaluation assignments")
leaves the door open; and "sick" alone (ill, or slang praise) vents nothing. The nearby
pleas, reports and fed-up "sick of" stay flagged.
"""

from __future__ import annotations

import pytest
from contexthelp import found
from test_context59 import _body, _letter

_LETTERS = [
    ("context62/cafe-supervisor-franchisee-long-but-kind.md", "reconsider-plea"),
    ("context62/contact-centre-team-lead-phone-call-nickname.md", "reconsider-plea"),
    ("context62/contact-centre-team-lead-phone-call-nickname.md", "missing-feedback-request"),
    ("context62/grocery-deli-clerk-late-misspelt-particle.md", "reconsider-plea"),
    ("context62/produce-clerk-quebec-outlook-fr-pasted-market.eml", "reconsider-plea"),
    ("context61/oecd-noreply-accented-name-french-client.eml", "missing-feedback-request"),
    ("context62/teller-newfoundland-late-no-congrats.md", "missing-feedback-request"),
    ("context61/tamarind-water-ps-blue-spring.md", "missing-congratulations"),
    ("context62/diner-host-quebec-cegep-festival.md", "missing-congratulations"),
    ("context61/consultancy-donor-clients-late-demand.eml", "missing-door-open"),
    ("context62/gym-front-desk-slow-reply-after-move.eml", "negative-emotion"),
]


@pytest.mark.parametrize(("path", "rule"), _LETTERS)
def test_the_letters_are_clean_of_the_rule(path, rule) -> None:
    assert _letter(path, rule) == []


# --- reconsider-plea: the writer's own plans and later rounds ------------------------------------


@pytest.mark.parametrize(
    "paragraph",
    [
        "I can run a till, but I have never done a stocktake, and I want to close that gap.",
        "Are there any courses that would help me bridge the gap in rostering?",
        "Should my hours change after the semester, may I get in touch again?",
        "I hope for another chance in the spring when you recruit seasonal staff.",
    ],
)
def test_plans_and_later_rounds_are_no_plea(paragraph) -> None:
    assert _body(paragraph, "reconsider-plea") == []


@pytest.mark.parametrize(
    "paragraph",
    [
        "If anything changes, may I reach out again?",
        "Please give me another chance before you hire anyone else.",
        "Could you reconsider? I can close any gaps within a week.",
    ],
)
def test_pleas_beside_them_stay_flagged(paragraph) -> None:
    assert _body(paragraph, "reconsider-plea")


# --- missing-feedback-request: remarks, suggestions, recommendations -----------------------------


def _no_feedback(paragraph: str) -> list[str]:
    return _body(paragraph + " I hope to apply again next year.", "missing-feedback-request")


@pytest.mark.parametrize(
    "paragraph",
    [
        "I would be glad of any remarks on my presentation.",
        "Could you suggest a course that would help with cash handling?",
        "Is there any certification you would recommend for a new teller?",
    ],
)
def test_asks_to_suggest_or_recommend_ask_for_feedback(paragraph) -> None:
    assert _no_feedback(paragraph) == []


@pytest.mark.parametrize(
    "paragraph",
    [
        "I would recommend your bakery to anyone.",
        "A friend suggested I apply, and I am glad I did.",
        "Your remarks about the night shift made me laugh.",
    ],
)
def test_recommending_and_remarks_made_ask_nothing(paragraph) -> None:
    assert _no_feedback(paragraph)


# --- missing-congratulations: a wish to a named pair, luck wished in French -----------------------


def _no_wish(paragraph: str) -> list[str]:
    reply = f"Dear Mariana,\n\nThank you for the interview.\n\n{paragraph}\n\nBest,\nTomás\n"
    return found(reply, "missing-congratulations", "reply.txt")


@pytest.mark.parametrize(
    "paragraph",
    [
        "I wish you and the new supervisor on the night team a great first month.",
        "Bonne chance to the new barista!",
        "Bonne chance with the summer terrace.",
    ],
)
def test_wishes_to_a_pair_and_in_french_count(paragraph) -> None:
    assert _no_wish(paragraph) == []


@pytest.mark.parametrize(
    "paragraph",
    [
        "I wish you had told me before the second interview that the post was filled.",
        "The recruiter said bonne chance as I left.",
    ],
)
def test_regrets_and_reported_luck_are_no_wish(paragraph) -> None:
    assert _no_wish(paragraph)


# --- missing-door-open: considered for other kinds of work ---------------------------------------


@pytest.mark.parametrize(
    ("paragraph", "flagged"),
    [
        ("I would still like to be considered for shorter evaluation assignments.", False),
        ("I'd be glad to be considered for weekend shifts.", False),
        ("Thank you for allowing me to be considered for the two positions.", True),
        ("I was pleased to be considered for this role.", True),
    ],
)
def test_considered_for_openings_in_the_plural(paragraph, flagged) -> None:
    assert bool(_body(paragraph, "missing-door-open")) is flagged


# --- negative-emotion: "sick" ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("paragraph", "flagged"),
    [
        ("Sorry for the delay, I was sick most of last week.", False),
        ("The new climbing wall looks sick, by the way.", False),
        ("Honestly I'm sick of being told I lack experience.", True),
        ("The way this was handled makes me sick.", True),
        ("I am sick and tired of these form letters.", True),
    ],
)
def test_sick_vents_only_when_fed_up(paragraph, flagged) -> None:
    assert bool(_body(paragraph, "negative-emotion")) is flagged
