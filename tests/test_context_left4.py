"""wrong-company: four readings left by earlier rounds on the blind sets (context105/114/115).

The owner of a place the writer was shown round ("the tour of X's Sharjah plant") is named
as the employer; a coined word made from the employer's own where the interviews were held
("the interviews at X") is a firm, not the venue's place; a greeting's team named for the
employer's name misremembered, its trade word clipped ("the X Ads team"), is the firm
written to; and one word used in a disease ("plans for X in myeloma") is a medicine, not a
firm, though it is made from the employer's name.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from contexthelp import found, replier

_HERE = Path(__file__).parent

_devices = replier("Harbourline Instruments", "Amal Nasser", "amal@harbourline.example",
                   "Omar Saleh")  # fmt: skip
_trust = replier("Northgate Health Trust", "Amal Nasser", "amal@northgate.example", "Omar Saleh")
_software = replier("Brevantis Software", "Priya Rao", "priya@brevantis.example", "Arjun Das")
_biotech = replier("Corvina Therapeutics", "Elena Ruiz", "elena@corvina.example", "Lena Fox")


def _letter(name: str) -> list[str]:
    """Return the wrong-company findings of a labeled letter under tests/."""
    path = _HERE / name
    return found(path.read_text(encoding="utf-8"), "wrong-company", path.name)


def _greeted(greeting: str, company: str) -> list[str]:
    """Return the wrong-company findings of a reply to ``company`` opening on ``greeting``."""
    text = (
        "---\nto: [Mona Haddad <mona@agency.example>]\nrejection:\n"
        f"  from: [Mona Haddad <mona@agency.example>]\n  company: {company}\n---\n"
        f"{greeting}\n\nThank you for the interview and for your time.\n\nKind regards,\nRami\n"
    )
    return found(text, "wrong-company", "reply.md")


def test_the_labeled_letters() -> None:
    assert _letter(
        "context114/device-quality-engineer-misspelt-signer-and-pasted-facility-outlook.eml"
    ) == ["Emirmed"]
    assert _letter("context115/devops-bangalore-quoted-printable-vents-glassdoor.eml") == [
        "Kodeshala"
    ]
    assert _letter("context105/brand-manager-dubai-al-surname-near-miss-in-greeting.eml") == [
        "Zenith Ads"
    ]
    assert _letter("context114/senior-msl-sign-off-line-names-other-biotech-gmail.eml") == [
        "Solvance"
    ]


# --- the owner of a place toured ----------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "I really enjoyed the tour of Corvexa's Sharjah plant after the interview.",
        "Thank you for the visit to Corvexa's Ajman facility and the time you gave me.",
    ],
)
def test_the_owner_of_a_place_toured_is_named_as_the_employer(sentence: str) -> None:
    assert _devices(sentence) == ["Corvexa"]


@pytest.mark.parametrize(
    "sentence",
    [
        "I really enjoyed the tour of the Corvexa plant after the interview.",  # a site's name
        "I once audited Corvexa's Sharjah plant for a client.",  # no tour of the job's place
    ],
)
def test_a_site_toured_or_a_site_not_toured_names_no_employer(sentence: str) -> None:
    assert _devices(sentence) == []


def test_a_health_services_named_ward_toured_is_its_own() -> None:
    sentence = "I really enjoyed the tour of St. Oswald's cardiac ward after the interview."
    assert _trust(sentence) == []


# --- a coined kin of the employer's name where the interviews were ------------------------


def test_interviews_at_a_coined_kin_of_the_employers_name() -> None:
    assert _software("Thanks for the interviews at Brevexia, I prepared a lot for them.") == [
        "Brevexia"
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Thanks for the interviews at Altmore, I prepared a lot for them.",  # a place
        "Thanks for the interviews at Brevington last week.",  # a town's shape, the same stem
        "Thanks for the interview at Harrowby last week.",
    ],
)
def test_interviews_at_a_place_name_no_firm(sentence: str) -> None:
    assert _software(sentence) == []


# --- a greeted near miss with its trade word clipped --------------------------------------


def test_a_greeted_team_of_the_employers_name_misremembered_and_clipped() -> None:
    greeting = "Dear Ms Haddad and the Sunbeam Ads team,"
    assert _greeted(greeting, "Sunfield Advertising") == ["Sunbeam Ads"]


@pytest.mark.parametrize(
    "greeting",
    [
        "Dear Ms Haddad and the Sunfield Ads team,",  # the employer's own short form
        "Dear Ms Haddad and the Meta Ads team,",  # a platform the agency runs
    ],
)
def test_a_greeted_team_of_the_employers_own_or_a_platforms_name(greeting: str) -> None:
    assert _greeted(greeting, "Sunfield Advertising") == []


# --- a medicine used in a disease ---------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "I enjoyed our talk about the launch plans for Corvinex in psoriasis.",
        "I enjoyed our talk about the trial results for Corvinex in myeloma.",
    ],
)
def test_a_word_used_in_a_disease_is_a_medicine(sentence: str) -> None:
    assert _biotech(sentence) == []


def test_the_same_word_in_a_place_stays_a_firm() -> None:
    sentence = "I enjoyed our talk about the launch plans for Corvinex in Germany."
    assert _biotech(sentence) == ["Corvinex"]
