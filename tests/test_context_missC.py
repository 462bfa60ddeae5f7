"""wrong-company: a group's sister firm or another arm of the employer's network, written as
the employer; misses from the blind sets tests/context126-128, each on a new example.

A sister firm sharing the group's words, with a trade of its own where the job is named
(even where the rejection's signature lists it among the group's firms); a namesake the
writer hopes to contribute to, where only the sender's domain names the employer; another
country's arm of a network wished well beside the new hire; and a Portuguese title line in
a quoted signature, which is no company's name.
"""

from __future__ import annotations

import contexthelp


def flagged(sentence: str, company: str, domain: str = "example.com") -> list[str]:
    """Return the wrong-company findings of a front-matter reply to ``company``."""
    address = f"ines.varela@{domain}"
    return contexthelp.flagged(
        contexthelp.company_reply(sentence, company, "Ines Varela", address, "Tomasz")
    )


def thread_reply(sentence: str, signature: str, domain: str = "example.net") -> list[str]:
    """Return the wrong-company findings of an .eml reply over an Outlook-quoted rejection."""
    text = (
        "From: Tomasz Wrona <tomasz.wrona@example.org>\n"
        f"To: Ines Varela <ines.varela@{domain}>\n"
        "Subject: RE: Logistics Officer\n"
        "Date: Tue, 10 Mar 2026 20:00:00 +0000\n"
        "MIME-Version: 1.0\n"
        "Content-Type: text/plain; charset=utf-8\n\n"
        f"Dear Ms Varela,\n\n{sentence}\n\nKind regards,\nTomasz Wrona\n\n"
        "________________________________\n"
        f"From: Ines Varela <ines.varela@{domain}>\n"
        "Sent: Tuesday, March 10, 2026 9:00 AM\n"
        "To: Tomasz Wrona <tomasz.wrona@example.org>\n"
        "Subject: Logistics Officer\n\n"
        "Dear Tomasz,\n\nThank you for your time. We have chosen another candidate.\n\n"
        f"Best wishes,\nInes Varela\n{signature}\n"
    )
    return contexthelp.found(text, "wrong-company")


# --- a sister firm of the group, with a trade of its own, where the job is named ---------------


def test_a_sister_firm_with_another_trade_as_the_jobs_firm_is_flagged() -> None:
    company = "Daebong Electronics"
    sentence = "Thank you for considering me for the Analyst role at Daebong Construction."
    assert flagged(sentence, company) == ["Daebong Construction"]


def test_the_employer_and_its_group_where_the_job_is_named_are_not_flagged() -> None:
    company = "Daebong Electronics"
    assert flagged("Thank you for the Analyst role at Daebong Electronics.", company) == []
    assert flagged("Thank you for the Analyst role at Daebong Holdings.", company) == []
    # a sister firm named as the group's, not as the job's firm
    sentence = "I know your sister company Daebong Construction is hiring as well."
    assert flagged(sentence, company) == []


def test_a_sister_firm_the_quoted_signature_lists_is_flagged_as_the_jobs_firm() -> None:
    # the group's signature spells the sister firm among its own: it is still not the firm
    # that turned the writer down
    signature = (
        "Karsu Freight Services LLC\n"
        "A Karsu Aviation Group company: Karsu Freight | Karsu Catering | Karsu Handling"
    )
    sentence = "Thank you for considering me for the Officer position at Karsu Catering."
    assert thread_reply(sentence, signature) == ["Karsu Catering"]
    sentence = "Thank you for considering me for the Officer position at Karsu Freight."
    assert thread_reply(sentence, signature) == []
    sentence = "I would welcome roles across the Karsu Aviation Group in future."
    assert thread_reply(sentence, signature) == []


# --- a namesake the writer hopes to contribute to ---------------------------------------------


def test_a_namesake_the_writer_hopes_to_contribute_to_is_flagged() -> None:
    company = "Summit Ridge Life"
    sentence = "I still hope to contribute to Summit Peak in the future."
    assert flagged(sentence, company) == ["Summit Peak"]
    # past work done for it is the writer's own history, not the job applied for
    assert flagged("I contributed to Summit Peak's fundraiser last year.", company) == []


def test_a_namesake_of_a_domain_of_words_is_flagged() -> None:
    # no company name anywhere: the sender's domain of two words is the employer's name
    domain = "torimura-kogyo.example"
    sentence = "I hope to contribute to Torimura Shoji in the future."
    assert thread_reply(sentence, "Recruitment Group", domain) == ["Torimura Shoji"]
    sentence = "I hope to contribute to Torimura Kogyo in the future."
    assert thread_reply(sentence, "Recruitment Group", domain) == []


# --- another arm of the employer's network, wished well beside the new hire --------------------


def test_another_arm_of_the_network_wished_well_beside_the_hire_is_flagged() -> None:
    company = "Mãos Unidas Moçambique"
    sentence = "I wish the new officer and all the Mãos Unidas Malawi team every success."
    assert flagged(sentence, company) == ["Mãos Unidas Malawi"]


def test_the_employers_own_arm_and_an_arm_only_visited_are_not_flagged() -> None:
    company = "Mãos Unidas Moçambique"
    sentence = "I wish the new officer and all the Mãos Unidas Moçambique team every success."
    assert flagged(sentence, company) == []
    assert flagged("I once visited the Mãos Unidas Malawi office in Blantyre.", company) == []
    # a department of the employer's own, wished well the same way
    sentence = "I wish the new officer and all the Mãos Unidas Finance team every success."
    assert flagged(sentence, company) == []


# --- a Portuguese title line in a quoted signature --------------------------------------------


def test_a_portuguese_title_line_is_no_company_name() -> None:
    # the title line above the organisation's name ("Coordenador de Logística") is the
    # signer's post; with the organisation read right, its arm in another country is flagged
    signature = "Coordenador de Logística\nMãos Unidas Moçambique\nAvenida Eduardo Mondlane, Beira"
    sentence = "I wish the new officer and all the Mãos Unidas Malawi team every success."
    assert thread_reply(sentence, signature, "maosunidas.example") == ["Mãos Unidas Malawi"]
