"""wrong-company: a coined firm's tag under the reply, and the partners turned round.

Cases from the blind sets tests/context105 and context107, each with new wordings: a tag
under the signature that opens on a word English does not have and ends in a firm's word
("#IndlovuMedia", "#VolantisRobotics", "#BrillaComms") names a firm, the one the writer
signs as one of. Tags of plain words (a topic or a motto), the employer's own name as a
tag, and the writer's own firm as the signature names it stay unflagged. And a firm named
by two names joined with "&" keeps their order: "Fable & Fox" to Fox & Fable is a name
misremembered, unless the thread itself spells it so.
"""

from __future__ import annotations

import pytest
from contexthelp import company_reply, flagged
from test_context_relations56 import _letter


def _tagged(tags: str, signature: str = "") -> list[str]:
    """Return the findings of a reply to a design studio signed off with ``tags``."""
    return flagged(
        "---\nto: [Lerato Mokoena <lerato@kalahariworks.example>]\nrejection:\n"
        "  from: [Lerato Mokoena <lerato@kalahariworks.example>]\n"
        "  company: Kalahari Works Studio\n---\nDear Lerato,\n\n"
        "Thank you for the interview and your time. I wish the new designer well, and I "
        "would love to be considered for future roles.\n\n"
        f"Kind regards,\nAyanda Zulu\n{signature}{tags}\n"
    )


@pytest.mark.parametrize(
    ("path", "name"),
    [
        ("context105/phone-call-dlamini-dear-recruitment-team-hashtag.md", "IndlovuMedia"),
        ("context105/pr-intern-spanish-client-hashtag-wrong-agency.eml", "BrillaComms"),
        ("context107/robotics-technician-hashtag-near-miss-company.eml", "VolantisRobotics"),
    ],
)
def test_the_letters_flag_the_coined_tag(path, name) -> None:
    assert _letter(path) == [name]


@pytest.mark.parametrize(
    ("tags", "name"),
    [
        ("#Grateful #MbekoStudios", "MbekoStudios"),
        ("#OpenToWork #ThandoMedia", "ThandoMedia"),
        ("#ZyntraRobotics #AlwaysLearning", "ZyntraRobotics"),
        ("#NeverStopLearning #KhanyaComms", "KhanyaComms"),
    ],
)
def test_a_coined_firm_tag_is_flagged(tags, name) -> None:
    """A tag opening on a coined word and ending in a firm's word names another firm."""
    assert _tagged(tags) == [name]


@pytest.mark.parametrize(
    ("tags", "signature"),
    [
        ("#SocialMedia #GraphicDesign", ""),  # topics of plain words
        ("#MentalHealth #PublicHealth", ""),
        ("#OpenToWork #NeverStopLearning", ""),  # mottos
        ("#KalahariWorks #Grateful", ""),  # the employer's own name
        ("#KalahariWorksStudio", ""),
        ("#MbekoStudios", "Junior Designer, Mbeko Studios\n"),  # the writer's own firm
    ],
)
def test_plain_tags_the_employer_and_own_firm_not_flagged(tags, signature) -> None:
    """Topics, mottos, the employer's tag and the writer's own firm are left alone."""
    assert _tagged(tags, signature) == []


def _agency(sentence: str) -> list[str]:
    """Return the findings of ``sentence`` in a reply to an agency named by two partners."""
    return flagged(company_reply(sentence, "Heron & Pike", "Nadia Osei",
                                 "nadia@heronandpike.example", "Tom Ellery"))  # fmt: skip


def test_the_letter_flags_the_partners_turned_round() -> None:
    path = "context105/art-director-apple-mail-late-reversed-agency-name.eml"
    assert "Fable & Fox" in _letter(path)


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Congratulations to whoever joins Pike & Heron.", "Pike & Heron"),
        ("I would still love to work at Pike & Heron one day.", "Pike & Heron"),
    ],
)
def test_partners_turned_round_flagged(sentence, name) -> None:
    """The employer's two names joined with "&" the other way round name another firm."""
    assert _agency(sentence) == [name]


@pytest.mark.parametrize(
    "sentence",
    [
        "Congratulations to whoever joins Heron & Pike.",  # the employer's own order
        "I would still love to work at Heron one day.",  # its short form
        "My thanks to everyone at Heron & Pike's Leeds studio.",  # its possessive
    ],
)
def test_partners_in_their_order_not_flagged(sentence) -> None:
    """The employer's name in its own order, short or possessive, is left alone."""
    assert _agency(sentence) == []
