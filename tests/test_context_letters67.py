"""The letter rules on a start or a prayer wished, a guide asked for, thanks in one's own tongue.

Cases from the blind sets tests/context67 and tests/context68, each with new wordings: "I wish
the incoming consultant a strong start" and "I pray the new officer does well" wish the hire
well; "kindly guide me about the areas in which I was found lacking" asks for feedback; and
"Dankie vir die nuus." (Afrikaans thanks) or "be considered for future posts" vent nothing.
The wishes, reports and threats nearby that do none of this stay flagged.
"""

from __future__ import annotations

import pytest
from contexthelp import found
from test_context59 import _body, _letter

_LETTERS = [
    ("context67/consultant-boutique-pasted-first-line.md", "missing-congratulations"),
    ("context68/mosque-outreach-second-signer-clean.md", "missing-congratulations"),
    ("context67/risk-analyst-karachi-late-pasted.eml", "missing-feedback-request"),
    ("context68/afrikaans-noreply-to.eml", "negative-emotion"),
    ("context68/hindi-misspelt-doctor-late.md", "negative-emotion"),
]


@pytest.mark.parametrize(("path", "rule"), _LETTERS)
def test_the_letters_are_clean_of_the_rule(path, rule) -> None:
    assert _letter(path, rule) == []


def _uncongratulated(paragraph: str) -> list[str]:
    """Return the missing-congratulations findings of a short reply holding ``paragraph``."""
    reply = (
        "Dear Imran,\n\nThank you for the interview and for your time.\n\n"
        f"{paragraph}\n\nBest regards,\nNadia\n"
    )
    return found(reply, "missing-congratulations", "reply.txt")


# --- missing-congratulations: a start wished, a hope prayed ----------------------------------------


@pytest.mark.parametrize(
    "paragraph",
    [
        "I wish the incoming consultant a strong start on the team.",
        "I wish your new warden a flying start this term.",
        "I pray the new officer does well with the winter coat drive.",
        "I pray your new imam settles in happily and the hall thrives.",
    ],
)
def test_a_start_wished_or_a_prayer_congratulates(paragraph) -> None:
    assert _uncongratulated(paragraph) == []


@pytest.mark.parametrize(
    "paragraph",
    [
        "I pray you reconsider my application.",
        "I wish the panel had given me a stronger brief.",
        "The case interview got off to a strong start.",
    ],
)
def test_a_plea_or_a_regret_congratulates_no_one(paragraph) -> None:
    assert _uncongratulated(paragraph)


# --- missing-feedback-request: guide me about the areas ---------------------------------------------


@pytest.mark.parametrize(
    "paragraph",
    [
        "If possible, kindly guide me about the areas in which I was found lacking.",
        "Please enlighten me on the areas where my answers fell short.",
        "Could you brief me on any gaps in my credit analysis?",
    ],
)
def test_asking_to_be_guided_on_the_gaps_asks_for_feedback(paragraph) -> None:
    assert _body(paragraph, "missing-feedback-request") == []


@pytest.mark.parametrize(
    "paragraph",
    [
        "Your recruiter guided me about the areas the bank covers.",
        "The panel briefed me on the areas the team handles.",
    ],
)
def test_being_guided_already_asks_nothing(paragraph) -> None:
    assert _body(paragraph, "missing-feedback-request")


# --- negative-emotion: thanks in one's own tongue, posts that are jobs -------------------------------


@pytest.mark.parametrize(
    "paragraph",
    [
        "Dankie vir die nuus.",
        "Danke schön!",
        "I would be grateful to be considered for future posts at the Forum.",
        "I'd love to be kept in mind for any reviews or audits the board takes on.",
    ],
)
def test_own_tongue_thanks_and_future_posts_vent_nothing(paragraph) -> None:
    assert _body(paragraph, "negative-emotion") == []


@pytest.mark.parametrize(
    "paragraph",
    [
        "I plan to post about this whole process on LinkedIn.",
        "I'll be writing about the way you treat candidates on the forum.",
    ],
)
def test_posting_about_them_is_still_a_threat(paragraph) -> None:
    assert _body(paragraph, "negative-emotion")
