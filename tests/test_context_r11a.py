"""wrong-company: a pasted firm's name that owns something, or is wished a future."""

from __future__ import annotations

from contexthelp import company_reply, flagged


def _reply(sentence: str) -> str:
    return company_reply(sentence, "Halsted Groundworks Ltd", "Mairead Quinlan",
                         "m.quinlan@halstedgroundworks.co.uk", "Tomasz Wrona")  # fmt: skip


def test_possessive_with_site_word_past_a_preposition_is_flagged():
    reply = _reply(
        "Even after the interview, I have always rated Corrowby Sands' approach to yard safety."
    )
    assert flagged(reply) == ["Corrowby Sands"]


def test_possessive_team_named_after_a_site_is_flagged():
    reply = _reply("I am still keen to work with Pellimar's grain-store team.")
    assert flagged(reply) == ["Pellimar"]


def test_possessive_owning_a_site_is_not_flagged():
    reply = _reply("Walking round Corrowby's loading yard with you was a real highlight.")
    assert flagged(reply) == []
