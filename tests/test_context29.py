"""Cases from the blind sets tests/context29 and context30, each on a new example of its own."""

from __future__ import annotations

from contexthelp import company_reply, flagged


def _reply(sentence: str, company: str = "Halden Logistics") -> str:
    """Return a reply to Mira Ostrowska's rejection from ``company`` with ``sentence``."""
    return company_reply(
        sentence, company, "Mira Ostrowska", "mira@haldenlogistics.com", "Tomasz Lenz"
    )


def test_the_short_form_of_a_pasted_name_before_its_board_is_pasted() -> None:
    # "the X board" is the firm's own board: once "Brackwater Freight" is pasted, its short
    # form before the board is pasted too
    text = _reply(
        "I had hoped to bring my experience to Brackwater Freight this year. "
        "If the Brackwater board ever needs an adviser, I hope you will think of me."
    )
    assert flagged(text) == ["Brackwater Freight", "Brackwater"]
    # no name pasted: another firm's board is only another firm's
    text = _reply("I sat on the Brackwater board for two years before this.")
    assert flagged(text) == []


def test_what_the_writer_loves_about_a_firm_names_the_employer() -> None:
    text = _reply("What I love about Tindall Motion is how much care goes into every frame.")
    assert flagged(text) == ["Tindall Motion"]
    text = _reply("What I admire about Tindall Motion is the care in every frame.")
    assert flagged(text) == ["Tindall Motion"]
    # the employer itself, loved, is right
    assert flagged(_reply("What I love about Halden Logistics is the pace.")) == []


def test_a_start_hoped_for_is_at_the_employer() -> None:
    # "start" is a cue of the writer's own new job ("I'm starting at X"), but a start only
    # hoped for is the job turned down
    text = _reply("I was really hoping to start at Corvell Metals, so this stings.")
    assert flagged(text) == ["Corvell Metals"]
    text = _reply("I had hoped to start at Corvell Metals in the spring.")
    assert flagged(text) == ["Corvell Metals"]
    # a start that is the writer's own news stays theirs
    assert flagged(_reply("I'm starting at Corvell Metals next month instead.")) == []
    assert flagged(_reply("I was hoping to start at Halden Logistics.")) == []


def test_hospitals_named_together_are_no_hospital_of_a_health_service() -> None:
    # a health service's hospital is one hospital; "X Hospitals" is a group of its own
    company = "Brookmere Health Network"
    text = _reply("I had hoped to be part of Tarrow Hospitals' next chapter.", company)
    assert flagged(text) == ["Tarrow Hospitals"]
    # one hospital of the network is its own
    text = _reply("I had hoped to be part of Tarrow Hospital's next chapter.", company)
    assert flagged(text) == []


def test_a_firm_that_prefers_other_hires_is_the_employer() -> None:
    # the subject of a hiring choice is the firm that made the decision
    text = _reply("Evenlode Systems obviously prefers internal hires to outsiders like me.")
    assert flagged(text) == ["Evenlode Systems"]
    text = _reply("In the end Evenlode Systems went with someone cheaper.")
    assert flagged(text) == ["Evenlode Systems"]
    # the writer's own past hire, or a preference that is no hiring
    assert flagged(_reply("Evenlode Systems chose me over two hundred others in 2015.")) == []
    assert flagged(_reply("Evenlode Systems prefers small weekly releases, as I do.")) == []
    assert flagged(_reply("Halden Logistics clearly prefers internal hires.")) == []


def _domain_reply(sentence: str, domain: str) -> str:
    """Return a reply with ``sentence`` to a rejection whose only company is its ``domain``."""
    signer = f"Ines Varga <ines@{domain}>"
    return (
        f"---\nto: [{signer}]\nrejection:\n  from: [{signer}]\n---\nDear Ines,\n\n"
        f"Thank you for the trial shift. {sentence}\n\nKind regards,\nTomasz Lenz\n"
    )


def test_a_domain_named_for_one_hotel_makes_another_inn_a_rival() -> None:
    # known only by its domain, the employer is one hotel: another inn is no site of its own
    sentence = "Your kitchen at The Fernby Inn has a great name and I hope to cook there one day."
    assert flagged(_domain_reply(sentence, "gullrockhotel.co.uk")) == ["The Fernby Inn"]
    # a group's domain runs inns of its own
    assert flagged(_domain_reply(sentence, "gullrockhotels.co.uk")) == []


def test_a_firms_restructuring_is_a_project_for_it() -> None:
    # advisory work is named after the client it was done for
    text = _reply("I enjoyed walking you through my part in the Ferrand Energy restructuring.")
    assert flagged(text) == []
    text = _reply("My years on Tallis Bank and the Ferrand Energy turnaround shaped me.")
    assert flagged(text) == []
    # the firm itself, wished well, is still another name
    assert flagged(_reply("I would have loved to grow with Ferrand Energy.")) == ["Ferrand Energy"]


def test_a_deed_done_before_is_the_writers_past() -> None:
    # "Having <done> at X, I ..." is the writer's own record there
    text = _reply("Having relaunched the garden range at Pembury & Co, I know the market well.")
    assert flagged(text) == []
    # having met people there, or no "I" after the clause, is no deed of theirs
    text = _reply("Having met the team at Pembury Systems, I would love to join them.")
    assert flagged(text) == ["Pembury Systems"]


def test_a_partner_the_goods_are_sold_through_is_no_employer() -> None:
    company = "Ashby Orchard Partnership"
    text = _reply(
        "I liked hearing that you sell most of your apples through Vale Fruit Growers.", company
    )
    assert flagged(text) == []
    text = _reply("It was good to learn that you supply your cider to Harlow Foods.", company)
    assert flagged(text) == []
    # working for such a firm is still the writer's wish for another employer
    text = _reply("I had always wanted to work for Vale Fruit Growers.", company)
    assert flagged(text) == ["Vale Fruit Growers"]


def test_a_legal_form_cut_at_a_hyphen_keeps_its_word() -> None:
    # "Co" of "Co-operative" is no legal form ending the name: the name goes on
    text = _reply("I would love to join Fenwick Dairy Co-operative as a trainee.")
    assert flagged(text) == ["Fenwick Dairy Co-operative"]
    assert flagged(_reply("I would love to join Fenwick Dairy Co as a trainee.")) == [
        "Fenwick Dairy Co"
    ]
    # the employer's own short form, hyphened too, is right
    company = "Fenwick Dairy Co-operative Society Ltd"
    assert flagged(_reply("I would love to join Fenwick Dairy Co-op one day.", company)) == []


def _greeting_reply(greeting: str) -> str:
    """Return a reply to a museum's rejection that opens on ``greeting``."""
    signer = "Ines Varga <ines.varga@harrowgatemuseum.org.uk>"
    return (
        f"---\nto: [{signer}]\nrejection:\n  from: [{signer}]\n"
        f"  company: Harrowgate Museum\n---\n{greeting}\n\n"
        "Thank you for the interview for the gallery assistant post.\n\nBest wishes,\nTomasz Lenz\n"
    )


def test_a_group_greeting_to_another_institution_is_pasted() -> None:
    assert flagged(_greeting_reply("Dear Pendle Gallery team,")) == ["Pendle Gallery"]
    # the employer's own team, or a room of it named in ordinary words
    assert flagged(_greeting_reply("Dear Harrowgate Museum team,")) == []
    assert flagged(_greeting_reply("Dear Print Gallery team,")) == []


def test_a_firm_that_hired_the_writer_is_their_own_past() -> None:
    # found beside this set's cases: "hired" counts as a word about the job, so the firm
    # that once hired the writer was read as the one written to
    reply = _reply("Evenlode Systems hired me straight from college, and I have wanted to "
                   "work in logistics ever since.")  # fmt: skip
    assert flagged(reply) == []
    assert flagged(_reply("Evenlode Systems first hired me as an apprentice.")) == []
    wished = reply.replace("Evenlode Systems hired me", "I hope Evenlode Systems hires someone")
    assert flagged(wished) == ["Evenlode Systems"]
