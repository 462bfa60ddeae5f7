"""wrong-company: the employer's group, places the reader works in, studies, a store's corner.

Cases from the blind sets tests/context61 and tests/context62, each with new wordings: a
group the employer joined ("since joining the X Brands family") or whose ways run across
its stores ("the X Group training works across the stores"); a district named after the
reader's work ("your work with farmers in X"); the writer's own semester at a university;
a place's name with "'s" in it ("the Cox's Bazar positions"); and a chain's store named for its street corner ("the Bloor & Spadina store"). The nearby
uses that still name a pasted firm (the writer joining a family, work hoped for) stay
flagged.
"""

from __future__ import annotations

import pytest
from test_context_legit59 import _reply
from test_context_relations56 import _letter


@pytest.mark.parametrize(
    ("path", "name"),
    [
        ("context62/dealership-sales-parent-group-formality.md", "Dumont Automotive Group"),
        ("context62/gym-coach-parent-brand-self-pity.md", "Apex Wellness Brands"),
        ("context61/baobab-foundation-greenfields-placeholder.md", "Makueni"),
        ("context61/icimod-site-university-near-24h.eml", "Royal University of Bhutan"),
        ("context62/barista-late-pasted-cafe-in-thanks.md", "Bloor & Spadina"),
        ("context61/plan-bangladesh-pastes-save-children.eml", "Cox"),
    ],
)
def test_the_letters_no_longer_flag_the_legitimate_name(path, name) -> None:
    assert name not in _letter(path)


# --- the employer's group ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "It's great to see Larkfield thriving since joining the Ellison Brands family.",
        "I heard how you have grown since joining the Ellison Retail Group.",
        "I liked hearing how the Ellison Retail Group mentoring runs across all the stores.",
        "Thanks for explaining how Ellison Holdings rotas work throughout the branches.",
    ],
)
def test_a_group_the_employer_joined_or_spans_its_sites_is_its_own(sentence) -> None:
    assert _reply(sentence, "Larkfield Home") == []


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("I still hope to join the Ellison Brands family one day.", "Ellison Brands"),
        ("I'd be thrilled to be joining the Ellison Brands family.", "Ellison Brands"),
        ("I would love to work at the Ellison Retail Group.", "Ellison Retail Group"),
    ],
)  # fmt: skip
def test_a_group_the_writer_joins_or_hopes_for_is_still_flagged(sentence, name) -> None:
    assert _reply(sentence, "Larkfield Home") == [name]


# --- a place the reader works in -----------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Your work with pastoralists in Turkana is why I applied to Greenfields Trust.",
        "I admire the projects you run in Gulu.",
        "Your programmes with young mothers in Kisumu inspired me to apply to Greenfields Trust.",
    ],
)
def test_a_place_named_after_the_readers_work_is_no_firm(sentence) -> None:
    assert _reply(sentence, "Greenfields Trust") == []


def test_a_firm_named_after_the_readers_work_is_still_flagged() -> None:
    sentence = "Your work with farmers is exactly why I applied to Harvest Aid Kenya."
    assert _reply(sentence, "Greenfields Trust") == ["Harvest Aid Kenya"]


# --- the writer's studies ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "I learned more that day than in a semester of hydrology at the University of Otago.",
        "My semester of geology at Lincoln University taught me field mapping.",
    ],
)
def test_a_semester_at_a_university_is_the_writers_own(sentence) -> None:
    assert _reply(sentence, "Mountain Research Centre") == []


# --- a store named for its corner ----------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Thanks again for the interview at the Bloor & Spadina store.",
        "I enjoyed the trial shift at the Yonge and Eglinton location.",
        "Thank you for showing me round the Dundas & Ossington branch.",
    ],
)
def test_a_store_named_for_its_corner_is_the_employers_site(sentence) -> None:
    assert _reply(sentence, "Northern Roast Coffee Co.") == []


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Thanks again for the interview at the Marks & Spencer store.", "Marks & Spencer"),
        ("Thanks again for the interview at the Lumen & Reed Coffee store.",
         "Lumen & Reed Coffee"),
    ],
)  # fmt: skip
def test_a_firms_store_is_still_flagged(sentence, name) -> None:
    assert _reply(sentence, "Northern Roast Coffee Co.") == [name]


# --- a place's name with "'s" in it --------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "I hope you will consider me when the Cox's Bazar positions are advertised.",
        "Please keep me in mind when the King's Lynn roles open.",
        "Thank you for the tour of the Martha's Vineyard site.",
    ],
)
def test_a_place_with_a_possessive_in_its_name_is_one_name(sentence) -> None:
    assert _reply(sentence, "Plan International") == []


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("I also applied for a role in Harwell Foods's London office.", "Harwell Foods"),
        ("I applied because Harwell's Leeds team impressed me.", "Harwell"),
    ],
)
def test_a_firms_possessive_before_a_place_is_still_flagged(sentence, name) -> None:
    assert _reply(sentence, "Plan International") == [name]
