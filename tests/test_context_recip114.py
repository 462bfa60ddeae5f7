"""wrong-recipient: greetings of the right signer the code did not read.

Cases from the blind sets tests/context115 and context116, each with new greetings: an
Indonesian "Mbak" before a given name (as "Ibu" and "Bapak"); a Portuguese pet form ("Bia"
for Beatriz, "Zé" for José); two signers greeted each with a greeting word of their own
("Estimada Sra. X y estimado Sr. Y:", "Liebe Anna und lieber Jonas,"); and a signer greeted
with a firm's name after "of" ("Dear Ms X of Other Firm,", which wrong-company checks). A
misspelt, other or non-signing person greeted so stays flagged.
"""

from __future__ import annotations

import pytest
from contexthelp import found
from test_context_recip108 import _letter


def _reply(greeting: str, *signers: str) -> list[str]:
    """Return the wrong-recipient findings of a reply greeting ``greeting`` to ``signers``."""
    people = ", ".join(f"{s} <{s.split()[-1].lower()}@firm.example>" for s in signers)
    reply = (
        f"---\nto: [{people}]\nrejection:\n  from: [{people}]\n  company: Firm\n---\n"
        f"{greeting}\n\nThank you for letting me know.\n\nKind regards,\nRina Maharani\n"
    )
    return found(reply, "wrong-recipient", "reply.md")


@pytest.mark.parametrize(
    "path",
    [
        "context115/marketplace-cdmx-two-signers-perfect.eml",
        "context115/noreply-address-warm-reply-jakarta.md",
        "context115/saas-sao-paulo-portuguese-client-competitor-in-wish.eml",
        "context116/coastal-cruise-greeting-wrong-company-late.md",
    ],
)
def test_the_letters_no_longer_flag_the_greeting(path) -> None:
    assert not any(f.startswith(("Dear", "Estimada", "Oi")) for f in _letter(path))


def test_the_noreply_address_stays_flagged() -> None:
    assert _letter("context115/noreply-address-warm-reply-jakarta.md") == ["noreply@bumbu.id"]


@pytest.mark.parametrize(
    ("greeting", "signers"),
    [
        ("Dear Mbak Wulan,", ("Wulan Pratiwi",)),
        ("Halo Mbak Dewi,", ("Dewi Lestari",)),
        ("Oi Bia,", ("Beatriz Monteiro",)),
        ("Olá Zé,", ("José Carvalho",)),
        ("Oi Chico,", ("Francisco Tavares",)),
        ("Estimado Sr. Pineda y estimada Sra. Quiroga:", ("Tomás Pineda", "Lucía Quiroga")),
        ("Liebe Anna und lieber Jonas,", ("Anna Weber", "Jonas Roth")),
        ("Dear Ms Okafor and dear Mr Lindgren,", ("Adaeze Okafor", "Erik Lindgren")),
        ("Dear Mr Castellanos of Verdemar Hotels,", ("Rafael Castellanos",)),
        ("Hi Priyanka of Zentro Labs,", ("Priyanka Rao",)),
    ],
)
def test_the_signer_greeted_so_is_right(greeting, signers) -> None:
    assert _reply(greeting, *signers) == []


@pytest.mark.parametrize(
    ("greeting", "signers"),
    [
        ("Dear Mbak Wulna,", ("Wulan Pratiwi",)),  # misspelt
        ("Dear Mbak Ratna,", ("Wulan Pratiwi",)),  # someone else
        ("Oi Bia,", ("Fernanda Monteiro",)),  # no Beatriz signed
        ("Olá Zé,", ("Joaquim Carvalho",)),
        ("Estimado Sr. Pineda y estimada Sra. Morales:", ("Tomás Pineda", "Lucía Quiroga")),
        ("Liebe Anna und lieber Markus,", ("Anna Weber", "Jonas Roth")),
        ("Dear Ms Okafor and dear Mr Lindgreen,", ("Adaeze Okafor", "Erik Lindgren")),
        ("Dear Mr Castellano of Verdemar Hotels,", ("Rafael Castellanos",)),
        ("Dear Ms Herrera of Verdemar Hotels,", ("Rafael Castellanos",)),
        ("Dear Head of Talent,", ("Rafael Castellanos",)),
        ("Hi Priyanka of Zentro Labs and Sunil,", ("Priyanka Rao",)),
    ],
)
def test_a_misspelt_or_other_person_stays_flagged(greeting, signers) -> None:
    assert _reply(greeting, *signers) != []
