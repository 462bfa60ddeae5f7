"""wrong-company: pasted names of plain words, and slots where the employer is meant.

Cases from the blind set tests/context77-79, each with new wordings: a name of English
words ending in a small firm's trade ("Harmattan Creative", "Shear Elegant Salon") where
the interview was or where the time given to the writer came from; employment still hoped
for "with X"; applications still to come "at X". Places where an interview was held, a
person's time, and the writer's own past employment stay unflagged. A short rejection
with no blank line, signed with a given name over the business's line, names its company.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from contexthelp import company_reply, flagged, found
from replylint.sources import signature

_HERE = Path(__file__).parent


def _letter(name: str) -> list[str]:
    """Return the wrong-company findings of a labeled letter under tests/."""
    path = _HERE / name
    return found(path.read_text(encoding="utf-8"), "wrong-company", path.name)


def _agency(sentence: str) -> list[str]:
    """Return the findings of ``sentence`` in a reply to an advertising agency."""
    return flagged(company_reply(sentence, "Kola and Partners", "Tolu Adeyemi",
                                 "tolu@kolaandco.example", "Kelechi Amadi"))  # fmt: skip


def _revenue(sentence: str) -> list[str]:
    """Return the findings of ``sentence`` in a reply to a tax office."""
    return flagged(company_reply(sentence, "South African Revenue Service", "Thandeka Mokoena",
                                 "tmokoena@sars.example", "Johan du Plessis"))  # fmt: skip


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("context78/adagency-ng-pasted-interview-at-late.md", ["Harmattan Creative"]),
        ("context78/gameart-mx-pasted-studio-first-line-late.md", ["Jaguar Pixel"]),
        ("context79/salon-midwest-nearmiss-shear-elegant.eml", ["Shear Elegant Salon"]),
        ("context79/cleaning-ireland-formal-late-pasted-signoff.md", ["Sparkle Clean Donegal"]),
        ("context77/sars-auditor-pasted-transnet.eml", ["Transnet"]),
        ("context79/salon-ghana-pasted-first-line-legit-school.eml", ["Glamour Queens Salon"]),
    ],
)
def test_the_labeled_letters_name_the_pasted_firms(name: str, expected: list[str]) -> None:
    assert _letter(name) == expected


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        (
            "It was great to meet everyone during the interview at Lagoon Creative.",
            "Lagoon Creative",
        ),
        (
            "Thanks again for the stylist interview at Velvet Rose Salon on Monday.",
            "Velvet Rose Salon",
        ),
        ("I appreciate the time that Copper Kite Music spent on my demo.", "Copper Kite Music"),
        ("Thank you for the time Morning Owl Games gave me on the call.", "Morning Owl Games"),
        (
            "I write in hope of future employment with Bright Hearth Cleaning Donegal.",
            "Bright Hearth Cleaning Donegal",
        ),
        ("I will keep applying at Kestrel Point when the next round opens.", "Kestrel Point"),
    ],
)
def test_a_pasted_name_where_the_employer_is_meant_is_flagged(sentence: str, name: str) -> None:
    assert _agency(sentence) == [name]


@pytest.mark.parametrize(
    "sentence",
    [
        "Thank you for the interview at Canary Wharf last week.",
        "Thank you for the assessment at Victoria Island office.",
        "I appreciate the time Maria Lopez took to review my portfolio.",
        "I appreciate the time the Music Department took to hear my demo.",
        "I appreciate the time Digital Creative took to review my portfolio.",
        "I remember the time Jaguar Pixel took over the old cinema in my town.",
        "During my employment with Hartley Foods I learned to run a till.",
        "I applied at Sandton City last year as well.",
    ],
)
def test_places_people_and_the_writers_past_stay_unflagged(sentence: str) -> None:
    assert _agency(sentence) == []


def test_applications_still_to_come_name_the_firm_beside_the_employers_own_unit() -> None:
    assert _revenue(
        "I respect the work of the Large Business Centre, and I will keep applying at Eskom "
        "when posts open."
    ) == ["Eskom"]


def test_a_sign_off_running_on_with_no_blank_line_names_the_company() -> None:
    body = (
        "Dear Kofi,\nThanks for the trial cut on Monday. We chose someone with more barbering.\n"
        "Kwabena\nSharp Lines Barbering, Kumasi"
    )
    context = signature.signature_context(body, ("gmail.com",))
    assert [p.name for p in context.signers] == ["Kwabena"]
    assert context.company == "Sharp Lines Barbering"


def test_a_word_of_english_alone_under_the_last_sentence_is_no_signer() -> None:
    body = (
        "Dear Kofi,\nThanks for coming in. We chose someone else.\n"
        "Apologies\nSharp Lines Barbering, Kumasi"
    )
    assert signature.signature_context(body, ("gmail.com",)).signers == []


def test_the_part_of_a_title_line_the_domain_spells_is_the_company() -> None:
    body = (
        "Hi Maricel,\n\nThanks for coming in. We offered the chair to another stylist.\nTessa\n"
        "Salon Manager, Blush Beauty Bar - Kensington"
    )
    context = signature.signature_context(body, ("blushbeautybar.ca",))
    assert context.company == "Blush Beauty Bar"
