"""wrong-company: names in passing in sentences about the job, as the blind sets context166-169 have them.

Three readings, each on new wordings with its flagged twin: the reader's "you" past a thing a
firm's name qualifies ("the X mortgage evening you run"), which ties the reader to the
thing, not to the name; a name of the employer's shape qualifying a thing, with no word of
the job beside it ("a X warranty claim", "X hire-purchase": the first piece of a hyphened
word is no word of the job); and the writer's own sales told as a deed done there ("I sold
... at X").
"""

from __future__ import annotations

import pytest
from contexthelp import replier

_agency = replier("Larkspur Lettings", "Dana Price", "dana.price@larkspur.example", "Sam Lee")
_thai_dealer = replier("Lanna Hills Auto Sales Co., Ltd.", "Dana Price",
                       "dana.price@lannahills.example", "Sam Lee")  # fmt: skip
_us_dealer = replier("Halvorsen Chevrolet Buick", "Dana Price", "dana.price@halvorsen.example",
                     "Sam Lee")  # fmt: skip


# --- the reader's "you" past a thing the name qualifies -------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "I liked the Hallbrook Bank mortgage evening you run for first-time buyers.",
        "I enjoyed going through the Norvale Energy forecast with you last week.",
    ],
)
def test_the_reader_past_a_thing_the_name_qualifies_is_no_cue(sentence: str) -> None:
    assert _agency(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("I liked the Hallbrook Bank team you run.", "Hallbrook Bank"),
        ("I enjoyed going through the forecast with you at Norvale Energy last week.",
         "Norvale Energy"),
    ],
)  # fmt: skip
def test_the_reader_beside_the_name_or_its_unit_still_cues(sentence: str, name: str) -> None:
    assert _agency(sentence) == [name]


# --- a name of the employer's shape qualifying a thing --------------------------------------


def test_a_rival_shaped_name_before_a_hyphened_thing_is_named_in_passing() -> None:
    sentence = "Maybe my knowledge about Chaiyo Auto hire-purchase was weak, I want to improve."
    assert _thai_dealer(sentence) == []


def test_a_rival_shaped_name_before_its_team_is_still_flagged() -> None:
    assert _thai_dealer("Maybe my knowledge about the Chaiyo Auto team was weak.") == [
        "Chaiyo Auto"
    ]


def test_a_rival_shaped_name_qualifying_a_claim_is_named_in_passing() -> None:
    sentence = ("The road test told you little about how I would handle a Lakeside Chevrolet "
                "warranty claim.")  # fmt: skip
    assert _us_dealer(sentence) == []


def test_a_rival_shaped_name_where_the_work_would_be_is_still_flagged() -> None:
    sentence = ("The road test told you little about how I would handle a warranty claim at "
                "Lakeside Chevrolet.")  # fmt: skip
    assert _us_dealer(sentence) == ["Lakeside Chevrolet"]


def test_a_rival_shaped_name_before_a_verb_is_no_thing_qualified() -> None:
    sentence = "Thank you for the time the managers at Lakeside Chevrolet spent with me."
    assert _us_dealer(sentence) == ["Lakeside Chevrolet"]


# --- the writer's own sales told as a deed done there ---------------------------------------


def test_sales_the_writer_made_at_a_dealer_are_their_own_past() -> None:
    sentence = "I sold more trucks at Lakeside Chevrolet last year than half your floor."
    assert _us_dealer(sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "I would love to sell trucks at Lakeside Chevrolet.",
        "I enjoyed the interview at Lakeside Chevrolet.",
    ],
)
def test_selling_wished_at_a_dealer_is_still_flagged(sentence: str) -> None:
    assert _us_dealer(sentence) == ["Lakeside Chevrolet"]
