"""late-reply and wrong-recipient read a rejection quoted under Swahili Outlook's header
block ("Kutoka:", "Imetumwa:", "Kwa:", "Mada:"), as context152's missed late reply showed."""

from __future__ import annotations

from contexthelp import found


def _swahili_mail(sent: str, greeting: str = "Dear Wanjiru,") -> str:
    """Return an .eml reply sent at ``sent`` above a Swahili Outlook header block."""
    return (
        "From: Otieno Ouma <otieno@example.co.ke>\nTo: Wanjiru Kamau <w.kamau@pwani.example>\n"
        f"Subject: RE: Application\nDate: {sent}\n\n{greeting}\n\nThank you for the "
        "interview and for your time. Congratulations to the person you chose; I would "
        "welcome any feedback, and I hope we stay in touch.\n\nBest regards,\nOtieno Ouma\n\n"
        "Kutoka: Wanjiru Kamau <w.kamau@pwani.example>\n"
        "Imetumwa: Jumanne, 10 Machi 2026 09:30\n"
        "Kwa: Otieno Ouma <otieno@example.co.ke>\nMada: Application\n\n"
        "Dear Otieno,\n\nWe have decided to go with another candidate.\n\nWanjiru Kamau\n"
        "Pwani Freight Ltd\n"
    )


def test_a_late_reply_above_a_swahili_outlook_block_is_flagged() -> None:
    assert found(_swahili_mail("Wed, 11 Mar 2026 10:15:00 +0000"), "late-reply") != []


def test_a_prompt_reply_above_a_swahili_outlook_block_is_not_flagged() -> None:
    assert found(_swahili_mail("Tue, 10 Mar 2026 18:00:00 +0000"), "late-reply") == []


def test_the_signer_of_a_swahili_outlook_block_is_known() -> None:
    mail = _swahili_mail("Tue, 10 Mar 2026 18:00:00 +0000", greeting="Dear Wanjiro,")
    assert found(mail, "wrong-recipient") != []
    assert found(_swahili_mail("Tue, 10 Mar 2026 18:00:00 +0000"), "wrong-recipient") == []
