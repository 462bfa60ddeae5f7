"""Other organisations' teams and jobs, a number inside a name, a surname misspelt after "Mr.".

Cases from the blind sets tests/context61 and tests/context62, each with new wordings:
"the Mercy Corps team" (a corps is a body of people, as a group is); "the Global
Governance Forum team" (a forum with a team of its own is a standing body, no event);
"the line cook spot at Route 66 Grill" (a number inside the name, and "spot" after a job
title as a job's opening); "I wish every success to the Arab Fund for Economic and Social
Development" (a wish sent with "to", and "and" joining two fields after "for"); and a first line "Mr. Al-Sayeed," misspelling the signer's
surname Al-Sayed. The employer's own teams, an event attended, a spot that is a place and
a surname spelt rightly stay unflagged.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from contexthelp import company_reply, flagged, found

_HERE = Path(__file__).parent


def _letter(name: str, rule: str) -> list[str]:
    """Return the findings of ``rule`` in a labeled letter under tests/."""
    path = _HERE / name
    return found(path.read_text(encoding="utf-8"), rule, path.name)


def _reply(sentence: str, company: str = "Harbourline Relief") -> list[str]:
    """Return the wrong-company findings of a reply with ``sentence`` to ``company``."""
    return flagged(company_reply(sentence, company, "Nia Osei", "nia@example.org", "Hodan Ali"))


@pytest.mark.parametrize(
    ("name", "rule", "expected"),
    [
        ("context61/irc-baidoa-mercy-corps-paste.md", "wrong-company", ["Mercy Corps"]),
        (
            "context61/policy-lab-first-line-global-governance.md",
            "wrong-company",
            ["Global Governance Forum"],
        ),
        ("context62/diner-line-cook-pasted-grill-late.eml", "wrong-company", ["Route 66 Grill"]),
        (
            "context61/isdb-late-arab-fund-wish.eml",
            "wrong-company",
            ["Arab Fund for Economic and Social Development"],
        ),
    ],
)
def test_the_letters_name_another_organisation(name, rule, expected):
    """The labeled letters flag the pasted organisation."""
    assert _letter(name, rule) == expected


def test_the_letter_misspelling_the_surname_after_mr_is_flagged():
    """A first line "Mr. Al-Sayeed," to Abdul-Rahman Al-Sayed is flagged."""
    findings = _letter("context62/car-sales-furious-demands-reason.eml", "wrong-recipient")
    assert "Mr. Al-Sayeed," in findings


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("I'd be glad to stay in touch with the Mercy Corps team.", "Mercy Corps"),
        ("Please thank the Harvest Corps team for their time.", "Harvest Corps"),
        (
            "Thank you for the interview with the Nordic Water Forum team last week.",
            "Nordic Water Forum",
        ),
        ("I enjoyed meeting the Pacific Policy Congress team.", "Pacific Policy Congress"),
        ("Thanks for the chance at the server spot at Highway 61 Diner.", "Highway 61 Diner"),
        ("Thanks again for the barista slot at Pier 39 Bakery.", "Pier 39 Bakery"),
        (
            "I wish every success to the Centre for Science and Environment this year.",
            "Centre for Science and Environment",
        ),
        ("I wish continued success to the Tamarind Water Trust.", "Tamarind Water Trust"),
        ("We wish all the best to the Kestrel Arts Foundation.", "Kestrel Arts Foundation"),
    ],
)
def test_another_organisations_team_or_job_is_flagged(sentence, name):
    """Another body's team, or a job's spot at another place, names the wrong organisation."""
    assert _reply(sentence) == [name]


@pytest.mark.parametrize(
    "sentence",
    [
        "I'd be glad to stay in touch with the Harbourline Relief team.",
        "I met the Logistics team on the day and enjoyed it.",
        "I spoke at the Nordic Water Forum last year, where I first heard of your work.",
        "The line cook spot was a great fit for my experience.",
        "I found a quiet spot at the back of the room to prepare before the interview.",
        "I worked the Year 10 shift at the school fair on Saturday.",
        "I wish every success to the Harbourline Relief team in the new season.",
        "I wish every success to Amina in her new role.",
        "I sent my paper to the Institute for Fiscal Studies and the Bank of England.",
    ],
)
def test_the_employers_own_team_an_event_or_a_place_is_not_flagged(sentence):
    """The employer's team, an event attended, a place to sit: no other organisation."""
    assert _reply(sentence) == []


def _greeted(first_line: str, signer: str = "Abdul-Rahman Al-Sayed") -> list[str]:
    """Return the wrong-recipient findings of a reply opening on ``first_line`` to ``signer``."""
    address = "a.alsayed@summitauto.example"
    reply = (
        f"---\nto: [{signer} <{address}>]\nrejection:\n  from: [{signer} <{address}>]\n"
        "  company: Summit Auto\n---\n"
        f"{first_line}\n\nThank you for letting me know, and for the test drive day. "
        "Congratulations to the new consultant; I would welcome a word on my interview."
        "\n\nKind regards,\nCody Harrington\n"
    )
    return found(reply, "wrong-recipient", "reply.md")


@pytest.mark.parametrize(
    ("line", "signer"),
    [
        ("Mr. Al-Sayeed,", "Abdul-Rahman Al-Sayed"),
        ("Ms Okonkwoh,", "Adaeze Okonkwo"),
        ("Mr. Ben-Davide,", "Yael Ben-David"),
    ],
)
def test_a_surname_misspelt_after_an_honorific_is_flagged(line, signer):
    """A first line of an honorific and a misspelt surname greets the signer misspelt."""
    assert _greeted(line, signer) == [line]


@pytest.mark.parametrize(
    ("line", "signer"),
    [
        ("Mr. Al-Sayed,", "Abdul-Rahman Al-Sayed"),
        ("Ms Okonkwo,", "Adaeze Okonkwo"),
        ("Understood,", "Adaeze Okonkwo"),
    ],
)
def test_a_surname_spelt_rightly_after_an_honorific_is_not_flagged(line, signer):
    """The signer's surname as signed, or a word alone, is no wrong recipient."""
    assert _greeted(line, signer) == []
