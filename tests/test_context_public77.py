"""wrong-company: public bodies by their initials, near-miss names and the people served.

Cases from tests/context77 and context80, each on a new example: initials wished well or
joined that are not the employer's, a national body of the same plain word or country as
the employer's, a hire another firm is "lucky to have", and a nation's people ("serving
Canadians") that is no firm at all.
"""

from __future__ import annotations

import contexthelp


def flagged(sentence: str, company: str, address: str) -> list[str]:
    """Return the wrong-company findings of a reply to ``company`` holding ``sentence``."""
    return contexthelp.flagged(
        contexthelp.company_reply(sentence, company, "Aoife Brennan", address, "Niamh")
    )


def _ofwat(sentence: str) -> list[str]:
    return flagged(sentence, "Ofwat", "aoife.brennan@ofwat.gov.uk")


def _tourism(sentence: str) -> list[str]:
    return flagged(sentence, "Tourism Ireland", "aoife.brennan@tourismireland.com")


# --- initials that are not the employer's -------------------------------------------------------


def test_other_initials_wished_well_are_flagged() -> None:
    assert _ofwat("I wish the CMA and your policy unit much success with the review.") == ["CMA"]
    assert _ofwat("I wish DEFRA every success with the new water strategy.") == ["DEFRA"]


def test_the_employers_own_initials_or_a_word_in_capitals_are_not_flagged() -> None:
    assert (
        flagged(
            "I wish NWSC every success with the new treatment works.",
            "National Water and Sewerage Corporation",
            "aoife.brennan@nwsc.co.ug",
        )
        == []
    )
    assert _ofwat("Best of luck to everyone at the FIRST robotics night next week.") == []


def test_other_initials_joined_as_a_family_are_flagged() -> None:
    assert _ofwat("I still hope to become a part of the NHPC family one day.") == ["NHPC"]


# --- national bodies sharing a plain word or a country ----------------------------------------


def test_a_sister_body_of_another_country_is_flagged() -> None:
    assert _tourism(
        "I'd love to hear about other roles in Tourism Australia's marketing divisions."
    ) == ["Tourism Australia"]


def test_the_employers_own_name_in_that_slot_is_not_flagged() -> None:
    assert (
        _tourism("I'd love to hear about other roles in Tourism Ireland's marketing divisions.")
        == []
    )


# --- a hire another firm is lucky to have, and a people served ---------------------------------


def test_the_firm_lucky_to_have_the_hire_is_flagged() -> None:
    assert _ofwat("Congratulations to whoever was chosen; Brightwell is lucky to have them.") == [
        "Brightwell"
    ]
    assert _ofwat("Congratulations to whoever got it, Marlowe is lucky to have her.") == ["Marlowe"]


def test_the_employer_lucky_to_have_the_hire_is_not_flagged() -> None:
    assert _ofwat("Congratulations to whoever got the post; Ofwat is lucky to have them.") == []


def test_a_nations_people_served_is_no_firm() -> None:
    assert _ofwat("Your commitment to serving Canadians is why I applied.") == []
    assert _ofwat("Your commitment to serving Kenyans and Ugandans is why I applied.") == []


# --- thanks to the people at another body's office ---------------------------------------------


def test_thanks_to_everyone_at_another_bodys_office_in_a_town_is_flagged() -> None:
    assert _ofwat(
        "Please pass on my thanks to everyone at the Department of Health office in Leeds."
    ) == ["Department of Health"]
    assert _ofwat("Thanks to everyone at Harbour Lane Bakery for making me feel welcome.") == [
        "Harbour Lane Bakery"
    ]


def test_thanks_to_everyone_at_a_site_is_not_flagged() -> None:
    assert (
        _ofwat("Please pass on my thanks to everyone at the Birmingham office in Centre Square.")
        == []
    )
    assert _ofwat("Please pass on my thanks to everyone at the Ofwat office in Birmingham.") == []
