"""Wrong-company in replies to professional firms and public bodies outside the UK.

Cases from the blind sets tests/context33-36 (law and accounting firms, statutory boards,
districts, a station), each on a new example of its own.
"""

from __future__ import annotations

from contexthelp import company_reply, flagged


def _reply(sentence: str, company: str, address: str) -> str:
    """Return a reply to Ines Salgado's rejection from ``company`` with ``sentence``."""
    return company_reply(sentence, company, "Ines Salgado", address, "Dara Quinn")


def test_a_trades_top_level_domain_is_no_name_of_the_employer() -> None:
    from replylint.letter import domain_name

    # NOTE: ".coffee", ".law", ".partners" are top-level domains anyone may register: the
    # employer's label is the one before it, or every "X Coffee" would be the employer's
    assert domain_name("sableandfinch.coffee") == "sableandfinch"
    assert domain_name("careers.thornbury.law") == "thornbury"
    text = _reply(
        "I had so hoped to join Copperpot Coffee's roasting team this spring.",
        "Sable & Finch Roasters",
        "ines@sableandfinch.coffee",
    )
    assert flagged(text) == ["Copperpot Coffee"]
    # the employer, named as its domain spells it, is right
    text = _reply(
        "I had so hoped to join Sable & Finch's roasting team this spring.",
        "Sable & Finch Roasters",
        "ines@sableandfinch.coffee",
    )
    assert flagged(text) == []


def test_a_name_owning_offices_after_roles_in_is_a_firm_not_a_department() -> None:
    # "roles in Critical Care" names a department; a name with offices in towns is a firm
    company, address = "Tallis Rowe Chartered Accountants", "ines@tallisrowe.com.au"
    text = _reply(
        "I'd also be glad to be considered for roles in Pike & Larner's Geelong office.",
        company,
        address,
    )
    assert flagged(text) == ["Pike & Larner"]
    # a department's own team, and a department named alone, stay the employer's
    for sentence in (
        "I'd also be glad to be considered for roles in Business Advisory's outreach team.",
        "I'd also be glad to be considered for roles in Business Advisory.",
    ):
        assert flagged(_reply(sentence, company, address)) == []
