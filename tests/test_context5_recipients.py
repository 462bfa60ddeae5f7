"""wrong-recipient: post-nominal letters and signers named in another script."""

from __future__ import annotations

import pytest
from test_context_names import recipient


@pytest.mark.parametrize(
    ("greeting", "signer"),
    [
        ("Dear Dr. Okafor,", "Emeka Okafor MD <e.okafor@lakeside.org>"),
        ("Dear Dr Lindqvist,", "Maria Lindqvist PhD <maria.lindqvist@nordbio.se>"),
        ("Dear Ms. Brennan,", "Aoife Brennan RN <aoife.brennan@stmary.ie>"),
        ("Dear Mr. Achebe,", "Tunde Achebe FRCS <t.achebe@kingsway.nhs.uk>"),
    ],
)
def test_post_nominal_letters_are_not_a_family_name_in_capitals(greeting, signer) -> None:
    assert recipient(greeting, (signer,)) == []


@pytest.mark.parametrize(
    ("greeting", "signer"),
    [
        ("Dear Suzuki-san,", "鈴木 花子 <hanako.suzuki@kiriko.co.jp>"),
        ("Dear Ms. Park,", "박지민 <jimin.park@hanul.kr>"),
    ],
)
def test_a_signer_named_in_another_script_is_known_by_the_address(greeting, signer) -> None:
    assert recipient(greeting, (signer,)) == []


def test_a_greeting_to_someone_else_than_a_signer_in_another_script_is_flagged() -> None:
    assert recipient("Dear Tanaka-san,", ("鈴木 花子 <hanako.suzuki@kiriko.co.jp>",)) == [
        "Dear Tanaka-san,"
    ]


_TEAM = "Graduate Recruitment <graduates@kestrel.com>"


def test_a_greeting_to_someone_when_only_a_team_signed_is_flagged() -> None:
    assert recipient("Dear Priya,", (_TEAM,)) == ["Dear Priya,"]


@pytest.mark.parametrize("greeting", ["Dear Graduate Recruitment Team,", "Hello,", "Dear all,"])
def test_a_greeting_to_the_team_that_signed_or_to_nobody_is_fine(greeting) -> None:
    assert recipient(greeting, (_TEAM,)) == []


def test_a_team_signed_rejection_answered_to_the_person_written_to_is_fine() -> None:
    assert recipient("Dear Priya,", (_TEAM,), to=("Priya Nair <priya.nair@kestrel.com>",)) == []
