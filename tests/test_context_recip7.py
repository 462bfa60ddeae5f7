"""wrong-recipient: second signers the sign-off reader missed (context147, context149).

A signer whose rank, with a title's word in it, stands before the name on its own line
("Chief Inspector Tom Hale" over "Head of Investigations") signs as the person above does; and a signature that gives a
name in its own script, then its Latin spelling and a title in brackets ("中野 健 Nakano Ken
(Director)"), names one person, greeted by that spelling ("Dear Nakano-san").
"""

from __future__ import annotations

from pathlib import Path

import pytest
from contexthelp import found
from replylint.custom._people import is_group_name
from replylint.sources.signer_names import ranked_name, spelt_name

_HERE = Path(__file__).parent


def _letter(name: str) -> list[str]:
    """Return the wrong-recipient findings of a labeled letter under tests/."""
    path = _HERE / name
    return found(path.read_text(encoding="utf-8"), "wrong-recipient", path.name)


def test_the_labeled_letters() -> None:
    assert _letter("context147/surrey-police-two-signers-long-first-choice-falls-through.eml") == []
    assert _letter("context149/osaka-kia-outlook-japanese-two-signers-cc-interviewer.eml") == [
        "k.fujii@kasai-ishikawa.jp"
    ]


# --- a rank before a second signer's name ----------------------------------------------------


def _ranked(to: str, greeting: str, rank: str = "Chief Inspector") -> str:
    """Return a reply to ``to`` over a rejection signed by a recruiter and a ranked officer."""
    return (
        f"From: Ellis Ward <ellis.ward@example.org>\nTo: {to}\n"
        "Subject: RE: Control Room Operator\nDate: Tue, 10 Mar 2026 18:00:00 +0000\n"
        'Content-Type: text/plain; charset="utf-8"\n\n'
        f"{greeting}\n\nThank you both for the interview and the tour of the control room.\n\n"
        "Kind regards,\nEllis Ward\n\n-----Original Message-----\n"
        "From: Priya Shah <priya.shah@wessex.police.example>\nSent: 10 March 2026 15:00\n"
        "To: Ellis Ward <ellis.ward@example.org>\n"
        "Cc: Tom Hale <tom.hale@wessex.police.example>\nSubject: Control Room Operator\n\n"
        "Dear Ellis,\n\nWe are sorry to tell you that your application was not successful.\n\n"
        "Kind regards,\n\nPriya Shah\nRecruitment Officer\n\n"
        f"{rank} Tom Hale\nHead of Investigations\n\nWessex Police\n"
    )


_BOTH = "Priya Shah <priya.shah@wessex.police.example>, Tom Hale <tom.hale@wessex.police.example>"


@pytest.mark.parametrize(
    ("rank", "greeting"),
    [
        ("Chief Inspector", "Dear Priya and Chief Inspector Hale,"),
        ("Chief Inspector", "Dear Priya and Tom,"),
        ("Chief Superintendent", "Dear Priya and Superintendent Hale,"),
    ],
)
def test_the_ranked_signer_written_to_and_greeted_is_right(rank: str, greeting: str) -> None:
    assert found(_ranked(_BOTH, greeting, rank), "wrong-recipient") == []


def test_a_stranger_beside_the_ranked_signer_is_still_wrong() -> None:
    to = f"{_BOTH}, Mark Dunn <mark.dunn@wessex.police.example>"
    reply = _ranked(to, "Dear Priya and Chief Inspector Hale,")
    assert found(reply, "wrong-recipient") == ["mark.dunn@wessex.police.example"]


def test_a_rank_is_read_only_before_a_name() -> None:
    assert ranked_name("Chief Inspector Tom Hale")
    assert ranked_name("Captain Ana Reyes")
    assert not ranked_name("Chief Inspector")
    assert not ranked_name("Chief Executive Officer")
    assert not ranked_name("Tom Hale")


# --- a name in its own script, then in Latin letters -----------------------------------------


def _spelt(cc: str, greeting: str) -> str:
    """Return a reply over a Japanese rejection signed with names in two scripts."""
    return (
        "From: Lena Fischer <lena.fischer@example.org>\n"
        "To: 木村 彩 <a.kimura@hoshi-design.example>\n"
        f"Cc: {cc}\n"
        "Subject: RE: Result of your application\nDate: Wed, 11 Mar 2026 20:00:00 +0900\n"
        'Content-Type: text/plain; charset="utf-8"\n\n'
        f"{greeting}\n\nThank you for the interview and for showing me the model workshop.\n\n"
        "Lena Fischer\n\n"
        "差出人: 木村 彩 <a.kimura@hoshi-design.example>\n送信日時: 2026年3月11日 15:00\n"
        "宛先: Lena Fischer <lena.fischer@example.org>\n"
        "CC: 中野 健 <k.nakano@hoshi-design.example>\n件名: Result of your application\n\n"
        "Dear Ms Fischer,\n\nWe regret that we cannot offer you the position.\n\n"
        "木村 彩 Kimura Aya (Human Resources)\n中野 健 Nakano Ken (Director)\n"
        "Hoshi Design Office\n"
    )


@pytest.mark.parametrize("greeting", ["Dear Kimura-san and Nakano-san,", "Dear Nakano-san,"])
def test_both_signers_in_two_scripts_are_right(greeting: str) -> None:
    reply = _spelt("中野 健 <k.nakano@hoshi-design.example>", greeting)
    assert found(reply, "wrong-recipient") == []


def test_a_stranger_copied_beside_them_is_still_wrong() -> None:
    cc = "中野 健 <k.nakano@hoshi-design.example>, Ota Yui <y.ota@hoshi-design.example>"
    reply = _spelt(cc, "Dear Kimura-san and Nakano-san,")
    assert found(reply, "wrong-recipient") == ["y.ota@hoshi-design.example"]


def test_a_name_in_two_scripts_needs_a_title_in_its_brackets() -> None:
    assert spelt_name("中野 健 Nakano Ken (Director)") == "中野 健 (Nakano Ken)"
    assert spelt_name("中野 健 Nakano Ken") == "中野 健 (Nakano Ken)"
    assert spelt_name("星 設計 Hoshi Design (Osaka)") == ""
    assert spelt_name("Nakano Ken (Director)") == ""


def test_human_resources_is_a_team() -> None:
    assert is_group_name("Human Resources")
    assert not is_group_name("Ken Nakano")
