"""wrong-company: three slots that name the employer written to, far from the job's words.

Since a job's word must stand beside a firm-like name for the sentence-wide cue to count,
these slots read it again: the second of two names joined by "and" has the first's role
("I wish X and Y a safe year"); a firm's own pages the writer read ("X's website") are the
firm applied to, as its ways are; and a name whose own words make it a firm, before its
sites' noun ("the X Care Trust clinics"), is no town the sites stand in.
"""

from __future__ import annotations

import pytest
from contexthelp import replier

_freight = replier("Larchmont Logistics Ltd", "Ruth Okafor", "ruth.okafor@larchmont.example",
                   "Dev Patel")  # fmt: skip
_housing = replier("Oakridge Housing Association", "Ian Moss", "ian.moss@oakridge.example",
                   "Lena Fischer")  # fmt: skip


# --- the second of two names joined by "and" ---------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "I wish Larchmont Logistics and Fenwick Cargo Services a safe season.",
        "Best wishes to Larchmont Logistics and Fenwick Cargo Services for the winter.",
    ],
)
def test_a_name_joined_to_the_one_wished_well_is_flagged(sentence: str) -> None:
    assert _freight(sentence) == ["Fenwick Cargo Services"]


@pytest.mark.parametrize(
    "sentence",
    [
        "I wish Larchmont Logistics and Larchmont Cargo Services a safe season.",
        "I wish you a safe season, and I read that Fenwick Cargo Services and Harlan Freight "
        "Ltd merged.",
        # no wish sent to both: partners of the reader's, joined by "and"
        "It was good to hear how your drivers are working with Harlan and Fenwick Cargo Ltd on "
        "the new rules.",
    ],
)
def test_a_sister_or_a_name_in_another_clause_is_not(sentence: str) -> None:
    assert _freight(sentence) == []


# --- a firm's own pages read ------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Your values stayed with me after I read the Penhallow Trust's website, which is why I "
        "applied.",
        "Your work moved me ever since I found the Penhallow Trust's site, so I applied.",
    ],
)
def test_a_firms_own_pages_read_name_it(sentence: str) -> None:
    assert _housing(sentence) == ["Penhallow Trust"]


@pytest.mark.parametrize(
    "sentence",
    [
        "I hope the Penhallow Trust's touring exhibition comes your way this year.",
        "Your tenants will like the Penhallow Trust's new garden scheme, I am sure.",
    ],
)
def test_a_thing_a_partner_runs_is_not(sentence: str) -> None:
    assert _housing(sentence) == []


# --- a firm's own sites -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("The chance to run the rotas for the Kilifi Care Trust clinics was what drew me to "
         "this role.", "Kilifi Care Trust"),
        ("The chance to plan repairs for the Penhallow Homes Ltd estates was what I wanted.",
         "Penhallow Homes Ltd"),
    ],
)  # fmt: skip
def test_a_firm_before_its_sites_is_flagged(sentence: str, name: str) -> None:
    assert _housing(sentence) == [name]


@pytest.mark.parametrize(
    "sentence",
    [
        "The chance to run the rotas for the Kilifi and Malindi clinics was what drew me to "
        "this role.",
        "The chance to plan repairs for the Penhallow and Bodmin estates was what I wanted.",
    ],
)
def test_the_towns_of_sites_are_not(sentence: str) -> None:
    assert _housing(sentence) == []
