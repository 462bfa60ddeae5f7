"""wrong-company: a pasted name where the writer's fit, a statement read or a tag names it.

Cases from the blind sets tests/context59-60, each with new wordings: the writer's past
imagined fitting in at a firm ("my experience would fit well within X's team"), a firm's
mission read by the writer ("since I first read X's mission statement"), a hashtag of a
firm's people ("#LifeAtX", "#XCareers") and a firm's scheme judged a fit ("the X graduate
scheme was a perfect fit"). The nearby uses that are the writer's own past there, the
employer's own tag or a scheme the writer did stay unflagged.
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


def _shipping(sentence: str) -> list[str]:
    """Return the findings of ``sentence`` in a reply to a shipping line."""
    return flagged(company_reply(sentence, "Benguela Shipping Lines", "Ana Domingos",
                                 "ana@benguelalines.example", "Chipo Moyo"))  # fmt: skip


def _charity(sentence: str) -> list[str]:
    """Return the findings of ``sentence`` in a reply to a community trust."""
    return flagged(company_reply(sentence, "Oakhollow Community Trust", "Nomvula Dlamini",
                                 "nomvula@oakhollowtrust.example", "Daniel Achterberg"))  # fmt: skip


def _consultancy(sentence: str) -> list[str]:
    """Return the findings of ``sentence`` in a reply to a consultancy."""
    return flagged(company_reply(sentence, "Ashgrove Partners", "Aoife Byrne",
                                 "aoife@ashgrovepartners.example", "Marcus Ofori"))  # fmt: skip


# --- the writer's past imagined fitting in at a firm ---------------------------------------


def test_the_letter_with_experience_fitting_another_line_is_flagged() -> None:
    assert _letter("context59/procurement-officer-pasted-middle.md") == ["Nordic Bulk Shipping"]


@pytest.mark.parametrize(
    "sentence",
    [
        "I still think my background in chartering would slot right into Nordic Bulk "
        "Shipping's commercial team.",
        "My years on the quayside could fit in nicely at Nordic Bulk Shipping, I'm sure.",
        "I believe my experience running tenders would fit perfectly within Nordic Bulk Shipping.",
    ],
)
def test_a_past_imagined_fitting_in_at_a_firm_names_it(sentence: str) -> None:
    assert _shipping(sentence) == ["Nordic Bulk Shipping"]


@pytest.mark.parametrize(
    "sentence",
    [
        "My experience at Nordic Bulk Shipping would fit well with your procurement team.",
        "My experience fitted well within Nordic Bulk Shipping's procurement function for "
        "six years.",
        "I hope the contracts I managed would fit well with the work I did at Nordic Bulk "
        "Shipping.",
    ],
)
def test_a_past_gained_at_a_firm_stays_unflagged(sentence: str) -> None:
    assert _shipping(sentence) == []


# --- a firm's mission read by the writer ------------------------------------------------------


def test_the_letter_with_another_charitys_mission_is_flagged() -> None:
    assert _letter("context60/charity-mission-pasted-late.md") == ["Hearthstone Foundation"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Ever since I first read the Hearthstone Foundation's values, I have wanted to work "
        "with you.",
        "Your motto has stayed with me since I came across the Hearthstone Foundation's "
        "website, and it's why I applied.",
    ],
)
def test_a_mission_read_since_names_the_firm(sentence: str) -> None:
    assert _charity(sentence) == ["Hearthstone Foundation"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Since I joined the Hearthstone Foundation in 2019 I have run its food bank.",
        "I have volunteered every weekend since I started at the Hearthstone Foundation.",
    ],
)
def test_time_since_joining_a_firm_stays_unflagged(sentence: str) -> None:
    assert _charity(sentence) == []


# --- a hashtag of a firm's people ----------------------------------------------------------


def test_the_letter_with_another_firms_hashtag_is_flagged() -> None:
    assert _letter("context60/consultancy-hashtag-leftover-late.eml") == ["Brightwell"]


@pytest.mark.parametrize(
    "sentence",
    [
        "I've enjoyed the posts under #BrightwellCareers all year.",
        "P.S. Loved the #TeamBrightwell photos from the charity run!",
        "I'll keep following #WeAreBrightwell for news of the autumn intake.",
    ],
)
def test_a_hashtag_of_a_firms_people_names_it(sentence: str) -> None:
    assert _consultancy(sentence) == ["Brightwell"]


@pytest.mark.parametrize(
    "sentence",
    [
        "I've enjoyed the posts under #LifeAtAshgrove all year.",
        "I'll keep an eye on #AshgroveCareers for the autumn intake.",
        "I've switched my profile to #OpenToWork in the meantime.",
    ],
)
def test_the_employers_own_tag_or_a_plain_tag_stays_unflagged(sentence: str) -> None:
    assert _consultancy(sentence) == []


# --- a firm's scheme judged a fit ------------------------------------------------------------


def test_the_letter_with_two_pasted_names_flags_the_scheme() -> None:
    found_names = _letter("context60/two-templates-two-wrong-names.eml")
    assert found_names == ["Brightline Consulting", "Meridale"]


@pytest.mark.parametrize(
    "sentence",
    [
        "I'd thought the Meridale graduate scheme was a perfect fit for my economics degree.",
        "Honestly, the Meridale summer internship seemed an ideal match for my skills.",
        "To me the Meridale trainee programme suited my background perfectly.",
    ],
)
def test_a_scheme_judged_a_fit_names_its_firm(sentence: str) -> None:
    assert _consultancy(sentence) == ["Meridale"]


@pytest.mark.parametrize(
    "sentence",
    [
        "The Meridale graduate scheme I did after university suited me well.",
        "I was on the Meridale graduate scheme for two years, which was a good fit.",
        "The Meridale graduate scheme is well known, but I preferred yours.",
    ],
)
def test_a_scheme_the_writer_did_stays_unflagged(sentence: str) -> None:
    assert _consultancy(sentence) == []
