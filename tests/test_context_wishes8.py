"""A wish or a greeting sent to an organisation names the one written to.

"I wish X every success", "I wish the X a successful opening", "I wish everyone at X a
wonderful season", "All the best to the X crew", "good luck with the new starter at X",
"Dear Ana and everyone at X,": the name so wished well or greeted is the organisation the
writer means to answer, even when its last word is a site's ("Centre", "Kitchen") or a
job's ("Rep"). Not the writer's own people, a third party's workplace, a partner of the
employer, an employer's own site or department, a person, an event or the employer's own initials.
"""

from __future__ import annotations

import pytest
from contexthelp import company_reply, flagged


def _reply(sentence: str, company: str = "Halden Laboratories") -> str:
    return company_reply(sentence, company, "Ruth Okafor", "ruth@haldenlabs.co.uk", "Leo Marsh")


def _greeted(greeting: str, company: str = "Halden Laboratories") -> str:
    """Return a reply opening on ``greeting`` instead of the signer's first name."""
    return _reply("I enjoyed the visit last week.", company).replace("Dear Ruth,", greeting)


# --- the organisation wished well ----------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        # the double object of "wish"
        ("I wish Corrigan Analytical every success with the new imaging suite.",
         "Corrigan Analytical"),
        ("Still, I wish Oriel Dance Space continued success.", "Oriel Dance Space"),
        ("I do wish Saltire Cycleworks a busy summer season.", "Saltire Cycleworks"),
        ("I wish Marlow Letterpress every success with the Christmas catalogue.",
         "Marlow Letterpress"),
        # no person's name by its shape
        ("I wish TallyDesk every success.", "TallyDesk"),
        # initials, not the employer's (see test_context_public77.py)
        ("I wish KTW every success with the new line.", "KTW"),
        ("I wish Upper Wharf Climbing Wall all the best.", "Upper Wharf Climbing Wall"),
        # ending in a site's word: the whole organisation, not one of the employer's sites
        ("I wish the Hawthorn Heritage Centre a successful opening of the new wing.",
         "Hawthorn Heritage Centre"),
        # the people at it; ending in a job's word ("Rep" for a repertory theatre)
        ("I wish everyone at the Fennick Rep a wonderful season.", "Fennick Rep"),
        ("good luck with the new starter at Mill Lane Kitchen!", "Mill Lane Kitchen"),
        ("I wish my future colleagues at Orchard Yard every success.", "Orchard Yard"),
        ("Please pass my best to everyone at the Harrow Rep, and thanks again.", "Harrow Rep"),
        # its crew
        ("All the best to the Foxglove Smokehouse crew, and do keep me in mind.",
         "Foxglove Smokehouse"),
    ],
)  # fmt: skip
def test_the_organisation_wished_well_is_the_one_written_to(sentence, name) -> None:
    assert flagged(_reply(sentence)) == [name]


def test_a_wish_in_a_ps_is_read() -> None:
    reply = _reply("I hope to hear from you.\n\nP.S. I wish Brindle Books continued success.")
    assert flagged(reply) == ["Brindle Books"]


def test_a_wish_under_the_sign_off_is_read() -> None:
    reply = _reply("I hope to hear from you.").replace(
        "Leo Marsh\n", "Leo Marsh\nWishing everyone at the Kettle Rep a lovely season\n"
    )
    assert flagged(reply) == ["Kettle Rep"]


# --- the organisation greeted ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("greeting", "name"),
    [
        ("Dear Ruth and everyone at Cartwheel Climbing,", "Cartwheel Climbing"),
        ("Dear Ms. Okafor and the Audit team at Lowry Fenn,", "Lowry Fenn"),
        ("Hi all at BrightDesk,", "BrightDesk"),
        ("Dear Ruth at Tamsin Ashby,", "Tamsin Ashby"),
    ],
)
def test_the_organisation_greeted_at_is_the_one_written_to(greeting, name) -> None:
    assert flagged(_greeted(greeting)) == [name]


@pytest.mark.parametrize(
    "greeting",
    [
        "Dear all at the Leeds office,",  # a site
        "Dear everyone at People & Culture,",  # a department
        "Dear Ruth and everyone at HLX,",  # an initialism, most often the employer's own
        "Dear Ruth and everyone at Halden,",  # the employer
    ],
)
def test_a_site_department_initialism_or_the_employer_greeted_at_is_not(greeting) -> None:
    assert flagged(_greeted(greeting)) == []


def test_a_name_greeted_at_and_named_again_is_a_place_the_writer_knows() -> None:
    reply = _greeted("Dear all at Kirkwall,").replace(
        "I enjoyed the visit last week.", "I enjoyed the visit to Kirkwall last week."
    )
    assert flagged(reply) == []


def test_a_client_greeted_in_a_reply_to_an_agency_is_not_flagged() -> None:
    reply = _greeted("Dear Ruth and everyone at Cartwheel Climbing,", "Halden Recruitment").replace(
        "I enjoyed the visit last week.", "I enjoyed meeting your client last week."
    )
    assert flagged(reply) == []


# --- wishes that name no organisation written to -------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "I wish my old team at Brindle Books well.",  # the writer's own
        "Good luck to Sam, who's joining Brindle Books next month.",  # a third party's
        "Best wishes to your partners at Brindle Books.",  # the employer's partner
        "Congratulations on the Harland Prize.",  # a prize
        "I wish Maya a great start.",  # a person
        "I wish Priya every success in the new role.",
        "I wish Priya every success with the new team.",
        "I wish Tom Baker every success.",
        "I wish HL every success with the new line.",  # the employer's own initials
        "I wish the Head Curator every success.",  # a job
        "Good luck to everyone at the Hartwell Book Fair.",  # an event
        "I wish the Eastgate branch a great year.",  # the employer's site
        "All the best to the Eastgate crew.",  # a place's or a site's crew
        "I wish Halden every success with the new imaging suite.",  # the employer
    ],
)
def test_a_wish_for_someone_else_or_a_part_of_the_employer_is_not_flagged(sentence) -> None:
    assert flagged(_reply(sentence)) == []


def test_a_department_in_ordinary_words_wished_well_is_the_employers() -> None:
    reply = _reply("I wish the Learning Centre every success.", "Kingsbridge Town Museum")
    assert flagged(reply) == []


@pytest.mark.parametrize("company", ["Ashcourt Care Group", "Brightside Support Ltd"])
def test_a_site_wished_well_by_an_employer_that_runs_named_sites_is_its_own(company) -> None:
    reply = _reply("I wish everyone at Willow House a lovely Christmas.", company)
    assert flagged(reply) == []


def test_a_product_wished_a_launch_may_be_the_employers() -> None:
    reply = _reply("I wish Lantern Quest a great launch.", "Driftwood Games Ltd")
    assert flagged(reply) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "I wish Harbour View a great summer season.",
        "Good luck with the new starter at Saltmarsh Lodge!",
    ],
)
def test_a_name_wished_well_in_a_reply_to_a_chain_may_be_one_of_its_sites(sentence) -> None:
    assert flagged(_reply(sentence, "Coastline Hotels Ltd")) == []


def test_a_name_greeted_at_in_a_reply_to_a_chain_may_be_one_of_its_sites() -> None:
    assert flagged(_greeted("Dear all at Harbour View,", "Coastline Hotels Ltd")) == []
