"""Context10's lessons, each on a new letter: one wrong recipient, one finding; titles; names."""

from __future__ import annotations

from pathlib import Path

import pytest
from replylint import lint_text
from replylint.eval import tally
from test_context_names import company_letter, found, recipient

# --- wrong-recipient: one wrong recipient is one finding ----------------------------------

_SENT_TO = """From: Ola Berg <ola.berg@example.org>
To: {to}
Date: Tue, 3 Mar 2026 10:00:00 +0000
Subject: Re: Your application

{greeting}

Thank you for letting me know, and congratulations to the new hire.

Best,
Ola Berg

On Mon, 2 Mar 2026 at 16:20, Priya Raman <priya.raman@tessellate.io> wrote:
> Dear Ola, we have chosen another candidate.
> Priya Raman
"""


def _recipients(to: str, greeting: str) -> list:
    text = _SENT_TO.format(to=to, greeting=greeting)
    return lint_text(text, path="reply.eml", select=("wrong-recipient",), model="blank")


def test_a_shared_mailbox_greeted_as_nobody_in_particular_is_one_finding() -> None:
    findings = _recipients("Tessellate Jobs <jobs@tessellate.io>", "Dear Selection Panel,")
    assert [f.text for f in findings] == ["Dear Selection Panel,"]
    assert "jobs@tessellate.io" in findings[0].message


def test_a_stranger_sent_to_and_greeted_by_name_is_one_finding_on_the_greeting() -> None:
    findings = _recipients("Marek Nowak <marek.nowak@tessellate.io>", "Dear Marek,")
    assert [f.text for f in findings] == ["Dear Marek,"]
    assert "marek.nowak@tessellate.io" in findings[0].message


def test_two_different_wrong_people_stay_two_findings() -> None:
    findings = _recipients("Marek Nowak <marek.nowak@tessellate.io>", "Dear Helga,")
    assert sorted(f.text for f in findings) == ["Dear Helga,", "marek.nowak@tessellate.io"]


def test_the_eval_matches_an_address_label_to_the_finding_that_names_it(tmp_path: Path) -> None:
    text = _SENT_TO.format(to="jobs@tessellate.io", greeting="Dear Selection Panel,")
    letter = tmp_path / "reply.eml"
    letter.write_text(text, encoding="utf-8")
    letter.with_suffix(".expected").write_text('wrong-recipient "jobs@tessellate.io"\n')
    findings = lint_text(text, path="reply.eml", select=("wrong-recipient",), model="blank")
    tp, fp, fn, _ = tally([(letter, findings, None)])
    assert (tp["wrong-recipient"], fp["wrong-recipient"], fn["wrong-recipient"]) == (1, 0, 0)


# --- names: a job title before a surname, as East Asian English addresses people ----------


@pytest.mark.parametrize(
    "greeting", ["Dear Manager Wang,", "Dear Team Leader Wang,", "Dear Section Chief Wang,"]
)
def test_a_job_title_before_the_signers_surname_addresses_the_signer(greeting: str) -> None:
    assert recipient(greeting, ("Wang Hui <hui.wang@longmen.cn>",)) == []


def test_a_job_title_before_someone_elses_surname_is_still_flagged() -> None:
    assert recipient("Dear Director Zhao,", ("Wang Hui <hui.wang@longmen.cn>",)) == [
        "Dear Director Zhao,"
    ]


# --- wrong-company: the employer's other names, events, and the writer's own plans ---------


@pytest.mark.parametrize(
    ("company", "sentence"),
    [
        # initials that leave out a legal form of another country
        ("Kestrel Byte Systems Pvt. Ltd.", "I would love to be considered for roles at KBS."),
        ("Orchid Lane Trading Sdn. Bhd.", "I hope to join the team at OLT one day."),
        # a fair visited for a few days
        (
            "Casa Ribeira Vinhos",
            "Best of luck at Vinitaly next week, and congratulations to your new export lead.",
        ),
        ("Casa Ribeira Vinhos", "Good luck to everyone at Vinitaly this weekend."),
        # the writer's own volunteering, wherever the sentence says "you"
        (
            "Northfield Libraries",
            "If you have ideas, maybe volunteering with the Dartmouth Reading Trust's "
            "literacy program would help me.",
        ),
    ],
)
def test_names_that_are_not_another_employer_written_to(company: str, sentence: str) -> None:
    assert found(company_letter(company, sentence), "wrong-company") == []


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("I remain very enthusiastic about Corvane and hope to apply again.", "Corvane"),
        ("I remain excited about Pellory's 2027 expansion and future roles.", "Pellory"),
        (
            "I believe my years at Harbin Post, and my data course, would be an asset to "
            "The Westmoor Gazette.",
            "The Westmoor Gazette",
        ),
    ],
)
def test_another_company_the_writer_is_keen_on_or_would_serve_is_flagged(
    sentence: str, name: str
) -> None:
    assert found(company_letter("Acme Corp", sentence), "wrong-company") == [name]
