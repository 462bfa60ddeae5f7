"""wrong-company: what the sentence says a named organisation does, or what the writer does with it.

Cases from the blind sets tests/context25-26, each on a new example: the organisation that
decided whom to hire, the one applied to, the one whose ways the writer learned about at the
interview, another institute in a reply to a research centre; and the names that are not the
employer however they are cued: where someone else works, who funds the employer's work, and
the writer's own place as a composed sign-off's signature names it.
"""

from __future__ import annotations

import contexthelp


def flagged(sentence: str, company: str = "Fernhill Grocers") -> list[str]:
    """Return the wrong-company findings of a reply to ``company`` holding ``sentence``."""
    return contexthelp.flagged(
        contexthelp.company_reply(
            sentence, company, "Carys Pugh", "carys.pugh@fernhillgrocers.co.uk", "Ollie"
        )
    )


# --- who decided whom to hire ---------------------------------------------------------------


def test_the_organisation_that_decided_to_hire_someone_else_is_flagged() -> None:
    assert flagged("Fair enough if whoever Bramwell Markets has decided to hire is better.") == [
        "Bramwell Markets"
    ]
    assert flagged("I suppose Bramwell Markets has finally picked another candidate.") == [
        "Bramwell Markets"
    ]
    assert flagged("It's a shame Bramwell Markets decided to go with someone else instead.") == [
        "Bramwell Markets"
    ]


def test_the_employer_that_decided_is_not_flagged() -> None:
    assert flagged("Fair enough if whoever Fernhill Grocers has decided to hire is better.") == []
    # a decision about something other than whom to hire
    assert flagged("I read that Bramwell Markets has decided to close its Leeds depot.") == []


# --- applying to ----------------------------------------------------------------------------


def test_the_organisation_the_writer_keeps_applying_to_is_flagged() -> None:
    assert flagged("I will keep applying to Bramwell Markets until I get in!") == [
        "Bramwell Markets"
    ]
    assert flagged("I'd happily apply to Bramwell Markets again next year.") == ["Bramwell Markets"]


def test_applying_to_other_places_as_well_is_not_flagged() -> None:
    assert flagged("I am also applying to Bramwell Markets and a few other shops.") == []
    assert flagged("I will keep applying to Fernhill Grocers until I get in!") == []


# --- learning how the employer works ----------------------------------------------------------


def test_the_organisation_whose_ways_the_writer_learned_about_is_flagged() -> None:
    assert flagged("I loved hearing how Bramwell Markets sources its cheese from local farms.") == [
        "Bramwell Markets"
    ]
    assert flagged("It was great seeing how Bramwell Markets is growing its online shop.") == [
        "Bramwell Markets"
    ]


def test_how_a_client_uses_the_readers_work_or_an_initialism_is_not_flagged() -> None:
    # the reader's own product, used by a client
    assert flagged("I loved hearing how Bramwell Markets uses your delivery app every day.") == []
    # an initialism is most often the employer's own short name
    assert flagged("I loved hearing how FGL sources its cheese from local farms.") == []
    assert flagged("I loved hearing how Fernhill Grocers sources its cheese locally.") == []


# --- another institute, written to a research centre -------------------------------------------


def test_another_institute_in_a_reply_to_a_research_centre_is_flagged() -> None:
    found = flagged(
        "Talking to the team at the Corrin Institute made me sure I want to work in ecology.",
        company="Ashby Centre for Marine Research",
    )
    assert found == ["Corrin Institute"]


def test_the_writers_own_institute_in_a_reply_to_a_research_centre_is_not_flagged() -> None:
    found = flagged(
        "I studied at the Corrin Institute, where I worked on kelp forests.",
        company="Ashby Centre for Marine Research",
    )
    assert found == []


# --- someone else's workplace, a funder --------------------------------------------------------


def test_where_someone_else_works_is_not_flagged() -> None:
    assert flagged("My sister works at Bramwell Foods and says you are the best to work for.") == []
    assert flagged("A friend who has worked at Bramwell Foods told me about the role.") == []
    # the writer's wish is still read as one
    assert flagged("My sister says I would love to work at Bramwell Foods one day.") == [
        "Bramwell Foods"
    ]


def test_a_funder_of_the_employers_work_is_not_flagged() -> None:
    sentence = "I was pleased to hear the Pellow Foundation has extended its grant for the team."
    assert flagged(sentence) == []
    assert flagged("It was good to learn the team's work is funded by the Pellow Foundation.") == []


# --- the writer's own place, in a signature under a composed sign-off ---------------------------


def test_the_writers_own_university_under_a_composed_sign_off_is_not_flagged() -> None:
    reply = (
        "---\nto: [Ian Moss <i.moss@tarnbridge.ac.uk>]\nrejection:\n"
        "  from: [Ian Moss <i.moss@tarnbridge.ac.uk>]\n  company: Tarnbridge University\n---\n"
        "Dear Professor Moss,\n\nThank you for your letter. I had hoped to bring to the School "
        "what I learned in my six years as a senior teaching fellow in the Department of "
        "History at Ostrava University.\n\nWith my warmest thanks and best regards,\n\n"
        "Dr. Pavel Novak\nSenior Teaching Fellow, Department of History, Ostrava University\n"
    )
    assert contexthelp.flagged(reply) == []


def test_a_pasted_name_in_a_last_short_paragraph_without_a_sign_off_is_still_flagged() -> None:
    reply = (
        "---\nto: [Carys Pugh <carys.pugh@fernhillgrocers.co.uk>]\nrejection:\n"
        "  from: [Carys Pugh <carys.pugh@fernhillgrocers.co.uk>]\n  company: Fernhill Grocers\n"
        "---\nDear Carys,\n\nThank you for letting me know.\n\n"
        "I would still love to work at Bramwell Markets one day\nOllie\n"
    )
    assert contexthelp.flagged(reply) == ["Bramwell Markets"]
