"""wrong-company: names pasted from another letter that context108 and context110 showed.

Cases from the blind sets, each with new wordings: a hope of joining a firm written under
the writer's name ("Hopefully one day part of the X family"), read as the body is; a
Spanish builder's name opening on its trade ("Edificaciones X"); a tag of a letting agency
("#XLets"); and a tag alike the employer's name at both ends ("#GreenCorridorFoundation" to
Green Delta Foundation). The employer's own names, a topic's tag and a line of no firm stay
unflagged.
"""

from __future__ import annotations

import pytest
from contexthelp import company_reply, flagged
from test_context_relations56 import _letter


@pytest.mark.parametrize(
    ("path", "name"),
    [
        ("context108/fitout-coordinator-sign-off-line-near-miss-firm.eml", "Brightline Interiors"),
        ("context108/jefe-de-obra-spanish-client-late-pasted-firm.eml", "Edificaciones Lozano"),
        ("context108/lettings-negotiator-qp-hashtag-other-agency.eml", "LothianLets"),
        ("context110/data-analyst-pasted-foundation-hashtag-dutch-client.eml",
         "GreenCorridorFoundation"),
    ],
)  # fmt: skip
def test_the_letters_flag_the_pasted_name(path: str, name: str) -> None:
    assert _letter(path) == [name]


def _signed(under: str, company: str = "Harwell Joinery Ltd") -> list[str]:
    """Return the findings of a reply to ``company`` with the line ``under`` below the name."""
    reply = company_reply("I enjoyed meeting the team.", company, "Rhys Morgan",
                          "rhys@harwelljoinery.example", "Dana Kerr")  # fmt: skip
    return flagged(f"{reply}{under}\n")


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("Hopefully one day part of the Oakmere Carpentry family", "Oakmere Carpentry"),
        ("Hoping to join the Thornbury Kitchens team someday", "Thornbury Kitchens"),
    ],
)
def test_hope_of_joining_under_the_name(line: str, name: str) -> None:
    """A hope of joining a firm, under the writer's name, names the one written to."""
    assert _signed(line) == [name]


@pytest.mark.parametrize(
    "line",
    [
        "Hopefully one day part of the Harwell family",  # the employer's own name
        "Hoping to hear from you soon",  # no firm at all
        "Oakmere Carpentry alumna",  # no hope: the writer's own past (not read as the body)
    ],
)
def test_hope_line_of_the_employer_or_no_firm(line: str) -> None:
    assert _signed(line) == []


def _builder(sentence: str) -> list[str]:
    """Return the findings of ``sentence`` in a reply to a Spanish builder's rejection."""
    return flagged(company_reply(sentence, "Constructora Albarrán S.A.", "Lucía Pardo",
                                 "l.pardo@albarran.example", "Andrés Molina"))  # fmt: skip


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("I wish every success to Construcciones Rubio this year.", "Construcciones Rubio"),
        ("I wish Edificaciones Serrat a great year.", "Edificaciones Serrat"),
    ],
)
def test_spanish_builder_wished_well(sentence: str, name: str) -> None:
    """A builder's name opening on its trade ("Construcciones X") is a firm's."""
    assert _builder(sentence) == [name]


@pytest.mark.parametrize(
    "sentence",
    [
        "I wish every success to Constructora Albarrán this year.",  # the employer
        "I wish Mr Rubio and the site team a great year.",  # a person
        "I enjoyed the visit to Residencial Los Pinos.",  # the site
    ],
)
def test_builder_itself_person_or_site(sentence: str) -> None:
    assert _builder(sentence) == []


def _tagged(tags: str, company: str, address: str) -> list[str]:
    """Return the findings of a reply to ``company`` signed with the line of ``tags``."""
    reply = company_reply("Please keep me in mind for future roles.", company, "Ewan Reid",
                          address, "Kirsty Bell")  # fmt: skip
    return flagged(f"{reply}\n{tags}\n")


def _agency(tags: str) -> list[str]:
    return _tagged(tags, "Dunmore & Pryce Estate Agents", "ewan@dunmorepryce.example")


def _charity(tags: str) -> list[str]:
    return _tagged(tags, "Blue Harbour Foundation", "ewan@blueharbour.example")


@pytest.mark.parametrize(
    ("tags", "name"),
    [
        ("#OpenToWork #TaysideLets", "TaysideLets"),
        ("#OpenToWork #DalkeithLettings", "DalkeithLettings"),
    ],
)
def test_letting_agency_tag(tags: str, name: str) -> None:
    """A tag of a coined name and a letting agency's word names another agency."""
    assert _agency(tags) == [name]


@pytest.mark.parametrize("tags", ["#OpenToWork", "#OpenToWork #HolidayLets"])
def test_topic_tag_to_an_agency(tags: str) -> None:
    """A tag of plain words is a topic ("#HolidayLets"), not a firm."""
    assert _agency(tags) == []


def test_tag_alike_the_employer_at_both_ends() -> None:
    """A tag of the employer's first and last word, another between, is another body."""
    assert _charity("#OpenToWork #BlueMeadowFoundation") == ["BlueMeadowFoundation"]


@pytest.mark.parametrize(
    "tags",
    [
        "#OpenToWork #BlueHarbourFoundation",  # the employer's own name
        "#OpenToWork #BlueEconomy",  # a topic
        "#OpenToWork #BlueHarbourVolunteers",  # the employer's people
    ],
)
def test_employer_or_topic_tag_to_a_foundation(tags: str) -> None:
    assert _charity(tags) == []
