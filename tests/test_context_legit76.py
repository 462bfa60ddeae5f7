"""wrong-company: a town before a named firm's team, and an office building where one met.

Cases from the blind set tests/context76, each with new wordings: a town's name alone before
"team" and then the firm the team belongs to ("the Cluj team at Carpatia Software", "the
Kyiv team from Pixel Steppe") names where the team sits, not a second firm; and a tower
where an interview was held ("the interview at Neptun Tower") is a building, not a firm.
From older sets: a trial session with the team at a place ("at Raksila") meets the
employer's people at its own site, and a restaurant bearing a group's name ("Osteria Lume"
to Gruppo Lume Ristoranti) is the group's own, no rival. A pasted name beside each stays
flagged.
"""

from __future__ import annotations

import pytest
from test_context_legit68 import _to
from test_context_relations56 import _letter

_STUDIO = ("Lionheart Interactive", "t.hrytsenko@lionheart.games")
_PLATFORM = ("Amberline Systems", "tomasz.lewandowski@amberline.pl")


@pytest.mark.parametrize(
    ("path", "name"),
    [
        ("context76/devops-gdansk-parent-group-building.eml", "Neptun Tower"),
        ("context76/gamedev-lviv-former-name-acquired-studio.eml", "Kyiv"),
        ("context76/outsourcing-cluj-carpatia-near-miss.eml", "Cluj"),
    ],
)
def test_the_letters_no_longer_flag_the_place(path, name) -> None:
    assert name not in _letter(path)


def test_the_pasted_firm_after_the_town_stays_flagged() -> None:
    assert _letter("context76/outsourcing-cluj-carpatia-near-miss.eml") == ["Carpatia Software"]


@pytest.mark.parametrize(
    ("sentence", "firm"),
    [
        ("I know I could add real value to the Sibiu team at Fotonia Games.", "Fotonia Games"),
        ("I'd love to grow with the Oradea team of Kestrel Software.", "Kestrel Software"),
        ("I hope to add value to the Vinnytsia team from Northlight Games.", "Northlight Games"),
    ],
)
def test_a_town_before_a_named_firms_team_is_not_flagged(sentence, firm) -> None:
    assert _to(*_STUDIO, sentence) == [firm]


@pytest.mark.parametrize(
    "sentence",
    [
        "I know I could add real value to the Fotonia team in Lisbon.",
        "I know I could add real value to the Fotonia team at your Leeds studio.",
    ],
)
def test_a_coined_firms_team_stays_flagged(sentence) -> None:
    assert _to(*_STUDIO, sentence) == ["Fotonia"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Thanks again for the interview at Baltyk Tower on Monday.",
        "It was a pleasure to come in for both interviews at Oliwa Towers.",
        "I enjoyed the final interview at Mercator Plaza and the tour of the office.",
    ],
)
def test_a_building_where_the_interview_was_is_not_flagged(sentence) -> None:
    assert _to(*_PLATFORM, sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Thanks again for the interview at Tower Analytics on Monday.",
        "I enjoyed the final interview at Baltyk Cloud and the tour of the office.",
    ],
)
def test_a_firm_where_the_interview_was_stays_flagged(sentence) -> None:
    assert _to(*_PLATFORM, sentence) != []


_CLUB = ("HC Lumikki", "jp.heikkinen@hclumikki.fi")


def test_the_rink_where_the_trial_session_was_is_not_flagged() -> None:
    assert _letter("context10/ice-hockey-club-blame-plea-finnish-gmail.eml") == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Thanks for letting me lead a session with the B team at Hietasaari.",
        "Thank you for the workshop with the coaching staff at Toppila last week.",
        "I enjoyed the trial with the whole team at Kaukovainio on Friday.",
    ],
)
def test_a_session_with_the_team_at_a_place_is_not_flagged(sentence) -> None:
    assert _to(*_CLUB, sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Thanks for letting me lead a session with the B team at Kalpa Hockey Oy.",
        "I'd love to run another session with the U20 team at Tappara one day.",
    ],
)
def test_a_session_with_a_firms_team_stays_flagged(sentence) -> None:
    assert _to(*_CLUB, sentence) != []


_GROUP = ("Gruppo Sole Ristoranti", "giulia.bianchi@grupposole.it")


def test_the_groups_own_restaurant_is_not_flagged() -> None:
    assert _letter("holdout8/sous-chef-frontmatter-two-signers-clean.md") == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Plating desserts on the pastry station at Trattoria Sole was a real pleasure.",
        "Thank you for the trial service at Osteria Sole last week.",
        "Cooking on the fish section at Osteria Sole with your team was a pleasure.",
    ],
)
def test_a_restaurant_bearing_the_groups_name_is_not_flagged(sentence) -> None:
    assert _to(*_GROUP, sentence) == []


@pytest.mark.parametrize(
    ("company", "address", "sentence"),
    [
        (*_GROUP, "I still hope a role opens up for me at Gruppo Luna Ristoranti."),
        (*_GROUP, "I still hope a role opens up for me at Osteria Luna."),
        ("North Star Dental", "hr@northstardental.example", "I'd love to join South Star Dental."),
    ],
)
def test_a_rival_of_the_employers_kind_stays_flagged(company, address, sentence) -> None:
    assert _to(company, address, sentence) != []
