"""wrong-company: misses from the blind set tests/context119, each on a new example.

A one-word misspelling of a name that carries a trade word and a bracketed place, a name
pasted beside an office only the rejection's address names, a firm named in Indonesian
under an Indonesian Outlook header block, and the employer's name with its trade changed
where the job is named.
"""

from __future__ import annotations

import contexthelp


def flagged(sentence: str, company: str, domain: str = "example.com") -> list[str]:
    """Return the wrong-company findings of a front-matter reply to ``company``."""
    address = f"joan.pellow@{domain}"
    return contexthelp.flagged(
        contexthelp.company_reply(sentence, company, "Joan Pellow", address, "Tomasz")
    )


def thread_reply(sentence: str, header: str, signature: str) -> list[str]:
    """Return the wrong-company findings of an .eml reply over an Outlook-quoted rejection."""
    text = (
        "From: Tomasz Wrona <tomasz.wrona@example.org>\n"
        "To: Joan Pellow <joan.pellow@corvinfreight.example>\n"
        "Subject: RE: Planner\n"
        "Date: Tue, 10 Mar 2026 20:00:00 +0000\n"
        "MIME-Version: 1.0\n"
        "Content-Type: text/plain; charset=utf-8\n\n"
        f"Dear Joan,\n\n{sentence}\n\nKind regards,\nTomasz Wrona\n\n"
        "________________________________\n"
        f"{header}\n\n"
        "Dear Tomasz,\n\nThank you for your time. We have chosen another candidate.\n\n"
        f"Best wishes,\nJoan Pellow\nHR Manager\n{signature}\n"
    )
    return contexthelp.found(text, "wrong-company")


_ENGLISH = (
    "From: Joan Pellow <joan.pellow@corvinfreight.example>\n"
    "Sent: Tuesday, March 10, 2026 9:00 AM\n"
    "To: Tomasz Wrona <tomasz.wrona@example.org>\n"
    "Subject: Planner"
)
_INDONESIAN = (
    "Dari: Joan Pellow <joan.pellow@corvinfreight.example>\n"
    "Terkirim: Selasa, 10 Maret 2026 09.00\n"
    "Kepada: Tomasz Wrona <tomasz.wrona@example.org>\n"
    "Subjek: Planner"
)


# --- a one-word misspelling past a trade word and a bracketed place --------------------------


def test_one_word_misspelling_past_trade_and_bracketed_place_is_flagged() -> None:
    company = "Kelmarsh Forwarding (UK) Ltd"
    assert flagged("I have followed Kelmarch on LinkedIn for years.", company) == ["Kelmarch"]


def test_the_name_itself_and_a_brand_holding_it_are_not_flagged() -> None:
    company = "Kelmarsh Forwarding (UK) Ltd"
    assert flagged("I have followed Kelmarsh on LinkedIn for years.", company) == []
    assert flagged("I have followed PayKelmarsh on LinkedIn for years.", company) == []


# --- an office only the rejection's address names -------------------------------------------


def test_a_firm_beside_an_office_the_address_names_is_flagged() -> None:
    sentence = (
        "Thank you for considering me for the Planner role at Marlow Dene Lines, and for "
        "the time you gave me at the Kirkstall office."
    )
    assert thread_reply(sentence, _ENGLISH, "Corvin Freight Ltd\nKirkstall Road, Leeds") == [
        "Marlow Dene Lines"
    ]


def test_the_employer_beside_that_office_is_not_flagged() -> None:
    sentence = (
        "Thank you for considering me for the Planner role at Corvin Freight, and for "
        "the time you gave me at the Kirkstall office."
    )
    assert thread_reply(sentence, _ENGLISH, "Corvin Freight Ltd\nKirkstall Road, Leeds") == []


# --- Indonesian Outlook header and a firm named in Indonesian --------------------------------


def test_another_logistik_firms_team_under_indonesian_outlook_is_flagged() -> None:
    sentence = "It was good to meet the Sumber Jaya Logistik team at your Bekasi depot."
    assert thread_reply(sentence, _INDONESIAN, "PT Corvin Freight Logistik\nBekasi") == [
        "Sumber Jaya Logistik"
    ]


def test_the_employers_own_team_under_indonesian_outlook_is_not_flagged() -> None:
    sentence = "It was good to meet the Corvin Freight Logistik team at your Bekasi depot."
    assert thread_reply(sentence, _INDONESIAN, "PT Corvin Freight Logistik\nBekasi") == []


# --- the employer's name with its trade changed where the job is -----------------------------


def test_employers_name_with_another_trade_at_the_job_is_flagged() -> None:
    sentence = "Thank you for considering me for the Planner role at Kestrel Bay Tanker Services."
    assert flagged(sentence, "Kestrel Bay Logistics Ltd", "kestrelbay.sg") == [
        "Kestrel Bay Tanker Services"
    ]


def test_employers_own_name_or_a_groups_firm_at_the_job_is_not_flagged() -> None:
    sentence = "Thank you for considering me for the Planner role at Kestrel Bay Logistics."
    assert flagged(sentence, "Kestrel Bay Logistics Ltd", "kestrelbay.sg") == []
    sentence = "Thank you for considering me for the Planner role at Kestrel Bay Tanker Services."
    assert flagged(sentence, "Kestrel Bay Group", "kestrelbay.sg") == []
    # the firm named elsewhere than where the job is: no claim it sent the rejection
    sentence = "I once toured a vessel run by Kestrel Bay Tanker Services."
    assert flagged(sentence, "Kestrel Bay Logistics Ltd", "kestrelbay.sg") == []
