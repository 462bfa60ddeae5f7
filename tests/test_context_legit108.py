"""wrong-company: partners, a body's show and an umlaut's domain spelling are not pasted.

Cases from the blind sets tests/context108-110, each with new wordings: a name the
reader's venture or work is done with ("how you structured the joint venture with X",
"our discussion about the partnership with X", "I hope the food drive with X goes well",
"how the Institute works with the Y field station and X") is the employer's partner; a
body's show named by a word of its kind ("the X trade show") is an event; and a German
name's umlaut spelt "ue" by its mail domain ("Alpenrück Re" at alpenrueck-re.ch) is no
misspelling. A pasted name beside each stays flagged.
"""

from __future__ import annotations

import pytest
from contexthelp import company_reply, flagged
from test_context_relations56 import _letter


def _charity(sentence: str) -> list[str]:
    """Return the findings of ``sentence`` in a reply to a housing charity's rejection."""
    return flagged(company_reply(sentence, "Northgate Housing Trust", "Priya Shah",
                                 "priya.shah@northgatehousing.example", "Tom Ellery"))  # fmt: skip


def _works(sentence: str) -> list[str]:
    """Return the findings of ``sentence`` in a reply to a German furniture maker."""
    return flagged(company_reply(sentence, "Gründler Möbelwerk AG", "Jan Roth",
                                 "jan.roth@gruendler-moebelwerk.example", "Ana Pick"))  # fmt: skip


@pytest.mark.parametrize(
    ("path", "name"),
    [
        ("context108/development-manager-competitor-named-in-wish.eml", "Moorgate Homes"),
        ("context108/property-manager-phone-call-nickname-bob.md",
         "Apartment Association of Metro Denver"),
        ("context109/reinsurance-analyst-formal-perfect-late-by-half-hour.md", "Alpenrück Re"),
        ("context110/grant-writer-qp-near-miss-alliance-late-french-client.eml",
         "Ministry of Health"),
        ("context110/lab-technician-institute-initials-sites-fine-no-congrats-outlook.eml",
         "Ministry of Health"),
        ("context110/volunteer-coordinator-pasted-food-bank-in-greeting-apple-mail.eml",
         "Trader Joe"),
    ],
)  # fmt: skip
def test_the_letters_no_longer_flag_the_name(path, name) -> None:
    assert name not in _letter(path)


@pytest.mark.parametrize(
    ("path", "name"),
    [
        ("context108/development-manager-competitor-named-in-wish.eml", "Halcyon Land"),
        ("context110/grant-writer-qp-near-miss-alliance-late-french-client.eml",
         "Alliance Nutrition Sahel"),
        ("context110/volunteer-coordinator-pasted-food-bank-in-greeting-apple-mail.eml",
         "Riverbend Food Bank"),
    ],
)  # fmt: skip
def test_the_letters_keep_their_pasted_name(path, name) -> None:
    assert name in _letter(path)


@pytest.mark.parametrize(
    "sentence",
    [
        "I enjoyed hearing how you set up the joint venture with Calder Civic Homes.",
        "Our conversation about the rent scheme and the partnership with Tyneside Council "
        "was the highlight of my day.",
        "I hope the winter coat appeal with Ridley Outdoor Supplies raises plenty.",
        "It was good to learn how the Trust works with the Byker tenants' forum and "
        "Shelter Cymru Partners.",
    ],
)
def test_the_readers_partner_is_not_a_firm_written_to(sentence) -> None:
    assert _charity(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("I enjoyed hearing how you set up the joint venture with Calder Civic Homes, and "
         "I'd love a future role at Harbourside Housing Trust.", "Harbourside Housing Trust"),
        ("I hope the winter coat appeal with Ridley Outdoor Supplies raises plenty, and I "
         "wish everyone at Harbourside Housing Trust well.", "Harbourside Housing Trust"),
        # talked over with the firm, not told of: the one met ("discussing ... with X")
        ("I enjoyed discussing the rent scheme and the project with Harbourside Housing Trust.",
         "Harbourside Housing Trust"),
        # a venture owned by no one is the writer's hope
        ("I'd love a long partnership with Harbourside Housing Trust.",
         "Harbourside Housing Trust"),
    ],
)  # fmt: skip
def test_a_pasted_name_beside_a_partner_stays_flagged(sentence, name) -> None:
    assert _charity(sentence) == [name]


def test_a_bodys_trade_show_is_an_event() -> None:
    assert (
        _charity("Maybe we'll meet at the Northern Landlords Federation annual conference.") == []
    )


def test_the_employers_name_with_its_umlaut_is_its_own() -> None:
    assert _works("I would welcome future roles at Gründler Möbelwerk.") == []


def test_a_name_a_letter_off_beside_an_umlaut_stays_flagged() -> None:
    assert _works("I would welcome future roles at Gründel Möbelwerk.") == ["Gründel Möbelwerk"]
