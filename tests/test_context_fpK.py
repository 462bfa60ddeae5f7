"""Names in slots no firm written to fills: events, degrees' schools, towns, others' offers.

An event named by its days, a sport's title contest or a Dutch fair ("the X Days", "the X
Championships", "the X Beurs"); the university a degree is taken at ("my Bachelor of Social
Work at X"); initials made plural ("Gs&Cs audit experience"); a firm that also gave the
writer a step of its own hiring ("X already offered me a trial shift"); the town of a chance
thanked for ("the opportunity to present my work in X"); a market another's goods go to
("your mission to bring running gear to X"); the town a site stands in ("the club house in
X"); and the writer's own seasons at a firm ("I have three harvests at X"). Each beside a
name in a like slot that is still the one written to.
"""

from __future__ import annotations

import pytest
from contexthelp import company_reply, flagged


def _reply(sentence: str, company: str = "Halden Laboratories") -> str:
    return company_reply(sentence, company, "Ruth Okafor", "ruth@haldenlabs.co.uk", "Leo Marsh")


@pytest.mark.parametrize(
    "sentence",
    [
        # an event by its days, a sport's title contest, a Dutch fair
        "Perhaps we can meet at the Nordic Research & Innovation Days in Oslo.",
        "I'll be in Oslo for the Nordic Research & Innovation Days; would you be up for a coffee?",
        "I wish the lab every success at the Pacific Sailing Championships.",
        "Maybe we can meet at the Tuin & Woon Beurs in Gorinchem?",
        # the university a degree is taken at
        "I'm completing my Master of Youth Work at Harlow Bay University this year, so your "
        "advice would help.",
        "I finished my Bachelor of Social Work at Mersey Vale University, and I'd love to be "
        "considered again.",
        # initials made plural on each side: a function's or a document's
        "I'd be grateful to know whether more Gs&Cs review experience would have helped my "
        "application.",
        "I'd be grateful to know whether more Ts&Cs drafting experience would have helped.",
        # a chance thanked for, had in a town
        "Thank you for the opportunity to show my work in Porto last week.",
        "I'm grateful for the chance to present my research in Santa Fe.",
        # another's goods brought to a market
        "I admire your plan to bring solar lamps to West Java, and I'd love to be considered "
        "again.",
        # the writer's own seasons there, past the town they were in
        "I have three harvests in Mendoza at Bodega Las Piedras, so I know the job well.",
        "I have two seasons at Bodega Las Piedras, so I know the job well.",
    ],
)
def test_a_name_in_a_slot_no_firm_written_to_fills_is_not_flagged(sentence) -> None:
    assert flagged(_reply(sentence)) == []


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("I'd be glad to be considered for future roles at Lakeland Coding Labs.",
         "Lakeland Coding Labs"),
        ("I would love to work at Harlow Bay University one day, so your advice would help.",
         "Harlow Bay University"),
        ("I'd love the opportunity to do my training in Santa Fe.", "Santa Fe"),
        ("I'd love to bring my skills to Norrland Energy.", "Norrland Energy"),
        ("I had hoped to spend three harvests at Bodega Las Piedras, so I know the job well.",
         "Bodega Las Piedras"),
    ],
)  # fmt: skip
def test_a_name_in_a_like_slot_of_the_job_is_still_flagged(sentence, name) -> None:
    assert flagged(_reply(sentence)) == [name]


def test_a_rival_that_also_gave_the_writer_a_step_is_named_as_a_rival() -> None:
    reply = _reply(
        "Brackenridge Brewing has also offered me an interview, so your loss.", "Halden Brewing"
    )
    assert flagged(reply) == []


def test_a_rival_wished_for_is_still_flagged() -> None:
    reply = _reply("I'd love to be considered for roles at Brackenridge Brewing.", "Halden Brewing")
    assert flagged(reply) == ["Brackenridge Brewing"]


def test_the_town_a_site_stands_in_is_no_rival() -> None:
    company = "Harbour FC Kawasaki"
    reply = _reply(
        "Thank you for the time you gave me at the club house in Shin-Kawasaki.", company
    )
    assert flagged(reply) == []
    reply = _reply(
        "Thank you for the position, and good luck to Shin-Kawasaki this season.", company
    )
    assert flagged(reply) == ["Shin-Kawasaki"]
