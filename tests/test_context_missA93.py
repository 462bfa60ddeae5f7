"""wrong-company: names pasted from another letter that context93-94 showed.

Cases from tests/context93 and context94, each with new wordings: an opening hoped for
the writer "at X" ("a chance for me at X down the line"); a signature line naming the
job and "candidate" before the firm ("Warehouse Operative candidate, X"); and a firm
sharing only the employer's first word, wished well as the reader's ("I wish everyone at
Motorola Mobility a strong year" to Motorola Solutions); and a sign-off sent "from a big
fan of X", a firm by its shape or initials. A chance that never was, a place, a degree's
candidate, the employer's own sites and a fan of a place or a thing stay unflagged.
"""

from __future__ import annotations

import pytest
from contexthelp import flagged, replier
from test_context_relations56 import _letter

#: The wrong-company findings of a sentence in a reply to a parcel carrier's rejection.
_parcel = replier(
    "Ashford Parcel Co.", "Priya Nair", "priya.nair@ashfordparcel.example", "Sam Cole"
)


#: The wrong-company findings of a sentence in a reply to an insurer's rejection.
_insurer = replier("Summit Ridge Life", "Dana Cho", "dana.cho@summitridgelife.example", "Lee Park")


def _signed(line: str) -> list[str]:
    """Return the findings of a reply to a builder signed with ``line`` under the name."""
    return flagged(
        "---\nto: [Ana Ruiz <ana.ruiz@marlowbuild.example>]\nrejection:\n"
        "  from: [Ana Ruiz <ana.ruiz@marlowbuild.example>]\n  company: Marlow Build\n---\n"
        "Dear Ana,\n\nThank you for the interview. Congratulations on your new hire.\n\n"
        f"Kind regards,\nJo Hart\n{line}\n"
    )


@pytest.mark.parametrize(
    ("path", "name"),
    [
        ("context93/sort-lead-phone-call-cc-ops-mailbox-coldwater.md", "Coldwater Parcel"),
        (
            "context93/goods-in-operative-recruiter-agency-stonebridge-signoff-late.md",
            "Stonebridge Distribution",
        ),
        ("context94/motorola-solutions-near-miss-mobility.md", "Motorola Mobility"),
        ("context94/leidos-saic-signoff-downplay-late.eml", "SAIC"),
    ],
)
def test_the_letters_flag_the_pasted_name(path: str, name: str) -> None:
    assert name in _letter(path)


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("I hope there's a chance for me at Redfern Parcel down the line.", "Redfern Parcel"),
        ("Hopefully there will be room for me at Kingsley Parcel later on.", "Kingsley Parcel"),
    ],
)
def test_opening_hoped_for_me_at_a_firm(sentence: str, name: str) -> None:
    """An opening hoped for the writer at a firm's name is a job there: the one written to."""
    assert _parcel(sentence) == [name]


@pytest.mark.parametrize(
    "sentence",
    [
        "There was no chance for me at Redfern Parcel after the depot closed.",
        "I hope there's a chance for me at Ashford Parcel down the line.",
        "I hope there is a chance for me at Gatwick down the line.",
    ],
)
def test_opening_not_hoped_or_not_a_firm(sentence: str) -> None:
    """A chance that never was, the employer itself and a place are left alone."""
    assert _parcel(sentence) == []


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("Site Engineer candidate - Harlow Civils", "Harlow Civils"),
        ("Warehouse Operative candidate, Kestrel Haulage", "Kestrel Haulage"),
    ],
)
def test_job_candidate_line_names_the_firm_applied_to(line: str, name: str) -> None:
    """A line "<Job title> candidate, X" under the name names X applied to, as "applicant" does."""
    assert _signed(line) == [name]


@pytest.mark.parametrize(
    "line",
    [
        "PhD candidate, Brightpath University",
        "MBA Candidate, Kestrel Business School",
        "Site Engineer candidate - Marlow Build",
    ],
)
def test_degree_candidate_or_employer_line_not_flagged(line: str) -> None:
    """A degree's candidate is the writer's own studies; the employer's own name is right."""
    assert _signed(line) == []


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("I wish everyone at Summit Peak a strong year.", "Summit Peak"),
        ("Wishing everyone at Summit Oak a great spring.", "Summit Oak"),
    ],
)
def test_namesake_wished_well_as_the_reader(sentence: str, name: str) -> None:
    """A firm sharing only the employer's first word, wished well as the reader's, is pasted."""
    assert _insurer(sentence) == [name]


@pytest.mark.parametrize(
    "sentence",
    [
        "I wish everyone at Summit Ridge a strong year.",
        "I wish everyone at Summit Central a strong year.",
        "I enjoyed reading about Summit Peak in the local paper.",
    ],
)
def test_namesake_not_wished_or_employer_not_flagged(sentence: str) -> None:
    """The employer's short name, a site of its own, and a namesake not wished well stay."""
    assert _insurer(sentence) == []


def _fan(sign_off: str) -> list[str]:
    """Return the findings of a reply to a software firm closed with ``sign_off``."""
    return flagged(
        "---\nto: [Ana Ruiz <ana.ruiz@halvern.example>]\nrejection:\n"
        "  from: [Ana Ruiz <ana.ruiz@halvern.example>]\n  company: Halvern Systems\n---\n"
        "Dear Ana,\n\nThank you for letting me know, and congratulations on your new hire.\n\n"
        f"{sign_off}\nJo Hart\n"
    )


@pytest.mark.parametrize(
    ("sign_off", "name"),
    [
        ("Warm regards from a big fan of Corvane Logistics,", "Corvane Logistics"),
        ("Warm regards from a big fan of HSL,", "HSL"),
    ],
)
def test_sign_off_from_a_fan_of_a_firm(sign_off: str, name: str) -> None:
    """A sign-off "from a big fan of X" is sent to the reader's firm: X is the one written to."""
    assert _fan(sign_off) == [name]


@pytest.mark.parametrize(
    "sign_off",
    [
        "Warm regards from a big fan of Halvern,",
        "Warm regards from a big fan of London,",
        "Warm regards from a big fan of the NHS,",
        "Warm regards from a big fan of jazz,",
    ],
)
def test_sign_off_fan_of_employer_or_place_not_flagged(sign_off: str) -> None:
    """The employer's own short name, a place, a public body and a thing are left alone."""
    assert _fan(sign_off) == []
