"""wrong-company where a reply names another firm as the employer, in five more slots.

Cases from tests/context156-158, each on a new example: one word a letter off the brand
the employer's domain spells, a firm believed in for what it is building, the whole team
of a sister firm thanked, everyone at another body in a farewell above the name, and a
centre named in full where the writer would be happy to work.
"""

from __future__ import annotations

from contexthelp import company_reply, flagged


def _reply(sentence: str, company: str, address: str) -> list[str]:
    """Return the wrong-company findings of a reply to ``company`` holding ``sentence``."""
    return flagged(company_reply(sentence, company, "Mia Torres", address, "Jonah"))


# --- one word misspelling the brand the domain spells --------------------------------------


def test_one_word_off_the_domains_brand_is_flagged() -> None:
    """A domain of the name's first word makes it the brand: a letter off it is a typo."""
    found = _reply("I wish the Brightlom team every success.", "Brightloom Design Inc.",
                   "mia@brightloom.com")  # fmt: skip
    assert found == ["Brightlom"]


def test_the_brand_spelt_rightly_or_beside_another_domain_is_not_flagged() -> None:
    """The brand spelt as the domain has it is the employer; another domain makes no brand."""
    assert _reply("I wish the Brightloom team every success.", "Brightloom Design Inc.",
                  "mia@brightloom.com") == []  # fmt: skip
    assert _reply("I wish the Brightlom team every success.", "Brightloom Design Inc.",
                  "mia@bld-hr.com") == []  # fmt: skip
    # a word with capitals inside is a programme's name coined on the brand, no typo
    assert _reply("I enjoyed hearing about the BrightLOOP climate plan.", "Brightloom Design Inc.",
                  "mia@brightloom.com") == []  # fmt: skip


# --- a firm believed in for what it is building ---------------------------------------------


def test_a_firm_believed_in_for_what_it_is_building_is_flagged() -> None:
    """ "I believed in what X is building": the firm applied to, named by a plain last word."""
    found = _reply("I believed in what Copper Pay is building.", "Kestrel Ledger Ltd.",
                   "mia@kestrelledger.com")  # fmt: skip
    assert found == ["Copper Pay"]


def test_a_person_believed_in_or_the_employer_is_not_flagged() -> None:
    """What a person is building is theirs; the employer's own name is right."""
    assert _reply("I believed in what Maya Okafor is building.", "Kestrel Ledger Ltd.",
                  "mia@kestrelledger.com") == []  # fmt: skip
    assert _reply("I believed in what Kestrel Ledger is building.", "Kestrel Ledger Ltd.",
                  "mia@kestrelledger.com") == []  # fmt: skip


# --- the whole team of a sister firm thanked ------------------------------------------------


def test_thanks_to_the_whole_team_of_a_sister_firm_are_flagged() -> None:
    """The employer's first word, then another trade, thanked as a whole team: another firm."""
    found = _reply("Thank you again to the whole Tamsin Sensors team for a fair process.",
                   "Tamsin Power Devices B.V.", "mia@tamsinpower.nl")  # fmt: skip
    assert found == ["Tamsin Sensors"]


def test_the_employers_own_team_thanked_or_a_sister_team_met_is_not_flagged() -> None:
    """The employer's own words thanked, or a sister firm's team only met, are no wrong name."""
    assert _reply("Thank you again to the whole Tamsin Power team for a fair process.",
                  "Tamsin Power Devices B.V.", "mia@tamsinpower.nl") == []  # fmt: skip
    assert _reply("I met the whole Tamsin Sensors team on the tour of the fab.",
                  "Tamsin Power Devices B.V.", "mia@tamsinpower.nl") == []  # fmt: skip


# --- everyone at another body in the farewell -----------------------------------------------


def _farewell(line: str) -> list[str]:
    """Return the wrong-company findings of a reply whose last line above the name is ``line``."""
    reply = (
        "---\nto: [Mia Torres <mia@northfjord.is>]\nrejection:\n"
        "  from: [Mia Torres <mia@northfjord.is>]\n  company: North Fjord Travel Council\n"
        "---\nDear Mia,\n\nThank you for the interview and for your time.\n\n"
        f"{line}\nJonah\n"
    )
    return flagged(reply)


def test_everyone_at_a_body_named_in_full_in_the_farewell_is_flagged() -> None:
    """ "All the best to everyone at X," above the name: X's people are the readers."""
    assert _farewell("All the best to everyone at South Coast Tourism Office,") == [
        "South Coast Tourism Office"
    ]


def test_everyone_at_a_town_or_the_employer_in_the_farewell_is_not_flagged() -> None:
    """A site called by its town, or the employer itself, is no other body."""
    assert _farewell("All the best to everyone at the Akureyri office,") == []
    assert _farewell("All the best to everyone at North Fjord Travel Council,") == []


# --- a centre named in full where the writer would be happy to work -------------------------


def test_a_centre_named_in_full_the_writer_would_work_at_is_flagged() -> None:
    """ "I would be very happy to work at X in the future": the job wished for is at X."""
    found = _reply("I would be very happy to work at Birchwood Riding Centre in the future.",
                   "Fjord Horse Trails ehf.", "mia@fjordhorsetrails.is")  # fmt: skip
    assert found == ["Birchwood Riding Centre"]


def test_a_centre_the_writer_worked_at_is_not_flagged() -> None:
    """ "I moved to X to work at Y": the writer's own past work there."""
    assert _reply("I moved to Akureyri to work at Birchwood Riding Centre last year.",
                  "Fjord Horse Trails ehf.", "mia@fjordhorsetrails.is") == []  # fmt: skip


def test_an_office_the_writer_would_work_at_is_not_flagged() -> None:
    """ "I would love to work at the Oslo Head Office": the employer's own office, in full."""
    assert _reply("I would love to work at the Oslo Head Office some day.",
                  "Nordic Freight AS", "mia@nordicfreight.no") == []  # fmt: skip


# --- a tag of another travel firm under the name ---------------------------------------------


def _signed(line: str) -> list[str]:
    """Return the wrong-company findings of a reply to a travel firm with ``line`` under the name."""
    reply = company_reply("I enjoyed our talk.", "Atlas Riad Journeys", "Mia Torres",
                          "mia@atlasriad.ma", f"Jonah Reed\n{line}")  # fmt: skip
    return flagged(reply)


def test_a_tag_of_another_travel_firm_is_flagged() -> None:
    """A tag of a name and a travel trade's word under a reply to a travel firm: a rival's."""
    assert _signed("#Fes #SilverDuneTravel") == ["SilverDuneTravel"]


def test_a_tag_of_a_travel_topic_is_not_flagged() -> None:
    """A tag of two words ("#SlowTravel") is a topic, no firm's name."""
    assert _signed("#Fes #SlowTravel") == []
