"""wrong-company: names pasted from another letter that context99-101 showed.

Cases from the blind sets tests/context99, context100 and context101, each with new
wordings: a firm the reader called or wrote "on behalf of"; a wish to "the team of X"
(said as "the team at X"); a club's name sharing only the word "Clube" with the
employer's; a greeting naming a body of the employer's name with another first word; and
a tag naming a festival or a football club to another of its kind. The writer's own acts
on behalf of a body, a town's people, the employer's own names and a tag of another kind
stay unflagged.
"""

from __future__ import annotations

import pytest
from contexthelp import flagged, replier
from test_context_relations56 import _letter

#: The wrong-company findings of a sentence in a reply to a roofing firm.
_roofer = replier(
    "Ridgecrest Roofing", "Marcus Bell", "marcus.bell@ridgecrestroofing.example", "Tom Hale"
)


#: The wrong-company findings of a sentence in a reply to a Brazilian sports club.
_club = replier(
    "Clube Náutico Paraíso", "Ana Costa", "ana.costa@nauticoparaiso.example", "Pedro Lima"
)


def _festival(company: str, greeting: str, tags: str = "") -> list[str]:
    """Return the findings of a reply to ``company`` opening on ``greeting``, ending on ``tags``."""
    address = f"ruth@{company.split()[0].lower()}.example"
    return flagged(
        f"---\nto: [Ruth Mendel <{address}>]\nrejection:\n"
        f"  from: [Ruth Mendel <{address}>]\n  company: {company}\n---\n"
        f"{greeting}\n\nThanks so much for the interview, it was a lovely day.\n\n"
        f"Owen\n\n{tags}\n"
    )


def _greeted(greeting: str) -> list[str]:
    """Return the findings of a reply to a jazz festival opening on ``greeting``."""
    return _festival("Lakeshore Jazz Festival", greeting)


def _tagged(tags: str, company: str) -> list[str]:
    """Return the findings of a reply to ``company`` ending on a line of ``tags``."""
    return _festival(company, "Hi Ruth,", tags)


@pytest.mark.parametrize(
    ("path", "name"),
    [
        ("context99/groundstaff-raw-hashtag-wrong-club-late.eml", "MillwoodAthletic"),
        ("context99/tennis-coach-nonnative-warm-late-wrong-club.md", "Clube Atlético Ipê"),
        ("context100/phone-call-solar-installer-misspelt-name-brightpeak.md", "BrightPeak Solar"),
        ("context100/wind-tech-late-german-client-qp.eml", "Windwerk Nord"),
        ("context101/festival-coordinator-hashtag-wrong-festival.eml", "TidewaterFest"),
        (
            "context101/festival-initialled-signer-greeting-names-other-festival.md",
            "Ashbury Arts Festival",
        ),
    ],
)
def test_the_letters_flag_the_pasted_name(path: str, name: str) -> None:
    assert name in _letter(path)


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Thank you for calling on behalf of Stonebridge Slate this morning.", "Stonebridge Slate"),
        ("Thanks for reaching out on behalf of Kestrel Gutters so quickly.", "Kestrel Gutters"),
        ("I was glad you rang on behalf of Tarnhill Roofing yourself.", "Tarnhill Roofing"),
        ("I wish the team of Halvorsen Dach a good start into spring.", "Halvorsen Dach"),
        ("Best wishes to the staff of Brookmere Tiling for the season.", "Brookmere Tiling"),
    ],
)
def test_firm_called_for_or_its_team_wished_well(sentence: str, name: str) -> None:
    """A firm the reader called for, or whose team is wished well, is the one written to."""
    assert _roofer(sentence) == [name]


@pytest.mark.parametrize(
    "sentence",
    [
        "I once called on behalf of Stonebridge Slate to chase an order.",  # the writer's act
        "I wish the people of Valencia a good summer.",  # a town's people
        "I wish the team of Ridgecrest a good season.",  # the employer's own name
    ],
)
def test_own_calls_towns_and_the_employer_not_flagged(sentence: str) -> None:
    """The writer's own call, a town's people and the employer's team are left alone."""
    assert _roofer(sentence) == []


def test_other_club_sharing_only_clube_is_flagged() -> None:
    """A club's word "Clube" heads any club's name: sharing it names no club of the employer's."""
    sentence = "I wish success to all the Clube Esportivo Aurora family."
    assert _club(sentence) == ["Clube Esportivo Aurora"]


def test_employer_club_short_name_not_flagged() -> None:
    assert _club("I wish success to all the Clube Náutico family.") == []


def test_greeting_names_a_body_of_the_employers_kind() -> None:
    """A greeting of the employer's name with another first word greets another body."""
    greeting = "Dear Ms Mendel and the Harbourside Jazz Festival team,"
    assert _greeted(greeting) == ["Harbourside Jazz Festival"]


@pytest.mark.parametrize(
    "greeting",
    [
        "Dear Ms Mendel and the Lakeshore Jazz Festival team,",  # the employer itself
        "Dear Ms Mendel and the Jazz Festival team,",  # its short form
    ],
)
def test_greeting_of_the_employer_not_flagged(greeting: str) -> None:
    assert _greeted(greeting) == []


@pytest.mark.parametrize(
    ("tags", "company", "name"),
    [
        ("#BrambleFest #volunteering", "Saltmarsh Folk Festival", "BrambleFest"),
        ("#KirkgateRovers", "Ashvale United FC", "KirkgateRovers"),
    ],
)
def test_tag_of_a_body_of_the_employers_kind(tags: str, company: str, name: str) -> None:
    """A tag naming a festival or a club, in a reply to another of its kind, is flagged."""
    assert _tagged(tags, company) == [name]


@pytest.mark.parametrize(
    ("tags", "company"),
    [
        ("#SaltmarshFest", "Saltmarsh Folk Festival"),  # the employer's own festival
        ("#KirkgateRovers", "Saltmarsh Folk Festival"),  # a club, to a festival
        ("#BrambleFest", "Ridgecrest Roofing"),  # a festival, to a roofer
        ("#OpenToWork", "Saltmarsh Folk Festival"),
    ],
)
def test_tag_of_another_kind_or_the_employer_not_flagged(tags: str, company: str) -> None:
    assert _tagged(tags, company) == []
