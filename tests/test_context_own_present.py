"""wrong-company: the writer's present or past workplace, and the employer's own departments.

Cases from the blind sets tests/context51-52, each on a new example: departments of the
employer joined before a plural "teams", the writer's work going on where they are ("I am
still developing my practice at X"), training the writer finished ("completed my articles
at X") and a place the writer will stay at ("at X, where I will stay for now"); and the
nearby uses that still name a firm pasted in (a wish, training hoped for, a future pictured).
"""

from __future__ import annotations

from test_context_own_side import flagged

# --- the employer's departments, listed before "teams" ---------------------------------------


def test_departments_joined_before_teams_are_the_employers() -> None:
    assert (
        flagged(
            "Thank you for arranging the loop with the Claims Operations and Fraud Analytics "
            "teams last week."
        )
        == []
    )
    assert (
        flagged(
            "Thanks for setting up calls with the Treasury Operations, Credit Risk and Merchant "
            "Analytics teams, which I enjoyed."
        )
        == []
    )


def test_firms_joined_before_teams_are_still_flagged() -> None:
    assert flagged("Thanks for the calls with the Summit Capital and Harbour Mills teams.") == [
        "Summit Capital"
    ]
    assert "Tolworth Payments" in flagged(
        "Thanks for the calls with the Tolworth Payments and Risk Engineering teams."
    )


# --- the writer's own work going on where they are --------------------------------------------


def test_work_going_on_is_the_writers_present_job() -> None:
    assert (
        flagged(
            "As I am still developing my practice at Marlowe Haskins Solicitors, I would be "
            "grateful for guidance."
        )
        == []
    )
    assert (
        flagged(
            "Since I am currently building my career at Tolworth Beverages, any advice on my "
            "case study would help."
        )
        == []
    )


def test_work_wished_or_pictured_is_still_flagged() -> None:
    assert flagged(
        "I'd love to develop my practice at Marlowe Haskins Solicitors one day, so any "
        "feedback helps."
    ) == ["Marlowe Haskins Solicitors"]
    assert flagged(
        "I am still hoping to develop my skills at Tolworth Beverages in the future."
    ) == ["Tolworth Beverages"]
    assert flagged(
        "I am still reflecting on my interview at Tolworth Beverages, to be honest."
    ) == ["Tolworth Beverages"]


# --- training the writer finished, or hopes to ------------------------------------------------


def test_training_finished_there_is_the_writers_past() -> None:
    assert (
        flagged(
            "I completed my articles at Penhallow Kerr Chartered Accountants, so your audit "
            "questions felt familiar."
        )
        == []
    )
    assert (
        flagged(
            "I did my pupillage at Fenwick Chambers and then moved into transport law, so the "
            "interview felt familiar."
        )
        == []
    )


def test_training_hoped_for_is_still_flagged() -> None:
    assert flagged(
        "I hope to complete my training at Pemberton Audit Partners, so please keep me in mind."
    ) == ["Pemberton Audit Partners"]


# --- a place the writer will stay at -----------------------------------------------------------


def test_where_the_writer_will_stay_is_their_own_job() -> None:
    assert (
        flagged(
            "Sorry for the slow reply, it was a busy launch week at Tolworth Beverages, where I "
            "will stay for now."
        )
        == []
    )


def test_where_the_writer_hopes_to_work_is_still_flagged() -> None:
    assert flagged(
        "I loved the studio tour at Tolworth Beverages, where I will work one day I hope."
    ) == ["Tolworth Beverages"]
    assert flagged(
        "I was excited about a role at Tolworth Beverages, where I hope to work one day."
    ) == ["Tolworth Beverages"]


# --- "my old crew at X": the writer's past, named by what it was -------------------------------


def test_my_old_people_at_a_firm_are_the_writers_past() -> None:
    assert flagged("I still say hi to my old crew at Marlow Logistics every month.") == []
    assert flagged("My old team at Kestrel Freight taught me how to run a night shift.") == []
    assert flagged("I keep in touch with our ex colleagues at Dunmore Haulage.") == []


def test_old_without_the_writer_as_owner_still_flags() -> None:
    assert flagged("I would love to be part of an old firm like Marlow Logistics.") == [
        "Marlow Logistics"
    ]
    assert flagged("I still hope to join the old crew at Kestrel Freight one day.") == [
        "Kestrel Freight"
    ]
