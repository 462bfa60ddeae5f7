"""Cases from the blind set tests/context21, each on a new example."""

from __future__ import annotations

import contexthelp


def flagged(sentence: str, company: str = "Marlow Ferries Ltd") -> list[str]:
    """Return the wrong-company findings of a reply to ``company`` holding ``sentence``."""
    return contexthelp.flagged(
        contexthelp.company_reply(
            sentence, company, "Imogen Hart", "imogen.hart@marlowferries.co.uk", "Tobias"
        )
    )


# --- wrong-company: a hope for another firm's future -----------------------------------------


def test_seeing_where_a_name_goes_next() -> None:
    assert flagged("I can't wait to see where Solwick Maritime goes next with the new routes.") == [
        "Solwick Maritime"
    ]
    # the employer itself, and a past told of it, are no pasted name
    assert flagged("I can't wait to see where Marlow Ferries goes next with the new routes.") == []
    assert flagged("I saw where Solwick Maritime went wrong last year.") == []


def test_everything_ahead_for_a_name() -> None:
    assert flagged("All the best with the route launch and everything ahead for Solwick Maritime.")
    assert flagged("All the best with everything ahead for Marlow Ferries.") == []
    # a person's future is no firm's season: the new hire is not flagged
    assert flagged("All the best for everything ahead for Jordan.") == []


def test_wishing_a_name_a_good_season() -> None:
    assert flagged("Wishing Solwick Maritime a busy summer, and congratulations to the new hire.")
    assert (
        flagged("Wishing Marlow Ferries a busy summer, and congratulations to the new hire.") == []
    )


# --- wrong-company: what the reader's team did there ------------------------------------------


def test_what_your_team_built_at_a_name() -> None:
    assert flagged("The booking tools your team built at Solwick Maritime really impressed me.")
    # what the writer built there is the writer's own past
    assert flagged("The booking tools I built at Solwick Maritime taught me a lot.") == []


# --- wrong-company: another firm's openings ---------------------------------------------------


def test_watching_a_names_openings() -> None:
    assert flagged("I'll keep an eye on Solwick Maritime's openings this year.") == [
        "Solwick Maritime"
    ]
    # a job's title before a job noun is still a job, not a firm
    assert flagged("I enjoyed preparing for the Deck Officer position.") == []
