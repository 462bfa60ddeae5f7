"""Cases from the blind sets tests/context19 and tests/context20, each on a new example."""

from __future__ import annotations

import contexthelp
from contexthelp import found


def company_reply(sentence: str, company: str = "Tamsin Bakeries") -> str:
    """Return a front-matter reply with ``sentence`` to a rejection from ``company``."""
    return contexthelp.company_reply(
        sentence, company, "Oskar Lind", "oskar.lind@tamsinbakeries.com", "Mirela"
    )


def flagged(sentence: str, company: str = "Tamsin Bakeries") -> list[str]:
    """Return the wrong-company findings of a reply holding ``sentence``."""
    return contexthelp.flagged(company_reply(sentence, company))


# --- wrong-company: a clear cue makes a plain name the firm written to ---------------------


def test_applied_to_a_name_makes_it_the_employer() -> None:
    assert flagged("I applied to Corrowin Ovens because I liked your apprenticeships.") == [
        "Corrowin Ovens"
    ]
    # another application of the writer's is no pasted name
    assert flagged("I have also applied to Corrowin Ovens in the meantime.") == []
    assert flagged("I applied to Tamsin Bakeries because I liked your apprenticeships.") == []


def test_a_name_that_would_have_been_a_place_to_work() -> None:
    assert flagged("I still think Halvergate would have been a lovely place to learn the trade.")
    # a past employer that was a good place to work is the writer's own
    assert flagged("Halvergate was a lovely place to learn the trade.") == []


def test_doing_well_at_a_name_in_a_future_that_did_not_come() -> None:
    assert flagged("I honestly think I could hit the ground running at Pellory.") == ["Pellory"]
    assert flagged("I thrived at Pellory for six years.") == []


def test_a_name_that_chose_another_candidate() -> None:
    assert flagged("Could you tell me why Drummet picked another applicant in the end?") == [
        "Drummet"
    ]


def test_wishes_to_the_whole_crew_of_a_name() -> None:
    assert flagged("Best of luck to the whole Ostravel crew with the new site.") == ["Ostravel"]


def test_learning_how_a_name_works_or_what_it_is_building() -> None:
    assert flagged("I learned a great deal about how Wendleby approaches seasonal baking.") == [
        "Wendleby"
    ]
    assert flagged("Our chat got me excited about what Wendleby is launching this spring.") == [
        "Wendleby"
    ]
    # what a firm did once is not the firm written to
    assert flagged("Our chat got me excited about what Wendleby did last spring.") == []


# --- wrong-recipient: a Māori greeting; a short form the signer never used ----------------


def greeted(greeting: str, signed: str = "Ngaire Tautahi", sign_off: str = "") -> str:
    """Return an e-mail reply opening on ``greeting``, quoting a rejection signed ``sign_off``."""
    address = signed.lower().replace(" ", ".") + "@kahuraki.co.nz"
    return (
        f"From: Rewi Paki <rewi.paki@gmail.com>\nTo: {signed} <{address}>\n"
        "Date: Tue, 3 Mar 2026 09:00:00 +1300\nSubject: Re: Planner role\n\n"
        f"{greeting}\n\nThank you for letting me know, and congratulations to the new planner."
        "\n\nNgā mihi,\nRewi\n\n"
        f"On Mon, 2 Mar 2026 at 10:00, {signed} <{address}> wrote:\n"
        "> Hi Rewi,\n>\n> Thank you for applying. We chose another candidate.\n>\n"
        f"> Best regards,\n> {sign_off or signed}\n> Planning Lead, Kahuraki\n"
    )


def recipient(text: str) -> list[str]:
    """Return the wrong-recipient findings of the e-mail ``text``."""
    return found(text, "wrong-recipient")


def test_a_misspelt_name_after_a_maori_greeting() -> None:
    assert recipient(greeted("Kia ora Ngarie,")) == ["Kia ora Ngarie,"]
    assert recipient(greeted("Tēnā koe Ngarie,")) == ["Tēnā koe Ngarie,"]
    # the name spelt right, a greeting to everyone, and a Māori title are all fine
    assert recipient(greeted("Kia ora Ngaire,")) == []
    assert recipient(greeted("Kia ora koutou,")) == []
    assert recipient(greeted("Kia ora Whaea Ngaire,")) == []


def test_a_short_form_of_a_name_the_signer_signs_off_in_full() -> None:
    text = greeted("Hi Ben,", "Benedikt Vogel", "Benedikt")
    assert recipient(text) == ["Hi Ben,"]
    # signed off with the short form, or with no sign-off to go by: the short form stands
    assert recipient(greeted("Hi Ben,", "Benedikt Vogel", "Ben")) == []
    assert recipient(greeted("Hi Ben,", "Benedikt Vogel", "Benedikt Vogel")) == []
