"""wrong-company: misses of context154-155 read in general terms.

A trade's or a house's word heading a name in another language ("Tintas", "Teatro",
"Orquesta") is shared by rivals, so it makes no short form of the employer; a future
member of a firm's family; the writer judged "the better fit" for a firm; a tag under the
name opening on the coined word of a name already reported. Each sentence here is new.
"""

from __future__ import annotations

import contexthelp
import pytest

paints = contexthelp.replier("Tintas Aurora Ltda.", "Renata Lobo", "r.lobo@example.com", "Iara")
theatre = contexthelp.replier(
    "Teatro Bellini di Catania", "Paola Greco", "p.greco@example.com", "Luca"
)
gallery = contexthelp.replier("Galleri Norrsken", "Anders Holm", "a.holm@example.com", "Sara")
players = contexthelp.replier("Cairo Chamber Players", "Laila Fahmy", "l.fahmy@example.com", "Omar")
refinery = contexthelp.replier("Sabine Refining LLC", "Dale Ortiz", "d.ortiz@example.com", "Ray")
library = contexthelp.replier(
    "Kelmscott Library & Archive", "Ruth Avery", "r.avery@example.com", "Nadia\n#TelmscottReads"
)


@pytest.mark.parametrize(
    ("flagged", "sentence", "name"),
    [
        (paints, "I would be glad to hear of future openings at Tintas Mirante.",
         "Tintas Mirante"),
        (theatre, "Thank you for the interview at Teatro Massimo last Friday.",
         "Teatro Massimo"),
        (players, "Warm greetings from a future member of the Nubia Sinfonietta family.",
         "Nubia Sinfonietta"),
        (refinery, "I am sure I'm the better fit for Neches Aromatics, so please think again.",
         "Neches Aromatics"),
    ],
)  # fmt: skip
def test_a_rival_where_the_employer_stands_is_flagged(flagged, sentence, name) -> None:
    assert flagged(sentence) == [name]


@pytest.mark.parametrize(
    ("flagged", "sentence"),
    [
        (paints, "I would be glad to hear of future openings at Tintas Aurora."),
        (theatre, "Thank you for the backstage tour of the Teatro Bellini last Friday."),
        (gallery, "I still hope to join the Exhibitions team one day."),
        # NOTE: a team named by a town of two words in its own language is the employer's
        # office as often as a rival's; "join the X team" alone can't tell them apart
        (gallery, "I still hope to join the São Paulo team one day."),
        (players, "Warm greetings from a future member of the Cairo Chamber Players family."),
        (refinery, "I was the better fit for Neches Aromatics back in 2019, they told me."),
        (refinery, "I'm sure I am the better fit for the Neches-style night shifts you run."),
        (gallery, "Thank you for the interview at the Lilla Torget office last week."),
    ],
)  # fmt: skip
def test_the_employer_or_the_writers_past_is_not_flagged(flagged, sentence) -> None:
    assert flagged(sentence) == []


def test_a_tag_opening_on_a_reported_name_is_that_name_again() -> None:
    sentence = "I remain keen on Telmscott Library and hope to hear of future vacancies."
    assert library(sentence) == ["Telmscott Library", "TelmscottReads"]


def test_a_tag_alone_is_the_writers_own() -> None:
    assert library("I remain keen on the library and its future vacancies.") == []
