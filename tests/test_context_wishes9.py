"""Wrong-company names missed in context47-48, each kind on a new letter, with its legitimate twin.

A future hoped for a pasted firm ("I hope X keeps growing"), helping it as the job looked
forward to, admiring it "for" its ways, "that's X's loss", and the writer's fit with what it
needs: each is said of the organisation written to. Not so a former employer admired from
within, a client or sister company named as such, a loss told by someone else, or what the
writer's own clients need.
"""

from __future__ import annotations

import pytest
from contexthelp import company_reply, flagged

_PASTED = "Brightmoor Rigging"


def _reply(sentence: str) -> str:
    return company_reply(
        sentence, "Calder Roofing Ltd", "Mina Okoro", "mina.okoro@calderroofing.co.uk", "Sam Reyes"
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "I hope Brightmoor Rigging continues to thrive.",
        "I really hope that Brightmoor Rigging will keep growing next year.",
        "Hope Brightmoor Rigging does well with the new depot.",
        "I do hope Brightmoor Rigging goes from strength to strength.",
    ],
)
def test_a_future_hoped_for_a_pasted_firm_names_it(sentence: str) -> None:
    assert flagged(_reply(sentence)) == [_PASTED]


@pytest.mark.parametrize(
    "sentence",
    [
        "I hope your client Brightmoor Rigging keeps growing.",
        "I hope your sister company Brightmoor Rigging does well with the merger.",
        "I hope my old firm Brightmoor Rigging keeps growing.",
        "I hope Brightmoor Rigging does the decent thing and pays my last invoice.",
        "I hope Priya Shah does well in the role.",
        "I hope Priya Shah thrives in her new job.",
    ],
)
def test_a_hope_for_a_client_a_sister_firm_a_person_or_a_deed_is_left_alone(sentence: str) -> None:
    assert flagged(_reply(sentence)) == []


def test_helping_a_pasted_firm_as_the_job_looked_forward_to_names_it() -> None:
    reply = _reply("I was looking forward to supporting Brightmoor Rigging as it expands.")
    assert flagged(reply) == [_PASTED]


def test_starting_with_a_firm_looked_forward_to_may_be_the_writers_new_job() -> None:
    reply = _reply("I am looking forward to starting with Brightmoor Rigging next month.")
    assert flagged(reply) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "I have long respected Brightmoor Rigging for its apprentice scheme.",
        "I've always admired Brightmoor Rigging for the way it treats new starters.",
    ],
)
def test_admiring_a_pasted_firm_for_its_ways_names_it(sentence: str) -> None:
    assert flagged(_reply(sentence)) == [_PASTED]


def test_admiring_a_former_employer_from_within_is_the_writers_past() -> None:
    reply = _reply(
        "I admired Brightmoor Rigging for its safety culture when I worked there as a labourer."
    )
    assert flagged(reply) == []


def test_that_is_a_pasted_firms_loss_names_it() -> None:
    assert flagged(_reply("Honestly, that's Brightmoor Rigging's loss.")) == [_PASTED]


@pytest.mark.parametrize(
    "sentence",
    [
        "My old boss at Brightmoor Rigging said it was their loss when I left.",
        "Brightmoor Rigging's loss of the council contract was in the local paper.",
    ],
)
def test_a_loss_told_by_others_or_of_something_is_left_alone(sentence: str) -> None:
    assert flagged(_reply(sentence)) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "I am confident my background matches what Brightmoor Rigging is looking for.",
        "I can offer exactly what Brightmoor Rigging needs on a roof.",
    ],
)
def test_the_writers_fit_with_what_a_pasted_firm_needs_names_it(sentence: str) -> None:
    assert flagged(_reply(sentence)) == [_PASTED]


@pytest.mark.parametrize(
    "sentence",
    [
        "I know what my clients at Brightmoor Rigging need from a roofer.",
        "I know my skills match what Brightmoor Rigging wanted when I was on their books.",
    ],
)
def test_what_the_writers_clients_or_old_firm_need_is_left_alone(sentence: str) -> None:
    assert flagged(_reply(sentence)) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "I have long respected Brightmoor Scaffolding for its apprentice scheme.",
        "Honestly, that's Brightmoor Scaffolding's loss.",
    ],
)
def test_a_firm_shaped_name_admired_or_losing_the_writer_is_flagged_uncued(sentence: str) -> None:
    # a name a firm by its own words, in a sentence with no word about the job
    assert flagged(_reply(sentence)) == ["Brightmoor Scaffolding"]


def test_a_firm_shaped_former_employer_admired_from_within_is_the_writers_past() -> None:
    reply = _reply("I admired Brightmoor Scaffolding for its safety culture when I worked there.")
    assert flagged(reply) == []
