"""wrong-company: other organisations named rightly beside the one written to.

Cases from the blind sets tests/context55-56, each with new wordings: the writer's present
work or training ("I'm ... and articling at X"), a rejection passed on by an agency (its
go-between's domain is not the employer's), a relation of the reader's firm named after
"your" ("your sister brand X") and the job's part of an applicant's line ("Applicant, Stage
Operations - X"). The nearby uses that still name a pasted firm stay flagged.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from contexthelp import company_reply, flagged, found

_HERE = Path(__file__).parent


def _letter(name: str) -> list[str]:
    """Return the wrong-company findings of a labeled letter under tests/."""
    path = _HERE / name
    return found(path.read_text(encoding="utf-8"), "wrong-company", path.name)


def _court(sentence: str) -> list[str]:
    """Return the findings of ``sentence`` in a reply to a court service."""
    return flagged(company_reply(sentence, "Court Services Division", "Amrit Sandhu",
                                 "amrit.sandhu@ontario.example", "Jon Lee"))  # fmt: skip


def _cruise(sentence: str) -> list[str]:
    """Return the findings of ``sentence`` in a reply to a cruise line."""
    return flagged(company_reply(sentence, "Amazonia Cruceros", "Beatriz Andrade",
                                 "b.andrade@amazoniacruceros.example", "Gus Lima"))  # fmt: skip


# --- the writer's present work or training -----------------------------------------------------


def test_the_letter_articling_now_is_clean() -> None:
    assert _letter("context56/court-services-officer-building-and-licensing-body.md") == []


@pytest.mark.parametrize(
    "sentence",
    [
        "I'm finishing my LPC part-time and clerking at Harlow Partners LLP, so I'd like to "
        "apply again when I qualify.",
        "I am studying for the licensing exams and interning with Greyfield Analytics for now, "
        "so please consider me again for future roles.",
        "We are currently running the spring appeal and volunteering at Eastside Community "
        "Legal Services, but I hope to join your team.",
    ],
)
def test_what_the_writer_is_doing_now_is_their_own(sentence: str) -> None:
    assert _court(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("I'm hoping to be articling at Birchwood Legal Clinic next year, so please consider "
         "me for future roles.", "Birchwood Legal Clinic"),
        ("I keep imagining myself working at Birchwood Legal Clinic, and I'd love to join "
         "the team.", "Birchwood Legal Clinic"),
        ("I'm considering working at Birchwood Legal Clinic instead, if no role opens up.",
         "Birchwood Legal Clinic"),
    ],
)  # fmt: skip
def test_work_hoped_for_or_pictured_is_still_flagged(sentence: str, name: str) -> None:
    assert _court(sentence) == [name]


# --- a rejection passed on by an agency ---------------------------------------------------------


def test_the_letter_forwarded_by_an_agency_is_clean() -> None:
    assert _letter("context56/patent-trainee-forwarded-via-agency-clean.eml") == []


_FORWARDED = """\
From: Oliver Nwachukwu <oliver@example.co.uk>
To: Catherine Wu <c.wu@brantlee-ip.example>
Date: Fri, 27 Mar 2026 09:20:00 +0000
Subject: Re: Brantlee IP \u2013 trainee patent attorney
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8

Dear Ms Wu,

Thank you for the interview. {sentence}

Kind regards,
Oliver Nwachukwu

---------- Forwarded message ---------
From: Priya Shah <priya.shah@halden-recruit.example>
Date: Thu, 26 Mar 2026 at 14:02
Subject: Fwd: Brantlee IP \u2013 trainee patent attorney
To: Oliver Nwachukwu <oliver@example.co.uk>

Sharing the firm's note below.
Priya

---------- Forwarded message ---------
From: Catherine Wu <c.wu@brantlee-ip.example>
Date: Thu, 26 Mar 2026 at 11:40
Subject: Brantlee IP \u2013 trainee patent attorney
To: Priya Shah <priya.shah@halden-recruit.example>

Dear Priya, please let Oliver know we will not be offering him a place this year.
Catherine Wu
"""


@pytest.mark.parametrize(
    "sentence",
    [
        "Priya at Halden Recruitment told me how close the decision was.",
        "My contact at Halden Recruitment mentioned your kind feedback yesterday.",
        "I was glad Halden Recruitment passed on your comments so quickly.",
    ],
)
def test_the_go_between_of_a_forwarded_rejection_is_not_the_employer(sentence: str) -> None:
    # NOTE: "Halden Recruitment" misspells the agency's domain, not the employer's written to
    assert found(_FORWARDED.format(sentence=sentence), "wrong-company") == []


def test_a_firm_pasted_into_a_forwarded_reply_is_still_flagged() -> None:
    text = _FORWARDED.format(sentence="I would still love to join Corvane Patents one day.")
    assert found(text, "wrong-company") == ["Corvane Patents"]


# --- a relation of the reader's firm ------------------------------------------------------------


def test_the_letter_naming_a_sister_brand_names_no_wrong_company() -> None:
    assert "Pantanal Cruceros" not in _letter("context55/cruise-sister-brand-clean.md")


@pytest.mark.parametrize(
    "sentence",
    [
        "I also hope your parent group Pantanal Cruceros does well with its first departures.",
        "It was good to hear how Pantanal Cruceros, your sister company, shares its guides.",
        "I enjoyed hearing how your partner airline Condor Azul feeds guests to the river.",
    ],
)
def test_a_relation_named_after_your_is_the_readers(sentence: str) -> None:
    assert _cruise(sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "I also hope your company Pantanal Cruceros does well with its first departures.",
        "I hope your sister brand does well, and I would love to join Pantanal Cruceros one day.",
        "I hope Pantanal Cruceros, your newest rival, does not catch up with the team.",
    ],
)
def test_the_readers_own_firm_or_a_rival_is_still_flagged(sentence: str) -> None:
    assert _cruise(sentence) == ["Pantanal Cruceros"]


# --- the job's part of an applicant's line ------------------------------------------------------


def test_the_letter_signed_with_job_and_festival_flags_only_the_festival() -> None:
    assert _letter("context55/festival-signature-pasted.md") == ["Southern Lights Festival"]


def _signed(line: str) -> list[str]:
    """Return the findings of a reply to Matariki Skies Festival signed above ``line``."""
    text = company_reply("Congratulations to the new stage manager.", "Matariki Skies Festival",
                         "Wiremu Tane", "wiremu@matarikiskies.example", "Aroha Ngata")  # fmt: skip
    return flagged(text + line + "\n")


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Applicant, Front of House – Harbourside Arts Trust", ["Harbourside Arts Trust"]),
        ("Candidate, Lighting Crew - Riverbend Folk Festival", ["Riverbend Folk Festival"]),
        ("Applicant – Stage Operations | Southern Lights Festival", ["Southern Lights Festival"]),
        ("Applicant, Stage Operations – Matariki Skies Festival", []),
    ],
)  # fmt: skip
def test_only_the_organisation_of_an_applicants_line_is_named(line, expected) -> None:
    assert _signed(line) == expected


def test_a_placement_the_writer_is_going_to_do_is_left_by_the_gate() -> None:
    # NOTE: left by the cue-beside gate (_org_future.cued_firm): no word of the job, the hiring
    # or a wish stands beside the name, so the sentence-wide cue no longer makes it the firm
    # written to. On new blind letters that cue was wrong far more often than right.
    assert (
        _court("I'm going to be interning at Harlow Partners LLP, but I hope to apply again.") == []
    )
