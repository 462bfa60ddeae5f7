"""wrong-company: names that are no other employer, as the airline set tests/context128 has them.

Four readings, each on new wordings with its flagged twin: a body's gathering told by a
word of its kind ("the X regional assembly"); an airline's or an alliance's connections a
hub handles ("the X connections"); a standard a firm holds ("its X accreditation"); and a
party the writer coordinates or negotiates with in a job of their own.
"""

from __future__ import annotations

import pytest
from contexthelp import replier

_handler = replier("Kestrel Ground Handling", "Mara Lindqvist", "mara.lindqvist@kestrel.example",
                   "Tomas Berg")  # fmt: skip


# --- a body's gathering ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "I hope to meet your team at the Airport Operators Group annual assembly in May.",
        "Perhaps we will meet at the Airport Operators Group regional assembly next year.",
    ],
)
def test_a_bodys_assembly_is_an_event(sentence: str) -> None:
    assert _handler(sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "I hope to join the Airport Operators Group team one day.",
        "I hope to meet your team at the Airport Operators Group in May.",
    ],
)
def test_the_body_without_its_gathering_is_named(sentence: str) -> None:
    assert _handler(sentence) == ["Airport Operators Group"]


# --- a carrier's connections handled ---------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "It was great to see how your staff turn round the Skybridge Airways connections so "
        "quickly.",
        "I enjoyed seeing how your team handles the evening Skybridge Airways connections.",
    ],
)
def test_a_carriers_connections_are_its_clients(sentence: str) -> None:
    assert _handler(sentence) == []


def test_a_carriers_team_met_is_named() -> None:
    sentence = "It was great to meet the Skybridge Airways team during my interview."
    assert _handler(sentence) == ["Skybridge Airways"]


# --- a standard held -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "I enjoyed hearing how you run the cold store under its Nordcert Group accreditation.",
        "Your team explained the Nordcert Group certification behind your pharma handling.",
    ],
)
def test_a_certification_names_a_standard(sentence: str) -> None:
    assert _handler(sentence) == []


def test_the_certifiers_team_is_named() -> None:
    sentence = "I enjoyed hearing how you run the cold store with the Nordcert Group team."
    assert _handler(sentence) == ["Nordcert Group"]


# --- a party dealt with in the writer's own job ----------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "At my present job I lead the ramp crew, and the problems you listed (late inbound bags "
        "and coordinating with the Harbour Port Authority on permits) are ones I know well.",
        "Your questions about negotiating with the Harbour Port Authority matched what I do in "
        "my current job every week.",
        "Many of the issues you raised, like negotiating with the Harbour Port Authority over "
        "permits, are ones I handle in my current role.",
    ],
)
def test_a_party_of_the_writers_own_job_is_not_the_employer(sentence: str) -> None:
    assert _handler(sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Your questions about negotiating with the Harbour Port Authority matched what I hoped "
        "to do in this job.",
        "Many of the issues you raised, like negotiating with the Harbour Port Authority over "
        "permits, are ones I would love to take on.",
    ],
)
def test_a_party_dealt_with_in_the_job_hoped_for_is_left_by_the_gate(sentence: str) -> None:
    # NOTE: left by the cue-beside gate (_org_future.cued_firm): no word of the job, the hiring
    # or a wish stands beside the name, so the sentence-wide cue no longer makes it the firm
    # written to. On new blind letters that cue was wrong far more often than right.
    assert _handler(sentence) == []
