"""wrong-company reads names pasted where the writer speaks of the employer (context71-72).

A writer who says they are a loyal customer of a firm ("greetings from a long-time X
customer") speaks of the reader's own firm: another's name there is the pasted one.
"""

from __future__ import annotations

import pytest
from contexthelp import company_reply, flagged


def _reply(sentence: str) -> str:
    """Return a reply with ``sentence`` to a rejection from a bakery group."""
    return company_reply(
        sentence, "Golden Crust Bakeries", "Ines Moreau", "ines@goldencrust.example", "Tom Reyes"
    )


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Greetings from a long-time Brioche Lane customer!", "Brioche Lane"),
        ("As a loyal Maple Oven shopper, I was thrilled to be interviewed.", "Maple Oven"),
        ("I've been a regular Hearthstone Bakes customer since school.", "Hearthstone Bakes"),
    ],
)
def test_loyal_customer_of_another_firm(sentence: str, name: str) -> None:
    """The firm the writer says they have long been a customer of is the one written to."""
    assert flagged(_reply(sentence)) == [name]


@pytest.mark.parametrize(
    "sentence",
    [
        "Greetings from a long-time Golden Crust customer!",
        "I was a regular Brioche Lane customer until it closed.",
        "My mother has been a loyal Maple Oven customer for years.",
    ],
)
def test_loyal_customer_not_pasted(sentence: str) -> None:
    """The employer's own name, or a custom told as past or as another's, is no paste."""
    assert flagged(_reply(sentence)) == []
