"""wrong-company: pride in a job imagined, a salon's name, and regret for a job lost.

"I'd have been proud to represent X" and "shame about X" aim the job at X; a name ending in
"Salon" is a shop, not an event; and in an all-lower-case phone reply a word that is no
English word, after such regret, is a name.
"""

from __future__ import annotations

import pytest
from contexthelp import company_reply, flagged, found

#: A reply to a hair studio, to carry each sentence.
_STUDIO = ("Hollin Hair Studio", "Marta Hollin", "marta@hollinhair.co.uk", "Priya Shah")
#: A reply to a chain of salons with branches named by their towns.
_CHAIN = ("Mane Street Hair", "Jo Platt", "jo@manestreet.co.uk", "Priya Shah")


@pytest.mark.parametrize(
    "sentence",
    [
        "I would have been proud to represent Kettle Lane Hairdressing at the regional finals.",
        "I'd be honoured to represent Kettle Lane Hairdressing.",
        "I'd have been privileged to represent Kettle Lane Hairdressing.",
    ],
)
def test_pride_in_a_job_imagined_aims_it_at_the_name(sentence: str) -> None:
    assert flagged(company_reply(sentence, *_STUDIO)) == ["Kettle Lane Hairdressing"]


@pytest.mark.parametrize(
    "sentence",
    [
        "I hope our paths cross again at Velvet Comb Salon.",
        "I hope to see you again at Bella Salon.",
    ],
)
def test_a_shop_named_salon_where_the_writer_would_meet_again_is_flagged(sentence: str) -> None:
    name = sentence.split(" at ")[-1].rstrip(".")
    assert flagged(company_reply(sentence, *_STUDIO)) == [name]


@pytest.mark.parametrize(
    "sentence",
    [
        "I was proud to represent Harbour City FC for six years.",
        "I'm proud to have represented Harbour City FC as a junior.",
        # an event of the trade, and a salon the writer trained at: no job there
        "Our paths crossed at the Northern Hair Expo last spring, and I hope they cross again.",
        "Our paths crossed at Velvet Comb Salon when I trained there.",
    ],
)
def test_the_writers_own_past_names_no_employer(sentence: str) -> None:
    assert flagged(company_reply(sentence, *_STUDIO)) == []


def test_a_branch_named_by_its_town_is_the_employers_own() -> None:
    sentence = "I hope our paths cross again at the Didsbury Salon."
    assert flagged(company_reply(sentence, *_CHAIN)) == []


def _phone_reply(body: str) -> str:
    """Return a phone's reply ``body`` to a courier's rejection, quoted below it."""
    address = "darren@fastlanecouriers.co.uk"
    return (
        f"From: Jordan Pike <jpike@gmail.com>\nTo: Darren Boateng <{address}>\n"
        "Date: Fri, 6 Mar 2026 12:31:00 +0000\nSubject: Re: Driver\n\n"
        f"{body}\n\nSent from my iPhone\n\n"
        f"> On 6 Mar 2026, at 11:58, Darren Boateng <{address}> wrote:\n>\n"
        "> Hi Jordan, we've filled the position. Cheers, Darren - Fast Lane Couriers\n"
    )


_TAIL = ", would of liked it. let me know if anything else comes up"


def test_regret_about_a_firm_in_a_lower_case_phone_reply_is_flagged() -> None:
    reply = _phone_reply("ok cheers. shame about quickroute" + _TAIL)
    assert found(reply, "wrong-company") == ["quickroute"]


def test_regret_about_a_firm_capitalised_is_flagged() -> None:
    reply = _phone_reply("Ok cheers. Gutted about Quickroute" + _TAIL)
    assert found(reply, "wrong-company") == ["Quickroute"]


@pytest.mark.parametrize(
    "word",
    [
        "fastlane",  # the employer's own name, run together as its domain has it
        "timing",  # an English word
        "tomorow",  # a typo of one
    ],
)
def test_regret_about_no_other_firm_is_left_alone(word: str) -> None:
    reply = _phone_reply(f"ok cheers. shame about {word}" + _TAIL)
    assert found(reply, "wrong-company") == []


def test_a_phones_own_line_is_none_of_the_writers_capitals() -> None:
    body = "ok cheers. would of loved a job at quickroute, let me know if anything else comes up"
    assert found(_phone_reply(body), "wrong-company") == ["quickroute"]
