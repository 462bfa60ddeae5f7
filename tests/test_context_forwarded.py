"""A forwarded message under a sign-off: its header lines are no company of the signer's."""

from __future__ import annotations

from pathlib import Path

import pytest
from replylint.custom import _employer
from replylint.sources import quote, read

_HERE = Path(__file__).parent


def _quoted(body: str, sender: str) -> str:
    """Return a reply above ``body``, quoted Gmail's way under ``sender``'s attribution."""
    lines = "\n".join(f"> {line}" if line else ">" for line in body.splitlines())
    return (f"Thank you for passing this on.\n\nBest,\nLena\n\n"
            f"On Tue, 3 Mar 2026 at 10:12, {sender} wrote:\n{lines}\n")  # fmt: skip


def _company(body: str, sender: str) -> str | None:
    text = _quoted(body, sender)
    return quote.find(text, 0, len(text)).context.company


def test_the_forwarded_header_under_an_administrators_signature_is_no_company() -> None:
    path = _HERE / "context52" / "phd-studentship-forwarded-by-admin.eml"
    letter = read(str(path), path.read_bytes(), ".eml")
    # the administrator's own title line names her department: that stays the employer
    assert _employer.company(letter) == "Department of Ecology & Evolutionary Biology"
    assert {p.name for p in letter.context.signers} == {"Grace Liu", "Ewa Nowak"}


# Each client's forward below a signature that names no company: the header lines under
# the separator ("Sent: Monday, March 2", "Datum: Mo., 2. März") are no company
_FORWARDS = {
    "outlook": (
        "Hi Lena,\n\nPlease see Tom's note below.\n\nKind regards,\nPriya Nair\n"
        "Talent Partner\n\n-----Original Message-----\nFrom: Tom Hale\n"
        "Sent: Monday, March 2, 2026 9:14 AM\nTo: Priya Nair\n"
        "Subject: Lena - interview outcome\n\nPriya, please let Lena know we went with "
        "another candidate.\n\nTom"
    ),
    "apple": (
        "Hi Lena,\n\nForwarding the panel's decision.\n\nBest wishes,\nPriya Nair\n"
        "Recruitment Coordinator\n\nBegin forwarded message:\n\nFrom: Tom Hale\n"
        "Subject: Interview outcome\nDate: 2 March 2026 at 09:14:22 GMT\nTo: Priya Nair\n\n"
        "We have chosen another candidate for the role.\n\nTom"
    ),
    "german": (
        "Hallo Lena,\n\nanbei die Entscheidung von Frau Bauer.\n\nMit freundlichen Grüßen\n"
        "Jörg Albers\nPersonalreferent\n\n---------- Weitergeleitete Nachricht ---------\n"
        "Von: Katrin Bauer\nDatum: Mo., 2. März 2026 um 09:14 Uhr\n"
        "Betreff: Bewerbung Lena - Absage\nAn: Jörg Albers\n\n"
        "Wir haben uns für eine andere Bewerberin entschieden.\n\nKatrin Bauer"
    ),
    "french": (
        "Bonjour Lena,\n\nVoici la réponse de Mme Vidal.\n\nCordialement,\nÉlise Marchand\n"
        "Chargée de recrutement\n\n-------- Message transféré --------\n"
        "Sujet : Candidature - réponse\nDate : lun. 2 mars 2026 09:14\n"
        "De : Aurore Vidal\nPour : Élise Marchand\n\n"
        "Nous avons retenu une autre candidature.\n\nAurore Vidal"
    ),
}  # fmt: skip


@pytest.mark.parametrize("client", sorted(_FORWARDS))
def test_a_forwarded_block_ends_the_signature(client: str) -> None:
    assert _company(_FORWARDS[client], "Priya Nair <priya@example.org>") is None


def test_header_shaped_lines_without_a_separator_are_no_company() -> None:
    body = ("Hi Lena,\n\nSee below.\n\nRegards,\nPriya Nair\nTalent Partner\n"
            "Envoyé : lundi 2 mars 2026 09:14\nObjet : Candidature")  # fmt: skip
    assert _company(body, "Priya Nair <priya@example.org>") is None


def test_a_company_line_above_the_forward_is_still_the_company() -> None:
    body = _FORWARDS["outlook"].replace("Talent Partner\n", "Talent Partner\nHalden Robotics\n")
    assert _company(body, "Priya Nair <priya@example.org>") == "Halden Robotics"
    body = _FORWARDS["german"].replace(
        "Personalreferent\n", "Personalreferent\nKranwerk Nord GmbH\n"
    )
    assert _company(body, "Jörg Albers <j.albers@example.de>") == "Kranwerk Nord GmbH"


@pytest.mark.parametrize("client", ["apple", "german"])
def test_the_sender_of_a_forwarded_decision_is_a_signer_in_any_language(client: str) -> None:
    body = _FORWARDS[client].replace("Tom Hale", "Tom Hale <tom@example.org>")
    body = body.replace("Von: Katrin Bauer", "Von: Katrin Bauer <k.bauer@example.de>")
    text = _quoted(body, "Priya Nair <priya@example.org>")
    names = [p.name for p in quote.find(text, 0, len(text)).context.signers]
    assert names[0] == "Priya Nair" and names[-1] in {"Tom Hale", "Katrin Bauer"}
