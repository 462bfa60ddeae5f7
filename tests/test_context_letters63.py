"""The letter rules on feedback asked in other words, accepted decisions and a second thanks.

Cases from the blind sets tests/context63 and tests/context64, each with new wordings: an
offer to welcome "one more suggestion", "I would like to know if ... was the main weak
point", "would more stage experience have made the difference?", "inform me my weak points"
and "point out my shortcomings" ask for feedback; praise of the employer ("I remain convinced
it is one of the boldest institutions"), a decision that "cannot change" and that same
question on what made the difference are no plea; "thank you for your message and for
letting me present my concept" thanks; and "I wanted to answer properly" demands nothing.
The nearby reports, boasts and pleas stay flagged.
"""

from __future__ import annotations

import pytest
from contexthelp import found
from test_context59 import _body, _letter
from test_context_letters61 import _no_feedback

_LETTERS = [
    ("context63/newspaper-columnist-nairobi-late-apology.eml", "missing-feedback-request"),
    (
        "context63/sports-commentator-brazil-names-channel-and-old-name.eml",
        "missing-feedback-request",
    ),
    ("context63/theatre-stage-manager-names-venue-and-school.eml", "missing-feedback-request"),
    ("context64/edible-oil-sir-madam-pasted-ps.eml", "missing-feedback-request"),
    ("context64/noodle-maker-stiff-pasted-signoff.eml", "missing-feedback-request"),
    ("context63/museum-curator-near-miss-kunsthalle.eml", "reconsider-plea"),
    ("context63/theatre-stage-manager-names-venue-and-school.eml", "reconsider-plea"),
    ("context63/theatre-lighting-designer-just-under-a-day-across-zones.md", "missing-thanks"),
    ("context63/publisher-editor-late-names-imprint-and-group.md", "demanding-feedback"),
]


@pytest.mark.parametrize(("path", "rule"), _LETTERS)
def test_the_letters_are_clean_of_the_rule(path, rule) -> None:
    assert _letter(path, rule) == []


def test_the_accepting_sentence_is_no_plea_but_the_plea_before_it_stays() -> None:
    plea = _letter("context63/orchestra-administrator-greek-too-long-plea.eml", "reconsider-plea")
    assert len(plea) == 1
    assert "one more time" in plea[0]


# --- missing-feedback-request: other wordings of the ask ----------------------------------------


@pytest.mark.parametrize(
    "paragraph",
    [
        "If you have a further note or two on my tasting menu, I would welcome it.",
        "I wonder if my lack of forklift hours was the weakest part of my application.",
        "Would a second language have made the difference?",
        "I hope you can kindly inform me my weak points.",
        "Please point out my shortcomings so I can work on them.",
    ],
)
def test_other_wordings_ask_for_feedback(paragraph) -> None:
    assert _no_feedback(paragraph) == []


@pytest.mark.parametrize(
    "paragraph",
    [
        "Please let me know if another role comes up that suits my experience.",
        "I would have made the difference on your night shift.",
        "You pointed out my weak points very kindly.",
    ],
)
def test_reports_and_boasts_nearby_ask_nothing(paragraph) -> None:
    assert _no_feedback(paragraph)


# --- reconsider-plea: praise of the employer, an accepted decision, a feedback question ---------


@pytest.mark.parametrize(
    "paragraph",
    [
        "I have admired your gallery for years and remain convinced it is one of the finest in"
        " the region.",
        "If the decision cannot change, I would be glad to hear what I could improve.",
        "I know the outcome won't change, and I accept it.",
        "So may I ask: would a year on a larger ward have made the difference?",
    ],
)
def test_praise_acceptance_and_questions_are_no_plea(paragraph) -> None:
    assert _body(paragraph, "reconsider-plea") == []


@pytest.mark.parametrize(
    "paragraph",
    [
        "I remain convinced that I was one of the strongest candidates you saw.",
        "I hope the decision can still change.",
        "I would have made the difference on your ward, so please look at my file again.",
    ],
)
def test_pleas_beside_them_stay_flagged(paragraph) -> None:
    assert _body(paragraph, "reconsider-plea")


# --- missing-thanks: a second reason after "and for letting me" ---------------------------------


def _thanks(sentence: str) -> list[str]:
    reply = f"Dear Inês,\n\n{sentence} Congratulations to the designer you chose.\n\nBest,\nLéa\n"
    return found(reply, "missing-thanks", "reply.txt")


@pytest.mark.parametrize(
    ("sentence", "flagged"),
    [
        ("Thank you for your message and for letting me pitch my lighting plan.", False),
        ("Thanks for the news, and especially for letting me sit in on the rehearsal.", False),
        ("Thanks for your email and for letting me know so quickly.", True),
    ],
)
def test_letting_me_do_something_is_thanks(sentence, flagged) -> None:
    assert bool(_thanks(sentence)) is flagged


# --- demanding-feedback: the writer's own wish to answer ----------------------------------------


@pytest.mark.parametrize(
    ("paragraph", "flagged"),
    [
        ("Sorry for the slow reply - I wanted to answer with a clear head.", False),
        ("I needed to report to the depot early all week, hence the delay.", False),
        ("I want an answer to my question by Friday.", True),
        ("I wanted to answer your email, but first I need an explanation of the scores.", True),
    ],
)
def test_wanting_to_answer_demands_nothing(paragraph, flagged) -> None:
    assert bool(_body(paragraph, "demanding-feedback")) is flagged
