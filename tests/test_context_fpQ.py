"""wrong-company: towns, collaborators, events and projects named beside the job.

Cases from the blind sets tests/context166-170, each with new wordings: a town after
another firm ("at Saint-Gobain in Nimes") that only shares the letters of the employer's
initials; a town after "in" inside the subject said to be lucky ("the data group in Denver
is lucky"); the people "at X" the writer hopes to see there at a date (an event); the
colleagues "at X" the writer works with; a project's "work" after the name; a hospice
named after another saint, a rival of the one written to; a body whose people the reply
copies in (its domain spells the name); the employer's own word in the singular naming a
part of it; and congratulations sent to another firm's whole crew. The nearby uses that
still name a pasted firm stay flagged.
"""

from __future__ import annotations

import pytest
from contexthelp import flagged, replier

_institute = replier("NIMS (National Institute for Materials Science)", "Ana Ruiz",
                     "ana.ruiz@nims.example", "Sam Lee")  # fmt: skip
_labs = replier("Summit Ridge Labs", "Ana Ruiz", "ana.ruiz@summitridge.example", "Sam Lee")
_realty = replier("Bayview Realty", "Ana Ruiz", "ana.ruiz@bayview.example", "Sam Lee")
_marine = replier("Nordsee Marine Institute", "Ana Ruiz", "ana.ruiz@nordsee.example", "Sam Lee")
_hospice = replier("St. Brigid's Hospice, Galway", "Ana Ruiz", "ana.ruiz@stbrigids.example",
                   "Sam Lee")  # fmt: skip


def test_a_town_sharing_the_letters_of_the_employers_initials_is_no_misspelling() -> None:
    sentence = "I am now a process engineer at Saint-Gobain in Nimes, so any feedback would help."
    assert _institute(sentence) == []


def test_a_misspelt_name_is_still_flagged() -> None:
    assert _labs("I still hope to join Summit Rigde Labs one day.") == ["Summit Rigde Labs"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Congratulations on the hire; the data group in Denver is lucky to have them.",
        "Congratulations on the hire; the research office in Aurora is lucky to have them.",
    ],
)
def test_a_town_inside_the_lucky_subject_is_no_firm(sentence: str) -> None:
    assert _labs(sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Congratulations on the hire; Halden Labs is lucky to have them.",
        "The role in Halden Labs was my first choice.",
    ],
)
def test_another_firm_said_to_be_lucky_or_chosen_is_still_flagged(sentence: str) -> None:
    assert _labs(sentence) == ["Halden Labs"]


@pytest.mark.parametrize(
    "sentence",
    [
        "I also hope to see some of the team at Buildex Global later this year.",
        "I hope to meet a few of the team at Buildex Global next spring.",
    ],
)
def test_people_to_be_met_at_a_date_are_met_at_an_event(sentence: str) -> None:
    assert _realty(sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "I hope everyone at Buildex Global has a great year.",
        "I also hope to see some of the team at Buildex Global again soon.",
        "I'd love to meet the team at Buildex Global next year.",
    ],
)
def test_people_greeted_at_another_firm_are_still_flagged(sentence: str) -> None:
    assert _realty(sentence) == ["Buildex Global"]


@pytest.mark.parametrize(
    "sentence",
    [
        "I have recently begun working with colleagues at the Helmholtz Centre for Ocean "
        "Research on float data, which I hope will fill that gap.",
        "I collaborate with colleagues at the Helmholtz Centre for Ocean Research, and I hope "
        "to keep learning.",
        "Since May I have also been working with colleagues at the Helmholtz Centre for Ocean "
        "Research on tides.",
    ],
)
def test_colleagues_the_writer_works_with_are_of_another_body(sentence: str) -> None:
    assert _marine(sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "I hope the colleagues at the Helmholtz Centre for Ocean Research are well.",
        "I would love the chance to work with colleagues at the Helmholtz Centre for Ocean "
        "Research.",
        "I look forward to working with colleagues at the Helmholtz Centre for Ocean Research "
        "one day.",
    ],
)
def test_colleagues_greeted_or_hoped_for_at_another_body_are_still_flagged(sentence: str) -> None:
    assert _marine(sentence) == ["Helmholtz Centre for Ocean Research"]


def test_a_projects_work_after_the_name_is_no_word_of_the_job() -> None:
    sentence = (
        "Please keep me in mind for future openings, whether on the glider fleet or on the "
        "Polar Drift Observatory work that is planned."
    )
    assert _marine(sentence) == []


def test_openings_at_another_body_are_still_flagged() -> None:
    sentence = "Please keep me in mind for future openings at the Polar Drift Observatory."
    assert _marine(sentence) == ["Polar Drift Observatory"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Thank you for the time you gave me at St. Aidan's Hospice last week.",
        "I am grateful for the time you gave me at St. Aidan's Hospice on Monday, and for the "
        "tour.",
    ],
)
def test_a_hospice_named_after_another_saint_is_a_rival(sentence: str) -> None:
    assert _hospice(sentence) == ["St. Aidan's Hospice"]


@pytest.mark.parametrize(
    "sentence",
    [
        "I am grateful for the time you gave me at St. Brigid's Hospice on Monday.",
        "I am grateful for the time you gave me at St. James's Hospital on Monday.",
    ],
)
def test_the_employers_own_name_or_another_kind_of_body_is_not(sentence: str) -> None:
    assert _hospice(sentence) == []


def _copied(sentence: str, cc: str, to: str = "ana.ruiz@stbrigids.example") -> list[str]:
    """Return the findings of ``sentence`` in a reply to a hospice that copies ``cc`` in."""
    return flagged(
        f"---\nto: [Ana Ruiz <{to}>]\n"
        f"cc: [Rose Kelly <{cc}>]\nrejection:\n  from: [Ana Ruiz <ana.ruiz@stbrigids.example>]\n"
        "  company: St. Brigid's Hospice, Galway\n---\nDear Ana,\n\n"
        f"Thank you for considering me. {sentence}\n\nKind regards,\nSam Lee\n"
    )


_WITHIN = "I would love to be considered for future openings within the Rosehill Care Trust."


def test_a_body_whose_people_are_copied_in_is_written_to_on_purpose() -> None:
    assert _copied(_WITHIN, "rose.kelly@rosehillcare.example") == []
    assert _copied(_WITHIN, "rose.kelly@rosehillcaretrust.example") == []


@pytest.mark.parametrize(
    "cc", ["rose.kelly@stbrigids.example", "rose.kelly@rosewood.example", "rosehillcare@gmail.com"]
)
def test_a_body_no_copied_address_spells_is_still_flagged(cc: str) -> None:
    assert _copied(_WITHIN, cc) == ["Rosehill Care Trust"]


def test_a_body_the_whole_reply_is_sent_to_is_still_flagged() -> None:
    # NOTE: the To address at the named body: the pasted letter sent on to its old firm
    to = "ana.ruiz@rosehillcare.example"
    assert _copied(_WITHIN, "rose.kelly@stbrigids.example", to) == ["Rosehill Care Trust"]


_contact = replier(
    "Two Rivers Contact (Pty) Ltd", "Ana Ruiz", "ana.ruiz@tworivers.example", "Sam Lee"
)
_coworking = replier("Harbourfront Commons Coworking", "Ana Ruiz", "ana.ruiz@harbourfront.example",
                     "Sam Lee")  # fmt: skip


@pytest.mark.parametrize(
    "sentence",
    [
        "Thank you for showing me the River Academy training room during the interview.",
        "I enjoyed the River Academy session you ran for new starters.",
    ],
)
def test_the_employers_own_word_in_the_singular_names_a_part_of_it(sentence: str) -> None:
    assert _contact(sentence) == []


def test_a_name_sharing_only_a_stem_with_the_employer_is_still_flagged() -> None:
    assert _contact("I hope to join Riverway Connect one day.") == ["Riverway Connect"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Congrats again to the whole Queen Street Works crew!",
        "Congratulations to the whole Queen Street Works crew on the new hire.",
    ],
)
def test_congratulations_to_another_firms_crew_are_flagged(sentence: str) -> None:
    assert _coworking(sentence) == ["Queen Street Works"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Congrats again to the whole Harbourfront crew!",
        "Congratulations to the whole crew at Harbourfront on the new hire.",
    ],
)
def test_congratulations_to_the_employers_own_crew_are_not(sentence: str) -> None:
    assert _coworking(sentence) == []
