"""wrong-company: a parent group, a unit of the employer, a job's stream, a show, a case's client.

Cases from the blind sets tests/context77 and context78, each with new wordings: a group
said to have plans for the employer ("X Group has big plans for Fablehouse") or named as
"elsewhere in the X Group" after the employer's own brand owns it; a "Centre of Expertise"
is a unit of the body that runs it; a field in plain words bracketed after a grade or a
title ("Grade C (Risk Analytics)") is the job's stream; and luck wished with a demo "at X"
makes X the reader's show, not a test the writer sat there. From an older set (context24):
a firm named before the subject of an interview's case study ("the Greengage Foods
supply-chain case") is the case's client. A pasted name beside each stays flagged.
"""

from __future__ import annotations

import pytest
from test_context_legit68 import _to
from test_context_relations56 import _letter

_PRODUCER = ("Fablehouse", "siobhan@fablehouse.tv")
_BANK = ("Northmere Bank", "morag.sinclair@northmere.example")
_AGENCY = ("Home Team Science and Technology Agency", "rajesh_krishnan@htx.gov.sg")
_STUDIO = ("Pixelune", "theo.garnier@pixelune.fr")
_CONSULTANCY = ("Brightwater Consulting", "hr@brightwater.example")


@pytest.mark.parametrize(
    ("path", "name"),
    [
        ("context77/htx-top-posted-weekend-late.eml",
         "Automation & Unmanned Systems Centre of Expertise"),
        ("context77/rbi-london-reply-late-across-zones.md", "Risk Analytics"),
        ("context78/gameart-fr-internship-festival-clean.eml", "Annecy"),
        ("context78/tvprod-uk-phone-call-23h-legit-network.md", "Merrow Media Group"),
        ("context24/bank-subsidiary-regional-just-under-day.eml", "Caledon Financial Group"),
        ("context24/consultancy-case-client-and-internship.md", "The Greengage Foods"),
    ],
)  # fmt: skip
def test_the_letters_no_longer_flag_the_name(path, name) -> None:
    assert name not in _letter(path)


@pytest.mark.parametrize(
    "sentence",
    [
        "Rumour has it that Kestrel Media Group has ambitious plans for Fablehouse.",
        "I read that Harbour Screen Group is investing heavily in Fablehouse, and I'd love to "
        "be part of that.",
        "I hear Kestrel Media Group has exciting plans for you, so good luck with the new slate.",
    ],
)
def test_a_group_with_designs_on_the_employer_is_not_flagged(sentence) -> None:
    assert _to(*_PRODUCER, sentence) == []


def test_a_group_with_plans_of_its_own_stays_flagged() -> None:
    sentence = "I hear Kestrel Media Group has big plans for its drama slate, and I'd love to help."
    assert _to(*_PRODUCER, sentence) == ["Kestrel Media Group"]


@pytest.mark.parametrize(
    "sentence",
    [
        "I'd welcome any openings at Northmere Private or elsewhere in the Aldwych Finance Group.",
        "Please keep me in mind for roles at Northmere or elsewhere within the Tayside Holdings "
        "Group.",
    ],
)
def test_a_group_elsewhere_beside_the_employer_is_not_flagged(sentence) -> None:
    assert _to(*_BANK, sentence) == []


def test_a_group_elsewhere_with_no_employer_beside_stays_flagged() -> None:
    sentence = "I'd welcome any openings elsewhere in the Aldwych Finance Group."
    assert _to(*_BANK, sentence) == ["Aldwych Finance Group"]


@pytest.mark.parametrize(
    "sentence",
    [
        "I'd love to be considered for future roles in the Cyber & Sensors Centre of Expertise.",
        "I hope to join the Maritime Robotics Centre of Excellence one day.",
    ],
)
def test_a_centre_of_expertise_is_not_flagged(sentence) -> None:
    assert _to(*_AGENCY, sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Thank you for letting me know about the recruitment for Grade B (Credit Risk "
        "Analytics), and for your time.",
        "I'd be grateful for feedback on my interview for Officer (Market Analytics).",
    ],
)
def test_a_stream_bracketed_after_a_grade_is_not_flagged(sentence) -> None:
    assert _to(*_BANK, sentence) == []


def test_a_firm_bracketed_after_a_title_stays_flagged() -> None:
    sentence = "I'd be grateful for feedback on my interview for Officer (Zorvexa Capital)."
    assert _to(*_BANK, sentence) == ["Zorvexa Capital"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Good luck for the pitch at Angoulême in January, and thank you for your time.",
        "Best of luck with the demo at Gamescom, and thank you again for your time.",
    ],
)
def test_a_demo_wished_luck_is_not_flagged(sentence) -> None:
    assert _to(*_STUDIO, sentence) == []


def test_a_demo_the_writer_gave_stays_flagged() -> None:
    sentence = "I really enjoyed preparing the demo at Lumaverse Studio last week."
    assert _to(*_STUDIO, sentence) == ["Lumaverse Studio"]


@pytest.mark.parametrize(
    "sentence",
    [
        "The Kestrel Foods market-entry case was great fun, and I enjoyed discussing it.",
        "I really enjoyed the Harlow Retail pricing case in the second round.",
        "Thank you for the Dunmore Logistics supply chain case; it felt like real work.",
    ],
)
def test_a_case_studys_client_is_not_flagged(sentence) -> None:
    assert _to(*_CONSULTANCY, sentence) == []


def test_a_firm_where_the_case_was_sat_stays_flagged() -> None:
    sentence = "I really enjoyed the case at Zorvexa Capital in the second round."
    assert _to(*_CONSULTANCY, sentence) == ["Zorvexa Capital"]
