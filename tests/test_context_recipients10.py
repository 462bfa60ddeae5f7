"""wrong-recipient: a second signer whose title names a post, and a phone's localised quote."""

from __future__ import annotations

import pytest
from contexthelp import found

# --- "Name, Leitung X" under another signer: the post ("Leitung", head of) is a title -----


def _two_signers(second: str, title: str, cc: str) -> str:
    """Return a reply-all to a German rejection signed by Jana Roth and ``second``."""
    first, last = second.split()
    address = f"{first[0].lower()}.{last.lower()}@feldhof-frische.de"
    return (
        "From: Tom Weber <tom.weber@example.de>\n"
        "To: Jana Roth <j.roth@feldhof-frische.de>\n"
        f"Cc: {cc}\n"
        "Date: Wed, 15 Apr 2026 09:10:00 +0200\n"
        "Subject: AW: Ihre Bewerbung\n\n"
        "Dear Ms Roth,\n\nThank you both for letting me know. I would welcome any feedback.\n\n"
        "Best regards,\nTom Weber\n\n"
        "Von: Jana Roth <j.roth@feldhof-frische.de>\n"
        "Gesendet: Dienstag, 14. April 2026 15:02\n"
        "An: Tom Weber <tom.weber@example.de>\n"
        f"Cc: {second} <{address}>\n"
        "Betreff: Ihre Bewerbung\n\n"
        "Sehr geehrter Herr Weber,\n\nleider haben wir uns anders entschieden.\n\n"
        "Mit freundlichen Grüßen\n"
        "Jana Roth, Personalleitung\n"
        f"{second}, {title}\n"
        "Feldhof Frische GmbH\n"
    )


@pytest.mark.parametrize(
    ("second", "title"),
    [
        ("Lukas Brenner", "Leitung Lager"),
        ("Mia Kessler", "Teamleitung Einkauf"),
        ("Paul Anders", "Abteilungsleitung Qualität"),
    ],
)
def test_a_cosigner_titled_with_a_post_is_rightly_copied(second, title) -> None:
    first, last = second.split()
    cc = f"{second} <{first[0].lower()}.{last.lower()}@feldhof-frische.de>"
    assert found(_two_signers(second, title, cc), "wrong-recipient") == []


def test_someone_else_copied_beside_such_cosigners_is_still_flagged() -> None:
    reply = _two_signers("Lukas Brenner", "Leitung Lager", "Eva Stein <e.stein@feldhof-frische.de>")
    assert found(reply, "wrong-recipient") == ["e.stein@feldhof-frische.de"]


# --- a phone's quote header in its user's language ("Opprinnelig melding", "Dato:") -------


def _phone_reply(cc: str, original: str, labels: tuple[str, str, str, str]) -> str:
    """Return a reply from a phone whose quote header is written with ``labels``."""
    sender, date, to, subject = labels
    cc_line = f"Cc: {cc}\n" if cc else ""
    return (
        "From: Ola Berg <ola.berg@example.no>\n"
        "To: Kari Lund <kari.lund@nordfisk.no>\n"
        f"{cc_line}"
        "Date: Mon, 4 May 2026 10:05:00 +0200\n"
        "Subject: Re: Søknad\n\n"
        "Thank you for telling me, Kari. I hope we can stay in touch.\n\nOla\n\n"
        f"-------- {original} --------\n"
        f"{sender}: Kari Lund <kari.lund@nordfisk.no>\n"
        f"{date}: 04.05.2026 09:40 (GMT+02:00)\n"
        f"{to}: Ola Berg <ola.berg@example.no>\n"
        f"{subject}: Søknad\n\n"
        "Hei Ola,\nWe have chosen another candidate.\nVennlig hilsen\nKari Lund\n"
    )


_NORWEGIAN = ("Opprinnelig melding", ("Fra", "Dato", "Til", "Emne"))
_DANISH = ("Oprindelig meddelelse", ("Fra", "Dato", "Til", "Emne"))


@pytest.mark.parametrize(("original", "labels"), [_NORWEGIAN, _DANISH])
def test_a_shared_mailbox_copied_under_a_localised_phone_quote_is_flagged(original, labels):
    reply = _phone_reply("post@nordfisk.no", original, labels)
    assert found(reply, "wrong-recipient") == ["post@nordfisk.no"]


@pytest.mark.parametrize(("original", "labels"), [_NORWEGIAN, _DANISH])
def test_a_reply_to_the_signer_alone_under_such_a_quote_is_fine(original, labels) -> None:
    assert found(_phone_reply("", original, labels), "wrong-recipient") == []
