"""wrong-company: pasted names that the blind sets context96 and context97 showed.

Cases from tests/context96 and context97, each with new wordings: a US school district by
its short name ("X Unified") and a teacher-training body by its initials ("X SCITT") are
organisations; another school is no site of the one school written to; a firm or a
saint's school spoken to by name after thanks ("Thanks for nothing, St Bede's.") is the
one written to; and a signature's "Applicant <job> - X" names the firm applied to. A
person thanked by name, the employer's own parts and plain uses of the words stay
unflagged.
"""

from __future__ import annotations

import pytest
from contexthelp import company_reply, flagged, replier
from test_context_relations56 import _letter

#: The wrong-company findings of a sentence in a reply to a school district.
_district = replier(
    "Cedar Hollow School District", "Ana Ruiz", "aruiz@cedarhollowsd.example", "Mia Chen"
)


#: The wrong-company findings of a sentence in a reply to one school.
_school = replier(
    "Dunmore International School", "Lee Min-jun", "mj.lee@dunmore-is.example", "Sam Ortiz"
)


#: The wrong-company findings of a sentence in a reply to a teacher-training partnership.
_training = replier(
    "Harrier Teacher Training Partnership", "Jo Bell", "j.bell@harrierscitt.example", "Amy Cole"
)


def _signed(signature: str) -> list[str]:
    """Return the findings of a reply to a gearbox maker, signed with ``signature``."""
    return flagged(company_reply("I hope the new line starts well.", "Vogel Getriebe GmbH",
                                 "Anna Vogel", "a.vogel@vogel-getriebe.example",
                                 signature))  # fmt: skip


@pytest.mark.parametrize(
    ("path", "name"),
    [
        ("context96/district-curriculum-lead-late-by-half-hour-tz.md", "Ridgeline Unified"),
        ("context96/korean-international-school-vice-principal-park-near-miss.eml",
         "Hanbit Global School"),
        ("context96/pastoral-lead-outlook-sarcastic-late.eml", "St Bede"),
        ("context96/scitt-two-signers-reply-one-near-line-ps.md", "Moorside SCITT"),
        ("context97/quality-engineer-german-client-late-signature-other-firm.eml",
         "Brandt Fahrzeugtechnik GmbH"),
    ],
)  # fmt: skip
def test_the_letters_flag_the_pasted_name(path: str, name: str) -> None:
    """Each set's letter now reports the name pasted from another application."""
    assert name in _letter(path)


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("My thanks to the Brookfield Unified science team for the warm welcome.",
         "Brookfield Unified"),
        ("Thank you to the whole Lakemont Unified team for your time.", "Lakemont Unified"),
    ],
)  # fmt: skip
def test_district_by_its_short_name(sentence: str, name: str) -> None:
    """A district named "X Unified" where the employer stands is another district."""
    assert _district(sentence) == [name]


@pytest.mark.parametrize(
    "sentence",
    [
        "I used the Unified Talent portal to apply.",  # a product's words, no district
        "Thank you to the Cedar Hollow science team for the tour.",  # the employer's own
    ],
)
def test_unified_or_own_district_not_flagged(sentence: str) -> None:
    """A name opened by "Unified", and the employer's own team, are left alone."""
    assert _district(sentence) == []


def test_other_school_is_no_site_of_one_school() -> None:
    """Another school thanked as the one written to is pasted, not one of its sites."""
    assert _school("Thanks again to everyone at Yeonhwa Global School for the visit.") == [
        "Yeonhwa Global School"
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Thanks again to everyone at the Dunmore Junior School for the visit.",  # its own part
        "Thanks again to everyone at Dunmore for the visit.",  # its short name
    ],
)
def test_school_own_parts_not_flagged(sentence: str) -> None:
    """A school's own section, or its short name, is its own."""
    assert _school(sentence) == []


def test_training_body_by_its_initials() -> None:
    """A teacher-training body named "X SCITT" whose gift is thanked for is the one written to."""
    assert _training("Thank you for the Westfell SCITT lanyard and notebook.") == ["Westfell SCITT"]


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Thanks for nothing, St Aidan's.", "St Aidan"),
        ("Cheers for the memories, Yeonhwa Global School!", "Yeonhwa Global School"),
    ],
)  # fmt: skip
def test_organisation_spoken_to_after_thanks(sentence: str, name: str) -> None:
    """An organisation named alone after thanks, set off by a comma, is spoken to."""
    assert _school(sentence) == [name]


@pytest.mark.parametrize(
    "sentence",
    [
        "Thanks for nothing, Maria.",  # a person thanked by name
        "Thanks for the tip about St Aidan's.",  # a saint's school spoken of, not to
        "Thanks, St Aidan.",  # a saint's name without the school's possessive
    ],
)
def test_person_or_mention_after_thanks_not_flagged(sentence: str) -> None:
    """A person thanked by name, or a school spoken of, is no organisation spoken to."""
    assert _school(sentence) == []


def test_applicant_label_before_the_job() -> None:
    """A signature "Applicant <job> - X" names the firm applied to, here another one."""
    assert _signed("Jan Roth\nApplicant Process Engineer - Lenz Antriebe GmbH") == [
        "Lenz Antriebe GmbH"
    ]


@pytest.mark.parametrize(
    "signature",
    [
        "Jan Roth\nApplicant Process Engineer - Vogel Getriebe GmbH",  # the employer's own
        "Jan Roth\nProcess Engineer - Lenz Antriebe GmbH",  # the writer's own post, no label
    ],
)
def test_applicant_label_own_firm_or_post_not_flagged(signature: str) -> None:
    """The employer named in the label, or the writer's own post, is left alone."""
    assert _signed(signature) == []
