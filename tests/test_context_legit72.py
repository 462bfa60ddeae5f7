"""wrong-company: a unit listed beside a department, and a present job kept ("I'll be staying at").

Cases from the blind set tests/context72, each with new wordings: a unit named by its field
alone, listed beside a department of the employer ("the Department of Pathology and the
Cancer Center"), and the writer's current employer after a future in progress of staying
("I'll be staying at X for the time being"). A pasted name beside each stays flagged.
"""

from __future__ import annotations

import pytest
from test_context_legit68 import _to
from test_context_relations56 import _letter

_HOSPITAL = ("Lakeview University Medical Center", "nbrooks@lakeviewumc.org")
_SOCIETY = ("Society for Marine Ecology", "nadia@marineecology.org")


@pytest.mark.parametrize(
    ("path", "name"),
    [
        ("context72/genomics-lab-manager-names-departments-clean.eml", "Cancer Center"),
        ("context72/proteomics-society-names-own-meeting-clean.md", "Kessler Analytics"),
    ],
)
def test_the_letters_no_longer_flag_the_legitimate_name(path, name) -> None:
    assert name not in _letter(path)


@pytest.mark.parametrize(
    "sentence",
    [
        "I loved hearing how your lab serves the Department of Surgery and the Heart Center.",
        "You showed me how the core helps the Eye Institute and the Department of Medicine.",
        "It was great to see how you support the Division of Oncology, the Sleep Center and more.",
    ],
)
def test_a_unit_listed_beside_a_department_is_not_flagged(sentence) -> None:
    assert _to(*_HOSPITAL, sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "I'd still love to work at Brookfield Medical Center in future.",
        "I hope a role opens up for me at Northgate Medical Center someday.",
    ],
)
def test_a_pasted_medical_center_stays_flagged(sentence) -> None:
    assert _to(*_HOSPITAL, sentence) != []


@pytest.mark.parametrize(
    "sentence",
    [
        "I'll be staying at Marlow Bioscience for the time being, so I hope you keep me in mind.",
        "I will be remaining with Tarrant Labs for now, but I'd love to hear from you again.",
        "We'll be staying on at Corvane Data this year, and I hope to see you at the meeting.",
    ],
)
def test_a_present_job_kept_is_not_flagged(sentence) -> None:
    assert _to(*_SOCIETY, sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "I would love to be staying at Marlow Bioscience with your team next year.",
        "I'd be thrilled to join Tarrant Labs if you have another opening.",
    ],
)
def test_a_wish_to_stay_at_a_pasted_name_stays_flagged(sentence) -> None:
    assert _to(*_SOCIETY, sentence) != []


_COUNCIL = ("Ashbury Borough Council", "nadia.brooks@ashbury.gov.uk")


def test_the_council_service_letter_no_longer_flags_its_service() -> None:
    assert "Parks & Open Spaces" not in _letter("context13/city-council-two-signers-clean.eml")


@pytest.mark.parametrize(
    "sentence",
    [
        "I learned a lot about how the Housing & Parks service works with your tenants.",
        "You explained how the Waste & Highways service plans its winter work.",
    ],
)
def test_a_council_service_named_for_its_work_is_not_flagged(sentence) -> None:
    assert _to(*_COUNCIL, sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "I'd still love a role with the Harbour & Hale service team someday.",
        "I hope you know how much I wanted to join Kettle & Crumb Services.",
    ],
)
def test_a_firm_named_as_a_pair_stays_flagged(sentence) -> None:
    assert _to(*_COUNCIL, sentence) != []
