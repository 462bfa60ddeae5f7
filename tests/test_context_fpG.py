"""wrong-company: names that are no other employer, from the blind set tests/context131.

Each on a new example: a trade fair whose name is one letter from an English word, met at
with the reader; the writer's own workplace, to be left in a move ahead; and another
firm's interview the writer already has in hand.
"""

from __future__ import annotations

import contexthelp
from replylint.custom._org_likeness import coined_kin


def flagged(sentence: str, company: str) -> list[str]:
    """Return the wrong-company findings of a reply to ``company`` holding ``sentence``."""
    return contexthelp.flagged(
        contexthelp.company_reply(sentence, company, "Ana Ruiz", "ana.ruiz@example.com", "Pat")
    )


# --- a name one letter from an English word is no coinage of the employer's -------------------


def test_a_fair_named_like_an_english_word_is_a_meeting_place() -> None:
    assert not coined_kin("Medica", "Hartung Medizinsysteme GmbH")
    sentence = "Please keep me in mind for future roles; perhaps we will meet at Medica in Essen."
    assert flagged(sentence, "Hartung Medizinsysteme GmbH") == []


def test_a_coined_name_on_the_employers_stem_is_still_kin() -> None:
    assert coined_kin("Kodeshala", "Kodekraft Labs")
    sentence = "Thank you again for the interviews at Kodeshala last week."
    assert flagged(sentence, "Kodekraft Labs") == ["Kodeshala"]


# --- the place the writer means to move from --------------------------------------------------


def test_the_workplace_a_writer_will_move_from_is_their_own() -> None:
    sentence = (
        "I hope to relocate back from Bristol Royal Infirmary in the spring, so please "
        "consider me for future openings."
    )
    assert flagged(sentence, "Maple Grove Clinic Ltd") == []


def test_a_move_to_another_firm_is_still_flagged() -> None:
    sentence = "I would love to move to Bristol Royal Infirmary and join its team one day."
    assert flagged(sentence, "Maple Grove Clinic Ltd") == ["Bristol Royal Infirmary"]


# --- another firm's interview the writer has ---------------------------------------------------


def test_another_interview_the_writer_has_is_elsewhere() -> None:
    sentence = "I've already got another interview at Westfield Medical Group on Friday."
    assert flagged(sentence, "Maple Grove Clinic Ltd") == []


def test_another_interview_wished_for_is_still_flagged() -> None:
    sentence = "I would welcome another interview at Westfield Medical Group if a role opens."
    assert flagged(sentence, "Maple Grove Clinic Ltd") == ["Westfield Medical Group"]
