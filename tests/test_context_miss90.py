"""wrong-company: names pasted from another letter that context90-92 showed.

Cases from the blind sets tests/context90, 91 and 92, each with new wordings: a wish to
work at a name after "my dream is to" (the verb of a wish, no work of the writer's own),
the chance to interview at a bare name (the firm that interviewed), a wish to catch up
with anyone from a firm (the reader's people), and a bare name walked into for the
interview (the store or office entered). The writer's own work there, an
interview's venue, a named person met and the employer itself stay unflagged.
"""

from __future__ import annotations

import pytest
from test_context_miss87 import _reply
from test_context_relations56 import _letter


@pytest.mark.parametrize(
    ("path", "name"),
    [
        ("context90/marketplace-support-terse-near-miss-firm.eml", "Kartly"),
        ("context92/bioanalysis-tanaka-san-nonnative-pasted-rival.eml", "Aozora Bioscience"),
        ("context91/gas-network-nested-quotes-ps-pasted-fenmoor-qp.eml", "Fenmoor Gas"),
        ("context90/department-store-rambling-self-pity-too-long.eml", "Hartwell"),
    ],
)  # fmt: skip
def test_the_letters_flag_the_pasted_name(path: str, name: str) -> None:
    """Each letter of the set now flags the name pasted in."""
    assert name in _letter(path)


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        (
            "It has always been my dream to work at Quillfeather Analytics.",
            "Quillfeather Analytics",
        ),
        ("My goal is to work with Brannock Labs one day.", "Brannock Labs"),
        ("Thank you for the chance to interview at Zentrova.", "Zentrova"),
        ("Thanks for the opportunity to interview at Mossgiel Partners.", "Mossgiel Partners"),
        ("Thank you for inviting me to interview at Lindqvist Dental.", "Lindqvist Dental"),
    ],
)
def test_dream_work_or_interview_chance_flagged(sentence: str, name: str) -> None:
    """A dream to work at another firm and the chance to interview at one are flagged."""
    assert _reply(sentence) == [name]


@pytest.mark.parametrize(
    "sentence",
    [
        "My work at Quillfeather Analytics taught me a lot about data.",  # the writer's own
        "My years with Brannock Labs were good ones.",
        "It has always been my dream to work at Harlow & Pine.",  # the employer itself
        "Thank you for the chance to interview at Harlow & Pine.",
        "Thank you for the interview at the Tsukuba research centre.",  # the venue
        "I enjoyed the interview at Altens last week.",
    ],
)
def test_own_work_venue_or_employer_not_flagged(sentence: str) -> None:
    """The writer's own work, the employer and an interview's venue are left alone."""
    assert _reply(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("It would be great to catch up with anyone from Tavistock Energy at the expo.",
         "Tavistock Energy"),
        ("I'd love to meet anyone from Corrigan Freight who is there in May.", "Corrigan Freight"),
    ],
)  # fmt: skip
def test_anyone_from_a_firm_to_meet_flagged(sentence: str, name: str) -> None:
    """A meeting offered to anyone from another firm is offered to the reader's people."""
    assert _reply(sentence) == [name]


@pytest.mark.parametrize(
    "sentence",
    [
        "I met Priya from Tavistock Energy at a course last year.",  # a person met before
        "It would be great to catch up with anyone from Harlow & Pine at the expo.",
        "I caught up with someone from Corrigan Freight I knew at the expo last year.",
    ],
)
def test_person_or_employer_met_not_flagged(sentence: str) -> None:
    """A person met long before, the employer itself and old acquaintances stay unflagged."""
    assert _reply(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Walking into Quorndale for the first interview, I was nervous.", "Quorndale"),
        ("When I stepped into Brightlowe Outfitters for my interview, I felt at home.",
         "Brightlowe Outfitters"),
    ],
)  # fmt: skip
def test_name_walked_into_for_interview_flagged(sentence: str, name: str) -> None:
    """The place walked into for the interview is the firm that interviewed."""
    assert _reply(sentence) == [name]


@pytest.mark.parametrize(
    "sentence",
    [
        "Walking into Broadcasting House for the interview was a thrill.",  # a building
        "Walking into Harlow & Pine for the interview was a thrill.",  # the employer
        "Walking into Reception for the interview, I met Sam.",  # a plain word
        "Walking into Quorndale for a coffee afterwards was lovely.",  # no interview
    ],
)
def test_building_employer_or_other_visit_not_flagged(sentence: str) -> None:
    """A building of its kind, the employer, a plain word and another errand stay unflagged."""
    assert _reply(sentence) == []
