"""wrong-company: names pasted from another letter that context85 showed.

Cases from the blind set tests/context85, each with new wordings: a firm's hashtag
opening a sentence ("Onwards! #TeamX"), the firm whose job advert the writer read, the
firm whose ways an interview was a chance to learn about ("X and its approach"), the
firm the writer signs off hoping to join ("hopefully a future X analyst"), and one
applied to that shares only the employer's first word ("Summit Peak" to Summit Ridge
Life). A job's own advert, the employer's names, its sites and words of another
application beside them stay unflagged.
"""

from __future__ import annotations

import pytest
from test_context_miss81 import _port
from test_context_relations56 import _letter


@pytest.mark.parametrize(
    ("path", "name"),
    [
        ("context85/forensic-accountant-rambling-pasted-advert.eml", "Greyfield Forensic"),
        ("context85/fund-accountant-dutch-client-hashtag-competitor.eml", "Alderbank"),
        ("context85/ib-analyst-sign-off-future-rival-analyst.eml", "Dunmore Keane"),
        ("context85/insurance-broker-template-slots-pasted-insurer.eml", "Hatherley Re"),
        ("context85/life-insurance-sales-demanding-late-wrong-name.md", "Summit Peak"),
    ],
)
def test_the_letters_flag_the_pasted_name(path: str, name: str) -> None:
    assert name in _letter(path)


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Onwards and upwards! #TeamBrightwell", "Brightwell"),
        ("Fingers crossed for next time. #LifeAtQuaylink", "Quaylink"),
        (
            "When I first saw the Coldwater Analytics job advert, I knew I had to apply.",
            "Coldwater Analytics",
        ),
        (
            "Reading the Morvane Tidelines job description, I felt it matched my experience.",
            "Morvane Tidelines",
        ),
        (
            "I appreciated the opportunity to learn more about Kestrel Re and its approach to risk.",
            "Kestrel Re",
        ),
        (
            "It was a great chance to learn about Anchorline Ports and its culture.",
            "Anchorline Ports",
        ),
        (
            "Thank you for the chance to learn more about Kestrel Quay's approach to safety.",
            "Kestrel Quay",
        ),
        ("I remain, hopefully, a future Brackwell Shipping analyst.", "Brackwell Shipping"),
        ("Yours, hopefully a future Brackwell Moor analyst.", "Brackwell Moor"),
        (
            "When I first saw the Coldwater Moor job advert, I knew I had to apply.",
            "Coldwater Moor",
        ),
        (
            "I applied to Harbourgate Anchor because the role sounded right for me.",
            "Harbourgate Anchor",
        ),
    ],
)
def test_pasted_name_by_tag_advert_chance_hope_or_application(sentence: str, name: str) -> None:
    """A tag, an advert, a chance to learn its ways, a hoped-for job or an application name it."""
    assert _port(sentence) == [name]


@pytest.mark.parametrize(
    "sentence",
    [
        "Onwards and upwards! #OpenToWork",  # a tag of no firm
        "Onwards and upwards! #TeamHarbourgate",  # the employer's own
        "When I first saw the Data Analyst job advert, I knew I had to apply.",  # a job
        "When I first saw the Port Operations job advert, I knew I had to apply.",
        "I also saw the Coldwater Moor job advert last week.",  # another application
        "I appreciated the opportunity to learn more about Harbourgate and its approach.",
        "I appreciated the opportunity to learn more about Kestrel Quay and its features.",
        "As a future Brackwell Moor analyst, I start in June.",  # an offer taken, no hope
        "I applied to Harbourgate Marine because the role sounded right for me.",  # employer
        "I applied to Harbourgate North because the role sounded right for me.",  # a site
        "I visited Harbourgate Anchor last year with my college.",  # no application
    ],
)
def test_job_employer_site_or_other_application_not_flagged(sentence: str) -> None:
    """A job's advert, the employer's names and sites, and a name with no such cue stay."""
    assert _port(sentence) == []
