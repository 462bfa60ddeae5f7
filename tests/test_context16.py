"""Cases from the blind set tests/context16, each on a new example of its own."""

from __future__ import annotations

import contexthelp
from contexthelp import found
from replylint import lint_text


def company_reply(sentence: str, company: str = "Harwick Tidal Power") -> str:
    """Return a front-matter reply with ``sentence`` to a rejection from ``company``."""
    return contexthelp.company_reply(
        sentence, company, "Odile Brun", "odile.brun@harwicktidal.com", "Marek"
    )


def flagged(sentence: str, company: str = "Harwick Tidal Power") -> list[str]:
    """Return the wrong-company findings of a reply holding ``sentence``."""
    return contexthelp.flagged(company_reply(sentence, company))


# --- the rejection's sign-off: a first line "Name, Title, Team" of many words ------------


def signed_by_two(to: str, line: str = "Greta Vos, Head of Unit, Coastal Defence Works") -> str:
    """Return a reply to a rejection whose sign-off opens on a long "Name, Title, Team" line."""
    return (
        f"From: Ravi Menon <ravi.menon@example.org>\nTo: {to}\n"
        "Date: Tue, 10 Mar 2026 09:00:00 +0100\nSubject: Re: Hydraulic engineer\n\n"
        "Dear Greta and Joost,\n\nThank you for the interview.\n\nBest,\nRavi\n\n"
        "On 09.03.2026 15:00, Greta Vos wrote:\n> Dear Ravi,\n>\n"
        "> We have chosen another engineer.\n>\n> Kind regards,\n"
        f"> {line}\n> Joost Bakker, Recruitment Adviser\n> Lowland Water Board\n"
    )


def test_a_long_first_signoff_line_with_a_title_opens_the_signers() -> None:
    to = "Greta Vos <g.vos@lowlandwater.nl>, Joost Bakker <j.bakker@lowlandwater.nl>"
    assert found(signed_by_two(to), "wrong-recipient") == []
    # someone who signed nothing is still a wrong recipient
    to += ", Pim Kok <p.kok@lowlandwater.nl>"
    assert found(signed_by_two(to), "wrong-recipient") == ["p.kok@lowlandwater.nl"]


# --- wrong-company: kinds of organisation ----------------------------------------------


def test_a_municipality_is_an_organisation() -> None:
    sentence = "It would have been an honour to serve the valley as part of Rasted Municipality."
    assert flagged(sentence, "Lindholm Kommune") == ["Rasted Municipality"]
    # the employer's own name, in another language's word for it
    assert flagged(sentence.replace("Rasted", "Lindholm"), "Lindholm Kommune") == []


def test_a_university_hospital_is_a_hospital_not_a_university() -> None:
    company = "Marlow Vale University Hospital"
    # another hospital is not one of its sites, as a health service's hospitals are
    sentence = "My thanks to everyone at Ashgrove Hospital who showed me the wards."
    assert flagged(sentence, company) == ["Ashgrove Hospital"]
    # and a university is the writer's own school, not a rival of the same kind
    sentence = "I finished at Dunholm University last spring and I am keen to specialise."
    assert flagged(sentence, company) == []
    # a reply to a university still flags another one named as the employer
    assert flagged("I hope to join Dunholm University one day.", "Marlow Vale University") == [
        "Dunholm University"
    ]


# --- wrong-company: the name before a possessive and what it owns -----------------------


def test_a_possessive_ends_the_name_before_what_it_owns() -> None:
    sentence = "Your plans for Brandal Wind's Irish expansion are why I applied."
    assert flagged(sentence) == ["Brandal Wind"]
    # the employer's own plans, named the same way
    assert flagged(sentence.replace("Brandal Wind", "Harwick Tidal")) == []


# --- wrong-company: a word of the writer's past that belongs to another noun or owner ----


def test_an_events_word_qualifying_a_noun_is_no_event_the_writer_went_to() -> None:
    sentence = "Your research on the event pipeline at Tollard Analytics is why I applied."
    assert flagged(sentence) == ["Tollard Analytics"]
    # the event itself still is where the writer was
    assert flagged("We met at the recruitment event at Tollard Analytics.") == []


def test_the_experience_a_firm_gives_its_guests_is_not_the_writers() -> None:
    sentence = "I have long admired the visitor experience at Pellam Studios and hope to join you."
    assert flagged(sentence) == ["Pellam Studios"]
    sentence = "I have long admired their years at Pellam Studios and hope to join you."
    assert flagged(sentence) == ["Pellam Studios"]
    # the writer's own experience there is their past
    assert flagged("I hope to join you, and my client experience at Pellam Studios helps.") == []
    assert flagged("I hope to join you after four years at Pellam Studios.") == []


# --- template-placeholder: a bracketed slot that names what goes in it -------------------


def test_a_bracketed_kind_of_name_is_a_slot() -> None:
    letter = "Dear Jo,\n\nMy thanks to the (clinic name) staff for the tour.\n\nBest,\nSam\n"
    assert found(letter, "template-placeholder", "reply.txt") == ["(clinic name)"]
    letter = "Dear Jo,\n\nI hope the (Team Name) launch goes well.\n\nBest,\nSam\n"
    assert found(letter, "template-placeholder", "reply.txt") == ["(Team Name)"]
    # a real aside that mentions a name is no slot
    letter = "Dear Jo,\n\nMy papers are filed (under my old name) for now.\n\nBest,\nSam\n"
    assert found(letter, "template-placeholder", "reply.txt") == []


# --- wrong-recipient: a title of another gender than the signer states -------------------


def signed_as(greeting: str, signoff: str) -> str:
    """Return a reply greeting ``greeting`` to a rejection signed ``signoff``."""
    return (
        "From: Ada Quist <ada.quist@example.org>\nTo: Ingrid Olsen <i.olsen@fjordline.no>\n"
        f"Date: Tue, 10 Mar 2026 09:00:00 +0100\nSubject: Re: Deck officer\n\n{greeting}\n\n"
        "Thank you for the interview.\n\nBest,\nAda\n\n"
        "On Mon, 9 Mar 2026 at 15:00, Ingrid Olsen <i.olsen@fjordline.no> wrote:\n"
        f"> Dear Ada,\n>\n> We have chosen another officer.\n>\n> Regards,\n> {signoff}\n"
        "> Fjordline Shipping\n"
    )


def test_a_title_of_another_gender_than_the_signer_states_is_wrong() -> None:
    assert found(signed_as("Dear Mr Olsen,", "Mrs Ingrid Olsen"), "wrong-recipient") == [
        "Dear Mr Olsen,"
    ]
    assert found(signed_as("Dear Ms. Olsen,", "Ingrid Olsen | he/him"), "wrong-recipient") == [
        "Dear Ms. Olsen,"
    ]
    # the title the signer states, or none stated: nothing is guessed from "Ingrid"
    assert found(signed_as("Dear Mrs Olsen,", "Mrs Ingrid Olsen"), "wrong-recipient") == []
    assert found(signed_as("Dear Mr Olsen,", "Ingrid Olsen"), "wrong-recipient") == []
    assert found(signed_as("Dear Mr Olsen,", "Dr Ingrid Olsen"), "wrong-recipient") == []


def test_the_from_name_in_front_matter_states_the_title() -> None:
    letter = (
        "---\nto: [Noor Haddad <noor@cedarline.com>]\nrejection:\n"
        '  from: ["Mr Noor Haddad <noor@cedarline.com>"]\n  company: Cedarline\n---\n'
        "{greeting}\n\nThank you for the interview.\n\nBest,\nLeila\n"
    )
    assert found(letter.format(greeting="Dear Ms Haddad,"), "wrong-recipient", "r.md") == [
        "Dear Ms Haddad,"
    ]
    assert found(letter.format(greeting="Dear Mr Haddad,"), "wrong-recipient", "r.md") == []


def test_pronouns_beside_a_signers_name_are_no_second_signer() -> None:
    for signoff in ("Ingrid Olsen (she/her)", "Ingrid Olsen | she/her"):
        findings = lint_text(
            signed_as("Dear Per,", signoff),
            path="r.eml",
            select=("wrong-recipient",),
            model="blank",
        )
        assert [f.message.split("; ")[-1] for f in findings] == ["reply only to Ingrid Olsen."]
