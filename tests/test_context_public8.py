"""Wrong-company in replies to professional firms and public bodies outside the UK.

Cases from the blind sets tests/context33-36 (law and accounting firms, statutory boards,
districts, a station), each on a new example of its own.
"""

from __future__ import annotations

import pytest
from contexthelp import company_reply, flagged, found


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


# "Board" and "District" after the service a body runs name a whole public body, not a team
# of the employer's: wished well, or praised, it is the one written to; and so is a US school
# district by its initials
_PUBLIC_BODIES = [
    ("Straits Maritime Port Authority", "ines@smpa.gov.sg",
     "Wishing the Tembusu Fisheries Board team a good year ahead!", "Tembusu Fisheries Board"),
    ("County of Marlow", "isalgado@marlowcounty.gov",
     "I wish the Cedar Basin Irrigation District team a calm budget season.",
     "Cedar Basin Irrigation District"),
    ("Willow Bend Independent School District", "isalgado@willowbendisd.org",
     "I'm proud of what Mesa Verde ISD is building for new readers and hope to be part of it.",
     "Mesa Verde ISD"),
]  # fmt: skip


@pytest.mark.parametrize(("company", "address", "sentence", "name"), _PUBLIC_BODIES)
def test_a_public_body_named_for_its_service_is_another_organisation(
    company, address, sentence, name
) -> None:
    assert flagged(_reply(sentence, company, address)) == [name]


def test_a_firms_own_board_or_a_towns_quarter_is_no_public_body() -> None:
    company, address = "County of Marlow", "isalgado@marlowcounty.gov"
    for sentence in (
        # a board any organisation has, and quarters named for what is in them
        "I enjoyed hearing how your team works with the Clinical Advisory Board.",
        "Thank you for the walking tour of the Riverside Arts District with your team.",
        "I hope your team enjoys the new offices in the Marlow Financial District.",
        # the employer's own department, by its service
        "I wish the Marlow County Water Department team a calm budget season.",
    ):
        assert flagged(_reply(sentence, company, address)) == [], sentence


def test_the_employers_own_school_district_by_its_initials_is_right() -> None:
    company, address = "Willow Bend Independent School District", "isalgado@willowbendisd.org"
    sentence = (
        "I'm proud of what Willow Bend ISD is building for new readers and hope to be part of it."
    )
    assert flagged(_reply(sentence, company, address)) == []


def test_a_near_name_of_the_employers_own_trade_is_meant_for_the_employer() -> None:
    # one word like the employer's, then a word of its trade: another station in name only
    company, address = "Harrowgate Broadcasting", "ines@harrowgatebroadcasting.ca"
    text = _reply(
        "I've listened to Harrowfield Radio since school, so reaching the final round for "
        "this job meant a great deal.",
        company,
        address,
    )
    assert flagged(text) == ["Harrowfield Radio"]
    # a station of another name, and a near name of another trade, are no misspelling
    for sentence in (
        "I've listened to Kestrel Radio since school, so reaching the final round for this "
        "job meant a great deal.",
        "I've listened to Harrowfield Choir since school, so reaching the final round for "
        "this job meant a great deal.",
    ):
        assert flagged(_reply(sentence, company, address)) == [], sentence


def _mutt_reply(sentence: str, to: str = "Priya Nand <pnand@okaforwest.com>") -> str:
    """Return a reply to Priya Nand whose quote's attribution gives her name alone (mutt)."""
    return (
        f"From: Dara Quinn <dara.quinn@fastmail.com>\nTo: {to}\n"
        "Date: Wed, 11 Mar 2026 09:10:00 -0400\nSubject: Re: Disputes Associate\n\n"
        f"Dear Ms. Nand,\n\nThank you for the two rounds of interviews. {sentence}\n\n"
        "Sincerely,\nDara Quinn\n\n"
        "On Tue, Mar 10, 2026 at 04:02:11PM -0400, Priya Nand wrote:\n"
        "> Dear Dara,\n>\n> Thank you for your interest in Okafor West LLP. We have decided\n"
        "> not to move forward with your candidacy.\n>\n> Best regards,\n> Priya Nand\n"
    )


def test_the_signers_address_in_the_reply_gives_the_employer_a_bare_attribution_leaves_out() -> (
    None
):
    # mutt's "On ..., Priya Nand wrote:" names the signer alone; the reply is written back
    # to her address, whose domain is the employer's
    text = _mutt_reply("I had so hoped to join Lumley Strand's disputes team.")
    assert found(text, "wrong-company") == ["Lumley Strand"]
    # the employer itself is right; and someone else's address gives no employer
    text = _mutt_reply("I had so hoped to join Okafor West's disputes team.")
    assert found(text, "wrong-company") == []
    text = _mutt_reply(
        "I had so hoped to join Lumley Strand's disputes team.", "Sam Roe <sam@lumleystrand.com>"
    )
    assert found(text, "wrong-company") == []


def test_a_firm_named_as_the_example_the_writer_chose_is_a_case_not_the_employer() -> None:
    text = _mutt_reply(
        "I'd be grateful for notes on my case study; I fear the Brannock Insurance example I "
        "chose was too narrow."
    )
    assert found(text, "wrong-company") == []
    # a firm wished well in the same place is still pasted
    text = _mutt_reply("I hope the move goes well for everyone at Brannock Insurance.")
    assert found(text, "wrong-company") == ["Brannock Insurance"]


def test_one_german_noun_after_beim_is_no_firm() -> None:
    # German "beim" is "bei dem", "at the": the capitalised word after it is a noun
    company, address = "Brenner Antriebstechnik GmbH", "ines.salgado@brenner-antrieb.de"
    sentence = "Ich wünsche Ihnen und der neuen Kollegin viel Erfolg beim Produktionsstart."
    assert flagged(_reply(sentence, company, address)) == []
    # a firm's name after "bei" is still one
    sentence = "Ich wünsche Ihnen und der neuen Kollegin viel Erfolg bei Korvath Automotive."
    assert flagged(_reply(sentence, company, address)) == ["Korvath Automotive"]
