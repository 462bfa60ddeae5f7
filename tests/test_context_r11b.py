"""wrong-company in replies to public bodies, clubs and festivals (blind set context44).

A nationality's adjective is no firm's name ("my Portuguese-to-English test"); a body of
the employer's own kind pasted from another application is ("the Dutch Consulate" in a
reply to another country's consulate).
"""

from __future__ import annotations

import pytest
from contexthelp import company_reply, flagged


def _reply(sentence: str, company: str = "Harrowgate Freight") -> str:
    """Return a reply to a rejection from ``company`` with ``sentence`` in its body."""
    domain = "".join(company.lower().split()[:1]) + ".com"
    return company_reply(sentence, company, "Leila Haddad", f"leila@{domain}", "Owen Price")


@pytest.mark.parametrize(
    ("sentence", "company"),
    [
        ("Could you tell me whether my Mexican driving licence was a problem for the role?",
         "Consulate General of Mexico"),
        ("I hope my Italian-to-English test helped with the role.", "Embassy of Italy"),
    ],
)  # fmt: skip
def test_nationality_adjective_of_the_employers_country_is_no_firm(
    sentence: str, company: str
) -> None:
    """The adjective of the country an embassy serves is no kin of the employer's name."""
    assert flagged(_reply(sentence, company)) == []


def test_pasted_body_beside_a_nationality_adjective_is_still_flagged() -> None:
    """A pasted firm in the same sentence as a nationality's adjective is still found."""
    sentence = "I hope my Italian-to-English test showed why I wanted to join Kestrel Shipping."
    found = flagged(_reply(sentence, "Embassy of Italy"))
    assert len(found) == 1 and "Kestrel Shipping" in found[0]
