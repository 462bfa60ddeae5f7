"""wrong-company: kinds of mention in the blind sets context37-38 that name no firm written to.

Each on a new example: a degree ("my Bachelor's"), a school year or level before its number
("the Level 3 learners"), a body named for its plural members ("the Students' Union"), a
team's title on the applicant's line ("Night Shift Leader"), a stint the writer finished
("completed a placement at X") and the employer's group named beside its own name. Beside
each, a name pasted into a like sentence is still flagged.
"""

from __future__ import annotations

import pytest
from contexthelp import company_reply, flagged


def reply(
    sentence: str, company: str = "Harcastle Borough Council", writer: str = "Tom Reed"
) -> str:
    """Return a reply with ``sentence`` to Ann Lee's rejection from ``company``."""
    return company_reply(sentence, company, "Ann Lee", "ann.lee@example.com", writer)


@pytest.mark.parametrize(
    "sentence",
    [
        "I finish my Bachelor's in June and would be glad to be considered for the next intake.",
        "I will finish my Master's next year, and I'd be happy to be considered for the team then.",
    ],
)
def test_degree_is_not_flagged(sentence: str) -> None:
    """A degree named by its word ("my Bachelor's") is the writer's study, not a firm."""
    assert flagged(reply(sentence)) == []


def test_pasted_name_beside_degree_is_flagged() -> None:
    """A pasted firm in a like sentence about the next intake is still flagged."""
    sentence = (
        "I finish my degree in June and would be glad to be considered for "
        "Pellbrook Council's next intake."
    )
    assert flagged(reply(sentence)) == ["Pellbrook Council"]


@pytest.mark.parametrize(
    "sentence",
    [
        "I'm sure they'll do a brilliant job with the Level 3 learners.",
        "I'm sure they'll do a brilliant job with the Year 10 classes.",
    ],
)
def test_school_year_or_level_is_not_flagged(sentence: str) -> None:
    """A common word before a small number is a year, level or stage, not a firm."""
    assert flagged(reply(sentence, "Quillmere Learning")) == []


def test_pasted_name_in_a_job_with_sentence_is_flagged() -> None:
    """A firm's name after "a brilliant job with" is still the pasted one."""
    sentence = "I'm sure they'll do a brilliant job with Corvane Learning."
    assert flagged(reply(sentence, "Quillmere Learning")) == ["Corvane Learning"]


def test_firm_named_with_a_number_worked_at_is_flagged() -> None:
    """A firm whose name has a number ("Channel 4"), worked at on its own, is no stage.

    (Its name is still cut before the number; that it is flagged at all is what holds.)
    """
    sentence = "I'd love to work at Channel 4 one day, so please keep me in mind."
    assert flagged(reply(sentence, "Skyline Media"))


@pytest.mark.parametrize(
    "sentence",
    [
        "I have been helping at the Students' Union freshers fair, and I'd love to be "
        "considered for the next vacancy.",
        "I have been helping at the Farmers' Market stall, and I'd love to be considered "
        "for the next vacancy.",
    ],
)
def test_body_named_for_plural_members_is_not_cut_at_apostrophe(sentence: str) -> None:
    """ "the Students' Union" is one body's name, not "Students" owning a thing."""
    assert flagged(reply(sentence, "University of Brackley")) == []


def test_pasted_university_beside_the_fair_is_flagged() -> None:
    """Another university where the job would be is still flagged."""
    sentence = (
        "I have been helping at the freshers fair, and I'd love to be considered "
        "for the next vacancy at Marlow University."
    )
    assert flagged(reply(sentence, "University of Brackley")) == ["Marlow University"]


@pytest.mark.parametrize("title", ["Night Shift Leader", "Store Team Member"])
def test_team_title_on_applicant_line_is_not_flagged(title: str) -> None:
    """The job's title on an "Applicant - title, firm" line is no firm; the firm still is."""
    writer = f"Tom Reed\nApplicant - {title}, Brookvale Logistics"
    letter = reply("I'd love to be considered for the next vacancy.", "Hollin Dairy", writer)
    assert flagged(letter) == ["Brookvale Logistics"]


@pytest.mark.parametrize(
    "sentence",
    [
        "I have worked hard for this role, and I did a clerkship with Kestrel & Finch in "
        "March, where I joined the litigation team.",
        "I have worked hard for this role: I chaired the law society and finished a "
        "secondment at Kestrel & Finch in the spring.",
    ],
)
def test_stint_the_writer_finished_is_not_flagged(sentence: str) -> None:
    """A clerkship or secondment the writer finished there is their own past."""
    assert flagged(reply(sentence, "Draycott Symes LLP")) == []


def test_stint_still_hoped_for_is_flagged() -> None:
    """A placement the writer would still love to do at a pasted firm is flagged."""
    sentence = (
        "I would still love to do a vacation scheme at Kestrel & Finch next year, "
        "and I hope you will consider me."
    )
    assert flagged(reply(sentence, "Draycott Symes LLP")) == ["Kestrel & Finch"]


@pytest.mark.parametrize(
    "sentence",
    [
        "I wish Tarnbrook and the Aldenfield Group every success with the new plant.",
        "I wish Tarnbrook Foods and the Aldenfield Group every success with the new plant.",
        "Best of luck to the Aldenfield Group and Tarnbrook with the new plant.",
    ],
)
def test_group_beside_employer_is_not_flagged(sentence: str) -> None:
    """A group of firms named with "and" beside the employer's own name is its group."""
    assert flagged(reply(sentence, "Tarnbrook Foods")) == []


@pytest.mark.parametrize(
    ("sentence", "names"),
    [
        ("I wish the Aldenfield Group every success with the new plant.", ["Aldenfield Group"]),
        (
            "I wish Brackley Foods and the Aldenfield Group every success with the new plant.",
            ["Brackley Foods", "Aldenfield Group"],
        ),
    ],
)
def test_group_wished_well_without_the_employer_is_flagged(sentence: str, names: list[str]) -> None:
    """A group wished well in the employer's place, or beside a pasted firm, is flagged."""
    assert flagged(reply(sentence, "Tarnbrook Foods")) == names
