"""wrong-company: an agency's festivals, recruiters and clients are not the firm written to.

Cases from the blind set tests/context105 (advertising and PR agencies), each with new
wordings: a meeting "at X this summer" or "if you're going" is at an event; someone "at X"
thanked "for putting me forward" is a recruiter; "how Y plans content for X" and "Y's
campaign for X" beside the employer's name Y make X its client; and "the X covers" or
"the X segmentation" is work done for X. A pasted name beside each stays flagged.
"""

from __future__ import annotations

import pytest
from contexthelp import replier
from test_context_relations56 import _letter

_agency = replier("Fox & Fable", "Sofia Marsh", "sofia.marsh@foxandfable.example", "Dev Patel")
_studio = replier("Brightline Creative", "Sofia Marsh", "sofia.marsh@brightline.example",
                  "Dev Patel")  # fmt: skip


@pytest.mark.parametrize(
    ("path", "name"),
    [
        ("context105/art-director-apple-mail-late-reversed-agency-name.eml", "Cannes Lions"),
        ("context105/content-lead-chinese-surname-recruiter-and-tools-hope-wrong-agency.eml",
         "Harbour Talent"),
        ("context105/content-lead-chinese-surname-recruiter-and-tools-hope-wrong-agency.eml",
         "Lion City Bank"),
        ("context105/copywriter-dutch-client-misspelt-van-der-berg.eml", "Stroopwafel & Co."),
        ("context105/freelance-illustrator-hello-mailbox-company-name-slot.eml", "Kestrel Books"),
        ("context105/timezone-looks-late-but-inside-dr-hyphenated.md", "Sonoran Water"),
    ],
)  # fmt: skip
def test_the_letters_no_longer_flag_the_name(path, name) -> None:
    assert name not in _letter(path)


def test_the_letters_pasted_name_stays_flagged() -> None:
    name = "context105/content-lead-chinese-surname-recruiter-and-tools-hope-wrong-agency.eml"
    assert "Ironbark" in _letter(name)


@pytest.mark.parametrize(
    ("reply", "sentence"),
    [
        # a meeting at a time of the year, or if the reader goes: at an event
        (_agency, "I'd be glad to be considered for future roles, and I hope our paths cross "
         "at Eurobest Lions this summer."),
        (_agency, "I'd be glad to be considered for future roles, and I hope our paths cross "
         "at Spikes Asia in June."),
        # the one who put the writer forward: a recruiter
        (_studio, "Please thank Maya at Northgate Recruitment for putting me forward."),
        (_studio, "And thanks to Sam at Talentbridge Search, who referred me."),
        # the employer's client
        (_studio, "I enjoyed hearing how Brightline Creative builds social content for "
         "Orchard Cider Co."),
        (_studio, "It was great to see how Brightline plans its media for Harbour Bank Ltd."),
        (_studio, "Thanks for showing me Brightline's campaign for Kettle & Crumb Ltd."),
        (_studio, "I loved the Thornbury Press covers in your reel."),
        (_studio, "I enjoyed our talk about the Valley Water segmentation."),
    ],
)  # fmt: skip
def test_an_event_a_recruiter_or_a_client_is_not_the_firm_written_to(reply, sentence) -> None:
    assert reply(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("I'd be glad to be considered for future roles, and I hope our paths cross at Berlin "
         "Lions.", "Berlin Lions"),
        ("Please keep me in mind for future roles; I hope to join you at Wolf Hare next year.",
         "Wolf Hare"),
        ("Please thank Maya at Redwood Media Ltd for interviewing me.", "Redwood Media Ltd"),
        ("Please thank the team at Redwood Media Ltd for their time.", "Redwood Media Ltd"),
        ("I enjoyed hearing how Brightline Creative works, and I hope to work for Redwood "
         "Media Ltd.", "Redwood Media Ltd."),
        ("Thank you for the interview at Redwood Media Ltd; I loved the Thornbury Press covers.",
         "Redwood Media Ltd"),
    ],
)  # fmt: skip
def test_a_pasted_name_beside_stays_flagged(sentence, name) -> None:
    replier_ = _agency if "Lions" in sentence or "Hare" in sentence else _studio
    assert replier_(sentence) == [name]
