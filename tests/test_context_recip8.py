"""wrong-recipient: names and sign-offs the reader got wrong (context154 to context158).

A given name nameparser takes for a ruler's title ("Sultan Al-Dossary"); a Korean family
name spelt like a word that opens a body ("Dear Manager Oh,"); the Sundanese and Javanese
kinship titles before a given name ("Kang", "Teh", "Mas"); Italian title lines under a
second signer's name ("Responsabile delle Collezioni"); and the sign-off of an older
message that an Outlook reply chain quotes under the rejection, which is not the
rejection's.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from contexthelp import found
from replylint.custom._people import name_words
from replylint.parts import _greeting_end
from replylint.sources.signer_names import is_title

_HERE = Path(__file__).parent


def _letter(name: str) -> list[str]:
    """Return the wrong-recipient findings of a labeled letter under tests/."""
    path = _HERE / name
    return found(path.read_text(encoding="utf-8"), "wrong-recipient", path.name)


def test_the_labeled_letters() -> None:
    assert _letter("context154/riyadh-gmail-arabic-client-rival-in-hope-and-signoff.eml") == []
    assert _letter("context155/palazzo-bernardi-gmail-two-signers-warm-clean.eml") == []
    assert _letter(
        "context156/osan-interconnect-outlook-nested-thread-greets-earlier-recruiter.eml"
    ) == ["Dear Ms. Choi,"]
    assert _letter("context156/phone-call-pyeongtaek-fab-manager-title-warm-clean.md") == []
    assert _letter("context158/surya-atap-jakarta-kang-asep-23h40-short-chat-downplay.md") == []


def _front(signer: str, greeting: str) -> str:
    """Return a front-matter reply greeting ``greeting`` to a rejection ``signer`` signed."""
    address = f"{signer.split()[-1].lower()}@example.com"
    return (
        f"---\nto: [{signer} <{address}>]\nrejection:\n  from: [{signer} <{address}>]\n"
        f"  company: Example Ltd\n---\n{greeting}\n\nThank you for the interview.\n\n"
        "Kind regards,\nRiya Sen\n"
    )


# --- a given name spelt like a ruler's title --------------------------------------------------


def test_a_given_name_spelt_like_a_rulers_title_is_a_name() -> None:
    assert "sultan" in name_words("Sultan Haddad")
    assert "prince" in name_words("Prince Okonjo")
    assert name_words("Dr. Smith") == ["smith"]
    assert name_words("Manager Park") == ["park"]


@pytest.mark.parametrize("greeting", ["Dear Eng. Sultan,", "Dear Sultan,", "Dear Mr. Haddad,"])
def test_the_signer_called_sultan_greeted_is_right(greeting: str) -> None:
    assert found(_front("Sultan Haddad", greeting), "wrong-recipient", "reply.md") == []


def test_another_given_name_after_the_title_is_still_wrong() -> None:
    reply = _front("Sultan Haddad", "Dear Eng. Faisal,")
    assert found(reply, "wrong-recipient", "reply.md") == ["Dear Eng. Faisal,"]


# --- a family name spelt like a body's first word ---------------------------------------------


def test_a_family_name_after_a_title_ends_the_greeting() -> None:
    for line in ("Dear Manager Oh,", "Dear Mr. So,", "Dear Ms Oh"):
        assert line[: _greeting_end(line)] == line
    assert "Dear Mr. Oh thanks"[: _greeting_end("Dear Mr. Oh thanks")] == "Dear Mr."
    assert "Hi Sam Thanks for"[: _greeting_end("Hi Sam Thanks for")] == "Hi Sam"


def test_the_signer_greeted_by_job_title_and_family_name_is_right() -> None:
    assert found(_front("Oh Min-ji", "Dear Manager Oh,"), "wrong-recipient", "reply.md") == []


def test_a_job_title_before_another_family_name_is_still_wrong() -> None:
    reply = _front("Oh Min-ji", "Dear Manager So,")
    assert found(reply, "wrong-recipient", "reply.md") == ["Dear Manager So,"]


# --- Sundanese and Javanese kinship titles ----------------------------------------------------


@pytest.mark.parametrize(
    ("signer", "greeting"),
    [("Dadang Suherman", "Dear Kang Dadang,"), ("Euis Rahayu", "Dear Teh Euis,"),
     ("Budi Santoso", "Hi Mas Budi,")],
)  # fmt: skip
def test_a_kinship_title_before_the_signers_given_name_is_right(signer: str, greeting: str) -> None:
    assert found(_front(signer, greeting), "wrong-recipient", "reply.md") == []


def test_a_kinship_title_before_another_name_is_still_wrong() -> None:
    reply = _front("Dadang Suherman", "Dear Kang Ujang,")
    assert found(reply, "wrong-recipient", "reply.md") == ["Dear Kang Ujang,"]


def test_a_family_name_spelt_like_a_kinship_title_is_a_name_alone() -> None:
    reply = _front("Dadang Suherman", "Dear Ms. Kang,")
    assert found(reply, "wrong-recipient", "reply.md") == ["Dear Ms. Kang,"]


# --- Italian title lines under a second signer ------------------------------------------------


def test_italian_title_lines_are_titles() -> None:
    assert is_title("Responsabile Ufficio Mostre")
    assert is_title("Risorse Umane")
    assert not is_title("Galleria Verdi")


def _two_signers(to: str, greeting: str) -> str:
    """Return a reply to ``to`` over a rejection signed by HR and a head of department."""
    return (
        f"From: Riya Sen <riya.sen@example.org>\nTo: {to}\n"
        "Subject: Re: Curatore\nDate: Tue, 10 Mar 2026 18:00:00 +0100\n"
        'Content-Type: text/plain; charset="utf-8"\n\n'
        f"{greeting}\n\nThank you both for the interview and the tour.\n\n"
        "Kind regards,\nRiya Sen\n\n"
        "On Tue, 10 Mar 2026 at 12:00, Giulia Ferri <g.ferri@galleriaverdi.example> wrote:\n\n"
        "> Dear Riya,\n>\n> We are sorry to tell you that we chose another candidate.\n>\n"
        "> Best wishes,\n>\n> Giulia Ferri\n> Risorse Umane\n>\n> Paolo Conti\n"
        "> Responsabile Ufficio Mostre\n>\n> Galleria Verdi\n"
    )


_BOTH = "Giulia Ferri <g.ferri@galleriaverdi.example>, Paolo Conti <p.conti@galleriaverdi.example>"


def test_the_second_signer_under_an_italian_title_is_a_signer() -> None:
    assert found(_two_signers(_BOTH, "Dear Giulia and Paolo,"), "wrong-recipient") == []


def test_a_stranger_beside_the_two_signers_is_still_wrong() -> None:
    to = f"{_BOTH}, Marco Riva <m.riva@galleriaverdi.example>"
    found_ = found(_two_signers(to, "Dear Giulia and Paolo,"), "wrong-recipient")
    assert found_ == ["m.riva@galleriaverdi.example"]


# --- an older message of an Outlook reply chain -----------------------------------------------


def _chain(greeting: str, subject: str = "RE: Analyst") -> str:
    """Return a reply to a rejection that quotes, Outlook-style, an earlier coordinator's note."""
    return (
        "From: Riya Sen <riya.sen@example.org>\nTo: Mark Dunn <mark.dunn@example.com>\n"
        f"Subject: {subject}\nDate: Tue, 10 Mar 2026 18:00:00 +0000\n"
        'Content-Type: text/plain; charset="utf-8"\n\n'
        f"{greeting}\n\nThank you for the interview.\n\nKind regards,\nRiya Sen\n\n"
        "From: Mark Dunn <mark.dunn@example.com>\nSent: Tuesday, March 10, 2026 9:00 AM\n"
        f"To: Riya Sen <riya.sen@example.org>\nSubject: {subject}\n\n"
        "Dear Riya,\n\nWe have decided to go ahead with another candidate.\n\n"
        "Regards,\nMark Dunn\nHead of Analytics\n\n"
        "From: Lena Ortiz <lena.ortiz@example.com>\nSent: Monday, March 2, 2026 9:00 AM\n"
        "To: Riya Sen <riya.sen@example.org>\nSubject: Analyst interview\n\n"
        "Dear Riya,\n\nYour interview with Mark is booked for Thursday at 10.\n\n"
        "Best,\nLena Ortiz\nRecruiting Coordinator\n"
    )


def test_the_sign_off_of_an_older_message_in_the_chain_is_no_signer() -> None:
    assert found(_chain("Dear Ms. Ortiz,"), "wrong-recipient") == ["Dear Ms. Ortiz,"]


def test_the_rejections_signer_greeted_in_the_chain_is_right() -> None:
    assert found(_chain("Dear Mr. Dunn,"), "wrong-recipient") == []


def test_a_forwarded_message_keeps_its_signer() -> None:
    reply = _chain("Dear Ms. Ortiz,", subject="FW: Analyst")
    assert found(reply, "wrong-recipient") == []
