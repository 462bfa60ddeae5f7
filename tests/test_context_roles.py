"""wrong-company by the role a name plays in its sentence, and the roles that are not the employer's.

A pasted name is the writer's first choice, the firm they thought of first, where their
experience would count, a home hoped for, or the one making a mistake in turning them
down; a former name of the employer, its parent group, its own department, a party that
worked with the reader, and the writer's past after a lead-in are not pasted names.
"""

from __future__ import annotations

import pytest
from contexthelp import company_reply, flagged


def _reply(sentence: str, company: str = "Tidewell Utilities") -> str:
    """Return a reply to a rejection from ``company`` with ``sentence`` in its body."""
    domain = "".join(company.lower().split()[:1]) + ".co.uk"
    return company_reply(sentence, company, "Priya Nandakumar", f"priya@{domain}", "Tom Abbott")


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Harbourline Logistics was my top choice.", "Harbourline"),
        ("Larkspur Analytics was the first name I thought of.", "Larkspur"),
        ("Brookfield Energy is where I belong.", "Brookfield"),
        ("I truly think Brookfield Energy is where my skills would count most.", "Brookfield"),
        ("Frankly, Quayside Books is making a big mistake.", "Quayside"),
    ],
)
def test_role_of_the_employer_flags_another_name(sentence: str, name: str) -> None:
    """A name in the employer's role in a rejection reply is a pasted name."""
    found = flagged(_reply(sentence))
    assert len(found) == 1 and name in found[0]


def test_home_hoped_for_is_the_school_written_to() -> None:
    """ "to make X my home", in a reply to another college, names a pasted school.

    The writer's teaching past earlier in the sentence does not make X their own; having
    made X their home ("I made X my home for ten years") does.
    """
    college = "Oakfield Community College"
    sentence = (
        "Since my PhD I have taught at two colleges, and I hoped to make Fernhill College my home."
    )
    assert flagged(_reply(sentence, company=college)) == ["Fernhill College"]
    past = "I made Fernhill College my home for ten years before moving on."
    assert flagged(_reply(past, company=college)) == []


def test_short_form_of_a_pasted_name_before_its_team() -> None:
    """A full pasted name claims its short form: "the Larkspur team" is that firm's people."""
    sentence = (
        "Larkspur Analytics was the first firm I thought of when I left the army. "
        "Please give my regards to the Larkspur team."
    )
    found = flagged(_reply(sentence))
    assert len(found) == 2 and all("Larkspur" in f for f in found)


@pytest.mark.parametrize(
    "sentence",
    [
        "Harbourline Logistics was my first employer, and I learned a great deal there.",
        "Larkspur Analytics was the first company I worked for.",
        "Brookfield Energy is where I trained as an apprentice.",
        "I made Fernhill College my home for ten years before moving on.",
    ],
)
def test_writers_past_plays_no_employer_role(sentence: str) -> None:
    """The writer's past in the same shapes is not the organisation written to."""
    assert flagged(_reply(sentence)) == []


@pytest.mark.parametrize(
    "sentence",
    [
        # a former name of the employer, remembered
        "I remember when Tidewell was still Norbury Water Services and my aunt read meters "
        "for you.",
        # the employer's own department, named in ordinary words
        "I'd love to be considered for future roles in the Customer Support Services team.",
        # the writer's past after a lead-in closed by a colon
        "For background: at Pinecrest Consulting I ran the rollout for our client Marlow "
        "Foods, so I was excited about your role.",
        # the body the employer belongs to
        "It's exciting that Tidewell is growing within the wider Halden Group, and I'd love "
        "to join you.",
        # a party that acted together with the reader
        "I first saw you at the Bristol expo, when your team and Kestrel Labs ran a joint "
        "workshop.",
    ],
)
def test_other_roles_are_not_pasted_names(sentence: str) -> None:
    """Names beside, above, before or inside the employer are not flagged."""
    assert flagged(_reply(sentence)) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "I'm grateful to you and the Kestrel Labs team for your time.",
        "I'd love to be part of the Kestrel Labs team.",
        "Please pass my regards to the Kestrel Labs team.",
    ],
)
def test_reader_and_joining_still_flag_a_pasted_name(sentence: str) -> None:
    """Thanks to "you and X", joining X, regards to X's team: X is the one written to."""
    assert flagged(_reply(sentence)) == ["Kestrel Labs"]
