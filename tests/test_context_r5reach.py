"""Pasted names found but dropped before their reading was asked, each on a new example."""

from __future__ import annotations

import contexthelp


def flagged(sentence: str, company: str, address: str) -> list[str]:
    """Return the wrong-company findings of a reply holding ``sentence`` to ``company``."""
    reply = contexthelp.company_reply(sentence, company, "Lena Vogt", address, "Paulina")
    return contexthelp.flagged(reply)


# --- a trade's word heading the name ("Klinikum X", "Drogaria X") names no one firm -------


def test_another_klinikum_in_a_possessive_is_pasted():
    """Two German hospitals share only their opening "Klinikum"; the other one is pasted."""
    found = flagged(
        "I would have loved to join Klinikum Seeblick's neurology team as a nurse.",
        "Klinikum Talwiese",
        "l.vogt@klinikum-talwiese.de",
    )
    assert found == ["Klinikum Seeblick"]


def test_the_employers_own_klinikum_is_not_flagged():
    """The employer's own "Klinikum" name, possessive and all, is the right one."""
    found = flagged(
        "I would have loved to join Klinikum Talwiese's neurology team as a nurse.",
        "Klinikum Talwiese",
        "l.vogt@klinikum-talwiese.de",
    )
    assert found == []


def test_another_drogaria_is_pasted():
    """A Brazilian chain shares only "Drogaria" with the employer: another chain."""
    found = flagged(
        "I still believe I would be a good fit at Drogaria Vida Nova.",
        "Drogaria Sao Lucas",
        "lena.vogt@drogariasaolucas.com.br",
    )
    assert found == ["Drogaria Vida Nova"]


def test_the_employers_own_drogaria_is_not_flagged():
    """The employer's own "Drogaria" name is the one written to."""
    found = flagged(
        "I still believe I would be a good fit at Drogaria Sao Lucas.",
        "Drogaria Sao Lucas",
        "lena.vogt@drogariasaolucas.com.br",
    )
    assert found == []
