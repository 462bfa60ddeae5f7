"""wrong-recipient: two readings left on the blind sets (context117/118).

A closing in two languages joined by a slash ("Med vänliga hälsningar / Best regards") opens
the sign-off, so the person who signed under it is found and an unmonitored no-reply
mailbox the reply goes to is the wrong recipient, not the greeting to that person; and a
signer named in Hangul with the Latin-letter name in brackets and a job title after it
("이수진 (Lee Soo-jin), Professor") is greeted by that name ("Dear Prof. Lee").
"""

from __future__ import annotations

from pathlib import Path

import pytest
from contexthelp import found
from replylint import lint_text

_HERE = Path(__file__).parent


def _letter(name: str) -> list[str]:
    """Return the wrong-recipient findings of a labeled letter under tests/."""
    path = _HERE / name
    return found(path.read_text(encoding="utf-8"), "wrong-recipient", path.name)


def test_the_labeled_letters() -> None:
    assert _letter("context117/launch-kiruna-qp-outlook-reply-to-noreply.eml") == [
        "noreply@polarisorbital.se"
    ]
    assert _letter("context118/kr-lab-manager-samsung-mobile-two-signers-terse-clean.eml") == []


# --- a closing in two languages -------------------------------------------------------------


def _outlook_reply(to: str, closing: str) -> str:
    """Return a reply to ``to`` greeting Sanna, over a rejection Sanna signed under ``closing``."""
    return (
        f"From: Tomas Berg <tomas.berg@example.org>\nTo: {to}\n"
        "Subject: RE: Test Technician\nDate: Thu, 5 Mar 2026 09:00:00 +0100\n"
        'Content-Type: text/plain; charset="utf-8"\n\n'
        "Dear Sanna,\n\nThank you for the interview and for showing me the workshop.\n\n"
        "Best regards,\nTomas Berg\n\n________________________________\n"
        "From: Nordvik Foundry Careers\nSent: Wednesday, March 4, 2026 16:00\n"
        "To: Tomas Berg <tomas.berg@example.org>\nSubject: Test Technician\n\n"
        "Dear Tomas,\n\nWe have decided to offer the position to another candidate.\n\n"
        f"{closing}\nSanna Holm\nRecruiter\nNordvik Foundry AB\n\n"
        "This mailbox is not monitored. Please do not reply to this message.\n"
    )


@pytest.mark.parametrize(
    "closing",
    [
        "Med vänliga hälsningar / Best regards",
        "Vänliga hälsningar / Kind regards,",
        "Viele Grüße / Best wishes",
        "С уважением / Best regards,",
        "Saygılarımla / Kind regards",
        "敬具 / Best regards",
    ],
)
def test_the_no_reply_mailbox_is_wrong_when_a_person_signed_under_two_closings(
    closing: str,
) -> None:
    reply = _outlook_reply("Nordvik Foundry Careers <no-reply@nordvik.example>", closing)
    assert found(reply, "wrong-recipient") == ["no-reply@nordvik.example"]


@pytest.mark.parametrize(
    "closing",
    ["Med vänliga hälsningar / Best regards", "Med vänliga hälsningar"],
)
def test_the_signer_written_to_and_greeted_is_right(closing: str) -> None:
    reply = _outlook_reply("Sanna Holm <sanna.holm@nordvik.example>", closing)
    assert found(reply, "wrong-recipient") == []


def test_the_company_under_a_russian_and_english_closing_is_the_firm_not_the_closing() -> None:
    # Reproduces the Aktau letter (context123): the message named the closing line
    # "С уважением / Best regards," as the company that sent the rejection
    path = _HERE / "context123/aktau-russian-client-pasted-kazakh-rival.eml"
    text = path.read_text(encoding="utf-8")
    (finding,) = lint_text(text, path=path.name, select=("wrong-company",), model="blank")
    assert finding.text == "Caspian Tengri Services"
    assert "Kaspiy Offshore Drilling LLP" in finding.message
    assert "уважением" not in finding.message


# --- a Latin-letter name in brackets, a job title after it ----------------------------------


def _korean_reply(greeting: str) -> str:
    """Return a reply opening on ``greeting`` to a rejection signed by two, one in Hangul."""
    return (
        "From: Ana Silva <ana.silva@example.org>\nTo: 강민준 <mjkang@hanul.example>\n"
        "Cc: 윤서연 <seoyeon.yoon@hanul.example>\nSubject: Re: Research Assistant\n"
        "Date: Tue, 3 Mar 2026 18:00:00 +0900\n"
        'Content-Type: text/plain; charset="utf-8"\n\n'
        f"{greeting}\n\nThank you both for the interview and the tour of the lab.\n\n"
        "Best,\nAna\n\n-------- Original message --------\n"
        "From: 강민준 <mjkang@hanul.example>\nDate: 26/3/3 오후 2:00 (GMT+09:00)\n"
        "To: Ana Silva <ana.silva@example.org>\nCc: 윤서연 <seoyeon.yoon@hanul.example>\n"
        "Subject: Research Assistant\n\nDear Ms. Silva,\n\n"
        "We have decided to offer the position to another applicant.\n\nSincerely,\n\n"
        "강민준 (Kang Min-jun), Associate Professor\nDepartment of Materials Science\n\n"
        "윤서연 (Yoon Seo-yeon)\nHR Team, Hanul Institute of Technology\n"
    )


def test_the_signers_greeted_by_title_and_family_name_are_right() -> None:
    assert found(_korean_reply("Dear Prof. Kang and Ms. Yoon,"), "wrong-recipient") == []


def test_a_family_name_no_one_signed_with_is_still_wrong() -> None:
    assert found(_korean_reply("Dear Prof. Park and Ms. Yoon,"), "wrong-recipient") == [
        "Dear Prof. Park and Ms. Yoon,"
    ]


def test_a_turkish_title_line_is_no_company_and_a_turkish_legal_form_ends_the_firm() -> None:
    # Reproduces the THY letter (context122): "İnsan Kaynakları - İşe Alım Müdürü" (human
    # resources - recruitment manager) was read as the company that sent the rejection
    path = _HERE / "context122/tr-thy-outlook-turkish-cc-kariyer-mailbox.eml"
    text = path.read_text(encoding="utf-8")
    messages = [f.message for f in lint_text(text, path=path.name, model="blank")]
    assert not any("İnsan Kaynakları" in m for m in messages)
    assert found(text, "wrong-recipient", path.name) == ["kariyer@thy.com"]
