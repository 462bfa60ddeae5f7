"""The letter rules on thanks kept in spite of the news, cheering on, and asks for what they saw.

Cases from the blind sets tests/context69 to tests/context72, each with new wordings: "thank you
anyway for the interviews" thanks; "I request you to keep my application" demands nothing;
"Congrats to whoever's got it" is no sarcasm; "I'd like to hear what else the team noticed"
asks for feedback; "I do not understand this decision." and "consider me again in the second
semester" plead nothing; and "I'm rooting for your lead asset" wishes them well. The demands,
pleas and wordings nearby that do none of this stay flagged.
"""

from __future__ import annotations

import pytest
from contexthelp import found
from test_context59 import _body, _letter

_LETTERS = [
    ("context69/czech-tram-maker-late-outlook-cz.eml", "missing-thanks"),
    ("context69/india-coach-factory-late-placeholder.md", "demanding-feedback"),
    ("context70/site-engineer-sorry-slow-reply-late.eml", "negative-emotion"),
    ("context71/bakery-indonesian-late-top-posted.eml", "missing-feedback-request"),
    ("context71/cinema-thai-late-across-zones.eml", "missing-feedback-request"),
    ("context71/cinema-russian-bitter-late.md", "reconsider-plea"),
    ("context72/pathology-intern-portoalegre-wrong-joao.md", "reconsider-plea"),
    (
        "context72/translational-scientist-boston-template-brand-twice.eml",
        "missing-congratulations",
    ),
]


@pytest.mark.parametrize(("path", "rule"), _LETTERS)
def test_the_letters_are_clean_of_the_rule(path, rule) -> None:
    assert _letter(path, rule) == []


def _plain(paragraph: str, rule: str) -> list[str]:
    """Return the findings of ``rule`` in a reply that only holds ``paragraph``."""
    return found(f"Dear Radek,\n\n{paragraph}\n\nRegards,\nMarta\n", rule, "reply.txt")


# --- missing-thanks: thanks kept in spite of the news ------------------------------------------


@pytest.mark.parametrize(
    "paragraph",
    [
        "Thank you anyway for the interviews.",
        "Thanks nonetheless for the tour of the depot.",
        "Thank you regardless for the two calls last week.",
    ],
)
def test_thanks_in_spite_of_the_news_thank(paragraph) -> None:
    assert _plain(paragraph, "missing-thanks") == []


@pytest.mark.parametrize(
    "paragraph",
    ["Thanks anyway for letting me know.", "Thank you anyway for nothing."],
)
def test_thanks_anyway_for_the_news_alone_thank_nothing(paragraph) -> None:
    assert _plain(paragraph, "missing-thanks")


# --- demanding-feedback: the courtesy "I request you to keep me in view" -----------------------


@pytest.mark.parametrize(
    "paragraph",
    [
        "I request you to keep my resume for any later opening.",
        "I request you to consider me for the next intake of inspectors.",
        "I request you to contact me when a similar post opens.",
    ],
)
def test_a_request_to_be_kept_in_view_demands_nothing(paragraph) -> None:
    assert _body(paragraph, "demanding-feedback") == []


@pytest.mark.parametrize(
    "paragraph",
    [
        "I request you to explain why I was not selected.",
        "I request that you send me my scores.",
    ],
)
def test_a_request_for_reasons_still_demands(paragraph) -> None:
    assert _body(paragraph, "demanding-feedback")


# --- negative-emotion: congratulations to whoever got the job ----------------------------------


@pytest.mark.parametrize(
    "paragraph",
    [
        "Congrats to whoever's got it, they'll enjoy that job.",
        "Congratulations to whoever gets the post, the crew will look after them.",
    ],
)
def test_congratulations_to_whoever_got_the_job_vent_nothing(paragraph) -> None:
    assert _body(paragraph, "negative-emotion") == []


def test_congratulations_to_whoever_got_lucky_still_vent() -> None:
    assert _body("Congrats to whoever got lucky this time.", "negative-emotion")


# --- missing-feedback-request: asking to hear what they saw ------------------------------------


@pytest.mark.parametrize(
    "paragraph",
    [
        "If you have a moment, I would be happy to hear what else the panel noticed.",
        "If there is anything in my portfolio you felt was weak, I'd genuinely like to hear it.",
        "I'd love to know what the judges saw in my second dish.",
    ],
)
def test_asking_what_they_saw_asks_for_feedback(paragraph) -> None:
    assert _plain(paragraph, "missing-feedback-request") == []


@pytest.mark.parametrize(
    "paragraph",
    [
        "I was glad to hear what the chef thought of my menu.",
        "I know what the panel noticed about the van.",
    ],
)
def test_a_report_or_a_chat_asks_for_nothing(paragraph) -> None:
    assert _plain(paragraph, "missing-feedback-request")


# --- reconsider-plea: bewilderment, and a later term ------------------------------------------


@pytest.mark.parametrize(
    "paragraph",
    [
        "Honestly I do not understand this decision.",
        "I hope you will consider me again in the second semester.",
        "Please look at my application again for the spring term.",
    ],
)
def test_bewilderment_or_a_later_term_pleads_nothing(paragraph) -> None:
    assert _body(paragraph, "reconsider-plea") == []


@pytest.mark.parametrize(
    "paragraph",
    [
        "I do not understand this decision, so please look at my file again.",
        "I'm willing to take a lower base for the first quarter to prove myself.",
    ],
)
def test_a_plea_after_the_bewilderment_still_pleads(paragraph) -> None:
    assert _body(paragraph, "reconsider-plea")


# --- missing-congratulations: rooting for them -------------------------------------------------


@pytest.mark.parametrize(
    "paragraph",
    [
        "I'm rooting for Brightwater's lead asset in the clinic.",
        "I'll be cheering on the new crew at the regatta.",
    ],
)
def test_rooting_for_them_wishes_them_well(paragraph) -> None:
    reply = f"Dear Megan,\n\nThank you for the call.\n\n{paragraph}\n\nBest,\nKwame\n"
    assert found(reply, "missing-congratulations", "reply.txt") == []


def test_cheers_for_the_news_wishes_no_one_well() -> None:
    reply = "Dear Megan,\n\nCheers for the heads-up.\n\nBest,\nKwame\n"
    assert found(reply, "missing-congratulations", "reply.txt")
