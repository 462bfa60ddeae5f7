"""wrong-company: law firms named by two surnames, pasted from another letter (context98).

Cases from the blind set tests/context98, each with new wordings: two surnames after a
firm's own people and "at" ("the partners at X"), or that "its" refers back to ("X and its
litigation practice"), in a reply to a partnership named by two surnames; a firm that
"decided against me"; a tag of two surnames beside the employer's own name as a tag
("#RidleyFaraday #BexleyHolt"); and an applicant's signature line with the scheme's year
("Vacation Scheme Applicant 2026, X LLP"). A place of plain words, a person, a firm's
other news and the employer itself stay unflagged.
"""

from __future__ import annotations

import pytest
from contexthelp import flagged, replier
from test_context_relations56 import _letter

#: The wrong-company findings of a sentence in a reply to a partnership of two surnames.
_law = replier(
    "Marlow Kettering LLP", "Fiona Marsh", "fiona.marsh@marlowkettering.example", "Sam Okoro"
)


#: The wrong-company findings of a sentence in a reply to a firm named by its trade.
_analytics = replier(
    "Brightwater Analytics", "Fiona Marsh", "fiona.marsh@brightwater.example", "Sam Okoro"
)


def _signed(line: str) -> list[str]:
    """Return the findings of a reply to a partnership signed over ``line``."""
    return flagged(
        "---\nto: [Fiona Marsh <fiona.marsh@marlowkettering.example>]\nrejection:\n"
        "  from: [Fiona Marsh <fiona.marsh@marlowkettering.example>]\n"
        "  company: Marlow Kettering LLP\n---\nDear Fiona,\n\n"
        "Thank you for letting me know, and for the interview.\n\n"
        f"Kind regards,\nSam Okoro\n{line}\nLLB Law, University of Leeds\n"
    )


@pytest.mark.parametrize(
    ("path", "name"),
    [
        ("context98/associate-hashtag-pasted-firm-name.eml", "BexleyHolt"),
        ("context98/consultant-demanding-explanation-late-pasted-firm.md", "Sandown Clarke"),
        ("context98/legal-recruiter-mentioned-generic-greeting-pasted-firm.eml", "Penrose Abbott"),
        ("context98/trainee-sign-off-line-pasted-firm.eml", "Lockwood Ferrars LLP"),
        ("context98/trainee-solicitor-pasted-other-firm-in-thanks.eml", "Holloway Brandt"),
    ],
)
def test_the_letters_flag_the_pasted_firm(path: str, name: str) -> None:
    """The set's letters now flag the pasted firm."""
    assert name in _letter(path)


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Thank you for the time you and the partners at Dunstan Pryce gave me.", "Dunstan Pryce"),
        ("Please thank the team at Haverford Quill for having me on Tuesday.", "Haverford Quill"),
        ("I enjoyed meeting the associates at Dunstan Pryce during my interview.", "Dunstan Pryce"),
        ("I remain keen on Dunstan Pryce and its employment practice.", "Dunstan Pryce"),
        (
            "I am still very interested in Haverford Quill, its people and its culture.",
            "Haverford Quill",
        ),
        (
            "Thanks for the interview. #MarlowKettering #DunstanPryce #NeverStopLearning",
            "DunstanPryce",
        ),
    ],
)
def test_two_surnames_of_the_partnerships_shape(sentence: str, name: str) -> None:
    """Two surnames at a firm's people, owning "its" things, or tagged beside the employer."""
    assert _law(sentence) == [name]


@pytest.mark.parametrize(
    "sentence",
    [
        "I loved the view of Canary Wharf and its towers from your office.",  # a place
        "I met the team at Canary Wharf during my interview.",
        "I spoke to Sarah Jones and her team about the role.",  # a person
        "Thank you for the interview and the tour with the partners at Marlow Kettering.",
        "Thanks for the interview. #DunstanPryce",  # no tag of the employer beside it
        "Thanks for the interview. #MarlowKettering #NeverStopLearning",
    ],
)
def test_places_people_and_the_employer_stay_unflagged(sentence: str) -> None:
    """A place of plain words, a person, the employer and a lone tag are left alone."""
    assert _law(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("I would like to understand why Dunstan Pryce decided against me.", "Dunstan Pryce"),
        (
            "Can you tell me why Holbrook Tennant ultimately decided against my application?",
            "Holbrook Tennant",
        ),
    ],
)
def test_a_firm_that_decided_against_me(sentence: str, name: str) -> None:
    """The firm that decided against the writer is the one written to."""
    assert _analytics(sentence) == [name]


@pytest.mark.parametrize(
    "sentence",
    [
        "I understand why Maria decided against me.",  # a person
        "I understand why Maria Lopez decided against me.",
        "I read that Dunstan Pryce decided against the merger.",  # not the writer
        "I understand why Brightwater decided against me.",  # the employer
    ],
)
def test_a_person_or_other_decision_stays_unflagged(sentence: str) -> None:
    """A person's decision, a firm's other decision and the employer's are left alone."""
    assert _analytics(sentence) == []


def test_an_applicants_line_with_the_year_names_the_firm() -> None:
    """ "Vacation Scheme Applicant 2026, X LLP" names the firm applied to, as without the year."""
    assert _signed("Vacation Scheme Applicant 2026, Dunstan Pryce LLP") == ["Dunstan Pryce LLP"]
    assert _signed("Vacation Scheme Applicant 2026, Marlow Kettering LLP") == []
