"""wrong-company: a spell of the writer's own at a firm, and a client the employer served.

Cases from the blind sets tests/context65 and tests/context66, each with new wordings: a
time of the writer's own opened by "during my" ("During my year out at X", "in my gap year
with X", "over my spring week at X"), and what the reader's team did for or to a firm ("how
your team rolled it out to X"), its client. The nearby uses that still name a pasted firm
(a placement wished for, the interview or a trial held at X, a first month pictured, work
added to X or the writer introduced to it) stay flagged.
"""

from __future__ import annotations

import pytest
from contexthelp import company_reply, flagged
from test_context_relations56 import _letter


def _to(company: str, address: str, sentence: str) -> list[str]:
    """Return the wrong-company findings of ``sentence`` in a reply to ``company``."""
    return flagged(company_reply(sentence, company, "Nadia Osei", address, "Sam Reyes"))


_STUDIO = ("Kestrel & Vane Architects", "nadia@kestrelvane.co.uk")
_BANK = ("Halvard Bank", "nadia.osei@halvardbank.com")
_APPS = ("Lakbay Digital", "nadia@lakbaydigital.example")


@pytest.mark.parametrize(
    ("path", "name"),
    [
        ("context65/part2-assistant-warm-clean.eml", "Orme Studio"),
        ("context66/uk-bank-summer-intern-long-names-rival-offer-late.eml", "Morrow & Lyle"),
        (
            "context66/philippines-fintech-intern-names-own-app-and-client.eml",
            "Mindanao Cooperative Bank",
        ),
    ],
)
def test_the_letters_no_longer_flag_the_legitimate_name(path, name) -> None:
    assert name not in _letter(path)


# --- a spell of the writer's own there ------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "During my year out at Orme Studio I mostly drew up planning packages.",
        "In my gap year with Brackley Partners I learned to run site surveys.",
        "Over my spring week at Morrow & Lyle I was told to speak up more in groups.",
        "Throughout my summer internship at Pellow Advisory, I kept the deal trackers.",
    ],
)
def test_a_spell_of_the_writers_own_is_not_flagged(sentence) -> None:
    assert _to(*_STUDIO, sentence) == []


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("I would love a placement at Orme Studio next year.", "Orme Studio"),
        ("During my interview at Orme Studio I felt the panel warmed to me.", "Orme Studio"),
        ("During my trial week at Orme Studio your team made me feel at home.", "Orme Studio"),
        ("I had hoped to grow with your team during my first year at Orme Studio.", "Orme Studio"),
        ("In my first month at Orme Studio I would have loved to shadow the team.", "Orme Studio"),
    ],
)
def test_a_spell_hoped_for_or_the_hirings_own_is_still_flagged(sentence, name) -> None:
    assert _to(*_STUDIO, sentence) == [name]


# --- a client the employer served -----------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "I learned a lot from how your team rolled it out to Mindanao Cooperative Bank.",
        "It was great to hear how you built the new portal for Visayas Rural Bank.",
        "I enjoyed the story of how your studio designed the new branches for Pellow Bank.",
    ],
)
def test_a_client_the_reader_served_is_not_flagged(sentence) -> None:
    assert _to(*_APPS, sentence) == []


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        (
            "Thank you for how your team welcomed me to Mindanao Digital Ltd that day.",
            "Mindanao Digital Ltd",
        ),
        (
            "I was glad your team showed me the plans for Mindanao Digital Ltd on site.",
            "Mindanao Digital Ltd",
        ),
    ],
)
def test_the_employers_own_place_is_still_flagged(sentence, name) -> None:
    assert _to(*_BANK, sentence) == [name]


def test_value_added_to_a_name_is_left_by_the_gate() -> None:
    # NOTE: left by the cue-beside gate (_org_future.cued_firm): no word of the job, the hiring
    # or a wish stands beside the name, so the sentence-wide cue no longer makes it the firm
    # written to. On new blind letters that cue was wrong far more often than right.
    assert (
        _to(
            *_BANK, "I admire the value your team has added to Mindanao Digital Ltd over the years."
        )
        == []
    )
