"""wrong-company: partners, clients, a friend and a course in a public body's or a studio's reply.

Cases from the blind sets tests/context147-149, each on a new example: a partner the
employer, by a short name after "how", works together or coordinates with; a client the
reader made work for ("the kiosk you designed for X"); a person's friend ("X's mate");
a refresher course the writer has also completed; the employer by the stem of its web
domain ("Plonka" for "Plonka.pl").
"""

from __future__ import annotations

import contexthelp


def flagged(sentence: str, company: str) -> list[str]:
    """Return the wrong-company findings of a reply to ``company`` holding ``sentence``."""
    return contexthelp.flagged(
        contexthelp.company_reply(sentence, company, "Ana Ruiz", "ana.ruiz@example.com", "Pat")
    )


# --- a partner of the one named after "how" ---------------------------------------------------


def test_partner_of_the_short_name_after_how_is_not_flagged() -> None:
    for sentence in (
        "Thank you for the interview; I enjoyed hearing how Rail works together with "
        "Tarnford Freight Holdings on the night timetable.",
        "Thank you for the interview; I enjoyed hearing how DPW coordinates with "
        "Tarnford Freight Holdings on the road closures.",
    ):
        assert flagged(sentence, "Dunmere Department of Public Works and Rail") == []


def test_partner_told_of_without_a_subject_is_still_flagged() -> None:
    assert flagged(
        "Thank you for the interview; I would love to work together with "
        "Tarnford Freight Holdings on the night timetable.",
        "Dunmere Department of Public Works and Rail",
    ) == ["Tarnford Freight Holdings"]


# --- a client the reader made work for -------------------------------------------------------


def test_work_the_reader_made_for_a_client_is_not_flagged() -> None:
    for sentence in (
        "Thank you for the interview. I loved the kiosk you designed for Marrow Lane Bakery.",
        "Thank you for the interview. I loved the app your team built for Marrow Lane Bakery.",
    ):
        assert flagged(sentence, "Osk Studio") == []


def test_work_made_for_the_reader_at_a_firm_is_still_flagged() -> None:
    assert flagged(
        "Thank you for the interview. I loved the kiosk you designed for the team at "
        "Marrow Lane Bakery.",
        "Osk Studio",
    ) == ["Marrow Lane Bakery"]


# --- a person's friend -----------------------------------------------------------------------


def test_a_persons_mate_is_not_flagged_but_a_persons_firm_is() -> None:
    company = "Hartfield Borough Council"
    said = "Everyone in the office says the post was kept for Dougie's {} all along."
    assert flagged(said.format("mate"), company) == []
    assert flagged(said.format("firm"), company) == ["Dougie"]


# --- a course the writer has also completed ---------------------------------------------------


def test_a_refresher_the_writer_has_also_completed_is_not_flagged() -> None:
    company = "Wexmoor Police"
    done = (
        "I have also {} the Institute of Policing Practice radio {} this year, and I hope it "
        "will strengthen any future application."
    )
    assert flagged(done.format("completed", "refresher"), company) == []
    assert flagged(done.format("joined", "team"), company) == ["Institute of Policing Practice"]


# --- a firm named by its web domain ----------------------------------------------------------


def test_the_stem_of_a_firm_named_by_its_web_domain_is_its_own() -> None:
    company = "Plonka.pl"
    assert flagged("I would love to be considered for future roles at Plonka.", company) == []
    assert flagged("I would love to be considered for future roles at Gruszka.", company) == [
        "Gruszka"
    ]
