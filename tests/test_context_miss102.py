"""wrong-company: names pasted from another letter that context102-104 showed.

Cases from tests/context102-104, each with new wordings: a hospital the writer would have
loved to "join the team at", in a reply to a health service whose quoted rejection never
names it. Meeting the team at a hospital, and joining the team at the job's own hospital,
stay unflagged. And a tag of a firm's people ("#LifeAtX") whose name is an English word
mostly written as a name ("Sonora", "Amazon"), where a plain noun ("#LifeAtSea") is not.
And a line "Future X engineer" under the name, a job hoped for at X, as "Future X team
member" is. And the short name before another English word than the domain's ("Tidewater
Maps" of tidewaterapps), one of its products, is no misspelling of the employer. And the
firm the writer "believed was the place for me" is the one written to.
"""

from __future__ import annotations

import pytest
from contexthelp import company_reply, flagged, found, replier
from test_context_relations56 import _letter


def _quoted(sentence: str, quote: str, sender: str, address: str) -> list[str]:
    """Return the findings of ``sentence`` in an email quoting the rejection ``quote``."""
    quoted = "\n".join(f"> {line}" if line else ">" for line in quote.splitlines())
    reply = (
        f"From: Lena Ortiz <lena.ortiz@example.com>\nTo: {sender} <{address}>\n"
        "Subject: Re: Your application\nDate: Thu, 5 Mar 2026 10:00:00 +0000\n\n"
        f"Dear {sender.split()[0]},\n\nThank you for letting me know. {sentence}\n\n"
        f"Best wishes,\nLena Ortiz\n\nOn Wed, 4 Mar 2026 at 09:00, {sender} <{address}> wrote:\n"
        f"{quoted}\n"
    )
    return found(reply, "wrong-company", "reply.eml")


_HEALTH = (
    "Dear Lena,\n\nThank you for interviewing for the Staff Nurse post on Ward 7 at\n"
    "Kestrel Vale General Hospital. We have offered the post to another candidate.\n\n"
    "Omar Haddad\nRecruitment Partner\nNorthfield Health\n"
)


def _health(sentence: str) -> list[str]:
    """Return the findings of ``sentence`` in a reply to a health service's rejection."""
    return _quoted(sentence, _HEALTH, "Omar Haddad", "omar.haddad@northfieldhealth.example")


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("I would have loved to join the team at Ashgrove Hospital.", "Ashgrove Hospital"),
        ("It was my hope to be joining the team at Pinecrest Infirmary.", "Pinecrest Infirmary"),
    ],
)
def test_joining_the_team_at_an_unheard_hospital_is_flagged(sentence: str, name: str) -> None:
    """A hospital the writer hoped to join, named nowhere in the thread, is pasted."""
    assert _health(sentence) == [name]


@pytest.mark.parametrize(
    "sentence",
    [
        "I enjoyed meeting the team at Ashgrove Hospital during my placement.",  # met there
        "I would have loved to join the team at Kestrel Vale General Hospital.",  # the job's own
    ],
)
def test_meeting_the_team_or_the_jobs_own_hospital_is_not_flagged(sentence: str) -> None:
    """People met at a hospital, or the job's own hospital, are left alone."""
    assert _health(sentence) == []


@pytest.mark.parametrize(
    ("path", "name"),
    [
        ("context102/nurse-pasted-old-hospital-late.eml", "Mercy Ridge Hospital"),
        ("context103/product-designer-portuguese-client-hashtag-sonora.eml", "Sonora"),
        ("context103/rambling-too-long-wavecrest-signoff-line.md", "Wavecrest"),
        ("context104/shipping-clerk-rambling-straits-maritime-encik.eml", "Straits Maritime"),
    ],
)
def test_the_letters_flag_the_pasted_name(path: str, name: str) -> None:
    assert name in _letter(path)


def test_the_product_of_the_employer_is_not_flagged() -> None:
    assert "Tidewater Maps" not in _letter("context103/rambling-too-long-wavecrest-signoff-line.md")


def _tagged(tags: str) -> list[str]:
    """Return the findings of a reply to a music app with ``tags`` under the writer's name."""
    return flagged(company_reply("I'd love to stay in touch.", "Orion Sound", "Mei Tan",
                                 "mei.tan@orionsound.example", f"Lena Ortiz\n{tags}"))  # fmt: skip


@pytest.mark.parametrize(
    ("tags", "name"),
    [
        ("#LifeAtAmazon #UXDesign", "Amazon"),
        ("#WeAreAndromeda #ProductDesign", "Andromeda"),
    ],
)
def test_a_tag_of_a_firms_people_named_by_a_word_mostly_a_name_is_flagged(
    tags: str, name: str
) -> None:
    """A tag of working at a firm whose name is also an English word names that firm."""
    assert _tagged(tags) == [name]


@pytest.mark.parametrize(
    "tags",
    [
        "#LifeAtSea #UXDesign",  # a plain noun, where the writer's life is
        "#LifeAtHome #ProductDesign",
        "#LifeAtOrion #UXDesign",  # the employer's own name
    ],
)
def test_a_tag_of_a_plain_word_or_the_employer_is_not_flagged(tags: str) -> None:
    assert _tagged(tags) == []


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("Future Quillmark designer (fingers crossed!)", "Quillmark"),
        ("Future Brightfin Audio developer, hopefully", "Brightfin Audio"),
    ],
)
def test_a_future_job_at_another_firm_under_the_name_is_flagged(line: str, name: str) -> None:
    """A line "Future X <job>" under the name hopes to work at X, the one written to."""
    assert _tagged(line) == [name]


@pytest.mark.parametrize(
    "line",
    [
        "Future Orion Sound designer (fingers crossed!)",  # the employer's own name
        "Future Orion designer, hopefully",
    ],
)
def test_a_future_job_at_the_employer_is_not_flagged(line: str) -> None:
    assert _tagged(line) == []


#: The wrong-company findings of a sentence in a reply to a game studio's rejection.
_games = replier("Kestrel Games", "Ana Silva", "ana.silva@kestrelgames.example", "Lena Ortiz")


@pytest.mark.parametrize(
    "sentence",
    [
        "I enjoyed the prep notes on the Kestrel Tales architecture.",
        "Good luck with the Kestrel Maps 2.0 release.",
    ],
)
def test_the_short_name_before_another_english_word_is_no_misspelling(sentence: str) -> None:
    """The firm's short name before another plain word names one of its products."""
    assert _games(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("I would love to join Kestrel Gamez one day.", "Kestrel Gamez"),
        ("I would love to join Kestrel Ganes one day.", "Kestrel Ganes"),
    ],
)
def test_a_slip_in_the_firms_own_word_is_still_a_misspelling(sentence: str, name: str) -> None:
    assert _games(sentence) == [name]


#: The wrong-company findings of a sentence in a reply to a port operator's rejection.
_port = replier(
    "Harbourgate Marine Services", "Salma Rahman", "salma@harbourgate.example", "Tomas Reyes"
)


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("I truly believed Seabright Logistics was the place for me.", "Seabright Logistics"),
        ("I always felt Quaylink was the right fit for me.", "Quaylink"),
    ],
)
def test_the_place_the_writer_believed_was_theirs_is_flagged(sentence: str, name: str) -> None:
    """The firm the writer was sure was their place is the one that turned them down."""
    assert _port(sentence) == [name]


@pytest.mark.parametrize(
    "sentence",
    [
        "I truly believed Harbourgate was the place for me.",  # the employer's own name
        "I knew Seabright Logistics was a busy port when I drove there.",  # no place of theirs
    ],
)
def test_the_employer_or_a_plain_belief_is_not_flagged(sentence: str) -> None:
    assert _port(sentence) == []
