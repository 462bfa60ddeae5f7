"""Pasted names blessed, met the writer for the job, or believed in; an Afrikaans quote.

Cases from the blind set tests/context68, each with new wordings: "May Allah bless the
work of X" (a blessing is a wish sent to the organisation written to); "X took the time
to meet me twice for the role" (the hiring's acts done by X); "I still believe in what X
is doing" (the work of the one that refused); and an Afrikaans Gmail quote ("Op ... het X
<x> geskryf:"), whose sender's domain names the employer. A sign-off "God bless,", the
employer's own name, a person's work and another application stay unflagged.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from contexthelp import company_reply, flagged, found

_HERE = Path(__file__).parent


def _letter(path: str) -> list[str]:
    """Return the wrong-company findings of a labeled letter under tests/."""
    full = _HERE / path
    return found(full.read_text(encoding="utf-8"), "wrong-company", full.name)


def _reply(sentence: str, company: str = "Eastgate Mosque") -> list[str]:
    """Return the wrong-company findings of a reply with ``sentence`` to ``company``."""
    return flagged(
        company_reply(sentence, company, "Bilal Ahmed", "bilal@example.org", "Amina Yusuf")
    )


@pytest.mark.parametrize(
    ("path", "expected"),
    [
        (
            "context68/afrikaans-social-worker-pasted-municipality.eml",
            ["Stellenbosch Municipality"],
        ),
        ("context68/arabic-mosque-committee-greeting-pasted.eml", ["Al-Huda Centre"]),
        ("context68/emergency-relief-pasted-just-under-24h.md", ["Brotherhood of Hope"]),
        ("context68/youth-outreach-pasted-already-decided.md", ["Oasis Youth Network"]),
    ],
)
def test_the_letters_name_another_organisation(path, expected):
    """The labeled letters flag the blessed, thanked or believed-in organisation."""
    assert _letter(path) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("May God bless the work of Al-Noor Institute and its teachers.", "Al-Noor Institute"),
        ("May Allah bless Westfield Islamic Centre and the new imam.", "Westfield Islamic Centre"),
        (
            "It meant a great deal that Greenway Advice Service interviewed me twice for the post.",
            "Greenway Advice Service",
        ),
        (
            "I'm grateful that Kestrel Community Services made time to meet me for the role.",
            "Kestrel Community Services",
        ),
        (
            "I still believe in what Brightpath Advocacy Network is doing for carers.",
            "Brightpath Advocacy Network",
        ),
        ("I believe in what Hopewell Youth Trust stands for.", "Hopewell Youth Trust"),
    ],
)
def test_another_organisation_blessed_met_or_believed_in_is_flagged(sentence, expected):
    """A blessing, the hiring's acts and a belief in its work name the one written to."""
    assert _reply(sentence) == [expected]


@pytest.mark.parametrize(
    "sentence",
    [
        "May God bless the work of Eastgate Mosque and its teachers.",
        "It meant a great deal that Eastgate Mosque took the time to meet me twice.",
        "Brotherhood of Hope interviewed me for another post last year too.",
        "I still believe in what Priya is doing for the children.",
        "May God bless Priya Shah and her family.",
    ],
)
def test_the_employer_a_person_or_another_application_is_not_flagged(sentence):
    """The employer's own name, a person's work and another application are no paste."""
    assert _reply(sentence) == []


def test_a_god_bless_sign_off_names_the_writer_not_a_firm():
    """A "God bless," above the writer's name is a sign-off, not a blessing of a firm."""
    reply = company_reply("I hope to apply again.", "Eastgate Mosque", "Bilal Ahmed",
                          "bilal@example.org", "Amina Yusuf Hassan")  # fmt: skip
    assert flagged(reply.replace("Kind regards,", "God bless,")) == []
