"""wrong-company: names in a retail or studio reply that are not another employer.

Cases from the blind sets tests/context120-121, each on a new example: a brand or scheme
named with the house's own name after another word than its trade's; a chain's store
format; a second gathering after "in touch, perhaps at X or"; a game's next chapter; a
region named in the plural after "in the"; a watchdog's inquiry the writer follows.
"""

from __future__ import annotations

import contexthelp
from replylint.custom._org_kinds import kind_name
from replylint.custom._org_likeness import parallel


def flagged(sentence: str, company: str) -> list[str]:
    """Return the wrong-company findings of a reply to ``company`` holding ``sentence``."""
    return contexthelp.flagged(
        contexthelp.company_reply(sentence, company, "Ana Ruiz", "ana.ruiz@example.com", "Pat")
    )


# --- the house's own name after another word than its trade's ---------------------------------


def test_a_trade_heading_swapped_keeps_the_houses_name() -> None:
    assert not parallel("Campo Robles", kind_name("Supermercados Robles S.L."))
    assert not parallel("Verger Dufresne", kind_name("Marché Dufresne"))
    assert (
        flagged(
            "Thank you for explaining the Campo Robles local growers scheme to me.",
            "Supermercados Robles S.L.",
        )
        == []
    )
    assert (
        flagged("I enjoyed seeing the Verger Dufresne local cheeses counter.", "Marché Dufresne")
        == []
    )


def test_a_rival_of_the_same_kind_is_still_flagged() -> None:
    assert parallel("Riverside Unified", "Lakeshore Unified")
    assert flagged(
        "I would still love to work at Supermercados Cumbre one day.", "Supermercados Robles S.L."
    ) == ["Supermercados Cumbre"]


# --- a chain's store format -------------------------------------------------------------------


def test_a_new_store_format_is_a_brand_of_the_chain() -> None:
    assert (
        flagged("I enjoyed the talk about the new Rapido Express format.", "Tiendas Lumbre") == []
    )


def test_the_same_name_as_people_or_a_future_is_flagged() -> None:
    company = "Tiendas Lumbre"
    assert flagged("I enjoyed the talk about the new Rapido Express team.", company) == [
        "Rapido Express"
    ]
    assert flagged("I enjoyed the talk about the future of Rapido Express.", company) == [
        "Rapido Express"
    ]


# --- a second gathering to meet at ------------------------------------------------------------


def test_a_gathering_after_another_one_to_meet_at_is_not_flagged() -> None:
    sentence = "I'd love to stay in touch, perhaps at Pixelfest or Northern Game."
    assert flagged(sentence, "Driftwood Games") == []


def test_the_same_name_as_the_place_of_future_roles_is_flagged() -> None:
    sentence = "I'd love to stay in touch, and to be considered for future roles at Northern Game."
    assert flagged(sentence, "Driftwood Games") == ["Northern Game"]


# --- a game's next chapter --------------------------------------------------------------------


def test_a_titles_next_chapter_is_the_works_own() -> None:
    sentence = "I'm sure Stormveil's next chapter will go well with your new hire."
    assert flagged(sentence, "Driftwood Games") == []


def test_a_firms_plans_are_still_a_firms() -> None:
    sentence = (
        "I'm sure Stormveil's plans are in good hands, and I wish the whole team a great summer."
    )
    assert flagged(sentence, "Driftwood Games") == ["Stormveil"]
    # a firm's shape, or a future the writer hoped to be part of, is a firm's next chapter
    sentence = "I'm sure Stormveil Studios' next chapter will go well with your new hire."
    assert flagged(sentence, "Driftwood Games") == ["Stormveil Studios"]
    sentence = "I had so hoped to be part of Stormveil's next chapter."
    assert flagged(sentence, "Driftwood Games") == ["Stormveil"]


# --- a region in the plural after "in the" ----------------------------------------------------


def test_a_plural_region_after_in_the_is_no_firm() -> None:
    sentence = "I hope you'll think of me for future roles in the Vosges."
    assert flagged(sentence, "Marché Vosgien") == []


def test_a_kin_of_the_employers_name_after_at_is_flagged() -> None:
    sentence = "I hope you'll think of me for future roles at Vosgeline."
    assert flagged(sentence, "Marché Vosgien") == ["Vosgeline"]


# --- a watchdog's inquiry followed --------------------------------------------------------------


def test_a_watchdogs_inquiry_followed_is_no_firm() -> None:
    sentence = (
        "At Kornblum, where I work as a buyer, I've been following the Wettbewerbsamt's "
        "market inquiry closely."
    )
    assert flagged(sentence, "Marché Dufresne") == []


def test_a_firms_expansion_followed_is_flagged() -> None:
    sentence = (
        "At Kornblum, where I work as a buyer, I've been following Grenwick's expansion closely."
    )
    assert flagged(sentence, "Marché Dufresne") == ["Grenwick"]
