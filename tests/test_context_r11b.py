"""wrong-company in replies to public bodies, clubs and festivals (blind set context44).

A nationality's adjective is no firm's name ("my Portuguese-to-English test"); a body of
the employer's own kind pasted from another application is ("the Dutch Consulate" in a
reply to another country's consulate).
"""

from __future__ import annotations

import pytest
from contexthelp import company_reply, flagged


def _reply(sentence: str, company: str = "Harrowgate Freight", domain: str = "") -> str:
    """Return a reply to a rejection from ``company`` (writing from ``domain``)."""
    domain = domain or "".join(company.lower().split()[:1]) + ".com"
    return company_reply(sentence, company, "Leila Haddad", f"leila@{domain}", "Owen Price")


@pytest.mark.parametrize(
    ("sentence", "company"),
    [
        ("Could you tell me whether my Mexican driving licence was a problem for the role?",
         "Consulate General of Mexico"),
        ("I hope my Italian-to-English test helped with the role.", "Embassy of Italy"),
    ],
)  # fmt: skip
def test_nationality_adjective_of_the_employers_country_is_no_firm(
    sentence: str, company: str
) -> None:
    """The adjective of the country an embassy serves is no kin of the employer's name."""
    assert flagged(_reply(sentence, company)) == []


def test_pasted_body_beside_a_nationality_adjective_is_still_flagged() -> None:
    """A pasted firm in the same sentence as a nationality's adjective is still found."""
    sentence = "I hope my Italian-to-English test showed why I wanted to join Kestrel Shipping."
    found = flagged(_reply(sentence, "Embassy of Italy"))
    assert len(found) == 1 and "Kestrel Shipping" in found[0]


@pytest.mark.parametrize(
    ("sentence", "company", "name"),
    [
        ("I am sure the Bristol Fringe team made a fair choice, and I hope the new producer "
         "loves it.", "Brighton Fringe", "Bristol Fringe"),
        ("I am sure the Kilkenny Arts Festival team made a fair choice, and I hope the new "
         "coordinator enjoys it.", "Galway Arts Festival", "Kilkenny Arts Festival"),
    ],
)  # fmt: skip
def test_team_of_another_of_the_employers_kind_is_pasted(
    sentence: str, company: str, name: str
) -> None:
    """The team of a festival named like the employer, with another place, is a pasted name."""
    found = flagged(_reply(sentence, company))
    assert len(found) == 1 and name in found[0]


def test_volunteering_at_another_festival_is_not_flagged() -> None:
    """The writer's own plans at another festival of the kind name no pasted employer."""
    sentence = "I will be volunteering at the Bristol Fringe again this summer, so see you there."
    assert flagged(_reply(sentence, "Brighton Fringe")) == []


def test_event_of_a_body_shaped_like_the_employer_is_not_flagged() -> None:
    """A dinner held by a group whose name ends like the employer's is an event, not a firm."""
    sentence = "It was lovely to meet the team at the Law Society's Junior Lawyers dinner."
    assert flagged(_reply(sentence, "Ashby Reed Lawyers")) == []


@pytest.mark.parametrize(
    ("sentence", "company", "name"),
    [
        ("I would be happy to serve the Chilean Embassy in any future capacity.",
         "Embassy of Peru to Spain", "Chilean Embassy"),
        ("My admiration for the Ministry of Trade's work has only grown.",
         "Ministry of Health and Care", "Ministry of Trade"),
    ],
)  # fmt: skip
def test_another_body_of_the_employers_kind_is_pasted(
    sentence: str, company: str, name: str
) -> None:
    """A body of the employer's kind for another country or field is a pasted name."""
    found = flagged(_reply(sentence, company, "mail.gov.example"))
    assert len(found) == 1 and name in found[0]


@pytest.mark.parametrize(
    ("sentence", "company"),
    [
        ("My admiration for the Ministry of Health's work has only grown.",
         "Ministry of Health and Care"),
        ("I would be happy to serve the Embassy in any future capacity.",
         "Embassy of Peru to Spain"),
    ],
)  # fmt: skip
def test_short_forms_of_the_employer_body_are_not_flagged(sentence: str, company: str) -> None:
    """The employer's own short name, or its kind alone, is not another body."""
    assert flagged(_reply(sentence, company, "mail.gov.example")) == []


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("It would have been a privilege to wear the Ulster jersey again in a coaching role.",
         "Ulster"),
        ("I would love to wear the Ulster badge in a coaching role.", "Ulster"),
    ],
)  # fmt: skip
def test_club_whose_emblem_the_writer_would_wear_is_pasted(sentence: str, name: str) -> None:
    """The club whose crest or jersey the writer imagines wearing is the one written to."""
    found = flagged(_reply(sentence, "Connacht Rugby", "mail.example"))
    assert len(found) == 1 and name in found[0]


@pytest.mark.parametrize(
    "sentence",
    [
        "I wore the Ulster jersey for nine years before moving into coaching, and this role "
        "meant a lot.",
        "I'd love to wear the Connacht jersey in a coaching role.",
    ],
)
def test_emblem_worn_in_the_past_or_of_the_employer_is_not_flagged(sentence: str) -> None:
    """The writer's playing past, or the employer's own jersey, names no pasted club."""
    assert flagged(_reply(sentence, "Connacht Rugby", "mail.example")) == []
