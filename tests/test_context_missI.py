"""wrong-company misses where a reply names another firm where the employer stands.

Cases from tests/context141-146, each on a new example: the employer's short form with one
word changed for a lookalike before "team", a post "at X" in a sentence that also names the
employer's own place, and the firm's "story" a writer would be part of.
"""

from __future__ import annotations

from contexthelp import company_reply, flagged


def _reply(sentence: str, company: str = "Brightlane") -> list[str]:
    """Return the wrong-company findings of a reply to ``company`` holding ``sentence``."""
    return flagged(company_reply(sentence, company, "Oona Reyes", "oona@brightlane.io", "Tomas"))


# --- the writer's own short form of the employer's name, one word changed ---------------

_CIVIC = "Brenner-Hale Civic Services"
_LATER = "Please keep me in mind for future openings at Brenner-Hale."


def test_the_short_form_with_a_lookalike_word_is_flagged() -> None:
    """'the Brenner-Holt team' beside the writer's own 'Brenner-Hale' names another firm."""
    found = _reply(f"I wish the whole Brenner-Holt team continued success. {_LATER}", _CIVIC)
    assert found == ["Brenner-Holt"]


def test_the_short_form_itself_is_not_flagged() -> None:
    """The employer's own short form, before "team" or after "at", is the employer."""
    assert _reply(f"I wish the whole Brenner-Hale team continued success. {_LATER}", _CIVIC) == []


# --- a post at X beside the employer's own place -----------------------------------------

_CLUB = "SV Lindenau 1907 e.V."


def test_a_post_at_another_club_beside_the_employers_clubhouse_is_flagged() -> None:
    """'the coach role at X and the evening at the Lindenau clubhouse': the job is put at X."""
    sentence = (
        "Thank you for considering me for the assistant coach role at FC Morgenfeld and for "
        "the evening at the Lindenau clubhouse."
    )
    assert _reply(sentence, _CLUB) == ["FC Morgenfeld"]


def test_a_meeting_at_a_place_beside_the_employers_clubhouse_is_not_flagged() -> None:
    """A match watched at a ground is a place, not the job's firm."""
    sentence = (
        "Thank you for the chat about the youth programme at the Lindenau clubhouse and for "
        "the match we watched at Morgenfeld."
    )
    assert _reply(sentence, _CLUB) == []


# --- the firm's story the writer would be part of ----------------------------------------


def test_the_story_the_writer_would_be_part_of_is_flagged() -> None:
    """'I'd still love to be part of the X story one day' wishes to join X."""
    assert _reply("I'd still love to be part of the Quillmark story one day.") == ["Quillmark"]


def test_the_story_the_writer_was_part_of_is_not_flagged() -> None:
    """'I was part of the X story for six years' is the writer's own past."""
    assert _reply("I was part of the Quillmark story for six years before that.") == []
