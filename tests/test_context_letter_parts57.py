"""Letter courtesies and vents misread in context55-58, each on the real letter and new wordings.

missing-door-open: "give us a shout if ..." (us is the writer alone in British and
antipodean speech) and "can I send you my details again once I have the ticket" (which is
no plea to reconsider either). missing-feedback-request: "kindly share the areas in which
my profile was lacking". missing-congratulations: a wish said as a prayer ("praying for the
success of the new batch"). negative-emotion: a fond memory ("something I'll remember for a
while!"), and "what a waste of time", which belittles their time (downplay-effort) rather
than venting.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from contexthelp import found

_HERE = Path(__file__).parent


def _letter(path: str, rule: str) -> list[str]:
    """Return the findings of ``rule`` in a labeled letter of tests/."""
    letter = _HERE / path
    return found(letter.read_text(encoding="utf-8"), rule, letter.name)


def _reply(sentence: str, rule: str) -> list[str]:
    """Return the findings of ``rule`` in a short reply holding ``sentence``."""
    text = f"Dear Tom,\n\nThank you for letting me know. {sentence}\n\nKind regards,\nLily\n"
    return found(text, rule, "reply.txt")


# --- door left open: "give us a shout", sending details again later ----------------------------


def test_the_real_letters_leaving_the_door_open_tersely_pass() -> None:
    assert _letter("context58/farmhand-lambing-phone-call-late.md", "missing-door-open") == []
    assert _letter("context58/stevedore-thanks-wrong-terminal.md", "missing-door-open") == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Give us a bell if the dairy needs a relief milker in spring.",
        "If the yard is ever short on a Saturday, drop us a text.",
        "I'm finishing my forklift licence in June, so I'll send you my CV again once I have it.",
        "Could I resubmit my application when I've passed the first aid course?",
    ],
)
def test_a_terse_door_left_open_passes(sentence: str) -> None:
    assert _reply(sentence, "missing-door-open") == []


@pytest.mark.parametrize(
    "sentence",
    [
        "You could have given us a call before the trial day.",
        "I sent my CV when the job was first advertised.",
        "My details are all on the form you have.",
    ],
)
def test_no_door_left_open_is_still_flagged(sentence: str) -> None:
    assert _reply(sentence, "missing-door-open") == ["Dear Tom,"]


def test_the_real_letter_sending_details_again_later_is_no_plea() -> None:
    assert _letter("context58/stevedore-thanks-wrong-terminal.md", "reconsider-plea") == []


@pytest.mark.parametrize(
    "sentence",
    [
        "I'll have my HGV licence by August - may I send you an updated CV once I do?",
        "Can I resubmit my application after I finish the port ticket course?",
    ],
)
def test_sending_details_again_later_is_no_plea(sentence: str) -> None:
    assert _reply(sentence, "reconsider-plea") == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Please reconsider my application before the offer is signed.",
        "Could you look at my application once more before you decide?",
    ],
)
def test_a_plea_to_reconsider_is_still_flagged(sentence: str) -> None:
    assert _reply(sentence, "reconsider-plea") != []


# --- feedback asked for as "the areas where I was lacking" ------------------------------------


def test_the_real_letter_asking_for_the_areas_it_lacked_passes() -> None:
    path = "context57/hindi-exam-board-signoff-wrong-board.md"
    assert _letter(path, "missing-feedback-request") == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Kindly share the areas where my answers fell short, so that I can prepare better.",
        "Could you tell me the main points I should work on before the next round?",
        "Please let me know the specific aspects of my interview that were weakest.",
    ],
)
def test_asking_for_the_areas_to_improve_passes(sentence: str) -> None:
    assert _reply(sentence, "missing-feedback-request") == []


@pytest.mark.parametrize(
    "sentence",
    [
        "The panel covered all the areas listed in the advert.",
        "You told me the points I missed during the call.",
    ],
)
def test_naming_the_areas_without_asking_is_still_flagged(sentence: str) -> None:
    assert _reply(sentence, "missing-feedback-request") == ["Dear Tom,"]


# --- a wish said as a prayer -------------------------------------------------------------------


def test_the_real_letter_praying_for_the_new_batch_passes() -> None:
    assert _letter("context55/airline-tagalog-pasted-late.md", "missing-congratulations") == []


@pytest.mark.parametrize(
    "sentence",
    [
        "I am praying for the success of the new graduate nurses.",
        "I pray that God blesses the new teacher and your whole school.",
        "We will be praying for the growth of your clinic this year.",
    ],
)
def test_a_wish_said_as_a_prayer_passes(sentence: str) -> None:
    assert _reply(sentence, "missing-congratulations") == []


@pytest.mark.parametrize(
    "sentence",
    [
        "I pray that you will look at my application again.",
        "I prayed a lot before the interview.",
    ],
)
def test_a_prayer_for_oneself_is_still_flagged(sentence: str) -> None:
    assert _reply(sentence, "missing-congratulations") == ["Dear Tom,"]


# --- a fond memory; a waste of their time ------------------------------------------------------


def test_the_real_letter_remembering_the_drill_tower_does_not_vent() -> None:
    path = "context56/firefighter-greeting-names-other-service.md"
    assert _letter(path, "negative-emotion") == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Abseiling down the quarry face with your instructors is something I'll remember!",
        "Meeting the night shift was an experience I will always treasure.",
        "The tour of the bakery at 4 a.m. was a day I'll remember for years!",
    ],
)
def test_a_fond_memory_does_not_vent(sentence: str) -> None:
    assert _reply(sentence, "negative-emotion") == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Being ghosted for a month was humiliating.",
        "What a waste.",
        "I'm furious. That's something I'll remember.",
    ],
)
def test_a_grudge_or_a_vent_is_still_flagged(sentence: str) -> None:
    assert _reply(sentence, "negative-emotion") != []


def test_the_real_letter_calling_the_task_a_waste_of_time_belittles_it_only() -> None:
    path = "context55/resort-sarcastic-demands-iphone.eml"
    assert "what a waste" not in _letter(path, "negative-emotion")
    assert _letter(path, "downplay-effort") == [
        "nobody read the written task — what a waste of time"
    ]


@pytest.mark.parametrize(
    "sentence",
    ["What a waste of everybody's time.", "The whole panel was a waste of my afternoon."],
)
def test_a_waste_of_their_time_belittles_it(sentence: str) -> None:
    assert _reply(sentence, "downplay-effort") != []
    assert _reply(sentence, "negative-emotion") == []
