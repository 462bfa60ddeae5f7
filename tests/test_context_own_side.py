"""wrong-company: names on the employer's own side or the writer's own, not pasted in.

Cases from the blind sets tests/context49-50, each on a new example: the employer's parent
said of "it" or "the company", a person the interviewer introduced the writer to, the
writer's present job ("I remain at X"), time the writer spent working somewhere ("four
seasons at X"), and a team met at one of the employer's sites named by its place.
"""

from __future__ import annotations

import contexthelp


def flagged(sentence: str, company: str = "Brackenridge Logistics Ltd") -> list[str]:
    """Return the wrong-company findings of a reply to ``company`` holding ``sentence``."""
    return contexthelp.flagged(
        contexthelp.company_reply(
            sentence, company, "Helen Ashworth", "helen.ashworth@brackenridge.co.uk", "Tomasz"
        )
    )


# --- the employer's parent, said of a word referring back to it -------------------------------


def test_a_parent_said_of_it_is_the_employers_group() -> None:
    assert (
        flagged(
            "I was glad to hear more about how Brackenridge works now that it belongs to Holmfirth "
            "Freight Group."
        )
        == []
    )
    assert (
        flagged(
            "I know Brackenridge well. The company is owned by Castellan Transport Holdings, "
            "and I admire Castellan Transport Holdings for its fleet."
        )
        == []
    )


def test_a_parent_said_of_another_firm_is_still_flagged() -> None:
    # "it" refers back to another firm named before it, not to the employer
    assert "Pennock Haulage" in flagged(
        "I'd love to work at Pennock Haulage, now that it belongs to Ravensworth Group."
    )


# --- a person the interviewer introduced the writer to ---------------------------------------


def test_a_person_introduced_by_the_interviewer_is_on_the_employers_side() -> None:
    assert (
        flagged(
            "Thank you for introducing me to Priya from Stourvale Freight Partners; hearing "
            "about your plans was exciting."
        )
        == []
    )
    assert (
        flagged(
            "I met Dominic from Ellery Supply Chain Group at the interview and enjoyed our chat."
        )
        == []
    )


def test_a_pasted_name_beside_a_meeting_is_still_flagged() -> None:
    assert flagged("I met the team at Harwood Shipping Ltd and I'd love to work there.") == [
        "Harwood Shipping Ltd"
    ]
    assert flagged("I'd love to meet Priya from Stourvale Freight Partners one day.") == [
        "Stourvale Freight Partners"
    ]


# --- the writer's present job ---------------------------------------------------------------


def test_where_the_writer_remains_is_their_own_job() -> None:
    assert flagged("I remain at Tolworth Foods Ltd for now, so you can reach me there.") == []
    assert flagged("I'm still with Tolworth Beverages, so you can reach me there.") == []


def test_a_wish_that_remains_is_still_flagged() -> None:
    assert flagged("I'm still keen on a role at Tolworth Beverages in future.") == [
        "Tolworth Beverages"
    ]
    assert flagged("I'd stay at Tolworth Beverages if you asked, so you know.") == [
        "Tolworth Beverages"
    ]


# --- time the writer spent working somewhere --------------------------------------------------


def test_time_spent_working_there_is_the_writers_past() -> None:
    assert (
        flagged(
            "Since leaving college and working three seasons at the Hotel Marisol in Valencia, I "
            "have tried to learn from every tasting."
        )
        == []
    )
    assert (
        flagged("After spending two summers with Wexcombe Haulage, I know the depot work well.")
        == []
    )


def test_time_wished_for_there_is_still_flagged() -> None:
    assert flagged("I would love to spend two summers with Wexcombe Haulage on your team.") == [
        "Wexcombe Haulage"
    ]


# --- a team met at a one-word place -----------------------------------------------------------


def test_a_team_met_at_a_one_word_place_is_the_employers_site() -> None:
    assert flagged("It was great to meet the team at Tamworth during my trial day.") == []
    assert flagged("Lovely meeting the staff at Ashby last week.") == []


def test_a_team_met_at_a_firm_is_still_flagged() -> None:
    assert flagged("It was great to meet the team at Tamworth Freight Ltd last week.") == [
        "Tamworth Freight Ltd"
    ]
    # a meeting wished for, not one had
    assert flagged("I'd love to meet the team at Tamworth one day.") == ["Tamworth"]
