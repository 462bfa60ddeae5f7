"""A German title read as the company, work imagined for a club, a paper's desk, a hiring test.

Cases from the blind set tests/context63, each with new wordings: a rejection signed
"Direktorin" (a German title, read as the employer's name, hid "Kunsthalle Nordhausen" sent
to Kunsthalle Nordhafen); "Scouting for X would have been a privilege" (the work done for a
club, imagined); "I have read X every morning ..., and to sit at its night desk would have
been a privilege" (a paper long read, whose own desk the writer imagined); and "the writing
test at X" (a task of the hiring process set there). The writer's own past work for a
client, a paper read with no job imagined and an exam of the writer's own stay unflagged.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from contexthelp import company_reply, flagged, found
from replylint.sources.signature import signature_context
from replylint.sources.signer_names import is_title

_HERE = Path(__file__).parent


def _letter(name: str) -> list[str]:
    """Return the wrong-company findings of a labeled letter under tests/."""
    path = _HERE / name
    return found(path.read_text(encoding="utf-8"), "wrong-company", path.name)


def _reply(sentence: str, company: str) -> list[str]:
    """Return the wrong-company findings of a reply with ``sentence`` to ``company``."""
    return flagged(company_reply(sentence, company, "Nia Osei", "nia@example.org", "Hodan Ali"))


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("context63/football-scout-lagos-pastes-club-and-late.md", ["União Ribeirinha"]),
        ("context63/museum-curator-near-miss-kunsthalle.eml", ["Kunsthalle Nordhausen"]),
        ("context63/newspaper-intern-venice-angry-and-pasted.md", ["Il Mattino Euganeo"]),
        ("context63/newspaper-subeditor-pastes-rival-daily.eml", ["The Cape Herald"]),
    ],
)
def test_the_letters_name_another_organisation(name, expected):
    """The labeled letters flag the pasted organisation."""
    assert _letter(name) == expected


@pytest.mark.parametrize("title", ["Direktorin", "Direktor", "Kuratorin", "Direttrice"])
def test_a_title_in_german_or_italian_is_a_title(title):
    """A German title (a woman's in "-in") or an Italian one is a signer's title."""
    assert is_title(title)


def test_a_german_title_is_not_read_as_the_company():
    """A rejection signed "Jonas Körner / Kuratorin" names no company by its title."""
    body = (
        "Dear Ms Brandt,\n\nWe have chosen another candidate.\n\n"
        "With best regards\nJonas Körner\nKuratorin\n"
    )
    context = signature_context(body, ("kunsthalle-lindenau.de",))
    assert context.company is None
    assert [p.name for p in context.signers] == ["Jonas Körner"]


@pytest.mark.parametrize(
    ("sentence", "company", "expected"),
    [
        (
            "Coaching for Westfield Rovers would have been a dream.",
            "Harbourline Athletic",
            ["Westfield Rovers"],
        ),
        (
            "To write for The Ashgrove Courier would have been an honour.",
            "Daily Lantern",
            ["The Ashgrove Courier"],
        ),
        (
            "I have listened to Radio Kestrel for years, and to present in its studio "
            "would have been a joy.",
            "Bayside Broadcasting",
            ["Radio Kestrel"],
        ),
        (
            "The translation test at Lindqvist Language Services took me a whole weekend.",
            "Nordlicht Translations",
            ["Lindqvist Language Services"],
        ),
        (
            "I enjoyed the presentation task at Corvane Logistics very much.",
            "Nordlicht Translations",
            ["Corvane Logistics"],
        ),
    ],
)
def test_work_imagined_or_a_test_set_there_names_the_employer(sentence, company, expected):
    """The work that would have been, a paper's own desk imagined, a hiring test: flagged."""
    assert _reply(sentence, company) == expected


@pytest.mark.parametrize(
    ("sentence", "company"),
    [
        ("Coaching for Westfield Rovers taught me patience.", "Harbourline Athletic"),
        ("Designing for Copperleaf Studio was my first freelance job.", "Harbourline Athletic"),
        (
            "I have read the Northgate Echo for years, and its sports pages taught me a lot.",
            "Daily Lantern",
        ),
        ("I took the IELTS test at Brightwell Language Centre in 2019.", "Nordlicht Translations"),
        ("I passed my driving test at Ashford Motor School last year.", "Nordlicht Translations"),
    ],
)
def test_own_work_a_paper_read_or_an_own_exam_stays_unflagged(sentence, company):
    """Past work for a client, a paper only read, and the writer's own exam are theirs."""
    assert _reply(sentence, company) == []
