"""wrong-company: names pasted from another letter that context106-107 showed.

An Arabic article both names open with ("Al Nour Holdings" to Al Noor Trading) is no word
the two share; a Spanish trade's word heading the name ("Textiles Monclova" to Textiles
Monterrey) tells nothing of which firm; a bracketed aside under the name ("(future X
artist!)") hopes to be one of X's; and a firm followed "to see your work" is the reader's.
The employer's own names, its group, a person followed and a plain aside stay unflagged.
"""

from __future__ import annotations

import pytest
from contexthelp import company_reply, flagged, replier
from test_context_relations56 import _letter

_trading = replier("Al Noor Trading L.L.C.", "Khalid al-Mansouri",
                   "k.almansouri@alnoor-trading.ae", "Farhan Siddiqui")  # fmt: skip
_textiles = replier("Textiles Monterrey S.A. de C.V.", "Gabriela Treviño",
                    "gtrevino@textilesmonterrey.com.mx", "Jorge Cantú")  # fmt: skip
_salon = replier("Kurl Kulture", "Amara Nwosu", "amara@kurlkulture.co.uk", "Blessing Ogunleye")


def _signed(aside: str) -> list[str]:
    """Return the findings of a reply to a cosmetics brand with ``aside`` under the name."""
    reply = company_reply("It was lovely to meet the team.", "Kohl & Kin Cosmetics",
                          "Rhea Kapoor", "rhea@kohlandkin.com", "Jade")  # fmt: skip
    return flagged(f"{reply}{aside}\n")


@pytest.mark.parametrize(
    ("path", "name"),
    [
        ("context106/makeup-artist-signoff-line-names-other-brand.md", "Velvet Rouge"),
        ("context106/salon-assistant-non-native-cc-jobs-mailbox-ps-rival.eml", "Curl Republic"),
        ("context107/production-planner-thanks-names-similar-textile-firm.md", "Textiles Monclova"),
        (
            "context107/trade-coordinator-misspells-al-mansouri-and-names-other-group.md",
            "Al Nour Holdings",
        ),
    ],
)
def test_the_letters_flag_the_pasted_name(path: str, name: str) -> None:
    """Each letter's pasted name is found, and nothing else."""
    assert _letter(path) == [name]


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("I wish you and everyone at Al Safa Holdings great success.", "Al Safa Holdings"),
        ("My best wishes to everyone at Al Rawda Group for the year.", "Al Rawda Group"),
    ],
)
def test_group_sharing_only_an_article_is_another(sentence: str, name: str) -> None:
    """A group whose only word in common with the employer is "Al" is another firm."""
    assert _trading(sentence) == [name]


@pytest.mark.parametrize(
    "sentence",
    [
        "I wish you and everyone at Al Noor Trading great success.",
        "I know Al Noor Trading belongs to the wider Al Noor Holdings family.",
    ],
)
def test_the_employer_and_its_group_stay(sentence: str) -> None:
    """The employer and a group bearing its own name are left alone."""
    assert _trading(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Thank you for the Planner role at Textiles Saltillo.", "Textiles Saltillo"),
        ("I was glad to interview with Textil Laguna last week.", "Textil Laguna"),
    ],
)
def test_trade_word_heading_another_name(sentence: str, name: str) -> None:
    """The trade's word heading the name is shared by any textile firm: the rest tells."""
    assert _textiles(sentence) == [name]


@pytest.mark.parametrize(
    "sentence",
    [
        "Thank you for the Planner role at Textiles Monterrey.",
        "The plant visit in Apodaca showed me how Textiles Monterrey plans its orders.",
    ],
)
def test_employer_headed_by_its_trade_stays(sentence: str) -> None:
    """The employer's own name, headed by its trade's word, is no other firm."""
    assert _textiles(sentence) == []


@pytest.mark.parametrize(
    ("aside", "name"),
    [
        ("(future Glowhaus artist!)", "Glowhaus"),
        ("Future Palette Lane stylist", "Palette Lane"),
    ],
)
def test_signature_aside_hoping_to_join_another(aside: str, name: str) -> None:
    """A line under the name hoping to be one of another brand's artists names it."""
    assert _signed(aside) == [name]


@pytest.mark.parametrize(
    "aside",
    ["(future Kohl & Kin artist!)", "(future makeup artist!)", "(future plans: Brighton)"],
)
def test_signature_aside_of_the_employer_or_no_firm(aside: str) -> None:
    """The employer's own artists, or an aside naming no firm, stay unflagged."""
    assert _signed(aside) == []


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("I will follow Bloom Theory on Instagram to see your work!", "Bloom Theory"),
        ("I'll keep following Crown Kinks on TikTok to watch your new styles.", "Crown Kinks"),
    ],
)
def test_firm_followed_for_the_readers_work(sentence: str, name: str) -> None:
    """A firm the writer will follow to see the reader's work is the one written to."""
    assert _salon(sentence) == [name]


@pytest.mark.parametrize(
    "sentence",
    [
        "I will follow Kurl Kulture on Instagram to see your work!",
        "I will follow Bloom Theory on Instagram for braiding ideas.",
        "I will follow Tobi Adeyemi on Instagram, as your stylist suggested.",
    ],
)
def test_employer_or_no_reader_work_followed(sentence: str) -> None:
    """The employer followed, or a name followed for the writer's own ends, is left alone."""
    assert _salon(sentence) == []
