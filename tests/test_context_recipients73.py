"""wrong-recipient: one title alone greets the signer; "the X family" beside them.

late-reply: a rejection quoted under a Swahili Gmail attribution is dated.
"""

from __future__ import annotations

import pytest
from contexthelp import found


def _reply(greeting: str, signer: str = "Tunde Bakare") -> str:
    """Return a reply greeted with ``greeting`` to a rejection ``signer`` signed and sent."""
    first, last = signer.split()
    address = f"{first[0].lower()}.{last.lower()}@harrowgate.example"
    return (
        "---\n"
        "sent: 2026-04-07T09:30:00+01:00\n"
        f"to: [{signer} <{address}>]\n"
        "rejection:\n"
        "  received: 2026-04-06T15:00:00+01:00\n"
        f"  from: [{signer} <{address}>]\n"
        "  company: Harrowgate Logistics\n"
        "---\n"
        f"{greeting}\n\n"
        "Thank you for informing me of the outcome. I accept it and would be grateful for any "
        "advice on how to improve.\n\n"
        "Yours faithfully,\nChidi Okonkwo\n"
    )


# --- one title alone: the person written to, as West African and South Asian English greet


@pytest.mark.parametrize(
    "greeting",
    ["Dear Sir,", "Good afternoon Sir,", "Dear Madam,", "Good day Ma'am,", "Hello Ma’am,",
     "Good evening Sir!"],
)  # fmt: skip
def test_one_title_alone_greets_the_signer(greeting) -> None:
    assert found(_reply(greeting), "wrong-recipient", "reply.md") == []


@pytest.mark.parametrize(
    "greeting",
    ["Dear Sir/Madam,", "Good morning Sir or Madam,", "Dear Madam / Sir,", "Dear Sirs,",
     "Good day Ladies and Gentlemen,"],
)  # fmt: skip
def test_both_titles_or_many_people_still_greet_nobody_in_particular(greeting) -> None:
    assert found(_reply(greeting), "wrong-recipient", "reply.md") == [greeting]


def test_a_title_before_someone_elses_name_is_still_flagged() -> None:
    greeting = "Good morning Sir Emeka,"
    assert found(_reply(greeting), "wrong-recipient", "reply.md") == [greeting]


# --- "the X family": the employer's own people beside the signer


@pytest.mark.parametrize(
    "greeting",
    ["Dear Mr. Bakare and the Harrowgate family,", "Dear Tunde and the whole Harrowgate family,",
     "Hello Mr Bakare and your family at Harrowgate,"],
)  # fmt: skip
def test_the_signer_and_the_employers_family_greet_the_signer(greeting) -> None:
    assert found(_reply(greeting), "wrong-recipient", "reply.md") == []


def test_a_stranger_and_the_employers_family_is_still_flagged() -> None:
    greeting = "Dear Mr. Adeyemi and the Harrowgate family,"
    assert found(_reply(greeting), "wrong-recipient", "reply.md") == [greeting]


# --- a Swahili Gmail attribution dates the quoted rejection


def _eml(attribution: str, sent: str) -> str:
    """Return a reply sent at ``sent`` quoting a rejection under ``attribution``."""
    return (
        "From: Achieng Otieno <achieng.otieno@mail.example>\n"
        "To: Baraka Mwangi <baraka@lakeside.example>\n"
        f"Date: {sent}\n"
        "Subject: Re: Your application\n\n"
        "Dear Baraka,\n\nThank you for letting me know. I wish the new hire well.\n\n"
        f"Regards,\nAchieng\n\n{attribution}\n"
        "> Dear Achieng,\n>\n> We will not be taking your application forward.\n>\n"
        "> Baraka Mwangi\n"
    )


@pytest.mark.parametrize(
    "attribution",
    ["Mnamo Jum, 6 Apr 2026 saa 09:40 Baraka Mwangi <baraka@lakeside.example> aliandika:",
     "Mnamo Jumatatu, 6 Aprili 2026 saa 09:40, Baraka Mwangi <baraka@lakeside.example> "
     "aliandika:",
     "Mnamo J3, 6 Apr 2026 saa 09:40 Baraka Mwangi <baraka@lakeside.example> aliandika:"],
)  # fmt: skip
def test_a_reply_days_after_a_swahili_gmail_rejection_is_late(attribution) -> None:
    late = _eml(attribution, "Thu, 9 Apr 2026 10:00:00 +0300")
    assert len(found(late, "late-reply")) == 1
    prompt = _eml(attribution, "Mon, 6 Apr 2026 18:00:00 +0300")
    assert found(prompt, "late-reply") == []
