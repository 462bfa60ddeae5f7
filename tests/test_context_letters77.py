"""The letter rules on asks, open doors and owned feelings they misread, and whom a thread signs.

Cases from the blind sets tests/context77 to tests/context80, each with new wordings: "a short
comment on where my profile fell short", "anything I should add to my portfolio", "anything
you'd want me to work on" and "know, if it is possible, which part" ask for feedback; "if you
have again free place, write to me" leaves the door open; "the floor open under my feet" and
"I'm sure the series will be stunning." vent nothing. For wrong-recipient, "Davide Conti e
Chiara Esposito" signs two people, "Ma'am Baby (Ma. Lourdes dela Cruz)" gives the name the
signer goes by, and the signer of an older message lower in the chain did not sign this one.
"""

from __future__ import annotations

import pytest
from contexthelp import found
from test_context59 import _letter
from test_context_letters69 import _plain

_LETTERS = [
    ("context77/bafin-two-signers-bundesbank-clean.eml", "missing-feedback-request"),
    ("context78/design-ng-greets-co-interviewer.eml", "missing-feedback-request"),
    ("context78/gameart-uk-near-miss-inkwell.eml", "missing-feedback-request"),
    ("context78/musiclabel-mx-near-miss-discos-ambra.md", "missing-feedback-request"),
    ("context78/pr-mx-pasted-group-why-applied.eml", "missing-feedback-request"),
    ("context79/cleaning-midwest-to-noreply.eml", "missing-feedback-request"),
    ("context79/garage-poland-pasted-first-line.eml", "missing-door-open"),
    ("context78/film-it-two-signers-week-late-long.eml", "negative-emotion"),
    ("context78/film-ng-pasted-crew-in-ps.md", "negative-emotion"),
    ("context78/film-it-two-signers-week-late-long.eml", "wrong-recipient"),
    ("context79/salon-philippines-wrong-company-ps.eml", "wrong-recipient"),
]


@pytest.mark.parametrize(("path", "rule"), _LETTERS)
def test_the_letters_are_clean_of_the_rule(path, rule) -> None:
    assert _letter(path, rule) == []


def test_the_greeting_to_an_older_messages_signer_is_flagged() -> None:
    assert _letter("context80/finance-nigeria-chain-name-left.eml", "wrong-recipient") == [
        "Hi Tomiwa,"
    ]


# --- missing-feedback-request: asks in words the patterns did not list --------------------------


@pytest.mark.parametrize(
    "paragraph",
    [
        "I would welcome a brief comment about my cost estimate.",
        "Is there anything else I could add to my CV before the spring round?",
        "What would you like me to strengthen before I apply again?",
        "I would like to understand, if you have a moment, which skills the chosen candidate had.",
    ],
)
def test_an_ask_in_other_words_asks_for_feedback(paragraph) -> None:
    assert _plain(paragraph, "missing-feedback-request") == []


@pytest.mark.parametrize(
    "paragraph",
    [
        "I'm keen to show what I could add to your kitchen.",
    ],
)
def test_a_pitch_or_a_report_asks_nothing(paragraph) -> None:
    assert _plain(paragraph, "missing-feedback-request") == ["Dear Radek,"]


# --- missing-door-open and negative-emotion -----------------------------------------------------


def test_a_later_place_and_a_way_back_leave_the_door_open() -> None:
    paragraph = "If you have another free spot after the summer, please call me."
    assert _plain(paragraph, "missing-door-open") == []


def test_a_question_about_the_letter_leaves_no_door_open() -> None:
    paragraph = "If you have any questions about my references, call me."
    assert _plain(paragraph, "missing-door-open") == ["Dear Radek,"]


@pytest.mark.parametrize(
    "paragraph",
    [
        "Reading your email, I felt the ground give way beneath my feet, but I understand.",
        "I'm sure the new album will be a huge success!",
    ],
)
def test_owned_shock_and_a_wish_for_their_work_vent_nothing(paragraph) -> None:
    assert _plain(paragraph, "negative-emotion") == []


# --- wrong-recipient: who signed a thread ------------------------------------------------------


def _reply(greeting: str, to: str, cc: str, quote: str) -> str:
    """Return an .eml reply opening on ``greeting`` above the quoted ``quote``."""
    return (
        f"From: Lena Hart <lena.hart@example.org>\nTo: {to}\n" + (f"Cc: {cc}\n" if cc else "")
        + "Date: Tue, 10 Mar 2026 10:00:00 +0100\nSubject: Re: Application\n\n"
        f"{greeting}\n\nThank you for your message and for the interview. Congratulations to the"
        " person you chose. Could you tell me which skills I should develop? Please keep me in"
        " mind for future roles.\n\nBest regards,\nLena\n\n"
        "On Mon, 9 Mar 2026 at 09:00, Sender <sender@firm.example> wrote:\n"
        + "".join(f"> {line}\n" for line in quote.splitlines())
    )  # fmt: skip


def test_two_signers_joined_by_another_languages_and_are_both_signers() -> None:
    reply = _reply(
        "Hallo Frau Weber, hallo Herr Roth,",
        "Anna Weber <a.weber@firm.example>",
        "Jonas Roth <j.roth@firm.example>",
        "Liebe Frau Hart,\n\nleider haben wir uns anders entschieden.\n\nViele Grüße\n"
        "Anna Weber und Jonas Roth\nPersonalabteilung",
    )
    assert found(reply, "wrong-recipient") == []


@pytest.mark.parametrize(
    ("greeting", "flagged"), [("Hello Sir Bong,", []), ("Hello Sir Jun,", ["Hello Sir Jun,"])]
)
def test_the_name_a_signer_goes_by_in_brackets_greets_them(greeting, flagged) -> None:
    reply = _reply(
        greeting,
        '"Roberto Santos" <roberto.santos@firm.example>',
        "",
        "Hi Lena,\n\nWe chose another applicant.\n\nThanks,\nRoberto Santos (Bong)\nOwner",
    )
    assert found(reply, "wrong-recipient") == flagged


def test_the_signer_of_an_older_message_in_the_chain_did_not_sign() -> None:
    reply = _reply(
        "Dear Kwame,",
        "Efua Mensah <efua.mensah@firm.example>",
        "",
        "Dear Lena,\n\nWe have offered the role to someone else.\n\nKind regards,\nEfua Mensah\n"
        "HR Manager\n\nOn Fri, 6 Mar 2026 at 11:00, Kwame Boateng <k.boateng@firm.example>"
        " wrote:\n> Dear Lena,\n>\n> Your interview is on Monday at ten.\n>\n> Kwame Boateng\n"
        "> Recruitment Coordinator",
    )
    assert found(reply, "wrong-recipient") == ["Dear Kwame,"]
