"""wrong-company: the new hire's name, people met long ago, and work hoped for at a name.

A person named in a belief about the new hire ("I'm sure Priya Shah will do a great job")
is no company, whatever the culture of the name; a firm by its words ("Globex Logistics")
or a firm's future ("X will keep growing") still is. The people "at X" met at the interview
make X the name pasted in; met a year or more ago, or in a time of the writer's own, X is
another firm the writer knows. A hope of doing the job's work at X ("hoping to lead a
shift at X") is the job imagined there; the work done there ("I have led shifts at X") is
the writer's own.
"""

from __future__ import annotations

import pytest
from contexthelp import company_reply, flagged


def reply(sentence: str) -> str:
    """Return a reply with ``sentence`` to Ann Lee's rejection from Northgate Freight Ltd."""
    return company_reply(
        sentence, "Northgate Freight Ltd", "Ann Lee", "ann.lee@northgatefreight.co.uk", "Tom Reed"
    )


# --- the new hire's name in a belief or a wish ---------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "I'm sure Priya Shah will do a great job.",  # the reported false alarm
        "I'm confident that Mateo Hernández will be a great fit for the depot.",
        "I know Aigerim Bekova will thrive there.",
        "I am certain Oluwaseun Adeyemi will make a brilliant shift manager.",
        "I'm sure Nguyen Thi Lan will do brilliantly in the role.",
        "I hope Kwame Mensah thrives there.",
    ],
)
def test_the_new_hires_name_is_not_flagged(sentence: str) -> None:
    assert flagged(reply(sentence)) == []


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("I'm sure Globex Logistics will do great things.", "Globex Logistics"),
        ("I'm confident Pellmore Haulage will do a great job.", "Pellmore Haulage"),
        ("I am sure Harwick will go from strength to strength.", "Harwick"),
        ("I still believe Tarrow Piling needs drivers like me.", "Tarrow Piling"),
    ],
)
def test_a_firm_the_writer_is_sure_of_is_still_flagged(sentence: str, name: str) -> None:
    assert flagged(reply(sentence)) == [name]


# --- the people at a name, met long ago or at the interview ---------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "When I met the people at Globex Logistics last year, I was impressed.",
        "I met the crew at Pellmore Haulage a few years ago and loved their depot.",
        "Back when I met the team at Harwick Freight, I had no idea I would apply here.",
        "I met the team at Globex Logistics while I was working in Leeds.",
        # one plain word after "the team at" reads as a place, as "the team at Camden" does
        "I met the team at Globex.",
    ],
)
def test_people_met_long_ago_are_not_flagged(sentence: str) -> None:
    assert flagged(reply(sentence)) == []


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        # as the labeled letters have it ("I'm genuinely glad to have met the team at X")
        ("Thank you for the interview; I enjoyed meeting the team at Globex Logistics.",
         "Globex Logistics"),
        ("It was lovely to meet the people at Pellmore Haulage on Tuesday.", "Pellmore Haulage"),
        ("I met the team at Harwick Freight and I'd love to work there.", "Harwick Freight"),
        ("I'd love to meet the team at Globex Logistics next year.", "Globex Logistics"),
    ],
)  # fmt: skip
def test_people_met_in_this_application_make_the_name_pasted(sentence: str, name: str) -> None:
    assert flagged(reply(sentence)) == [name]


# --- the job's work hoped for at a name -----------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("I have been hoping to lead a shift at Globex for years.", "Globex"),  # the reported miss
        ("I had hoped to run the kitchen at Rosso one day.", "Rosso"),
        ("I have always wanted to teach at Fernbrook.", "Fernbrook"),
        ("It has long been my dream to manage a depot at Harwick.", "Harwick"),
        ("I was hoping to lead the night shift at Pellmore Haulage.", "Pellmore Haulage"),
    ],
)
def test_work_hoped_for_at_a_name_is_flagged(sentence: str, name: str) -> None:
    assert flagged(reply(sentence)) == [name]


@pytest.mark.parametrize(
    "sentence",
    [
        "I have led shifts at Globex for years.",
        "I have been leading shifts at Globex.",
        "I have been running the night clinic at Fernbrook since 2021.",
        "I have run the kitchen at Rosso for five years.",
        "Thank you for the chance to shadow the drivers at Harwick.",
        "I most want to improve my routing after finishing at Pellmore College.",
    ],
)
def test_work_done_or_given_at_a_name_is_not_flagged(sentence: str) -> None:
    assert flagged(reply(sentence)) == []


# --- the writer's own work, with a pride in it that did not come ------------------------------


def academic_reply(sentence: str) -> str:
    """Return a reply with ``sentence`` to a PhD studentship turned down by Westmoor University."""
    return company_reply(
        sentence, "Westmoor University", "Ewa Nowak", "ewa.nowak@westmoor.ac.uk", "Rafael Lima"
    )


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("It would have been an honour to do my PhD at McGill University.", "McGill University"),
        (
            "It would have been a privilege to do my doctorate at Eastmere University.",
            "Eastmere University",
        ),
        (
            "I would be honoured to do my masters at Brennock University.",
            "Brennock University",
        ),
    ],
)
def test_own_work_in_a_pride_that_did_not_come_is_flagged(sentence: str, name: str) -> None:
    assert flagged(academic_reply(sentence)) == [name]


@pytest.mark.parametrize(
    "sentence",
    [
        "It was an honour to do my PhD at McGill University, and I learned a lot there.",
        "I did my training at Kelbrook Hospital before moving north.",
    ],
)
def test_own_work_done_there_is_not_flagged(sentence: str) -> None:
    assert flagged(academic_reply(sentence)) == []
