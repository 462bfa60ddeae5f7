"""wrong-company: a list after the writer's past, a brand's team met, the employer's partners."""

from __future__ import annotations

import pytest
from contexthelp import company_reply, flagged


def _flagged(company: str, sentence: str) -> list[str]:
    """Return the names flagged in a reply with ``sentence`` to ``company``'s rejection."""
    return flagged(
        company_reply(sentence, company, "Dana Whitfield", "dana@rej.example", "Sam Lee")
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "At Tallis Data I built the billing links with Orchard Freight and the Kestrel Care "
        "group, which is close to what your team needs.",
        "At Tallis Data I ran the data feeds for Orchard Freight and Kestrel Care in Leeds, "
        "so your platform felt familiar.",
    ],
)
def test_a_later_name_of_a_list_after_the_writers_past_is_theirs(sentence: str) -> None:
    assert _flagged("Brenwick Systems", sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        # the second name opens a clause of its own: it is no client in the list
        "At Tallis Data I led integrations with Orchard Freight and Kestrel Care would have "
        "been the perfect next step for me.",
        "At Tallis Data I led integrations with Orchard Freight and Kestrel Care's team will "
        "be lucky to have your new engineer.",
    ],
)
def test_a_name_opening_a_clause_after_the_writers_list_is_still_flagged(sentence: str) -> None:
    assert _flagged("Brenwick Systems", sentence) == ["Kestrel Care"]


def test_a_list_not_after_the_writers_past_is_still_flagged() -> None:
    sentence = "I would love to join Orchard Freight and the Kestrel Care group."
    assert _flagged("Brenwick Systems", sentence) == ["Orchard Freight", "Kestrel Care"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Thank you for the interview in Lyon; meeting the Atelier Sève haircare team was the "
        "highlight of my week.",
        "Thank you for the interviews; it was a pleasure to meet the Brightleaf Studio "
        "packaging team.",
        "Thank you for the interviews; I really enjoyed meeting the Casa Olmo fragrance "
        "marketing team.",
    ],
)
def test_a_brands_team_the_writer_met_is_the_employers(sentence: str) -> None:
    assert _flagged("Valmont Cosmetics", sentence) == []


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        # the firm's own people, with no work of a unit's between: a pasted name
        ("Thank you for the interviews; it was a pleasure meeting the Atelier Sève team.",
         "Atelier Sève"),
        ("Thank you for the news; I'd love to join Atelier Sève's haircare team one day.",
         "Atelier Sève"),
        # a meeting wished for, not had at the interview
        ("Thank you for the news; I would love to meet the Atelier Sève haircare team one day.",
         "Atelier Sève"),
        # a whole firm by its name's own words, not a brand of the group
        ("Thank you for the interviews; meeting the Halden Group skincare team was a pleasure.",
         "Halden Group"),
    ],
)  # fmt: skip
def test_a_pasted_firms_team_is_still_flagged(sentence: str, name: str) -> None:
    assert _flagged("Valmont Cosmetics", sentence) == [name]


def test_a_rivals_team_met_is_still_flagged() -> None:
    sentence = "Thank you for the interviews; meeting the Riverside Unified science team was great."
    assert _flagged("Lakeshore Unified", sentence) == ["Riverside Unified"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Hearing about the Foundation's work with the Millbrook Rivers Trust made me even "
        "keener on your mission.",
        "Your partnership with Solace Health Partners is a big reason I applied.",
        "I enjoyed hearing how Kelpie Analytics, one of your partners, uses the survey data for "
        "your work.",
        "I enjoyed hearing how your partner Kelpie Analytics uses the survey data for your work.",
    ],
)
def test_the_employers_partner_is_not_the_organisation_written_to(sentence: str) -> None:
    assert _flagged("Corran Valley Foundation", sentence) == []


@pytest.mark.parametrize(
    ("sentence", "names"),
    [
        ("I'm still very excited about the Millbrook Rivers Trust's work with local schools.",
         ["Millbrook Rivers Trust"]),
        ("I would love to work with the Millbrook Rivers Trust one day.",
         ["Millbrook Rivers Trust"]),
        # another firm's partnership, not the employer's
        ("Hearing about Kelda Water's partnership with the Millbrook Rivers Trust made me keen "
         "to join your team.", ["Kelda Water", "Millbrook Rivers Trust"]),
    ],
)  # fmt: skip
def test_a_pasted_name_beside_partnership_words_is_still_flagged(sentence, names) -> None:
    assert _flagged("Corran Valley Foundation", sentence) == names
