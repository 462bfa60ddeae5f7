"""wrong-company: a firm said to be the reader's party, a town's office, a firm asked to remember.

Sentences tried as a user: a name said to be the reader's client or partner ("X is your
biggest client"), or relying on the reader's team ("why X relies on your team"), is another
party of the employer's; a town's name in its own letters before "team" ("the Zürich team")
is the employer's office there, as its English spelling is; and a firm asked to keep the
writer in mind ("I hope X keeps me in mind") is the one written to.
"""

from __future__ import annotations

import pytest
from contexthelp import replier

_TO_FIBRE = replier("Kestrel Fibre Systems Ltd", "Ines Duarte", "ines.duarte@kestrel.example",
                    "Rowan Hale")  # fmt: skip
_TO_ENERGY = replier("Solvik Kraft AS", "Ines Duarte", "ines.duarte@solvik.example", "Rowan Hale")


@pytest.mark.parametrize(
    "sentence",
    [
        # the reader's client, partner or funder, said so
        "I gather Orlan Telecom is your largest client, and the post would have put me on it.",
        "I know Tessaro Logistics has been one of your oldest partners in the role's region.",
        "I read that Varden Grid Holdings is your main funder, so the role must be busy.",
        # relying on the reader's team
        "I understand why Caldmoor Utilities depends on your team, and I'd love to join you.",
        "It is clear Ostwick Rail has always relied on you for the signalling work in the role.",
    ],
)
def test_a_party_of_the_readers_is_not_flagged(sentence: str) -> None:
    assert _TO_FIBRE(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        # the name owns the clients, or rewards the reader's team: the employer
        ("I gather Orlan Telecom values your largest clients, and the post would have suited me.",
         "Orlan Telecom"),
        ("I understand why Caldmoor Utilities rewards your team so well, and I'd love to join you.",
         "Caldmoor Utilities"),
        # asked to keep the writer in mind
        ("I still hope Orlan Telecom keeps me in mind.", "Orlan Telecom"),
        ("I do hope Tessaro Logistics will keep me in mind.", "Tessaro Logistics"),
    ],
)  # fmt: skip
def test_the_firm_written_to_is_flagged(sentence: str, name: str) -> None:
    assert _TO_FIBRE(sentence) == [name]


@pytest.mark.parametrize("town", ["Zürich", "Wrocław", "Göteborg", "Lisbon"])
def test_a_towns_team_in_its_own_letters_is_not_flagged(town: str) -> None:
    assert _TO_ENERGY(f"I would be glad to join the {town} team one day.") == []


def test_a_coined_name_with_accents_before_team_is_flagged() -> None:
    # no English word without its accents: a firm's coined name, its team named once
    assert _TO_ENERGY("I would be glad to join the Vëlbrun team one day.") == ["Vëlbrun"]
