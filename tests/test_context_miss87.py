"""wrong-company: names pasted from another letter that context87-89 showed.

Cases from the blind sets tests/context87, 88 and 89, each with new wordings: a publisher
named by its list ("X Books"); a saint's name before a sector's word ("St X's Hospice"),
one name past its "'s"; a French name with an elided joiner ("Terre d'Entraide") thanked
as "all of X"; a wish to work at a name sharing only the employer's first word; "the best
hire X ever made" of the writer; and a tag under the name run together in lower case
("#proudtobuildwithX"). A publisher's own imprint ("the X Books list"), the employer
thanked, someone else's hiring and tags of a tool or the employer stay unflagged.
"""

from __future__ import annotations

import pytest
from contexthelp import company_reply, flagged, replier
from test_context_relations56 import _letter


def _reply(sentence: str, company: str = "Harlow & Pine") -> list[str]:
    """Return the findings of ``sentence`` in a reply to ``company``'s rejection."""
    return flagged(company_reply(sentence, company, "Emily Carter",
                                 "emily.carter@harlowpine.example", "Lena Vogt"))  # fmt: skip


@pytest.mark.parametrize(
    ("path", "name"),
    [
        ("context87/building-surveyor-pleads-late-pasted-firm.md", "Lambourne Knight"),
        ("context88/ad-producer-furious-cc-managing-director.md", "Skylark Creative"),
        ("context88/book-sales-rep-ps-names-rival-publisher.md", "Ravensworth Books"),
        ("context89/hospice-ward-manager-formal-pasted-hospice-in-wish-late.md",
         "St Elwyn's Hospice"),
        ("context89/ngo-logistics-officer-french-client-pasted-ngo-in-thanks.eml",
         "Terre d'Entraide"),
    ],
)  # fmt: skip
def test_the_letters_flag_the_pasted_name(path: str, name: str) -> None:
    """Each letter of the set now flags the name pasted in."""
    assert name in _letter(path)


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("I'd love to catch up with the Greywater Books team at the fair.", "Greywater Books"),
        ("I wish St Ansgar's Hospice every success with the new wing.", "St Ansgar's Hospice"),
        ("My best wishes to St Oswin's Housing for the year ahead.", "St Oswin's Housing"),
        ("Thank you to all of Maison d'Aubrac for the time you gave me.", "Maison d'Aubrac"),
        ("I'd have been the best hire Harmattan Creative ever made.", "Harmattan Creative"),
        ("I would have been the best recruit Jaguar Pixel could have made.", "Jaguar Pixel"),
    ],
)
def test_publisher_saint_elided_or_hire_flagged(sentence: str, name: str) -> None:
    """A publisher, a saint's hospice, a French name thanked and a would-be hirer are flagged."""
    assert _reply(sentence) == [name]


@pytest.mark.parametrize(
    "sentence",
    [
        "I enjoyed hearing about the Pinecrest Books list for autumn.",  # the employer's imprint
        "I wish Harlow & Pine every success with the new list.",
        "Thank you to all of Harlow & Pine for the time you gave me.",  # the employer itself
        "She was the best hire Harmattan Creative ever made.",  # someone else's hiring
    ],
)
def test_imprint_person_or_other_hire_not_flagged(sentence: str) -> None:
    """The employer's imprint, the employer thanked and another's hiring are left alone."""
    assert _reply(sentence) == []


#: The wrong-company findings of a sentence in a reply to a firm of surveyors.
_surveyors = replier(
    "Hartwell Grange Surveyors", "Vikram Desai", "vikram@hartwellgrange.example", "Rebecca Hollins"
)


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("I have always wanted to work at Hartwell Bishop.", "Hartwell Bishop"),
        ("I'd love to work for Hartwell Copper one day.", "Hartwell Copper"),
    ],
)
def test_wished_work_at_namesake_flagged(sentence: str, name: str) -> None:
    """A wish to work at a name sharing only the employer's first word names another firm."""
    assert _surveyors(sentence) == [name]


@pytest.mark.parametrize(
    "sentence",
    [
        "I have always wanted to work at Hartwell Grange.",  # the employer itself
        "Thank you for the chance to shadow at Hartwell Central last spring.",  # its site
        "I hope to hear of future junior roles with Hartwell Copper.",  # no work wished there
    ],
)
def test_wished_work_at_employer_not_flagged(sentence: str) -> None:
    """The employer's own name, a site of its own, or news of roles hoped for are left alone."""
    assert _surveyors(sentence) == []


def _signed(tags: str) -> list[str]:
    """Return the findings of a reply to a steel fabricator signed with a line of ``tags``."""
    reply = company_reply("Congrats to the new detailer.", "Forge & Beam Steel", "Wojciech Nowak",
                          "w.nowak@forgeandbeam.example", "Kyle Robertson")  # fmt: skip
    return flagged(f"{reply}{tags}\n")


@pytest.mark.parametrize(
    ("tags", "name"),
    [
        ("#steeldetailing #proudtobuildwithNorthspan", "Northspan"),
        ("#Tekla #proudtoworkatGirderline", "Girderline"),
    ],
)
def test_signature_tag_run_together_flagged(tags: str, name: str) -> None:
    """A tag of a firm's people run together in lower case, under the name, is flagged."""
    assert _signed(tags) == [name]


@pytest.mark.parametrize(
    "tags",
    [
        "#steeldetailing #Tekla #BCSA",  # a trade, a tool, a trade body
        "#madewithUnity #proudtobuildwithForge",  # a tool; the employer's own first word
    ],
)
def test_signature_tags_of_tools_or_employer_not_flagged(tags: str) -> None:
    """Tags of a trade, a tool or the employer itself are left alone."""
    assert _signed(tags) == []
