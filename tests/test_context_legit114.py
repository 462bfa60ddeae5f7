"""wrong-company: a recruiter, an investor, a trade fair and a city are not the employer.

Cases from the blind sets tests/context114-116, each with new wordings: a name thanked "for
putting me forward", or "X, who put me forward", is the agency that did; "the X Ventures
round" names the investor that led it; "meet at X next January" is a yearly event; and a
city English knows ("Cardiff") shares no coined stem with the employer's name ("Vantage
Cardio"). A pasted name beside each stays flagged.
"""

from __future__ import annotations

import pytest
from contexthelp import company_reply, flagged
from test_context_relations56 import _letter


def _startup(sentence: str) -> list[str]:
    """Return the findings of ``sentence`` in a reply to a startup's rejection."""
    return flagged(company_reply(sentence, "Mawimbi Labs", "Amina Njeri",
                                 "amina.njeri@mawimbilabs.example", "Brian Otieno"))  # fmt: skip


def _devices(sentence: str) -> list[str]:
    """Return the findings of ``sentence`` in a reply to a device maker's rejection."""
    return flagged(company_reply(sentence, "Halcyon Cardio", "Rhys Evans",
                                 "rhys.evans@halcyoncardio.example", "Megan Price"))  # fmt: skip


@pytest.mark.parametrize(
    ("path", "name"),
    [
        ("context114/device-quality-engineer-misspelt-signer-and-pasted-facility-outlook.eml",
         "Arab Health"),
        ("context114/tavi-clinical-specialist-phone-call-complete.md", "Cardiff"),
        ("context115/bookkeeper-nairobi-leftover-company-slot.eml", "Kazi Talent Partners"),
        ("context115/japanese-signer-jakarta-san-pasted-in-body.md", "East Ventures"),
        ("context116/hotel-brands-parent-group-many-orgs-clean-thunderbird.eml",
         "Caterer Talent Partners"),
    ],
)  # fmt: skip
def test_the_letters_no_longer_flag_the_name(path, name) -> None:
    assert name not in _letter(path)


@pytest.mark.parametrize(
    ("path", "name"),
    [
        ("context115/bookkeeper-nairobi-leftover-company-slot.eml", "Bidii Accounting"),
        ("context115/japanese-signer-jakarta-san-pasted-in-body.md", "Dapur Data"),
    ],
)
def test_the_letters_still_flag_the_pasted_name(path, name) -> None:
    assert name in _letter(path)


@pytest.mark.parametrize(
    "sentence",
    [
        "I also want to thank Savanna Talent Partners for putting me forward for the role.",
        "Jembe Staffing, who put me forward, said you may have more openings next year.",
        "I'm grateful to Tumaini Talent for submitting my CV to you.",
        "Congratulations on the Kilima Ventures round, and good luck with your new hire.",
        "Congratulations on the Baobab Capital investment announced last month.",
        "I hope we meet at Nairobi Health next February.",
        "Perhaps we can catch up at Kisumu Medical this March.",
    ],
)
def test_an_agency_an_investor_or_an_event_is_not_the_employer(sentence) -> None:
    assert _startup(sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Thank you for the time you gave me on the visit in Cardiff.",
        "I enjoyed seeing your team during the week in Cardiff and I hope to apply again.",
    ],
)
def test_a_known_city_is_no_kin_of_the_employer(sentence) -> None:
    assert _devices(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("I thank Savanna Talent Partners for putting me forward, and I hope to join "
         "Zuri Analytics one day.", "Zuri Analytics"),
        ("Congratulations on the Kilima Ventures round; I'd love to grow with Zuri Analytics.",
         "Zuri Analytics"),
        ("I hope we meet at Nairobi Health next February, and that a role at Zuri "
         "Analytics comes up.", "Zuri Analytics"),
    ],
)  # fmt: skip
def test_a_pasted_name_beside_stays_flagged(sentence, name) -> None:
    assert _startup(sentence) == [name]


def test_a_coined_kin_of_the_employer_stays_flagged() -> None:
    assert _devices("I'd love to be considered for future openings at Halcyard.") == ["Halcyard"]
