"""Cases from the blind sets tests/context17 and tests/context18, each on a new example."""

from __future__ import annotations

import contexthelp
from contexthelp import found
from replylint import lint_text


def company_reply(
    sentence: str, company: str = "Larkspur Foods", address: str = "ines.moura@larkspurfoods.com"
) -> str:
    """Return a front-matter reply with ``sentence`` to a rejection from ``company``."""
    return contexthelp.company_reply(sentence, company, "Ines Moura", address, "Teodor")


def flagged(sentence: str, company: str = "Larkspur Foods", **kwargs: str) -> list[str]:
    """Return the wrong-company findings of a reply holding ``sentence``."""
    return contexthelp.flagged(company_reply(sentence, company, **kwargs))


# --- the employer's names: a mailbox shared by a whole sector names none ------------------


def test_a_shared_sector_mail_domain_is_no_alias_of_the_employer() -> None:
    sentence = "I still hope to work for Fenbridge Community NHS Trust one day."
    company = "Oakhurst NHS Foundation Trust"
    assert flagged(sentence, company, address="ines.moura@nhs.net") == [
        "Fenbridge Community NHS Trust"
    ]
    # the employer's own name from the same mailbox is still right
    sentence = "I still hope to work for Oakhurst NHS Foundation Trust one day."
    assert flagged(sentence, company, address="ines.moura@nhs.net") == []


# --- a name just after "<the employer> in" is where the employer is ---------------------


def test_the_town_after_the_employers_name_is_a_place() -> None:
    company = "Caixa Serrana S.A."
    sentence = "I'd gladly be considered for future roles at Caixa Serrana in Vila Serrana."
    assert flagged(sentence, company) == []
    # the same rival name, standing alone as the employer, is still flagged
    assert flagged("I'd gladly be considered for future roles at Vila Serrana.", company) == [
        "Vila Serrana"
    ]


# --- the writer's own place, told in a relative clause ------------------------------------


def test_a_where_i_clause_makes_the_place_the_writers_own() -> None:
    sentence = (
        "Your ideas will help my own team at Brookfield Care Trust, where I now run the rota."
    )
    assert flagged(sentence) == []
    # a wish in the clause is no past: "where I'd love to" keeps the name the addressee's
    sentence = "I hope to join Brookfield Care Trust, where I'd love to run the rota."
    assert flagged(sentence) == ["Brookfield Care Trust"]


# --- work done for a client is not a wish to work for it ---------------------------------


def test_the_work_done_for_a_client_names_the_client() -> None:
    sentence = "Seeing your signage work for Pebble Lane Cider was a treat."
    assert flagged(sentence) == []
    assert flagged("I would still love to work for Pebble Lane Cider.") == ["Pebble Lane Cider"]


# --- a family with a word qualifying it -----------------------------------------------


def test_joining_the_x_design_family_names_x() -> None:
    sentence = "I was so keen to join the Brightwater Tiles design family."
    assert flagged(sentence) == ["Brightwater Tiles"]
    assert flagged(sentence.replace("Brightwater Tiles", "Larkspur Foods")) == []


# --- the reader's ongoing work at a place -----------------------------------------------


def test_what_the_reader_does_at_a_name_makes_it_theirs() -> None:
    sentence = "I'm excited to follow what you're all building at Quillmoor this spring."
    assert flagged(sentence) == ["Quillmoor"]
    # a meeting there, or the reader's past there, says nothing of whose it is
    assert flagged("It was lovely when you met me at Quillmoor this spring.") == []
    assert flagged("I enjoyed hearing what you did at Quillmoor before.") == []


# --- a dream of the work at a name ----------------------------------------------------


def test_a_dream_of_the_work_at_a_firm_names_it_as_the_addressee() -> None:
    sentence = "I have always dreamed of plating desserts at Fig & Thistle."
    assert flagged(sentence) == ["Fig & Thistle"]
    assert flagged(sentence.replace("Fig & Thistle", "Larkspur Foods")) == []


def test_a_name_opening_a_sentence_as_the_workplace_longed_for() -> None:
    assert flagged("Marlowe Ceramics has long been my dream studio.") == ["Marlowe Ceramics"]
    sentence = "Sundew has always felt like the kind of kitchen I'd want to stay in for years."
    assert flagged(sentence) == ["Sundew"]
    # a city is no workplace, a pronoun is no name, and the employer itself is right
    assert flagged("Lisbon has always been my dream city.") == []
    assert flagged("This has always been my dream team.") == []
    assert flagged("Larkspur Foods has always been my dream company.") == []
    # a copula that is not the name's own ("Congratulations to whoever is ...") ties nothing
    sentence = "Congratulations to whoever is joining the kitchen; I wish you all well."
    assert flagged(sentence) == []


# --- wrong-recipient: a name the signer's own mailbox gives them -------------------------


def nicknamed(greeting: str, address: str = "misha@vantorstudio.com") -> str:
    """Return a reply greeting ``greeting`` to Mikhail Orlov, whose mailbox is ``address``."""
    return (
        f"---\nto: [Mikhail Orlov <{address}>]\nrejection:\n"
        f"  from: [Mikhail Orlov <{address}>]\n  company: Vantor Studio\n---\n"
        f"{greeting}\n\nThank you for the interview.\n\nBest,\nPriya\n"
    )


def test_a_one_word_mailbox_is_a_name_the_signer_goes_by() -> None:
    assert found(nicknamed("Hi Misha,"), "wrong-recipient", "reply.md") == []
    assert found(nicknamed("Hi MO,", "mo@vantorstudio.com"), "wrong-recipient", "reply.md") == []
    # someone else, and a misspelling of the mailbox's name, are still wrong
    assert found(nicknamed("Hi Pavel,"), "wrong-recipient", "reply.md") == ["Hi Pavel,"]
    assert found(nicknamed("Hi Mischa,"), "wrong-recipient", "reply.md") == ["Hi Mischa,"]
    # a mailbox of two words adds no name: "Hi Misha" to mikhail.orlov@ is someone else
    assert found(nicknamed("Hi Misha,", "mikhail.orlov@vantorstudio.com"), "wrong-recipient",
                 "reply.md") == ["Hi Misha,"]  # fmt: skip


# --- the company of a quote whose attribution gives no address -----------------------


def quoted_without_address(sentence: str) -> str:
    """Return a reply to a Dutch school whose quoted sign-off puts a title line first."""
    return (
        "From: Joris Lam <joris.lam@example.org>\n"
        "To: Anouk de Wit <a.dewit@th-zuidkust.nl>\nDate: Mon, 9 Mar 2026 10:00:00 +0100\n"
        "Subject: Re: Docent logistiek\n\nBeste Anouk,\n\n"
        f"Thank you for the interview. {sentence}\n\nMet vriendelijke groet,\nJoris\n\n"
        "Op 06.03.2026 om 09:12 schreef Anouk de Wit:\n> Beste Joris,\n>\n"
        "> We hebben voor een andere kandidaat gekozen.\n>\n> Met vriendelijke groet,\n"
        "> Anouk de Wit\n> Opleidingsmanager, Logistiek\n> Technische Hogeschool Zuidkust\n"
    )


def test_the_reply_recipients_domain_picks_the_quotes_company() -> None:
    # "th-zuidkust" spells Technische Hogeschool Zuidkust with two words shortened
    sentence = "I would still love a post at Hogeschool Duinrand one day."
    findings = lint_text(quoted_without_address(sentence), path="reply.eml",
                         select=("wrong-company",), model="blank")  # fmt: skip
    assert [f.text for f in findings] == ["Hogeschool Duinrand"]
    # the company is the school's line, not the title line above it
    assert "Technische Hogeschool Zuidkust" in findings[0].message
    assert "Opleidingsmanager" not in findings[0].message
    sentence = "I would still love a post at Technische Hogeschool Zuidkust one day."
    assert found(quoted_without_address(sentence), "wrong-company") == []


def test_a_university_of_applied_sciences_opens_a_name() -> None:
    sentence = "Eine Stelle an der Hochschule Talbach wäre mein Traum gewesen."
    assert flagged(sentence, "Technische Hochschule Wendel") == ["Hochschule Talbach"]
    assert flagged(sentence.replace("Talbach", "Wendel"), "Technische Hochschule Wendel") == []


# --- wrong-recipient: a greeting by surname to someone the letter speaks of -------------


def phoned_by(greeting: str, sentence: str) -> str:
    """Return a reply to a phone call from Tomasz Wrona with ``greeting`` and ``sentence``."""
    return (
        "---\nto: [hello@wronaflowers.co.uk]\nrejection:\n  from: [Tomasz Wrona]\n"
        f"  company: Wrona Flowers\n---\n{greeting}\n\nThank you for considering me. "
        f"{sentence}\n\nBest wishes,\nLeah\n"
    )


def greeted(greeting: str, sentence: str) -> list[str]:
    """Return the greeting's wrong-recipient findings in a reply to Tomasz Wrona's call."""
    findings = found(phoned_by(greeting, sentence), "wrong-recipient", "reply.md")
    return [f for f in findings if f.startswith(("Dear", "Hi"))]


def test_a_surname_greeting_to_someone_other_than_the_caller_spoken_of() -> None:
    sentence = "Please say thank you to Tomasz for ringing me on Monday."
    assert greeted("Dear Ms Wrona,", sentence) == ["Dear Ms Wrona,"]
    assert greeted("Dear Mr Wrona,", "Tomasz's call was kind.") == ["Dear Mr Wrona,"]
    # greeting the caller himself, or speaking to him, is right
    assert greeted("Dear Mr Wrona,", "Thank you for ringing me on Monday.") == []
    assert greeted("Dear Tomasz,", "Please say thank you to Tomasz's team.") == []
