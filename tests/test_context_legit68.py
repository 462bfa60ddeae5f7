"""wrong-company: a season of the year, a word of a job's title, a funder and a qualification.

Cases from the blind set tests/context68, each with new wordings: a festival or season of
the year wished well ("I hope Diwali is lovely for all of you"), an ordinary word's "'s"
heading a job's title ("the Women's Health Nurse post"), a body backing the employer's
event ("the Rotary Club is backing it"), and the writer's own qualification opened by "My"
("My Certificate of Aged Care Services"). A pasted firm beside each stays flagged.
"""

from __future__ import annotations

import pytest
from contexthelp import company_reply, flagged
from test_context_relations56 import _letter


def _to(company: str, address: str, sentence: str) -> list[str]:
    """Return the wrong-company findings of ``sentence`` in a reply to ``company``."""
    return flagged(company_reply(sentence, company, "Ruth Amadi", address, "Tom Vance"))


_CHURCH = ("Hillcrest Methodist Church", "ruth@hillcrestmethodist.org")
_CHARITY = ("Tidewater Food Share", "ruth@tidewaterfoodshare.org")


@pytest.mark.parametrize(
    ("path", "name"),
    [
        ("context68/church-childrens-ministry-pasted-first-line.md", "Children"),
        ("context68/church-parish-admin-diocese-clean.eml", "Advent"),
        ("context68/food-rescue-council-event-clean.md", "Christchurch City Council"),
        ("context68/vietnamese-clean-surname-first.eml", "My Diploma of Community Services"),
    ],
)
def test_the_letters_no_longer_flag_the_legitimate_name(path, name) -> None:
    assert name not in _letter(path)


def test_the_pasted_church_stays_flagged() -> None:
    assert "Grace Community Church" in _letter(
        "context68/church-childrens-ministry-pasted-first-line.md"
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "I hope Diwali is lovely for all of you at the church.",
        "I hope Lent goes gently for everyone in the congregation.",
        "I hope Ramadan brings your whole team rest and joy.",
        "I hope Easter goes well for everyone at the chapel.",
    ],
)
def test_a_season_of_the_year_is_not_flagged(sentence) -> None:
    assert _to(*_CHURCH, sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Thank you for considering me for the Women's Health Nurse post.",
        "I enjoyed interviewing for the Youth Worship Leader role and the Men's Group Coordinator post.",
    ],
)
def test_a_word_of_a_jobs_title_is_not_flagged(sentence) -> None:
    assert _to(*_CHURCH, sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Good luck with the winter appeal; it's lovely that Harbourside District Council is backing it.",
        "I was glad to hear the Pickering Rotary Club backs the breakfast club again.",
    ],
)
def test_a_body_backing_the_employers_work_is_not_flagged(sentence) -> None:
    assert _to(*_CHARITY, sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "My Certificate of Aged Care Services is recent, so I know I have more to learn.",
        "My Diploma in Hospitality Services from TAFE is still new to me.",
    ],
)
def test_the_writers_own_qualification_is_not_flagged(sentence) -> None:
    assert _to(*_CHARITY, sentence) == []


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        (
            "I hope Advent goes well for everyone at Northgate Community Church.",
            "Northgate Community Church",
        ),
        (
            "Thank you for the Children's Ministry post at Eastfield Baptist Church.",
            "Eastfield Baptist Church",
        ),
        ("I would still love to work at Harbourside Food Bank one day.", "Harbourside Food Bank"),
        ("My dream was always to join Kinloch Community Services.", "Kinloch Community Services"),
    ],
)
def test_a_pasted_firm_beside_them_stays_flagged(sentence, name) -> None:
    assert name in _to(*_CHARITY, sentence)
