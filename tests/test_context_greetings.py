"""Greetings that name a team or a department beside the firm, and doors left open in plain words."""

from __future__ import annotations

from contexthelp import found

_BODY = (
    "Thank you for the interview on Tuesday and for the time you gave me. Congratulations "
    "to whoever joins you, and I would welcome any advice on my case study."
)


def _reply(greeting: str, body: str = _BODY) -> str:
    """Return a reply email from Tomas to Priya Nair of Ashgrove Analytics, opening ``greeting``."""
    return (
        "From: Tomas Eriksen <tomas.eriksen@gmail.com>\n"
        "To: Priya Nair <priya.nair@ashgroveanalytics.com>\n"
        "Date: Tue, 10 Mar 2026 09:00:00 +0000\n"
        "Subject: Re: Data Analyst\n\n"
        f"{greeting}\n\n{body}\n\nBest wishes,\nTomas Eriksen\n\n"
        "On Mon, 9 Mar 2026 at 16:00, Priya Nair <priya.nair@ashgroveanalytics.com> wrote:\n"
        "> Dear Tomas,\n>\n> Thank you for interviewing with Ashgrove Analytics. We have "
        "offered the role to another candidate.\n>\n> Best,\n> Priya Nair\n"
    )


# --- wrong-company: a one-word firm in "the X team" beside the signer's name ---------------


def test_signer_greeted_with_a_pasted_firms_team_is_flagged():
    reply = _reply("Dear Priya and the Halvorsen team,")
    assert found(reply, "wrong-company") == ["Halvorsen"]


def test_signer_greeted_with_a_department_team_is_not_flagged():
    # an English word before "team" is a department's ("the Payments team")
    assert found(_reply("Dear Priya and the Payments team,"), "wrong-company") == []


def test_signer_greeted_with_the_employers_team_is_not_flagged():
    assert found(_reply("Dear Priya and the Ashgrove team,"), "wrong-company") == []


def test_team_named_for_a_place_the_letter_mentions_again_is_not_flagged():
    body = f"{_BODY} The tour of the Trondheim office was a highlight."
    assert found(_reply("Dear Priya and the Trondheim team,", body), "wrong-company") == []


def test_team_greeted_without_a_signer_is_left_to_wrong_recipient():
    # no signer named: nothing shows the writer names the team for a firm, not a place
    assert found(_reply("Dear Halvorsen team,"), "wrong-company") == []


# --- wrong-company: a firm's name before a department in capitals ---------------------------


def test_firm_name_before_a_department_in_the_greeting_is_flagged():
    reply = _reply("Dear Marlowe Foods Talent Acquisition,")
    assert found(reply, "wrong-company") == ["Marlowe Foods"]


def test_employers_name_before_a_department_in_the_greeting_is_not_flagged():
    assert found(_reply("Dear Ashgrove Analytics Recruitment Team,"), "wrong-company") == []


# --- wrong-recipient: a team greeted beside the signer -----------------------------------------


def test_signer_greeted_with_their_team_is_not_a_wrong_recipient():
    assert found(_reply("Dear Priya and the analytics team,"), "wrong-recipient") == []
    assert found(_reply("Dear Priya and the Halvorsen team,"), "wrong-recipient") == []


def test_stranger_greeted_with_a_team_is_still_a_wrong_recipient():
    assert found(_reply("Dear Oskar and the analytics team,"), "wrong-recipient") != []


def test_stranger_greeted_beside_the_signer_is_still_a_wrong_recipient():
    assert found(_reply("Dear Priya and Oskar,"), "wrong-recipient") != []


# --- missing-door-open: plain ways to be kept in mind -----------------------------------------


def _door(sentence: str) -> list[str]:
    return found(_reply("Dear Priya,", f"{_BODY} {sentence}"), "missing-door-open")


def test_kept_on_an_agencys_books_leaves_the_door_open():
    # NOTE: beside other thanks in one sentence, which the act model alone does not read
    assert _door("Thanks again for the coaching before the panel, and keep me on your books.") == []


def test_asking_to_keep_being_sent_roles_leaves_the_door_open():
    assert _door("Could you keep sending me locum jobs in the Exeter area?") == []


def test_asking_for_a_later_years_intake_leaves_the_door_open():
    assert _door("Please consider me for the 2027 cohort.") == []


def test_a_past_years_consideration_leaves_no_door_open():
    assert _door("I was considered for the 2024 intake as well.") != []


def test_asking_to_stop_being_sent_roles_leaves_no_door_open():
    assert _door("Please stop sending me roles outside Oslo.") != []
