"""wrong-company: the writer's own "my <noun> at X", a wider group, a practice group, a topic.

Cases from the blind set tests/context73, each with new wordings: any thing of the writer's
own before "at X" ("my shifts at X", "my year at the X"), unless it is the job sought or its
hiring ("my interview at X", "my chances at X"); "the wider X Group" beside the employer's
right name; a law firm's practice group named for its work ("the Disputes & Investigations
team"); a body a question put to the writer was about ("the X licensing question"); and a
lawyer's title in a signature ("Deputy General Counsel"), no company's name. A pasted name
beside each stays flagged.
"""

from __future__ import annotations

import pytest
from replylint.sources.signer_names import is_title
from test_context_legit68 import _to
from test_context_relations56 import _letter

_LAW_CENTRE = ("Northgate Law Centre", "priya@northgatelaw.org.uk")
_FIRM = ("Ellison Marsh LLP", "harriet@ellisonmarsh.co.uk")
_TELECOM = ("Savannah Telecom PLC", "wanjiru@savannahtel.co.ke")


@pytest.mark.parametrize(
    ("path", "name"),
    [
        ("context73/legal-aid-charity-legit-citizens-advice.md", "Citizens Advice Leeds"),
        ("context73/public-defender-legit-former-name.md", "Ridgeview Law Innocence Clinic"),
        ("context73/pupillage-chambers-legit-mini-pupillage.md", "Fenwick Street Chambers"),
        ("context73/singapore-inhouse-mandarin-legit-parent-group.eml", "Tanjong Bay Group"),
        ("context73/uk-regulatory-team-legit-sra-too-long.md", "Regulatory & Compliance"),
        ("context73/nairobi-inhouse-swahili-cc-careers.eml", "Communications Authority"),
    ],
)
def test_the_letters_no_longer_flag_the_legitimate_name(path, name) -> None:
    assert name not in _letter(path)


@pytest.mark.parametrize(
    "sentence",
    [
        "My evenings at Hartley Crane Solicitors give me some exposure to your kind of work.",
        "My summer at the Oakfield Legal Clinic taught me a lot about what this work needs.",
        "My vacation scheme at Bramley Cole Solicitors was where I first met housing law.",
        "Our shifts at Hartley Crane Solicitors gave us a feel for your kind of work.",
    ],
)
def test_the_writers_own_thing_at_a_name_is_not_flagged(sentence) -> None:
    assert _to(*_LAW_CENTRE, sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "I was grateful for the feedback from my interview at Bramley Cole Solicitors.",
        "I hope my chances at Bramley Cole Solicitors are better next time.",
        "I'd love to meet my future colleagues at Oakfield Legal Clinic one day.",
        "I had hoped to build my caseload at Bramley Cole Solicitors this year.",
    ],
)
def test_the_job_sought_at_a_pasted_name_stays_flagged(sentence) -> None:
    assert _to(*_LAW_CENTRE, sentence) != []


@pytest.mark.parametrize(
    "sentence",
    [
        "You explained how the team advises both Ellison Marsh and the broader Kestrel Group.",
        "I liked hearing that Ellison Marsh works closely with the wider Halden Holdings team.",
    ],
)
def test_the_wider_group_beside_the_employer_is_not_flagged(sentence) -> None:
    assert _to(*_FIRM, sentence) == []


def test_the_wider_group_with_no_right_name_stays_flagged() -> None:
    assert _to(*_FIRM, "I would love to join the wider Kestrel Group one day.") != []


@pytest.mark.parametrize(
    "sentence",
    [
        "I now see how the Disputes & Investigations team splits its week with your help.",
        "I learned a lot about how the Litigation & Arbitration group runs its files and its team.",
        "I was impressed by how the Competition & Regulatory group works with your clients.",
    ],
)
def test_a_practice_group_named_for_its_work_is_not_flagged(sentence) -> None:
    assert _to(*_FIRM, sentence) == []


def test_a_firm_named_as_a_pair_before_team_stays_flagged() -> None:
    assert _to(*_FIRM, "I would love to join the Kettle & Crumb team one day.") != []


@pytest.mark.parametrize(
    "sentence",
    [
        "Your feedback on my answer to the Kestrel Networks pricing question would help me a lot.",
        "Your view on my answers to the Tamarind Mobile roaming scenario would help my interviews.",
    ],
)
def test_a_body_a_question_was_about_is_not_flagged(sentence) -> None:
    assert _to(*_TELECOM, sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "I would love to join the Kestrel Networks team and answer the spectrum question better.",
        "I'd still love a future at Kestrel Mobile PLC if a role comes up.",
    ],
)
def test_a_pasted_name_near_questions_stays_flagged(sentence) -> None:
    assert _to(*_TELECOM, sentence) != []


@pytest.mark.parametrize("line", ["Deputy General Counsel", "Senior Legal Counsel", "Counsel"])
def test_a_lawyers_title_is_a_title(line) -> None:
    assert is_title(line)
