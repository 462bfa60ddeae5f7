"""wrong-company in the parts around the body: the greeting, the sign-off and the signature.

Cases from the blind sets tests/context23 and context24, each on a new example of its own.
"""

from __future__ import annotations

import pytest
from contexthelp import found


def reply(greeting: str, tail: str, sentence: str = "I hope to apply again.", **context) -> str:
    """Return a front-matter reply to Dana Whitfield of Acme Corp ending in ``tail``."""
    company = context.get("company", "Acme Corp")
    signer = context.get("signer", "Dana Whitfield <dana.whitfield@acmecorp.com>")
    return (
        f"---\nto: [{signer}]\nrejection:\n  from: [{signer}]\n  company: {company}\n---\n"
        f"{greeting}\n\nThank you for letting me know. {sentence}\n\n{tail}\n"
    )


def flagged(text: str) -> list[str]:
    """Return the wrong-company findings of a front-matter reply."""
    return found(text, "wrong-company", "reply.md")


def team_reply(greeting: str, sentence: str = "I hope to apply again.") -> str:
    """Return an email reply to a rejection signed by Acme Corp's people team, not a person."""
    return (
        "From: Sam Hale <sam.hale@example.org>\n"
        "To: Acme Corp People Team <people@acmecorp.com>\n"
        "Subject: Re: Your application - Junior Buyer\n"
        "Date: Tue, 3 Mar 2026 10:00:00 +0000\n\n"
        f"{greeting}\n\nThank you for letting me know. {sentence}\n\nKind regards,\nSam Hale\n\n"
        "On Mon, 2 Mar 2026 at 16:20, Acme Corp People Team <people@acmecorp.com> wrote:\n"
        "> Dear Sam,\n>\n> We have chosen another candidate.\n>\n> Acme Corp People Team\n"
    )


# --- the greeting --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("greeting", "name"),
    [
        ("Dear Halden Housing Trust team,", "Halden Housing Trust"),
        ("Dear Quill & Barrow hiring team,", "Quill & Barrow"),
        ("Hello Northmoor Logistics,", "Northmoor Logistics"),
    ],
)
def test_a_greeting_naming_another_firm_is_flagged(greeting: str, name: str) -> None:
    assert found(team_reply(greeting), "wrong-company") == [name]


@pytest.mark.parametrize(
    "greeting",
    [
        "Dear Acme team,",  # the employer's short name
        "Dear Acme Corp People team,",
        "Dear Hiring Team,",  # generic
        "To the Logistics Team,",
        "Dear Legal team,",  # a department, though "Legal" ends firms' names
        "Dear People & Culture team,",
        "Dear Customer Services,",
        "Dear Priya & Tomasz,",  # two people: wrong-recipient's to judge
    ],
)
def test_a_greeting_of_the_employer_a_department_or_people_is_not_flagged(greeting: str) -> None:
    assert found(team_reply(greeting), "wrong-company") == []


def test_a_greeting_of_a_person_is_left_to_wrong_recipient() -> None:
    text = reply("Dear Ms Okafor,", "Kind regards,\nSam Hale")
    assert flagged(text) == []
    assert [t.rstrip(",") for t in found(text, "wrong-recipient", "reply.md")] == ["Dear Ms Okafor"]


def test_an_agencys_client_team_in_the_greeting_is_not_flagged() -> None:
    # the recruiter placed the writer with a client, whose team the writer greets
    text = reply(
        "Dear Fernhill Foods team,",
        "Thanks,\nSam Hale",
        sentence="Please keep me in mind for your other clients.",
        company="Staffwise",
        signer="Lena Ortiz <lena.ortiz@staffwise.co.uk>",
    )
    assert flagged(text) == []


def test_a_firms_name_in_the_greeting_is_not_learned_as_the_employers() -> None:
    # the greeting's "team" once made its name one of the employer's sites
    text = team_reply("Dear Halden Housing Trust team,", "I loved meeting Halden Housing Trust.")
    assert found(text, "wrong-company") == ["Halden Housing Trust", "Halden Housing Trust"]


# --- a wish at the end -----------------------------------------------------------------------


@pytest.mark.parametrize(
    "tail",
    [
        "Kind regards,\nWishing everyone at Globex Labs a great spring\nSam Hale",
        "Best wishes to all at Globex Labs!\nSam Hale",
    ],
)
def test_a_wish_naming_another_firm_at_the_end_is_flagged(tail: str) -> None:
    assert flagged(reply("Dear Dana,", tail)) == ["Globex Labs"]


def test_a_wish_as_the_last_line_above_the_name_stays_flagged() -> None:
    # no sign-off: the wish is the body's last line (found before; kept as it is)
    text = reply("Dear Dana,", "Wishing everyone at Globex Labs a great spring,\nSam Hale")
    assert flagged(text) == ["Globex Labs"]


def test_a_wish_to_the_employer_at_the_end_is_not_flagged() -> None:
    text = reply("Dear Dana,", "Kind regards,\nWishing everyone at Acme a great spring\nSam Hale")
    assert flagged(text) == []


# --- the signature ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("Applicant - Corvane Media Graduate Reporting Scheme 2026", "Corvane Media"),
        ("Applicant, Warehouse Supervisor - Ridgeway Food Bank", "Ridgeway Food Bank"),
        ("Candidate: Junior Buyer, Pellmore Retail", "Pellmore Retail"),
        ("Candidate for the Junior Buyer role, Pellmore Retail", "Pellmore Retail"),
    ],
)
def test_a_signature_line_naming_what_was_applied_for_is_flagged(line: str, name: str) -> None:
    assert flagged(reply("Dear Dana,", f"Kind regards,\nSam Hale\n{line}")) == [name]


@pytest.mark.parametrize(
    "line",
    [
        "Senior Analyst, Initech Labs",  # the writer's own employer
        "MSc Logistics, Lindqvist University",  # the writer's own school
        "Applicant - Acme Corp Graduate Scheme",  # the employer written to
        "Applicant, Volunteer Coordinator",  # a job, no organisation
        "Candidate, MSc Nursing - Lindqvist University",  # a degree's candidate
        "Applicant - Graduate Reporting Scheme 2026",
    ],
)
def test_a_signature_naming_the_writer_or_the_employer_is_not_flagged(line: str) -> None:
    assert flagged(reply("Dear Dana,", f"Kind regards,\nSam Hale\n{line}")) == []


def test_the_firm_on_an_applicant_line_is_not_the_writers_own() -> None:
    # the line names the firm written to, not the writer's own employer: the body's
    # mention of it is a pasted name too
    text = reply(
        "Dear Dana,",
        "Kind regards,\nSam Hale\nApplicant - Corvane Media Graduate Scheme",
        sentence="I would love to join Corvane Media one day.",
    )
    assert flagged(text) == ["Corvane Media", "Corvane Media"]
