"""wrong-company: another firm's team greeted or kept in touch with, a paper said to be the reader's."""

from __future__ import annotations

import pytest
from contexthelp import company_reply, flagged, found


def _greeted(greeting: str) -> list[str]:
    """Return the names flagged in a reply to Harwell Grounds that opens with ``greeting``."""
    return flagged(
        "---\nto: [Tomasz Zielinski <t.zielinski@harwellgrounds.co.uk>]\nrejection:\n"
        "  from: [Tomasz Zielinski <t.zielinski@harwellgrounds.co.uk>]\n"
        f"  company: Harwell Grounds\n---\n{greeting}\n\nThank you for showing me round the "
        "depot last week. I am sorry not to be joining, but I understand the decision.\n\n"
        "Best wishes,\nEwa Kowalczyk\n"
    )


@pytest.mark.parametrize(
    ("greeting", "name"),
    [
        # a firm's arm in one country, and a department written small after it
        ("Dear Verdalis UK recruitment team,", "Verdalis UK"),
        ("Dear Verdalis Ireland Hiring Team,", "Verdalis Ireland"),
        ("Dear Verdalis talent team,", "Verdalis"),
    ],
)
def test_a_greeting_to_another_firms_team_is_flagged(greeting: str, name: str) -> None:
    assert _greeted(greeting) == [name]


@pytest.mark.parametrize(
    "greeting",
    [
        "Dear Harwell UK recruitment team,",  # the employer's own arm in the country
        "Dear UK recruitment team,",  # a country's team, no firm's name
        "Dear Bristol recruitment team,",  # a town's team, of the employer's
    ],
)
def test_a_greeting_to_the_employers_own_team_is_left_alone(greeting: str) -> None:
    assert _greeted(greeting) == []


def _to_brightmoor(sentence: str) -> list[str]:
    """Return the names flagged in a reply with ``sentence`` to Brightmoor Labs."""
    return flagged(
        company_reply(sentence, "Brightmoor Labs", "Ines Duarte", "ines@brightmoorlabs.io", "Kai")
    )


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        (
            "I'd really like to stay in touch with the Amber Loop platform team.",
            "Amber Loop",
        ),
        ("I hope to keep in touch with the Zelvora data team.", "Zelvora"),
        (
            "I'd be glad to stay connected with the Amber Loop design team.",
            "Amber Loop",
        ),
        ("I look forward to hearing from the Zelvora hiring team.", "Zelvora"),
    ],
)
def test_a_team_kept_in_touch_with_is_the_one_written_to(sentence: str, name: str) -> None:
    assert _to_brightmoor(sentence) == [name]


@pytest.mark.parametrize(
    "sentence",
    [
        "I was in touch with the Amber Loop platform team last year.",  # a past contact
        "I'd love to stay in touch with the Lisbon engineering team.",  # a site's people
        "I'd love to stay in touch with the Brightmoor Labs engineering team.",
    ],
)
def test_a_past_contact_a_site_or_the_employer_kept_in_touch_with_is_left_alone(
    sentence: str,
) -> None:
    assert _to_brightmoor(sentence) == []


def _reply_eml(sentence: str, quoted: str) -> str:
    """Return an .eml reply with ``sentence`` above the quoted rejection ``quoted``."""
    return (
        "From: Kai Brandt <kai@mail.example>\nTo: Ines Duarte <ines@brightmoorlabs.io>\n"
        "Subject: Re: Backend Engineer\n\nDear Ines,\n\nThank you for letting me know. "
        f"{sentence}\n\nBest regards,\nKai Brandt\n\n"
        "On Tue, 10 Mar 2026 at 14:05, Ines Duarte <ines@brightmoorlabs.io> wrote:\n"
        f"> Dear Kai,\n>\n> {quoted}\n>\n> Best,\n> Ines Duarte\n"
    )


def test_a_team_the_thread_names_as_the_employers_is_left_alone() -> None:
    sentence = "I'd love to stay in touch with the Amber Loop platform team."
    alone = "Thanks for interviewing with Brightmoor Labs. We chose another candidate."
    named = (
        "Thanks for interviewing for the Amber Loop team at Brightmoor Labs. We chose "
        "another candidate."
    )
    assert found(_reply_eml(sentence, alone), "wrong-company") == ["Amber Loop"]
    assert found(_reply_eml(sentence, named), "wrong-company") == []


def _to_the_courier(sentence: str) -> list[str]:
    """Return the names flagged in a reply with ``sentence`` to the Eastbank Courier."""
    return flagged(
        company_reply(sentence, "Eastbank Courier", "Ruth Okoye", "ruth@eastbankcourier.ca", "Lee")
    )


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        (
            "I've been reading the Millbrook Tribune since I was twelve, and your team's "
            "flood reporting is why I chose journalism.",
            "Millbrook Tribune",
        ),
        (
            "I grew up listening to the Valley Hour, and your newsroom's election night "
            "coverage still stays with me.",
            "Valley Hour",
        ),
    ],
)
def test_a_paper_long_followed_and_said_to_be_the_readers_is_flagged(
    sentence: str, name: str
) -> None:
    assert _to_the_courier(sentence) == [name]


@pytest.mark.parametrize(
    "sentence",
    [
        # the writer's own background, no word of the reader's
        "I've been reading the Millbrook Tribune since I was twelve, and it is why I chose "
        "journalism.",
        # a comparison names another paper beside the reader's
        "I've read the Millbrook Tribune for years, and your team's reporting is sharper "
        "than anything in it.",
        # the employer's own paper
        "I've been reading the Eastbank Courier since I was twelve, and your team's flood "
        "reporting is why I chose journalism.",
    ],
)
def test_a_paper_of_the_writers_own_background_is_left_alone(sentence: str) -> None:
    assert _to_the_courier(sentence) == []
