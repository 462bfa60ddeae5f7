"""wrong-company: a French or German town's team, a mall of a malls firm, the employer's group.

Cases from the blind sets tests/context69 and tests/context71, each with new wordings: a
team named after a town run together in the French or German way ("the Bergerac team"),
the one mall of a firm named for its malls ("Harbour Point Mall" to Harbour Point Malls),
a group bearing the employer's own word ("the Marenco Fashion Group" to Casa Marenco), and
a group said to open or build sites ("Northgate Leisure Holdings will open a third
resort"). A pasted firm beside each stays flagged.
"""

from __future__ import annotations

import pytest
from test_context_legit68 import _to
from test_context_relations56 import _letter

_PLANT = ("Dordogne Composites", "ruth@dordogne-composites.fr")
_MALLS = ("Harbour Point Malls", "ruth@harbourpointmalls.com")
_SHOP = ("Casa Marenco", "ruth@casamarenco.it")
_RESORT = ("Coral Bay Resort", "ruth@coralbayresort.com")


@pytest.mark.parametrize(
    ("path", "name"),
    [
        ("context69/french-aerostructures-greets-interviewer.eml", "Blagnac"),
        ("context69/spain-car-plant-legit-parent-brand.eml", "Grupo Peninsular"),
        ("context71/fashion-milan-legit-school-employer-parent.md", "Rivoli Luxe Group"),
        ("context71/mall-leasing-arabic-hiring-team-plea.eml", "Al Noor Mall"),
        ("context71/theme-park-macau-two-signers-clean.eml", "Orient Leisure Holdings"),
    ],
)
def test_the_letters_no_longer_flag_the_legitimate_name(path, name) -> None:
    assert name not in _letter(path)


@pytest.mark.parametrize(
    "sentence",
    [
        "Please pass my congratulations to the Bergerac team.",
        "I really enjoyed meeting the Mannheim team on the shop floor.",
        "My best wishes to the Abbeville team for the next launch.",
    ],
)
def test_a_towns_team_is_not_flagged(sentence) -> None:
    assert _to(*_PLANT, sentence) == []


def test_a_coined_firms_team_stays_flagged() -> None:
    assert _to(*_PLANT, "Please pass my congratulations to the Quantix team.") == ["Quantix"]


@pytest.mark.parametrize(
    "sentence",
    [
        "I would still love to work at Harbour Point Mall one day.",
        "The leasing team at Harbour Point Mall was very kind to me.",
    ],
)
def test_the_one_mall_of_a_malls_firm_is_not_flagged(sentence) -> None:
    assert _to(*_MALLS, sentence) == []


def test_a_misspelt_malls_firm_stays_flagged() -> None:
    assert _to(*_MALLS, "I would still love to work at Harbour Piont Malls one day.") != []


@pytest.mark.parametrize(
    "sentence",
    [
        "I understand the Marenco Fashion Group prefers to promote its own staff.",
        "I know Grupo Marenco fills such roles from within, which is fair.",
    ],
)
def test_a_group_bearing_the_employers_word_is_not_flagged(sentence) -> None:
    assert _to(*_SHOP, sentence) == []


def test_another_group_far_from_the_job_is_left_by_the_gate() -> None:
    found = _to(*_SHOP, "I understand the Halden Fashion Group prefers to promote its own staff.")
    # NOTE: left by the cue-beside gate (_org_future.cued_firm): no word of the job, the hiring
    # or a wish stands beside the name, so the sentence-wide cue no longer makes it the firm
    # written to. On new blind letters that cue was wrong far more often than right.
    assert found == []


@pytest.mark.parametrize(
    "sentence",
    [
        "I read that Northgate Leisure Holdings will open a third resort in Phuket next year.",
        "It was exciting to hear how Grupo Serrano plans to build a new spa wing there.",
        "I know the Ashcombe Group is expanding along the coast, and I would love a place there.",
    ],
)
def test_a_group_opening_sites_is_not_flagged(sentence) -> None:
    assert _to(*_RESORT, sentence) == []


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        (
            "I would still love to join Northgate Leisure Holdings one day.",
            "Northgate Leisure Holdings",
        ),
        ("Working at Grupo Serrano has always been my dream.", "Grupo Serrano"),
        ("I hope Halcyon Group will keep my CV for future openings.", "Halcyon Group"),
    ],
)
def test_a_group_written_to_stays_flagged(sentence, name) -> None:
    assert _to(*_RESORT, sentence) == [name]
