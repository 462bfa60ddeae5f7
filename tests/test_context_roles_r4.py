"""wrong-company: the reader's place, the reader's project and a job wished for, by their roles.

Where the reader spent time with the writer is the employer's place; pieces of work made
for a name and turned down by the reader were made for the reader; a wish to a department
"at X" goes to X; and a glad "would" before freelancing for a name is the job at it. The
writer's own past, clients, old department and present freelancing are not pasted names.
"""

from __future__ import annotations

import pytest
from contexthelp import company_reply, flagged


def _reply(sentence: str, company: str = "Tidewell Utilities") -> str:
    """Return a reply to a rejection from ``company`` with ``sentence`` in its body."""
    domain = "".join(company.lower().split()[:1]) + ".co.uk"
    return company_reply(sentence, company, "Priya Nandakumar", f"priya@{domain}", "Tom Abbott")


def test_where_the_reader_spent_time_with_the_writer() -> None:
    """ "the time you and the manager spent with me at X" names the place of the interview."""
    sentence = "I valued the hour you and the manager spent with me at Corrib Analytics on Monday."
    assert flagged(_reply(sentence)) == ["Corrib Analytics"]


def test_time_the_writer_spent_at_a_firm_is_their_own() -> None:
    """ "the time I spent at X last year" is the writer's past, not the employer's place."""
    sentence = "I learned a great deal in the time I spent at Corrib Analytics last year."
    assert flagged(_reply(sentence)) == []


def test_pieces_made_for_a_name_the_reader_turned_down() -> None:
    """Sketches for X that the reader turned down in the same sentence were made for X."""
    sentence = (
        "Two rounds of roughs for Foxglove Creative, and the answer is you've gone another way."
    )
    found = flagged(_reply(sentence, company="Harrow Street Kitchen"))
    assert found == ["Foxglove Creative"]


@pytest.mark.parametrize(
    "sentence",
    [
        "The roughs for my client Foxglove Creative were in my portfolio, and you've gone "
        "another way.",
        "My roughs for Foxglove Creative were in the portfolio, and you've gone another way.",
        "I enclosed the roughs for Foxglove Creative in my portfolio last spring.",
    ],
)
def test_pieces_for_the_writers_client_are_not_flagged(sentence: str) -> None:
    """Work owned by the writer, or for a client without the reader's refusal, is no pasted name."""
    assert flagged(_reply(sentence, company="Harrow Street Kitchen")) == []


def test_wish_to_a_department_at_a_university_named_by_its_town() -> None:
    """ "I wish the School of Engineering at X every success" wishes X well: the one written to."""
    sentence = "I wish the School of Engineering at Tartu every success with the new appointment."
    assert flagged(_reply(sentence, company="Aberdale University")) == ["Tartu"]


def test_wish_to_the_writers_old_department_is_their_own() -> None:
    """ "I wish my old department at X well" is the writer's own workplace."""
    sentence = "I wish my old department at Tartu well."
    assert flagged(_reply(sentence, company="Aberdale University")) == []


def test_glad_to_freelance_for_a_name_in_the_future() -> None:
    """ "I would be glad to freelance for X in the future" is the job at X, wished for."""
    sentence = "I would be glad to freelance for Transvera in the future, whenever there is work."
    assert flagged(_reply(sentence, company="Wordsmith Localisation")) == ["Transvera"]


def test_freelancing_for_a_name_now_is_the_writers_client() -> None:
    """ "I freelance for X already" is the writer's own client, not the job applied for."""
    sentence = "I freelance for Transvera already, so I know the style guides well."
    assert flagged(_reply(sentence, company="Wordsmith Localisation")) == []


def test_town_where_the_reader_met_the_writer_is_a_site() -> None:
    """ "you met with me at Leeds": one plain word where the reader met the writer is a site."""
    sentence = "Thank you for the hour you spent with me at Leeds last week."
    assert flagged(_reply(sentence)) == []
