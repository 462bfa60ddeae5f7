"""Cases from the blind set tests/context22, each on a new example."""

from __future__ import annotations

import contexthelp


def flagged(sentence: str, company: str = "South Tamar Care Partnership") -> list[str]:
    """Return the wrong-company findings of a reply to ``company`` holding ``sentence``."""
    return contexthelp.flagged(
        contexthelp.company_reply(
            sentence, company, "Bronwen Pike", "bronwen.pike@southtamarcare.org", "Callum"
        )
    )


# --- wrong-company: the employer's own site or branch, named by its place --------------------


def test_a_site_named_by_the_place_in_the_employers_name() -> None:
    # "Tamar View" is the partnership's home, named by the place after "South"
    assert flagged("Thank you for the interview for the night carer post at Tamar View.") == []
    # another name, sharing no place with the employer, is still flagged
    assert flagged("Thank you for the interview for the night carer post at Pennard View.") == [
        "Pennard View"
    ]


def test_a_branch_named_by_the_place_in_brackets() -> None:
    company = "Hollins Tyres (Bangor) Ltd"
    sentence = "Thank you for the interview for the fitter post at QuickFit Bangor."
    assert flagged(sentence, company) == []
    # a word of the trade shared with the employer is no place: "Tyres" tells nothing
    assert flagged("Thank you for the interview for the fitter post at Menai Tyres.", company)


# --- wrong-recipient: a name alone on the first line, misspelt ----------------------------------


def recipients(first_line: str) -> list[str]:
    """Return the wrong-recipient findings of a terse reply opening on ``first_line``."""
    reply = contexthelp.company_reply(
        "", "Harbour Cabs Ltd", "Siobhan Kerr", "siobhan.kerr@harbourcabs.co.uk", "Dev"
    ).replace("Dear Siobhan,\n\nThank you for letting me know. ", f"{first_line}\n\nFair enough. ")
    return contexthelp.found(reply, "wrong-recipient", "reply.md")


def test_a_bare_name_greeting_misspelt() -> None:
    assert recipients("Shiobhan,") == ["Shiobhan,"]
    # the name spelt right, or a word alone on the line, greets nobody wrongly
    assert recipients("Siobhan,") == []
    assert recipients("Understood,") == []


# --- wrong-company: a hello passed on to the people of a firm ----------------------------------


def test_saying_hi_to_the_people_at_a_name() -> None:
    company = "Kestrel Buses Ltd"
    assert flagged("Say hello to the guys at Orwell Coaches for me.", company) == ["Orwell Coaches"]
    assert flagged("Tell everyone at Orwell Coaches I said hi.", company) == ["Orwell Coaches"]
    # a hello to the employer's own people, or people at a firm met without one, is no slip
    assert flagged("Say hello to the guys at Kestrel Buses for me.", company) == []
    assert flagged("I met the guys at Orwell Coaches on a course.", company) == []


# --- wrong-company: a firm's name among its workers, the reason to apply ------------------------


def test_a_name_said_to_treat_its_people_well() -> None:
    company = "Kestrel Buses Ltd"
    sentence = "My cousin says Orwell Coaches always treats its drivers well, so I applied."
    assert flagged(sentence, company) == ["Orwell Coaches"]
    assert flagged(sentence.replace("Orwell Coaches", "Kestrel Buses"), company) == []
    # without hearsay or an application, it is only a view of some firm
    assert flagged("Orwell Coaches treats its drivers well.", company) == []
