"""wrong-company: names the writer's own world gives, read by the words around them.

Cases from the blind sets tests/context96-98, each with new wordings: "I was introduced to
the role by X" is a go-between; "the position of <title> ..." is the job; "the X
arbitration" is a legal matter; "cross-border M&A" is a field of work; "X Kia" of
xauto.com is a group's own store, no misspelling; "my automotive program at X" is the
writer's own course; "X's regional conference" is a body's gathering; "the Court of
Appeal" is one of the Royal Courts of Justice; "that Tucson's fault" is one car. A pasted
name beside each stays flagged.
"""

from __future__ import annotations

import pytest
from contexthelp import company_reply, flagged, replier
from test_context_relations56 import _letter

#: The wrong-company findings of a sentence in a reply to a container terminal's rejection.
_terminal = replier(
    "Harbourline Terminals", "Ruth Adeyemi", "ruth.adeyemi@harbourline.example", "Sam Cole"
)


def _to(company: str, sentence: str) -> list[str]:
    """Return the findings of ``sentence`` in a reply to ``company``'s rejection."""
    return flagged(company_reply(sentence, company, "Rosa Harrington", "rosa@harringtonauto.example",
                                 "Jay Lee"))  # fmt: skip


@pytest.mark.parametrize(
    "path",
    [
        "context96/dean-phone-call-warm-perfect.md",
        "context97/apprentice-technician-nickname-warm-perfect-quoted-printable.eml",
        "context97/bdc-rep-terse-late-three-days-dealer-group.md",
        "context97/chassis-engineer-formal-german-professor-clean.md",
        "context98/in-house-counsel-outlook-block-late.eml",
        "context98/judicial-office-noreply-address-named-signer.eml",
        "context98/paralegal-tokyo-timezone-late-same-date.md",
    ],
)
def test_the_letters_no_longer_flag_a_name(path) -> None:
    assert _letter(path) == []


def test_the_recruiter_is_cleared_and_the_pasted_firm_is_not() -> None:
    # NOTE: the same letter's pasted "Penrose Abbott" is a miss left to its own fix
    found = _letter("context98/legal-recruiter-mentioned-generic-greeting-pasted-firm.eml")
    assert "Sterling Legal Search" not in found


def test_a_misspelt_ending_of_the_domain_stays_flagged() -> None:
    assert _letter("context59/blast-engineer-tarkwa-near-miss.md") == ["Tarkwa Explosive Solutions"]


@pytest.mark.parametrize(
    "sentence",
    [
        "I was referred for the post by Harbour Staffing, and I remain keen on the work.",
        "I was introduced to the role by Brightline Search, and I remain very interested in"
        " your work.",
        "Thank you for considering my application for the position of Senior Analyst Credit"
        " Systems.",
        "I enjoyed comparing notes on the Tallis Mining litigation I worked on last year.",
        "Thank you for explaining how the team supports mid-market M&A for clients.",
        "Thank you for explaining how your in-house R&D supports clients.",
        "I'm finishing my nursing program at Lakeview Tech in May.",
        "I'm finishing my logistics course at Eastfield Tech and hope to be considered again.",
        "Perhaps we could catch up at NAFSA's annual conference in May.",
        "Thank you for the interview; watching the crew chase down that Corolla's sensor fault"
        " was the best part.",
        "Thank you for the interview; I loved seeing this Hilux's new sensor rig.",
    ],
)
def test_a_go_between_job_matter_field_course_gathering_or_thing_is_not_the_employer(
    sentence,
) -> None:
    assert _terminal(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("I was introduced to the role by Brightline Search, and I would love to join Corvane"
         " Foods one day.", "Corvane Foods"),
        ("I remain very interested in Corvane Foods and its work.", "Corvane Foods"),
        ("Thank you for considering my application for the position of Senior Analyst at"
         " Corvane Foods.", "Corvane Foods"),
        ("I enjoyed comparing notes on the Tallis Mining arbitration, and I hope to join Corvane"
         " Foods one day.", "Corvane Foods"),
        ("Thank you for explaining how the team supports cross-border M&A, and I hope to join"
         " H&M one day.", "H&M"),
        ("I'm finishing my nursing program at Lakeview Tech and hope to join Corvane Foods one"
         " day.", "Corvane Foods"),
        ("Perhaps we could catch up at NAFSA's annual conference in May; I still hope to join"
         " Corvane Foods.", "Corvane Foods"),
        # NOTE: "that" after a verb opens a clause: the firm's plans, not one thing of a make
        ("Thank you for the interview; I was thrilled to hear that Corvane's plans for the port"
         " include you.", "Corvane"),
    ],
)  # fmt: skip
def test_a_pasted_name_beside_stays_flagged(sentence, name) -> None:
    assert _terminal(sentence) == [name]


@pytest.mark.parametrize(
    ("company", "sentence", "found"),
    [
        ("Royal Courts of Justice",
         "Thank you for the interview and the talk about the Court of Appeal's case management"
         " work.", []),
        ("Royal Courts of Justice", "Thank you for the interview; I hope to join the Court of"
         " Session one day.", []),
        ("National Museums Scotland",
         "Thank you for the interview and the talk about the Museum of Flight's collection.", []),
        # NOTE: a court is no body of a museums' employer, nor of a terminal's
        ("National Museums Scotland", "Thank you for the interview; I hope to join the Court of"
         " Session one day.", ["Court of Session"]),
        ("Harbourline Terminals",
         "Thank you for the interview and the talk about the Court of Appeal's case management"
         " work.", ["Court of Appeal"]),
    ],
)  # fmt: skip
def test_a_body_an_employer_holds_several_of_is_its_own(company, sentence, found) -> None:
    assert _to(company, sentence) == found


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        ("If something opens up at the Hyundai store or Harrington Kia, let me know.", []),
        ("I would love to be considered for future openings at Harrington Kia.", []),
        (
            "I would love to be considered for future openings at Harrington Autos.",
            ["Harrington Autos"],
        ),
        (
            "I would love to be considered for future openings at Harringtone Auto.",
            ["Harringtone Auto"],
        ),
    ],
)
def test_a_groups_store_beside_its_domain_is_no_misspelling(sentence, found) -> None:
    assert _to("Harrington Family Auto Group", sentence) == found
