"""Names missed or misread in context55-56, each kind on the real letter and new wordings.

wrong-company: a firm hoped to be seen "from the inside" (its fleet named after it, which no
route or site has); a name sharing the employer's first word but saying its trade in other
words ("Polaris Voyages" to Polaris Cruise Line); a resort wished well when the rejection
named the job's own, other site ("the role at our Kona property"); and what a firm "was
looking for" in the hire. wrong-recipient: a rank of two words before the signer's surname
("Dear Station Manager Castellanos") greets the signer.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from contexthelp import company_reply, found

_HERE = Path(__file__).parent


def _letter(path: str, rule: str = "wrong-company") -> list[str]:
    """Return the findings of ``rule`` in a labeled letter of tests/."""
    letter = _HERE / path
    return found(letter.read_text(encoding="utf-8"), rule, letter.name)


def _reply(sentence: str, company: str = "Southern Cross Cruises") -> list[str]:
    slug = company.lower().replace(" ", "")
    reply = company_reply(sentence, company, "Tom Aldridge", f"tom@{slug}.com.au", "Lily Nguyen")
    return found(reply, "wrong-company", "reply.md")


# --- a firm hoped to be seen from the inside -------------------------------------------------


def test_the_real_letter_hoping_to_see_a_pasted_fleet_from_the_inside_is_flagged() -> None:
    assert _letter("context55/cruise-pasted-line-in-ps.eml") == ["Pacific Star Line"]


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        (
            "P.S. I'd love to see the Coral Bay Line fleet from the inside one day!",
            "Coral Bay Line",
        ),
        ("I still hope to see how Tasman Voyages runs things from the inside.", "Tasman Voyages"),
        ("I'm hoping to see the Coral Bay Line ships from the inside someday.", "Coral Bay Line"),
    ],
)
def test_a_firm_hoped_to_be_seen_from_the_inside_is_flagged(sentence: str, name: str) -> None:
    assert _reply(sentence) == [name]


@pytest.mark.parametrize(
    "sentence",
    [
        "I hope to see the Southern Cross fleet in Circular Quay from the inside one day.",
        "I'd love to see the fleet in Circular Quay from the inside one day.",
        "I worked on the Coral Bay Line ships for six years before moving ashore.",
    ],
)
def test_the_employers_fleet_a_place_or_the_writers_past_is_left_alone(sentence: str) -> None:
    assert _reply(sentence) == []


# --- the employer's first word before another word of its trade ------------------------------


def test_the_real_letter_dreaming_of_a_ship_of_a_near_named_line_is_flagged() -> None:
    assert _letter("context55/cruise-polaris-voyages-under-24h.eml") == ["Polaris Voyages"]


@pytest.mark.parametrize(
    ("sentence", "company", "name"),
    [
        ("Working aboard a Polaris Voyages ship would have been a dream.", "Polaris Cruise Line",
         "Polaris Voyages"),
        ("Driving for Ridgeway Coaches would have been a dream.", "Ridgeway Buses",
         "Ridgeway Coaches"),
        ("Sailing with Aurora Voyages would have been a dream come true.", "Aurora Cruises",
         "Aurora Voyages"),
    ],
)  # fmt: skip
def test_the_employers_first_word_with_another_trade_word_is_flagged(
    sentence: str, company: str, name: str
) -> None:
    assert _reply(sentence, company) == [name]


@pytest.mark.parametrize(
    ("sentence", "company"),
    [
        (
            "Working aboard a Polaris Cruise Line ship would have been a dream.",
            "Polaris Cruise Line",
        ),
        ("Working aboard a Polaris ship would have been a dream.", "Polaris Cruise Line"),
        ("Driving for Ridgeway Buses would have been a dream.", "Ridgeway Buses Ltd"),
    ],
)
def test_the_employers_own_trade_or_short_name_is_left_alone(sentence: str, company: str) -> None:
    assert _reply(sentence, company) == []


# --- a resort wished well when the rejection named the job's own site ------------------------


_HOTEL = "context55/hotel-wish-pasted-hawaii.eml"
_WISH = "I wish the whole team at Kohala Sands Resort a wonderful busy season."


def _hotel(wish: str, site: bool = True) -> list[str]:
    """Return the findings of the real hotel letter with another wish, and its site or none."""
    letter = (_HERE / _HOTEL).read_text(encoding="utf-8").replace(_WISH, wish)
    if not site:
        letter = letter.replace("Housekeeper role at our Kona property.", "Housekeeper role.")
    return found(letter, "wrong-company")


def test_the_real_letter_wishing_another_resorts_team_well_is_flagged() -> None:
    assert _letter("context55/hotel-wish-pasted-hawaii.eml") == ["Kohala Sands Resort"]


@pytest.mark.parametrize(
    ("wish", "name"),
    [
        ("Best wishes to everyone at Hilo Palms Resort for the busy season.", "Hilo Palms Resort"),
        ("I wish the whole crew at Kohala Sands Resort a great summer.", "Kohala Sands Resort"),
        ("Good luck to the team at Waipio Cliffs Resort this year.", "Waipio Cliffs Resort"),
    ],
)
def test_another_resort_wished_well_beside_the_jobs_named_site_is_flagged(
    wish: str, name: str
) -> None:
    assert _hotel(wish) == [name]


@pytest.mark.parametrize(
    ("wish", "site"),
    [
        # the job's own site, by a name holding its word
        ("I wish the whole team at Kona Bay Resort a wonderful season.", True),
        # no site named in the rejection: the group's resort may be its own
        (_WISH, False),
        ("Best wishes to everyone at Hilo Palms Resort for the busy season.", False),
    ],
)
def test_the_jobs_own_site_or_a_group_resort_with_no_site_named_is_left_alone(
    wish: str, site: bool
) -> None:
    assert _hotel(wish, site) == []


# --- what a firm was looking for in the hire -------------------------------------------------


def test_the_real_letter_asking_what_a_pasted_firm_was_looking_for_is_flagged() -> None:
    assert _letter("context55/tour-operator-kiwitrek-demand.md") == ["KiwiTrek Adventures"]


@pytest.mark.parametrize(
    "sentence",
    [
        "I'd like to understand what KiwiTrek Adventures wanted from a guide.",
        "Could you tell me what KiwiTrek Adventures needs in a senior guide?",
        "I'm still not sure what KiwiTrek Adventures was really after.",
    ],
)
def test_what_a_pasted_firm_sought_in_the_hire_names_it(sentence: str) -> None:
    assert _reply(sentence, "Kiwi Trails Tours") == ["KiwiTrek Adventures"]


@pytest.mark.parametrize(
    "sentence",
    [
        "I know what my employer KiwiTrek Adventures needs from me this season.",
        "I learned a lot from what KiwiTrek Adventures taught me about river safety.",
        "I'd like to understand what Kiwi Trails Tours was looking for.",
    ],
)
def test_the_writers_own_firm_or_the_employer_itself_is_left_alone(sentence: str) -> None:
    assert _reply(sentence, "Kiwi Trails Tours") == []


# --- a rank of two words before the signer's surname -----------------------------------------


def _greeted(greeting: str, signer: str = "Lucía Castellanos Vidal") -> list[str]:
    reply = (
        f"---\nto: [{signer} <lucia@eastvalefire.example>]\nrejection:\n"
        f"  from: [{signer} <lucia@eastvalefire.example>]\n"
        f"  company: Eastvale Fire and Rescue Service\n---\n{greeting}\n\n"
        "Thank you for the assessment day.\n\nBest wishes,\nCallum Reid\n"
    )
    return found(reply, "wrong-recipient", "reply.md")


def test_the_real_letter_greeting_the_signer_by_rank_is_no_wrong_recipient() -> None:
    letter = "context56/firefighter-greeting-names-other-service.md"
    assert _letter(letter, "wrong-recipient") == []


@pytest.mark.parametrize(
    "greeting",
    [
        "Dear Station Manager Castellanos,",
        "Dear Watch Commander Castellanos,",
        "Dear Group Manager Castellanos and the recruitment team,",
    ],
)
def test_a_rank_before_the_signers_surname_greets_the_signer(greeting: str) -> None:
    assert _greeted(greeting) == []


@pytest.mark.parametrize(
    "greeting",
    [
        "Dear Station Manager Alvarez,",
        "Dear Station Manager Castellanos and Mr Reyes,",
    ],
)
def test_a_rank_before_someone_elses_surname_is_still_flagged(greeting: str) -> None:
    assert _greeted(greeting) == [greeting]
