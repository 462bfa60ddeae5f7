"""wrong-company: other firms' names that context177-182 missed (the rivals and coined words).

Each reading on new wordings, beside honest sentences that must stay unflagged: a Spanish
trade's word heading a fishing firm's or a dairy's name ("Pesquera X", "Lácteos X") is no
name of its own to share, an Indonesian legal form heading a name ("PT X") makes it a
firm's, a "#GrowWithX" tag names the firm X, future roles on another firm's team, more
chances looked forward to at a rival of the employer's kind, and an interest in teaching
at another school.
"""

from __future__ import annotations

import pytest
from contexthelp import replier

_fishing = replier(
    "Pesquera Bahía Azul S.A.C.", "Rosa Ibarra", "r.ibarra@bahiaazul.example", "Dani"
)
_dairy = replier("Lácteos Valle Verde S.A.", "Luis Paz", "lpaz@valleverde.example", "Bea")
_farm_app = replier("Agrosol Ltd", "Mary Wanjiku", "m.wanjiku@agrosol.example", "Ali")
_freight = replier("PT Samudra Logistik Nusantara", "Sri Lestari", "sri@samudra.example", "Budi")
_agritech = replier("AgriLink Kenya Ltd", "Akinyi Otieno", "a.otieno@agrilink.example", "Kevo")
_hangar = replier(
    "Marmara Teknik Hizmetler A.Ş.", "Elif Demir", "e.demir@marmarateknik.example", "Can"
)
_school = replier("Colegio Los Robles", "Ana Souza", "ana.souza@losrobles.example", "Rui")


@pytest.mark.parametrize(
    ("reply", "sentence", "name"),
    [
        (
            _fishing,
            "I would be glad to be considered for future roles at Pesquera Cabo Blanco.",
            "Pesquera Cabo Blanco",
        ),
        (
            _dairy,
            "Please keep me in mind for future openings at Lácteos Monte Alto.",
            "Lácteos Monte Alto",
        ),
    ],
)
def test_a_trades_word_heading_two_names_is_not_shared(reply, sentence, name) -> None:
    """Another fishing firm or dairy opening on the same trade's word is flagged."""
    assert reply(sentence) == [name]


@pytest.mark.parametrize(
    ("reply", "sentence"),
    [
        (_fishing, "I would be glad to be considered for future roles at Pesquera Bahía Azul."),
        (_fishing, "I enjoyed learning how Bahía Azul runs its Chimbote plant."),
        (_fishing, "Before this I spent two years at Pesquera Cabo Blanco as a lab analyst."),
        (_dairy, "Please keep me in mind for future openings at Lácteos Valle Verde."),
    ],
)
def test_the_employers_own_trade_name_and_the_writers_past_pass(reply, sentence) -> None:
    """The employer's own name after the trade's word, or the writer's old firm, passes."""
    assert reply(sentence) == []


def test_a_grow_with_tag_names_the_firm() -> None:
    """'#GrowWithX' is a firm's people's tag: another firm's is flagged at its name."""
    assert _farm_app("I hope to see you at the county show. #GrowWithTerrafirma") == ["Terrafirma"]


@pytest.mark.parametrize(
    "tag", ["#GrowWithAgrosol", "#GrowTogether", "#GrowWithUs", "#GrowYourCareer"]
)
def test_a_grow_tag_of_the_employer_or_of_no_firm_passes(tag) -> None:
    """The employer's own tag, or a motto with no firm in it, passes."""
    assert _farm_app(f"I hope to see you at the county show. {tag}") == []


def test_an_indonesian_legal_form_heading_a_name_makes_a_firm() -> None:
    """'PT' before a name marks a firm, so joining its big family is flagged."""
    assert _freight("I hope I can join the big family of PT Bintang Timur Kargo one day.") == [
        "PT Bintang Timur Kargo"
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "I hope I can join the big family of PT Samudra Logistik Nusantara one day.",
        "My physio said PT Sessions Weekly would help my back before the medical.",
    ],
)
def test_the_employers_pt_name_and_a_trainers_pt_pass(sentence) -> None:
    """The employer's own PT name, and 'PT' as a trainer's sessions, pass."""
    assert _freight(sentence) == []


def test_future_roles_on_another_firms_team_are_flagged() -> None:
    """Future roles looked ahead to on a coined firm's team put the job at that firm."""
    sentence = "I'd be glad to be considered for future roles in the Mavuno Connect sales team."
    assert _agritech(sentence) == ["Mavuno Connect"]


@pytest.mark.parametrize(
    "sentence",
    [
        "I'd be glad to be considered for future roles in the AgriLink sales team.",
        "I'd be glad to be considered for future roles in the Nairobi West sales team.",
        "I'd be glad to be considered for future roles in the Priority Services team.",
        "I'd be glad to be considered for future roles in the EU export team.",
        "I spent a season in the Mavuno Connect sales team after college.",
    ],
)
def test_future_roles_on_the_employers_team_or_a_past_team_pass(sentence) -> None:
    """The employer's own team, a site's, a department's, or one the writer was on, passes."""
    assert _agritech(sentence) == []


def test_other_chances_ahead_at_a_rival_are_flagged() -> None:
    """More chances looked forward to at a rival of the employer's kind are a job there."""
    assert _hangar("I am sure I will have other chances at Ege Teknik.") == ["Ege Teknik"]


@pytest.mark.parametrize(
    "sentence",
    [
        "I am sure I will have other chances at Marmara Teknik.",
        "I am sure there will be other chances at the Izmir air show.",
    ],
)
def test_chances_at_the_employer_or_an_event_pass(sentence) -> None:
    """Chances at the employer itself, or at an event, pass."""
    assert _hangar(sentence) == []


def test_an_interest_in_teaching_at_another_school_is_flagged() -> None:
    """An interest in teaching there is a wish to work there, though 'still' comes first."""
    sentence = "I am still very interested in teaching at Escuela Santa Clara, so keep me in mind."
    assert _school(sentence) == ["Escuela Santa Clara"]


@pytest.mark.parametrize(
    "sentence",
    [
        "I am still very interested in teaching at Colegio Los Robles, so keep me in mind.",
        "I am still teaching at Escuela Santa Clara, so I could start in March.",
        "I am interested in studying at Universidad Central next year.",
    ],
)
def test_teaching_at_the_employer_or_at_the_writers_school_passes(sentence) -> None:
    """The employer itself, the writer's current school, or studies elsewhere pass."""
    assert _school(sentence) == []
