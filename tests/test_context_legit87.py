"""wrong-company: clients, contractors, shows, events and initials are not firms written to.

Cases from the blind sets tests/context87 and context88, each with new wordings: a client's
procurement framework ("the X frameworks"), a firm named as the employer's contractor ("X,
your main contractor"), the employer's work for a client past an article ("Marlowe's work
for the X Trust"), a show's or a game's next part after its "'s" ("X's second series", "X's
early access launch"), a greeting hoped for at an event ("to say hello at X"), initials of
the name the quoted rejection spells in full ("O&V" to ostrandervale.com), and a farewell the
parts do not know ("Thanks again for everything,"), under which the signature is the
writer's own. A pasted
name beside each stays flagged.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from contexthelp import flagged, found, replier
from test_context_relations56 import _letter

_HERE = Path(__file__).parent


#: The wrong-company findings of a sentence in a reply to a project manager's rejection.
_builder = replier(
    "Castleford Project Management", "Ruth Okoye", "ruth.okoye@castlefordpm.example", "Omar Haddad"
)


#: The wrong-company findings of a sentence in a reply to a games studio's rejection.
_studio = replier(
    "Stormglass Studios", "Ifeoma Chukwu", "ifeoma@stormglass.example", "Hugo Marchetti"
)


@pytest.mark.parametrize(
    ("path", "name"),
    [
        ("context87/contract-administrator-replied-to-jobs-mailbox.md", "Sheffield"),
        ("context87/graduate-engineer-rambling-nested-quotes.eml", "Aarav"),
        ("context87/interior-designer-wish-pasted-studio-qp.eml", "Design Week"),
        ("context87/school-estates-manager-principal-late.md", "Hartwell"),
        ("context88/art-director-misspelt-surname-reply-just-inside-24h.eml", "O&V"),
        ("context88/games-producer-phone-call-reply-looks-late-but-is-not.md", "Tidebreaker"),
        ("context88/junior-copywriter-signoff-line-names-other-agency.eml", "Bridgewater"),
        ("context88/podcast-producer-replied-to-no-reply-mailbox.eml", "Low Water"),
    ],
)
def test_the_letters_no_longer_flag_the_name(path, name) -> None:
    assert not [found_name for found_name in _letter(path) if name in found_name]


def test_the_pasted_names_in_those_letters_stay_flagged() -> None:
    assert _letter("context87/interior-designer-wish-pasted-studio-qp.eml") == ["Lumen & Vale"]
    copywriter = "context88/junior-copywriter-signoff-line-names-other-agency.eml"
    assert _letter(copywriter) == ["Quillfeather"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Thank you for explaining how Castleford runs compensation events on the Leeds "
        "General Infirmary framework.",
        "Thank you for explaining how you manage early warnings on the Northern Schools "
        "Trust frameworks.",
        "I hope the build with Dunmore Civils, your main contractor, goes smoothly.",
        "Best wishes with the refurbishment and with Tanfield Joinery, your joinery subcontractor.",
        "Castleford's work for the Ribble Valley Trust is what drew me to project management.",
        "Your team's work for the Aire Housing Association was impressive.",
        "Hearing the rough cut of Marsh Radio's second series was a treat.",
        "I hope to say hello at Clerkenwell Design Week Asia next month.",
        "I hope to say hi at Decorex International.",
    ],
)
def test_a_client_contractor_show_or_event_is_not_the_firm(sentence) -> None:
    assert _builder(sentence) == []


def test_a_games_next_part_is_not_a_firm() -> None:
    sentence = "Congratulations on your hire; I hope Ironvale's early access launch goes well."
    assert _studio(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("I'd love to work on the frameworks at Brackley Project Services one day.",
         "Brackley Project Services"),
        ("I hope Dunmore Civils, my dream employer, has a role for me one day.", "Dunmore Civils"),
        ("I'd love to work for the Ribble Valley Trust one day.", "Ribble Valley Trust"),
        ("I hope to lead a project at Brackley Project Services.", "Brackley Project Services"),
    ],
)  # fmt: skip
def test_a_pasted_name_beside_stays_flagged(sentence, name) -> None:
    assert _builder(sentence) == [name]


def test_a_firms_own_plans_stay_flagged() -> None:
    sentence = "Congratulations on your hire; I hope Ironvale's plans go brilliantly."
    assert _studio(sentence) == ["Ironvale"]


@pytest.mark.parametrize(("initials", "expected"), [("H&L", []), ("P&K", ["P&K"])])
def test_initials_of_the_threads_full_name(initials, expected) -> None:
    """The domain harwoodlime.com is known; the quoted rejection spells "Harwood & Lime"."""
    path = _HERE / "context88/art-director-misspelt-surname-reply-just-inside-24h.eml"
    text = path.read_text(encoding="utf-8")
    text = text.replace("Ostrander", "Harwood").replace("ostrandervale", "harwoodlime")
    text = text.replace("Vale", "Lime").replace("O&V", initials)
    assert found(text, "wrong-company", "reply.eml") == expected


_SIGNED = """---
to: [Ruth Okoye <ruth@castlefordpm.example>]
rejection:
  from: [Ruth Okoye <ruth@castlefordpm.example>]
  company: Castleford Project Management
---
Dear Ruth,

Thank you for letting me know, and for the interview. {sentence}

{farewell}
Omar Haddad
BEng Structural Engineering (final year), University of Bath
"""


@pytest.mark.parametrize(
    ("sentence", "farewell", "expected"),
    [
        ("I hope to stay in touch with you.", "Thanks again for everything,", []),
        ("I hope to stay in touch with you.", "With my thanks for all your time,", []),
        ("I'd love to join Brackley Project Services one day.", "Thanks again for everything,",
         ["Brackley Project Services"]),
    ],
)  # fmt: skip
def test_a_signature_under_an_unknown_farewell_is_the_writers(sentence, farewell, expected):
    """The name and degree under "Thanks again for everything," are the writer's own."""
    assert flagged(_SIGNED.format(sentence=sentence, farewell=farewell)) == expected
